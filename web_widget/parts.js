// Building blocks of the chat view: the Danish words and small DOM builders. Text only ever goes
// in through textContent; icons are decorative (aria-hidden) and always sit beside words.
import { icon } from "./icons.js";
import { SCORES, THEMES, scoreOf, themeOf } from "./themes.js";

export const FIXED = [
  { title: "Ved ikke", payload: "/dont_know", icon: "circle-help" },
  { title: "Spring over", payload: "/skip", icon: "skip-forward" },
];

export const T = {
  log: "Samtale med Forbered",
  bot: "Forbered",
  me: "Dig",
  label: "Skriv dit svar",
  hint: "Tryk Enter for at sende. Skift + Enter giver en ny linje.",
  send: "Send",
  larger: "Større tekst",
  pause: "Hold pause",
  pauseText: "Alt, hvad du har skrevet, er gemt. Du kan lukke siden nu. Brug det samme link, når du vil fortsætte.",
  pauseQueued: "Din sidste besked er ikke sendt endnu. Den bliver sendt, næste gang du åbner linket.",
  start: "Start samtalen",
  startIntro: "Når du er klar, så tryk på knappen. Du kan holde pause når som helst.",
  typing: "Forbered skriver",
  readAloud: "Læs højt",
  noVoice: "Oplæsning virker ikke her, fordi der ikke er en dansk stemme på denne enhed. Du kan bede en anden om at læse op.",
  answers: "Svarmuligheder",
  scores: "Vælg et tal fra 0 til 4",
  scale: "0 = slet ikke · 4 = rigtig godt",
  empty: "Du skrev ikke noget. Skriv et svar, eller tryk på en knap.",
  tooLong: "Din besked er for lang. Skriv den gerne i flere dele.",
  noToken: "Linket mangler en kode. Spørg din kontaktperson om et nyt link.",
  offline: "Der er ingen forbindelse lige nu. Din besked er gemt, og den bliver sendt, så snart der er forbindelse igen.",
  serverDown: "Jeg kan ikke få forbindelse lige nu. Din besked er gemt, og den bliver sendt, så snart det virker igen.",
  notSent: "Ikke sendt endnu",
  retryOpen: "Der er ingen forbindelse lige nu. Jeg prøver igen om lidt.",
  sheetReady: "Dit forberedelsesark er klar.",
  sheetLink: "Se og print dit forberedelsesark",
  sheetTool: "Dit forberedelsesark",
  help112: "Ring 112 ved akut fare",
  helpLivslinien: "Livslinien: 70\u00a0201\u00a0201",
};

export function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function iconButton(name, text, attrs = {}) {
  const button = el("button", { type: "button", ...attrs });
  button.append(icon(name), el("span", {}, text));
  return button;
}

function iconLink(name, text, href) {
  const link = el("a", { href });
  link.append(icon(name), el("span", {}, text));
  return link;
}

/** The empty chat: tools and progress, the log, the typing line, the start box, answers and the form. */
export function chatSkeleton(maxLength) {
  const refs = {};
  const top = el("div", { class: "fc-top" });
  refs.progress = el("div", { class: "fc-progress", hidden: "" });
  refs.progressText = el("p", { class: "fc-progress-text" });
  refs.steps = el("div", { class: "fc-steps", "aria-hidden": "true" });
  refs.progress.append(refs.progressText, refs.steps);
  const tools = el("div", { class: "fc-tools" });
  refs.largeButton = iconButton("a-large-small", T.larger, { "aria-pressed": "false" });
  const pauseButton = iconButton("pause", T.pause);
  refs.sheetTool = el("a", { class: "fc-sheet-tool", hidden: "" });
  refs.sheetTool.append(icon("file-text"), el("span", {}, T.sheetTool));
  tools.append(refs.largeButton, pauseButton, refs.sheetTool);
  top.append(refs.progress, tools);

  refs.log = el("div", { role: "log", "aria-label": T.log, class: "fc-log", tabindex: "0" });
  refs.typing = el("p", { class: "fc-typing", hidden: "" });
  refs.typing.append(el("span", {}, T.typing), el("span", { class: "fc-dots", "aria-hidden": "true" }, "…"));
  refs.startBox = el("div", { class: "fc-start", hidden: "" });
  const startButton = el("button", { type: "button", class: "fc-primary fc-start-button" }, T.start);
  refs.startBox.append(el("p", {}, T.startIntro), startButton);
  refs.quick = el("div", { class: "fc-quick", role: "group", "aria-label": T.answers });

  refs.form = el("form", { class: "fc-form", novalidate: "" });
  const id = `fc-input-${Math.random().toString(36).slice(2)}`;
  const hint = el("p", { class: "fc-hint", id: `${id}-hint` }, T.hint);
  refs.input = el("textarea", {
    id, rows: "3", maxlength: String(maxLength), autocomplete: "off", "aria-describedby": hint.id,
  });
  const row = el("div", { class: "fc-row" });
  refs.sendButton = el("button", { type: "submit", class: "fc-primary fc-send" });
  refs.sendButton.append(icon("send"), el("span", {}, T.send));
  const fixed = el("div", { class: "fc-fixed" });
  const fixedButtons = FIXED.map((b) => [iconButton(b.icon, b.title, { class: "fc-fixed-button" }), b]);
  fixed.append(...fixedButtons.map(([button]) => button));
  row.append(refs.sendButton, fixed);
  refs.form.append(el("label", { for: id }, T.label), hint, refs.input, row);
  const nodes = [top, refs.log, refs.typing, refs.startBox, refs.quick, refs.form];
  return { refs, nodes, pauseButton, startButton, fixedButtons };
}

/** One message bubble. Bot messages get a read-aloud button; safety messages get the help lines. */
export function messageNode(message, onSay) {
  const bot = message.role === "bot";
  const safety = bot && message.custom && message.custom.safety === true;
  const node = el("div", { class: `fc-msg ${bot ? "fc-bot" : "fc-citizen"}${safety ? " fc-safety" : ""}` });
  if (message.seq !== undefined && message.seq !== null) node.dataset.seq = String(message.seq);
  const who = el("p", { class: "fc-who" });
  if (safety) who.append(icon("life-buoy"));
  who.append(el("span", {}, bot ? T.bot : T.me));
  node.append(who, el("p", { class: "fc-text" }, message.text));
  if (safety) {
    const help = el("p", { class: "fc-help" });
    help.append(iconLink("phone", T.help112, "tel:112"), iconLink("phone", T.helpLivslinien, "tel:70201201"));
    node.append(help);
  }
  if (bot) {
    const say = iconButton("volume-2", T.readAloud, { class: "fc-say", "aria-pressed": "false" });
    say.addEventListener("click", () => onSay(say));
    node.append(say);
  }
  return node;
}

/** The bot's buttons: five labelled smileys for a 0-4 score, icons with words for life themes. */
export function answerButtons(buttons, onPick) {
  const offered = buttons.filter((b) => !FIXED.some((f) => f.payload === b.payload && f.title === b.title));
  if (!offered.length) return { label: T.answers, nodes: [] };
  const scores = offered.every((b) => scoreOf(b.payload) !== null);
  const group = el("div", { class: scores ? "fc-scores" : "fc-choices" });
  for (const b of offered) {
    const theme = themeOf(b);
    let button;
    if (scores) {
      const score = scoreOf(b.payload);
      button = el("button", { type: "button", class: "fc-score" });
      button.append(icon(SCORES[score].icon, "fc-icon fc-smiley"), el("span", { class: "fc-num" }, String(score)),
        el("span", { class: "fc-word" }, SCORES[score].word));
    } else if (theme) {
      button = iconButton(THEMES[theme].icon, b.title, { class: "fc-theme" });
    } else {
      button = el("button", { type: "button" }, b.title);
    }
    button.addEventListener("click", () => onPick(b));
    group.append(button);
  }
  if (!scores) return { label: T.answers, nodes: [group] };
  return { label: T.scores, nodes: [el("p", { class: "fc-scale", "aria-hidden": "true" }, T.scale), group] };
}

/** The progress marks: `total` small bars, the first `n` filled. Decorative: the label says it. */
export function stepMarks(n, total) {
  return Array.from({ length: total }, (_, i) => el("span", { class: i < n ? "fc-step fc-done" : "fc-step" }));
}
