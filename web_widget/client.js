// Transport for the Forbered chat: start, history, sheet, and a send queue. No UI here.
//
// Nothing the citizen types may be lost: every message goes into a queue kept in localStorage
// before it is sent, and leaves the queue only when the plan service has answered it (or refused
// it for good, e.g. too long). Network errors, 5xx and 409 ("already in flight") keep the message
// and retry with backoff, at once when the browser comes back online. A resent message keeps its
// client_msg_id, so the plan service stores and answers it once.
//
// Events (ChatClient is an EventTarget):
//   "reply"    detail {item, messages}   the bot's answer to a queued message
//   "rejected" detail {item, error}      the service refused the message for good (4xx)
//   "state"    detail {state, queued}    state: "idle" | "sending" | "waiting" (retry scheduled)

export class ChatError extends Error {
  constructor(message, status = 0) {
    super(message);
    this.status = status;
  }

  /** Worth sending again later: no connection, server trouble, or the same message still in flight. */
  get retryable() {
    return this.status === 0 || this.status >= 500 || this.status === 409 || this.status === 429;
  }
}

export const OFFLINE_TEXT = "Der er ingen forbindelse lige nu.";
const FALLBACK = "Et øjeblik — jeg kan ikke svare lige nu. Prøv igen om lidt.";
const REQUEST_TIMEOUT_MS = 45000; // longer than the plan service's wait for the bot
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function tokenFromPath(pathname = window.location.pathname) {
  const match = pathname.match(/\/c\/([A-Za-z0-9_-]+)\/?$/);
  return match ? match[1] : null;
}

export function newClientMsgId() {
  if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
  return `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** A short, non-reversible storage key for a token: the token itself is not written to storage. */
export function storageKey(token) {
  let hash = 0x811c9dc5;
  for (const char of token) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `forbered.queue.${hash.toString(36)}`;
}

function defaultStorage() {
  try {
    const probe = "forbered.probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    const memory = new Map(); // private browsing: keep the queue for this page at least
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, v), removeItem: (k) => memory.delete(k) };
  }
}

export class ChatClient extends EventTarget {
  constructor(
    token,
    { base = "/api/chat", storage = defaultStorage(), retries = 3, retryDelayMs = 800, maxDelayMs = 30000 } = {},
  ) {
    super();
    this.url = `${base.replace(/\/$/, "")}/${encodeURIComponent(token)}`;
    this.retries = retries;
    this.retryDelayMs = retryDelayMs;
    this.maxDelayMs = maxDelayMs;
    this.storage = storage;
    this.key = storageKey(token);
    this.failures = 0;
    this.running = false;
    this.held = false;
    this.timer = null;
    this.onOnline = () => {
      this.failures = 0;
      this.flush();
    };
    window.addEventListener("online", this.onOnline);
  }

  close() {
    window.removeEventListener("online", this.onOnline);
    clearTimeout(this.timer);
  }

  start() {
    return this.#retrying("POST", "/start");
  }

  history() {
    return this.#retrying("GET", "/history");
  }

  /** The latest sheet ({sheet, version, ...}). 404 (ChatError) while there is none yet, or for a bad link. */
  sheet() {
    return this.#once("GET", "/sheet");
  }

  /** The citizen approves the latest sheet version (safe to repeat). */
  approveSheet() {
    return this.#once("POST", "/sheet/approve");
  }

  /** The citizen adds a correction; the service stores it as a new version that needs approval again. */
  correctSheet(text) {
    return this.#once("POST", "/sheet/corrections", { text });
  }

  // ---- the send queue -------------------------------------------------------------------------

  get queue() {
    try {
      const items = JSON.parse(this.storage.getItem(this.key) || "[]");
      return Array.isArray(items) ? items.filter((i) => i && typeof i.text === "string" && i.id) : [];
    } catch {
      return [];
    }
  }

  #save(items) {
    try {
      if (items.length) this.storage.setItem(this.key, JSON.stringify(items));
      else this.storage.removeItem(this.key);
    } catch {
      /* storage full or blocked: the message still goes out from memory this time */
    }
  }

  /** Keep the message, then send it. `text` goes to the service, `shown` is what the citizen sees. */
  enqueue(text, shown = text) {
    const item = { id: newClientMsgId(), text, shown, at: Date.now() };
    this.#save([...this.queue, item]);
    this.flush();
    return item;
  }

  #drop(id) {
    this.#save(this.queue.filter((i) => i.id !== id));
  }

  #state(state) {
    this.dispatchEvent(new CustomEvent("state", { detail: { state, queued: this.queue.length } }));
  }

  /** Send what is queued, oldest first, one at a time. Safe to call at any moment. */
  async flush() {
    if (this.held) return; // the view holds sending until the history is shown, to keep the order
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    clearTimeout(this.timer);
    try {
      do {
        this.again = false;
        for (let item = this.queue[0]; item; item = this.queue[0]) {
          this.#state("sending");
          let data;
          try {
            data = await this.#once("POST", "/messages", { text: item.text, client_msg_id: item.id });
          } catch (error) {
            if (error.retryable) {
              this.#retryLater(error.status === 409 ? 0 : this.failures++);
              this.#state("waiting");
              return;
            }
            this.#drop(item.id);
            this.dispatchEvent(new CustomEvent("rejected", { detail: { item, error } }));
            continue;
          }
          this.failures = 0;
          this.#drop(item.id);
          this.dispatchEvent(new CustomEvent("reply", { detail: { item, messages: data.messages || [] } }));
        }
      } while (this.again);
      this.#state("idle");
    } finally {
      this.running = false;
    }
  }

  #retryLater(failures) {
    const delay = Math.min(this.maxDelayMs, this.retryDelayMs * 2 ** failures) * (0.8 + Math.random() * 0.4);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), delay);
  }

  // ---- HTTP -----------------------------------------------------------------------------------

  async #retrying(method, path, body) {
    let lastError;
    for (let attempt = 0; attempt <= this.retries; attempt += 1) {
      if (attempt > 0) await sleep(this.retryDelayMs * 2 ** (attempt - 1));
      try {
        return await this.#once(method, path, body);
      } catch (error) {
        lastError = error;
        if (!error.retryable) throw error; // 404 (bad link), 422: trying again will not help
      }
    }
    throw lastError;
  }

  async #once(method, path, body) {
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    let response;
    try {
      response = await fetch(this.url + path, {
        method,
        headers: body ? { "Content-Type": "application/json" } : {},
        body: body ? JSON.stringify(body) : undefined,
        credentials: "omit",
        cache: "no-store",
        signal: controller.signal,
      });
    } catch {
      throw new ChatError(OFFLINE_TEXT, 0);
    } finally {
      clearTimeout(timeout);
    }
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (response.ok && data) return data;
    const detail = data && typeof data.detail === "string" ? data.detail : FALLBACK;
    throw new ChatError(detail, response.ok ? 502 : response.status);
  }
}
