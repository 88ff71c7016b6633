// <forbered-chat>: the citizen's chat, a dependency-free custom element (the view).
// Transport lives in client.js. All text is set with textContent; nothing from the bot or the
// citizen is ever parsed as HTML, and links in messages stay plain text (nothing is fetched).
// The message list (role="log") is the page's only live region: replies, notices and errors all
// arrive there, so a screen reader hears them once and in order.
//
// Embed:  <script type="module" src="https://…/widget/chat-widget.js"></script>
//         <forbered-chat token="…" api-base="https://…/api/chat"></forbered-chat>
import { ChatClient, tokenFromPath } from "./client.js";
import { icon } from "./icons.js";
import { ReadAloud } from "./speech.js";
import { SCORES, THEMES, scoreOf, themeOf } from "./themes.js";

const FIXED = [
  { title: "Ved ikke", payload: "/dont_know", icon: "circle-help" },
  { title: "Spring over", payload: "/skip", icon: "skip-forward" },
];
const MAX_LENGTH = 2000;
const LARGE_KEY = "forbered.largeText";
const SHEET_POLL_MS = [2000, 3000, 5000, 10000, 15000];
const T = {
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
  empty: "Du skrev ikke noget. Skriv et svar, eller tryk på en knap.",
  tooLong: "Din besked er for lang. Skriv den gerne i flere dele.",
  noToken: "Linket mangler en kode. Spørg din kontaktperson om et nyt link.",
  offline: "Der er ingen forbindelse lige nu. Din besked er gemt, og den bliver sendt, så snart der er forbindelse igen.",
  serverDown: "Jeg kan ikke få forbindelse lige nu. Din besked er gemt, og den bliver sendt, så snart det virker igen.",
  notSent: "Ikke sendt endnu",
  retryOpen: "Der er ingen forbindelse lige nu. Jeg prøver igen om lidt.",
  sheetReady: "Dit forberedelsesark er klar.",
  sheetLink: "Se og print dit forberedelsesark",
  help112: "Ring 112 ved akut fare",
  helpLivslinien: "Livslinien: 70 201 201",
};

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function iconButton(name, text, attrs = {}) {
  const button = el("button", { type: "button", ...attrs });
  button.append(icon(name), el("span", {}, text));
  return button;
}

function ensureStylesheet() {
  const href = new URL("./widget.css", import.meta.url).href;
  if ([...document.styleSheets].some((s) => s.href === href) || document.querySelector("link[data-forbered]")) return;
  document.head.append(el("link", { rel: "stylesheet", href, "data-forbered": "" }));
}

function prefersReducedMotion() {
  return window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

class ForberedChat extends HTMLElement {
  connectedCallback() {
    if (this.log) return;
    ensureStylesheet();
    this.token = this.getAttribute("token") || tokenFromPath() || "";
    this.client = new ChatClient(this.token, { base: this.getAttribute("api-base") || "/api/chat" });
    this.seen = new Set(); // seq numbers already shown
    this.pending = new Map(); // client_msg_id -> the citizen's bubble
    this.speech = new ReadAloud(() => this.#notice(T.noVoice));
    this.#render();
    this.#setLarge(this.#storedLarge());
    if (!this.token) {
      this.#notice(T.noToken, "fc-error");
      this.form.hidden = true;
      return;
    }
    this.client.addEventListener("reply", (e) => this.#onReply(e.detail));
    this.client.addEventListener("rejected", (e) => this.#onRejected(e.detail));
    this.client.addEventListener("state", (e) => this.#onState(e.detail));
    this.#open();
  }

  disconnectedCallback() {
    if (this.client) this.client.close();
    clearTimeout(this.sheetTimer);
    clearTimeout(this.openTimer);
  }

  // ---- building the view ----------------------------------------------------------------------

  #render() {
    this.classList.add("fc");
    const top = el("div", { class: "fc-top" });
    this.progress = el("div", { class: "fc-progress", hidden: "" });
    this.progressText = el("p", { class: "fc-progress-text" });
    this.steps = el("div", { class: "fc-steps", "aria-hidden": "true" });
    this.progress.append(this.progressText, this.steps);
    const tools = el("div", { class: "fc-tools" });
    this.largeButton = iconButton("a-large-small", T.larger, { "aria-pressed": "false" });
    this.largeButton.addEventListener("click", () => this.#setLarge(!this.classList.contains("fc-large"), true));
    const pause = iconButton("pause", T.pause);
    pause.addEventListener("click", () => this.#pause());
    this.sheetTool = el("a", { class: "fc-sheet-tool", hidden: "" });
    this.sheetTool.append(icon("file-text"), el("span", {}, "Dit forberedelsesark"));
    tools.append(this.largeButton, pause, this.sheetTool);
    top.append(this.progress, tools);

    this.log = el("div", { role: "log", "aria-label": T.log, class: "fc-log", tabindex: "0" });
    this.typing = el("p", { class: "fc-typing", hidden: "" });
    this.typing.append(el("span", {}, T.typing), el("span", { class: "fc-dots", "aria-hidden": "true" }, "…"));

    this.startBox = el("div", { class: "fc-start", hidden: "" });
    const startButton = el("button", { type: "button", class: "fc-primary fc-start-button" }, T.start);
    startButton.addEventListener("click", () => this.#start());
    this.startBox.append(el("p", {}, T.startIntro), startButton);

    this.quick = el("div", { class: "fc-quick", role: "group", "aria-label": T.answers });

    this.form = el("form", { class: "fc-form", novalidate: "" });
    const id = `fc-input-${Math.random().toString(36).slice(2)}`;
    const label = el("label", { for: id }, T.label);
    const hint = el("p", { class: "fc-hint", id: `${id}-hint` }, T.hint);
    this.input = el("textarea", {
      id, rows: "3", maxlength: String(MAX_LENGTH), autocomplete: "off", "aria-describedby": hint.id,
    });
    const row = el("div", { class: "fc-row" });
    this.sendButton = el("button", { type: "submit", class: "fc-primary fc-send" });
    this.sendButton.append(icon("send"), el("span", {}, T.send));
    const fixed = el("div", { class: "fc-fixed" });
    for (const b of FIXED) {
      const button = iconButton(b.icon, b.title, { class: "fc-fixed-button" });
      button.addEventListener("click", () => this.#send(b.payload, b.title, { once: true }));
      fixed.append(button);
    }
    row.append(this.sendButton, fixed);
    this.form.append(label, hint, this.input, row);
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#sendTyped();
    });
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.#sendTyped();
      }
    });
    this.append(top, this.log, this.typing, this.startBox, this.quick, this.form);
  }

  #storedLarge() {
    try {
      return window.localStorage.getItem(LARGE_KEY) === "1";
    } catch {
      return false;
    }
  }

  #setLarge(large, remember = false) {
    this.classList.toggle("fc-large", large);
    if (this.hasAttribute("page")) document.documentElement.classList.toggle("fc-large-page", large);
    this.largeButton.setAttribute("aria-pressed", String(large));
    if (!remember) return;
    try {
      window.localStorage.setItem(LARGE_KEY, large ? "1" : "0");
    } catch {
      /* not remembered: fine */
    }
  }

  // ---- opening, resuming ----------------------------------------------------------------------

  async #open(attempt = 0) {
    this.typing.hidden = false;
    let data;
    try {
      data = await this.client.history();
    } catch (error) {
      this.typing.hidden = true;
      if (error.status === 404 || error.status === 410) {
        this.#notice(error.message, "fc-error");
        this.form.hidden = true;
        return;
      }
      if (attempt === 0) this.#notice(T.retryOpen);
      this.#showQueued();
      this.openTimer = setTimeout(() => this.#open(attempt + 1), Math.min(30000, 2000 * 2 ** attempt));
      return;
    }
    this.typing.hidden = true;
    this.opened = true;
    this.#showHistory(data.messages || []);
    if (!this.seen.size && !this.client.queue.length) {
      this.startBox.hidden = false;
      this.form.hidden = true;
      this.quick.hidden = true;
      return;
    }
    this.#showQueued();
    this.client.flush();
  }

  async #start() {
    this.startBox.hidden = true;
    this.form.hidden = false;
    this.quick.hidden = false;
    this.typing.hidden = false;
    try {
      const data = await this.client.start();
      this.#showBatch(data.messages || []);
    } catch (error) {
      this.#notice(error.status ? error.message : T.retryOpen, "fc-error");
      this.startBox.hidden = false;
    } finally {
      this.typing.hidden = true;
    }
    this.#focusAnswer();
  }

  #showHistory(messages) {
    // Messages still in the local queue that the service already stored (the answer got lost on
    // the way back) are shown once: the stored copy takes the pending bubble's place.
    const queued = this.client.queue;
    let tail = messages.length;
    while (tail > 0 && messages[tail - 1].role === "citizen") tail -= 1;
    messages.forEach((m, index) => {
      const node = this.#message(m);
      const match = index >= tail ? queued.find((q) => q.shown === m.text && !this.pending.has(q.id)) : null;
      if (match && node) this.#markPending(match.id, node);
    });
    this.#afterBatch(messages);
  }

  #showQueued() {
    for (const item of this.client.queue) {
      if (!this.pending.has(item.id)) this.#markPending(item.id, this.#message({ role: "citizen", text: item.shown }));
    }
  }

  #markPending(id, node) {
    node.classList.add("fc-pending");
    this.pending.set(id, node);
  }

  // ---- sending --------------------------------------------------------------------------------

  #sendTyped() {
    const text = this.input.value.trim();
    if (!text) {
      this.#notice(T.empty);
      return;
    }
    if (text.length > MAX_LENGTH) {
      this.#notice(T.tooLong);
      return;
    }
    this.input.value = "";
    this.#send(text, text);
  }

  #send(text, shown, { once = false } = {}) {
    // A double tap on a fixed button must not skip two questions.
    if (once && this.client.queue.some((q) => q.text === text)) return;
    this.#clearButtons();
    const item = this.client.enqueue(text, shown);
    this.#markPending(item.id, this.#message({ role: "citizen", text: shown }));
  }

  #onReply({ item, messages }) {
    const node = this.pending.get(item.id);
    this.pending.delete(item.id);
    const fresh = messages.filter((m) => !this.seen.has(m.seq));
    if (node) {
      node.classList.remove("fc-pending", "fc-waiting");
      node.querySelector(".fc-not-sent")?.remove();
      // Answered before, but the answer was lost on the way: the history already shows it all.
      if (messages.length && !fresh.length && node.dataset.seq === undefined) node.remove();
    }
    this.#showBatch(fresh);
    this.#focusAnswer();
  }

  #onRejected({ item, error }) {
    const node = this.pending.get(item.id);
    this.pending.delete(item.id);
    if (node) node.remove();
    this.#notice(error.message, "fc-error");
    if (!item.text.startsWith("/") && !this.input.value) this.input.value = item.text; // nothing typed is lost
  }

  #onState({ state }) {
    this.typing.hidden = state !== "sending";
    if (state === "waiting") {
      for (const node of this.pending.values()) {
        if (node.classList.contains("fc-waiting")) continue;
        node.classList.add("fc-waiting");
        node.append(el("p", { class: "fc-not-sent" }, T.notSent));
      }
      if (!this.offlineTold) this.#notice(navigator.onLine === false ? T.offline : T.serverDown);
      this.offlineTold = true;
    } else if (state === "idle") {
      this.offlineTold = false;
    }
  }

  // ---- showing messages -----------------------------------------------------------------------

  #showBatch(messages) {
    messages.forEach((m) => this.#message(m));
    this.#afterBatch(messages);
  }

  #afterBatch(messages) {
    const bots = messages.filter((m) => m.role === "bot");
    const last = bots[bots.length - 1];
    const lastProgress = [...bots].reverse().find((m) => m.custom && m.custom.progress);
    if (lastProgress) this.#progress(lastProgress.custom.progress);
    // Buttons belong to the newest question only: not while the citizen has already answered on.
    if (last && messages[messages.length - 1] === last && !this.client.queue.length) this.#buttons(last);
    if (lastProgress && lastProgress.custom.progress.step === "done") this.#pollSheet();
  }

  /** Insert before the first message still waiting to be sent, so answers stay in order. */
  #append(node) {
    const firstPending = [...this.log.children].find((c) => c.classList.contains("fc-pending") && c !== node);
    this.log.insertBefore(node, firstPending || null);
    const behavior = prefersReducedMotion() ? "auto" : "smooth";
    this.log.scrollTo({ top: this.log.scrollHeight, behavior });
  }

  #message(message) {
    if (message.seq !== undefined && message.seq !== null) {
      if (this.seen.has(message.seq)) return null;
      this.seen.add(message.seq);
    }
    if (!message.text) return null;
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
      const call112 = el("a", { href: "tel:112" });
      call112.append(icon("phone"), el("span", {}, T.help112));
      const lifeline = el("a", { href: "tel:70201201" });
      lifeline.append(icon("phone"), el("span", {}, T.helpLivslinien));
      help.append(call112, lifeline);
      node.append(help);
    }
    if (bot) {
      const say = iconButton("volume-2", T.readAloud, { class: "fc-say", "aria-pressed": "false" });
      say.addEventListener("click", () => this.speech.toggle(message.text, say));
      node.append(say);
    }
    this.#append(node);
    return node;
  }

  #notice(text, kind = "fc-note", ...extra) {
    const node = el("div", { class: `fc-msg fc-system ${kind}` });
    node.append(el("p", { class: "fc-text" }, text), ...extra);
    this.#append(node);
    return node;
  }

  #progress(progress) {
    const n = Number(progress.n) || 0;
    const total = Number(progress.total) || 0;
    if (!progress.label || n < 1 || total < 1) {
      this.progress.hidden = true;
      return;
    }
    this.progress.hidden = false;
    this.progressText.textContent = progress.label;
    this.steps.replaceChildren(
      ...Array.from({ length: total }, (_, i) => el("span", { class: i < n ? "fc-step fc-done" : "fc-step" })),
    );
  }

  #clearButtons() {
    this.quick.replaceChildren();
  }

  #buttons(message) {
    this.#clearButtons();
    const buttons = ((message && message.buttons) || []).filter(
      (b) => !FIXED.some((f) => f.payload === b.payload && f.title === b.title),
    );
    if (!buttons.length) return;
    const scores = buttons.every((b) => scoreOf(b.payload) !== null);
    const group = el("div", { class: scores ? "fc-scores" : "fc-choices" });
    if (scores) {
      this.quick.setAttribute("aria-label", T.scores);
      this.quick.append(el("p", { class: "fc-scale", "aria-hidden": "true" }, "0 = slet ikke · 4 = rigtig godt"));
    } else {
      this.quick.setAttribute("aria-label", T.answers);
    }
    for (const b of buttons) {
      const score = scoreOf(b.payload);
      const theme = themeOf(b);
      let button;
      if (scores) {
        button = el("button", { type: "button", class: "fc-score" });
        button.append(icon(SCORES[score].icon, "fc-icon fc-smiley"), el("span", { class: "fc-num" }, String(score)),
          el("span", { class: "fc-word" }, SCORES[score].word));
      } else if (theme) {
        button = iconButton(THEMES[theme].icon, b.title, { class: "fc-theme" });
      } else {
        button = el("button", { type: "button" }, b.title);
      }
      button.addEventListener("click", () => this.#send(b.payload, b.title));
      group.append(button);
    }
    this.quick.append(group);
  }

  #focusAnswer() {
    // Focus only when it was lost (a pressed quick-reply button disappeared), never steal it.
    const active = document.activeElement;
    if (active && active !== document.body && this.contains(active)) return;
    if (active && active !== document.body) return;
    const target = this.quick.querySelector("button") || this.input;
    if (!this.form.hidden) target.focus({ preventScroll: true });
  }

  // ---- pause and the finished sheet -----------------------------------------------------------

  #pause() {
    this.speech.stop();
    this.#notice(this.client.queue.length ? `${T.pauseText} ${T.pauseQueued}` : T.pauseText);
  }

  get sheetUrl() {
    const base = this.getAttribute("sheet-url") || new URL("./sheet.html", import.meta.url).href;
    return `${base}#${encodeURIComponent(this.token)}`;
  }

  #pollSheet(attempt = 0) {
    if (this.sheetShown || (this.sheetTimer && attempt === 0)) return;
    const wait = SHEET_POLL_MS[Math.min(attempt, SHEET_POLL_MS.length - 1)];
    this.sheetTimer = setTimeout(async () => {
      let found = null;
      try {
        found = await this.client.sheet();
      } catch {
        found = null;
      }
      if (!found) {
        if (attempt < 60) this.#pollSheet(attempt + 1);
        return;
      }
      this.sheetShown = true;
      const link = el("a", { href: this.sheetUrl, class: "fc-sheet-link" });
      link.append(icon("file-text"), el("span", {}, T.sheetLink));
      this.#notice(T.sheetReady, "fc-ready", link);
      this.sheetTool.href = this.sheetUrl;
      this.sheetTool.hidden = false;
    }, attempt === 0 ? 500 : wait);
  }
}

if (!customElements.get("forbered-chat")) customElements.define("forbered-chat", ForberedChat);
