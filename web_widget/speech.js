// Read-aloud with the browser's own speech synthesis, in Danish only.
// A Danish text read by an English voice is worse than no voice, so without a Danish voice we say so.

const VOICE_WAIT_MS = 1500;

function danishVoice(voices) {
  const danish = voices.filter((v) => /^da([-_]|$)/i.test(v.lang || ""));
  return danish.find((v) => /^da[-_]DK$/i.test(v.lang)) || danish[0] || null;
}

function loadVoices(synth) {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener("voiceschanged", done);
      resolve(synth.getVoices());
    };
    synth.addEventListener("voiceschanged", done);
    setTimeout(done, VOICE_WAIT_MS); // some browsers never fire voiceschanged
  });
}

export class ReadAloud {
  /** `onMissing` is called once, the first time reading is asked for where it cannot work. */
  constructor(onMissing) {
    this.onMissing = onMissing;
    this.told = false;
    this.button = null;
  }

  #missing() {
    if (!this.told) {
      this.told = true;
      this.onMissing();
    }
  }

  /** Read `text`; pressing the same button again stops. */
  async toggle(text, button) {
    const synth = window.speechSynthesis;
    if (!synth || typeof window.SpeechSynthesisUtterance !== "function") {
      this.#missing();
      return;
    }
    const wasThis = this.button === button;
    this.stop();
    if (wasThis) return;
    const voice = danishVoice(await loadVoices(synth));
    if (!voice) {
      this.#missing();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "da-DK";
    utterance.voice = voice;
    utterance.rate = 0.9;
    utterance.onend = utterance.onerror = () => {
      if (this.button === button) this.#mark(null);
    };
    this.#mark(button);
    synth.speak(utterance);
  }

  stop() {
    if (window.speechSynthesis) window.speechSynthesis.cancel();
    this.#mark(null);
  }

  #mark(button) {
    if (this.button) this.button.setAttribute("aria-pressed", "false");
    this.button = button;
    if (button) button.setAttribute("aria-pressed", "true");
  }
}
