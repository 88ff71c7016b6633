// Words and icons shared by the chat and the sheet page. Theme keys are the sheet schema's FFB themes.

export const THEMES = {
  praktiske_opgaver: { label: "Praktiske opgaver", icon: "house" },
  egenomsorg: { label: "Egenomsorg", icon: "hand-heart" },
  kommunikation: { label: "Kommunikation", icon: "message-circle" },
  mobilitet: { label: "Mobilitet", icon: "bus" },
  samfundsliv: { label: "Samfundsliv", icon: "landmark" },
  beskaeftigelse: { label: "Arbejde og uddannelse", icon: "briefcase" },
  relationer: { label: "Relationer", icon: "users" },
  sundhed: { label: "Sundhed", icon: "heart-pulse" },
  none: { label: "Andet", icon: "shapes" },
};

// The self-score 0-4 ("Hvor godt går det?"): a smiley and a word for each number.
export const SCORES = [
  { icon: "frown", word: "Slet ikke" },
  { icon: "annoyed", word: "Lidt" },
  { icon: "meh", word: "Nogenlunde" },
  { icon: "smile", word: "Godt" },
  { icon: "laugh", word: "Rigtig godt" },
];

const SCORE_PAYLOAD = /^\/score\s*\{\s*"score"\s*:\s*([0-4])\s*\}\s*$/;
const THEME_PAYLOAD = /"theme"\s*:\s*"([a-z_]+)"/;

/** The score 0-4 a button payload carries, or null. */
export function scoreOf(payload) {
  const match = SCORE_PAYLOAD.exec(payload || "");
  return match ? Number(match[1]) : null;
}

/** The life theme a bot button offers (by payload `"theme": "relationer"` or by its title), or null. */
export function themeOf(button) {
  const match = THEME_PAYLOAD.exec(button.payload || "");
  if (match && THEMES[match[1]]) return match[1];
  const title = (button.title || "").trim().toLowerCase();
  for (const [key, theme] of Object.entries(THEMES)) {
    if (key !== "none" && theme.label.toLowerCase() === title) return key;
  }
  return null;
}
