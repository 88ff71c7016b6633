// <forbered-chat>: a dependency-free chat view. Text is always set with textContent.
// The message list is the only live region (role="log"); errors are written into it too.
import { ChatClient, ChatError, newClientMsgId, tokenFromPath } from "./client.js";

const FIXED_BUTTONS = [
  { title: "Ved ikke", payload: "/dont_know" },
  { title: "Spring over", payload: "/skip" },
];
const MAX_LENGTH = 2000;

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

class ForberedChat extends HTMLElement {
  connectedCallback() {
    if (this.log) return;
    const token = this.getAttribute("token") || tokenFromPath();
    this.client = new ChatClient(token || "", { base: this.getAttribute("api-base") || "/api/chat" });
    this.#render();
    if (!token) {
      this.#system("Linket mangler en kode. Spørg din kontaktperson om et nyt link.");
      this.#setBusy(true);
      return;
    }
    this.#begin();
  }

  #render() {
    this.log = el("div", { role: "log", "aria-label": "Samtale med Forbered", class: "fc-log", tabindex: "0" });
    this.quick = el("div", { class: "fc-quick", role: "group", "aria-label": "Svarmuligheder" });
    const form = el("form", { class: "fc-form" });
    const id = `fc-input-${Math.random().toString(36).slice(2)}`;
    const label = el("label", { for: id }, "Skriv dit svar");
    this.input = el("textarea", { id, rows: "3", maxlength: String(MAX_LENGTH), autocomplete: "off" });
    this.sendButton = el("button", { type: "submit", class: "fc-send" }, "Send");
    const fixed = el("div", { class: "fc-fixed" });
    this.fixedButtons = FIXED_BUTTONS.map((b) => {
      const button = el("button", { type: "button" }, b.title);
      button.addEventListener("click", () => this.#send(b.payload, b.title));
      fixed.append(button);
      return button;
    });
    form.append(label, this.input, this.sendButton, fixed);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#sendTyped();
    });
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        this.#sendTyped();
      }
    });
    this.append(this.log, this.quick, form);
  }

  async #begin() {
    this.#setBusy(true);
    try {
      const data = await this.client.start();
      data.messages.forEach((m) => this.#message(m));
      this.#buttons(lastBot(data.messages));
    } catch (error) {
      this.#system(error instanceof ChatError ? error.message : String(error));
    } finally {
      this.#setBusy(false);
    }
  }

  #sendTyped() {
    const text = this.input.value.trim();
    if (!text) {
      this.#system("Du skrev ikke noget. Prøv igen.");
      return;
    }
    if (text.length > MAX_LENGTH) {
      this.#system("Din besked er for lang. Skriv den gerne i flere dele.");
      return;
    }
    this.input.value = "";
    this.#send(text, text);
  }

  async #send(text, shown) {
    if (this.busy) return;
    this.#message({ role: "citizen", text: shown });
    this.#buttons(null);
    this.#setBusy(true);
    const clientMsgId = newClientMsgId();
    try {
      const data = await this.client.send(text, { clientMsgId });
      data.messages.forEach((m) => this.#message(m));
      this.#buttons(lastBot(data.messages));
    } catch (error) {
      this.#system(error instanceof ChatError ? error.message : String(error));
    } finally {
      this.#setBusy(false);
      this.input.focus();
    }
  }

  #message(message) {
    if (!message.text) return;
    const item = el("p", { class: `fc-msg fc-${message.role === "bot" ? "bot" : "citizen"}` });
    item.append(el("span", { class: "fc-who" }, message.role === "bot" ? "Forbered: " : "Dig: "));
    item.append(document.createTextNode(message.text));
    this.log.append(item);
    item.scrollIntoView({ block: "end" });
  }

  #system(text) {
    this.log.append(el("p", { class: "fc-msg fc-system" }, text));
  }

  #buttons(message) {
    this.quick.replaceChildren();
    for (const b of (message && message.buttons) || []) {
      const button = el("button", { type: "button" }, b.title);
      button.addEventListener("click", () => this.#send(b.payload, b.title));
      this.quick.append(button);
    }
  }

  #setBusy(busy) {
    this.busy = busy;
    this.log.setAttribute("aria-busy", String(busy));
    this.sendButton.disabled = busy;
    this.fixedButtons.forEach((b) => (b.disabled = busy));
  }
}

function lastBot(messages) {
  const bots = (messages || []).filter((m) => m.role === "bot");
  return bots.length ? bots[bots.length - 1] : null;
}

if (!customElements.get("forbered-chat")) customElements.define("forbered-chat", ForberedChat);
