// Transport for the Forbered chat: start, send, history. No UI here.
// Retries network errors and 503 with backoff; a resent message keeps its client_msg_id,
// so the plan service answers it once.

export class ChatError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

const FALLBACK = "Et øjeblik — jeg kan ikke svare lige nu. Prøv igen om lidt.";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function tokenFromPath(pathname = window.location.pathname) {
  const match = pathname.match(/\/c\/([A-Za-z0-9_-]+)\/?$/);
  return match ? match[1] : null;
}

export function newClientMsgId() {
  if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
  return `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export class ChatClient {
  constructor(token, { base = "/api/chat", retries = 3, retryDelayMs = 800 } = {}) {
    this.url = `${base}/${encodeURIComponent(token)}`;
    this.retries = retries;
    this.retryDelayMs = retryDelayMs;
  }

  start() {
    return this.#request("POST", "/start");
  }

  history() {
    return this.#request("GET", "/history");
  }

  send(text, { clientMsgId = newClientMsgId(), role, language } = {}) {
    const body = { text, client_msg_id: clientMsgId };
    if (role) body.role = role;
    if (language) body.language = language;
    return this.#request("POST", "/messages", body);
  }

  async #request(method, path, body) {
    let lastError = new ChatError(FALLBACK, 0);
    for (let attempt = 0; attempt <= this.retries; attempt += 1) {
      if (attempt > 0) await sleep(this.retryDelayMs * 2 ** (attempt - 1));
      let response;
      try {
        response = await fetch(this.url + path, {
          method,
          headers: body ? { "Content-Type": "application/json" } : {},
          body: body ? JSON.stringify(body) : undefined,
          credentials: "omit",
        });
      } catch {
        continue; // network error: try again
      }
      let data = null;
      try {
        data = await response.json();
      } catch {
        data = null;
      }
      if (response.ok) return data;
      const detail = data && typeof data.detail === "string" ? data.detail : FALLBACK;
      lastError = new ChatError(detail, response.status);
      if (response.status !== 503 && response.status < 500) throw lastError; // 404, 422: no retry
    }
    throw lastError;
  }
}
