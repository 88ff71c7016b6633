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
import { T, answerButtons, chatSkeleton, el, messageNode, stepMarks } from "./parts.js";
import { ReadAloud } from "./speech.js";

const MAX_LENGTH = 2000;
const LARGE_KEY = "forbered.largeText";
const SHEET_POLL_MS = [2000, 3000, 5000, 10000, 15000];
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
    this.client.held = true; // until the history is on screen
    this.onOnline = () => {
      if (!this.opened) this.#open();
    };
    window.addEventListener("online", this.onOnline);
    this.client.addEventListener("reply", (e) => this.#onReply(e.detail));
    this.client.addEventListener("rejected", (e) => this.#onRejected(e.detail));
    this.client.addEventListener("state", (e) => this.#onState(e.detail));
    this.#open();
  }

  disconnectedCallback() {
    if (this.client) this.client.close();
    if (this.onOnline) window.removeEventListener("online", this.onOnline);
    clearTimeout(this.sheetTimer);
    clearTimeout(this.openTimer);
  }

  // ---- building the view ----------------------------------------------------------------------

  #render() {
    const view = chatSkeleton(MAX_LENGTH);
    Object.assign(this, view.refs);
    this.largeButton.addEventListener("click", () => this.#setLarge(!this.classList.contains("fc-large"), true));
    view.pauseButton.addEventListener("click", () => this.#pause());
    view.startButton.addEventListener("click", () => this.#start());
    for (const [button, b] of view.fixedButtons) {
      button.addEventListener("click", () => this.#send(b.payload, b.title, { once: true }));
    }
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
    this.classList.add("fc");
    this.append(...view.nodes);
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
    if (this.opened || this.opening) return;
    this.opening = true;
    clearTimeout(this.openTimer);
    this.typing.hidden = false;
    let data;
    try {
      data = await this.client.history();
    } catch (error) {
      this.opening = false;
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
    this.#showQueued();
    if (this.seen.size) {
      this.client.held = false;
      this.client.flush();
    } else if (this.client.queue.length) {
      this.#start(); // typed before the chat could begin: begin it, then send
    } else {
      this.startBox.hidden = false; // a new conversation begins when the citizen is ready
      this.form.hidden = true;
      this.quick.hidden = true;
    }
  }

  async #start() {
    this.startBox.hidden = true;
    this.form.hidden = false;
    this.quick.hidden = false;
    this.typing.hidden = false;
    try {
      const data = await this.client.start();
      this.#showBatch(data.messages || []);
      this.client.held = false;
      this.client.flush();
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
    let lastBot = null;
    messages.forEach((m, index) => {
      const node = this.#message(m);
      if (node && m.role === "bot") lastBot = node;
      const match = index >= tail ? queued.find((q) => q.shown === m.text && !this.pending.has(q.id)) : null;
      if (match && node) this.#markPending(match.id, node);
    });
    this.#afterBatch(messages);
    this.#reveal(lastBot);
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
    const node = this.#message({ role: "citizen", text: shown });
    this.#markPending(item.id, node);
    this.#reveal(node, "nearest");
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
    const nodes = messages.map((m) => this.#message(m)).filter(Boolean);
    this.#afterBatch(messages);
    this.#reveal(nodes[0]);
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
  #append(node, atEnd = false) {
    const firstPending = atEnd ? null : [...this.log.children].find((c) => c.classList.contains("fc-pending"));
    this.log.insertBefore(node, firstPending || null);
  }

  /** Bring `node` to the top of the view: a new question is read from its start, answers below it. */
  #reveal(node, block = "start") {
    if (!node || !node.isConnected) return;
    const behavior = prefersReducedMotion() ? "auto" : "smooth";
    if (this.hasAttribute("page")) {
      node.scrollIntoView({ block, behavior });
    } else if (block === "start") {
      this.log.scrollTo({ top: node.offsetTop - 8, behavior }); // .fc-log is the offset parent
    } else {
      this.log.scrollTo({ top: this.log.scrollHeight, behavior });
    }
  }

  #message(message) {
    if (message.seq !== undefined && message.seq !== null) {
      if (this.seen.has(message.seq)) return null;
      this.seen.add(message.seq);
    }
    if (!message.text) return null;
    const node = messageNode(message, (button) => this.speech.toggle(message.text, button));
    this.#append(node);
    return node;
  }

  #notice(text, kind = "fc-note", ...extra) {
    const node = el("div", { class: `fc-msg fc-system ${kind}` });
    node.append(el("p", { class: "fc-text" }, text), ...extra);
    this.#append(node, true);
    this.#reveal(node, "nearest");
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
    this.steps.replaceChildren(...stepMarks(n, total));
  }

  #clearButtons() {
    this.quick.replaceChildren();
  }

  #buttons(message) {
    this.#clearButtons();
    const { label, nodes } = answerButtons((message && message.buttons) || [], (b) => this.#send(b.payload, b.title));
    this.quick.setAttribute("aria-label", label);
    this.quick.append(...nodes);
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
