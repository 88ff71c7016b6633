"""The conversation as a small state machine over JSON-serialisable state.

`respond(state, text, tag)` is pure: it returns the new state, the bot's messages and events
("sheet_ready", "safety_flag", "discard"). Rasa keeps the state in a slot (so the tracker store is
the memory, and a citizen can pause and resume); the actions only adapt this to Rasa events.
"""

from __future__ import annotations

import dataclasses
import random
import re
from dataclasses import dataclass, field
from typing import Any

from ..privacy import find_pii
from ..safety import safety_kind
from ..tagger import rules
from ..tagger.normalize import LIST_MARKER, LIST_START, clean
from ..talk import TaggedUtterance, tagged_from_dict
from ..texts import DA, EN, say
from . import intents as it
from . import moves

STATE_VERSION = 1
MAX_CHARS = 2000
STEPS = ("consent", "resources1", "resources2", "hopes1", "hopes2", "work", "goal1", "goal2", "parking",
         "meeting1", "meeting2", "summary", "done")
CONTENT_STEPS = {"resources1": "resource", "resources2": "resource", "hopes1": "hope", "hopes2": "hope",
                 "work": "employment", "goal1": "goal_progress", "parking": "parking"}
# After a full answer (LISTEN_MIN_WORDS or more; short answerers get plain questions) to the first question
# of a phase, the bot reflects and leaves room instead of asking the phase's second question (MI: a
# reflection invites more than a question does). The second question is still asked if the citizen only
# answers "ja"/"nej" or comes back after a pause.
LISTEN_AFTER = {"resources1": "resources2", "hopes1": "hopes2"}
LISTEN_MIN_WORDS = 8
# A question the citizen has already answered is not asked: the bot reflects what was said and leaves room.
ALREADY_SAID = {"work": ("employment",), "parking": ("parking",)}
# Leaving these phases, the bot links with a short summary of what was said in them.
PHASE_SUMMARY_AFTER = {"resources2": ("resources1", "resources2"), "hopes2": ("hopes1", "hopes2")}
PHASES = ("resources", "hopes", "work", "goals", "parking", "meeting", "summary")
PHASE_OF = {"consent": "start", "resources1": "resources", "resources2": "resources", "hopes1": "hopes",
            "hopes2": "hopes", "work": "work", "goal1": "goals", "goal2": "goals", "parking": "parking",
            "meeting1": "meeting", "meeting2": "meeting", "summary": "summary", "done": "summary"}
PAYLOAD_TEXT = {"yes": "ja", "no": "nej", "dont_know": "ved ikke", "skip": "spring over", "colourful": "farverig",
                "neutral": "neutral", "stop": "stop", "continue": "fortsæt", "save": "ja", "dont_save": "nej",
                "correct": "nej", "tell_contact": "ja, fortæl min kontaktperson"}


@dataclass
class Message:
    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "buttons": self.buttons, "custom": self.custom}


@dataclass
class Turn:
    state: dict[str, Any]
    messages: list[Message]
    events: list[str] = field(default_factory=list)


def new_state(*, role: str | None = None, language: str | None = None) -> dict[str, Any]:
    return {
        "v": STATE_VERSION, "step": "consent", "welcomed": False, "consent": None,
        "language": language if language in ("da", "en") else "da",
        "written_by": role if role in ("citizen", "relative", "together") else "citizen",
        "turn": 0, "items": [], "corrections": [], "scores": [], "asked": [],
        "preferences": {"relatives_attend": None, "plan_version": None},
        "awaiting": None, "confirmed": False, "stopped_early": False, "safety_turns": [],
        "tell_contact": False, "summary": "", "sheet_version": 0, "tries": 0,
    }


def _btn(lang: str, key: str, payload: str) -> dict[str, str]:
    return {"title": say(key, lang), "payload": f"/{payload}"}


# two main clauses joined by "og"/"men" take a comma in the bot's Danish ("Du kan lide tog, og du kender alle stationer")
_MAIN_CLAUSE_JOIN = re.compile(r"(?<=[a-zæøå])(?<! om)(?<! at)(?<! eller) (og|men) (du|han|hun|I|de) (?=(?:er|har|kan|vil|skal|må|var|ved|kender|"
                               r"bliver|går|får|elsker|hjælper|synes|tror|savner|kommer|bor|laver|tager|gider|tør|ville|kunne|"
                               r"havde|fik|gik)\b)")
# what stands before "og du …" when it is the first half of one subject ("Din søster og du elsker …", "Peter og han er
# …"): a name or a possessive noun phrase with no verb, never a clause of its own
_SUBJECT_HALF = re.compile(r"(?:^|(?:^|\s)(?:når|hvis|fordi|så|da|mens|og|men)\s+|(?:^|\s)at\s+(?=(?-i:[A-ZÆØÅ])|(?:min|mit|mine|din|dit|"
                           r"dine|hans|hendes|sin|sit|sine|vores|jeres|deres|en|et|den|det|de)\s))(?:\w+|(?:min|mit|mine|din|dit|dine|"
                           r"hans|hendes|sin|sit|sine|vores|jeres|deres|en|et|den|det|de)(?:\s+\w+){1,3})$", re.IGNORECASE)
# after "at" only a name or a noun phrase is a subject half: "at male og du elsker farver" is two clauses


def _join_main_clauses(text: str) -> str:
    """A comma before "og du …"/"men han …" that begins a main clause of its own; none inside a compound subject."""
    def comma(m: re.Match[str]) -> str:
        left = re.split(r"[.,;:!?]\s*", text[:m.start()])[-1].strip()
        if _SUBJECT_HALF.search(left) and not re.search(r"\b(?:du|jeg|han|hun|vi|I|er|har|var|kan|vil|skal|må|havde|"
                                                        r"blev|bliver|får|fik|går|gik|kommer|kom|elsker|hedder|bor)\b", left):
            return m.group(0)
        return f", {m.group(1)} {m.group(2)} "
    return _MAIN_CLAUSE_JOIN.sub(comma, text)


class _Ctx:
    """Collects the messages of one bot turn."""

    def __init__(self, state: dict[str, Any]) -> None:
        self.s = state
        self.msgs: list[Message] = []
        self.events: list[str] = []
        self.techniques: list[str] = []
        self.linked = False  # a linking summary was given this turn
        self.rng = random.Random(f"{state['turn']}:{len(state['items'])}")

    @property
    def lang(self) -> str:
        return self.s["language"]

    def add(self, text: str, technique: str = "", buttons: list[dict[str, str]] | None = None) -> None:
        if technique:
            self.techniques.append(technique)
        if text and self.lang == "da":
            text = moves.reflect.spell_out_that(text)
            text = _join_main_clauses(text) if "•" not in text else text
        if text:
            self.msgs.append(Message(text, buttons or []))

    def t(self, key: str, **kw: Any) -> str:
        return say(key, self.lang, rng=self.rng, **kw)



def _lower_first(text: str) -> str:
    """The text with its first letter in lower case, to follow a comma or a joining word; the pronoun "I" (Danish
    "you" plural, English "I") keeps its capital ("…, men I følger hende stadig")."""
    return text if re.match(r"I\b", text) else text[:1].lower() + text[1:]

def respond(state: dict[str, Any] | None, text: str, tag: TaggedUtterance | None = None, *,
            role: str | None = None, language: str | None = None) -> Turn:
    s = dict(state) if state else new_state(role=role, language=language)
    if role in ("relative", "together") and not s["items"] and not s.get("handed_over"):
        s["written_by"] = role
    if language in ("da", "en") and s["turn"] == 0:
        s["language"] = language
    text = clean(text)
    plain = _plain_text(text)
    if plain != text:  # "<b>min</b> datter", "Ｊｅｇ ｅｒ …": the words, as the citizen meant them (the tag was of the raw text)
        text, tag = plain, None
    c = _Ctx(s)
    if it.is_payload(text):
        p = it.payload(text)
        if p in ("start", "restart", "session_start"):
            _start(c)
            return _finish(c)
        if p.startswith("score"):
            digits = [ch for ch in text if ch.isdigit()]
            text = digits[0] if digits else ""
        elif p.startswith("consent_"):
            s["written_by"] = {"consent_relative": "relative", "consent_together": "together"}.get(p, "citizen")
            text = "ja"
        else:
            text = PAYLOAD_TEXT.get(p, p.replace("_", " "))
    if not text:
        if s["step"] in _ASKED_STEPS and s.get("clarified") != s["step"]:
            # an empty message (or only invisible characters): nothing is lost; the question in other words, never the same
            # question twice in a row
            c.add(c.t("empty_message"))
            _clarify(c)
        else:
            _reask(c)
        return _finish(c)
    s["turn"] += 1
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        c.add(c.t("too_long"))
    # Safety outranks everything. The one exception: an explicit request to stop ("jeg orker ikke mere
    # nu, kan vi stoppe?") that only the classifier, not the disclosure rules, took for a crisis.
    if tag is not None and tag.safety and not (it.is_stop(text) and not rules.safety_hit(it.norm(text))) and not _yes_to_stop_check(s, text):
        consent_now = s["step"] == "consent" and not (it.is_no(text) and not it.is_yes(text)) and _consent_answer(text)[0]
        if consent_now:  # "Ja, jeg er pårørende. …" in a message that also needs the safety answer: the yes counts
            _grant_consent(c, _consent_answer(text)[1], announce=False)
            s.pop("kept_said", None)
            s["step"], s["tries"] = STEPS[1], 0
        return _safety(c, text, tag, record=not consent_now)
    if s["awaiting"] == "safety_choice":
        return _after_safety(c, text, tag)
    if s["awaiting"] == "stop_offer":
        return _stop_answer(c, text)
    if s["awaiting"] == "stop_check":
        checked, after = _stop_check_answer(c, text)
        if checked is not None:
            return checked
        if after != text:
            text, tag = after, None
    if it.other_language(text):
        if s.get("other_language_told") and s["step"] not in ("summary", "done", "stopped", "declined"):
            # a second message in another language: the offer of an interpreter is not said again, nor the same question
            buttons = [_btn(c.lang, "btn_yes_self", "consent_citizen"), _btn(c.lang, "btn_yes_relative", "consent_relative"),
                       _btn(c.lang, "btn_no", "no")] if s["step"] == "consent" else None
            c.add(c.t("other_language_again"), "giving_information", buttons)
            return _finish(c)
        s["other_language_told"] = True
        c.add(c.t("other_language"))
        _reask(c)
        return _finish(c)
    if (s["language"] == "da" and not s.get("weak_danish_told") and s["step"] in _ASKED_STEPS
            and _WEAK_DANISH.search(it.norm(text)) and len(text.split()) <= 12 and not it.wants_english(text)):
        # "Jeg taler ikke så godt dansk": said kindly once, with the way to English and to an interpreter, and the same
        # question again (never "Du taler ikke så godt dansk" said back as a point)
        s["weak_danish_told"] = True
        c.add(c.t("weak_danish"), "giving_information")
        rest = _WEAK_DANISH_CLAUSE.sub("", text, count=1).strip()
        if len(re.findall(r"[^\W\d_]{2,}", rest)) < 2:
            _reask(c)
            return _finish(c)
        # "Jeg taler ikke godt dansk, men jeg maler": the remark is met kindly, and the rest is the answer (never lost)
        text, tag = rest[:1].upper() + rest[1:], None
    if s["language"] == "en" and s["step"] != "consent" and (it.wants_danish(text) or it.looks_danish(text)):
        s["language"] = "da"  # "Må jeg skrive på dansk i stedet?": Danish from here, and a Danish answer read as Danish
        if it.wants_danish(text):
            c.add(c.t("danish_on"))
            _reask(c)
            return _finish(c)
    in_english = it.looks_english(text) and len(it.norm(text).split()) >= 3
    if s["language"] == "da" and (it.wants_english(text) or (s["step"] == "consent" and it.looks_english(text))
                                  or (s["step"] in (*_ASKED_STEPS, "summary") and in_english)):
        s["language"] = "en"
        if s["step"] != "consent" and not it.wants_english(text):
            # "what do you mean?", "I am good at drawing" in a Danish conversation: English from here, said so once, and
            # this message read as the English it is
            c.add(c.t("english_on"))
            kept = it.without_language_meta(text)
            if kept and kept != text:  # "english please. I wish I could travel": the ask is no part of the answer
                text, tag = kept, _narrow_tag(tag, kept)
        rest = it.without_language_meta(text) if it.wants_english(text) and not it.is_yes(text) else ""
        if rest == text:
            rest = _after_language_ask(text)
        if rest and _BROKEN_OFF.search(rest):
            rest = ""  # "Jeg er god til at... sorry, can we speak English?": the begun answer broke off; nothing is kept
        if rest and rest != text and (s["step"] != "consent" or _consent_answer(rest)[0]):
            # "I only speak English, sorry. Yes you may save it": English from here, and the rest is still answered
            c.add(c.t("english_on"))
            text, tag = rest, _narrow_tag(tag, rest)
        elif it.wants_english(text) and not it.is_yes(text):
            c.add(c.t("english_on"))
            if s["step"] == "consent":
                _ask(c, "consent")
            else:
                _reask(c)
            return _finish(c)
    elif s["step"] != "summary" and (it.wants_english(text) or re.search(r"[.!?,]", text.strip(" .!?"))):
        rest = it.without_language_meta(text, short_only=not it.wants_english(text))
        rest = re.sub(r"^(?:sorry|undskyld|ups|oops)[.!]+\s+(?=\w)", "", rest, flags=re.IGNORECASE)  # "sorry. no work, …"
        lead_yes = re.match(r"(?i)^(?:ok|okay|ja|yes)\b", text.strip())
        if s["step"] == "consent" and rest and lead_yes and not re.match(r"(?i)^(?:ok|okay|ja|yes)\b", rest):
            rest = f"{lead_yes.group(0)}. {rest}"  # "ok jeg prøver dansk. jeg er god til …": the "ok" is the yes to saving
        if rest and rest != text:  # "ok. dansk igen. Min kæreste …", "English please, I am good at …": only the answer counts
            text, tag = rest, _narrow_tag(tag, rest)
    if s["step"] == "consent" and it.question_to_bot(text) == "about_bot":
        c.add(c.t("answer_about_bot_consent"), "giving_information")  # "Er du en robot?" before the consent: a plain answer
        _ask(c, "consent")
        return _finish(c)
    if s["step"] in ("declined",):
        if it.is_yes(text):
            s["step"] = "consent"
        else:
            c.add(c.t("declined_again"))
            return _finish(c)
    if s["step"] == "consent" and it.is_stop(text) and not it.SHEET_NOW.search(it.norm(text)):
        # "stop", "kan vi stoppe?", "I want to stop" before the consent: a gentle close; nothing was saved, nothing is asked
        # ("Kan jeg ikke bare se arket?" there is a question about the sheet, never a no)
        s["consent"], s["step"] = False, "declined"
        s.pop("pending", None)
        c.add(c.t("stop_at_consent"))
        c.events.append("discard")
        return _finish(c)
    if s["step"] not in ("consent", "done", "stopped") and (it.is_stop(text) or it.tired_of_questions(text)):
        return _offer_stop(c, text)
    if s["step"] not in ("consent", "done") and it.is_pause(text) and not it.is_stop(text):
        c.add(c.t("pause"))
        s["paused"] = True
        return _finish(c)
    paused = s.pop("paused", False)
    # "jeg er tilbage" with no pause open: back at the keyboard all the same, never an answer or a new pause
    back_now = bool(_BACK_AGAIN.match(it.norm(text))) and (paused or bool(re.search(r"\b(?:tilbage|back)\b", it.norm(text))))
    # (a hello in a relative's chat may be the person taking over: read as such further on)
    # ("Hej. Mette." or "hej" from a relative is a hello too; "hej det er Peter" may be the person, read further on)
    first_hello = (not s["items"] and len(s["asked"]) <= 1 and (s["written_by"] == "citizen" or (
        s["written_by"] == "relative" and not s.get("handed_over") and not it.SELF_NOW.search(text)
        and not re.search(r"\b(?:det er|her er|this is|it'?s)\b", it.norm(text)))))
    hello = first_hello and bool(_HELLO_INTRO.match(text.strip()))
    if s["step"] in (*_ASKED_STEPS, "summary") and (back_now or hello or it.is_greeting(text) and len(text.split()) <= 3):
        if not (back_now or paused) and first_hello and not _AGAIN_WORD.search(it.norm(text)):
            # "Hej. Mette." as the first words after the yes: a hello back, and the question open in other words (never
            # "Velkommen tilbage" to someone who has not been away)
            c.add(c.t("hello_back"))
            _clarify(c)
            return _finish(c)
        _resume(c)  # "hej igen" after a pause: back where we were, not an answer
        return _finish(c)
    if s["step"] in _ASKED_STEPS and _GO_ON.match(it.norm(text)):
        # "fortsæt" with no offer open (after a safety answer or a pause): going on, not an answer to put on the sheet
        s["awaiting"] = None
        c.add(c.t("go_on"))
        _reask(c)
        return _finish(c)
    said = text  # as written, before the chat spellings are read (a final "ikke" may be dropped as a tag there)
    slang = _chat_slang(text, s["language"]) if s["step"] in _ASKED_STEPS else text
    if slang != text:
        # "idk. gaming og ka fikse cykler", "mby et værelse", "pizza fr": chat abbreviations read as the words they stand
        # for, or left out when they are only emphasis; never echoed ("Du er god til idk.") or put on the sheet
        text, tag = slang, None
        if not re.search(r"\w", text):
            _reask(c)
            return _finish(c)
    dash_said = None
    fixed = _dash_correction(text) if s["step"] in CONTENT_STEPS else None
    if fixed:
        # "Min hund — undskyld — min kat", "god til at ride — nej, til at passe heste": the words corrected on the way are
        # dropped; only what the citizen meant is read and reaches the sheet
        text, tag = fixed, None
    aside = _dash_aside(text) if s["step"] in CONTENT_STEPS else None
    if aside:
        # "Jeg er god til — når jeg har sovet — at lave mad": read whole, the aside after it; the sheet keeps the
        # citizen's own words, dashes and all, as the quote
        dash_said, text, tag = text.strip(), aside, None
    dashed = _dash_list(text) if s["step"] in CONTENT_STEPS else text
    if dashed != text:
        # "at komme op om morgenen – at gå til tandlæge", "lave mad - vaske tøj": the dash joins two points, read as "og"
        # (never "Dit mål er at komme op om morgenen at gå til tandlæge")
        text, tag = dashed, None
    lead_stop = _LEAD_STOP.match(text) if s["step"] in _ASKED_STEPS else None
    if s["step"] in _ASKED_STEPS and not lead_stop and _HOLD_ON.match(it.norm(text)):
        c.add(c.t("hold_on"))  # "vent lidt" alone: time to write the rest, never "Du drømmer om vent lidt"
        return _finish(c)
    if s["step"] in CONTENT_STEPS and _BARE_PRONOUN.match(it.norm(text)):
        # "mig" alone: no point said ("Du er god til dig" would mean nothing at the meeting); the question in other words
        _clarify(c)
        return _finish(c)
    if s["step"] in CONTENT_STEPS and _QUESTION_REMARK.match(it.norm(text).strip(" .!")):
        # "Det spørgsmål er meget bredt.", "godt spørgsmål" alone: a remark on the question, no answer; the question in
        # other words (never "Det spørgsmål er meget bredt. Det er vigtigt for dig." or a point on the sheet)
        _clarify(c)
        return _finish(c)
    if lead_stop and re.search(r"\w", text[lead_stop.end():]):
        # "Stop, jeg mente svømning", "stop jeg kan godt lide at tegne": a "stop" before a correction, a wait or an answer
        # (no request to end the chat, see is_stop); the words after it are the message, never "Du drømmer om stop"
        lead_said = _LEAD_STOP.match(said)
        if lead_said and _unclear_stop(said[lead_said.end():].strip()):
            # "stop, det er for meget", "stop, jeg vil hjem": maybe a wish to stop, maybe not; asked, never guessed
            return _check_stop(c, said[lead_said.end():].strip())
        text, tag = text[lead_stop.end():].strip(), None
        text = text[:1].upper() + text[1:]
        if _HOLD_ON.match(it.norm(text)):
            c.add(c.t("hold_on"))  # "vent lidt", "jeg er ikke færdig": time to write the rest; the question stays open
            return _finish(c)
    if s["step"] in _ASKED_STEPS and (s["awaiting"] == "reword" or _DISAGREE.match(text) or _NO_MEANT.match(text)
                                      or _NOT_HEARD.match(text) or ((lead_stop or _MEANT_NOT.match(it.norm(text))) and _I_MEAN.match(text))) and _reword(c, text):
        return _finish(c)
    length_q = re.match(r"^\s*([^?]{3,80}\?+)\s+(?=\w)", text) if s["step"] in _ASKED_STEPS else None
    if (length_q and it.question_to_bot(length_q.group(1)) == "write_length" and not text.rstrip().endswith("?")
            and re.search(r"[^\W\d_]{3,}", text[length_q.end():])):
        # "Skal jeg skrive meget? At sy tøj og min kæreste Jonatan.": the question answered in a line; the rest is the answer
        c.add(c.t("answer_write_length"), "giving_information")
        text, tag = text[length_q.end():].strip(), None
    counter = _COUNTER_Q.match(text) if s["step"] in _ASKED_STEPS else None
    if counter and (it.promise_request(text[:counter.end()]) or it.question_to_bot(text[:counter.end()].strip()) not in (None, "other", "confused")):
        counter = None  # "Kan du skaffe mig en lejlighed? …": a request or a question to the bot, not a question about the question
    if counter and it.wants_clarification(text[:counter.end()].strip()) and _only_aside(text[counter.end():], s["step"]):
        counter = None  # "Hvordan mener du det? Jeg bor på et bosted": no answer after it; the question is explained below
    park_q = re.match(r"^\s*[^?]{0,60}\bparkering\w*[^?]{0,30}\?+\s*", text, re.IGNORECASE) if s["step"] == "parking" else None
    if park_q and _NO_CAR.match(it.norm(text[park_q.end():])):
        # "Hvad betyder parkeringsplads? Jeg har ikke en bil.": the picture read literally; explained, never a worry
        c.add(c.t("parking_not_a_car"), "giving_information")
        _clarify(c)
        return _finish(c)
    if counter and re.search(r"\w", text[counter.end():]) and not text.rstrip().endswith("?"):
        # "Hvilke mål? Jeg ved ikke", "Hvad er forskellen? Farverig": a question back, then the answer; the answer counts
        text, tag = text[counter.end():].strip(), None
        if it.is_greeting(text) and len(text.split()) <= 3:
            _resume(c)
            return _finish(c)
    lack = _LITTLE_JOY.match(text) if s["step"] in ("resources1", "resources2") and c.lang != "en" else None
    if lack and (s["step"] == "resources2" or re.search(r"(?i)gl(?:æ|ae)de", lack.group(0))):
        # "Glæde, det har jeg ikke meget af efter faldet. Måske min kanariefugl.": the lack is heard, never a joy of its own
        # ("Det giver dig glæde at glæde"); what follows it is the answer
        rest = text[lack.end():].strip(" ,.!-")
        rest = re.sub(r"^(?:men|og)\s+", "", rest, flags=re.IGNORECASE)
        c.add(c.t("ack_little_joy"), "complex_reflection")
        text, tag = (rest[:1].upper() + rest[1:], None) if re.search(r"[^\W\d_]{3,}", rest) else ("ved ikke", None)
    if s["step"] in _ASKED_STEPS:
        # "Arbejde? Nej, min kære, jeg er 79 år.": the topic asked back in a word, and the "min kære" said to the bot,
        # are no part of the answer (never "Arbejde Nej." or "Min kære betyder meget for mig." on the sheet)
        letters = re.findall(r"[^\W\d_]", text)
        if len(letters) >= 4 and all(ch.isupper() for ch in letters):
            # "PENGE. KONEN ER TRÆT", "JEG ELSKER FISKERI!!!": capitals and a row of "!"/"?" are the citizen's tone,
            # never shouted back ("PENGE fylder.") nor kept as a question; the words are the answer
            text, tag = _calm_caps(text), None
        elif letters and not any(ch.isupper() for ch in letters) and _LOWER_NAME.search(text):
            # "jeg vil gerne se peter mere": a known first name written in lower case, like the rest; said back as a name
            text, tag = _capital_names(text), _capital_names_tag(tag)
        # under the wish questions the label is the wish and the rest only says so ("Job. Det drømmer jeg om"); elsewhere
        # the rest says something about the label, in one sentence ("Glæde, det har jeg ikke meget af")
        joint = ". " if s["step"] in ("hopes1", "hopes2", "work") else ", "
        unlabelled = _LABEL_POINTED_BACK.sub(lambda m: m.group(1) + m.group(2) + joint, _ANSWER_LABEL.sub("", text)).strip()
        if unlabelled != text.strip() and re.search(r"[^\W\d_]{2,}|\d", unlabelled):
            text, tag = unlabelled[:1].upper() + unlabelled[1:], _narrow_tag(tag, unlabelled)
        bare = _TOPIC_ECHO.sub("", text, count=1)
        bare = _VOCATIVE.sub(lambda m: m.group(1) + ", ", bare, count=1).rstrip(" ,")
        if bare != text and re.search(r"[^\W\d_]{2,}", bare):
            text, tag = bare[:1].upper() + bare[1:], None
    listed = _inline_list(text) if s["step"] in _ASKED_STEPS else None
    if listed:
        text, tag = listed, None  # "1 gå tur 2 lave mad", "to ting: 1) svømme 2) en veninde": one point per item
    polite = _POLITE_TAIL.search(text) if s["step"] in _ASKED_STEPS else None
    if polite and re.search(r"\w{2,}", text[:polite.start()]):
        text, tag = text[:polite.start()].rstrip(" ,") + ".", None  # "…, men tak for spørgsmålet": politeness, not the answer
    if s["step"] in _ASKED_STEPS and _DK_WHATEVER.match(it.norm(text)):
        text, tag = "ved ikke", None  # "ved ikke. det er jo ligegyldigt": a don't-know, never a strength or a wish
    hedged = _without_dont_know(text, s["language"]) if s["step"] in _ASKED_STEPS else text
    if hedged != text:
        text, tag = hedged, None  # "idk gaming maybe", "ved ik.. måske tegne", "frisør idk": the guess is the answer
    found_again = it.after_lost_thread(text) if s["step"] in _ASKED_STEPS else ""
    if found_again:
        text, tag = found_again, None  # "hvor var vi. nå ja. min kat Mis": the thread found again; the rest is the answer
    parts = re.split(r"(?<=[.!?])\s*(?=\w)", text.strip()) if s["step"] in _ASKED_STEPS else []
    if (len(parts) >= 2 and it.LOST_THREAD.match(it.norm(parts[-1])) and len(it.norm(parts[-1]).split()) <= 6
            and not it.lost_thread(text) and re.search(r"[^\W\d_]{3,}", " ".join(parts[:-1]))):
        # "jeg var god til at spille guitar. hvad var spørgsmålet": the answer was given; the thread question after it
        # is no part of it (never "Men hvad var spørgsmålet." said back or put on the sheet)
        text, tag = " ".join(parts[:-1]).strip(), None
    if s["step"] in _ASKED_STEPS and it.lost_thread(text):
        # "hvad var spørgsmålet?", "jeg har glemt hvad du spurgte om": the question again, as it was
        c.add(c.t("lost_thread"))
        # the question as it was, said as what was asked ("Jeg spurgte: …"), so it is not the same message twice
        _ask(c, s["step"], lead=c.t("lost_thread_asked") if s["step"] in s["asked"] else "")
        return _finish(c)
    about = it.question_about_the_chat(text) if s["step"] in ("consent", "summary", *_ASKED_STEPS) else None
    asked_then = re.match(r"^[^?]{3,}\?\s*", text) if about in ("why", "who") and s["step"] in _ASKED_STEPS else None
    rest_after = text[asked_then.end():].strip() if asked_then else ""
    if rest_after and re.search(r"[^\W\d_]{2,}", rest_after) and not rest_after.rstrip().endswith("?") and not (
            it.is_dont_know(rest_after) or it.is_skip(rest_after)):
        # "hvorfor spørger du om det? jeg ved ikke. måske at flytte til Aarhus": the question answered in a line, and what
        # follows is the answer to the step's question (not lost behind the question asked again)
        c.add(c.t(f"answer_{about}"), "giving_information")
        text, tag, about = rest_after, None, None
        dk = re.match(r"^\W*(?:(?:jeg )?ved (?:ikke|ik)|aner det ikke|i don'?t know|dunno)\W+(?=\w)", text, re.IGNORECASE)
        if dk:
            text = text[dk.end():].strip()  # "jeg ved ikke. måske …": the guess after the don't-know is the answer
    if about:
        if about == "show":
            # "hvad skriver du om mig?", "kan jeg se arket?": what is written so far, in the citizen's own words
            lines = moves.summary_lines(s) if s["step"] not in ("consent", "summary") else []
            if lines:
                c.add(c.t("answer_show_so_far") + "\n" + "\n".join(f"• {ln}" for ln in lines), "summary")
            c.add(c.t("answer_show_end" if s["step"] == "summary" or lines else "answer_show_nothing"), "giving_information")
        elif about == "why" and s["written_by"] == "relative" and c.lang == "da":
            # a relative's "Hvorfor spørger du om det?": it helps the meeting about the person, never "vigtigt for dig"
            c.add(_name_the_person("Det hjælper til mødet. I kan tale om det, der er vigtigt for hende eller ham. "
                                   "I bestemmer selv, hvad I svarer.", s["third"], "da") if s.get("third") in ("han", "hun") else
                  "Det hjælper til mødet. I kan tale om det, der er vigtigt for hende eller ham. I bestemmer selv, hvad I svarer.",
                  "giving_information")
        else:
            c.add(c.t(f"answer_{about}"), "giving_information")
        if s["step"] == "consent" and it.is_yes(text) and not it.is_no(text):
            HANDLERS["consent"](c, "ja", None)  # "ja men hvor lang tid tager det?": answered, and the yes counts
        elif s["step"] == "consent":
            # the consent question once more, in other words (not the same message twice)
            _ask(c, "consent", again=True)
        elif s["step"] == "summary":
            c.add(c.t("q_summary_confirm"), "closed_question", [_btn(c.lang, "btn_yes", "yes"), _btn(c.lang, "btn_correct", "correct")])
        elif about in ("show", "length"):
            s["awaiting"] = None
            _ask(c, s["step"])  # the citizen knew the question; it comes back as it was
        else:
            _clarify(c)  # the question again, in other words
        return _finish(c)
    if s["step"] in _ASKED_STEPS and it.not_this(text):
        s["awaiting"] = None
        c.add(c.t("not_this"), "emphasize_autonomy")
        _advance(c, skip=("goal2",) if s["step"] == "goal1" else ())
        return _finish(c)
    lead_q = _LEAD_QUESTION.match(text) if s["step"] in _ASKED_STEPS and s["awaiting"] in (None, "more") else None
    # (only under the wish questions, and never when a wish is said too: "… Om natten? Jeg vil gerne have en kæreste")
    night_dream = s["step"] in ("hopes1", "hopes2") and not (lead_q and _POINT_WISH.search(it.norm(text[lead_q.end():]))) and bool(
        _NIGHT_DREAM.search(it.norm(said))) and (it.wants_clarification(lead_q.group(1) if lead_q else text)
                                                                or said.rstrip().endswith("?"))
    if lead_q and it.wants_clarification(lead_q.group(1)) and (_only_aside(text[lead_q.end():], s["step"]) or (
            night_dream and not _POINT_WISH.search(it.norm(text[lead_q.end():])))):
        # "Hvad mener du med drømme? Jeg er 81": the question is not understood, and what follows is about the citizen,
        # no answer to it; the aside is kept for the contact person (off the lists) and the question comes in other words
        for item in _record(c, text[lead_q.end():].strip(), None, default=None):
            item.update(category=None, talk_type="neutral", subtype=None)
        text = lead_q.group(1)
    if s["step"] in _ASKED_STEPS and s["awaiting"] in (None, "more") and (it.wants_clarification(text) or night_dream):
        if night_dream:  # "Hvad mener du med drømme? Drømme om natten?": the word read literally; what it means here, plainly
            c.add(c.t("dreams_not_night"), "giving_information")
        if s["awaiting"] == "more" and s["step"] not in s["asked"]:
            # "Det ved jeg ikke hvad du mener. Glæde over hvad?" after a listening reflection: the step's question, plainly
            s["awaiting"] = None
            _ask(c, s["step"])
        else:
            s["awaiting"] = None
            _clarify(c)
        return _finish(c)
    proxy = it.answer_for(text) if s["step"] in _ASKED_STEPS else None
    if proxy:
        # "Skal jeg svare for ham?", "Må jeg hjælpe hende med at svare?": yes, the way the relative thinks the person
        # would answer, in the person's words where they can; never "tag det med til mødet"
        rest, named = proxy[1], proxy[2]
        if named and not s.get("third") and s["written_by"] in ("relative", "together"):
            s["third"] = named
        elif named and s["written_by"] == "citizen" and not s.get("handed_over") and not s.get("third"):
            # "Skal jeg svare for min far?" in a chat begun as the citizen's own: a relative writes; the questions are
            # about the father from here ("Hvad er han god til?"), never "for dig"
            s["written_by"], s["third"] = "relative", named
        third = s.get("third") or named
        table = _EITHER[c.lang][1]
        who, _, whose = table.get(third, ("personen", "", "personens") if c.lang == "da" else ("the person", "", "the person's"))
        c.add(c.t("answer_for", who=who, whose=whose), "giving_information")
        n_rest = it.norm(rest)
        if n_rest and not (_NOT_HERE.search(n_rest) and len(n_rest.split()) <= 12 and not _BUT_ANSWER.search(n_rest)):
            text, tag = rest, None  # "Må jeg svare for hende? Hun er god til at synge": the answer after it counts
        else:
            # "… Han sidder ikke her lige nu.": who is at the keyboard, no answer; the question again, in other words
            waiting = s["awaiting"] == "more"
            s["awaiting"] = None
            if waiting and s["step"] not in s["asked"]:
                _ask(c, s["step"])
            else:
                _clarify(c)
            return _finish(c)
    asks = it.promise_request(text) if s["step"] in _ASKED_STEPS else None
    if asks and (it.question_to_bot(text) or len(it.norm(text).split()) <= 4):
        # "Lover du det?", "Kan du ikke sørge for, at jeg får flere timer?": no promise, the wish kept for the meeting
        _promise_asked(c, text, asks)
        return _finish(c)
    aside = _aside_question(text) if s["step"] in _ANSWER_STEPS and not (tag is not None and tag.safety) else None
    if aside and aside[3]:
        # "Ved du hvad? Jeg tegner og maler hver dag", "Hvornår er mødet? Jeg strikker meget": the question answered in a
        # line, and what follows is the answer to the step's question (heard, reflected and kept like any answer)
        first, rest, kind, _ = aside
        if kind == "small_talk" and not _OPENER.match(it.norm(first)):
            c.add(c.t("aside_heard"), "giving_information")
        elif kind != "small_talk":
            rel = "_rel" if s["written_by"] == "relative" and kind == "meeting_when" else ""
            c.add(c.t(f"answer_{kind}{rel}"), "giving_information")
        text, tag, aside = rest, None, None
    if aside:
        # "Hvornår er mødet egentlig? Det har ingen sagt til mig", "Vidste du, at det regner? Min altan er oversvømmet":
        # a question of its own and a comment that goes with it; no answer to the step's question, so nothing for the
        # lists (the comment is kept for the contact person) and the question comes again in other words
        first, rest, kind, _ = aside
        for item in _record(c, rest, None, default=None):
            item.update(category=None, talk_type="neutral", subtype=None)
        if kind == "small_talk":
            s["awaiting"] = None
            c.add(c.t("aside_heard"), "giving_information")
            _clarify(c)
        else:
            _question_to_bot(c, first, kind)
        return _finish(c)
    question = it.question_to_bot(text) if s["step"] in _ASKED_STEPS else None
    if question and s["step"] == "meeting1" and _ASKS_COMES.match(text):
        question = None  # "må min mor også komme med?": the answer to the meeting question, asked as a question
    if question:
        _question_to_bot(c, text, question)
        return _finish(c)
    if (s["step"] in _ASKED_STEPS and (it.already_said(text) or _TOLD_ELSEWHERE.match(it.norm(text)))
            and _TOLD_SOMEONE_ELSE.search(it.norm(text)) and len(text.split()) <= 12 and not (tag is not None and tag.safety)):
        # "det har jeg sagt til min mor" alone: told to someone in the citizen's life, no answer here and not "Ja, det har
        # du fortalt"; kept for the contact person (off the lists), thanked for, and the question stays open
        for item in _record(c, text, None, default=None):
            item.update(category=None, talk_type="neutral", subtype=None)
        c.add(c.t("reflect_good_to_know"))
        waiting = s["awaiting"] == "more"
        s["awaiting"] = None
        if waiting and s["step"] not in s["asked"]:
            _ask(c, s["step"])
        elif s.get("clarified") != s["step"]:
            _clarify(c)
        else:
            _advance(c)
        return _finish(c)
    if s["step"] in _ASKED_STEPS and (it.already_said(text) or _SAID_IT_BEFORE.match(it.norm(text))):
        s["awaiting"] = None
        unsaid = {"meeting1": "relatives_attend", "meeting2": "plan_version"}.get(s["step"])
        if s["step"] == "meeting1" and s["preferences"].get("relatives_attend") is None and _told_relative_comes(s):
            # "Min søster Lise skal med til mødet" said earlier (under another question): it was written; she comes
            s["preferences"]["relatives_attend"] = True
        if unsaid and s["preferences"].get(unsaid) is None and s.get("clarified") != s["step"] and not (
                s["step"] == "meeting1" and s.get("staff_attend")):
            # "det har jeg skrevet" to the meeting or plan question that nothing said so far answers: said kindly, and the
            # question once more in other words (never passed over as if the choice was made)
            c.add(c.t("already_said_not_found"))
            _clarify(c)
            return _finish(c)
        # "Det har jeg sagt" to the goals question with no goal told: no 0-4 question about a goal that is not there;
        # which goal is asked for instead
        no_goal = s["step"] == "goal1" and not any(i.get("category") == "goal_progress" and not i.get("withdrawn")
                                                   for i in s["items"])
        if no_goal:
            s["goal_unnamed"] = True
        c.add(c.t("already_said_short" if no_goal else "already_said"))
        _advance(c)
        return _finish(c)
    if s["step"] in _ASKED_STEPS and it.is_laughter(text):
        # "haha" to "Hvad er du god til?": a smile back, and the question in other words; nothing on the sheet
        c.add(c.t("laughter"))
        _clarify(c)
        return _finish(c)
    if s["step"] in _ASKED_STEPS and it.is_gibberish(text):
        # "asdfgh", "jjjjj": keys hit, not an answer; never echoed and never put on the sheet
        s["gibberish"] = s.get("gibberish", 0) + 1
        if s["gibberish"] <= 2:
            c.add(c.t("not_understood"), "giving_information", _answer_buttons(c.lang, s["step"])[0])
        else:  # once more: move on rather than ask again and again
            s["gibberish"] = 0
            s["awaiting"] = None
            c.add(c.t("skip_ok"))
            _advance(c, skip=("goal2",) if s["step"] == "goal1" else ())
        return _finish(c)
    back = it.taken_back(text) if s["step"] in _ASKED_STEPS else None
    if back:
        text, tag = back, None  # "ja. nej, alligevel ikke", "… nej forresten, jeg vil hellere …": what comes after counts
    switch = it.SELF_NOW.search(text) if (s["written_by"] in ("relative", "together") or s.get("handed_over")) and s.get("consent") else None
    if not switch and s.get("handed_over") and s["step"] in CONTENT_STEPS and _HELLO_LEAD.match(text):
        text, tag = _HELLO_LEAD.sub("", text, count=1), None  # "hej. jeg kan godt lide …" from the person now writing
    if switch and s["written_by"] == "citizen":
        # "Nu vil Peter gerne skrive selv." and then "hej det er peter. jeg …": the greeting is no point of its own
        text, tag, switch = (text[:switch.start()] + text[switch.end():]).strip(" .,!"), None, None
        if not text:
            if s["step"] in _ASKED_STEPS and s.get("clarified") != s["step"]:
                _clarify(c)  # "hej det er sara" alone: the question in other words, never the same line twice in a row
            else:
                _reask(c)
            return _finish(c)
    if switch:
        # "Nu skriver jeg selv. Jeg elsker at gå i svømmehallen": the citizen takes over; the rest is an answer
        if s.get("third") in ("han", "hun"):
            for i in s["items"]:  # "Barnebarnet og haven giver hende eller ham glæde" said before: about him, as it was meant
                for key in ("you", "text"):
                    if " eller " in (i.get(key) or ""):
                        i[key] = _name_the_person(i[key], s["third"], s["language"])
            named = _handover_name(switch.group(0))
            s["third_before"], s["handover_name"] = s["third"], named  # a point corrected later is said to them too
            for i in s["items"]:
                said = _said_to_them(i.get("you") or "", s["third"], named) if s["language"] == "da" and i.get("category") else None
                if said:
                    # "Hun drømmer om at blive dyrlæge", "Hans kat giver ham glæde", "Sofie er god til at ride" told by her
                    # father: said back to her now as "Du drømmer om …", "Din kat giver dig glæde", "Du er god til at ride"
                    i["you"] = said
        s["written_by"], s["third"], s["handed_over"] = "citizen", None, True
        text = (text[:switch.start()] + text[switch.end():]).strip(" .,!")
        c.add(c.t("self_now"))
        if not text:
            _reask(c)
            return _finish(c)
        tag = None
    no_dream = _NO_DREAMS.match(text) if s["step"] in ("hopes1", "hopes2") else None
    if no_dream and len(re.findall(r"[^\W\d_]{2,}", text[no_dream.end():])) >= 2:
        # "Jeg drømmer ikke. Men jeg vil gerne …": a word about the question's own word, then the wish; no other side of
        # the wish (never "På den ene side drømmer du ikke …") and no point of its own
        rest = text[no_dream.end():].strip()
        text, tag = rest[:1].upper() + rest[1:], None
    if s["step"] in _ASKED_STEPS and not re.search(r"[.!?,;:]", text) and len(text.split()) >= 5:
        # "mit mål er at stå op til tiden det går skidt 1", "min far er syg det fylder meget" (no punctuation): the
        # sentences the citizen meant, so how it goes and the score are not part of the goal or the worry
        split = _RUN_ON.sub(". ", text)
        if s["step"] == "goal1":
            split = re.sub(r"(?<=[a-zæøå])\s+([0-4])\s*$", r". \1", split)
        if split != text:
            text, tag = split, None
    how_goes = re.search(r",\s*(?=(?:og |men |and |but )?(?:det|it) (?:går|gik|goes|is going|went|has been going)\b)", text, re.IGNORECASE) \
        if s["step"] == "goal1" else None
    if how_goes and len(text[:how_goes.start()].split()) >= 3:
        # "mit mål er at lave mad selv, det går fint": the goal and how it goes, two sentences (never one point on the sheet)
        rest = text[how_goes.end():]
        text, tag = text[:how_goes.start()] + ". " + rest[:1].upper() + rest[1:], None
    if s["step"] == "goal1" and re.search(r"[.!,]\s*(?:og |men )?(?:det|it) (?:går|gik|goes|is going|er)\b[^.!,]*[a-zæøå]\s+[0-4]\s*[.!]?\s*$",
                                          text, re.IGNORECASE):
        # "gå uden krykker. det går langsomt 2": the score, a sentence of its own (never "Det går langsomt 2." on the sheet)
        text, tag = re.sub(r"(?<=[a-zæøå])\s+([0-4])\s*[.!]?\s*$", r". \1", text), None
    reported = _REPORTED.search(text) if s["written_by"] in ("together", "relative") and s["step"] in CONTENT_STEPS else None
    if reported and len(text[:reported.start()].split()) >= 2:
        # "Jeg er god til at danse, skriver Sofie": the one typing passes on Sofie's own words; the "jeg" is hers, said
        # back about her ("Sofie er god til at danse."), never "du" to the one typing; ", skriver Sofie" is no part of it
        text, tag = _as_told_by(text[:reported.start()].strip(" ,"), reported.group(1)), None
        if not s.get("third"):
            s["third"] = _name_gender(reported.group(1))
        s["written_by"], s["together"], s["together_told"] = "relative", True, True
    elif (s.get("together_told") and s["written_by"] == "relative" and s.get("third") in ("hun", "han")
          and s["step"] in CONTENT_STEPS and _OWN_I.match(text) and not _HE.search(text) and not _SHE.search(text)
          and not _ABOUT_SOMEONE_ELSE.search(text)):
        # "Hun er god til at synge." and later "Jeg vil gerne synge i et kor": she types herself again; her words are said
        # about her like the answers before ("Hun vil gerne synge i et kor."), never "du" and then "for hende"
        text, tag = _as_told_by(text, s["third"]), None
    if (s["written_by"] == "together" and s["step"] in CONTENT_STEPS and _TOLD_ABOUT_THEM.search(text) and not _I_TELL.search(text)
            and not _ABOUT_SOMEONE_ELSE.search(text)):
        # "Hun er god til at synge": the one typing tells about the citizen beside them; from now on the questions ask
        # about her or him, and "mig" in the answers is the one typing
        s["written_by"], s["together"], s["together_told"] = "relative", True, True
    typist = _TYPIST_LEAD.match(text) if (
        s["step"] in CONTENT_STEPS and s["written_by"] == "citizen" and not s.get("handed_over") and not s.get("third")
        and not any(i.get("category") for i in s["items"])) else None
    if (typist and typist.group(1).lower() in ("min", "mit") and text[typist.end():].strip()
            and not re.search(r"\b(?:der|som|for mig|for os)\b|[.!;:]", typist.group(0), re.IGNORECASE)):
        typist = None  # "min søster skriver, hun er god til det": the sister writes (poems, letters), no one at the keyboard
    if typist:
        # "Det er hans kone der skriver" after the yes: read as at the consent question; a relative writes about him
        # from here ("Hvad er han god til?"), and who types is no strength of his. "Det er min datter der skriver for
        # mig": the citizen's own voice, typed by someone else.
        whose = typist.group(1).lower()
        if whose not in ("min", "mit"):
            s["written_by"] = "relative"
            # "Peters", "Lars'", "Jens": the name with its genitive mark off, or whole ("Jens" is a name of its own)
            name = re.sub(r"'s?$|s$", "", typist.group(1))
            s["third"] = {"hans": "han", "hendes": "hun"}.get(whose) or _name_gender(name) or _name_gender(typist.group(1).rstrip("'"))
        rest = text[typist.end():].strip()
        if not re.search(r"[^\W\d_]{2,}", rest):
            if s["written_by"] == "relative":
                c.add(c.t("consent_ok_relative"))
                _ask(c, s["step"])  # the question about him or her, never the one already put to "du"
            else:
                c.add(c.t("reflect_good_to_know"))
                _clarify(c)
            return _finish(c)
        text, tag = rest[:1].upper() + rest[1:], None
    late = _late_writer(text) if s["step"] in ("meeting1", "meeting2") and s["written_by"] == "citizen" and c.lang == "da" else None
    if late is not None:
        # "Hej, det er hendes mor der skriver nu, jeg vil gerne med til mødet": a relative takes over at the meeting
        # questions; who writes is no point, and her "jeg vil gerne med" is who comes, never a wish of the citizen's
        kin = re.search(rf"\b(?:hans|hendes)\s+({_KIN_WORDS})\b", text[:len(text) - len(late)], re.IGNORECASE)
        if late and _writer_comes(late) and not _NEGATED.search(it.norm(late)):
            s["preferences"]["relatives_attend"] = True
            s["attend_who"] = f"{'dit' if kin and kin.group(1).lower() == 'barnebarn' else 'din'} {kin.group(1).lower()}" if kin else None
            c.add(c.t("reflect_relatives_writer"), "simple_reflection")
            if s["step"] == "meeting1":
                _advance(c)
            else:  # the plan question once more, in other words (never the same question twice)
                buttons, technique = _answer_buttons(c.lang, "meeting2")
                c.add(c.t("q_meeting2_again"), technique, buttons)
            return _finish(c)
        if not re.search(r"[^\W\d_]{2,}", late):
            c.add(c.t("correction_nothing"))
            _reask(c)
            return _finish(c)
        text, tag = late[:1].upper() + late[1:], None
    asked_step = s["step"]
    HANDLERS.get(s["step"], _content)(c, text, tag)
    if dash_said:
        kept = [i for i in s["items"] if i.get("turn") == s["turn"] and i.get("quote") and not i.get("correction")]
        if len(kept) == 1:
            kept[0]["quote"] = dash_said  # the one point of the message: its quote as written
    if s["written_by"] in ("relative", "together") and not s.get("third") and not (
            s["written_by"] == "together" and _ABOUT_SOMEONE_ELSE.search(text)):
        s["third"] = _third_person(text) or _named_third(text)  # not the "hun" of "Hun er min kontaktperson" said beside her
    elif (s["written_by"] in ("relative", "together") and s.get("third") in ("hun", "han") and asked_step in CONTENT_STEPS
          and asked_step != "parking" and not _ABOUT_SOMEONE_ELSE.search(text)
          and not s.get("named_other")):  # a worry may be about another "han"; "Hans hund Bella." then "Hun elsker …"
        said = _pronoun_told(text)
        if said and said != s["third"]:
            # the name was read as "han", and the answers about the person say "hun" (or the other way): the
            # questions from now on follow the answers
            s["third"] = said
    if s["written_by"] in ("relative", "together"):
        # someone else named in this answer ("Hans mormor", "Hendes kæreste Mads"): a "han"/"hun" first in the next
        # answer may be that person, and never corrects the person's own
        s["named_other"] = asked_step in CONTENT_STEPS and bool(_OTHER_PERSON.search(text) or _NAMED_OTHER.search(text))
    return _finish(c)



# what a possessive of the person becomes when said to them: "hans venner" -> "dine venner", "hendes værelse" -> "dit værelse"
_YOUR_PLURAL = frozenset(re.findall(r"\S+", "børn børnebørn oldebørn forældre søskende venner veninder dyr folk penge mennesker "
                                     "søstre brødre døtre sønner ting planter blomster aftaler kolleger kollegaer naboer fugle heste "
                                     "katte hunde kaniner høns bøger tegninger billeder timer opgaver regninger"))
_YOUR_SINGULAR_ER = frozenset(re.findall(r"\S+", "søster datter moster faster fætter lærer partner leder mester computer kæledyr"))
_YOUR_NEUTER = frozenset(re.findall(r"\S+", "hus sommerhus værelse job arbejde barn barnebarn oldebarn liv hjem værksted kørekort "
                                     "helbred tøj navn humør akvarium køleskab fjernsyn hjerte bosted dagcenter plejehjem værested "
                                     "kæledyr netværk køkken bad tog fag"))
_THEIR_VERB = re.compile(r"^(?:er|har|kan|vil|skal|må|bliver|elsker|drømmer|håber|ønsker|går|kommer|savner|synes|kunne|ville|"
                         r"laver|spiller|tegner|øver|bor|arbejder|hjælper|kender|husker|passer|mangler|tænker|føler|siger)$")


def _your_word(noun: str) -> str:
    low = noun.lower()
    if low in _YOUR_NEUTER:
        return "dit"
    if low in _YOUR_PLURAL or (low.endswith(("erne", "ene")) and low not in _YOUR_SINGULAR_ER):
        return "dine"  # a plural by name; "hamster", "søster", "computer" end in -er and are one
    return "din"


_YOUR_COUNT = re.compile(r"^(?:to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|tyve|mange|flere|alle|[2-9]|\d{2,})$", re.IGNORECASE)


def _your_for(words: tuple[str | None, ...]) -> str:
    """ "din"/"dit"/"dine" before the words after a possessive: the noun after a count or an -e adjective decides
    ("hans to hunde" -> "dine to hunde", "hans gamle venner" -> "dine gamle venner", "hans gamle hus" -> "dit gamle hus")."""
    first, second = (words + (None, None))[:2]
    if not first:
        return "din"
    if _YOUR_COUNT.match(first):
        return "dine"
    low = first.lower()
    if second and low.endswith("e") and low not in _YOUR_PLURAL and low not in _YOUR_SINGULAR_ER and low not in _YOUR_NEUTER \
            and not _THEIR_VERB.match(second.lower()):
        noun = second.lower()
        if noun in _YOUR_PLURAL or noun.endswith(("erne", "ene")) and noun not in _YOUR_SINGULAR_ER:
            return "dine"
        if noun in _YOUR_NEUTER:
            return "dit"
    return _your_word(first)


def _handover_name(said: str) -> str | None:
    """The person's name in the words of a handover ("Nu skriver Sofie selv", "hej det er peter"), else None."""
    for w in re.findall(r"[A-Za-zÆØÅæøå]+", said):
        if w[:1].isupper() and w.lower() not in ("nu", "hej", "hejsa", "hey", "hi", "hallo", "det", "now", "han", "hun", "she", "he",
                                                 "jeg", "vi", "i", "we", "ja", "yes", "ok", "okay"):
            return w
    m = re.search(r"\b(?:det er|her er|it'?s|this is)\s+([a-zæøå]+)", said, re.IGNORECASE)
    return m.group(1) if m else None


def _said_to_them(you: str, third: str, name: str | None) -> str | None:
    """A point told about the person ("Hun er god til at ride", "Hans kat giver ham glæde", "Sofie er sød ved dyr") in
    the words for the person now at the keyboard ("Du er …", "Din kat giver dig glæde"); None when the point also
    tells about someone else or in the writer's own person, so it keeps its words."""
    mine = r"\b(?:han|ham|hans|sin|sit|sine)\b" if third == "han" else r"\b(?:hun|hende|hendes|sin|sit|sine)\b"
    if not you or re.search(r"\b(?:hun|han|hende|ham|hans|hendes)\b", re.sub(mine, "", you, flags=re.IGNORECASE), re.IGNORECASE):
        return None
    if re.search(r"\b(?:vores|vi|os|jeg|mig|min|mit|mine|du|dig|din|dit|dine)\b", you, re.IGNORECASE):
        return None  # the writer's own "jeg"/"du" is in it: whose it is cannot be told apart after the handover
    out = you
    if name and len(name) >= 3:
        out = re.sub(rf"\b{re.escape(name)}\b(?=\s+(\w+))",
                     lambda m: m.group(0) if not _THEIR_VERB.match(m.group(1).lower()) else "Du" if m.start() == 0 else "du",
                     out, flags=re.IGNORECASE)
        out = re.sub(rf"\b{re.escape(name)}s(?=\s+(\w+)(?:\s+(\w+))?)", lambda m: _your_for(m.groups()), out, flags=re.IGNORECASE)
    poss = "hans" if third == "han" else "hendes"
    out = re.sub(rf"\b{poss}(?=\s+(\w+)(?:\s+(\w+))?)", lambda m: _your_for(m.groups()), out, flags=re.IGNORECASE)
    words = {"han": "du", "hun": "du", "ham": "dig", "hende": "dig", "sin": "din", "sit": "dit", "sine": "dine"}
    out = re.sub(mine, lambda m: words.get(m.group(0).lower(), m.group(0)), out, flags=re.IGNORECASE)
    out = re.sub(r"^(\W*)(\w)", lambda m: m.group(1) + m.group(2).upper(), out)
    out = re.sub(r"([.!?]\s+)(\w)", lambda m: m.group(1) + m.group(2).upper(), out)
    if out == you or re.search(mine, out, re.IGNORECASE) or (name and re.search(rf"\b{re.escape(name)}\b", out, re.IGNORECASE)):
        return None
    return out


# "…, skriver Sofie", "…, siger Mikkel": words passed on from the person beside the one typing, named at the end
_REPORTED = re.compile(r",?\s+(?:skriver|siger|fortæller|svarer|mener|synes)\s+([A-ZÆØÅ][a-zæøå]+)\s*[.!]?\s*$")
_FEMALE_NAME = re.compile(r"(?:[^o]a|ie|ine|ina|ette|elle|ella|isse|anne|ethe|rid|run|hild|borg|lotte|karen|inger|birgit|kirsten|"
                          r"ellen|ruth|alice|agnes|liv|maj|isabel|lis|bodil)$")
_MALE_NAME = re.compile(r"(?:ik|el|us|as|ar|er|on|ard|ian|im|ob|ud|ald|mund|ans|ens|ørn|bjørn|per|poul|carl|karl|noah|luca|"
                        r"ole|ove|arne|bjarne|uffe|palle|helge|kurt|john|jan|jens|niels|erik|ib|bo|leo|hugo|otto)$")


# common Danish first names the endings below do not tell
_SHE_NAMES = frozenset(re.findall(r"\S+", "inge lise else lene tove rikke birte dorthe dorte gitte jytte lone vibeke ulla pernille camilla helle "
                       "tine trine connie alice marianne bente hanne grete kate signe line louise nanna nicoline rose stine "
                       "tanja vivi winnie yvonne edith ruth gerda dagmar johanne karoline emilie karin katrin birthe birte "
                       "birgitte gitte jette mette merete ester esther ellen karen kirsten isabel mabel bodil inger birgit "
                       "sigrid astrid ingrid"))
_HE_NAMES = frozenset(re.findall(r"\S+", "anders morten søren lars mads bent martin torben steen sten preben jørgen jørn ejner kaj svend "
                      "flemming henning kenneth dennis michael mikael rasmus frank finn aage åge tage viggo villy mogens "
                      "christian kristian sebastian tobias oliver william malthe magnus emil aksel valdemar storm "
                      "benjamin jakob jacob johan kasper casper esben allan kenn brian claus klaus victor viktor alfred villads "
                      "theo august arthur felix adam elliot valde bertram johannes peter jesper alexander kristoffer "
                      "christopher walter valter"))


# first names that are also common words ("tage", "storm", "line"): never capitalised from all-caps text
_NAME_ALSO_WORD = frozenset({"tage", "storm", "rose", "line", "else", "august", "sten", "frank", "kaj", "ester", "helle", "tine",
                             "valde", "kate", "adam", "alice"})


def _calm_caps(text: str) -> str:
    """ "PENGE. KONEN ER TRÆT", "JEG ER GOD TIL FODBOLD I BRØNDBY!!!": the capitals are the tone, not the words; each
    sentence starts with a capital, and towns and known first names keep theirs ("Penge. Konen er træt", "i Brøndby")."""
    calm = re.sub(r"([!?])[!?]+", r"\1", text.lower())

    def name(m: re.Match) -> str:
        w = m.group(0)
        known = w in moves._TOWNS or ((w in _SHE_NAMES or w in _HE_NAMES) and w not in _NAME_ALSO_WORD)
        return w[:1].upper() + w[1:] if known else w

    calm = re.sub(r"[^\W\d_]+", name, calm)
    # "MIN NIECE ZAINAB", "MIN VEN VUK OG MIG": the word right after a kin noun is the person's name, whatever the name
    calm = _CALM_KIN_NAME.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + _calm_name(m.group(1)), calm)
    return re.sub(r"(^|[.!?]\s+|\n\s*)([^\W\d_])", lambda m: m.group(1) + m.group(2).upper(), calm)


def _capital_names(text: str) -> str:
    return _LOWER_NAME.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:], text)


def _capital_names_tag(tag: TaggedUtterance | None) -> TaggedUtterance | None:
    if tag is None:
        return None
    return dataclasses.replace(tag, text=_capital_names(tag.text),
                               clauses=[dataclasses.replace(cl, text=_capital_names(cl.text)) for cl in tag.clauses])


def _calm_name(word: str) -> str:
    """A word after "min niece", "min ven" in calmed capitals: a name unless a small word, an adverb or a verb form
    ("min mor bor", "min ven hjalp", "min søster sagde")."""
    if (not _looks_like_name(word) or word.endswith(("er", "de", "te", "es", "et")) and word not in _SHE_NAMES
            and word not in _HE_NAMES or word == "tage" or word in _NOT_CALM_NAME):
        return word
    if word not in _SHE_NAMES and word not in _HE_NAMES and (word in _CALM_PLAIN_WORD or word.endswith(_CALM_PLAIN_END)):
        return word  # "MIN MOR HAR …", "MIN KONE SYG": a known Danish word, not a name
    return word[:1].upper() + word[1:]


# everyday Danish words that follow a kin noun in all-caps text ("MIN MOR HAR ALTID TID", "MIN KONE SYG", "MIN SØN STÅR
# OPPE"): verbs, adjectives, adverbs and small words; never read as the person's name. Data: extend freely.
_CALM_PLAIN_WORD = frozenset(re.findall(r"\S+", """
    har havde haft gav giver give får fået bad beder bede sov sove står stod stå gå hjælp hjælpe ringe besøgte bo boede
    lave lavede arbejde tage sige ved vidste elsker elskede savnede passe køre kørte løb ligger sidder holder holdt hedder hed
    spise drak drikke sove så synes mener vil skal kan må bør gider lever levede blev bliver er være hørte taler græd slog
    hader hadede smiler griner ryger ryge fylder fyldte kender kendte forstår forstod glemmer glemte husker huskede venter
    ventede mødes mødte flytter flyttede rejser rejste bruger brugte betaler betalte gjorde sørger sørgede trøster skrev
    læste leger legede spiller spillede synger sang danser dansede løber kører ringer hjælper ser sagt gået kommet
    syg syge glad glade sur sure død ked træt sød god gode dårlig gammel gamle ung unge rask vred bange stolt rar flink
    dejlig stor ny alene gravid blind døv dement sløj skør tosset fuld klog dum doven sej stærk svag tyk tynd smuk pæn grim
    rig fattig ensom nervøs urolig rolig hjemløs arbejdsløs fraskilt gift skilt single bedre værre værst bedst hård
    altså derfor desuden også altid aldrig tit ofte sjældent snart nu her der oppe nede ude inde hjemme henne igen stadig
    meget lidt bare jo vel nok måske faktisk ikke heller endnu allerede lige sammen næsten kun især slet helt rigtig
    virkelig egentlig pludselig bagefter først sidst længe tidligere senere idag igår imorgen hver engang somme tider
    og men eller som når fordi at hvis da til fra med i på om af for han hun den det de jeg du vi sin sit sine ham hende
    hos mod uden efter før under over bag hvem hvad hvordan hvorfor hvornår ja nej okay ok tak også
    """))
# adjective and adverb endings: "uheldig" is listed, but "venlig", "glemsom", "hjælpeløs", "hysterisk" by their ending
_CALM_PLAIN_END = ("lig", "isk", "som", "løs", "bar", "skab", "hed")


_NOT_CALM_NAME = frozenset({"bor", "gør", "får", "går", "ser", "tør", "dør", "ler", "tror", "sagde", "døde", "hjalp", "kom", "gik", "fik", "så", "var", "blev", "tog", "lå", "sad",
                            "synes", "ville", "skulle", "kunne", "måtte", "plejede", "mig", "dig", "os", "jer", "dem", "sig",
                            "hele", "mere", "lige", "længe", "nogle", "nogen", "noget", "derhjemme", "alene", "hvor", "hvad",
                            "hvordan", "hvorfor", "efter", "før", "uden", "ved", "mod", "hos", "ind", "ud", "op", "ned", "hjem",
                            "næste", "sidste", "første", "anden", "andre", "lille", "store", "gamle", "nye", "søde", "bedste"})


# a known first name in a message written all in lower case (never a name that is also a word: "tage", "rose", "bo")
_LOWER_NAME = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(
    (n for n in _SHE_NAMES | _HE_NAMES if n.isalpha() and n.islower() and len(n) >= 3 and n not in _NAME_ALSO_WORD
     and n not in _CALM_PLAIN_WORD and n not in _NOT_CALM_NAME), key=len, reverse=True)) + r")(?![\w-])")


def _name_gender(name: str) -> str | None:
    """ "hun" or "han" for a first name that says it clearly (Sofie, Emma / Mikkel, Lucas), else None."""
    n = name.lower()
    if n in _SHE_NAMES:
        return "hun"
    if n in _HE_NAMES:
        return "han"
    if _MALE_NAME.search(n) and not re.search(r"(?:ie|ine|ina|ette|ella|elle)$", n):
        return "han"
    return "hun" if _FEMALE_NAME.search(n) else None


_KIN_WORDS = (r"(?:mor|far|bror|søster|storebror|lillebror|storesøster|lillesøster|kæreste|kone|mand|hustru|datter|søn|moster|"
              r"faster|onkel|tante|mormor|morfar|farmor|farfar|nevø|niece|fætter|kusine|svigerdatter|svigersøn|svigermor|"
              r"svigerfar|barnebarn|ven|veninde|nabo|værge|plejemor|plejefar)")
_NAME = r"([A-ZÆØÅ][a-zæøå]+)"
_CALM_KIN_NAME = re.compile(rf"\b(?:min|mit|mine|din|hans|hendes|vores)\s+(?:lille\s+|store\s+|bedste\s+)?{_KIN_WORDS}\s+([^\W\d_]{{2,}})")
# "Jeg er Jonas' mor", "Jeg er Peters søster", "mor til Emma", "skriver for Anders", "kontaktperson … for Sanne": the person
# the relative writes for, named
_NAMED_FOR = (re.compile(rf"\b(?:jeg er|vi er|er)\s+{_NAME}(?:'s|'|s)?\s+{_KIN_WORDS}\b"),
              re.compile(rf"\b{_KIN_WORDS}\s+(?:til|for|af)\s+{_NAME}\b"),
              re.compile(rf"\b(?:skriver|skriv|sidder)\s+(?:her\s+)?(?:for|med|sammen med|på vegne af|hos)\s+{_NAME}\b"),
              re.compile(rf"\b(?:kontaktperson|pædagog|bostøtte|hjælper|støtteperson|personale|medarbejder|vejleder|sosu)\w*"
                         rf"[^.!?]{{0,40}}?\bfor\s+{_NAME}\b"),
              # "Vi skriver sammen, mig og Tina", "Tina og jeg skriver": the one beside the writer, named
              re.compile(rf"\bsammen\b[^.!?]{{0,20}}?\b(?:mig|jeg)\s+og\s+{_NAME}\b"),
              re.compile(rf"\b{_NAME}\s+og\s+(?:jeg|mig)\s+(?:skriver|sidder|svarer)\b"))
_PARENT_WORD = re.compile(r"^\W*(?:(?:og|men)\s+)?(mor|mormor|farmor|far|morfar|farfar)\s+(?:er|har|kan|vil|elsker|bliver|går|drømmer|håber)\b",
                          re.IGNORECASE)


# first names that end in s themselves ("Jonas mor" is Jonas' mother, never a "Jona")
_S_NAMES = frozenset(re.findall(r"\S+", "jonas thomas andreas lucas lukas mathias matthias tobias elias nicklas niklas silas klaus claus hans "
                                "lars mads jens anders markus marcus rasmus magnus julius linus niels marius villads agnes doris iris"))


def _named_third(text: str) -> str | None:
    """ "Jeg er Peters søster": the person written about is Peter, so "han"; from a name that says it clearly, or from
    "Mor er god til …", "Far har altid …" (what the relative calls the person)."""
    for pat in _NAMED_FOR:
        m = pat.search(text)
        if not m:
            continue
        name = m.group(1) if m.group(1)[:1].isupper() else m.group(2)
        gender = _name_gender(name)
        if (pat is _NAMED_FOR[0] and name.endswith("s") and len(name) > 3 and name.lower() not in _S_NAMES
                and not text[m.end(1):].startswith("'")):  # "Johannes' mor": the apostrophe says the s is the name's own
            # "Mikkels bror", "Tinas søster": the name without the genitive s (never "Tinas" read as a boy's name in -as)
            gender = _name_gender(name[:-1]) or gender
        if gender:
            return gender
    parent = _PARENT_WORD.match(text)
    if parent:
        return "hun" if parent.group(1).lower() in ("mor", "mormor", "farmor") else "han"
    return None


# "Hun er god til at tegne", "og han elsker …": the person answered about, as the subject of the answer
_SUBJECT_PRONOUN = re.compile(r"^\W*(?:(?:ja|nej|og|men|så|altså)[,.!]?\s+)?(han|hun|he|she)\s+(?:er|har|kan|vil|elsker|bliver|går|drømmer|"
                              r"håber|laver|spiller|kommer|ser|synes|savner|bor|arbejder|tegner|maler|hygger|nyder|is|has|can|"
                              r"loves|likes|wants|would|goes|plays|dreams|hopes)\b", re.IGNORECASE)
# another person named in the answer: the pronoun may be theirs ("Min mor er syg. Hun …")
_OTHER_PERSON = re.compile(rf"\b(?:min|mit|mine|vores|hans|hendes|sin|my|our|his|her)\s+{_KIN_WORDS}\b", re.IGNORECASE)


def _pronoun_told(text: str) -> str | None:
    """ "hun" or "han" when the answer clearly tells about the person with that pronoun and never the other one."""
    m = _SUBJECT_PRONOUN.match(text)
    if not m or _OTHER_PERSON.search(text):
        return None
    said = "hun" if m.group(1).lower() in ("hun", "she") else "han"
    english = it.looks_english(text)
    other = (_HE if english else _HE_DA) if said == "hun" else (_SHE if english else _SHE_DA)
    return None if other.search(text) else said


# a plain first-person answer ("Jeg vil gerne …", "og jeg er god til …")
_OWN_I = re.compile(r"^\W*(?:(?:og|men|ja|så)\s+)?(?:jeg|æ)\s+\w", re.IGNORECASE)


def _as_told_by(text: str, name: str) -> str:
    """ "Jeg er god til at danse" passed on from Sofie: "Sofie er god til at danse"; her own "min"/"mig" stay hers."""
    lead = re.match(r"^\W*(?:(?:og|men|ja|så)\s+)(?=(?:jeg|æ)\b)", text, re.IGNORECASE)
    if lead:  # "og jeg vil også gerne …": the lead word goes, the rest is hers
        text = text[lead.end():]
    if not re.match(r"^\W*(?:jeg|æ)\b", text, re.IGNORECASE):
        return text
    if name in ("hun", "han"):
        name = name.capitalize()
    who = name.lower() if name.lower() in ("hun", "han") else _name_gender(name)
    obj = {"hun": "hende", "han": "ham"}.get(who or "", name)
    out = re.sub(r"^\W*(?:jeg|æ)\b", name, text, count=1, flags=re.IGNORECASE)
    out = re.sub(r"\b(?:jeg|æ)\b", who or name, out, flags=re.IGNORECASE)
    out = re.sub(r"\bmig selv\b", "sig selv", out, flags=re.IGNORECASE)
    out = re.sub(r"\bmig\b", obj, out, flags=re.IGNORECASE)
    return re.sub(r"\bmi(n|t|ne)\b", r"si\1", out, flags=re.IGNORECASE)


# "Jeg drømmer ikke.", "Jeg har ingen drømme, men …", "Jeg håber ikke på så meget": the question's word declined, a
# plain statement before what the citizen does want (only when nothing is named as not dreamt of)
_NO_DREAMS = re.compile(r"^\W*(?:(?:nej|næ|altså|tja|hmm)[\s,.!]+)?(?:(?:jeg|æ|a) (?:drømmer|håber|ønsker) (?:ikke|ik|aldrig|sjældent)"
                        r"(?: (?:så|særlig|rigtig|helt) (?:meget|tit))?(?: (?:om|på) (?:så meget|noget|meget))?|"
                        r"(?:jeg|æ|a) har (?:ingen|ikke nogen|ik nogen) (?:store )?(?:drømme|ønsker|håb)|"
                        r"drømme har (?:jeg|æ|a) (?:ikke|ik|ingen)(?: (?:så )?mange)?|det er ikke noget,? (?:jeg|æ) drømmer om)"
                        r"\s*(?:[.,!;:-]+\s*(?:(?:men|but)\s+)?|\s+(?:men|but)\s+)", re.IGNORECASE)
_TOLD_ABOUT_THEM = re.compile(r"(?:^|[.!?]\s+)(?:og |men )?(?:han|hun|he|she)\s+(?:er|har|kan|vil|elsker|bliver|går|drømmer|håber|"
                              r"siger|øver|laver|is|has|can|loves|likes|wants|would)\b", re.IGNORECASE)
# "Hun er min kontaktperson og hun hjælper mig", "Han er min pædagog": the han/hun is a helper beside the citizen, and the
# "mig/min" is the citizen writing; the answers are still the citizen's own (never "Hvad er han god til?")
_HELPER_ROLES = (r"(?:støtte)?kontaktperson\w*|pædagog\w*|bostøtte\w*|hjælper\w*|støtteperson\w*|hjemmehjælper\w*|hjemmevejleder\w*|"
                 r"mestringsvejleder\w*|vejleder\w*|mentor\w*|sagsbehandler\w*|personale\w*|medarbejder\w*|sosu\w*|ledsager\w*|"
                 r"contact person|support worker|key worker|carer|caregiver|helper|social worker")
_ABOUT_SOMEONE_ELSE = re.compile(
    rf"\b(?:er|var|is|was)\s+(?:min|mit|vores|my|our)\s+(?:\w+\s+)?(?:{_HELPER_ROLES})\b|"
    rf"\b(?:min|mit|vores|my|our)\s+(?:{_HELPER_ROLES})\b|"
    r"\b(?:hjælper|støtter|hjalp|hjælpe|følger|kører|helps|helped|supports)\s+(?:\w+\s+)?(?:mig|me|os|us)\b|"
    # the han/hun does something for the one writing: "hun kører mig", "han besøger mig hver uge"
    r"\b(?:han|hun|he|she)\s+(?:også\s+|tit\s+|altid\s+|also\s+|often\s+|always\s+)?\w+\s+(?:mig|me)\b", re.IGNORECASE)
_I_TELL = re.compile(r"(?:^|[.!?,]\s*)(?:og |men )?(?:jeg|æ|i)\s+(?:er|har|kan|vil|elsker|bliver|går|drømmer|håber|am|have|can|love|like|want|would)\b",
                     re.IGNORECASE)
_HE = re.compile(r"\b(?:han|ham|hans|he|him|his)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:hun|hende|hendes|she|her|hers)\b", re.IGNORECASE)
_HE_DA = re.compile(r"\b(?:han|ham|hans)\b", re.IGNORECASE)
_SHE_DA = re.compile(r"\b(?:hun|hende|hendes)\b", re.IGNORECASE)


_MY_HER = re.compile(r"(?:^|[.!?]\s+|\b(?:for|af|of|about|om)\s+)(?:min|my) (?:mor|mother|mum|mom|datter|daughter|søster|sister|kone|wife|hustru|mormor|farmor|bedstemor|"
                     r"grandmother|grandma|kæreste|girlfriend)\b", re.IGNORECASE)
_MY_HIM = re.compile(r"(?:^|[.!?]\s+|\b(?:for|af|of|about|om)\s+)(?:min|my) (?:far|father|dad|søn|son|bror|brother|mand|husband|morfar|farfar|bedstefar|grandfather|"
                     r"grandpa|boyfriend)\b", re.IGNORECASE)


def _third_person(text: str) -> str | None:
    """ "Han elsker sin hund": the relative speaks of a him. Only when the message is clear about it."""
    her, him = bool(_MY_HER.search(text)), bool(_MY_HIM.search(text))
    if her != him:  # "Jeg er hans søn. Min mor er 84 …": the person written about is the one called "min mor"
        return "hun" if her else "han"
    her_rel = re.search(r"\b(?:i'?m|i am|jeg er|vi er)\s+(?:her|hendes)\b", text, re.IGNORECASE)
    his_rel = re.search(r"\b(?:i'?m|i am|jeg er|vi er)\s+(?:his|hans)\b", text, re.IGNORECASE)
    if not her and not him and bool(her_rel) != bool(his_rel):  # "Yes, I'm her mother": the person written about is "her"
        return "hun" if her_rel else "han"
    english = it.looks_english(text)  # Danish "her" is "here", never "she"
    he = len(_HE.findall(text)) if english else len(_HE_DA.findall(text))
    she = len(_SHE.findall(text)) if english else len(_SHE_DA.findall(text))
    return "han" if he and not she else "hun" if she and not he else None


_EITHER = {"da": (("hun eller han", "hende eller ham", "hendes eller hans"), {"han": ("han", "ham", "hans"), "hun": ("hun", "hende", "hendes")}),
           "en": (("she or he", "her or him", "her or his"), {"han": ("he", "him", "his"), "hun": ("she", "her", "her")})}


def _name_the_person(text: str, third: str, lang: str) -> str:
    """ "Hvad håber eller drømmer hun eller han om?" once the relative has said "han": "… drømmer han om?"."""
    either, table = _EITHER[lang]
    for pair, word in zip(either, table[third]):
        text = re.sub(pair, word, text)
        text = re.sub(pair.capitalize(), word.capitalize(), text)
    return text


# The steps that ask the citizen a question, and each one's text key
_ASKED_STEPS = ("resources1", "resources2", "hopes1", "hopes2", "work", "goal1", "goal2", "parking", "meeting1", "meeting2")
_QUESTION_KEYS = {step: f"q_{step}" for step in _ASKED_STEPS}


def _clarify(c: _Ctx) -> None:
    """The question in other words, with examples, and the same buttons (not the same question again)."""
    step = c.s["step"]
    if c.s.get("clarified") == step:
        # asked in other words once already: the question as it was, said as what was asked (never the same line twice)
        _ask(c, step, lead=c.t("lost_thread_asked"))
        return
    c.s["clarified"] = step
    c.add(c.t(f"clarify_{step}"), "giving_information", _answer_buttons(c.lang, step)[0])


def _question_to_bot(c: _Ctx, text: str, kind: str) -> None:
    """ "Hvad synes du, jeg skal arbejde med?": answered briefly (the citizen decides, the bot gives no advice),
    never echoed as the citizen's own statement; a request for help is kept on the sheet as a wish for help."""
    s = c.s
    waiting = s["awaiting"] == "more"  # a listening reflection stood in for this step's question
    s["awaiting"] = None
    rel = "_rel" if s["written_by"] == "relative" and kind in ("advice", "help", "meeting_when") else ""
    if kind == "help":
        wish = it.help_wish(text)
        if wish:
            _record(c, wish, None, default="employment" if s["step"] == "work" else "hope")
    if kind != "confused":
        c.add(c.t(f"answer_{kind}{rel}"), "emphasize_autonomy" if kind == "advice" else "giving_information")
    if waiting and s["step"] not in s["asked"]:
        _ask(c, s["step"])
    else:
        _clarify(c)  # the question again, in other words


def _promise_asked(c: _Ctx, text: str, kind: str) -> None:
    """The bot cannot promise or decide what the municipality will do; it says so, keeps a wish that was asked for,
    and puts the question again in other words."""
    s = c.s
    waiting = s["awaiting"] == "more"
    s["awaiting"] = None
    wish = it.requested_wish(text)
    if wish:
        _record(c, wish, None, default="employment" if s["step"] == "work" else "hope")
    c.add(c.t(("answer_promise_kept_rel" if s["written_by"] == "relative" else "answer_promise_kept") if wish or _has_hope(s)
              else "answer_promise"), "giving_information")
    if waiting and s["step"] not in s["asked"]:
        _ask(c, s["step"])
    else:
        _clarify(c)


# ---- steps -------------------------------------------------------------------------------------

# A short question back at the bot or about the question, before the answer in the same message
_COUNTER_Q = re.compile(r"^\s*(?:hvad|hvorfor|hvem|hvilke|hvilken|hvilket|hvordan|hvornår|skal|er|må|kan|har|what|why|who|which|how|"
                        r"do|does|is|are|can|must)\b[^?]{0,60}\b(?:man|andre|normalt|forskellen|mål|målene|mener|menes|betyder|spørgsmålet|"
                        r"people|others|usually|difference|mean|means|goals?|question)\b[^?]{0,30}\?+\s+(?=\w)", re.IGNORECASE)


# "Jeg har ikke en bil", "jeg kører ikke bil", "I don't drive": only a short "no car" reads the picture literally; a worry
# about driving ("Jeg må ikke køre bil efter blodproppen, og det fylder meget") is a worry for the parking place
_NO_CAR = re.compile(r"^(?:(?:men|og|nej|altså|but|no)\s+)?(?:jeg|vi|han|hun|i|we|he|she)\s+(?:"
                     r"(?:har|ejer)\s+(?:ikke|ik|ingen)\s+(?:(?:en|nogen|noget)\s+)?(?:bil|biler|kørekort)|har\s+ingen\s+(?:bil|kørekort)|"
                     r"kører\s+(?:ikke|ik)(?:\s+bil)?|"
                     r"(?:don't|do not|doesn't|does not)\s+(?:have|own)\s+a\s+car|(?:don't|do not|doesn't|does not|can't|cannot)\s+drive)"
                     r"(?:\s+(?:længere|mere|heller ikke|anymore|any more))?\s*$")
_TOPIC_ECHO = re.compile(r"^\s*(?:arbejde|job|uddannelse|mål|målene|drømme|håb|ønsker|glæde|work|goals?|dreams?)\s*\?+\s+(?=\w)",
                         re.IGNORECASE)
# "Glæde, det har jeg ikke meget af", "Glaede er der ikke meget af nu om dage", "Der er ikke meget glæde i mit liv":
# little joy, said as the answer to the joy question (up to the end of the sentence or a "men")
_LITTLE_JOY = re.compile(
    r"^\W*(?:gl(?:æ|ae)de\s*[,:.!-]*\s*(?:(?:det|den|dét)\s+)?(?:har jeg|er der|får jeg|faar jeg|oplever jeg|føler jeg|mærker jeg)\s+"
    r"(?:ikke|ik)\s+(?:så\s+|særlig\s+|rigtig\s+|ret\s+)?(?:meget|megen|mange|noget|nogen)\b(?:\s+af)?|"
    # "Glæde? Ikke meget.", "ikke så meget": the whole answer a lack (never "ikke meget andet end min hund")
    r"(?:gl(?:æ|ae)de\s*[?:,.!-]*\s*)?(?:nej,?\s+)?(?:ikke|ik)\s+(?:så\s+|særlig\s+|rigtig\s+|ret\s+)?(?:meget|megen)\b"
    r"(?!\s+(?:andet|udover|ud over|bortset|end|mere|med)\b)(?=\s*(?:[.!?]|,?\s+men\b|$))|"
    r"(?:der er|jeg har|jeg føler|jeg mærker)\s+(?:(?:ikke|ik)\s+(?:så\s+|særlig\s+|rigtig\s+|ret\s+)?(?:meget|megen|nogen)|ingen)\s+"
    r"gl(?:æ|ae)de\b|"
    # "det er ikke så meget der giver glæde for tiden", "der er ikke meget, der glæder mig"
    r"(?:der|det)\s+er\s+(?:ikke|ik)\s+(?:så\s+|særlig\s+|rigtig\s+|ret\s+)?(?:meget|mange ting),?\s+(?:som\s+|der\s+)?"
    r"(?:giver\s+(?:mig\s+)?gl(?:æ|ae)de|gl(?:æ|ae)der\s+mig|gør\s+mig\s+glad)\b)[^.!?]*?(?=[.!?]|,?\s+men\b|\s*$)[.!?]*", re.IGNORECASE)
# "Glæde: at gå tur", "Drøm - et job", "Bekymring: penge", "God til:\n- male": a heading the citizen put before the
# answer (at the start of a line), never part of it ("Du drømmer om drøm - et job")
_ANSWER_LABEL_WORD = (
    r"(?:min |mit |mine )?(?:styrke[rn]?|styrkerne|ressourcer?|god til|gode ting|glæde[rn]?|glad for|giver glæde|"
    r"drøm(?:me|men)?|håb(?:et)?|ønsker?|ønske[rt]|forskel(?:len)?|anderledes|arbejde|job|uddannelse|dagtimer(?:ne)?|beskæftigelse|"
    r"mål(?:et|ene)?|status|bekymring(?:er|en)?|parkering(?:spladsen)?|det fylder|fylder|pårørende|møde(?:t)?|plan(?:en)?|svar|"
    r"strengths?|hopes?|dreams?|worr(?:y|ies)|goals?|work|answer)")
_ANSWER_LABEL_SEP = r"[ \t]*(?::|[ \t][-–—]|[-–—](?=[ \t]))[ \t]*"
_POINTS_BACK_WORD = r"(?:det|dét|den|dem|de|dette|denne|disse|that|it|this|they)\b"
_ANSWER_LABEL = re.compile(r"^[ \t]*(?:[-*•]\s*)?" + _ANSWER_LABEL_WORD + _ANSWER_LABEL_SEP + r"(?=\S)(?!" + _POINTS_BACK_WORD + ")",
                           re.IGNORECASE | re.MULTILINE)
# "Arbejde - det fylder meget", "Job: det drømmer jeg om": the rest points back to the label, which is the topic; kept,
# as a sentence of its own ("Arbejde. Det fylder meget."), never lost ("Det fylder meget.")
_LABEL_POINTED_BACK = re.compile(r"^([ \t]*)(?:[-*•]\s*)?(" + _ANSWER_LABEL_WORD + r")" + _ANSWER_LABEL_SEP + r"(?=" + _POINTS_BACK_WORD
                                 + ")", re.IGNORECASE | re.MULTILINE)
# The address is said to the bot ("Nej, min kære, jeg er 79", "ja skat, det må du gerne"); "ja min ven og min hund",
# "ja, skat og gælden", "nej min pige er syg" name a person or a thing, and are the answer
_VOCATIVE = re.compile(r"^(\s*(?:ja|jo|nej|næh|nej tak|ja tak|tja|yes|no)\b)[\s,]+(?:"
                       r"(?:(?:min |lille )?(?:kære(?: du| ven)?|søde)|my dear|dear)\b(?=\s*(?:,|[.!]?\s*$)|\s+(?:jeg|æ|det|du|vi|man|i'?m|it)\b)|"
                       r"(?:(?:min |lille )?(?:ven|skat|pige)|love)\b(?=\s*,\s*(?:jeg|æ|det|du|vi|man|så|tak|men|i'?m|it|that)\b))"
                       r"[\s,]*(?=\w|$)", re.IGNORECASE)


def _after_language_ask(text: str) -> str:
    """ "Sorry my danish is not so good, can I write in English? I hope to get a driving license.": the sentences after
    the (long) ask for English, which are the answer; the message itself when no sentence is only the ask."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p.strip()]
    asks = [p for p in parts if it.wants_english(p)]
    kept = [p for p in parts if p not in asks]
    if not asks or not kept or len(re.findall(r"[^\W\d_]{2,}", " ".join(kept))) < 2:
        return text
    return " ".join(kept).strip(" ,")


def _start(c: _Ctx) -> None:
    s = c.s
    if s["step"] == "consent" and not s["welcomed"]:
        s["welcomed"] = True
        c.add(c.t("welcome"))
        _ask(c, "consent")
    elif s["step"] == "done" and _resume_after_stop(c, "hej igen"):
        pass  # a new session after a stop and save: back to the question that was open
    elif s["step"] in ("done", "stopped", "declined"):
        c.add(c.t("after_done_thanks") if s["step"] == "done" else c.t("consent_no"))
    else:
        _resume(c)


_FORGOT = re.compile(
    r"^(?:(?:ja|jo|nej|yes|no)[,.!]?\s+)?(?:men\s+|og\s+|but\s+)?(?:du\s+(?:har\s+)?(?:glemte?|glemt|mangler|har ikke fået med|fik ikke med|skrev ikke)|"
    r"(?:jeg|æ)\s+(?:har\s+)?(?:glemte?|glemt)\s+at\s+(?:sige|fortælle|skrive|nævne)(?:\s+(?:dig|det))?|"
    r"(?:jeg|æ)\s+(?:kom|er\s+kommet)\s+i\s+tanke\s+om|"
    r"you\s+(?:forgot|missed|left out)|i\s+forgot\s+to\s+(?:say|mention|tell you))\s*,?\s*(?:at|that)?\s+", re.IGNORECASE)


def _strip_forgot(text: str) -> str:
    """ "Du glemte, at jeg også er god til at svømme": what was forgotten, in its own word order."""
    m = _FORGOT.match(text.strip())
    if m and len(text.strip()) > m.end():
        return moves.reflect.main_clause(text.strip()[m.end():])
    return text
MAX_PENDING = 6  # answers written before consent, kept in the state until the citizen says yes or no
_REFUSAL = re.compile(r"\b(?:ikke|nej|not|no|don'?t)\b")


_CONSENT_LEAD = re.compile(r"^\s*(?:ja+|jo+w?|jov|jeps?|jah|jaja|jojo|yes|ok|okay|fint|gerne)\b[\s,.!]*"
                           r"(?:(?:det er|det må du|du må)(?: godt| gerne)?(?: i orden| fint| ok)?[\s,.!]*)?",
                           re.IGNORECASE)


# "Ja tak, det vil jeg meget gerne. Jeg skriver selv, omend det går lidt langsomt med tasterne.": the yes and how the
# writing goes, not a point for the meeting
_ABOUT_WRITING = re.compile(r"^(?:tak\s*)?(?:det vil jeg (?:\w+ )?gerne|det må du (?:\w+ )?gerne|det er (?:helt )?(?:i orden|fint|ok|okay))\b|"
                            r"^(?:og )?(?:jeg|æ|i'?m|i am|i) (?:skriver|writing|write|am writing|taster)\b(?: selv| myself| on my own| alene)?(?:$| (?:omend|men|selvom|but|although|even though|og det)\b)")


# the writer's name and age, said with the yes: "I'm Margaret, I'm 79", "Jeg hedder Inger og er 81 år", "that is fine"
_INTRO = re.compile(r"^(?:(?:dear|skat|min ven|that is fine|that's fine|det er fint|fint|ok|okay)\s*)*$|"
                    r"^(?:det er|it'?s|this is) [a-zæøå]+(?:\s+\d{1,3}(?:\s*(?:år|years old|years))?)?$|"
                    r"^(?:(?:hi|hello|hej|goddag)\s+)?(?:i'?m|i am|my name is|jeg hedder|mit navn er|jeg er)\s+[a-zæøå]+"
                    r"(?:\s+(?:og|and)?\s*(?:i'?m|i am|jeg er|er)?\s*\d{1,3}(?:\s*(?:år|years old|years))?)?$|"
                    r"^(?:i'?m|i am|jeg er|er)?\s*\d{1,3}\s*(?:år|years old|years)?(?: gammel)?$")


# "Goddag. Ja, det er i orden med mig.", "Hej hej, ja det må du": a greeting before the answer is no part of it
_GREETING_LEAD = re.compile(r"^\s*(?:(?:hej|hejsa|halløj|hallo|dav|davs|goddag|god dag|godmorgen|god morgen|godaften|"
                            r"god eftermiddag|hi|hello|hey)\b[\s,.!]*)+(?=\w)", re.IGNORECASE)


def _without_greeting(text: str) -> str:
    return _GREETING_LEAD.sub("", text, count=1)


# Said with the yes about the pace of the writing or the day, not a point for the meeting: "Jeg har fået en blodprop
# i hjernen, så jeg bruger lidt længere tid", "jeg har hovedpine i dag men vi prøver", "Min søn har sat det op for mig,
# så jeg skriver lidt langsomt"
# "Jeg kan bedst lide korte spørgsmål", "skriv helst kort til mig", "gerne enkle ord": how the chat should talk
_LIKES_SHORT = re.compile(r"\b(?:kan (?:bedst|godt|bedre) lide|foretrækker|vil (?:helst|gerne) have|har brug for|gerne)\s+"
                          r"(?:korte|få|enkle|simple|lette|nemme|klare)\s+(?:spørgsmål|sætninger|ord|beskeder|svar)\b|"
                          r"\b(?:skriv|spørg|snak|tal)\s+(?:helst |gerne |venligst )?(?:kort|enkelt|simpelt|langsomt)(?: til mig)?\b")
_PACE = re.compile(r"\b(?:skriver|taster|læser|staver) (?:lidt |meget |ret |noget )?(?:langsomt|langsom|dårligt|tit forkert)\b|"
                   r"\bbruger (?:lidt |noget |en smule )?(?:længere|lang|mere) tid\b|"
                   # "det går lidt langsomt (med at skrive)", never "det går langsomt med at gå efter min operation"
                   r"\b(?:det )?går (?:lidt |noget )?langsomt(?: (?:med|når) (?:at )?(?:skrive|taste|læse|stave|svare)\b| i dag\b| for mig\b)?(?! \w)|"
                   r"\btager (?:lidt |noget )?(?:længere )?tid for mig\b|\b(?:men )?vi prøver(?: det| i dag| nu)?$|\bvi (?:må|skal) se\b|"
                   r"\b(?:har|havde) sat (?:det|computeren|tabletten|telefonen) op\b|\bhar vist mig,? hvordan\b|"
                   r"\bhar hjulpet mig (?:i gang|med at starte)\b|"
                   # "min nabo hjælper mig med computeren": who helps with the typing, no answer yet
                   r"\bhjælper mig (?:med )?(?:computeren|tabletten|telefonen|ipad'?en|mobilen|at skrive|at taste)\b|"
                   r"\bhelps? me (?:with )?(?:the computer|the tablet|the phone|typing|to type)\b|\b(?:har|med) (?:hovedpine|ondt i hovedet) (?:i dag|lige nu)\b|"
                   r"\bi write slowly\b|\btakes? me (?:a bit )?longer\b")


# "Jeg er hans kæreste og skriver for Anders", "Jeg er pædagog og skriver for Ole": someone typing for the person
_WRITES_FOR = re.compile(r"\b(?:jeg|vi) (?:skriver|taster|svarer) (?:her )?(?:for|på vegne af) (?:ham|hende|(?-i:[A-ZÆØÅ][a-zæøå]+))\b|"
                         # "Ja, jeg er mor til Emil", "jeg er Peters storebror": the kin of someone named
                         rf"^\W*(?:ja(?:[,.!]?\s+tak)?[,.!]?\s+)?jeg er {_KIN_WORDS} (?:til|for) (?-i:[A-ZÆØÅ][a-zæøå]+)\b|"
                         rf"^\W*(?:ja(?:[,.!]?\s+tak)?[,.!]?\s+)?jeg er (?-i:[A-ZÆØÅ][a-zæøå]+)(?:'s|')? {_KIN_WORDS}\b|"
                         r"^\W*(?:ja[,.!]?\s+)?jeg er (?:hans|hendes) (?:kæreste|partner|samlever|ægtefælle|hustru|svigerdatter|"
                         r"svigersøn|svigermor|svigerfar|plejemor|plejefar|værge|nabo|veninde|ven)\b|"
                         # "Det er hans kone der skriver", "her er det hendes søn som taster": who types, said of oneself
                         rf"\b(?:det er|her er det|nu er det) (?:hans|hendes|(?-i:[A-ZÆØÅ][a-zæøå]+)(?:s|'s?)) {_KIN_WORDS}"
                         r",? (?:der|som) (?:skriver|taster|svarer)\b", re.IGNORECASE)
# "det har jeg sagt til min mor", "det har jeg fortalt til pædagogerne": told to someone in the citizen's life, not to this chat
# (never "Ja, det har du fortalt"); "det har jeg sagt til dig" is the chat
_TOLD_SOMEONE_ELSE = re.compile(r"\b(?:sagt|skrevet|fortalt|nævnt|sagde|skrev|fortalte|nævnte|said|told|wrote)(?: det)? (?:til|for|to) "
                                # never the chat itself, an earlier question or a time ("til et tidligere spørgsmål", "for lidt siden")
                                r"(?!(?:dig|jer|dem her|chat\w*|bot\w*|you|et|en|det|den|denne|dette|lidt|længe|noget|nogle|før|"
                                r"tidligere|forrige|første|sidste|\w*spørgsmål\w*|starte|start|begyndelsen|at|the|an?|earlier|before|"
                                r"\w*question\w*)\b)[^\W\d_]{2,}")
# "ja det er det jeg sagde", "det var det, jeg skrev før": pointing back at an answer already given, no new point
_SAID_IT_BEFORE = re.compile(r"^(?:(?:ja|jo|jamen|nej|men)\s+)*(?:det er |det var |dét er )(?:det|dét|lige det|præcis det) (?:som |der )?(?:jeg|æ|a) "
                             r"(?:sagde|skrev|nævnte|mente|har sagt|har skrevet|har nævnt)(?: (?:før|lige|jo|allerede|tidligere|ovenfor))*$")
_TOLD_ELSEWHERE = re.compile(r"^(?:(?:ja|jo|jamen|men|og|nej)\s+)?(?:det|dét|det der|det her) (?:har|havde) (?:jeg|æ|a) "
                             r"(?:(?:jo|også|allerede|da|lige|tit|ofte|godt) )*(?:sagt|skrevet|fortalt|nævnt)\b")
# "Det er hans kone, der skriver.", "hej, nu er det Peters datter som taster for ham": who types, a sentence of its own at the
# start of an answer (group 1: whose kin)
_TYPIST_LEAD = re.compile(r"^\W*(?:(?:hej|hejsa|hallo|goddag|dav)[,.!]?\s+)?(?:(?:det er|her er det|nu er det|her er|det her er)\s+)?"
                          rf"(hans|hendes|min|mit|(?-i:[A-ZÆØÅ][a-zæøå]+(?:s|'s?)))\s+{_KIN_WORDS},?\s+(?:(?:der|som)\s+)?"
                          r"(?:skriver|taster|svarer)(?:\s+(?:nu|her|for (?:ham|hende|mig|os)))*\s*(?:[.!,;:]+\s*|$)", re.IGNORECASE)

# "for" that is no person written for: "for mig selv", "for at forberede mig", "for første gang"
_WRITES_FOR_ONESELF = re.compile(r"\b(?:jeg|æ) (?:skriver|taster|svarer) (?:her )?(?:selv )?for "
                                 r"(mig selv|mig|at|første|anden|tredje|sidste|en gangs skyld|sjov)\b", re.IGNORECASE)


def _narrow_tag(tag: TaggedUtterance | None, rest: str) -> TaggedUtterance | None:
    """The tag of a message cut down to `rest`: the clauses that are left, or the whole tag for a one-clause message."""
    if tag is None or len(tag.clauses) < 2:
        return tag
    kept = [cl for cl in tag.clauses if cl.text.strip(" ,.?!") and cl.text.strip(" ,.?!") in rest]
    return dataclasses.replace(tag, clauses=kept) if kept else None


def _consent_answer(text: str) -> tuple[bool, str | None]:
    """(consent given, who writes). "Jeg er hans far og skriver for ham" answers the way the buttons do
    ("Ja, jeg er pårørende"); a refusal in the same message does not."""
    text = _without_greeting(text)
    who = it.detect_written_by(text) or ("relative" if _WRITES_FOR.search(text) else None)
    own = _WRITES_FOR_ONESELF.search(text)
    if who == "relative" and own:
        # "Jeg skriver for mig selv", "jeg svarer for første gang": the citizen, unless something else says relative
        rest = text[:own.start()] + text[own.end():]
        who = (it.detect_written_by(rest) or ("relative" if _WRITES_FOR.search(rest) else None)
               or ("citizen" if own.group(1).lower().startswith("mig") else None))
    by_role = who is not None and not _REFUSAL.search(it.norm(text))
    return it.is_yes(text) or text.lower().startswith(("yes", "ja")) or by_role, who


# "lidt" to "Har du ønsker om arbejde …?": a small yes, never "Du vil gerne lave noget med lidt"
_A_LITTLE = re.compile(r"^(?:(?:ja )?(?:lidt|en smule|lidt måske|måske lidt|lidt vel|a little|a bit|maybe a little))$")


def _grant_consent(c: _Ctx, who: str | None, *, announce: bool = True) -> None:
    s = c.s
    s["consent"] = True
    if who:
        s["written_by"] = who
    if announce:
        c.add(c.t(f"consent_ok_{s['written_by']}"))
    pending = s.pop("pending", None)
    if pending:  # what was written before the yes goes on the sheet too, nothing is lost
        for p in pending:
            _record(c, p["text"], tagged_from_dict(p["text"], p["tag"]) if p.get("tag") else None, default=None)
        c.add(c.t("consent_kept"))
        c.s["kept_said"] = True


_FILLING_IN = re.compile(r"\b(?:jeg|vi|æ) (?:udfylder|skriver|svarer|taster|gør) (?:det )?(?:for|på vegne af) (?:ham|hende|dem|\w+)\b|"
                         r"\b(?:jeg|vi|æ) (?:udfylder|besvarer) (?:det|skemaet|arket|spørgsmålene)\b")
# "men jeg har ikke så meget energi i dag", "jeg er lidt træt i dag": said with the yes, about today
_LOW_TODAY = re.compile(r"^(?:men |og )?(?:jeg|æ) (?:har (?:ikke|ik) (?:så )?(?:meget|megen|noget) (?:energi|overskud|kræfter)|"
                        r"er (?:lidt |meget |rigtig |ret )?(?:træt|udmattet|ør|sløj))(?: (?:i dag|lige nu|nu|idag))?$")


_NERVOUS = re.compile(r"^(?:men |og )?(?:jeg|æ) er (?:lidt |meget |rigtig |ret |også |en smule )?(?:(?:spændt og (?:lidt |også )?)?(?:nervøs|usikker|utryg|bange)|spændt og (?:lidt )?(?:nervøs|usikker|utryg|bange))"
                      r"(?: (?:for|over|ved) (?:det her|det|det der|at skrive|at svare|at chatte))?(?: (?:i dag|lige nu|nu))?$|"
                      r"^(?:but |and )?i'?m (?:a bit |a little |quite |very )?(?:nervous|unsure|anxious)(?: about (?:this|it))?$")


# "Ja, jeg er spændt": looking forward (or both), never read as nervous
_LOOKING_FORWARD = re.compile(r"^(?:men |og )?(?:jeg|æ) er (?:lidt |meget |rigtig |ret |også |helt |en smule )?spændt"
                              r"(?: på (?:det her|det|det der|at \w+))?(?: (?:i dag|lige nu|nu))?$|"
                              r"^(?:but |and )?i'?m (?:a bit |a little |quite |very |so |really )?(?:excited|looking forward to (?:it|this))$")


# who the person is, told by a relative with the yes: "han er 24 og bor i egen lejlighed", "hun er 82", "han bor på et bosted"
_BACKGROUND = re.compile(r"^(?:og |men )?(?:han|hun|[a-zæøå]+) (?=er \d|bor )(?:er \d{1,3}(?: år)?(?: gammel)?)?"
                         r"(?:,? ?(?:og )?bor (?:i|på|hos|sammen|alene|for|med)\b[^,.;!?]*)?$")


def _consent(c: _Ctx, text: str, tag: TaggedUtterance | None) -> None:
    s = c.s
    text = _without_greeting(text)
    if (it.is_no(text) and not it.is_yes(text)) or it.CONSENT_REFUSAL.match(it.norm(text)):
        s["consent"] = False
        s["step"] = "declined"
        s.pop("pending", None)
        c.add(c.t("consent_no"))
        c.events.append("discard")
        return
    given, who = _consent_answer(text)
    if given:
        _grant_consent(c, who)
        kept_said = s.pop("kept_said", False)
        if s["written_by"] == "together" and (it.WRITER_RELATIVE.search(it.norm(text)) or (
                (_HE_DA.search(text) or _SHE_DA.search(text)) and not _ABOUT_SOMEONE_ELSE.search(text))):
            # "Jeg er Sofies far, og vi sidder sammen", "vi skriver sammen, hendes kontaktperson og hende": the one typing
            # tells about her; the questions ask
            # about her ("Hvad er hun god til?"), never "du" to the one typing. The sheet still says "together".
            s["written_by"], s["together"] = "relative", True
        rest = _CONSENT_LEAD.sub("", text, count=1).strip()
        nervous = s["written_by"] == "citizen" and any(_NERVOUS.match(it.norm(p)) for p in re.split(r"[,.;!?]+\s*", rest))
        forward = (s["written_by"] == "citizen" and not nervous
                   and any(_LOOKING_FORWARD.match(it.norm(p)) for p in re.split(r"[,.;!?]+\s*", rest)))
        # "Yes dear, that is fine. I'm Margaret, I'm 79.": who is writing, not a point for the meeting
        rest = " ".join(p for p in re.split(r"(?<=[.!?])\s+", rest) if not _INTRO.match(it.norm(p)) and not _ABOUT_WRITING.match(it.norm(p)))
        if it.detect_written_by(rest):
            # "Ja jeg er hans søster. Jonas er god til at synge …": who is writing is not kept, what follows is
            rest = " ".join(p for p in re.split(r"(?<=[.!?])\s+", rest) if not it.detect_written_by(p))
        # "Hun er på arbejde, så jeg udfylder det for hende.": how the form is being filled in, not a point for the meeting
        # "Det er hans kone der skriver, Poul sidder ved siden af": who types, the same
        rest = " ".join(p for p in re.split(r"(?<=[.!?])\s+", rest) if not _FILLING_IN.search(it.norm(p)) and not _WRITES_FOR.search(p))
        low_energy = _LOW_TODAY.match(it.norm(rest)) if rest and s["written_by"] == "citizen" else None
        pace = [p for p in re.split(r"(?<=[.!?])\s+", rest) if _PACE.search(it.norm(p))] if rest else []
        if pace and not low_energy:
            # the pace of the writing, or how today is, is heard; what else was said is kept
            c.add(c.t("consent_pace"), "complex_reflection")
            rest = " ".join(p for p in re.split(r"(?<=[.!?])\s+", rest) if p not in pace)
        short = [p for p in re.split(r"(?<=[.!?])\s+", rest) if _LIKES_SHORT.search(it.norm(p))] if rest and c.lang == "da" else []
        if short:
            # "Jeg kan bedst lide korte spørgsmål": how the chat should be, heard; never a strength on the sheet
            c.add(c.t("consent_short"), "complex_reflection")
            rest = " ".join(p for p in re.split(r"(?<=[.!?])\s+", rest) if p not in short)
        if low_energy:
            # "Men jeg har ikke så meget energi i dag.": heard, and the pace is the citizen's; no point on the sheet
            c.add(c.t("consent_low_energy"), "complex_reflection")
            rest = ""
        elif nervous:
            # "men jeg er lidt nervøs for det her": the feeling about the chat is heard; no point on the sheet
            c.add(c.t("consent_nervous"), "complex_reflection")
            rest = ", ".join(p for p in re.split(r"[,.;!?]+\s*", rest) if p.strip() and not _NERVOUS.match(it.norm(p)))
        elif forward:
            # "Ja, jeg er spændt": heard as looking forward; no point on the sheet
            c.add(c.t("consent_looking_forward"), "complex_reflection")
            rest = ", ".join(p for p in re.split(r"[,.;!?]+\s*", rest) if p.strip() and not _LOOKING_FORWARD.match(it.norm(p)))
        if rest and s["written_by"] in ("relative", "together"):
            # "Jeg er far til Mikkel, han er 24 og bor i egen lejlighed": who the person is, told with the yes; no wish
            # or strength for the sheet
            kept_parts = [p for p in re.split(r"(?<=[,.;!?])\s+", rest) if not _BACKGROUND.match(it.norm(p).strip(" ,.;!"))]
            rest = " ".join(kept_parts).strip(" ,")
        if len(rest.split()) >= 4 and not it.detect_written_by(rest):
            # "ja. Jeg vil bare sige med det samme, at jeg er god til at tegne, …": kept, placed by the tagger; the
            # tagger's clauses of the sentences left out ("Yes, I am his mum.") are left out too
            if tag is not None and tag.clauses and rest.strip() != text.strip():
                tag = dataclasses.replace(tag, clauses=[cl for cl in tag.clauses if cl.text.strip(" .,!") and cl.text.strip(" .,!") in rest])
            fresh = _record(c, rest, tag, default=None)
            if any(i["category"] for i in fresh) and not kept_said:
                # with "Det, du skrev før, har jeg også gemt" just said, no second "Det, du skrev, er gemt"
                c.add(c.t("consent_content"), "affirmation")
        _advance(c)
        return
    s["tries"] += 1
    content = (len(text.split()) >= 3 and not it.is_greeting(text) and not text.rstrip().endswith("?")
               and not _INTRODUCTION.match(text.strip()))  # "hej, jeg hedder Ali": a hello, nothing to keep
    if content and len(s.get("pending", [])) < MAX_PENDING:
        s["pending"] = [*s.get("pending", []), {"text": text, "tag": tag.to_dict() if tag else None}]
    if content and s["tries"] % 2 == 1:
        # varied, so that a citizen who answers with content does not get the same message again and again
        c.add(c.t("consent_pending"), "giving_information",
              [_btn(c.lang, "btn_yes_self", "consent_citizen"), _btn(c.lang, "btn_no", "no")])
    else:
        _ask(c, "consent", again=True)


def _content(c: _Ctx, text: str, tag: TaggedUtterance | None) -> None:
    s = c.s
    step = s["step"]
    if s["awaiting"] == "more":  # the answer to a listening reflection
        s["awaiting"] = None
        if it.is_skip(text) or it.is_dont_know(text):
            _advance(c)
            return
        more_after_yes = re.match(r"^\s*(?:ja|jo|jep|yes|yeah)[\s.,!]+(\w.*)$", text, re.IGNORECASE)
        if (more_after_yes and step in ALREADY_SAID and not it.is_bare_yes(more_after_yes.group(1))
                and not it.is_no(more_after_yes.group(1)) and not it.is_dont_know(more_after_yes.group(1))):
            # "ja. lager" after "Arbejde har du allerede fortalt om": the yes, and more said about it (never lost);
            # "ja, gerne praktik": the "gerne" goes with the yes
            text, tag = re.sub(r"^(?:gerne|tak|godt)\b[\s,.!]*(?=\w)", "", more_after_yes.group(1), flags=re.IGNORECASE), None
        elif (it.is_yes(text) or it.is_no(text)) and len(text.split()) <= 3:
            if step in ALREADY_SAID or it.is_no(text):
                _advance(c)  # already answered earlier, or "nej": nothing to add
            else:
                _ask(c, step)  # nothing more to add on its own: ask the question the reflection stood in for
            return
    renamed = _rename_on_the_way(c, text)
    if renamed is not None:
        text, tag = renamed, None
        if not text.strip(" .,!"):
            _ask(c, step)  # "min hund hedder Bobbi, ikke Bobby" alone: changed, and the open question again
            return
    if _TOGETHER_SAID.match(it.norm(text)):
        # "vi sidder sammen" alone: who is writing, no answer to the question (and no point on the sheet)
        c.add(c.t("together_noted"))
        _ask(c, step, again=True)
        return
    if step in ("resources1", "resources2", "hopes1") and it.is_bare_yes(text) and s["tries"] < 1:
        s["tries"] += 1  # "ja" to "Hvad gør dig glad …?": not an answer yet
        _clarify(c)
        return
    if step in ("parking", "work", "goal1") and (it.is_bare_yes(text) or (
            step == "work" and _A_LITTLE.match(it.norm(text)))) and s["tries"] < 1:
        s["tries"] += 1  # "ja" to "Er der noget, der fylder …?": what is it?
        c.add(c.t("tell_more"), "open_question", _answer_buttons(c.lang, step)[0])
        return
    if step == "hopes2" and it.is_bare_yes(text) and step in s["asked"]:
        _advance(c)  # "ja" to "Hvad ville være anderledes …?": nothing to reflect, and nothing to regret
        return
    if it.is_bare_yes(text) and s["tries"] >= 1:
        c.add(c.t("skip_ok"))  # "ja" once more after being asked what it is: nothing to put on the sheet
        _advance(c, skip=("goal2",) if step == "goal1" else ())
        return
    futile = it.futility(text) if step in ("resources1", "resources2", "hopes1", "hopes2", "work", "goal1") else None
    if futile:
        _futility(c, text, tag, futile)
        return
    # "nej", and "nej, det er slut nu" to the question about work: a no with a comment, not a wish
    if step == "work":
        # "job nej. for træt", "Arbejde? Nej, det er jeg for gammel til": the thing asked about, then the no; a no
        no_text = _WORK_THEN_NO.sub("Nej, ", text, count=1)
        if no_text != text:
            text, tag = no_text, None  # the tagger's clauses were cut from the words before the change
    said_no = it.is_no(text) and (len(text.split()) <= 3 or (len(text.split()) <= 10 and tag is not None
                                                             and tag.talk_type == "neutral")
                                  or not _NO_REST.sub("", _NO_LEAD.sub("", text, count=1)).strip(" ,.!"))
    # "Ikke noget, alt er perfekt", "Nothing, life is good" to "Er der noget, der fylder?": a no, not a worry
    said_no = said_no or (step == "parking" and _only_nothing(it.norm(text)))
    n_text = it.norm(text)
    if step in ("resources1", "resources2") and _NOTHING_REALLY.match(n_text):
        # "ingenting rigtig", "ikke rigtig noget", "nada" to the strengths or joys question: no point on the sheet, and a
        # kind word before the next question, never "Du er god til nada" or a bare move on
        c.add(c.t("ack_nothing_strength" if step == "resources1" else "ack_nothing_joy"), "simple_reflection")
        _advance(c)
        return
    if step == "resources1" and _NOT_MUCH.match(n_text):
        c.add(c.t("skip_ok"))  # "ikke så meget længere": no strength named, nothing to praise ("Du er god til at ikke …")
        _advance(c)
        return
    nothing = _NOTHING_THEN.match(text) if step == "resources1" else None
    if (nothing and len(nothing.group(1).split()) <= 8 and not _STRENGTH.search(it.norm(nothing.group(1)))
            and not _PLAIN_STRENGTH.search(it.norm(nothing.group(1))) and not re.search(r"\b(?:men|but|except)\b", n_text)):
        # "Ikke noget. Jeg er gammel.": no strength named; the reason is not praised back as one ("Du er gammel. Det er godt …");
        # "Ikke noget. Jeg er ikke god til noget": heard, not passed over with a plain "Helt i orden"
        c.add(c.t("reflect_no_strength"), "complex_reflection") if _NONE_FOR_ME.search(n_text) else c.add(c.t("skip_ok"))
        _advance(c)
        return
    work_no = _WORK_NO_ASIDE.match(text) if step in ("hopes1", "hopes2", "goal1") and s["language"] == "da" else None
    mid_no = _WORK_NO_MID.search(text) if step in ("hopes1", "hopes2") and s["language"] == "da" and not work_no else None
    if mid_no and (mid_no.group(1).lower().startswith("uddannelse")
                   or _WORK_WORDS.search(it.norm(f"{text[:mid_no.start()]} {text[mid_no.end():]}"))
                   or _BECOME_TRADE.search(it.norm(f"{text[:mid_no.start()]} {text[mid_no.end():]}"))):
        mid_no = None  # "Jeg vil gerne have et job i en butik. Uddannelse nej.": a job wish beside it; no aside about work
    if mid_no and re.search(r"[^\W\d_]{3,}", text[:mid_no.start()]) and s["written_by"] != "relative":
        # "gå uden stok. job nej. køre bil igen": the work question answered in passing, between two wishes; the wishes
        # are the answer, and the no is kept for the work question (never "Du drømmer om at arbejde nej")
        s["work_no_early"] = mid_no.group(1).strip()
        rest = text[mid_no.end():].lstrip(' ,.;')
        why = _WORK_NO_WHY.match(rest)
        if why:  # "Arbejde, nej, det kan jeg ikke efter ulykken": the reason goes with the no, never onto the wish before it
            s["work_no_why"] = why.group(1)[:1].upper() + why.group(1)[1:].rstrip(" ,.;!?") + "."
            rest = rest[why.end():].lstrip(' ,.;')
        text = f"{text[:mid_no.start()].rstrip(' ,.;')}. {rest}".strip(" ")
        tag = _narrow_tag(tag, text) if tag is not None and len(tag.clauses) >= 2 else None
        n_text = it.norm(text)
    wish = text[work_no.end():] if work_no and step in ("hopes1", "hopes2") else ""
    if wish and _YES_TO_OTHER.search(it.norm(wish)) and len(text.split()) <= 16:
        # "job nej. kæreste ja": no to work, yes to a partner; the yes is the wish ("Kæreste"), the "ja" no part of it
        wish = re.sub(r"[\s,.!]*\b(?:ja|jo|jaa+|gerne|helst|yes|ja tak|jep)\b[\s,.!]*$", "", wish.strip(), flags=re.IGNORECASE)
        if re.search(r"[^\W\d_]{2,}", wish):
            text, tag, work_no = wish[:1].upper() + wish[1:], _narrow_tag(tag, wish), None
            n_text = it.norm(text)
    if (work_no and not _WISH_WORDS.search(it.norm(text[work_no.end():])) and len(text.split()) <= 16
            and not _YES_TO_OTHER.search(it.norm(text[work_no.end():]))):
        # "arbejde nej. pension. lidt værksted måske" to the hopes or goals question: the work question answered early
        # (a no, a status and a maybe), kept in the work field; never "Så ville du have job nej" or a goal "Arbejde nej"
        rest = text[work_no.end():].strip()
        kept = _record(c, rest[:1].upper() + rest[1:], None, default=None) if re.search(r"\w", rest) else []
        for item in kept:
            item.update(category="employment", talk_type="neutral", subtype=None)
        hedge = next((m for i in kept for m in [re.search(r"\b(?:måske|maaske|mske)\b", i["quote"], re.IGNORECASE)] if m), None)
        # the maybe is the words after "måske", or before it when it is said last ("lidt værksted måske")
        maybe = ((hedge.string[hedge.end():].strip(" .,!") or re.split(r"[.,;]", hedge.string[:hedge.start()])[-1].strip(" .,!"))
                 .lower() or None) if hedge else None
        c.add(c.t("work_no_aside_maybe", what=maybe) if maybe else c.t("work_no_aside"), "simple_reflection")
        if step == "hopes2" or s.get("clarified") == step:
            # the follow-up question, or one asked in other words already: on, never the same question a third time
            # (and the work question is answered, so it is not asked next)
            _advance(c, skip=("work",) if step in ("hopes1", "hopes2") else ("goal2",))
        else:
            _clarify(c)  # the question asked is still open, in other words
        return
    if (step in ("hopes1", "hopes2") and c.lang == "da" and _RETIRED.search(n_text) and _PENSION.search(n_text)
            and len(text.split()) <= 16
            and not _WISH_WORDS.search(n_text) and not _JOB_WISH.search(n_text) and not re.search(r"\b(?:men|but)\b", n_text)
            and not re.search(r"\b(?:vil|ville|gerne|håber|drømmer|ønsker|want|wants|hope|wish)\b", n_text)
            and not _someone_elses_work(s, n_text) and not (tag is not None and tag.safety)):
        # "Jeg er gået på pension" alone to a hopes question: how things are, the work question answered early (in the
        # work field, as at the work question); said back plainly, never "Det betyder meget for dig" or "… hvis det lykkedes?"
        kept = _record(c, text, None, default=None)
        for item in kept:
            item.update(category="employment", talk_type="neutral", subtype=None)
        if kept and kept[0].get("you"):
            c.add(kept[0]["you"], "simple_reflection")
        if step == "hopes2" or s.get("clarified") == step:
            _advance(c, skip=("work",))
        else:
            _clarify(c)
        return
    if (step == "work" and (_RETIRED.search(n_text) or _NO_WISH.search(n_text)) and len(text.split()) <= 20
            and not _WISH_WORDS.search(n_text) and not re.search(r"\b(?:men|but)\b", n_text)
            and not _JOB_WISH.search(n_text)):
        said = _SO_NO_TAIL.sub(".", _NO_LEAD.sub("", text, count=1))  # "Hun er 82, så nej": the reason kept, "så nej" is the no
        if _someone_elses_work(s, it.norm(said)):
            # a relative's "Nej, jeg er selv gået på pension", the citizen's "Nej, hun er pensioneret" about the mother:
            # someone else's work life, heard, never the person's answer in the work field
            for item in _record(c, said, None, default=None):
                item.update(category=None, talk_type="neutral", subtype=None)
            c.add(c.t("skip_ok"))
            _advance(c)
            return
        wished = []
        for item in _record(c, said, tag if said == text else None, default=None):  # "Han er pensionist": an answer, kept
            # in the work field, as the answer it is: not a worry, a goal, a wish or a step taken
            item.update(category="employment", talk_type="neutral", subtype=None)
            if item.get("you") and _WISH_WORDS.search(it.norm(item.get("quote") or "")) and not _RETIRED.search(it.norm(item["quote"])):
                # "Jeg er gået på pension. Jeg vil gerne spille golf": the wish in a sentence of its own, said back too
                item.update(talk_type="change", subtype="desire")
                wished.append(item)
            if c.lang == "da" and re.match(r"^\s*d[eé]t (?:er|orker|kan|gider|vil)\b", said, re.IGNORECASE) and item.get("you"):
                # "Nej, det er jeg for gammel til": the no kept with its reason, so "det" still points at work on the
                # sheet and in the summary (never a bare "Det er du for gammel til.")
                item.update(quote=text.strip(), you=f"Nej til arbejde. {item['you']}")
        c.add(c.t("work_retired"), "complex_reflection")
        for item in wished[:1]:
            c.add(item["you"], "simple_reflection")
        _advance(c)
        return
    not_now = _NOT_NOW.match(text) if step == "work" else None
    if not_now and not _WISH_WORDS.search(n_text) and not re.search(r"\b(?:men|but)\b", n_text):
        # "Ikke lige nu. Jeg er sygemeldt": a no for now, with its reason kept in the work field (never "Du vil gerne ikke …")
        rest = text[not_now.end():].strip()
        if re.match(r"^(?:for|alt for|meget|så|lidt)\s+[a-zæøå]+[.!]*$", rest, re.IGNORECASE) and s["written_by"] == "citizen":
            rest = f"jeg er {rest}"  # "nej ikke nu. for træt": "Jeg er for træt." (never "For træt." alone on the sheet)
        for item in (_record(c, rest[:1].upper() + rest[1:], None, default=None) if rest else []):
            item.update(category="employment", talk_type="neutral", subtype=None)
        c.add(c.t("work_retired"), "complex_reflection")
        _advance(c)
        return
    if said_no and len(text.split()) > 3:
        kept = _record(c, _NO_LEAD.sub("", text, count=1), tag, default=None)  # "Nej, ikke lige nu. Jeg er sygemeldt": kept
        if (re.match(r"^\s*(?:nej|no)\b[\s,.!]*(?:men|but)\b", text, re.IGNORECASE) and kept
                and all(i["category"] in ("resource", "hope", "employment", "parking") and i.get("you") for i in kept)):
            # "Nej, men jeg er god til at spille kort også": the no, and what was said instead is heard, not passed over
            c.add(c.t("skip_ok_but"), "simple_reflection")
            _reflect(c, kept, text)
            _advance(c, skip=("goal2",) if step == "goal1" else ())
            return
    if it.is_dont_know(text) or it.is_skip(text) or said_no:
        c.add(c.t("skip_ok"))
        # "ved ikke" how the goals go: "Vi går videre" means on, not a score for what the citizen cannot say
        no_goals = step == "goal1" and (it.is_skip(text) or it.NO_GOALS.search(it.norm(text)) or it.is_no(text)
                                        or it.is_dont_know(text))
        _advance(c, skip=("goal2",) if no_goals else ())
        return
    repeat = re.match(r"^(?:(?:ja|jo|nå)[,.]?\s+)?som (?:sagt|jeg sagde|jeg skrev)[,.]?\s+(.+)$", it.norm(text))
    if step == "goal1" and repeat and _already_there(s, repeat.group(1)) and not _GOAL_SAID.search(repeat.group(1)):
        # "som sagt cykelværksted" to the goals question: the wish told before, said again (an answer one question late),
        # not a goal with a score
        if s["tries"] < 1:
            s["tries"] += 1
            c.add(c.t("already_said_short"))
            _clarify(c)  # the goals question, in other words: it is still open
        else:
            c.add(c.t("already_said"))
            _advance(c, skip=("goal2",))
        return
    lead = _AS_SAID_LEAD.match(text.strip()) if step in ("resources2", "hopes1", "hopes2", "work") else None
    parts = re.split(r"(?<=[.!?])\s+", lead.group(1).strip(), maxsplit=1) if lead else []
    first = moves.uninvert(parts[0]).strip(" .!") if parts else ""
    if len(parts) == 2 and len(parts[1].split()) >= 2 and moves.reflect.is_sentence(first) and _already_there(s, first):
        # "Som sagt har jeg været skrædder. Måske noget med syning igen": the first sentence is told before; the
        # answer is what follows it (never "Jeg har jeg været skrædder, måske noget …" on the sheet)
        text, tag = parts[1], None
    again_said = _said_again(s, text) if step in ("resources2", "hopes1", "hopes2", "work") else None
    if again_said is not None:
        # "Ja, som sagt cykelbutik, gerne to dage om ugen": the point told before, named again; never echoed as a bare
        # fragment ("Cykelbutik, gerne …") or framed as a new wish. What is new in it still goes on the sheet.
        before = list(_live(s))
        kept = _record(c, text, tag, default=CONTENT_STEPS.get(step)) or []
        for i in kept:
            said = _AS_SAID_LEAD.match(i.get("quote", "").strip())
            words = {w for w in re.findall(r"\w+", it.norm(said.group(1))) if len(w) >= 3 and w not in _SMALL_WORDS} if said else set()
            # (a strength named again under the hopes: "som sagt cykler" is no wish "Så ville jeg have cykler")
            if words and i.get("category") in ("employment", "hope", "resource") and any(
                    b.get("category") in ("employment", "hope", "resource") and words <= set(re.findall(r"\w+", it.norm(b.get("quote", ""))))
                    for b in before):
                s["items"].remove(i)  # "Som sagt børn." when the wish to work with children is on the list: not a second line
        new = [i["you"] for i in kept if i.get("you") and not _AS_SAID_LEAD.match(i.get("quote", "").strip())
               and i.get("category") in ("employment", "hope", "resource")]
        if len(new) == 1 and again_said.count(",") >= 1:
            # "Som sagt børn. Børnehave, måske som medhjælper": what is new said back as the point it is, not as a fragment
            thing = again_said.split(" igen", 1)[0]
            again_said = f"{thing} igen. {new[0]}"
        c.add(again_said, "complex_reflection")
        _advance(c)
        return
    if step == "goal1" and it.NO_GOALS.search(it.norm(text)):
        c.add(c.t("skip_ok"))
        _advance(c, skip=("goal2",))
        return
    score = (it.parse_score(text) if step == "goal1" and len(text.split()) <= 3 and any(ch.isdigit() for ch in text)
             and not _GOAL_THEN_DIGIT.match(text) and not _goal_words_digit(text) else None)
    if score is not None:
        _score(c, score)  # "4" to "how are your goals going": the score, said before it was asked
        _advance(c, skip=("goal2",))
        return
    if any(ch.isdigit() for ch in text) and not re.search(r"[^\W\d_]", text):
        if s["tries"] < 1:
            s["tries"] += 1  # a bare number ("1") to a question that asks for words: say what the question means
            _clarify(c)
        else:  # a number again: nothing to put on the sheet in the citizen's name
            c.add(c.t("skip_ok"))
            _advance(c, skip=("goal2",) if step == "goal1" else ())
        return
    if _PLAN_WORD.match(it.norm(text)) and it.parse_plan_version(text):
        # "farverig" under "Er der noget, der fylder?": the plan's look, said early; not a worry or a strength
        s["preferences"]["plan_version"] = it.parse_plan_version(text)
        s["plan_early"] = True
        c.add(c.t("summary_plan_rel" if s["written_by"] == "relative" else "summary_plan", plan=c.t(f"plan_{s['preferences']['plan_version']}")), "simple_reflection")
        c.add(c.t(f"clarify_{step}") if f"clarify_{step}" in DA else c.t(_QUESTION_KEYS.get(step, "q_parking")),
              "giving_information", _answer_buttons(c.lang, step)[0])
        return
    said_before = {it.norm(i.get("quote", "")).strip(" .!") for i in s["items"] if i.get("category")}
    again = step == "parking" and it.norm(text).strip(" .!") in said_before and len(text.split()) >= 3
    if step == "parking" and (again or (_THEN_I.match(it.norm(text)) and len(text.split()) <= 15
                                        and not _WORRY_SAID.search(it.norm(text))
                                        and any(i.get("category") == "hope" for i in s["items"]))):
        # "Så skulle jeg ikke bede om hjælp" to "Er der noget, der fylder?": what a wish would change, not a worry; said
        # again word for word, it is listed once. The script goes on (the next answer is to the next question).
        fresh = _record(c, text, tag, default="hope")
        speaker = "relative" if s["written_by"] == "relative" else "citizen"
        if again:
            s["items"] = [i for i in s["items"] if not any(i is f for f in fresh)]
            you = next((i.get("you") for i in fresh if i.get("you")), "")
            c.add(c.t("reflect_parking_said_before", you=you).strip(), "complex_reflection")
        else:
            for i in fresh:
                i.update(category="hope", talk_type="change", subtype="reasons", step="hopes2")
                i.update(moves.render_item(i["quote"], "hope", "hopes2", speaker, i.get("pos", ""), s["language"]))
            if fresh and fresh[0].get("you"):
                c.add(moves.reflection(fresh[0], c.lang, c.rng, None, c.s.get("third"))[0], "complex_reflection")
        _advance(c)
        return
    doubt_self = _DOUBT_SELF.match(it.norm(text)) if step == "resources1" and s["written_by"] != "relative" else None
    if doubt_self:
        # "jeg ved ikke om jeg er god til noget mere": the doubt said back with care, then the kind line; nothing listed
        for item in _record(c, text, tag, default=None):
            item["category"] = None
        c.add(f"{_doubt_self_line(doubt_self, c.lang, 'citizen')} {c.t('reflect_no_strength')}", "complex_reflection")
        _advance(c)
        return
    if step in ("resources1", "resources2") and _NONE_FOR_ME.search(it.norm(text)) and (len(text.split()) <= 12 or (
            # "Det ved jeg ikke, der er ikke så meget der gør mig glad for tiden efter …": longer, but with no "men" turn
            len(text.split()) <= 28 and not re.search(r"\b(?:men|but|dog|alligevel|bortset fra)\b", it.norm(text)))):
        # "jeg er ikke god til noget", "ingenting giver mig glæde for tiden": heard, never affirmed or listed
        for item in _record(c, text, tag, default=None):
            item["category"] = None
        c.add(c.t("reflect_no_strength" if step == "resources1" else "reflect_no_joy"), "complex_reflection")
        _advance(c)
        return
    if s["written_by"] == "relative" and step in CONTENT_STEPS and _I_WONT_COME.match(it.norm(text)):
        # "nej jeg kommer ikke" to the goals question: the writer will not come to the meeting; no goal, and the question
        # about who comes is still asked later (someone else may come)
        c.add(c.t("reflect_writer_not_coming"), "simple_reflection")
        _advance(c, skip=("goal2",) if step == "goal1" else ())
        return
    if s["written_by"] == "relative" and step in CONTENT_STEPS and (_I_ATTEND.match(it.norm(text))
                                                                     or _I_WILL_COME.match(it.norm(text))):
        # "jeg deltager i mødet" from a relative: who comes to the meeting (as the meeting question would record it),
        # never a goal or a strength; the question about relatives at the meeting is not asked later
        s["preferences"]["relatives_attend"] = True
        s["attend_said_early"] = True
        # "Yes, I'll be there": the writer comes ("Du kommer med til mødet."), not just "a relative"
        c.add(c.t("reflect_relatives_writer" if _I_WILL_COME.match(it.norm(text)) else "reflect_relatives_yes_rel"),
              "simple_reflection")
        _advance(c, skip=("goal2",) if step == "goal1" else ())
        return
    if _MOOD_ONLY.match(text) or _SAD_ONLY.match(text):
        # "😀", "🙂🙂", "❤️" alone: a feeling shown, no point to write on the sheet (an item "😀" says nothing at the
        # meeting); "🎮🎮🎮" or "⚽" names a thing and is kept as written. A sad face ("😢", "☹️") is met gently,
        # never with a thank-you.
        sad = _SAD_FACE.search(text) is not None
        c.add(c.t("ack_sad_mood") if sad else c.t("thanks_short"), "simple_reflection" if sad else "")
        _advance(c, skip=("goal2",) if step == "goal1" else ())
        return
    fresh = _record(c, text, tag, default=CONTENT_STEPS.get(step))
    if step == "resources1" and c.lang == "da":
        for i in fresh:
            if i["category"] == "resource" and _ENJOYED_ONLY.match(it.norm(i["quote"])):
                # "at spise slik", "se fodbold" to "Hvad er du god til?": something enjoyed, said back as a joy, never
                # praised as a skill ("Du er god til at spise slik")
                i.update(moves.render_item(i["quote"], "resource", "resources2", i.get("speaker", "citizen"), i.get("pos", ""),
                                           s["language"]))
    if step in ("hopes1", "hopes2") and not _WISH_WORD.search(it.norm(text)):
        for i in fresh:
            if i["category"] == "hope" and _FEAR_TOLD.match(it.norm(i["quote"])):
                # "jeg er bange for at miste min lejlighed" to the hopes question: a worry, heard and listed as one
                # (never "Det er vigtigt for dig" as if it were a wish)
                i.update(category="parking", talk_type="sustain", subtype=None)
                i.update(moves.render_item(i["quote"], "parking", "parking", i.get("speaker", "citizen"), i.get("pos", ""),
                                           s["language"]))
    if step == "work":
        for i in fresh:
            if (i["category"] in (None, "employment") and i["talk_type"] == "sustain" and not _NEGATED.search(it.norm(i["quote"]))
                    and moves._workplace(moves.reflect.tidy(i["quote"]))):
                # "på værksted", "en butik" to the work question: where the wish is, never sustain talk ("Lige nu føles
                # det for meget") for a place named without a no
                i.update(category="employment", talk_type="change", subtype="desire")
                i.update(moves.render_item(i["quote"], "employment", "work", i.get("speaker", "citizen"), i.get("pos", ""), s["language"]))
    if step in ("work", "hopes2") and "goal1" not in s["asked"] and _GOAL_WITH_STATUS.search(n_text):
        # "Jeg skal lære at købe ind. Det går fint" under the work question: a goal told with how it goes answers the
        # goals question too; it is never asked afterwards as if nothing was said
        goal = None
        for i in list(fresh):
            if i["category"] in (None, "employment", "hope") and i.get("you") and _GOAL_HEAD.match(it.norm(i["quote"])):
                i.update(category="goal_progress")
                i.update(moves.render_item(i["quote"], "goal_progress", "goal1", i.get("speaker", "citizen"), i.get("pos", ""),
                                           s["language"]))
                goal = i
            elif goal is not None and re.match(r"^(?:og |men )?(?:det|it) (?:går|gik|goes|is going)\b", it.norm(i["quote"])):
                # "Det går godt nu": how that goal goes, with the goal (never a wish "som betyder meget for dig")
                _add_status(goal, i["quote"], "goal1", i.get("speaker", "citizen"), s["language"])
                s["items"] = [x for x in s["items"] if x is not i]
                fresh = [x for x in fresh if x is not i]
    if any(i.get("pii") or i.get("pii_cut") for i in fresh):
        c.add(c.t("pii_not_kept_rel" if s["written_by"] == "relative" else "pii_not_kept"), "giving_information")  # "… min tlf
        # er 20 30 40 50": not on the sheet, and said so (to a relative: the contact person, never "din kontaktperson")
        if any(i.get("contact_request") for i in fresh):
            c.add(c.t("contact_request"), "giving_information")  # "jeg vil gerne have arket på mail": who can help
        fresh = [i for i in fresh if not i.get("pii") and not i.get("contact_request")]
        if not fresh:
            if s["tries"] < 1 and step != "goal2":
                s["tries"] += 1  # nothing that answers the question: it comes again, in other words, once
                _clarify(c)
            else:
                _advance(c, skip=("goal2",) if step == "goal1" else ())
            return
    if step in ("resources1", "resources2") and any(i.get("story") for i in fresh) and not any(i["category"] for i in fresh):
        # a story of an illness or an accident: heard with empathy, and the question once more in other words
        rel = "_rel" if s["written_by"] == "relative" else ""
        c.add(c.t(f"reflect_story{rel}" if s["tries"] < 1 else "reflect_story_again"), "complex_reflection")
        if s["tries"] < 1:
            s["tries"] += 1
            c.add(c.t(f"q_{step}_story{rel}"), "open_question", _answer_buttons(c.lang, step)[0])
        else:
            _advance(c)
        return
    if (step in ("hopes1", "hopes2", "work") and any(i.get("others_wish") and i.get("you") for i in fresh)
            and not any(i["category"] in ("hope", "employment") for i in fresh)):
        # "Kommunen vil have mig i job": said back as what others want; the citizen's own wish is asked for
        rel = "_rel" if s["written_by"] == "relative" else ""
        you = next(i["you"] for i in fresh if i.get("others_wish") and i.get("you"))
        c.add(f"{you} {c.t(f'reflect_others_wish{rel}')}", "complex_reflection")
        if step == "hopes1" and not rel and not s.get("hopes_free_asked"):
            s["hopes_free_asked"] = True
            s["asked"] = [*s["asked"], step] if step not in s["asked"] else s["asked"]
            c.add(c.t("q_hopes1_free"), "open_question", _answer_buttons(c.lang, step)[0])
            return
        _advance(c)
        return
    asked_promise = bool(fresh) and it.promise_request(text) is not None
    listen = _listening_item(c, fresh, text) if step in LISTEN_AFTER else None
    if listen is not None:
        listen = _with_second_point(listen, fresh, c.lang)
        said = moves.listening_reflection(listen, c.lang, c.rng, c.s.get("third"))
        if _relative_differs(c, fresh, text):  # "… men det tror jeg ikke": the relative's own doubt is heard too
            said = f"{said} {c.t('reflect_relative_differs')}"
        kin = next((i["kin_view"] for i in fresh if i.get("kin_view") and i["kin_view"] != "speaks"), None)
        if kin and any(i.get("category") for i in fresh):  # "… Min far tror ikke på det": the other view heard here too
            who = f"your {kin}" if c.lang == "en" else f"{'dine' if kin == 'forældre' else 'din'} {kin.removesuffix('en')}"
            said = f"{said} {_kin_differs_said(c, who, kin)}"
        if any(i.get("writer_own") and _STRAIN.search(it.norm(i["quote"])) for i in fresh):
            said = f"{said} {c.t('reflect_writer_strain')}"  # "… Jeg er selv meget træt": the relative's strain heard
        said = _doubt_then_wish(c, fresh, listen) or said
        c.add(said, "complex_reflection", _listen_buttons(c))
        if asked_promise:  # "… Kan du bestille den?": no promise; the wish is on the sheet for the meeting
            c.add(c.t("answer_promise_kept_rel" if s["written_by"] == "relative" else "answer_promise_kept"), "giving_information")
        s["step"] = LISTEN_AFTER[step]
        s["tries"] = 0
        s["awaiting"] = "more"
        return
    linking = _linking_summary(c) if step in PHASE_SUMMARY_AFTER else None
    if linking and fresh and any(moves.covers(linking, i, c.lang) for i in fresh if i.get("you")):
        # the summary says this answer too: one message, which ends on this answer's reflection (its reason or feeling)
        _link_with_reflection(c, fresh, text, linking)
    elif fresh and not any(i.get("you") for i in fresh):
        c.add(c.t("thanks_short"))  # "🎮🎮🎮": kept on the sheet as written; nothing to put in words
    elif step == "goal1" and _several_goals(text, fresh):
        # "Det første er at handle selv, det går godt. Det andet …": several goals, heard as several, not as the first
        n = sum(1 for i in fresh if i["category"] == "goal_progress")
        s["goals_many"] = True
        c.add(c.t("reflect_goals_many", n=c.t("number_words").split()[n] if n < 6 else n), "complex_reflection")
    else:
        _reflect(c, fresh, text)
    if asked_promise:
        c.add(c.t("answer_promise_kept_rel" if s["written_by"] == "relative" else "answer_promise_kept"), "giving_information")
    named = any(i["category"] == "goal_progress" and len(re.sub(r"[\d.,!]+", " ", i["quote"]).split()) >= 2 for i in fresh)
    if step == "goal1" and (it.parse_score(text) is not None and len(text.split()) <= 3) and not (
            any(i["category"] == "goal_progress" and moves.is_verb_phrase(moves.reflect.tidy(i["quote"]).split(".")[0])
                for i in fresh) and not any(ch.isdigit() for ch in text)) and not (
            named and any(ch.isdigit() for ch in text) and _score_said(text) is not None):
        # "bad selv. 3": a goal in two words and its number; the number is said back below
        # "godt" alone is how it goes, kept as the score; "rydde op. dårligt" names a goal: the 0-4 question is asked
        s["scores"].append({"score": it.parse_score(text), "turn": s["turn"]})
        _advance(c, skip=("goal2",))
        return
    goal_told = any(i["category"] == "goal_progress" for i in fresh)
    early_goal = goal_told and step in ("resources1", "resources2", "hopes1", "hopes2", "work") and "goal1" not in s["asked"]
    said_score = _score_said(text) if (step == "goal1" or early_goal) and goal_told else None
    if said_score is not None and _two_views(c, text):
        pass  # "Målet er at hun går med rollator. Hun siger 3, jeg siger 2": both scores, the person's kept as the score
    elif said_score is not None:
        between = it.score_range(text)
        # "Det går fint, jeg giver det 3", "It goes between 2 and 3": the score, said with the goal
        _score(c, said_score, between=between if between and between[0] == said_score else None, with_goal=True)
    if early_goal:
        # "Mit mål er at tage bussen til praktikken" under the work question: the goals question is answered
        _advance(c, skip=("goal1", "goal2") if said_score is not None else ("goal1",))
        return
    # a worry (not a goal) said to "Hvordan går det med de mål?": no score for a goal that was not named
    _advance(c, skip=("goal2",) if step == "goal1" and (said_score is not None or not goal_told) else ())


def _doubt_then_wish(c: _Ctx, fresh: list[dict[str, Any]], listen: dict[str, Any]) -> str | None:
    """ "jeg ved ikke om jeg kan drømme mere. måske et job igen": both sides, ending on the wish ("Du ved ikke, om du kan
    drømme mere. Og alligevel drømmer du måske om et job igen."), never the wish alone as if the doubt was not said."""
    if c.lang != "da" or c.s["written_by"] == "relative" or listen.get("category") not in ("hope", "employment") or not fresh:
        return None
    first = fresh[0]
    if first.get("category") is not None or not _UNSURE.match(it.norm(first.get("quote", ""))) or first is listen:
        return None
    doubt = moves.reflect.shift_pronouns(first["quote"].strip(" .!")).strip()
    wish = moves.reflect.as_inverted(listen.get("text") or "")
    if not wish or len(doubt.split()) > 12 or not re.match(r"(?i)(?:jeg|æ) ved (?:ikke|ik)(?: helt| rigtig)?,? om (?:jeg|æ|det)\b", first["quote"].strip()):
        # (a doubt about someone else, "jeg ved ikke om min søster kommer", is no doubt about the wish: no "alligevel")
        return None
    doubt = re.sub(r"^(du ved (?:ikke|ik))(?: helt| rigtig)?,?\s+(om|hvad|hvordan|hvorfor)\b", r"\1, \2", doubt, flags=re.IGNORECASE)
    return f"{moves.reflect.capitalise(doubt)}. Og alligevel {wish.rstrip(' .')}."


_NOT_STARTED = re.compile(r"\b(?:ikke|ik|aldrig) (?:fået )?(?:gjort|lavet|prøvet|forsøgt|nået|startet|begyndt|kommet i gang)\b|"
                          r"\b(?:ingenting|intet|ikke noget) af det\b|\b(?:haven'?t|have not|didn'?t|did not|never) "
                          r"(?:done|do|tried|try|started|start|managed)\b|\bmissed\b")


def _futility(c: _Ctx, text: str, tag: TaggedUtterance | None, kind: str) -> None:
    """ "Det nytter ikke", "kommunen bestemmer alligevel", "jeg har prøvet alt": sustain talk, heard with respect
    (a complex reflection of the feeling under it) and answered with the citizen's autonomy. Never argued with,
    affirmed, or listed as a strength or a wish; a sense of not being heard is parked for the meeting."""
    s = c.s
    step = s["step"]
    items = _record(c, text, tag, default=None)
    # "Det er ligegyldigt, kommunen lytter alligevel ikke. Men jeg er god til at reparere motorcykler.": the strength
    # after the futility is heard and kept as a strength, not folded into the worry
    good = [i for i in items[1:] if moves.GOOD_AT.search(i["quote"]) and not _NEGATED.search(it.norm(i["quote"]))]
    for g in good:
        g["quote"] = re.sub(r"^\s*(?:men|but)\s+", "", g["quote"], flags=re.IGNORECASE)
        g["talk_type"], g["category"] = "neutral", "resource"
        g.update(moves.render_item(g["quote"], "resource", "resources1", "relative" if s["written_by"] == "relative" else "citizen",
                                   g.get("pos", ""), s["language"]))
    items = [i for i in items if not any(i is g for g in good)]
    if good:
        text = " ".join(i["quote"].strip() for i in items)
    if len(items) > 1:  # "de har bestemt mine mål. ikke mig": one thought, kept whole, not "Ikke mig." on its own
        speaker = "relative" if s["written_by"] == "relative" else "citizen"
        whole = re.sub(r"([.!?]\s+)(\w)", lambda m: m.group(1) + m.group(2).upper(), text.strip())
        items[0].update(quote=text.strip(), **moves.render_item(whole, "parking", step, speaker, "", s["language"]))
        s["items"] = [i for i in s["items"] if not any(i is x for x in items[1:])]
        items = items[:1]
    for item in items:
        item.update(category="parking" if kind == "decided" else None, talk_type="sustain",
                    subtype=item.get("subtype") if item.get("talk_type") == "sustain" and item.get("subtype") else "reasons")
    rel = "_rel" if s["written_by"] == "relative" else ""
    # "det nytter ikke, jeg har ikke gjort noget af det": not started, so never "du har prøvet meget"
    stuck = "_stuck" if kind == "futile" and _NOT_STARTED.search(it.norm(text)) else ""
    c.add(c.t(f"reflect_{kind}{stuck}{rel}"), "complex_reflection")
    if good and all(g.get("you") for g in good):
        c.add(" ".join(g["you"] for g in good), "simple_reflection")
    c.add(c.t(f"autonomy{rel}"), "emphasize_autonomy")
    s["awaiting"] = None
    if step == "hopes1" and not rel and not s.get("hopes_free_asked"):
        # one evocative question, in the citizen's own power: "Hvis du selv kunne bestemme, …?"
        s["hopes_free_asked"] = True
        s["asked"] = [*s["asked"], step] if step not in s["asked"] else s["asked"]
        c.add(c.t("q_hopes1_free"), "open_question", _answer_buttons(c.lang, step)[0])
        return
    _advance(c, skip=("goal2",) if step == "goal1" else ())


_SCORE_SAID = re.compile(r"\b(?:giver (?:det|den|målet|mit mål)|vil give (?:det|den)|(?:i'?d|i would|i) give it|"
                         r"(?:jeg|æ|vi) giver|(?:jeg|æ|i|vi|we) siger|we say|(?:i'?d|i would|i) say|(?:jeg|æ) (?:vil|ville) sige|"
                         # "Jeg er på 2", "a er vel på 3", "det ligger på 2": the place on the scale, said as a place
                         r"(?:jeg|æ|a|vi|han|hun|det|den|målet) (?:er|ligger|står)(?: (?:nok|vel|måske|cirka|omkring|nu))* på)"
                         r"\s+(?:en |et |a |maybe |måske |nok |probably )?([0-4])\b|"
                         r"\b([0-4]) (?:ud af|out of) 4\b")


# a sentence that only gives the score: "Jeg giver det 3", "3 ud af 4", "I'd give it 2"
_ONLY_SCORE = re.compile(r"^(?:(?:og|men|så|and|so) )?(?:(?:jeg|æ|i) )?(?:(?:vil|ville|would|'d) )?(?:giver?|siger|sige|say) (?:(?:det|den|målet|mit mål|it) )?"
                         r"(?:nok |måske |probably |maybe )?(?:en |et |a )?[0-4](?: (?:ud af|out of) (?:4|fire|four))?[.!]*$|"
                         r"^(?:(?:det er|it'?s|cirka|ca) )?[0-4] (?:ud af|out of) (?:4|fire|four)[.!]*$|"
                         # "Hun er på 2.", "a er vel på 3": the place on the scale
                         r"^(?:(?:og|men|så) )?(?:jeg|æ|a|vi|han|hun|det|den|målet) (?:er|ligger|står)(?: (?:nok|vel|måske|cirka|omkring|nu))* på "
                         r"(?:en |et )?[0-4](?: (?:ud af|out of) (?:4|fire|four))?(?: siger (?:hun|han))?[.!]*$")


_SCORE_HEDGE = {"maybe", "perhaps", "or", "and", "a", "half", "zero", "one", "two", "three", "four", "i", "think", "guess",
                "måske", "eller", "og", "en", "et", "halv", "nul", "to", "tre", "fire", "tror", "jeg", "vel", "nok", "cirka",
                "about", "ish", "probably", "s", "er"}
_STATUS_THEN_DIGIT = re.compile(r"\b(?:badly|well|ok|okay|fine|hard|godt|dårligt|fint|skidt|svært|okay|imellem|nogenlunde|so-so)"
                                r"[\s.!,]+([0-4])\s*[.!]*$", re.IGNORECASE)
_SCORE_SAID_WORDS = re.compile(r"\b(nul|en|et|én|to|tre|fire|zero|one|two|three|four) (?:ud af|out of) (?:4|fire|four)\b|"
                               r"\b(?:går|goes|is|er)(?: (?:sådan|like|cirka|ca|omkring|about))? (?:mellem|between) ([0-4]) (?:og|and) [0-4]\b")


# a bare digit as the message's last sentence, after the goal and how it goes: "… hun er glad for det. 4"
_LAST_DIGIT = re.compile(r"[.!,]\s+(?:(?:maybe|måske|nok|probably|cirka|ca\.?|about|around|omkring)\s+)?([0-4])\s*[.!]*\s*$", re.IGNORECASE)
# a score taken back and said again: "1. Nej, det er nok en 2", "2, nej 3"
_FIXED_SCORE = re.compile(r"\b(?:nej|no)[,.]?\s+(?:(?:det er|it'?s|den er)\s+)?(?:(?:nok|måske|vel|nærmere|mere|probably|more like)\s+)?"
                          r"(?:(?:en|et|a)\s+)?([0-4])\b[.!]*\s*$")


# "gå ture. 2": a goal in two words, then its number (not a bare score)
_GOAL_WORDS_DIGIT = re.compile(r"^\s*((?:[a-zæøå]+ ){1,5}?([a-zæøå]+)) ([0-4])[.!]*$")
def _goal_words_digit(text: str) -> bool:
    """"tage bussen 3", "gå ture 2": a goal in a few words with a goal verb, then its number (not a score alone)."""
    m = _GOAL_WORDS_DIGIT.match(it.norm(text))
    return bool(m and moves._GOAL_VERB.match(m.group(1)) and m.group(2) not in moves._NUMBERED_AFTER_GOAL)


_GOAL_THEN_DIGIT = re.compile(r"^\s*(?!(?:det|it|jeg|i|ja|nej|ok|okay|godt|fint|tja|går|goes|mit|min|my)\b)([a-zæøå]+ [a-zæøå]+)[.,!]\s*[0-4]\s*[.!]*$", re.IGNORECASE)


def _score_said(text: str) -> int | None:
    """ "Det går fint, jeg giver det 3", "2 ud af 4", "to ud af fire", "det går 💯", "it goes between 2 and 3": a score
    said in a sentence about the goal (a range counts as its lower end; it is said back as the range)."""
    n = it.norm(text)
    for m in _SCORE_SAID.finditer(n):
        if m.group(1) and it._NOT_A_SCORE_AFTER.match(n[m.end():]):
            continue  # "giver det 4 timer", "siger 4 uger": a count, not the score
        return int(m.group(1) or m.group(2))
    m = _SCORE_SAID_WORDS.search(n)
    if m:
        return it._WORD_DIGITS[m.group(1)] if m.group(1) else int(m.group(2))
    m = _STATUS_THEN_DIGIT.search(text)
    if m:  # "It goes badly. 1", "Det går fint, 3": how it goes, then the number for it
        return int(m.group(1))
    m = _FIXED_SCORE.search(n)
    if m and it.parse_score(n[:m.start()]) is not None:
        # "Det går dårligt, 1. Nej, det er nok en 2": the number the citizen settles on
        return int(m.group(1))
    m = _LAST_DIGIT.search(text)
    if m and (len(text.split()) >= 4 or _GOAL_THEN_DIGIT.match(text)) and not it._NOT_A_SCORE_BEFORE.search(text[:m.start(1)]):
        # "Det går godt, hun er glad for det. 4", "Det er noget pjat. 1.": a number of its own after the goal's sentences
        return int(m.group(1))
    m = _GOAL_WORDS_DIGIT.match(n)
    if m and moves._GOAL_VERB.match(m.group(1)) and m.group(2) not in moves._NUMBERED_AFTER_GOAL:
        return int(m.group(3))  # "gå med stok 2", "tage bus 3": a goal in a few words, then its number
    tail = re.search(r"[.!,]\s*([^.!,]{3,30}?)[.!]*\s*$", text)
    if tail and re.match(r"^(?:sådan )?(?:midt ?i ?mellem|somewhere in the middle|in the middle)$", it.norm(tail.group(1))):
        return 2  # "Det går så som så. midt imellem": the middle, in words
    if re.search(r"\b(?:går|goes|is going)\s*💯", text.lower()):
        return 4
    return None


_NEXT_GOAL = re.compile(r"^(?:og |så )?(?:det (?:første|andet|tredje|fjerde|ene|sidste)|mit (?:første |andet |tredje |næste |sidste )?mål|"
                        r"målet|et (?:andet|tredje) mål|(?:the )?(?:first|second|third|other|last) (?:one|goal)|my (?:first |second |next )?goal)\b")


def _several_goals(text: str, fresh: list[dict[str, Any]]) -> bool:
    """ "Jeg har tre mål. Det første er …", "Mit mål er … Mit andet mål er …": goals told as several goals."""
    goals = [i for i in fresh if i["category"] == "goal_progress"]
    if len(goals) < 2:
        return False
    intro = any(_GOAL_COUNT.match(it.norm(i["quote"])) for i in fresh)
    return intro or sum(1 for g in goals if _NEXT_GOAL.match(it.norm(g["quote"]))) >= 2


def _goals_without_score(s: dict[str, Any]) -> int:
    goals = [i for i in s["items"] if i.get("category") == "goal_progress" and not i.get("withdrawn") and i.get("quote")]
    return max(0, len(goals) - len(s["scores"]))


_FEAR_SAID = re.compile(r"\b(?:bange|bekymret|bekymrede|ræd|nervøs|angst|urolig|worried|worry|afraid|scared|anxious)\b")


_NUM = r"([0-4]|nul|en|et|én|to|tre|fire|zero|one|two|three|four)\b"
# "hun siger 4 men vi siger 3", "he says 4 but I say 2": the person's own score, and the relative's
# (never "Far siger 3" or "Mor siger 3": a parent may be someone else than the person the relative writes for)
_PERSON_SAYS = re.compile(r"\b(hun|han|she|he)"
                          r"(?: selv)? (?:siger|synes|mener|giver (?:det|den|sig selv)|says|thinks|gives it|would say)"
                          r"(?: selv)?,? (?:at )?(?:det er |it'?s |den er )?(?:(?:nok|måske|vel|probably|maybe) )?" + _NUM)
_WRITER_SAYS = re.compile(r"\b(jeg|vi|i|we)(?: selv)?(?:'d|'ll)? (?:siger|synes|mener|tror|vil sige|ville sige|giver (?:det|den)|say|think|would say|'d say|"
                          r"give it)(?: selv)?,? (?:at )?(?:det er |det nok er |it'?s |den er )?(?:(?:mere|nok|nærmere|måske|snarere|vel|kun|"
                          r"mere som|også|more like|maybe|probably|rather|only|just|also) )*(?:en |a )?" + _NUM)


# the number ends the view ("mor siger 3, …", "… 2 ud af 4"); never "mor siger 1 ting", "far siger, det er en god idé"
_NOT_COUNT = r"(?=\s*(?:$|[.,!?;:)]|ud af\b|out of\b|og\b|men\b|and\b|but\b|også\b|too\b|jeg\b|i\b|selv\b|/))"
# the person's own words beside a relative's number: "Mor siger 3, jeg siger 1", "my dad says 4 but I think 2"
_KIN_SAYS = re.compile(r"\b(?:(min|mit|my) )?(mor|far|mormor|morfar|farmor|farfar|søster|bror|kæreste|kone|mand|moster|faster|"
                       r"kontaktperson|kontaktpersonen|pædagog|pædagogen|mum|mom|mother|dad|father|sister|brother|"
                       r"girlfriend|boyfriend|wife|husband|partner|contact person)"
                       r" (?:siger|synes|mener|tror|giver (?:det|den|mig)|says|thinks|gives it|would say)(?: selv)?,? (?:at )?"
                       r"(?:det er |it'?s |den er |jeg er )?(?:(?:nok|måske|vel|probably|maybe) )?" + _NUM + _NOT_COUNT)
_I_SAY_AFTER = re.compile(r"\b(?:siger|synes|mener|tror|giver) (jeg)(?: selv)?,? (?:at )?(?:det er |den er )?"
                          r"(?:(?:mere|nok|nærmere|måske|snarere|vel|kun|også) )*" + _NUM + _NOT_COUNT)


def _own_and_kin(c: _Ctx, text: str) -> bool:
    """The person gives their own score beside a relative's ("Min mor mener 4, men selv synes jeg 2"): the person's own
    number is the score; the relative's is said back beside it and kept in the goal's status."""
    if c.s["written_by"] == "relative" and not c.s.get("handed_over"):
        return False
    n = it.norm(text)
    kin, own = _KIN_SAYS.search(n), _WRITER_SAYS.search(n) or _I_SAY_AFTER.search(n)
    if not kin or not own or own.group(1) not in ("jeg", "i"):
        return False
    score, other = it.parse_score(own.group(2)), it.parse_score(kin.group(3))
    if score is None or other is None:
        return False
    c.s["scores"].append({"score": score, "turn": c.s["turn"], "relative_score": other})
    word = kin.group(2)
    if c.lang == "en":
        who = f"your {word}"
    else:
        word = {"kontaktpersonen": "kontaktperson", "pædagogen": "pædagog"}.get(word, word)
        who = f"din {word}"
    c.add(c.t("score_views_agree", score=score) if score == other
          else c.t("score_own_and_kin", who=who, score=score, other=other), "simple_reflection")
    return True


def _two_views(c: _Ctx, text: str) -> bool:
    """A relative gives the person's own score and their own ("hun siger 4, vi siger nok 2"): the person's score is the
    score; the relative's is said back beside it and kept in the goal's status on the sheet."""
    if _own_and_kin(c, text):
        return True
    if c.s["written_by"] not in ("relative", "together"):
        return False
    n = it.norm(text)
    person, writer = _PERSON_SAYS.search(n), _WRITER_SAYS.search(n)
    if not person or not writer:
        return False
    score, other = it.parse_score(person.group(2)), it.parse_score(writer.group(2))
    if score is None or other is None:
        return False
    c.s["scores"].append({"score": score, "turn": c.s["turn"], "relative_score": other})
    en = c.lang == "en"
    third = c.s.get("third")
    who = {"hun": "Hun", "han": "Han", "she": "She", "he": "He"}.get(person.group(1)) or (
        {"hun": "She", "han": "He"} if en else {"hun": "Hun", "han": "Han"}).get(third)  # "Mor siger 4": the person, by name of kin
    if who is None:
        return False
    you = ("you" if en else "du") if writer.group(1) in ("jeg", "i") else ("you" if en else "I")
    c.add(c.t("score_views_agree", score=score) if score == other
          else c.t("score_two_views", who=who, you=you, score=score, other=other), "simple_reflection")
    return True


def _goal2(c: _Ctx, text: str, tag: TaggedUtterance | None) -> None:
    s = c.s
    if _two_views(c, text):
        _advance(c)
        return
    several = it.several_scores(text) if len(text.split()) <= 16 else []
    open_goals = _goals_without_score(s)
    if len(several) >= 2 and open_goals >= 2:
        # "4/4 på at handle, 2 på maden og 1 på bussen", "4 og 1": one score per goal, in the order the goals were told
        _scores(c, several[:open_goals])
        _advance(c)
        return
    between = it.score_range(text)
    if between is not None and len(text.split()) <= 8:
        _score(c, between[0], between=between)  # "mellem 2 og 3": said back as the range, kept as the lower end
        _advance(c)
        return
    if it.full_marks(text) and len(text.split()) <= 4:
        _score(c, 4)  # "💯", "det går 💯"
        _advance(c)
        return
    ten = _TEN_SCALE.match(clean(text).lower().strip())
    if ten:
        # "8", "7/10", "6 ud af 10": a number on the 0-10 scale most people know; heard as about that much of 4 (rounded),
        # said so, and the conversation goes on (not the 0-4 question once more, which puts a scripted chat out of step)
        n = int(ten.group(1) or ten.group(2))
        if ten.group(2) is not None or n >= 5:
            # "7 ud af 10" says the scale: read as such, not "Hvis det er ud af 10"
            _score(c, round(n * 0.4 + 1e-9), ten=n, ten_said=ten.group(2) is not None or ten.group(3) is not None)
            _advance(c)
            return
    score = it.parse_score(text)
    lead = re.match(r"^\s*(zero|one|two|three|four|nul|en|et|to|tre|fire|[0-4])\b[\s,.]*((?:\w+\b[\s,.]*){0,6})$", text, re.IGNORECASE)
    if lead and all(w in _SCORE_HEDGE for w in re.findall(r"[^\W\d_]+", lead.group(2).lower())):
        # "Two, maybe two and a half", "to, måske tre": the first number is the score; the rest hedges it
        score = it.parse_score(lead.group(1)) if score is None else score
        text = lead.group(1)
    # "Midt imellem, tror jeg": the hedge after the words is no part of the answer's length
    core = re.sub(r"[,\s]*(?:tror jeg|synes jeg|vel|i think|i guess|maybe|måske)[\s.!]*$", "", text.strip(), flags=re.IGNORECASE)
    if score is not None and len(core.split()) > 3 and not any(ch.isdigit() for ch in text):
        score = None  # "… men det går ikke så godt": an answer in words, not a number the citizen chose
    if it.how_it_goes_score(text) is not None:
        score = it.how_it_goes_score(text)  # "det går rigtig godt" to the 0-4 question: the score in words (4)
    if score is None and not (it.is_dont_know(text) or it.is_skip(text)):
        if len(text.split()) > 3:
            # after "Du kan skrive et tal fra 0 til 4" (a "7" on another scale), a worry is the citizen going on to
            # what fills their mind: it is parked (and answers the parking question), not a goal without a score
            # a worry said in so many words ("Jeg er bange for at falde. Og jeg glemmer ting.") is one too: all of it
            # and so is a worry the tagger is sure of that names no goal ("Min mor er syg og det tager al min energi")
            worry = tag is not None and tag.sheet == "parking" and (s["tries"] >= 1 or bool(_FEAR_SAID.search(it.norm(text))) or (
                (tag.scores or {}).get("sheet", 0) >= 0.7 and not _GOAL_WORDS.search(it.norm(text))))
            told = _record(c, text, tag, default="parking" if worry else "goal_progress")
            _reflect(c, told, text)
            if (not worry and s["tries"] < 1 and any(i.get("category") == "goal_progress" for i in told)
                    and _goals_without_score(s) == 1):
                # "Mit mål er at tage toget alene. Det går fint." to the 0-4 question: a goal told only now; its number is
                # asked once, in other words (else the "3" that follows lands on the parking question and is lost)
                s["tries"] += 1
                c.add(c.t("score_this_goal"), buttons=_score_buttons())
                return
            _advance(c)
            return
        if s["tries"] < 1:
            s["tries"] += 1
            c.add(c.t("unclear_score"), buttons=_score_buttons())
            return
    if score is not None:
        _score(c, score)
    else:
        c.add(c.t("skip_ok"))
    _advance(c)


_GOAL_WORDS = re.compile(r"\b(?:mål\w*|goals?|øver|øve|træner|træne|arbejder på|working on|practi[cs]e)\b")
# a number on a 0-10 scale to the 0-4 question: "8", "7/10", "6 ud af 10", "I'd say 7"
_TEN_SCALE = re.compile(r"^(?:(?:jeg|i)\s+(?:giver det|siger|would say|d say|give it)\s+|i['’]?d\s+(?:say|give it)\s+|det er\s+|"
                        r"it'?s\s+)?(?:(10|[5-9])|(10|\d)\s*(?:/|ud af|out of)\s*(?:10|ti|ten))"
                        r"(\s+(?:ud af|out of)\s+(?:10|ti|ten))?\s*[.!]*$")


def _score(c: _Ctx, score: int, *, between: tuple[int, int] | None = None, ten: int | None = None,
           ten_said: bool = False, with_goal: bool = False) -> None:
    c.s["scores"].append({"score": score, "turn": c.s["turn"]})
    key = "score_low" if score <= 1 else "score_mid" if score == 2 else "score_high"
    if between is not None:
        key = "score_low" if between[1] <= 1 else "score_high" if between[0] >= 3 else "score_mid"
    if key == "score_high" and c.s["written_by"] == "relative":
        key = "score_high_rel"  # the relative gives the score; it goes well for the person, not for "dig"
    said = c.t("score_between", low=between[0], high=between[1]) if between is not None else score
    line = c.t(key, score=said)
    if c.s["written_by"] in ("relative", "together"):
        # a relative (or the two together) tells the score: "Det er 2 ud af 4", never "Du giver det"
        line = c.t("score_is", score=said) + " " + line.split(". ", 1)[-1]
    if with_goal and any(m.text for m in c.msgs):
        # the goal's reflection already said how it goes: the number alone, about the goal ("Du giver det 2 ud af 4."
        # alone is read as confronting)
        line = c.t("score_is", score=said)
    if ten is not None:  # "8" on the 0-10 scale: "Du skrev 8 ud af 10. Det er cirka 3 ud af 4. Det går godt for dig."
        line = c.t("score_of_ten" if ten_said else "score_of_ten_bare", n=ten, score=score) + " " + line.split(". ", 1)[-1]
    c.add(line, "simple_reflection")


def _scores(c: _Ctx, scores: list[int]) -> None:
    """Several goals, several scores: each goal gets its own, and they are said back together."""
    for sc in scores:
        c.s["scores"].append({"score": sc, "turn": c.s["turn"]})
    joined = moves.join_words([str(sc) for sc in scores], c.lang)
    key = "scores_mixed" if max(scores) - min(scores) >= 2 else (
        "scores_low" if max(scores) <= 1 else "scores_high" if min(scores) >= 3 else "scores_mixed")
    line = c.t(key, scores=joined)
    if c.s["written_by"] in ("relative", "together"):
        line = c.t("scores_are", scores=joined) + " " + line.split(". ", 1)[-1]
    c.add(line, "simple_reflection")


# "kommer ikke for sent" is about the time, never a no to coming
_NOT_LATE = re.compile(r"\b(?:ikke|ik)\s+(?:for\s+sent|for\s+tidligt|too\s+late)\b|\b(?:not|never)\s+(?:be\s+)?late\b", re.IGNORECASE)


def _meeting1(c: _Ctx, text: str, tag: TaggedUtterance | None) -> None:
    prefs = c.s["preferences"]
    text = _NOT_LATE.sub("til tiden", text)
    if c.s["written_by"] != "relative" and len(text.split()) <= 5:
        # "konen ja", "ja manden": the definite form is how many say "min kone", "min mand"
        text = _KIN_DEFINITE.sub(lambda m: "min " + _KIN_DEFINITE_BASE[m.group(1).lower()], text)
    n = it.norm(text)
    if _SAD_ONLY.match(text) and not c.s.get("sad_at_meeting"):
        # "😢" to "Vil du have en pårørende med?": the feeling met gently (never "Det er helt i orden" as if it were a
        # no), and the question once more in other words (its own flag: "min kontaktperson" after it is still heard)
        c.s["sad_at_meeting"] = True
        c.add(c.t("ack_sad_mood"), "simple_reflection")
        buttons, technique = _answer_buttons(c.lang, "meeting1")
        c.add(c.t("q_meeting1_again"), technique, buttons)
        return
    if _PLAN_WORD.match(n) and it.parse_plan_version(text) and c.s["tries"] < 1:
        # "farverig" to "Vil du have en pårørende med?": the plan's look, said early; the meeting question once more
        c.s["tries"] += 1
        _plan_early(c, it.parse_plan_version(text))
        buttons, technique = _answer_buttons(c.lang, "meeting1")
        c.add(c.t("q_meeting1_again"), technique, buttons)
        return
    staff = _staff_coming(n)
    if staff and not it.is_no(text) and c.s["tries"] < 1 and not c.s.get("staff_attend"):
        # "Min kontaktperson kommer med": staff, not a relative; noted, and the question about a relative once more
        c.s["tries"] += 1
        c.s["staff_attend"] = True
        rel = "_rel" if c.s["written_by"] == "relative" else ""
        c.add(c.t(f"reflect_staff_comes{rel}"), "simple_reflection")
        buttons, technique = _answer_buttons(c.lang, "meeting1")
        c.add(c.t(f"q_meeting1_relative_too{rel}"), technique, buttons)
        return
    asks = _ASKS_COMES.match(clean(text))
    if asks and not it.is_no(text):
        # "kan Ali komme med?", "skal Ole med?": asked, and meant as a yes; the person is welcome
        prefs["relatives_attend"] = True
        name = re.sub(r"^(?:min|mit|my)\b", lambda m: {"min": "din", "mit": "dit", "my": "your"}[m.group(0).lower()], asks.group(1),
                      flags=re.IGNORECASE)
        c.add(c.t("relative_asked_yes", name=name), "giving_information")
        _advance(c)
        return
    but = re.search(r"\b(?:men|but)\b(.*)$", n)
    if but and _names_relative(but.group(1)) and (_COMES_WELCOME.search(but.group(1)) or len(but.group(1).split()) <= 4) and not (
            _PERSON_NOT_COMING.search(but.group(1)) or _NEGATED.search(but.group(1))):
        prefs["relatives_attend"] = True  # "nej, men min søster må gerne", "Ikke mig, men hans mor": she comes
    elif (it.is_no(text) or n.startswith(("ingen", "ikke", "helst ikke", "det vil jeg ikke"))) and _someone_comes(text):
        prefs["relatives_attend"] = True  # "Nej, ikke mig. Hans far kommer.": the no is to the writer; the father comes
    elif it.is_no(text) or n.startswith(("ingen", "ikke", "helst ikke", "det vil jeg ikke")) or (
            (_PERSON_NOT_COMING.search(n) or _PERSON_NOT_COMING.search(clean(text).lower())) and not _someone_comes(text)
            # a relative's "Ja, jeg kommer, men hans søster kommer nok ikke": the writer comes
            and not (c.s["written_by"] == "relative" and _writer_comes(text))):
        prefs["relatives_attend"] = False  # "min far skal ikke med", "jeg vil ikke have at min mor kommer med": a no
    elif it.is_yes(text) or (_names_relative(text) and not _TELLS_ABOUT(n)) or (
            _COMES_ALONG.search(n) and not _NEGATED.search(n)) or (
            c.s["written_by"] == "relative" and _writer_comes(text) and not _NEGATED.search(n)):  # "my mum", "Min nabo Grethe
        # må gerne komme": someone comes; a relative's "Han vil have mig med": the writer comes
        prefs["relatives_attend"] = True
    plan = it.parse_plan_version(text) if _PLAN_WORD.match(n) and not prefs.get("plan_version") else None
    if prefs["relatives_attend"] is None and plan:
        _plan_early(c, plan)  # "farverig" to the meeting question asked once more: the plan's look is kept, not lost
    elif prefs["relatives_attend"] is None:
        if _off_question(c, text, tag) or _not_a_choice(c, text):
            return
        c.add(c.t("skip_ok"))
    else:
        key = "reflect_relatives_yes" if prefs["relatives_attend"] else "reflect_relatives_no"
        who = _named_kin(clean(text)) if prefs["relatives_attend"] and c.s["written_by"] != "relative" else None
        if prefs["relatives_attend"] and c.s["written_by"] != "relative" and not who and c.lang != "en":
            who = _yes_name(clean(text))  # "ja Saskia", "JA PERNILLE": the person said back by name
        comes = _who_comes(clean(text), c.s["written_by"]) if prefs["relatives_attend"] and c.lang != "en" else None
        if prefs["relatives_attend"] and c.lang == "en" and c.s["written_by"] != "relative":
            who = _named_kin_en(clean(text))  # "yes my uncle": "You would like your uncle to come along."
        elif prefs["relatives_attend"] and c.lang == "en" and _writer_comes(text):
            comes = "you"  # an English relative's "Yes, I will come": "You will come to the meeting.", not "A relative …"
        c.s["attend_who"] = who or comes  # the summary names who comes ("Du vil gerne have din søster med til mødet.")
        if who:
            # "Min mor.", "Min kone Grethe kommer med.", "ja min kæreste mette": the person said back by name, not "en pårørende"
            c.add(c.t("reflect_relatives_named", who=who), "simple_reflection")
        elif comes and c.s["written_by"] != "relative":
            # "Måske min søster. Ja, hun må godt komme med.": the person, not "en pårørende"
            c.add(c.t("reflect_relatives_named", who=comes), "simple_reflection")
        elif comes == "you":
            c.add(c.t("reflect_relatives_writer"), "simple_reflection")
        elif comes:  # a relative: "Ja, jeg kommer med" is "Du kommer med til mødet.", "hendes bror" by name
            c.add(f"{comes[:1].upper()}{comes[1:]} kommer med til mødet.", "simple_reflection")
        elif (kin := _KIN_CANNOT.match(clean(text))) and c.lang != "en" and _PERSON_NOT_COMING.search(n):
            # "Min søster kan desværre ikke.": the person asked for cannot come; never "Du vil helst være uden pårørende"
            own = {"min": "din", "mit": "dit", "mine": "dine"}.get(kin.group(1).lower(), kin.group(1).lower())
            c.add(f"{own[:1].upper()}{own[1:]} {kin.group(2).lower()} kommer ikke med til mødet.", "simple_reflection")
        else:
            c.add(c.t(f"{key}_rel" if c.s["written_by"] == "relative" else key), "simple_reflection")
        plan = it.parse_plan_version(text) if _PLAN_LOOK.search(n) else None
        if plan:  # "Ja, Maja vil gerne med. Og jeg vil have den farverige.": both meeting answers in one message
            _plan_early(c, plan)
        rest = re.sub(r"^\s*(?:ja|jo|nej|no|yes)\b[\s,.!]*(?:tak\b[\s,.!]*)?(?:(?:men|og|but|and)\s+)?", "", text, count=1,
                      flags=re.IGNORECASE)
        if (rest != text and rest.strip() and _WISH_WORDS.search(it.norm(rest)) and not _AT_MEETING.search(it.norm(rest))
                and not _names_relative(rest) and not _PLAN_WORD.search(it.norm(rest)) and not _COMES_ALONG.search(it.norm(rest))
                and not _ABOUT_THE_MEETING_WISH.search(it.norm(rest)) and _content_words(rest)):
            # "nej, jeg vil også gerne have en hund": the no is to the meeting question, the wish is a point of its own
            # (kept on the sheet and said back, never lost with the no)
            for i in _record(c, rest, None, default="hope"):
                if i.get("category") in (None, "hope") and i.get("you"):
                    i.update(category="hope", talk_type="change")
                    c.add(i["you"], "simple_reflection")
    _advance(c)


_KIN_CANNOT = re.compile(r"^\W*(?:nej|desværre)?[\s,.!]*(min|mit|mine|hans|hendes)\s+(mor|far|forældre|bror|søster|søskende|kæreste|kone|mand|datter|søn|"
                         r"moster|faster|onkel|tante|ven|veninde|nabo|barnebarn|børn|familie)\b", re.IGNORECASE)
# "kan Ali komme med?", "må min mor også med?", "can Sara come along?": someone asked for as a question (a yes to the meeting question)
_ASKS_COMES = re.compile(r"^\s*(?i:må|kan|skal|can|may)\s+((?i:min|mit|my)\s+[a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)?|[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ]?[a-zæøå]+)?)"
                         r"\s+(?i:(?:også|godt|gerne|too)\s+)*(?i:(?:komme|come|gå)\s+)?(?i:med|along|with me|too)\b[^?]{0,30}\?*\s*$")


# "Nej, jeg vil gerne klare det selv", "Jeg vil gerne have at det går hurtigt": a wish about the meeting itself (how it goes,
# coming alone), said with the no to a relative; no life wish for the sheet
_ABOUT_THE_MEETING_WISH = re.compile(
    r"\b(?:klare (?:det|mødet|det hele) (?:selv|alene)|(?:gøre|sige|tage) det (?:selv|alene)|(?:komme|gå|tage|deltage|sidde) "
    r"(?:derhen |der |med )?(?:alene|selv)|alene (?:til|på|med)|det går (?:hurtigt|stærkt|hurtig|roligt)|"
    r"(?:hurtigt|hurtig|kort) (?:overstået|møde)|mødet|møderne|snakke (?:selv|for mig selv)|tale (?:selv|for mig selv)|"
    r"(?:bestemme|styre) (?:det )?selv|ingen (?:andre )?med|"
    r"(?:do it (?:on my own|by myself|myself|alone)|(?:come|go|attend) (?:on my own|by myself|alone)|go quickly|be quick|the meeting|"
    r"speak for myself))\b")
_NAMED_KIN = re.compile(r"^(?:(?:ja|jo)[,.!]?\s+(?:tak[,.!]?\s+)?)?(?:(min|mit)\s+)?(mor|far|søster|bror|kone|mand|datter|søn|kæreste|veninde|ven|"
                        r"nabo|moster|faster|mormor|farmor|morfar|farfar|onkel|svigerdatter|svigersøn|svigermor|svigerfar|barnebarn|"
                        r"oldebarn|bedstemor|bedstefar|kusine|fætter|nevø|niece|storebror|lillebror|storesøster|lillesøster)"
                        r"(?:\s+([^\W\d_]{2,}))?"
                        r"(?:\s+(?:kommer med|skal med|må gerne komme(?: med)?|vil gerne med))?[.!]*$", re.IGNORECASE)
# Danish function words and adverbs that can follow "min mand" and are never a name written in lower case
_NOT_A_KIN_NAME = {"og", "også", "gerne", "kommer", "skal", "må", "vil", "med", "tak", "måske", "nok", "vel", "jo", "selv",
                   "hvis", "ikke", "ik", "altid", "aldrig", "tit", "ofte", "sikkert", "sikker", "helt", "bare", "kun", "igen",
                   "nu", "da", "så", "her", "der", "hjemme", "sammen", "eller", "men", "for", "fordi", "når", "om", "til",
                   "fra", "på", "i", "af", "som", "den", "det", "de", "en", "et", "han", "hun", "ham", "hende", "jeg", "mig",
                   "vi", "os", "dem", "er", "var", "kan", "gør", "går", "plejer", "nemlig", "klart", "absolut", "ja", "nej",
                   "jamen", "tror", "håber", "helst", "hellere", "sagtens", "godt", "mest", "meget", "lidt", "vist", "heller",
                   "endnu", "stadig", "allerede", "snart", "ellers", "begge", "alle", "hver", "dog"}
_ADVERB_END = ("lig", "ligt", "vis", "t")


def _looks_like_name(word: str) -> bool:
    """ "Grethe", "mette": a name; "selvfølgelig", "altid", "forhåbentlig", "ikke": words of the sentence, never a name.
    A capital in the citizen's own writing says name; a lower-case word is a name unless it is a small word or an adverb."""
    if word[:1].isupper() and word.lower() not in ("ikke", "også", "og"):
        return True
    low = word.lower()
    return low not in _NOT_A_KIN_NAME and not low.endswith(_ADVERB_END)


_KIN_ANYWHERE = re.compile(r"\b(min|mit|hans|hendes)\s+(mor|far|søster|bror|kone|mand|datter|søn|kæreste|veninde|ven|nabo|"
                           r"moster|faster|mormor|farmor|morfar|farfar|onkel|tante|svigerdatter|svigersøn|svigermor|svigerfar|"
                           r"barnebarn|oldebarn|bedstemor|bedstefar|kusine|fætter|nevø|niece|storebror|lillebror|storesøster|"
                           r"lillesøster)\b(?:\s+([^\W\d_]{2,}))?", re.IGNORECASE)  # a name in any letters ("Ayşe", "Łucja")
# the writer as the one who comes, in a clause of its own: "jeg tager med", "Ja, mig og hans far", "hans far og mig"
_WRITER_COMES = re.compile(r"\bjeg (?:(?:også|gerne|selv|nok|godt) )?(?:kommer|tager|deltager|går|vil gerne|vil også|skal|kan)\b|"
                           r"^\W*(?:(?:ja|jo|jep|jeps|gerne|tak|selvfølgelig)\W+)*(?:(?:både|også) )?mig\b|\b(?:og|samt) mig\b(?! selv)|"
                           # "Både jeg og hans mor", "Jeg og hans far (kommer)"; never "Jeg og hans far er skilt"
                           r"^\W*(?:(?:ja|jo|jep|jeps|gerne|tak|selvfølgelig)\W+)*(?:både )?jeg og (?:\w+ ){0,2}?\w+"
                           r"(?:\s+(?:også |gerne |nok )?(?:kommer|tager|går|deltager|vil|kan|skal)\b[^.!?]*)?[\s.!]*$|"
                           r"\b(?:have|ha|tage|ta) mig med\b|"  # "Han vil have mig med"
                           # an English relative's "Yes, I will come", "I'll be there", "me and her dad"
                           r"\bi(?:'ll| will| am|'m| can| shall)? (?:(?:also|definitely|probably|gladly|happily) )?"
                           r"(?:come|coming|be there|join|joining|attend|attending)\b|"
                           r"^\W*(?:(?:yes|yeah|sure|of course)\W+)*(?:(?:also|just|both) )?me\b|\band me\b",
                           re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"[.!?;,]|\s(?:men|but)\s", re.IGNORECASE)
_NOT_IN_CLAUSE = re.compile(r"\b(?:ikke|ik|aldrig|ingen|not|never)\b|n't\b", re.IGNORECASE)
# "ikke min mor", "uden hans far", "min mor kan desværre ikke": a named person who does not come
_KIN_NOT_BEFORE = re.compile(r"\b(?:ikke|ik|uden)\s+(?:engang\s+)?$", re.IGNORECASE)
_KIN_NOT_AFTER = re.compile(r"^(?:\s+\w+){0,2}?\s+(?:kan|kommer|skal|vil|må|gider|orker|når)(?:\s+\w+)?\s+(?:ikke|ik|aldrig)\b",
                            re.IGNORECASE)


def _writer_comes(text: str) -> bool:
    """A relative's own "jeg tager med" or "mig" as the one who comes; never "ikke mig", "Jeg kan desværre ikke" or a
    "mig" inside another sentence ("Han har lovet det til mig")."""
    return any(_WRITER_COMES.search(cl) and not _NOT_IN_CLAUSE.search(cl) for cl in _CLAUSE_CUT.split(text))


def _kin_coming(text: str) -> re.Match[str] | None:
    """The first person named who is not said not to come ("Ja, men ikke min mor." names no one)."""
    for m in _KIN_ANYWHERE.finditer(text):
        if not (_KIN_NOT_BEFORE.search(text[:m.start()]) or _KIN_NOT_AFTER.match(text[m.end(2):])):
            return m
    return None


# a relative's English "me and his dad", "her mum and I": the person who comes along with the writer
_EN_KIN_COMES = re.compile(r"\b(his|her) (\w+)\b(?! (?:can(?:'t|not)|won't|will not|is not|isn't|doesn't|does not)\b)",
                           re.IGNORECASE)


def _who_comes(text: str, written_by: str) -> str | None:
    """Who comes to the meeting, named anywhere in the answer ("Måske min søster. Ja, hun må godt komme med." -> "din
    søster"; a relative's "Ja, jeg kommer med" -> "du", "hendes bror" as written); None when no one is named."""
    relative = written_by == "relative"
    m = _kin_coming(text)
    if relative and _writer_comes(text):
        if m and m.group(1).lower() in ("hans", "hendes"):  # "Ja, mig og hans far": both come, never the writer alone
            name = f" {m.group(3)}" if m.group(3) and m.group(3)[0].isupper() and m.group(3).lower() not in _NOT_A_KIN_NAME else ""
            return f"du og {m.group(1).lower()} {m.group(2).lower()}{name}"
        en = None if m else _EN_KIN_COMES.search(text)
        if en and en.group(2).lower() in moves._EN_DA_KIN:  # "yes, me and his dad": both come, said in Danish
            return f"du og {moves._EN_DA_OWNER[en.group(1).lower()]} {moves._EN_DA_KIN[en.group(2).lower()]}"
        return "du"
    if not m or (relative and m.group(1).lower() in ("min", "mit")):
        return None  # a relative's "min søster" is her own sister, not the person's
    kin = m.group(2).lower()
    own = ("dit" if kin in ("barnebarn", "oldebarn") else "din") if m.group(1).lower() in ("min", "mit") else m.group(1).lower()
    name = f" {m.group(3)}" if m.group(3) and m.group(3)[0].isupper() and m.group(3).lower() not in _NOT_A_KIN_NAME else ""
    return f"{own} {kin}{name}"


_NAMED_KIN_EN = re.compile(r"^\W*(?:(?:yes|yeah|yep|ok|okay|maybe|perhaps|probably|sure)\b[\s,.!]*)*(?:(?:i would like|i'?d like|i want)\s+)?"
                           r"(?:maybe\s+)?my (mum|mom|mother|dad|father|brother|sister|uncle|aunt|auntie|cousin|wife|husband|girlfriend|"
                           r"boyfriend|partner|son|daughter|friend|grandma|grandmother|grandpa|grandfather|nephew|niece|neighbour|neighbor)"
                           r"(?:\s+([A-Z][a-z]+))?(?:\s+(?:will come|is coming|can come|comes|please|too))?[\s.!]*$", re.IGNORECASE)


def _named_kin_en(text: str) -> str | None:
    """ "yes my uncle", "Maybe my sister Sara": the person, said back ("your uncle"); None for anything longer."""
    m = _NAMED_KIN_EN.match(text.strip())
    if not m:
        return None
    name = f" {m.group(2)}" if m.group(2) and m.group(2)[0].isupper() and m.group(2).lower() not in ("will", "is", "can") else ""
    return f"your {m.group(1).lower()}{name}"


_KIN_DEFINITE_BASE = {"konen": "kone", "manden": "mand", "kæresten": "kæreste", "datteren": "datter", "sønnen": "søn",
                      "søsteren": "søster", "broren": "bror", "broderen": "bror", "naboen": "nabo", "vennen": "ven",
                      "veninden": "veninde"}
_KIN_DEFINITE = re.compile(rf"(?<!min )(?<!mit )\b({'|'.join(_KIN_DEFINITE_BASE)})\b(?!\s+(?:fra|i|på|ved|hos|der|som|til)\b)",
                           re.IGNORECASE)  # never "manden fra kommunen"
_YES_NAME = re.compile(r"^\W*(?:ja|jo|jep|jeps)\b[\s,.!]*(?:(?:tak|gerne)[\s,.!]+)?([^\W\d_]{2,}(?:-[^\W\d_]{2,})?)"
                       r"(?:\s*(?:,|og)\s*([^\W\d_]{2,}(?:-[^\W\d_]{2,})?))?[\s.!]*$", re.IGNORECASE)
# one word after a yes that is no name ("ja tak", "ja klart", "ja familien")
_NOT_YES_NAME = frozenset({"tak", "okay", "ok", "oki", "fint", "fedt", "super", "bestemt", "klart", "måske", "please", "alle",
                           "begge", "mange", "nogen", "forældre", "forældrene", "søskende", "børn", "børnene", "familie", "venner",
                           "vennerne", "farverig", "neutral", "gerne", "selv", "kontaktperson", "kontaktpersonen",
                           "pædagog", "pædagogen", "bostøtte", "bostøtten", "personale", "personalet", "nogle", "hvem", "hvad",
                           "to", "tre", "en", "én", "et", "ham", "hende", "dem", "hun", "han", "de", "lige", "altså", "sgu"})


def _yes_name(text: str) -> str | None:
    """ "ja Saskia", "ja PERNILLE", "Ja vuk" (capitals calmed): the one word after the yes is the person who comes."""
    m = _YES_NAME.match(text.strip())
    if not m:
        return None
    names = []
    for word in (w for w in m.groups() if w):
        low = word.lower()
        if (low in _NOT_YES_NAME or low in _KIN_WORD_LIST or low in _KIN_DEFINITE_BASE or not _looks_like_name(low)
                or not word[:1].isupper() and low.endswith(("en", "ene", "erne", "et")) and low not in _SHE_NAMES
                and low not in _HE_NAMES):  # "ja vennerne" is no one's name; "ja Karen" is
            return None
        names.append(low[:1].upper() + low[1:])
    return " og ".join(names)  # "ja, Hassan og Leila": both


def _named_kin(text: str) -> str | None:
    """ "ja min kæreste mette", "Ja, mit barnebarn Line.", "ja mor": the person, said back by name ("din kæreste Mette")."""
    m = _NAMED_KIN.match(text.strip())
    if not m or (m.group(3) and m.group(3).lower() in ("ikke", "ik", "aldrig", "og", "eller", "men", "hvis")):
        return None
    if _KIN_NOT_AFTER.match(text.strip()[m.end(2):]):
        return None  # "Min søster kan desværre ikke.": she does not come
    kin = m.group(2).lower()
    own = "dit" if kin in ("barnebarn", "oldebarn") else "din"
    name = m.group(3) if m.group(3) and _looks_like_name(m.group(3)) else None  # "min mand selvfølgelig": "din mand"
    return f"{own} {kin}" + (f" {name[:1].upper()}{name[1:]}" if name else "")


def _meeting2(c: _Ctx, text: str, tag: TaggedUtterance | None) -> None:
    s = c.s
    s["preferences"]["plan_version"] = it.parse_plan_version(text)
    if s["preferences"]["plan_version"] is None and _NO_PREFERENCE.search(it.norm(text)):
        c.add(c.t("plan_either"))  # "lige meget, du bestemmer": no choice is asked for again; it can wait for the meeting
        _advance(c)
        return
    n = it.norm(text)
    staff = _staff_coming(n)
    if s["preferences"]["plan_version"] is None and staff and not it.is_no(text) and s["tries"] < 1:
        # "Min kontaktperson Susanne" to the plan question: staff who come to the meeting, not a relative and not a strength
        s["tries"] += 1
        s["staff_attend"] = True
        c.add(c.t("reflect_staff_comes_rel" if s["written_by"] == "relative" else "reflect_staff_comes"), "simple_reflection")
        buttons, technique = _answer_buttons(c.lang, "meeting2")
        c.add(c.t("q_meeting2_again"), technique, buttons)
        return
    if (s["preferences"]["plan_version"] is None and s["tries"] < 1 and len(text.split()) <= 5 and _names_relative(text)
            and not it.is_no(text) and not _TELLS_ABOUT(it.norm(text))):
        # "Min kontaktperson Susanne" to the plan question: who comes to the meeting, not a strength
        s["tries"] += 1
        s["preferences"]["relatives_attend"] = True
        c.add(c.t("reflect_relatives_yes_rel" if s["written_by"] == "relative" else "reflect_relatives_yes"), "simple_reflection")
        buttons, technique = _answer_buttons(c.lang, "meeting2")
        c.add(c.t("q_meeting2_again"), technique, buttons)
        return
    if s["preferences"]["plan_version"] is None and (_off_question(c, text, tag) or _not_a_choice(c, text)):
        return
    if (s["preferences"]["plan_version"] is None and s["tries"] < 1 and not (it.is_dont_know(text) or it.is_skip(text))
            and not it.is_no(text)):
        # "ja min kone Hanne" to "farverig eller neutral?": no choice of plan; a relative named answers the
        # meeting question before it, and the plan question comes once more
        s["tries"] += 1
        if _names_relative(text):
            s["preferences"]["relatives_attend"] = True
            key = "reflect_relatives_yes"
            c.add(c.t(f"{key}_rel" if s["written_by"] == "relative" else key), "simple_reflection")
        else:
            c.add(c.t("choose_meeting2"), "giving_information")
        buttons, technique = _answer_buttons(c.lang, "meeting2")
        c.add(c.t("q_meeting2_again"), technique, buttons)
        return
    _advance(c)


# Words about the plan's look: a gate before parse_plan_version reads the choice ("plain" as an answer, "plan" in a
# question about it)
_LOOK_WORDS = r"farve(?!l\b)\w*|farverig\w*|neutral\w*|colou?r\w*"
_PLAN_LOOK = re.compile(rf"\b(?:{_LOOK_WORDS}|plain)\b")
_PLAN_TALK = re.compile(rf"\b(?:plan\w*|{_LOOK_WORDS})\b")
_NO_PREFERENCE = re.compile(r"\b(?:lige meget|ligemeget|lig meget|ligegyldigt|det samme|du bestemmer|du må bestemme|det må du bestemme|"
                            r"det (?:må|kan|skal|får) (?:han|hun|de|i|min \w+|mit \w+|[a-zæøå]+) (?:selv )?(?:bestemme|vælge)|"
                            r"det bestemmer (?:han|hun|de|i|min \w+|mit \w+)|(?:det er )?op til (?:ham|hende|dem|jer|min \w+)|"
                            r"(?:he|she|they) (?:can|may|will) (?:decide|choose)|"
                            r"you decide|you choose|(?:it )?doesn'?t matter|i don'?t mind|either is fine)\b")
# "ligemeget", "det er mig lige meget" to "Er det rigtigt?": the whole answer, never "ikke lige meget" or "ikke det samme"
_WHATEVER = re.compile(r"^(?:(?:det|det er|det er mig|er|is|it'?s|it is)\s+)?(?:lige meget|ligemeget|lig meget|ligegyldigt|du bestemmer|"
                       r"you decide|(?:it )?doesn'?t matter|i don'?t mind|whatever)(?: for mig| to me)?[\s.!]*$")
_KIN_WORD_LIST = ("mor", "far", "søster", "bror", "kæreste", "ven", "veninde", "mormor", "moster", "onkel", "faster", "kone",
              "mand", "datter", "søn", "farmor", "morfar", "farfar", "mormor", "familie", "wife", "husband",
              # the wider family: "Min nevø Poul vil gerne med", "mit barnebarn", "min svigerdatter"
              "nevø", "niece", "fætter", "kusine", "tante", "barnebarn", "svigerdatter", "svigersøn", "svigerinde", "svoger",
              "svigermor", "svigerfar", "bedstemor", "bedstefar", "storebror", "lillebror", "storesøster", "lillesøster",
              "morbror", "farbror", "stedfar", "stedmor", "plejemor", "plejefar", "papfar", "papmor", "nephew", "niece", "cousin",
              "mum", "mom", "mother", "dad", "father", "sister", "brother", "daughter", "son", "girlfriend", "boyfriend",
              "friend", "partner", "family", "grandma", "grandmother", "grandad", "grandfather", "aunt", "uncle")


# staff who come to the meeting anyway: not a relative
# "min kontaktperson ringer aldrig tilbage": a complaint about the staff, not who comes to the meeting
_STAFF_COMPLAINT = re.compile(r"\b(?:aldrig|never|(?:svarer|ringer|lytter|hører|kommer) (?:ikke|ik)|(?:doesn'?t|does not|won'?t) "
                              r"(?:answer|call|listen|come))\b")
_STAFF = re.compile(r"\b(?:(?:min |mit |hans |hendes |vores )?(?:støtte)?kontaktperson\w*|mestringsvejleder\w*|bostøtte\w*|"
                    r"hjemmevejleder\w*|pædagog\w*|(?:my |his |her )?(?:contact person|support worker|key worker))\b")


def _staff_coming(n: str) -> bool:
    """Staff named as coming to the meeting (normalised text): no relative named with them, no complaint about them."""
    return bool(_STAFF.search(n)) and not any(re.search(rf"\b{w}\b", n) for w in _KIN_WORD_LIST) and not _STAFF_COMPLAINT.search(n)


def _TELLS_ABOUT(n: str) -> bool:  # noqa: N802 - reads as the rule it is
    """ "Min mor er syg": a relative named in a sentence about her, not as the one who comes to the meeting."""
    return bool(re.search(r"\b(?:er|var|har|havde|bliver|blev|døde|bor|is|was|has|had|lives)\b", n)) and not re.search(
        r"\b(?:med|kommer|komme|deltager|deltage|come|coming|join|hvis|if)\b", n)


def _plan_early(c: _Ctx, plan: str) -> None:
    s = c.s
    s["preferences"]["plan_version"] = plan
    s["plan_early"] = True
    c.add(c.t("summary_plan_rel" if s["written_by"] == "relative" else "summary_plan", plan=c.t(f"plan_{plan}")), "simple_reflection")


# "Hanne kommer med", "Per tager med": a named person who comes along
# ("Ruth kommer selvfølgelig med", "Ole tager nok med": the same with a word between)
_COMES_ADVERB = r"(?:(?:også|selvfølgelig|selvfolgelig|sikkert|helt sikkert|nok|gerne|altid|jo|garanteret|nemlig) )*"
_NAMED_COMES = re.compile(r"^(?:ja,?\s+)?[A-ZÆØÅ][a-zæøå]+ (?:kommer|tager|går|skal|vil gerne|vil) " + _COMES_ADVERB + r"(?:med|være med)\b|"
                          r"^(?:yes,?\s+)?[A-Z][a-z]+ (?:is coming|will come|comes)\b")


# "Min nabo Grethe må gerne komme", "hun kan godt komme med", "my friend can come": someone comes along
_COMES_ALONG = re.compile(r"\b(?:må|kan|skal|vil|gider) (?:gerne |også |godt |sagtens )*(?:komme|tage|være) ?(?:med)?\b|"
                          r"\b(?:vil|skal) (?:gerne |også )+med\b|"
                          r"\bkommer " + _COMES_ADVERB + r"med\b|\b(?:can|may|will|could) (?:also )?come\b")


# the person named is not to come: "min far skal ikke med", "min mor må ikke komme", "jeg vil ikke have at min mor kommer"
_PERSON_NOT_COMING = re.compile(r"\b(?:skal|må|kan|vil|gider|kommer|får)\s+(?:\w+\s+)?(?:ikke|ik|aldrig)\s+(?:\w+\s+)?"
                                # "… kan ikke komme før kl 10" is a time, not a no
                                r"(?:med|komme|deltage|være med)\b(?!\s+(?:før|efter|inden|kl|klokken|tidligt|om morgenen))|"
                                # "jeg vil ikke have, at min mor kommer med"; not "hun vil ikke have, at jeg er alene"
                                r"\b(?:vil|ønsker)\s+ikke\s+(?:have\s+)?,?\s*at\s+(?:\w+\s+){1,3}(?:kommer|komme|er med|skal med|deltager)\b|"
                                r"\b(?:should|must|can|will|may)(?:n'?t| not) (?:come|be there)\b|\bdon'?t want (?:\w+\s+){1,3}to come\b|"
                                # "min søster kan desværre ikke", "min mor kommer ikke, hun er syg", "har ikke tid": the verb
                                # itself is negated, with nothing after it but a reason
                                r"\b(?:skal|ska|må|kan|ka|vil|gider|orker|tør|kommer|når|har)\s+(?:(?:desværre|altså|nok|vist|"
                                r"bare|jo|da|heller|lige|faktisk|egentlig)\s+){0,2}(?:ikke|ik|ikk|it)(?:\s+(?:tid|mulighed|lyst|"
                                r"overskud|kræfter))?(?=\s*$|\s*[,;]|\s+(?:hun|han|de|vi|jeg|det|fordi|for|da|så|men|desværre|i dag)\b)")
_COMES_WELCOME = re.compile(r"\b(?:må|kan|skal|vil|gider|may|can|will) (?:\w+ )?(?:gerne|godt|sagtens|også|come)\b|"
                            r"\bkommer (?:gerne |også )?med\b")


def _someone_comes(text: str) -> bool:
    """One sentence or clause names a relative who comes, while another says someone does not ("min bror kommer
    med. Min far skal ikke med"): a relative comes."""
    parts = [it.norm(p) for p in re.split(r"[.;!?,]|\b(?:og|men|but|and)\b", clean(text).lower())]
    return any(_names_relative(p) and (_COMES_WELCOME.search(p) or _COMES_ALONG.search(p) or re.search(r"\bkommer(?: også)?\s*$", p))
               and not _PERSON_NOT_COMING.search(p) and not _NEGATED.search(p) for p in parts)


def _told_relative_comes(s: dict) -> bool:
    """A point written earlier says a relative comes to the meeting ("Min søster Lise skal med til mødet")."""
    for item in s["items"]:
        if item.get("withdrawn") or item.get("correction") or item.get("speaker", "citizen") != "citizen":
            continue
        quote = item.get("quote") or ""
        n = it.norm(quote)
        if (_names_relative(quote) and (_COMES_ALONG.search(n) or re.search(r"\bmed (?:til|på|ind til) (?:mødet|møde)\b", n))
                and not _NEGATED.search(n)):
            return True
    return False


def _names_relative(text: str) -> bool:
    n = it.norm(text)
    return (bool(it.RELATIVE.search(n)) or any(w in re.findall(r"[^\W\d_]+", n) for w in _KIN_WORD_LIST)
            or bool(_NAMED_COMES.match(clean(text).strip())))


def _not_a_choice(c: _Ctx, text: str) -> bool:
    """ "3" to "Vil du have en pårørende med?": no answer to this question; asked again, kindly, once."""
    s = c.s
    if s["tries"] >= 1 or re.search(r"[^\W\d_]", text) or not re.search(r"\d", text):
        return False
    s["tries"] += 1
    buttons, technique = _answer_buttons(c.lang, s["step"])
    c.add(c.t(f"choose_{s['step']}"), "giving_information")
    c.add(c.t(f"q_{s['step']}_again"), technique, buttons)
    return True


def _off_question(c: _Ctx, text: str, tag: TaggedUtterance | None) -> bool:
    """Something said to a yes/no or either/or question that is not its answer ("min økonomi, jeg har gæld"
    to "Vil du have en pårørende med?"): kept on the sheet, reflected, and the question asked once more."""
    s = c.s
    if s["tries"] >= 1 or it.is_dont_know(text) or it.is_skip(text):
        return False
    if len(text.split()) < 3:
        # "penge" to "Vil du have en pårørende med?": a word that clearly is a worry (or a wish, by the tagger) is
        # filed by its content; a scripted or hasty answer one question late is not lost
        kind = _short_content(text, tag)
        if kind is None:
            return False
        tag = dataclasses.replace(tag, sheet=kind, clauses=[], scores={**tag.scores, "sheet": max(tag.scores.get("sheet", 0.0), 0.8)}) \
            if tag is not None else TaggedUtterance(text=text, speaker="citizen", talk_type="neutral", subtype=None, theme="none",
                                                    sheet=kind, safety=False, confidence=0.8, evidence=text, scores={"sheet": 0.8})
    fresh = _record(c, text, tag, default=None)
    if not any(i["category"] for i in fresh):
        return False
    s["tries"] += 1
    _reflect(c, fresh, text)
    buttons, technique = _answer_buttons(c.lang, s["step"])
    c.add(c.t(f"q_{s['step']}_again"), technique, buttons)  # the same question in other words, not again
    return True


# one or two words that clearly are a worry, whatever the question was
_WORRY_WORD = re.compile(r"^(?:min |mit |mine |my )?(?:penge|pengene|økonomi|økonomien|gæld|gælden|ensom|ensomhed|ensomheden|"
                         r"smerter|smerterne|angst|angsten|stress|søvn|søvnen|helbred|helbredet|sygdom|sygdommen|bolig|boligen|"
                         r"naboen|naboerne|ryg|ryggen|money|debt|loneliness|pain|anxiety|sleep|health)[.!]*$")


def _short_content(text: str, tag: TaggedUtterance | None) -> str | None:
    """The sheet field of a one- or two-word answer that clearly is a worry or a wish, else None."""
    n = it.norm(text).strip(" .!?")
    if not n or it.is_yes(text) or it.is_no(text) or _names_relative(text) or it.parse_plan_version(text) \
            or _NO_PREFERENCE.search(n) or re.search(r"\d", n):
        return None
    if _WORRY_WORD.match(n):
        return "parking"
    if tag is not None and tag.talk_type == "change" and tag.sheet in ("hope", "employment") and tag.scores.get("sheet", 0) >= 0.6:
        return tag.sheet  # "job", "en kæreste": a wish
    return None


# "og skriv at …", "tilføj lige at …", "sæt også på, at …": the words that ask for a point to be added, before it
_WRITE_THAT = re.compile(r"^\W*(?:(?:og|men|så)\s+)?(?:skriv|tilføj|sæt|notér|noter)(?:\s+(?:lige|også|gerne|venligst|så))*"
                         r"(?:\s+(?:på|ind|med))?,?\s+at\s+(?=\w)", re.IGNORECASE)


def _summary(c: _Ctx, text: str, tag: TaggedUtterance | None) -> None:
    s = c.s
    if s["awaiting"] != "correction" and _WHATEVER.match(it.norm(text)) and len(text.split()) <= 4 \
            and not it.is_no(text) and not re.search(r"\bikke\b", it.norm(text)):
        # "ligemeget" to "Er det rigtigt?": no correction; taken as a yes, gently said
        c.add(c.t("summary_whatever"))
        _confirm(c)
        return
    if s["awaiting"] != "correction" and it.is_confirmation(text):
        _confirm(c)
        return
    if s["awaiting"] != "correction" and it.is_thanks(text) and len(text.split()) <= 3:
        # "tak" under the summary is neither a yes nor a correction: nothing is added, the choice is asked for
        c.add(c.t("summary_confirm_again"), "closed_question",
              [_btn(c.lang, "btn_yes", "yes"), _btn(c.lang, "btn_correct", "correct")])
        return
    if s["awaiting"] != "correction" and it.is_dont_know(text) and len(text.split()) <= 6:
        # "ved ikke" to "Er det rigtigt?": never a point of its own. The first time the summary is explained and the
        # choice asked once more; a second "ved ikke" leaves the summary as it is
        if s.get("summary_dont_know"):
            c.add(c.t("summary_whatever"))
            _confirm(c)
            return
        s["summary_dont_know"] = True
        # "ved ikke hvad farverig betyder": what the plan's look means is explained, not the summary
        c.add(c.t("plan_explain" if _PLAN_TALK.search(it.norm(text)) else "summary_explain"), "giving_information")
        c.add(c.t("q_summary_confirm"), "closed_question",
              [_btn(c.lang, "btn_yes", "yes"), _btn(c.lang, "btn_correct", "correct")])
        return
    if _summary_question(text):
        # "hvad betyder farverig?": a question about the summary or the plan, answered; never a correction
        s["awaiting"] = None
        if _PLAN_TALK.search(it.norm(text)):
            c.add(c.t("plan_explain"), "giving_information")
        else:
            c.add(c.t("summary_explain"), "giving_information")
        c.add(c.t("q_summary_confirm"), "closed_question",  # the question that is open stays the summary's
              [_btn(c.lang, "btn_yes", "yes"), _btn(c.lang, "btn_correct", "correct")])
        return
    if s["awaiting"] == "correction" and len(text.split()) <= 3 and (
            it.is_yes(text) or it.is_no(text) or it.is_thanks(text) or it.is_dont_know(text)):
        # a bare "ja" or "nej" to "Hvad skal jeg rette?": nothing to add; no empty correction, the choice once more
        s["awaiting"] = None
        c.add(c.t("correction_nothing"))
        c.add(c.t("q_summary_confirm"), "closed_question",
              [_btn(c.lang, "btn_yes", "yes"), _btn(c.lang, "btn_correct", "correct")])
        return
    plan = it.parse_plan_version(text) if len(text.split()) <= 3 or (
        len(text.split()) <= 10 and _PLAN_TALK.search(it.norm(text))
        and not re.search(r"\b(?:god til|drømmer|håber|fylder)\b", it.norm(text))) else None
    if plan:  # "farverig" under the summary: the plan's look, not a new point
        s["awaiting"] = None
        s["preferences"]["plan_version"] = plan
        c.add(c.t("correction_ok"))
        _show_summary(c, again=True)
        return
    swap = _MEETING_SWAP.match(it.norm(text))
    if swap and c.lang == "da":
        # "Og jeg vil ikke have min far med, det skal være min mor": another one comes to the meeting; no new point
        s["awaiting"] = None
        own = s["written_by"] != "relative"
        poss = {"min": "din", "mit": "dit", "mine": "dine", "sin": "din", "sit": "dit", "sine": "dine"}.get(swap.group(1), swap.group(1)) \
            if own else {"min": "min", "mit": "mit", "sin": "hans" if s.get("third") == "han" else "hendes"}.get(swap.group(1), swap.group(1))
        s["preferences"]["relatives_attend"] = True
        s["attend_who"] = f"{poss} {swap.group(2)}"
        s["corrections"].append({"text": text, "you": "", "turn": s["turn"]})
        c.add(c.t("correction_ok"))
        _show_summary(c, again=True)
        return
    attend = _relatives_correction(text)
    if attend is not None:  # "Nej, jeg vil gerne have min datter med til mødet": the meeting choice changes, no new point
        s["awaiting"] = None
        s["preferences"]["relatives_attend"] = attend
        named = _NOT_THIS_ONE.sub(" ", clean(text))  # "hans mor, ikke hans far": the one left out is not who comes
        if c.lang == "da" and s["written_by"] != "relative":
            # "jeg vil gerne have min søn med til mødet": the summary names him ("din søn"), not "en pårørende"
            s["attend_who"] = (_named_kin(named) or _who_comes(named, s["written_by"]) or s.get("attend_who")) if attend else None
        elif c.lang == "da":
            # a relative's "det er hans mor, ikke hans far, der kommer med": the summary names her, never the one before
            s["attend_who"] = (_who_comes(named, "relative") or (s.get("attend_who") if named == clean(text) else None)) if attend else None
        s["corrections"].append({"text": text, "you": "", "turn": s["turn"]})
        c.add(c.t("correction_ok"))
        _show_summary(c, again=True)
        return
    if s["awaiting"] != "correction" and _NOT_RIGHT_AFTER_NO.match(it.norm(text).strip(" .!")):
        text = "nej"  # "Nej det er det ikke", "nej det passer ikke": a no, what to change is asked, no point of its own
    if s["awaiting"] == "correction" or not (it.is_yes(text) or it.is_no(text)) or (
            len(text.split()) > 3 and not _no_and_closing(text)) or _said_after_no(text):
        # a correction or an addition: keep it, place it on the sheet, and ask again
        was_asked = s["awaiting"] == "correction"
        s["awaiting"] = None
        body = text
        withdrawn_before = {id(i): bool(i.get("withdrawn")) for i in s["items"]}
        # "nej, …", "Næsten. …", "ikke helt, …": the lead is no part of what is corrected ("nogle" keeps its "no")
        body = _CORRECTION_LEAD.sub("", body, count=1).strip(" ,.") or body
        # "det passer ikke med bilen, …": the same as "det med bilen passer ikke, …" (the point named, then what is true)
        body = _WRONG_BEFORE_POINT.sub(lambda m: f"{m.group(1)} med {m.group(3).strip()} {m.group(2)}", body, count=1)
        # "Nej, det er forkert, min hund hedder Bimse": the "det er forkert" is no part of the fix (never a new name)
        body = re.sub(r"^(?:det|dét|that|it)(?: er| var|'s| is)? (?:forkert|ikke rigtigt?|galt|wrong|not right)[.,!:;]+\s*(?=\w)", "",
                      body, count=1, flags=re.IGNORECASE)
        late = _late_writer(body)
        if late is not None:
            # "Hej, det er hans mor der skriver nu. Han er også god til at cykle": who writes now is no point; only
            # what is told about the person goes on the list (and "det glemte han at sige" is no point either)
            if not s.get("third"):
                # the first "hans"/"hendes" of the lead ("Her er hendes bror Hans": a name after it is no "hans")
                whose = re.search(r"\b(hans|hendes)\b", body[:len(body) - len(late)], re.IGNORECASE)
                s["third"] = {"hans": "han", "hendes": "hun"}[whose.group(1).lower()] if whose else None
            body = _FORGOT_TAIL.sub("", late).strip(" ,")
            tag = _narrow_tag(tag, body) if tag is not None and len(tag.clauses) >= 2 else None
            if not re.search(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}", body):
                s["awaiting"] = "correction"
                c.add(c.t("correction_nothing"))
                c.add(c.t("ask_correction"))
                return
        # "du glemte, at jeg også gerne vil svømme": what was forgotten, in its own word order
        forgot = _FORGOT.match(body)
        if forgot and len(body) > forgot.end():
            body = moves.reflect.main_clause(body[forgot.end():])
        done, left = (False, body) if forgot else _several_corrections(s, body)
        if done:
            # "det var ikke Netto, det var Føtex, og drop det med min søn": each part is applied where it belongs
            # (what is left is recorded as a correction of its own below, so it is no part of this one)
            s["corrections"].append({"text": (body.replace(left, "", 1).strip(" ,;") or body) if left and left in body else body,
                                     "you": "", "turn": s["turn"]})
            if not left:
                c.add(c.t("correction_ok"))
                _show_summary(c, again=True)
                return
            body, tag = left, None
        if s["awaiting"] != "correction" and (_ONLY_WRONG.match(it.norm(body).strip(" .!"))
                                               or _SOME_MISTAKES.match(it.norm(body).strip(" .!"))):
            # "Nej, det er forkert": something is wrong, but not yet what; asked, never added as a point
            s["awaiting"] = "correction"
            c.add(c.t("ask_correction"))
            return
        if body and (_rename(s, body) or _swap_word(s, body) or _x_not_y(s, body) or _cleft_not(s, body)):
            # "Min hund hedder Bobbi, ikke Bobby": the name is changed in the point itself, not added as a new one
            s["corrections"].append({"text": body, "you": "", "turn": s["turn"]})
            c.add(c.t("correction_ok"))
            _show_summary(c, again=True)
            return
        if body and not was_asked and _x_not_y_unmatched(s, body):
            # "Fiskeri passer ikke. Min cykel." when nothing on the list is about fishing: asked, never added whole
            s["awaiting"] = "correction"
            c.add(c.t("ask_correction"))
            return
        if body and forgot and _already_there(s, body):
            # "du glemte min hund" when the dog is on the list: nothing is added twice, and nothing was changed
            c.add(c.t("correction_already"))
            _show_summary(c, again=True, changed=False)
            return
        write_that = _WRITE_THAT.match(body) if body else None
        if write_that and len(body) > write_that.end():
            # "Og skriv at jeg også gerne vil have en bil": the point to add, in its own word order (never "Skriv at du …")
            body, tag = moves.reflect.main_clause(body[write_that.end():]), None
        if body:
            # "Nej, det er forkert. Jeg vil ikke …": the "det er forkert" is no point of its own once the fix follows
            body = re.sub(r"^(?:det|dét|that|it)(?: er| var|'s| is)? (?:forkert|ikke rigtigt?|galt|wrong|not right)[.,!:]+\s*(?=\w)", "",
                          body, count=1, flags=re.IGNORECASE)
            before = {id(i): bool(i.get("withdrawn")) for i in s["items"]}
            removed = _withdraw(s, body)
            if removed and (_REMOVE_ONLY.search(it.norm(body)) or any(i.get("replaced") == s["turn"] for i in s["items"])):
                # "det med svømning passer ikke": the point is taken out; nothing new to list or place
                s["corrections"].append({"text": body, "you": "", "turn": s["turn"]})
                replaced = any(i.get("replaced") == s["turn"] for i in s["items"])
                c.add(c.t("correction_ok" if replaced else "correction_removed"))
                _show_summary(c, again=True)
                return
            rest = _after_wrong_clause(body) if removed else ""
            if rest:
                # "det med svømning passer ikke, jeg er god til at cykle": only what comes after is new
                body, tag = rest, (dataclasses.replace(tag, clauses=[cl for cl in tag.clauses if cl.text.strip(" ,.") in rest])
                                   if tag is not None and len(tag.clauses) >= 2 else None)
                if tag is not None and not tag.clauses:
                    tag = None
            if tag is not None and body != text and len(tag.clauses) >= 2:
                # the tag's first clause still starts with the "nej," that was taken off the correction
                first = tag.clauses[0]
                lead = first.text.find(body.split()[0]) if body.split() else -1
                if lead > 0:
                    tag = dataclasses.replace(tag, clauses=[dataclasses.replace(first, text=first.text[lead:]), *tag.clauses[1:]])
            item = _record(c, body, tag, default=None, correction=True)
            # "Jeg vil ikke bo alene, jeg vil bo i et bofællesskab", "du glemte, at jeg også vil have en hund": the new
            # point goes in the field of the one it replaces, or with the wishes when said as a wish; never only a
            # correction, off the hopes on the sheet
            only_wrong = [i for i in item if _WRONG_ALONE.match(it.norm(i.get("quote", "")).strip())]
            if only_wrong and len(only_wrong) < len(item):  # "Nej, det er forkert." before the fix: no point on the sheet
                s["items"] = [i for i in s["items"] if not any(i is w for w in only_wrong)]
                item = [i for i in item if not any(i is w for w in only_wrong)]
            gone = [i for i in s["items"] if i.get("withdrawn") and not before.get(id(i), True) and i.get("category")] or [
                i for i in s["items"] if i.get("withdrawn") and not withdrawn_before.get(id(i), True) and i.get("category")]
            # ("Det med bussen er forkert. Jeg tager toget.": the new point in the place of the one taken out)
            for i in item:
                if i.get("category") or not i.get("you") or _NEGATED.search(it.norm(i.get("quote", ""))):
                    continue
                wish = _WISH_WORDS.search(it.norm(i.get("quote", ""))) or re.match(
                    r"^(?:og |men |så )?(?:jeg|han|hun)(?: (?:også|gerne|godt|rigtig))* (?:vil|ville)(?: (?:også|gerne|godt|rigtig))* "
                    r"(?:have|bo|være|arbejde|lære|flytte|prøve)\b", it.norm(i.get("quote", "")))
                cat = gone[-1]["category"] if gone else ("hope" if wish else None)
                if cat:
                    i.update(category=cat)
                elif c.lang == "da" and _joy_addition(i.get("quote", "")):
                    # "Nej. Ride.": a bare word added to the summary is said in the person's voice, with the frame a
                    # bare answer to "Hvad giver dig glæde?" gets ("Det giver ham glæde at ride."), never "Ride." alone
                    speaker = "relative" if s["written_by"] == "relative" else "citizen"
                    framed = moves.render_item(i["quote"], "resource", "resources2", speaker, i.get("pos") or "", c.lang)
                    if framed.get("you") and not framed.get("raw") and framed["you"].rstrip(" .") != i["quote"].strip().rstrip(" ."):
                        i.update(framed, category="resource")
                        if speaker == "relative":  # the sheet says it about the person, as the chat does
                            i["text"] = (_name_the_person(framed["you"], s["third"], c.lang) if s.get("third")
                                         else framed["you"])
            s["corrections"].append({"text": " ".join(i["text"] for i in item if i.get("text")) if item else body,
                                     "you": " ".join(i["you"] for i in item if i.get("you")) if item else "", "turn": s["turn"]})
            c.add(c.t("correction_ok" if removed or gone else "correction_added"))
            _show_summary(c, again=True)
            return
        s["awaiting"] = "correction"
        c.add(c.t("ask_correction"))
        return
    if it.is_yes(text):
        _confirm(c)
    else:
        s["awaiting"] = "correction"
        c.add(c.t("ask_correction"))


_CORRECTION_LEAD = re.compile(r"^\s*(?:nej|no|næsten|ikke helt|nja|almost|not quite)\b[\s,.!:;-]*", re.IGNORECASE)
# where one correction ends and the next begins: a new sentence, or ", og drop det med …"
_NEXT_CORRECTION = re.compile(r"(?<=[.!;])\s+|,?\s+(?:og|and)\s+(?=(?:drop|dropp?e|slet|fjern|stryg|remove|delete)\b)|"
                              r",\s*(?=(?:drop|dropp?e|slet|fjern|stryg)\b)", re.IGNORECASE)


_REST_RIGHT = re.compile(r"^(?:men |but )?(?:ellers|resten|alt det andet|det andet|the rest|otherwise|everything else)(?: (?:er|is))?"
                         r"(?: det| it| alt| all)?(?: (?:er|is))? (?:helt )?(?:rigtigt?|korrekt|fint|godt|ok|okay|right|fine|correct|good)$")


def _several_corrections(s: dict[str, Any], body: str) -> tuple[bool, str]:
    """A message under the summary with more than one correction ("det var ikke Netto, det var Føtex, og drop det med
    min søn"): every part that renames, replaces or takes out a point is applied; (whether any was, the parts left)."""
    parts = [p.strip(" ,.") for p in _NEXT_CORRECTION.split(body.strip()) if p and p.strip(" ,.")]
    if len(parts) < 2:
        return False, body
    left, done = [], False
    for part in parts:
        if left == [] and done and _REST_RIGHT.match(it.norm(part)):
            continue  # "… det hedder rollespil. Ellers er det rigtigt.": the rest confirmed, no correction of its own
        if (_rename(s, part) or _swap_word(s, part) or _x_not_y(s, part) or _cleft_not(s, part)
                or (_REMOVE_ONLY.search(it.norm(part)) and _withdraw(s, part))):
            done = True
        else:
            left.append(part)
    return done, ". ".join(left)


def _bare_addition(quote: str) -> bool:
    """ "Ride.", "Svømning", "min cykel": a short phrase with no sentence of its own."""
    words = quote.strip(" .!").split()
    return 1 <= len(words) <= 4 and not moves.reflect.is_sentence(quote.strip(" .!")) and not moves.has_subject(quote.strip())


# what is said with a "no" to "Er det rigtigt?" that closes rather than adds: "nej ellers tak", "nej, alt godt"
_CLOSING_AFTER_NO = re.compile(r"^(?:ellers |ellers ikke |ikke mere |ikke andet |det var det )?(?:tak|mange tak|tusind tak)?$|"
                               r"^(?:alt (?:er |var )?(?:godt|fint|ok|okay)|det (?:er|var) (?:fint|godt|ok|okay|det|alt|godt nok|"
                               r"fint nok|det hele)|"
                               r"ikke (?:mere|andet|noget)|ellers ikke|intet|ingenting|ok|okay|fint|"
                               r"(?:that'?s|that is) (?:it|all|fine)|all good|nothing(?: else| more)?|no more)"
                               r"(?:,? (?:tak|ellers tak|thanks?|for nu))?$")
# "Nej det er det ikke", "nej, det passer ikke helt" to "Er det rigtigt?": only a no
_NOT_RIGHT_AFTER_NO = re.compile(r"^(?:nej|no|næ|nope)\b[\s,.!:-]*(?:det (?:er|var) (?:det )?(?:ikke|ik)(?: helt)?(?: (?:rigtigt?|korrekt))?|"
                                 r"det passer ikke(?: helt)?|ikke helt|(?:that'?s|that is|it'?s|it is) not (?:right|correct))$")
# a bare addition that names a thing one has ("min ryg", "et fleksjob"), not something one does: no joy by itself
_OWNED_THING = re.compile(r"^(?:min|mit|mine|din|dit|dine|hans|hendes|sin|sit|sine|vores|jeres|deres|en|et|ét|my|his|her|a|an)\s")


# the "nej" before what follows it at "Er det rigtigt?"
_NO_AT_CHECK = re.compile(r"^\s*(?:nej|no|næ|nope)\b[\s,.!:-]*", re.IGNORECASE)


def _said_after_no(text: str) -> bool:
    """ "Nej. Svømning.", "nej, cykling": a no to "Er det rigtigt?" with what is missing right after it, an addition
    (never asked for again as if nothing was said). A closing ("nej ellers tak") or a thing named alone ("Nej. Min
    ryg.", which may be a worry as well as a joy) is not: what to change is asked."""
    rest = _NO_AT_CHECK.sub("", text, count=1)
    n = it.norm(rest).strip(" .!")
    return (rest != text and bool(rest.strip(" .!")) and not (it.is_yes(rest) or it.is_no(rest) or it.is_thanks(rest)
            or it.is_dont_know(rest)) and not _CLOSING_AFTER_NO.match(n) and bool(_content_words(rest))
            and _joy_addition(rest))


def _no_and_closing(text: str) -> bool:
    """ "Nej, det er fint", "nej ellers ikke tak": a no with a closing and nothing to add."""
    rest = _NO_AT_CHECK.sub("", text, count=1)
    return rest != text and bool(_CLOSING_AFTER_NO.match(it.norm(rest).strip(" .!")))


def _joy_addition(quote: str) -> bool:
    """ "Ride.", "Svømning", "at bage": a bare addition that can be said as a joy; never a thing one has ("min ryg",
    "et fleksjob") or a worry named alone ("smerter")."""
    n = it.norm(quote).strip(" .!")
    return _bare_addition(quote) and not _OWNED_THING.match(n) and not _WORRY_WORD.match(n)


_WRONG_ALONE = re.compile(r"^(?:nej|no)?[,.]?\s*(?:det|dét|that|it)(?: er| var|'s| is)? (?:forkert|ikke rigtigt?|galt|wrong|not right)[.!]*$")
_AT_MEETING = re.compile(r"\b(?:med (?:til|på) mødet|med til møde|(?:kommer|tager|går) med|come to the meeting|come with me)\b")
_NOT_COMING = re.compile(r"\b(?:ikke|ik|ingen|not|no one|nobody)\b")


# "Og jeg vil ikke have min far med, det skal være min mor", "han vil ikke have sin bror med, men hans søster": who comes
_MEETING_SWAP = re.compile(r"^(?:og |men |nej,? |nej\. )?(?:jeg|han|hun) vil ikke have (?:min|mit|hans|hendes|sin) \w+ med(?: til mødet)?[,.]?\s+"
                           r"(?:men |det skal (?:hellere )?være |(?:jeg|han|hun) vil hellere have |hellere |i stedet |men gerne )"
                           r"(min|mit|mine|hans|hendes|sin|sit|sine) (\w+)(?: med)?(?: til mødet)?[.!]*$")


def _relatives_correction(text: str) -> bool | None:
    """A correction under the summary about who comes to the meeting: True/False, or None when it is about something
    else ("min datter kommer på besøg" is a point, not the meeting)."""
    n = it.norm(text)
    if len(n.split()) > 14 or not _AT_MEETING.search(n) or not _names_relative(text):
        return None
    body = re.sub(r"^(?:nej|no)\b[\s,.]*", "", n)
    # "det er hans mor, ikke hans far, der kommer med": the "ikke" is to the person left out, not to coming; someone
    # else named still comes
    others = _NOT_THIS_ONE.sub(" ", body)
    if others != body and _names_relative(others) and not _NOT_COMING.search(others):
        return True
    return not _NOT_COMING.search(body)


# "ikke hans far", "og ikke mig", "not his dad": one person left out of those named
_NOT_THIS_ONE = re.compile(r",?\s*\b(?:og |men |and |but )?(?:ikke|ik|not)\s+(?:(?:min|mit|mine|hans|hendes|sin|sit|sine|vores|deres|"
                           r"my|his|her|our|their)\s+\w+|mig|me|[a-zæøå]+(?=\s*[,.]))(?=\s*[,.]|\s+(?:der|som|who|that|men|but)\b|\s*$)",
                           re.IGNORECASE)


_NO_LONGER = re.compile(r"(?<!\s)\s+(?:mere|længere|nu|lige nu|i dag|mere nu|længere nu|any ?more|any longer)$")
_TAKEN_BACK = (
    re.compile(r"\b(?:jeg|æ|han|hun) (er|har|vil|kan|skal|drømmer|håber|elsker|kan lide) (?:ikke|ik|slet ikke) (.+?)(?=[,.;!]|\s+men\b|$)"),
    re.compile(r"\b(?:det er ikke rigtigt|det passer ikke|det er forkert),? at (?:jeg|æ|han|hun) (.+?)(?=[,.;!]|\s+men\b|$)"),
    re.compile(r"\b(?:i'?m not|i am not|he is not|she is not|he'?s not|she'?s not) (.+?)(?=[,.;!]|\s+but\b|$)"),
)
# who writes now, said under the summary by a relative who takes over: "Hej, det er hans mor der skriver nu.",
# "Det er hendes far her.", "Her er hans bror Peter."
_LATE_WRITER = re.compile(r"^\W*(?:(?:hej|hejsa|hallo|goddag|dav)[,.!]?\s+)?(?:det er|her er|nu er det|jeg er|her skriver)\s+"
                          rf"(?:hans|hendes)\s+{_KIN_WORDS}(?:,?\s+(?-i:[A-ZÆØÅ][a-zæøå]+))?"
                          r"(?:,?\s+(?:her|nu|(?:der|som) (?:skriver|har taget over|tager over|overtager)))*(?:\s*[.!,:;]+\s*|\s*$)", re.IGNORECASE)
# "…, det glemte han at sige": a remark on the forgetting after the point, no part of it
_FORGOT_TAIL = re.compile(r"[,.;]?\s*(?:det|dét|og det) (?:glemte|har) (?:han|hun|jeg|du|vi)(?: \w+)? (?:glemt )?at (?:sige|nævne|fortælle)"
                          r"(?: \w+)?\s*[.!]*\s*$", re.IGNORECASE)


def _late_writer(body: str) -> str | None:
    """What a relative who takes over under the summary tells, without saying who writes now; None when the message
    does not begin with who writes."""
    m = _TYPIST_LEAD.match(body)
    if m and m.group(1).lower() in ("hans", "hendes"):
        return body[m.end():].strip()
    m = _LATE_WRITER.match(body)
    if m and re.match(r"(?:der|som|ikke|og|eller)\b", body[m.end():].strip(), re.IGNORECASE):
        return None  # "Det er hans far, der kører ham", "det er hans mor, ikke hans far": who does what, not who writes
    return body[m.end():].strip() if m else None


_WRONG_BEFORE_POINT = re.compile(r"^(det|dét) (passer ikke|er forkert|er ikke rigtigt?|stemmer ikke) (?:med|om) (?=\w)([^,.;:!?]{2,40})",
                                 re.IGNORECASE)
# "det med svømning passer ikke", "slet det om arbejde", "the swimming is not right": a point named by a word
_ABOUT_WRONG = (
    re.compile(r"^(?:men\s+)?(?:det|dét) (?:med|om|der med|dér med) (.+?),? (?:passer ikke|er forkert|er ikke rigtigt|"
               r"er ikke rigtig|skal (?:ud|slettes|væk|fjernes)|må du (?:slette|fjerne|tage ud)|"
               # "Det med naboen skal ikke med", "… skal ikke stå der", "… vil jeg ikke have med"
               r"skal ikke (?:med|stå (?:der|på arket|med)|være (?:der|med))|vil jeg ikke have med|må (?:gerne )?(?:slettes|fjernes|tages ud))\b"),
    re.compile(r"^(?:slet|fjern|tag|stryg|drop|dropp?e) (?:det |dét )?(?:med |om )?(.+?)(?: ud| væk)?$"),
    re.compile(r"^(?:the part about |what you said about |the bit about |the )?(.+?) (?:is|was|are) (?:not right|wrong|not true|incorrect)\b"),
    re.compile(r"^(?:please )?(?:remove|delete|take out) (?:the part about |the bit about |the )?(.+?)$"),
)
_REMOVE_ONLY = re.compile(r"^(?:men\s+)?(?:det|dét) (?:med|om|der med|dér med) .+? (?:passer ikke|er forkert|er ikke rigtigt?|skal \w+|"
                          r"skal ikke (?:med|stå (?:der|på arket|med)|være (?:der|med))|vil jeg ikke have med|må (?:gerne )?\w+(?: ud)?|må du \w+(?: \w+)?)$|"
                          r"^(?:slet|fjern|tag|stryg|drop|dropp?e) |^(?:the part about |what you said about |the bit about |the )?.+? "
                          r"(?:is|was|are) (?:not right|wrong|not true|incorrect)$|^(?:please )?(?:remove|delete|take out) ")
_SHORT_NOT_A_NAME = {"med", "til", "for", "ved", "hos", "var", "har", "kan", "vil", "får", "gør", "ser", "går", "mig", "dig", "sig",
                     "man", "nok", "nej", "tak", "alt", "han", "hun", "sin", "sit", "din", "dit", "her", "der", "lidt"}
_NOT_A_NAME = {"ikke", "også", "bare", "gerne", "have", "være", "noget", "nogle", "about", "that", "this", "with", "part"}


# "Min hund hedder Bobbi, ikke Bobby", "Bobbi, ikke Bobby", "It is Bobbi, not Bobby": the new word, then the old one
_RENAME = re.compile(r"(\w[\w-]*)\s*,\s*(?:og\s+)?(?:ikke|not)\s+(\w[\w-]*)\s*[.!]*$", re.IGNORECASE)
# "min hund hedder Bimse ikke Bamse": two names, without the comma; also the whole message ("Nej. Bimse ikke Bamse" once
# the "nej" is read)
_RENAME_NAMES = re.compile(r"(?:^|(?<![.!?] )(?<=\s))([A-ZÆØÅ][a-zæøå][\w-]*)\s+(?:og\s+)?(?i:ikke|not)\s+([A-ZÆØÅ][a-zæøå][\w-]*)\s*[.!]*$")


# "cykler ikke længere", "går ikke alene": a no said about a point, no word renamed
_NOT_RENAMED = {"mere", "mest", "også", "bare", "noget", "nogen", "altid", "aldrig", "længere", "længe", "meget", "igen",
                "godt", "rigtig", "rigtigt", "alene", "selv", "heller", "endnu", "lige", "sammen", "hjemme", "ofte", "helst",
                "mange", "andet", "andre", "særlig", "særligt", "sikker", "anymore", "again", "alone", "really", "there",
                "here", "much", "very", "often", "always", "never", "longer", "more", "enough", "together", "anything"}
# "bimse ikke bamse": the same in lower case, as the whole message
_RENAME_LOWER = re.compile(r"^([a-zæøå][\w-]+)\s+(?:og\s+)?(?:ikke|not)\s+([a-zæøå][\w-]+)\s*[.!]*$")
# "Og det er ikke min datter Emma, hun hedder Ida", "It's not Max, he is called Mads": the old name, then the new one
_NOT_BUT_NAMED = re.compile(r"\b(?:ikke|not)\s+(?:(?:min|mit|mine|my|hans|hendes|his|her)\s+\w+\s+)?([A-ZÆØÅ][\w-]*)\s*[,.;]?\s*"
                            r"(?:(?:hun|han|den|det|she|he|it)\s+(?:hedder|heter|is called|'s called|is named)|(?:det er|it'?s|it is))\s+"
                            r"([A-ZÆØÅ][\w-]*)\s*[.!]*$")


def _live(s: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in s["items"] if i.get("category") and not i.get("correction") and not i.get("withdrawn")]


_NAMED = re.compile(r"\b(?:hedder|hed|heter|is called|was called|named|name is)\b", re.IGNORECASE)


def _rename_on_the_way(c: _Ctx, text: str) -> str | None:
    """ "Nej. Og forresten, min hund hedder Bobbi, ikke Bobby." said under another question: the name is changed in the
    point it is in (said so), and the rest of the message answers the question. None when there is no such correction."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    for k, sent in enumerate(sentences):
        m = _RENAME.search(sent.strip())
        if not m or not (_NAMED.search(sent) or (m.group(1)[:1].isupper() and m.group(2)[:1].isupper())):
            continue
        body = re.sub(r"^\W*(?:og |and )?(?:forresten|by the way|btw)?[,\s]*", "", sent, flags=re.IGNORECASE).strip()
        if not _rename(c.s, body):
            continue
        c.s["corrections"].append({"text": body, "you": "", "turn": c.s["turn"]})
        c.add(c.t("correction_ok"))
        return " ".join(sentences[:k] + sentences[k + 1:])
    return None


def _rename(s: dict[str, Any], body: str) -> bool:
    """ "X, ikke Y": Y is replaced by X in the one point that has Y; the quote keeps the citizen's correction."""
    said = _NOT_BUT_NAMED.search(body.strip())
    m = _RENAME.search(f"{said.group(2)}, ikke {said.group(1)}" if said else body.strip()) or (
        None if said else _RENAME_NAMES.search(body.strip()))
    low = None if (m or said) else _RENAME_LOWER.match(body.strip())
    if low:
        # "nej. bimse ikke bamse": written in lower case, the same when the old word is a name on the list ("Bamse")
        # ("nej. håndbold ikke fodbold": a word of the list, replaced as written)
        m = low
        name = any(re.search(rf"(?<!\w){re.escape(low.group(2).capitalize())}(?!\w)", i.get("quote", "")) for i in _live(s))
        if not name and (len(low.group(1)) < 4 or len(low.group(2)) < 4
                         or {low.group(1), low.group(2)} & _NOT_RENAMED):
            return False
    if not m or m.group(1).lower() == m.group(2).lower():
        return False
    new, old = (m.group(1).capitalize() if low and name else m.group(1)), m.group(2)
    word = re.compile(rf"(?<!\w){re.escape(old)}(?!\w)", re.IGNORECASE)
    hits = [i for i in _live(s) if word.search(i.get("quote", ""))]
    if not hits:
        return False
    for item in hits:  # "Bobbi, ikke Bobby" when the dog is in two points: the name is changed in both
        fixed = word.sub(lambda _: new, item["quote"])
        item.update(moves.render_item(fixed, item["category"] or "", item.get("step", ""), item.get("speaker", "citizen"),
                                      item.get("pos", ""), s["language"]))
        _to_them_after_handover(s, item)
        # one point: the quote is the citizen's correction; several: each keeps its own words, with the new name
        item["quote"], item["renamed_from"] = (body.strip() if len(hits) == 1 else fixed), item["quote"]
    return True


# "Nej, det er forkert", "noget passer ikke": that something is wrong, without what
_ONLY_WRONG = re.compile(r"^(?:(?:men|altså|øh)\s+)?(?:det|dét|noget|en ting|der er noget|der er en ting|det hele|noget af det|that|something|it)?,?\s*"
                         r"(?:der\s+)?(?:er|var|is|was|passer|stemmer)?\s*(?:ikke|ik|not)?\s*(?:helt\s+)?"
                         r"(?:forkert|galt|rigtigt?|korrekt|right|wrong|correct)?(?:\s+(?:desværre|helt))?$")
# "der er et par fejl", "flere ting er forkerte", "there are a few mistakes": something to change, not yet what
_SOME_MISTAKES = re.compile(r"^(?:(?:men|altså|øh|ja)\s+)?(?:der er |der var |det er |there are |there is |i see )?"
                            r"(?:flere|nogle|et par|to|tre|mange|en|én|nogen|a few|some|several|two|three|a|one)?\s*"
                            r"(?:fejl|ting|småting|rettelser|mistakes?|errors?|things?)"
                            r"(?:\s+(?:der er |som er |that are |that is )?(?:forkerte?|galt|gale|wrong|at rette|der skal rettes|to change|to fix))?"
                            r"(?:\s+(?:desværre|i det|i den|in it))?$")
# "Jonas er ikke min kæreste, han er min forlovede", "det er ikke en kat, det er en hund": the new word for the old
# "jeg sagde ikke brætspil, det hedder rollespil", "it's not the city, it's Aarhus": the same, said or named
_IS_NOT_BUT = re.compile(r"^(?:(?:men|nej|no),?\s+)?(?:(?:[\wæøå]+ )?(?:er|var|is|was) (?:ikke|ik|not)|(?:it|that)'?s not|(?:jeg|i) (?:sagde|skrev|mente) (?:ikke|ik)|"
                         r"i (?:didn'?t|did not) (?:say|write|mean)) (?:(?:min|mit|mine|hans|hendes|en|et|my|his|her|a|an|the) )?"
                         r"([\wæøå-]+)\s*(?:[,.;]\s*|\s+(?=(?:men |but )?(?:det|den|han|hun|it|he|she) (?:er|var|is|was) ))(?:men |but )?"
                         r"(?:(?:han|hun|det|den|de|he|she|it|they|[\wæøå]+) (?:er|var|is|was|hedder|hed)|(?:it|that)'?s(?: called)?|it is called) "
                         r"(?:jo |faktisk |actually )?(?:(?:min|mit|mine|hans|hendes|en|et|my|his|her|a|an) )?([\wæøå-]+)"
                         # "det er ikke cykle, det er gåture jeg vil": who wants it may follow the new word
                         # "det er ikke min mand, det er min søster der er syg": what is said of the new one may follow too
                         r"(?:\s+(?:jeg|han|hun|vi) (?:vil|mener|mente|sagde|skrev|tænkte på|har lyst til)|"
                         r"\s+(?:der|som|who|that)\s+(?P<tail>[\wæøå]+(?:\s+[\wæøå]+){0,3}))?\s*[.!]*$", re.IGNORECASE)


def _swap_word(s: dict[str, Any], body: str) -> bool:
    """ "Jonas er ikke min kæreste, han er min forlovede": the old word is replaced by the new one in the points that
    have it; nothing new is listed (and nothing parked)."""
    m = _IS_NOT_BUT.match(clean(body).strip())
    if not m or m.group(1).lower() == m.group(2).lower():
        return False
    old, new = m.group(1), m.group(2)
    name = new[:1].isupper() and not old[:1].isupper()  # "it's not the city, it's Aarhus": a name, with no "the" before it
    word = re.compile(rf"(?<!\w){'(?:(?:the|a|an|en|et) )?' if name else ''}{re.escape(old)}(?!\w)", re.IGNORECASE)
    new = new if name else new.lower()
    hits = [i for i in _live(s) if word.search(i.get("quote", ""))]
    told = [w for w in (m.group("tail") or "").lower().split() if w not in ("er", "var", "har", "is", "was", "has")]
    # "… det er min søster der er syg": only the point that says it ("Min mand er syg"), never another point with "mand"
    hits = [i for i in hits if all(re.search(rf"(?<!\w){re.escape(w)}", i["quote"].lower()) for w in told)]
    if not hits:
        return False
    for item in hits:
        hit = word.search(item["quote"])
        if item.get("category") == "hope" and _AFTER_MODAL.search(item["quote"][:hit.start()]):
            # "det er ikke cykle, det er gåture" of "Jeg vil gerne kunne cykle igen": a thing cannot stand in for the
            # doing ("kunne gåture"); the wish is the new thing itself
            _replace_quote(s, item, new)
            continue
        _replace_quote(s, item, word.sub(lambda w: new if name else _keep_case(w.group(0), new), item["quote"]))
    return True


# "Det er i parken, han vil gå ture, ikke i haven", "det var på lørdag, ikke søndag": the new words first, the old at the end
_CLEFT_NOT = re.compile(r"^(?:(?:og|men|nej|også)[,]?\s+)?(?:det er|det var|det skal være|it is|it's|it was)\s+(.{2,40}?)"
                        r"(?:,\s*[^,]{0,60}?)?,?\s+(?:og\s+|and\s+)?(?:ikke|not)\s+(.{2,40}?)\s*[.!]*$", re.IGNORECASE)


def _cleft_not(s: dict[str, Any], body: str) -> bool:
    """ "Det er i parken, han vil gå ture, ikke i haven": the old words are replaced by the new ones in the point that has
    them ("Han håber, at han kan gå ture i parken igen"); nothing new is listed."""
    m = _CLEFT_NOT.match(clean(body).strip())
    if not m:
        return False
    new, old = m.group(1).strip(" ,"), m.group(2).strip(" ,")
    if len(new.split()) > 4 or len(old.split()) > 4 or new.lower() == old.lower():
        return False
    word = re.compile(rf"(?<!\w){re.escape(old)}(?!\w)", re.IGNORECASE)
    hits = [i for i in _live(s) if i.get("category") and word.search(i.get("quote", ""))]
    if not hits:
        return False
    for item in hits:
        _replace_quote(s, item, word.sub(lambda w: _keep_case(w.group(0), new), item["quote"]))
    return True


# the word before a verb in a wish: "vil gerne kunne cykle", "at cykle"
_AFTER_MODAL = re.compile(r"(?i)\b(?:at|kunne|kan|vil|skal|gerne)\s+$")


def _already_there(s: dict[str, Any], body: str) -> bool:
    """ "min hund" when "Min hund Bobby" is on the list: every word that names something is already in one point."""
    words = {w for w in re.findall(r"\w+", it.norm(body)) if len(w) >= 3 and w not in _SMALL_WORDS}
    return bool(words) and any(words <= set(re.findall(r"\w+", it.norm(i.get("quote", "")))) for i in _live(s))


_AS_SAID_LEAD = re.compile(r"^(?:(?:ja|jo|nå|yes|yeah)[,.!]?\s+)?(?:som (?:sagt|jeg sagde|jeg skrev|nævnt)|(?:like|as) i (?:said|wrote)|"
                           # "det har jeg jo sagt, et job i en kantine": said before, and named again
                           r"det har jeg (?:jo |allerede |lige |da )*(?:sagt|skrevet|nævnt)|det (?:sagde|skrev) jeg (?:jo |da )*(?:før )?|"
                           r"i (?:already )?(?:said|told you) (?:that|this))[,.:]?\s+(.+)$",
                           re.IGNORECASE)
_AS_SAID_TAIL = re.compile(r"^(?:(?:ja|jo|nå|yes|yeah)[,.!]?\s+)?(.+?),?\s+som (?:sagt|jeg sagde|jeg skrev)[.!]*$", re.IGNORECASE)
_LEAD_WORDS = {"på", "i", "ved", "hos", "med", "en", "et", "at", "in", "a", "an", "the", "pa"}


def _said_again(s: dict[str, Any], text: str) -> str | None:
    """ "som sagt cykelbutik, gerne to dage om ugen", "like I said, a shop": the line that says the point is named again
    ("Du nævner cykelbutikken igen, gerne to dage om ugen."), or None when it is not a point already on the list."""
    m = _AS_SAID_LEAD.match(text.strip()) or _AS_SAID_TAIL.match(text.strip())
    if not m:
        return None
    body = moves.uninvert(m.group(1).strip(" .!"))  # "som sagt har jeg været skrædder": a sentence, not a point's name
    parts = re.split(r"[,.;]\s*", body, maxsplit=1)  # "børnehave. Måske som medhjælper": the point, and what is new
    head, rest = parts[0], (parts[1] if len(parts) > 1 else "")
    head, rest = head.strip(), rest.strip(" .!")
    words = head.split()
    if (not words or len(words) > 5 or not _already_there(s, head)
            or (moves.reflect.is_sentence(head) and words[0].lower() not in _LEAD_WORDS)):
        return None
    en = s["language"] == "en"
    core = list(words)
    while len(core) > 1 and core[0].lower() in _LEAD_WORDS and not (core[0].lower() in ("at", "to") and len(core) == 2):
        core = core[1:]
    if len(core) == 2 and core[0].lower() in ("at", "to"):
        thing = f"{core[0].lower()} {core[1]}"  # "som sagt at tegne": the doing ("at tegne"), never a noun made of the verb
    elif len(core) == 1:
        noun = it.norm(core[0])
        noun = moves.reflect.standard_spelling(noun) if not en else noun
        definite = (noun + "t" if noun.endswith(("studie", "arbejde")) else None) or moves.reflect._definite(noun) or (noun + "ken" if re.search(r"[^aeiouyæøå]ik$", noun) else None)
        thing = f"the {noun}" if en else (definite or f"det med {noun}")  # "cykelbutikken", "det med musikstudie"
        if not en and moves._JOB_NOUN.get(noun, "").startswith("som "):
            thing = f"arbejdet {moves._JOB_NOUN[noun]}"  # "som sagt mekaniker": the work as a mechanic, not "mekanikeren"
    else:
        thing = " ".join(w.lower() if i == 0 else w for i, w in enumerate(words))
    if rest and len(rest.split()) <= 10:
        # "…, især når jeg spiller guitar": the rest in the person the bot speaks to ("når du spiller guitar")
        low = f"{rest[:1].lower()}{rest[1:]}" if not rest.startswith("I ") else rest
        speaker = "relative" if s["written_by"] == "relative" else "citizen"
        more = ", " + (moves.en_you(low) if en else moves.reflect.shift_pronouns(low, speaker))
    else:
        more = ""
    return say("reflect_said_again", s["language"], thing=thing, more=more)


_SMALL_WORDS = {"min", "mit", "mine", "din", "dit", "dine", "jeg", "han", "hun", "det", "den", "der", "også", "at", "og",
                "my", "the", "and", "also", "his", "her"}


def _withdraw(s: dict[str, Any], body: str) -> bool:
    """ "Nej, jeg er ikke god til at lave mad, jeg er god til at bage kager": the point said before is
    taken back (it leaves the summary and the sheet's lists; the correction is kept in the citizen's words)."""
    low = clean(body).lower()  # punctuation kept: it ends the claim
    removed = False
    for pattern in _TAKEN_BACK:
        m = pattern.search(low)
        if not m:
            continue
        claim = it.norm(" ".join(m.groups()[-2:]) if len(m.groups()) == 2 else m.group(1))
        claim = _NO_LONGER.sub("", claim).strip()  # "ikke god til at svømme mere": the claim is "god til at svømme"
        if len(claim.split()) < 2:
            continue
        for item in s["items"]:
            if item.get("correction") or item.get("withdrawn"):
                continue
            quote = it.norm(item.get("quote", ""))
            obj = it.norm(m.groups()[-1]) if len(m.groups()) == 2 else ""
            if claim in quote:
                # "god til at svømme og til at lave kaffe": only the swimming goes when the point lists more
                if not (len(claim.split()) >= 3 and _drop_part(s, item, claim.split()[-1])):
                    item["withdrawn"] = True
                removed = True
            elif len(obj.split()) >= 2 and re.search(rf"\b{re.escape(obj)}\b", quote):
                # "jeg har ikke to hunde, jeg har én hund og en kat" of "Min have og mine to hunde": the dogs are
                # replaced by what is true ("min hund og min kat"); without a new thing they go, the garden stays
                new = _HAS_INSTEAD.search(low[m.end():]) if m.group(1) == "har" else None
                old_q = item.get("quote", "")
                fixed = old_q
                if new:
                    mine = re.sub(r"\b(?:en|én)\b", "min", re.sub(r"\b(?:et|ét)\b", "mit", new.group(1)))
                    fixed = re.sub(rf"(?i)\b(?:min|mit|mine) {re.escape(obj)}\b", mine, old_q, count=1)
                    if fixed == old_q:
                        fixed = re.sub(rf"(?i)\b{re.escape(obj)}\b", new.group(1), old_q, count=1)
                if fixed != old_q:
                    _replace_quote(s, item, fixed)
                elif not _drop_part(s, item, obj.split()[-1]):
                    item["withdrawn"] = True
                removed = True
            elif len(claim.split()) >= 3 and " ".join(claim.split()[:2]) in quote:
                # "jeg er ikke god til at bage" when the point is "Jeg er god til at tegne og bage": only the baking goes
                if _drop_part(s, item, claim.split()[-1]):
                    removed = True
                elif len(words := [w for w in claim.split()[1:] if len(w) >= 3 and w not in _SMALL_WORDS
                                   and w not in ("til", "med", "for", "som", "ikke")]) >= 2 and set(words) <= set(quote.split()):
                    # "jeg er ikke god til lange ture" of "Jeg er god til at gå lange ture": every word of it is in the one
                    # point, worded a little differently; the point goes
                    item["withdrawn"] = removed = True
            elif (m.group(1) in ("vil", "drømmer", "håber", "skal") and item.get("category") in ("hope", "employment")
                  and _names_wish(it.norm(m.groups()[-1]), quote)):
                # "jeg vil ikke på værksted, jeg vil hellere i en cykelbutik" of "arbejde på et cykelværksted": the
                # wish named by its place (a compound's last part) is taken back; what comes instead replaces it
                item["withdrawn"] = removed = True
    norm_body = it.norm(body)
    for pattern in _ABOUT_WRONG:
        m = pattern.match(norm_body)
        if not m:
            continue
        # the point is named by a word of it: "svømning" finds "Jeg vil gerne svømme mere" (a shared stem)
        stems = {w[:4] for w in re.findall(r"\w+", m.group(1)) if len(w) >= 4 and w not in _NOT_A_NAME}
        # "drop det med min søn": a short noun names the point when there is no longer word
        stems = stems or {w for w in re.findall(r"\w+", m.group(1)) if len(w) == 3 and w not in _SMALL_WORDS
                          and w not in _NOT_A_NAME and w not in _SHORT_NOT_A_NAME}
        short = {w for w in re.findall(r"\w+", m.group(1)) if 4 <= len(w) <= 6 and w not in _NOT_A_NAME}

        def named(w: str, stems: set[str] = stems, short: set[str] = short) -> bool:
            # "bilen" names "en bil": a short word is named by its definite form too
            return any(w.startswith(st) for st in stems) or (len(w) >= 3 and w not in _NOT_A_NAME and any(
                x.startswith(w) and len(x) - len(w) <= 2 for x in short))
        new_np = _NEW_THING.match(it.norm(_after_wrong_clause(body)))
        for item in s["items"]:
            if item.get("correction") or item.get("withdrawn") or not item.get("category"):
                continue
            words = re.findall(r"\w+", it.norm(item.get("quote", "")))
            if stems and any(named(w) for w in words):
                # "det med svømning passer ikke" of "… god til at svømme og til at løse krydsord": the crosswords stay
                hit = next(w for w in words if named(w))
                if new_np:
                    # "Det med bilen passer ikke, det er et kørekort …": the point is replaced, not kept beside the new one
                    quote = item.get("quote", "")
                    own = re.search(rf"(?i)\b(min|mit|mine) {re.escape(hit)}\b", quote)
                    repl = new_np.group(1) or new_np.group(2)
                    if not new_np.group(1):  # "det skal være Bimse": the name as the citizen wrote it, not lower-cased
                        said = re.search(rf"(?i)(?<!\w){re.escape(repl)}(?!\w)", body)
                        repl = said.group(0) if said else repl
                    if own:  # "Min hund" -> "det er en kat": "Min kat" (the citizen's own, as before)
                        det, noun = (repl.split(" ", 1) + [""])[:2]
                        mine = {"en": "min", "et": "mit", "nogle": "mine"}.get(det.lower())
                        if mine and noun:
                            repl = f"{mine if own.group(1).islower() else mine.capitalize()} {noun}"
                    fixed = re.sub(rf"(?i)\b(?:(?:en|et|min|mit|mine|den|det|de) )?{re.escape(hit)}\b", repl, quote, count=1)
                    if fixed != quote:
                        _replace_quote(s, item, fixed)
                        removed = True
                        continue
                if not _drop_part(s, item, hit):
                    item["withdrawn"] = True
                removed = True
        break
    if removed:
        _drop_orphan_reasons(s)
    return removed


def _wish_reason(item: dict[str, Any]) -> bool:
    """ "Så ville jeg …" said to "Hvad ville være anderledes?" (hopes2): what the wish before it would bring."""
    quote = it.norm(item.get("quote", ""))
    return item.get("step") == "hopes2" and bool(_WOULD_REASON.match(quote) or _THEN_I.match(quote))


def _drop_orphan_reasons(s: dict[str, Any]) -> None:
    """ "Så ville jeg være tæt på min datter" said to "Hvad ville være anderledes?": it goes with the wish taken back
    (a wish of the same message still on the list keeps it)."""
    wishes = [i for i in s["items"] if i.get("category") in ("hope", "employment") and i.get("step") == "hopes1"
              and not i.get("correction")]
    gone = {i.get("turn") for i in wishes if i.get("withdrawn")} - {i.get("turn") for i in wishes if not i.get("withdrawn")}
    for why in s["items"]:
        if not why.get("withdrawn") and not why.get("correction") and why.get("turn", -9) - 1 in gone and _wish_reason(why):
            why["withdrawn"] = True


# "Fiskeri passer ikke. Hans motorcykel.", "min kat er forkert, min hund": the point named first is replaced by the words after
_X_NOT_Y = re.compile(r"^(?:men\s+)?(?!(?:det|dét|jeg|æ|han|hun|du|der|den|that|it|i)\b)(.{2,40}?),? (?:passer ikke|er forkert|"
                      r"er ikke rigtigt?|stemmer ikke)\s*[.,!;:-]+\s*(?:(?:men |nej,? )?(?:det er|det var|det skal være)\s+)?(.{2,60}?)\s*[.!]*$",
                      re.IGNORECASE)
_OWNER_WORD = r"(?:en|et|min|mit|mine|hans|hendes|sin|sit|sine|vores|jeres|din|dit|dine|den|det|de)"


def _x_not_y(s: dict[str, Any], body: str) -> bool:
    """ "Fiskeri passer ikke. Hans motorcykel.": the wrong thing is replaced in the point that names it ("Hans motorcykel og
    jeres hund giver ham glæde."), never added beside it as a new point."""
    m = _X_NOT_Y.match(body.strip())
    if not m:
        return False
    wrong, right = m.group(1).strip(), m.group(2).strip()
    if (len(right.split()) > 5 or moves.reflect.is_sentence(right) or moves.has_subject(right)
            or len(wrong.split()) > 4):
        return False
    noun = re.findall(r"[\wæøå]+", wrong)[-1] if re.findall(r"[\wæøå]+", wrong) else ""
    if len(noun) < 3:
        return False
    pat = re.compile(rf"(?i)\b(?:{_OWNER_WORD} )?{re.escape(noun)}\b")
    for item in reversed(s["items"]):
        if item.get("correction") or item.get("withdrawn") or not item.get("category") or item["category"] == "goal_progress":
            continue
        quote = item.get("quote", "")
        hit = pat.search(quote)
        if not hit or _verb_for_thing(quote, hit.start(), right):
            continue
        if re.search(r"\bat\s+$", quote[:hit.start()], re.IGNORECASE):
            right = re.sub(r"^at\s+", "", right, flags=re.IGNORECASE)  # "god til at fiske" and "At cykle.": one "at"
        new = right[:1].upper() + right[1:] if hit.start() == 0 else _lower_first(right)
        _replace_quote(s, item, quote[:hit.start()] + new + quote[hit.end():])
        return True
    return False


def _x_not_y_unmatched(s: dict[str, Any], body: str) -> bool:
    """ "Fiskeri passer ikke. Min cykel." with no point on the list that names the wrong thing."""
    m = _X_NOT_Y.match(body.strip())
    if not m or len(m.group(1).split()) > 4 or len(m.group(2).split()) > 5 or moves.has_subject(m.group(2)):
        return False
    words = [w for w in re.findall(r"\w+", m.group(1)) if len(w) >= 3]
    hits = [(i.get("quote", ""), h) for i in s["items"] if not i.get("withdrawn")
            for h in [re.search(rf"(?i)\b{re.escape(words[-1])}\b", i.get("quote", "")) if words else None] if h]
    # "Fiske passer ikke. Min cykel." with "god til at fiske" on the list: a thing cannot stand for the doing; asked too
    return bool(words) and all(_verb_for_thing(q, h.start(), m.group(2).strip()) for q, h in hits)


def _verb_for_thing(quote: str, start: int, right: str) -> bool:
    """Whether the word at `start` is a verb after "at" ("god til at fiske") and `right` a thing ("min cykel"): one cannot
    stand in for the other ("god til at min cykel")."""
    return bool(re.search(r"\bat\s+$", quote[:start], re.IGNORECASE)) and bool(
        re.match(rf"(?i){_OWNER_WORD}\s+\w", right.strip()))


def _names_wish(obj: str, quote: str) -> bool:
    """Every word that names something in `obj` ("på værksted") is a word of the wish, or the last part of one
    ("cykelværksted")."""
    words = [w for w in re.findall(r"\w+", obj) if len(w) >= 4 and w not in _NOT_CONTENT and w not in _SMALL_WORDS]
    have = re.findall(r"\w+", quote)
    return bool(words) and all(any(h == w or (h.endswith(w) and len(h) - len(w) >= 3) for h in have) for w in words)


# "…, jeg har én hund og en kat": what the citizen has instead
_HAS_INSTEAD = re.compile(r"^[,.;]?\s*(?:men |nej,? )?(?:jeg|æ) har (?:kun |bare |faktisk )?((?:en|et|én|ét) [\wæøå-]+(?: og (?:en|et|én|ét) [\wæøå-]+)?)"
                          r"\s*[.!]*$")
# "det er et kørekort (jeg gerne vil have)": the thing meant, said after the point that was wrong
_NEW_THING = re.compile(r"^(?:men )?(?:det|den|dét) (?:(?:er|var) (?:jo |faktisk |bare |nu )?((?:en|et|min|mit|mine|nogle) [\wæøå-]+)|"
                        # "det skal være kok": what should stand there, a bare noun too
                        # (never a word for how: "det skal være anderledes", "… bedre", "… sådan")
                        r"skal være (?:jo |faktisk |bare |nu )?((?:en|et|min|mit|mine|nogle) [\wæøå-]+|"
                        r"(?!(?:anderledes|sådan|omvendt|bedre|værre|mere|mindre|andet|anden|noget|nogen|ingen|intet|væk|ud|med|"
                        r"der|her|lige|ok|okay|fint|godt|sandt|rigtigt?|forkert|slettet|fjernet|rettet|ændret|det|den|dét)\b)"
                        r"(?![\wæøå-]*(?:ig|igt|lig|ligt|isk|iske)\b)[\wæøå-]+))"
                        r"(?:,? (?:jeg|som|der|æ)\b.*)?[.!]*$")


def _replace_quote(s: dict[str, Any], item: dict[str, Any], fixed: str) -> None:
    """A point corrected in the summary ("det er et kørekort, ikke en bil"): the new words replace the old, which
    are kept as `quote_before`."""
    item["quote_before"] = item.get("quote", "")
    item["quote"] = fixed
    item.update(moves.render_item(fixed, item["category"] or "", item.get("step", ""), item.get("speaker", "citizen"),
                                  item.get("pos", ""), s["language"]))
    _to_them_after_handover(s, item)
    item["replaced"] = s["turn"]


def _to_them_after_handover(s: dict[str, Any], item: dict[str, Any]) -> None:
    """A point the relative told before the person took over, said again after a correction: to the person ("Din kat …"),
    as the rest of the list is."""
    if s.get("handed_over") and s.get("third_before") and item.get("speaker") == "relative" and s["language"] == "da":
        item["you"] = _said_to_them(item.get("you") or "", s["third_before"], s.get("handover_name")) or item.get("you")


def _after_wrong_clause(body: str) -> str:
    """ "det med svømning passer ikke, jeg er god til at cykle": the words after the clause that names the wrong point."""
    parts = re.split(r"(?<=[,.;!])\s+", body.strip(), maxsplit=1)
    if len(parts) < 2 or not any(p.match(it.norm(parts[0])) for p in _ABOUT_WRONG[:1]):
        return ""
    rest = parts[1].strip()
    return rest[:1].upper() + rest[1:] if re.search(r"\w+\s+\w+", rest) else ""


_CONJ = re.compile(r",\s*(?:og\s+|and\s+)?|\s+og\s+|\s+and\s+", re.IGNORECASE)
_CLAUSE_START = re.compile(r"^(?:jeg|æ|du|han|hun|vi|de|i|he|she|we|they|min|mit|mine|my)\b", re.IGNORECASE)


def _drop_part(s: dict[str, Any], item: dict[str, Any], word: str) -> bool:
    """Take one thing out of a point that lists several ("god til at svømme og til at løse krydsord" without the
    swimming: "god til at løse krydsord"); False when the word is not one of several listed things."""
    quote = item.get("quote", "").strip().rstrip(".!")
    cuts = [(m.start(), m.end()) for m in _CONJ.finditer(quote)]
    if not cuts or len(cuts) > 4:
        return False
    bounds = [0, *[x for c in cuts for x in c], len(quote)]
    segs = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    texts = [quote[a:b] for a, b in segs]
    low = word.lower()
    hits = [k for k, t in enumerate(texts) if any(w.lower().startswith(low[:4]) for w in re.findall(r"\w+", t))]
    if len(hits) != 1 or any(_CLAUSE_START.match(t) for t in texts[1:]) and hits[0] != len(texts) - 1:
        return False
    k = hits[0]
    keep = [t for n, t in enumerate(texts) if n != k]
    if k > 0:
        new = keep[0] + "".join((" og " if n == len(keep) - 1 else ", ") + t for n, t in enumerate(keep[1:], start=1))
    else:
        first, nxt = texts[0], texts[1]
        m = re.search(rf"\b{re.escape(word)}\w*", first, re.IGNORECASE)
        if not m:
            return False
        lead = nxt.split()[0].lower() if nxt.split() else ""
        at = first.lower().rfind(f" {lead} ", 0, m.start() + 1) if lead else -1
        head = first[:at + 1] if at >= 0 else first[:m.start()]
        rebuilt = (head + nxt) if not _CLAUSE_START.match(nxt) else nxt[:1].upper() + nxt[1:]
        new = rebuilt + "".join((" og " if n == len(keep) - 1 else ", ") + t for n, t in enumerate(keep[1:], start=1))
    if s["language"] == "en":
        new = new.replace(" og ", " and ")
    item["quote_before"] = item.get("quote")
    item["quote"] = new.strip() + "."
    item.update(moves.render_item(item["quote"], item["category"] or "", item.get("step", ""), item.get("speaker", "citizen"),
                                  item.get("pos", ""), s["language"]))
    return True


def _summary_question(text: str) -> bool:
    """ "hvad betyder farverig?", "what does colourful mean?": a question, with no correction in it."""
    n = it.norm(text)
    if it._CORRECTION_SIGNS.search(n) or len(n.split()) > 12:
        return False
    if it.wants_clarification(text) or it.question_to_bot(text) in ("confused", "other"):
        return True
    return text.rstrip().endswith("?") and bool(re.match(r"^(?:what|how|why|who|where|when|hvad|hvordan|hvorfor|hvem|hvor|hvornår)\b", n))


def _confirm(c: _Ctx) -> None:
    s = c.s
    s["confirmed"] = True
    s["step"] = "done"
    c.add(c.t("done_rel" if s["written_by"] == "relative" else "done"))
    c.events.append("sheet_ready")


def _done(c: _Ctx, text: str, tag: TaggedUtterance | None) -> None:
    s = c.s
    if _resume_after_stop(c, text):
        return
    # after a stop and save, "musik" answers the question that was open (what makes you glad): kept as the
    # other late messages are; a "tak", "ok" or "ja" is still a goodbye
    late_word = (s.get("stopped_early") and s.get("stopped_at") in CONTENT_STEPS and re.search(r"[^\W\d_]{3,}", text)
                 and not (it.is_dont_know(text) or it.is_skip(text) or it.is_greeting(text) or it.is_pause(text)
                          or _BYE.match(it.norm(text))))
    if it.is_thanks(text) or it.is_yes(text) or it.is_no(text) or (len(text.split()) <= 2 and not late_word):
        c.add(c.t("after_done_thanks"))
        return
    if late_word:
        s["step"] = s["stopped_at"]  # the point is worded for the question it answers ("musik giver mig glæde")
        _record(c, text, tag, default=CONTENT_STEPS[s["step"]])
        s["step"] = "done"
    else:
        _record(c, text, tag, default=None)
    c.add(c.t("after_done"))
    c.events.append("sheet_ready")


# a dash between words on one line ("tabe mig – gå mere tur", "bussen—det gik godt"), never in "sosu-hjælper" or "2-3"
_DASH_SEP = re.compile(r"(?<=[^\W\d_])[.,]?\s+[-–—]+\s+(?=[^\W\d_])|(?<=[^\W\d_])[–—]+(?=[^\W\d_])")


# the words that open an aside between two dashes: when, if, maybe, especially, sometimes, or a second subject with "og"
_ASIDE_LEAD = re.compile(r"(?:når|naar|hvis|især|isaer|måske|maaske|mske|i hvert fald|ihvertfald|nogle gange|somme tider|tit|ofte|"
                         r"for det meste|mest|selvom|selv om|fordi|efter|før|om|på|med|uden|sammen med|ligesom|bare|kun|altså|vist|"
                         r"nok|og|eller|en dag|engang|snart|forhåbentlig|til sommer|til foråret|til efteråret|til vinter|næste år|i år|om et år|"
                         r"when|if|especially|maybe|sometimes|mostly|one day|someday|hopefully|soon|and|or)\b", re.IGNORECASE)


# what someone typing puts between dashes to take back the words before: "undskyld", "nej", "jeg mener", "sorry", "I mean"
_DASH_FIX = re.compile(r"(?:(?:altså|nej|næ|no|vent)[\s,.!]+)*(?:undskyld|sorry|hov|ups|oops|jeg mener|jeg mente|i mean|i meant|nej|næ|no)"
                       r"(?:[\s,.!]+(?:vent|undskyld|sorry|jeg mener|jeg mente|i mean|i meant))*", re.IGNORECASE)

_DETERMINER = r"(?:min|mit|mine|din|dit|dine|hans|hendes|sin|sit|sine|vores|jeres|deres|en|et|my|his|her|our|their|a|an|the)"


def _dash_correction(text: str) -> str | None:
    """ "Min hund — undskyld — min kat Felix", "god til at ride — nej, til at passe heste": the words after the
    correction take the place of the words they repeat the start of ("min …", "til …"); a single word replaces the last
    word before the dash. None when the dashes hold no such correction."""
    if "\n" in text or re.match(r"^\s*[-–—•*]", text):
        return None
    parts = [p.strip() for p in _DASH_SEP.split(text)]
    if len(parts) == 3 and _DASH_FIX.fullmatch(parts[1].strip(" ,.!")):
        before, after = parts[0], parts[2]
    elif len(parts) == 2 and (m := _DASH_FIX.match(parts[1])) and re.match(r"[\s,.!]+\w", parts[1][m.end():]):
        before, after = parts[0], parts[1][m.end():].lstrip(" ,.!")
    else:
        return None
    if not before or not after or re.search(r"[.!?]$", before):
        return None
    head = re.match(r"[^\W\d_]+", after)
    if not head or re.match(r"(?:tak|thanks|thank|ikke|ik|not|mere|nu|now|aldrig|never|ingen|nothing|intet|ellers)\b", after, re.IGNORECASE):
        return None  # "Arbejde – nej tak", "Job — nej, ikke nu": a no to something, nothing corrected
    fix = parts[1] if len(parts) == 3 else parts[1][:m.end()]
    if (re.fullmatch(r"(?:jeg|æ|han|hun|vi|de|det|den|man|i|he|she|we|they|it)", head.group(0), re.IGNORECASE)
            and not re.search(r"undskyld|sorry|hov|ups|oops|mener|mente|mean", fix, re.IGNORECASE)):
        return None  # "Jeg kan lide at gå ture — nej, jeg elsker det": a bare "nej" before a new sentence adds to it
    # "min kanin — undskyld — mit marsvin": a possessive or an article stands for any other ("min" for "mit", "en" for "et")
    word = _DETERMINER if re.fullmatch(_DETERMINER, head.group(0), re.IGNORECASE) else re.escape(head.group(0))
    starts = [m.start() for m in re.finditer(rf"(?<!\w){word}(?!\w)", before, re.IGNORECASE)]
    if starts:
        kept = before[:starts[-1]]
    elif len(after.split()) == 1 or re.fullmatch(r"[^\W\d_]+[.!]?", after.split(".")[0].strip()):
        kept = before[:before.rstrip().rfind(" ") + 1] if " " in before.strip() else ""
    else:
        return None
    if not kept.strip():
        return after[:1].upper() + after[1:] if before[:1].isupper() else after
    return f"{kept}{after}"


def _dash_aside(text: str) -> str | None:
    """ "Jeg er god til — når jeg har sovet — at lave mad": an aside between two dashes inside one sentence, read with
    the sentence whole and the aside after it ("Jeg er god til at lave mad, når jeg har sovet"); "Min hund – og min
    nabo – giver mig glæde" is one subject. None when the dashes are no such aside (a list, a heading)."""
    if "\n" in text or re.match(r"^\s*[-–—•*]", text):
        return None
    parts = _DASH_SEP.split(text)
    if len(parts) != 3:
        return None
    a, b, rest = (p.strip() for p in parts)
    if (not (a and b and rest) or len(b.split()) > 8 or not _ASIDE_LEAD.match(b) or re.search(r"[.!?:]$", a)
            or re.match(r"(?:og|eller|men|and|or|but)\b", rest, re.IGNORECASE) or re.search(r"[.!?]\s+\w", b)):
        return None
    if re.match(r"(?:og|eller|and|or)\b", b, re.IGNORECASE):
        return f"{a} {b.rstrip(' ,')} {rest}"
    # the aside goes to the end of its own sentence ("… med mine venner, når det ikke regner. Og jeg …"), never after the
    # sentences that follow it
    rest, after = (re.split(r"(?<=[.!?])\s+(?=\S)", rest, maxsplit=1) + [""])[:2]
    end = re.search(r"[.!?]*$", rest).group(0)
    return f"{a} {rest.rstrip(' .!?')}, {b.rstrip(' ,.')}{end}" + (f" {after}" if after else "")


def _dash_list(text: str) -> str:
    """The dashes between points as the words they stand for: "og" before a second thing to do ("lave mad og vaske
    tøj"), a comma before anything else ("tegne, især heste"); the text as it was without such a dash."""
    if "\n" in text or _ANSWER_LABEL.match(text) or _LABEL_POINTED_BACK.match(text) or re.match(r"^\s*[-–—•*]", text):
        # "Bekymring - min tand gør ondt": a heading before the answer; "- tegne - strikke": a list, read as such
        return text
    parts = _DASH_SEP.split(text)
    if len(parts) < 2:
        return text
    out = parts[0]
    for k, part in enumerate(parts[1:], 1):
        if re.match(r"at\s", parts[0].strip(), re.IGNORECASE) and re.match(r"at\s", part, re.IGNORECASE):
            part = part[3:]  # "at komme op – at gå til tandlæge": one "at" for both ("at komme op og gå til tandlæge")
        if re.match(r"(?:og|men|eller|and|but|or)\b", part, re.IGNORECASE):
            out += f" {part}"
        elif k == len(parts) - 1 and (re.match(r"at\s", part, re.IGNORECASE) or moves.is_verb_phrase(part.split(",")[0].strip(" .!"))
                                      or re.match(r"at\s", parts[0].strip(), re.IGNORECASE)):
            out += f" og {part}"
        else:
            out += f", {part}"
    return out


# "jeg hedder Ali", "mit navn er Mette", "Peter her": the writer says who they are, no answer
_INTRODUCTION = re.compile(r"^(?:(?:jeg hedder|mit navn er|det er|i'?m called|my name is|this is)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|"
                           r"[A-ZÆØÅ][^\W\d_]+\s+her)[.!]*$", re.IGNORECASE)
_HELLO_INTRO = re.compile(r"^(?:hej|hejsa|hallo|hi|hello|hey|goddag|davs)\b[\s,.!]*(?:(?:jeg hedder|mit navn er|det er|i'?m called|"
                          r"my name is|this is)\s+)?[^\W\d_]+(?:\s+her)?[.!]*$", re.IGNORECASE)
_AGAIN_WORD = re.compile(r"\b(?:igen|again|tilbage|back)\b")


def _resume_after_stop(c: _Ctx, text: str) -> bool:
    """ "hej igen" or "jeg vil gerne fortsætte" after a stop and save: back to the question that was open (the
    sheet kept so far stays; the rest is added as a new version)."""
    s = c.s
    n = it.norm(text)
    back = (it.is_greeting(text) and len(text.split()) <= 3) or bool(_GO_ON.match(n)) or bool(
        re.search(r"\b(?:fortsætte|fortsætter|fortsæt|videre|go on|continue)\b", n) and len(n.split()) <= 6)
    if not (s.get("stopped_early") and s.get("stopped_at") in _ASKED_STEPS and back):
        return False
    s["step"], s["stopped_early"], s["tries"], s["awaiting"] = s.pop("stopped_at"), False, 0, None
    _resume(c)
    return True


def _resume(c: _Ctx) -> None:
    """Back after a pause: a welcome, where we had got to, and the question, framed so it is not the very same
    words a second time ("Vi var nået til dine håb og drømme. Hvad …?")."""
    step = c.s["step"]
    if step not in _ASKED_STEPS:
        c.add(c.t("resume"))
        _reask(c)
        return
    c.add(c.t("resume_back"))
    rel = c.s["written_by"] == "relative" and f"resume_topic_{step}_rel" in (EN if c.lang == "en" else DA)
    c.s["awaiting"] = None
    _ask(c, step, lead=c.t("resume_at", topic=c.t(f"resume_topic_{step}{'_rel' if rel else ''}")))


_BYE = re.compile(r"^(?:ok|okay|oki|fint|godt|super|farvel|hej hej|vi ses|bye|goodbye|cool|fedt|dejligt|perfekt)\W*$")


def _stopped(c: _Ctx, text: str, tag: TaggedUtterance | None) -> None:
    c.add(c.t("pause"))


HANDLERS = {"consent": _consent, "goal2": _goal2, "meeting1": _meeting1, "meeting2": _meeting2,
            "summary": _summary, "done": _done, "stopped": _stopped}


# ---- safety and stopping --------------------------------------------------------------------------

_SAFETY_TEXT = {"abuse": "_abuse", "danger": "_danger", "neglect": "_neglect"}  # suicide, self-harm, unknown: "safety"


def _safety(c: _Ctx, text: str, tag: TaggedUtterance, *, record: bool = True) -> Turn:
    s = c.s
    if s.get("awaiting") == "stop_offer":
        s["stopped_early"] = False  # the stop offer is left open for the safety answer
    s["safety_turns"].append(s["turn"])
    if s.get("consent") and record:
        fresh = _record(c, text, tag, default=CONTENT_STEPS.get(s["step"]))
        # a disclosure answers the question; "jeg gider ikke mere" (a request to stop the rules read as a crisis)
        # does not, and the question still waits for its answer after the safety message
        s["answered_before_safety"] = (s["step"] in CONTENT_STEPS or (s["step"] == "goal2" and s["tries"] >= 1)) and not (
            it.is_stop(text) and len(fresh) <= 1)  # the 0-4 question asked twice already is not asked a third time
    rel = "_rel" if s["written_by"] == "relative" else ""  # a relative reports about someone else
    kind = _SAFETY_TEXT.get(safety_kind(text) or "", "")  # violence, danger and missing care name their own help
    c.msgs.insert(0, Message(c.t(f"safety{kind}{rel}"), custom={"safety": True}))
    c.techniques.append("safety_response")
    s["awaiting"] = "safety_choice"
    # a second disclosure: the offer in other words, or without the permission already given
    key = "safety_offer" if len(s["safety_turns"]) == 1 else "safety_offer_told" if s.get("tell_contact") else "safety_offer_again"
    buttons = [_btn(c.lang, "btn_continue", "continue"), _btn(c.lang, "btn_stop", "stop")]
    c.add(c.t(f"{key}{rel}"), buttons=buttons if key == "safety_offer_told" else [_btn(c.lang, "btn_tell_contact", "tell_contact"), *buttons])
    c.events.append("safety_flag")
    return _finish(c)


def _after_safety(c: _Ctx, text: str, tag: TaggedUtterance | None) -> Turn:
    s = c.s
    s["awaiting"] = None
    if "kontaktperson" in text.lower() or "contact" in text.lower():
        s["tell_contact"] = True
    if it.is_stop(text) or it.tired_of_questions(text):
        # "nej jeg mener bare jeg er træt af spørgsmålene": tired of the chat; stopping is offered kindly
        s.pop("answered_before_safety", None)
        return _offer_stop(c, text)
    answered = s.pop("answered_before_safety", False)
    n = it.norm(text)
    # a short yes/no or a word about going on is the answer to the offer; "Ja, jeg vil gerne arbejde i en
    # butik" is the citizen going on talking
    choice = len(n.split()) <= 3 or ((it.is_yes(text) or it.is_no(text)) and len(n.split()) <= 5) or any(
        w in n for w in ("fortsæt", "videre", "kontaktperson", "continue", "pause", "contact person", "go on", "break"))
    if not choice and s["step"] in CONTENT_STEPS or not choice and s["step"] in HANDLERS and answered:
        # the citizen simply went on talking: take it as the answer to the next question
        if answered:
            s["step"] = STEPS[STEPS.index(s["step"]) + 1]
        HANDLERS.get(s["step"], _content)(c, text, tag)
        return _finish(c)
    c.add(c.t("safety_continue"))
    if answered:
        _advance(c)
    else:
        _reask(c)
    return _finish(c)


def _unclear_stop(rest: str) -> bool:
    """ "stop, det er for meget", "stop jeg er sur": the words after a bare "stop" are neither its reason (then is_stop
    took it), a correction, a wait, nor an answer to the question."""
    n = it.norm(rest)
    if not n or _HOLD_ON.match(n) or _I_MEAN.match(rest) or _DISAGREE.match(rest) or _MEANT_NOT.match(n):
        return False
    return it.stop_rest_unclear(rest) and not (_STEP_WORDS.search(n) or _POINT_FRAME.search(n))


def _check_stop(c: _Ctx, rest: str) -> Turn:
    """Asked in a line whether the citizen wants to stop; a hard feeling or a complaint said with it is met first."""
    s = c.s
    s["stop_check_prev"], s["awaiting"] = s["awaiting"], "stop_check"
    feeling = it.stop_feeling(rest)
    c.add(c.t({"hard": "stop_check_hard", "misunderstood": "stop_check_misunderstood"}.get(feeling or "", "stop_check")),
          "simple_reflection" if feeling else "closed_question",
          [_btn(c.lang, "btn_yes_stop", "stop"), _btn(c.lang, "btn_no_go_on", "continue")])
    return _finish(c)


def _stop_check_answer(c: _Ctx, text: str) -> tuple[Turn | None, str]:
    """The answer to "Vil du gerne stoppe for nu?": yes is the stop offer; no goes on with the open question (and words
    said after the no are the answer to it); anything else is the conversation going on."""
    s = c.s
    s["awaiting"] = s.pop("stop_check_prev", None)
    n = it.norm(text)
    going_on = bool(_NOT_STOPPING.search(n) or _GO_ON.match(n) or it.is_no(text) or _FINE_GO_ON.match(n)
                    or n.startswith(("fortsæt", "fortsaet", "videre", "continue", "go on"))
                    or (re.search(r"\b(?:fortsætte|fortsætter|videre|continue|go on|keep going)\b", n) and not it.is_stop(text)))
    if not going_on and (it.is_stop(text) or it.is_yes(text) or _WORN_OUT.search(n)):
        # "ja", "ja tak, jeg har det skidt", "Ja. Jeg er meget træt i dag", "jeg er træt": a yes to stopping, whatever is
        # said with it; a feeling named is met kindly first
        s["awaiting"] = None
        s.pop("stop_check_asked_again", None)
        if (_WORN_OUT.search(n) and n not in ("helst", "meget gerne")) or it.stop_feeling(text):
            c.add(c.t("stop_check_feeling"), "simple_reflection")
        return _offer_stop(c, "stop"), text
    if not going_on and (it.is_dont_know(text) or n in ("måske", "maybe", "tja", "hmm")) and not s.get("stop_check_asked_again"):
        # "måske", "ved ikke": the check once more, simply; the open question waits
        s["stop_check_prev"], s["awaiting"], s["stop_check_asked_again"] = s["awaiting"], "stop_check", True
        c.add(c.t("stop_check_again"), "closed_question",
              [_btn(c.lang, "btn_yes_stop", "stop"), _btn(c.lang, "btn_no_go_on", "continue")])
        return _finish(c), text
    s.pop("stop_check_asked_again", None)
    if not going_on and (it.is_dont_know(text) or n in ("måske", "maybe", "tja", "hmm")):
        going_on, text = True, ""  # asked twice: the chat goes on with the open question, never skipped
    if not going_on:
        return None, text
    no = _NO_GO_ON.match(text)
    rest = text[no.end():].strip() if no else ""
    if rest and re.search(r"[^\W\d_]{2,}|\d", rest) and not (_NOT_STOPPING.search(it.norm(rest)) or _GO_ON.match(it.norm(rest))
                                                          or _FINE_GO_ON.match(it.norm(rest))):
        # "nej, jeg er god til at tegne", "nej, 3": the answer to the open question
        return None, rest[:1].upper() + rest[1:]
    if s["awaiting"] == "more":
        s["awaiting"] = None
    c.add(c.t("go_on"))
    _reask(c)
    return _finish(c), text


# after "Vil du gerne stoppe for nu?": words about going on, never an answer to the open question ("nej det er fint",
# "nej, det går", "vi kan godt fortsætte", "nej, men det er svært")
_FINE_GO_ON = re.compile(r"^(?:(?:nej|næ|no|nope)(?: tak)?\s*)?(?:men |but )?(?:det er (?:helt )?(?:fint|ok|okay|i orden|godt|lidt svært|svært|hårdt)|"
                         r"det går(?: nok| fint| godt| lige)?|(?:jeg|vi) kan (?:godt|sagtens)(?: fortsætte| lidt mere| godt)?|"
                         r"(?:jeg|vi) (?:vil|kan|skal) (?:gerne |godt |bare )?(?:fortsætte|videre|fortsæt)|jeg er (?:ok|okay|fin)|"
                         r"i'?m (?:fine|ok|okay)|it'?s (?:fine|ok|okay)|i can (?:go on|continue))(?: nu| tak| igen)?$")
# tired, done, unwell: said after "Vil du gerne stoppe for nu?", a yes to stopping
_WORN_OUT = re.compile(r"\b(?:træt|trætte|udmattet|smadret|færdig|(?:orker|gider|magter|kan) (?:ikke|ik) mere|har det (?:skidt|dårligt|elendigt)|"
                       r"hovedpine|ondt i hovedet|for meget|vil hjem|skal hjem|tired|exhausted|too much|feel bad)\b|"
                       r"^(?:(?:jeg|æ) )?(?:orker|gider|magter|kan) (?:ikke|ik)(?: mere)?$|^(?:helst|meget gerne)$")
# "ja jeg orker ikke mere" to the stop check: the yes, said with how it is; never with more after it ("… at leve")
_WORN_OUT_END = re.compile(r"\b(?:(?:jeg|æ) )?(?:orker|gider|magter|kan) (?:ikke|ik) mere(?: (?:i dag|idag|nu|lige nu))?$")


def _yes_to_stop_check(s: dict, text: str) -> bool:
    """ "ja jeg orker ikke mere" after "Vil du gerne stoppe for nu?" answers the question; the rest holds no disclosure."""
    if s.get("awaiting") != "stop_check" or not it.is_yes(text) or it.is_no(text):
        return False
    rest = _WORN_OUT_END.sub(" ", it.norm(text)).strip()
    return bool(_WORN_OUT_END.search(it.norm(text))) and not rules.safety_hit(rest)


_NO_GO_ON = re.compile(r"^\W*(?:(?:nej|næ|nope|no)\b(?:\s*(?:tak|thanks))?[\s,.!]*)?(?:(?:jeg vil (?:gerne )?|lad os |vi |let'?s )?"
                       r"(?:fortsætte|fortsætter|fortsæt|videre|go on|continue)\b[\s,.!]*)?", re.IGNORECASE)


def _offer_stop(c: _Ctx, text: str) -> Turn:
    c.s["awaiting"] = "stop_offer"
    c.s["stopped_early"] = True  # a conversation that ends here was stopped early; going on takes it back
    n = it.norm(text)
    if (_SAVE_SAID.search(n) or it.SHEET_NOW.search(n)) and not re.search(r"\b(?:slet|ikke gem\w*|gem (?:ikke|ik)|don'?t save|do not save|delete)\b", n):
        # "Kan vi stoppe? Gem det vi har.": the save is already asked for; not asked again
        return _stop_answer(c, "ja")
    key = "tired_offer" if it.tired_of_questions(text) and not it.is_stop(text) else "stop_offer"
    c.add(c.t(key), buttons=[_btn(c.lang, "btn_save", "save"), _btn(c.lang, "btn_dont_save", "dont_save"),
                             _btn(c.lang, "btn_continue", "continue")])
    return _finish(c)


_RUN_ON = re.compile(r"(?<=[a-zæøå])(?:\s+og)?\s+(?=(?:det|men det) (?:går|gik|fylder|er (?:svært|hårdt|rigtig svært)|gør ondt|stresser|irriterer)\b)")
_SAVE_SAID = re.compile(r"\b(?:gem|gemme|behold|beholde|save|keep)\b(?:(?: (?:gerne|bare|lige))? (?:det|dét|det hele|alt|arket|what|it|everything)\b|\s*$)")
# "ok nu igen", "så er jeg klar", "jeg er tilbage" after a pause: back where we were, not an answer
_BACK_AGAIN = re.compile(r"^(?:(?:ok|okay|oki|ja|nå|så|godt|fint|hej|hejsa|hey|hallo|halløj|hi|hello)\s*)*(?:nu |så )?(?:igen|er jeg (?:klar|tilbage)(?: igen)?|jeg er (?:klar|tilbage)(?: igen)?|"
                         r"klar igen|klar|tilbage|tilbage igen|videre|vi kan fortsætte|i'?m back|back again|ready|ready again|i'?m ready|"
                         # "så er a her igen", "her igen", "I'm here again": back at the keyboard, in any spelling
                         r"(?:er )?(?:jeg|æ|a|vi) (?:er )?her (?:igen|nu)|(?:jeg|æ|a|vi) er her|her igen|her er (?:jeg|æ|a) igen|"
                         r"(?:i'?m|i am|we'?re) here(?: again| now)?|here again|back)\W*$")
_DK_WHATEVER = re.compile(r"^(?:(?:jeg )?ved (?:ikke|ik)|aner det ikke|i don'?t know)\W+(?:det er (?:jo |da |også |bare )?"
                          r"(?:ligegyldigt|lige meget|ligemeget)|(?:it )?doesn'?t matter)\W*$")
_POLITE_TAIL = re.compile(r"[,.;!]?\s*(?:(?:men|og|but|and)\s+)?(?:(?:mange|tusind)\s+)?(?:tak|thanks|thank you) (?:for (?:spørgsmålet|at (?:du )?spørge|"
                          r"at du spørger|asking|the question)|fordi du spørger)\W*$", re.IGNORECASE)
# "nej det er ikke det jeg mener. jeg mener ro i hovedet": the last reflection was wrong; never a no to the next question
_DISAGREE = re.compile(
    r"^\W*(?:(?:nej|næ|nope|no)\b[\s,.!]*)?(?:(?:men )?(?:det|dét) er (?:ikke|ik) (?:helt )?(?:det|dét|rigtigt?|sådan|hvad)"
    r"(?:,? (?:jeg|æ) (?:mener|mente|siger|sagde|skrev))?|det (?:mener|mente|sagde|skrev) (?:jeg|æ) (?:ikke|ik)|"
    r"du (?:har )?misforst\w+(?: mig)?|det var (?:ikke|ik) (?:det|dét|sådan),? (?:jeg|æ) (?:mente|mener)|"
    r"that'?s not (?:it|right|what i (?:mean|meant|said))|not what i (?:mean|meant)|you misunderst\w+(?: me)?|"
    # "det var forkert", "jeg skrev forkert", "jeg mente ikke det, jeg skrev": the last answer was wrong, said plainly
    r"det var (?:forkert|en fejl|ikke rigtigt)|(?:jeg|æ) skrev (?:forkert|noget forkert|det forkert)|"
    r"(?:jeg|æ) mente (?:ikke|ik) det,? (?:jeg|æ) skrev|(?:that was|it was) (?:wrong|a mistake)|i wrote (?:it )?wrong)"
    r"(?=\s*(?:[.!,;:]|$))[\s.!,;:]*", re.IGNORECASE)
# "nej du forstår mig ikke", "du hører ikke efter": the last reflection (or the question) missed, said alone
_NOT_HEARD = re.compile(r"^\W*(?:(?:nej|næ|men|altså|ej)[\s,.!]+)?(?:du (?:forstår|fatter|forstod|hører|hørte|lytter)"
                        r"(?: (?:mig|hvad jeg siger|hvad jeg mener|det))? (?:ikke|ik|ikk)(?: efter| rigtigt| helt)?|"
                        r"you (?:don'?t|do not|didn'?t) (?:understand|get|hear) me|you'?re not listening)\W*$", re.IGNORECASE)
# "nej, jeg mente at male", "nej undskyld, jeg mente min søster": a no before "jeg mente" corrects the last answer
_NO_MEANT = re.compile(r"^\W*(?:nej|næ|nope|no)\b(?:[\s,.!]*(?:undskyld|sorry|altså|hov))?[\s,.!]*(?=(?:jeg|æ|i) (?:mente|meant)\b)",
                       re.IGNORECASE)
# a bare "stop" (with "nej", "ok" before it) in front of more words: the words are the message (see is_stop)
_LEAD_STOP = re.compile(r"^\W*(?:(?:nej|ok|okay|no)[\s,]+)?(?:stop|stoppe|slut|please stop|stop it)(?:\s+(?:nu|tak|please|now))?"
                        r"(?:\s*[,.!:;-]+\s*|\s+(?=(?:jeg|æ|i|det|du|vent|wait)\b))", re.IGNORECASE)
# "jeg mente svømning, ikke løb": the last answer corrected, the word it replaces named
_MEANT_NOT = re.compile(r"^(?:nej )?(?:jeg|æ|i) (?:mente|meant) [^\W\d_]+(?: [^\W\d_]+){0,2} (?:og )?(?:ikke|not) [^\W\d_]+$")
# "vent lidt", "jeg er ikke færdig": a wait, not an answer
_HOLD_ON = re.compile(r"^(?:vent|vent lige|vent lidt|vent et øjeblik|øjeblik|et øjeblik|(?:jeg|æ) er (?:ikke|ik) færdig(?: endnu)?|"
                      r"(?:jeg|æ) var (?:ikke|ik) færdig|wait|wait a (?:bit|moment|minute|sec)|hold on|i'?m not (?:done|finished)(?: yet)?)$")
_I_MEAN = re.compile(r"^(?:men |but )?(?:jeg|æ|i) (?:mener|mente|meant|mean)(?: bare| egentlig| just| really)?(?:,? at| that)?[\s,:]*",
                     re.IGNORECASE)


def _reword(c: _Ctx, text: str) -> bool:
    """The citizen says the last reflection got it wrong ("nej det er ikke det jeg mener"): the point of the last answer
    is replaced by what the citizen says it is, thanked for and echoed; said alone, the bot asks what was meant."""
    s = c.s
    waiting = s["awaiting"] == "reword"
    prev = [i for i in _live(s) if i.get("turn") == (s.get("reword_turn") if waiting else s["turn"] - 1)
            and i.get("category") in ("resource", "hope", "employment", "parking", "goal_progress")]
    if not waiting and _NOT_HEARD.match(text):
        # "nej du forstår mig ikke": said alone, a sorry and the open question in other words; never "Du forstår mig" or a
        # point, and nothing said before is taken off the sheet (what was missed is not known)
        c.add(c.t("sorry_misunderstood"))
        _clarify(c)
        return True
    if not prev:
        if waiting:
            s["awaiting"] = None
        return False
    m = None if waiting else (_DISAGREE.match(text) or _NO_MEANT.match(text))
    rest = _I_MEAN.sub("", text[m.end():].strip() if m else text.strip()).strip(" ,.")
    if not re.search(r"\b(?:jeg|æ|du|han|hun|vi|de|det|i|he|she|it|we|they)\b", rest.lower()):
        # "svømning ikke løb", "swimming, not running": what was meant, without the word it replaces
        rest = re.sub(r",?\s+(?:og |and )?(?:ikke|ik|not)\s+(?:at |to )?[^\W\d_]+$", "", rest, flags=re.IGNORECASE)
    if waiting:
        s["awaiting"] = None
        if not rest or it.is_dont_know(rest) or it.is_skip(rest) or it.is_no(rest):
            c.add(c.t("skip_ok"))
            _clarify(c)
            return True
    elif not rest:
        s["awaiting"], s["reword_turn"] = "reword", s["turn"] - 1
        c.add(c.t("reword_ask"), "open_question")
        return True
    replaced = _corrected_points(prev, rest)
    category = next(i for i, _ in replaced)["category"]
    kept_before: list[str] = []
    for i in prev:
        gone = [piece for j, piece in replaced if j is i]
        if not gone:
            continue  # "jeg elsker min hund": a point the correction does not touch stays
        i["withdrawn"] = True
        kept_before += [piece for piece in _points_of(i["text"]) if piece not in gone]
    for piece in kept_before:  # the other half of "Jeg er god til at tegne og jeg elsker min hund" stays on the sheet
        for i in _record(c, piece[:1].upper() + piece[1:], None, default=category):
            if i.get("category") is None:
                i["category"] = category
    if category == "hope" and not _WISH_WORDS.search(it.norm(rest)):
        if not moves.has_subject(rest):  # "ro i hovedet": what is hoped for
            rest = f"jeg drømmer om {rest}" if s["language"] != "en" else f"I hope for {rest}"
        else:  # "jeg kan grine igen": the hope, never a fact about today
            rest = f"jeg håber, at {rest[:1].lower() + rest[1:]}" if s["language"] != "en" else f"I hope that {rest}"
    step_now, s["step"] = s["step"], next(i for i, _ in replaced).get("step") or s["step"]
    try:  # said in the frame of the point it replaces ("Din søster giver dig glæde", not "Du er god til …" of the next step)
        kept = _record(c, rest[:1].upper() + rest[1:], None, default=category)
    finally:
        s["step"] = step_now
    for i in kept:
        if i.get("category") is None:
            i["category"] = category
    said = " ".join(i["you"] for i in kept if i.get("you"))
    c.add(f"{c.t('reword_thanks')} {said}".strip(), "complex_reflection" if said else "giving_information")
    _clarify(c)  # the open question again, in other words
    return True


# the frame a point is said in: a correction in the same frame ("god til" for "god til") replaces that point
_ANSWER_STEPS = ("resources1", "resources2", "hopes1", "hopes2", "work", "goal1")
_LEAD_QUESTION = re.compile(r"^([^?.!]{3,}\?)\s+(?=\S)")
# "drømme om natten?", "jeg drømmer ikke om natten": dreams read as the ones in sleep
_NIGHT_DREAM = re.compile(r"\bdrøm\w*\b(?:\s+\w+){0,4}\s+(?:om natten|i nat|når (?:jeg|man) sover)\b|\b(?:om natten|når (?:jeg|man) sover)\b.{0,30}\bdrøm")
# a wish said after the question back ("… Jeg vil gerne have et job"): an answer, not an aside
_POINT_WISH = re.compile(r"\b(?:vil (?:rigtig |meget )?gerne|ønsker|håber|kunne godt tænke|drømmer om at)\b")
_SMALL_TALK = re.compile(r"^(?:vidste du|ved du hvad|har du hørt|har du set|did you know|have you heard|have you seen|guess what)\b")
_MEETING_WHEN = re.compile(r"^(?:hvornår|hvor|hvad tid|hvilken dag|when|where|what time|what day)\b.*\b(?:mødet|møde|meeting)\b")
# what an answer to the step's question says: then the sentence after the question is the answer, not an aside
_STEP_WORDS = re.compile(r"\b(?:god til|go til|dygtig|kan (?:godt )?lide|elsker|glad|glæde|nyder|hygger|drømmer|drøm\w*|håber|håb|ønske\w*|"
                         r"vil (?:rigtig )?gerne|gerne vil|kunne tænke|arbejd\w*|job\w*|praktik|skole|uddannelse|mål\w*|øver|træner|"
                         r"good at|love|like|enjoy|happy|hope|dream|wish|want|work|job|goal|practi[cs]e)\b")


def _aside_question(text: str) -> tuple[str, str, str, bool] | None:
    """(question, what follows, kind, whether what follows answers the step's question) for a message that is a
    question to the bot with a short comment or an answer after it."""
    m = _LEAD_QUESTION.match(text)
    if not m:
        return None
    first, rest = m.group(1).strip(), text[m.end():].strip()
    n_first, n_rest = it.norm(first), it.norm(rest)
    if not n_rest or rest.rstrip().endswith("?"):
        return None
    if it.promise_request(first) or it.promise_request(text):
        return None  # "Kan du skaffe mig en lejlighed? Jeg bor dårligt nu.": a request, kept as a wish elsewhere
    kind = ("small_talk" if _SMALL_TALK.match(n_first) else "meeting_when" if _MEETING_WHEN.match(n_first)
            else "other" if it.question_to_bot(first) == "other" else None)
    if kind is None:
        return None
    # the answer: the step's words ("god til", "elsker"), or the citizen's own doings told plainly ("Jeg strikker meget")
    # with nothing in them that points back at the question ("det", "mødet") or says no
    answered = bool(_STEP_WORDS.search(n_rest) or _POINT_FRAME.search(n_rest)
                    or (_OWN_NEWS.match(n_rest) and not _ASIDE_BACK.search(n_rest)))
    if answered and len(n_rest.split()) <= 40:
        return first, rest, kind, True
    if not 3 <= len(n_rest.split()) <= 10 or answered or re.search(r"[.!?]\s+\S", rest.rstrip(" .!")):
        return None
    return first, rest, kind, False


# "Jeg er 81", "jeg har autisme", "Jeg bor på et bosted": a fact about the citizen said after a question back, no answer
_SELF_FACT = re.compile(r"^(?:og |men |altså |nå |jamen |ja )?(?:jeg|æ|han|hun|i'?m|i am|i|he|she|he'?s|she'?s)\s+(?:er|har|bor|fylder|"
                        r"sidder|lever|have|has|live|lives|is|"
                        r"har (?:fået|haft)|fik)\b[^.!?]*\b(?:\d{1,3}(?=\s*(?:år|years?|$|[,.!]))|gammel|ældre|old|pensionist|pension|retired|autis\w*|adhd|add|"
                        r"hjerneskade\w*|blodprop\w*|sklerose|demens|parkinson|diagnose\w*|epilepsi|handicap\w*|ordblind|blind|døv|syg|"
                        r"bosted\w*|plejehjem\w*|botilbud\w*|alene|ensom|enke|enkemand|ny her|brain injury|stroke|dementia|alone)\b")
# "Han sidder ikke her lige nu", "Hun skriver ikke så godt", "He is asleep": where the person is, or how they write
_NOT_HERE = re.compile(r"\b(?:sidder|er) (?:ikke |lige )?(?:her|hjemme|ude|væk|på arbejde|i skole|på skolen|i skole|til stede|ved siden af)\b|"
                       r"\b(?:er|sidder) (?:til|på|i|hos|ude|henne|nede|oppe)\b[^.!?]{0,30}\b(?:lige nu|nu|i dag|i aften)\b|"
                       r"\bskriver (?:ikke|dårligt|langsomt|ikke så godt|ikke så hurtigt)\b|\b(?:kan|gider|orker) (?:ikke|ik) (?:selv )?(?:at )?(?:skrive|læse|stave|svare)\b|"
                       # "Han er ikke så god til at skrive", "hun har svært ved at læse": why the relative writes, no strength
                       r"\b(?:er|bliver) (?:ikke|ik) (?:så |særlig |specielt |helt |for )?(?:god|gode|stærk|hurtig|vant) til (?:at )?"
                       r"(?:skrive|læse|stave|taste|svare|computer\w*|mobil\w*|telefon\w*|tastatur\w*|bruge (?:en )?(?:computer|telefon|mobil|tablet|ipad)\w*)\b|"
                       r"\bhar (?:meget |lidt |rigtig )?(?:svært|problemer|besvær) (?:ved|med) (?:at )?(?:skrive|læse|stave|taste|computer\w*)\b|\bordblind\b|"
                       r"\b(?:is not|isn'?t) (?:very |so )?good at (?:writing|reading|typing|spelling)\b|"
                       r"\b(?:sover|er syg|er træt)\b|\bhar (?:ikke )?(?:tid|lyst)\b|\bis (?:not )?(?:here|at work|asleep|at school|away|busy)\b|"
                       r"\bcan'?t (?:write|read|type)\b|\bcannot (?:write|read|type)\b|\b(?:she|he) (?:is )?sleep(?:s|ing)\b")
# "Hun er ordblind, men hun er god til at tegne": the answer follows the reason
_BUT_ANSWER = re.compile(r"\b(?:men|but) (?:han|hun|he|she) (?:er|kan|elsker|har|is|can|loves|has)\b(?! (?:ikke|ik|not)\b)")
# "Jeg er 81", "74 år", "jeg er 74 år gammel": an age and nothing more
_AGE_ONLY = re.compile(r"(?:(?:og |men |altså |nå |jamen |ja )?(?:jeg|æ|han|hun|i'?m|i am|he|she|he'?s|she'?s) (?:er|is|am) )?"
                       r"\d{1,3}(?: år| years?)?(?: gammel| old)?[.!]*")
_WORK_STATUS = re.compile(r"\b(?:pension\w*|førtid\w*|syg\w*|flex\w*|ledig|arbejds\w*|retired|unemployed|sick)\b")


def _only_aside(rest: str, step: str) -> bool:
    """What follows a question back about the question ("Hvad mener du med drømme? Jeg er 81") when it says something
    about the citizen and nothing that answers the step's question."""
    n = it.norm(rest)
    if not n or len(n.split()) > 10 or rest.rstrip().endswith("?") or _STEP_WORDS.search(n) or _POINT_FRAME.search(n):
        return False
    if step == "work" and _WORK_STATUS.search(n):
        return False  # "Hvad mener du med dagtimerne? Jeg er på pension": that answers the work question
    if step == "parking" and not _AGE_ONLY.fullmatch(n):
        return False  # "Hvad mener du med fylder? Jeg er så ensom": being alone, ill or lonely is what fills
    return bool(_SELF_FACT.match(n) or re.fullmatch(r"\d{1,3}(?: år| years?(?: old)?)?", n))


# "ved du hvad?", "guess what?": an opener, no question to answer
_OPENER = re.compile(r"^(?:ved du hvad|vidste du hvad|guess what|you know what)$")
_OWN_NEWS = re.compile(r"^(?:og |men |nå |altså )?(?:jeg|æ|vi|i)\s+(?!(?:ved|aner|tror|synes|mener|forstår|spørger|undrer|tænkte|tænker|"
                       r"spurgte|glemte|har hørt|hørte|venter|ventede|har ventet|wonder|think|don'?t|do not)\b)\w+")
_ASIDE_BACK = re.compile(r"\b(?:det|den|dem|der|dér|ikke|ik|aldrig|ingen|intet|mødet|møde|vejret|brev\w*|mail|sms|besked\w*|kommunen|"
                         r"sagsbehandler\w*|kontaktperson\w*|længe|snart|i går|i morgen|lang tid|it|that|not|never|no|meeting|weather|"
                         r"letter|long|soon)\b")


_POINT_FRAME = re.compile(r"\b(?:god til|dygtig til|kan (?:godt )?lide|elsker|glad for|drømmer om|håber|ønsker|vil (?:rigtig )?gerne|"
                          r"interesse|good at|love|like|hope|dream|wish)\b", re.IGNORECASE)
_POINT_AND = re.compile(r",?\s+og\s+(?=(?:jeg|æ|hun|han|vi)\s+\w+)|,?\s+and\s+(?=(?:I|she|he|we)\s+\w+)")


def _points_of(text: str) -> list[str]:
    """ "Jeg er god til at tegne og jeg elsker min hund.": the points one item says, each a clause of its own."""
    out = [q.strip(" ,.!") for p in _SENTENCES.split(text) for piece in _split_points(p) for q in _POINT_AND.split(piece)]
    return [q for q in out if q] or [text.strip(" ,.!")]


def _corrected_points(prev: list[dict[str, Any]], rest: str) -> list[tuple[dict[str, Any], str]]:
    """The point(s) of the last answer a correction replaces: those sharing most words (or the frame) with it; with no
    overlap, only the point reflected last. Never every point of an answer that said several."""
    points = [(i, piece) for i in prev for piece in _points_of(i["text"])]
    words = _content_words(rest)
    frame = {f.group(0).lower() for f in _POINT_FRAME.finditer(rest)}

    def score(piece: str) -> int:
        return len(words & _content_words(piece)) + 2 * len(frame & {f.group(0).lower() for f in _POINT_FRAME.finditer(piece)})

    scores = [score(piece) for _, piece in points]
    best = max(scores)
    if best > 0:
        return [p for p, sc in zip(points, scores) if sc == best]
    echoed = [p for p in points if p[0].get("you")] or points
    return [echoed[-1]]

# Chat abbreviations of young writers: "idk" is a don't-know, "mby" a maybe; "fr", "ngl", "tbh", "lol" are only emphasis
_IDK = re.compile(r"\b(?:idk|idek|ik ved|ve ik)\b", re.IGNORECASE)
_MBY_END = re.compile(r"[ ,]+(?:mby|mbe|mayb|mabye)\s*(?=[.!?]|$)", re.IGNORECASE)
_M_WITH = re.compile(r"\b([a-zæøå]{2,}) m\.? (?=[a-zæøå]{2,})")
_MBY = re.compile(r"\b(?:mby|mbe|mayb|mabye)\b", re.IGNORECASE)
# one filler or a run of them ("fr fr", "ngl lol"), removed whole; lower case: "Fr. Berg" is a name
_EMPHASIS = re.compile(r"(?:[ ,]*\b(?:frfr|fr|ngl|tbh|lol|lmao|xd|btw|ish)\b)+(?=\s*(?:[.!?,]|$|og\b|and\b))")
# "tirsdag og fr", "mandag til fr", "fr og lørdag": next to a weekday "fr" is fredag, no filler
_WEEKDAYS = r"(?:mandag|tirsdag|onsdag|torsdag|lørdag|søndag|man|tirs|ons|tors|lør|søn)e?"
_FR_DAY = re.compile(rf"\b({_WEEKDAYS}\s*(?:,|-|og så|og|til|eller)?\s*)fr\b(?!\.)|"
                     rf"\bfr\b(?!\.)(?=\s*(?:,|-|og|til|eller)\s*{_WEEKDAYS}\b)", re.IGNORECASE)
# "jeg elsker at tegne og": a filler gone, no "og" left hanging
_DANGLING_AND = re.compile(r"[ ,]+(?:og så|og|and|eller|or)\s*(?=[.!?]?\s*$)", re.IGNORECASE)
# "så ka jeg være mig selv ik": a tag at the end ("ikke?"), not a negation, unless a verb stands right before it
_TAG_IK = re.compile(r"(?<=\w\w)(,?) (?:ik|ikk|ikke)\s*(\??)(?=\s*[.!]?\s*$)", re.IGNORECASE)
_TAG_IK_VERB = re.compile(r"\b(?:kan|ka|vil|skal|ska|må|tør|gider|orker|er|har|gør|går|ved|virker|hjælper|nytter|passer|duer|"
                          r"kommer|bliver|magter|får|fungerer|kunne|ville|skulle|var|havde|gjorde|gik|det|jeg|du|han|hun|vi|de|"
                          r"sådan|så|altid|bare|helt|jo|heller|nok|endnu|mere)$", re.IGNORECASE)
_TAG_IK_SUBJECT_VERB = re.compile(r"\b(?:jeg|æ|du|han|hun|vi|de|man|(?:min|mit|mine|hans|hendes) \w+) [a-zæøå]+e?r$", re.IGNORECASE)
# a clause is finished when it has a finite verb: a subject with its verb ("jeg er", "så ka jeg") or a modal
_TAG_FINITE = re.compile(r"\b(?:jeg|æ|du|han|hun|vi|de|man|der)\s+\w+|\b\w+\s+(?:jeg|æ|du|han|hun|vi|de|man)\b|"
                     r"\b(?:kan|ka|vil|skal|ska|må|er|har|var|havde|kunne|ville|skulle)\b", re.IGNORECASE)
# "du forstår mig ikke", "min mor hører mig ikke": a pronoun object stands before a negation, never before a tag; when
# in doubt the "ikke" stays
_TAG_IK_OBJECT = re.compile(r"\b(?:mig|dig|ham|hende|os|jer|dem|sig|mæ|dæ|hinanden|me)$", re.IGNORECASE)
# "det er fedt ik", "det var hyggeligt ikke": a negation would stand before the predicate ("det er ikke fedt")
_TAG_IK_PREDICATE = re.compile(r"^(?:det|den|der)\s+(?:er|var|bliver|blev)\s+(?!(?:mig|dig|ham|hende|os|jer|dem|det|den|jo|"
                               r"bare|nu|så|også)$)[a-zæøå]{3,}$", re.IGNORECASE)
# "kaffe men te ikke", "bare ikke": a contrast before the "ikke" makes it a real negation of what is contrasted
_TAG_CONTRAST = re.compile(r"\b(?:men|but|bare|end|heller|kun|undtagen)\b", re.IGNORECASE)
# "min søster kan desværre ikke", "han kommer altså ik": sentence adverbs between the verb and a final "ikke" leave it a
# negation of that verb; only a clause with more after its verb ("så ka jeg være mig selv ik") can end in a tag
_TAG_ADVERBS = re.compile(r"(?:\s+(?:desværre|desvaerre|desvære|dsv|altså|altsaa|vist|egentlig|faktisk|sgu|da|lige|rigtig|"
                          r"rigtigt|alligevel|længere|laengere|mer|mere|endnu|nok|jo|så|nu|heller|helt|bare|i dag|idag))+$",
                          re.IGNORECASE)


def _is_tag_ik(before: str, comma: bool, question: bool) -> bool:
    """Whether a final "ik"/"ikke" is a question tag ("…, ik?", "så ka jeg være mig selv ik"), not a negation
    ("det går ik", "kaffe men te ikke")."""
    words = before.split()
    if len(words) < 3:
        return False
    if _TAG_IK_OBJECT.search(before) and not comma:  # "du forstår mig ikke": an object pronoun moves before the negation
        return False
    if not comma and len(words) == 3 and _TAG_IK_PREDICATE.search(before):  # "det er fedt ik": "ikke fedt" would lead
        return True
    if comma:  # "jeg er ikke god til det, ikke?": after a comma only a tag
        return bool(_TAG_FINITE.search(before))
    if _TAG_IK_VERB.search(before) or _TAG_IK_VERB.search(_TAG_ADVERBS.sub("", " " + before.rstrip(" .!"))):
        return False
    if _TAG_IK_SUBJECT_VERB.search(_TAG_ADVERBS.sub("", " " + before.rstrip(" .!"))):
        return False  # "… og jeg sover ikke", "min søn spiser ikke": a subject and its verb right before, a negation
    clause = re.split(r"[,;:.!?]", before)[-1]
    if _TAG_CONTRAST.search(clause):
        return False
    return bool(_TAG_FINITE.search(clause)) and (question or len(words) >= 4)


def _chat_slang(text: str, lang: str) -> str:
    out = _IDK.sub("don't know" if lang == "en" else "ved ikke", text)
    out = _MBY_END.sub("", out)
    out = _MBY.sub("maybe" if lang == "en" else "måske", out)
    out = _FR_DAY.sub(lambda m: f"{m.group(1) or ''}fredag", out)  # the weekdays are Danish words
    if lang != "en":
        out = _M_WITH.sub(r"\1 med ", out)  # "arbejde m dyr": "med" (never after a number: "2 m lang")
    filler = _EMPHASIS.search(out)
    out = _EMPHASIS.sub("", out)
    if filler:
        out = _DANGLING_AND.sub("", out)
    if lang != "en":
        m = _TAG_IK.search(out)
        if m and _is_tag_ik(out[:m.start()], bool(m.group(1)), bool(m.group(2))):
            out = out[:m.start()] + out[m.end():]
    out = re.sub(r"\s+([.!?,])", r"\1", out).strip(" ,")
    return out if out != text.strip(" ,") else text


# A don't-know said with a guess, before or after it ("ved ik.. måske tegne", "idk maybe noget m biler", "frisør idk"):
# the guess is the answer, said back without the "ved ikke"; never "Du er god til ved ikke måske tegne". Not when the
# don't-know has its own object ("ved ikke om …", "ved ikke hvad …") or what follows is no answer either.
_DK_LEAD_GUESS = re.compile(r"^\W*(?:(?:jeg|æ) )?(?:ved (?:ikke|ik|ikk|it)|aner det ikke|don'?t know)\b"
                            r"(?![ ,]+(?:om|hvad|hvordan|hvorfor|hvem|hvornår|hvor|hvilke|hvilken|helt|rigtig|rigtigt|lige|endnu|"
                            r"if|what|how|why|which|who|when|where|whether)\b)[\s.,!…:;-]*(?=\w)", re.IGNORECASE)
_TOO_MUCH_TO_ASK = re.compile(r"^\W*(?:(?:jeg|æ) )?(?:ved (?:ikke|ik|it),? om|er ikke sikker på,? om) det er (?:lidt |helt )?(?:for meget|for stort|"
                              r"dumt|urealistisk|realistisk|fjollet|for vildt|for sent)(?: at (?:drømme|ønske|håbe) (?:om|på))?"
                              r"[\s,.…-]+(?:men\s+)?(?=\w)", re.IGNORECASE)
_DK_TAIL_GUESS = re.compile(r"(?<=\w)[\s.,!…]+(?:(?:jeg|æ) )?(?:ved (?:ikke|ik|ikk)|don'?t know)\W*$", re.IGNORECASE)
# "ved ikke. jeg har ikke nogen drømme", "ved ikke, det er svært at svare på": a no or words about the question after
# the don't-know, never a guess to be read as the step's answer
_NO_GUESS = re.compile(r"\b(?:ikke|ik|aldrig|ingen|intet|ingenting|not|never|no)\b|\b(?:svært|svaert|hard|difficult) at "
                       r"(?:svare|sige|vide)|\bspørgsmål\w*")
_ABOUT_ANSWERING = re.compile(r"\b(?:svært|svaert|hard|difficult) at (?:svare|sige)\b|\bsvært spørgsmål|\bhard question")
_MAYBE_DA = re.compile(r"(?:^|(?<=[\s,.]))maybe\b", re.IGNORECASE)


def _without_dont_know(text: str, lang: str) -> str:
    out = text
    if it.is_dont_know(text) or it.NO_GOALS.search(it.norm(text)):
        return text  # "ved ik noget mål": no goal known, never "noget mål" as a guess
    if (lang != "en" and _MAYBE_DA.search(out) and not it.looks_english(out)
            and (it._DANISH.search(out.lower()) or len(out.split()) <= 4)):
        out = re.sub(r"[ ,]+maybe(?=\s*(?:[.!?😅🙂🤷]|$))", "", out, flags=re.IGNORECASE)  # a final hedge, like "mby"
        out = _MAYBE_DA.sub("måske", out)
    modest = _TOO_MUCH_TO_ASK.match(out)
    if modest and len(out[modest.end():].split()) >= 2:
        # "Ved ikke om det er for meget at drømme om, men et job i en genbrugsbutik": the wish, never "Du drømmer om ved ikke …"
        rest = out[modest.end():].strip()
        return rest[:1].upper() + rest[1:] if text[:1].isupper() else rest
    lead = _DK_LEAD_GUESS.match(out)
    if lead:
        rest = out[lead.end():].strip()
        if _ABOUT_ANSWERING.search(it.norm(rest)) and len(rest.split()) <= 8:
            return "ved ikke"  # "ved ikke, det er svært at svare på": still a don't-know, never a worry or a wish
        if len(re.findall(r"[^\W\d_]{2,}", rest)) >= 1 and not (it.is_dont_know(rest) or it.is_skip(rest)
                                                               or rest.rstrip().endswith("?") or _NO_GUESS.search(it.norm(rest))):
            out = rest[:1].upper() + rest[1:] if rest[:1].islower() and text[:1].isupper() else rest
    tail = _DK_TAIL_GUESS.search(out)
    if tail and len(out[:tail.start()].split()) >= 1 and not it.is_dont_know(out[:tail.start()]):
        # "… god til at lytte men jeg ved ikke": the "men" goes with the hedge
        out = re.sub(r"[\s,]+(?:men|og|but|and)$", "", out[:tail.start()].rstrip(" ,"), flags=re.IGNORECASE)
    return out if out.strip() else text


_NOT_STOPPING = re.compile(r"\b(?:(?:vil|gider|skal|behøver|ønsker) (?:ikke|ik|it) (?:at )?(?:stoppe|slutte|afslutte|holde op)|"
                          r"(?:ikke|ik) (?:stoppe|slutte) (?:nu|endnu|her|lige nu)|"
                          r"(?:don'?t|do not) (?:want to |need to )?(?:stop|quit|end)|not (?:stop|quit) (?:now|yet)|keep going)\b")
_GO_ON = re.compile(r"^(?:fortsæt|fortsaet|lad os fortsætte|vi fortsætter|continue|go on|let'?s go on)\W*$")


def _stop_answer(c: _Ctx, text: str) -> Turn:
    s = c.s
    s["awaiting"] = None
    n = it.norm(text)
    going_on = n.startswith(("fortsæt", "fortsaet", "jeg vil fortsætte", "vi fortsætter", "videre", "go on", "continue")) or (
        # "nej, jeg vil gerne fortsætte": the no is to stopping, not to saving
        bool(re.search(r"\b(?:fortsætte|fortsætter|fortsæt|continue|go on)\b", n)) and not re.search(r"\b(?:slet|delete|stop)", n)) or (
        # "jeg vil ikke stoppe", "nej, jeg vil ikke stoppe endnu": a no to stopping, the chat goes on (never a joy, never a no to saving)
        bool(_NOT_STOPPING.search(n)) and not re.search(r"\b(?:slet|delete|gem|save)", n))
    # "nej, jeg vil gerne fortsætte, jeg drømmer om en hund", "nej. Jeg drømmer om at rejse": a no to stopping, then the
    # answer to the open question; the answer is kept
    lead = _NO_GO_ON.match(text)
    point = text[lead.end():].strip() if lead else ""
    pn = it.norm(point)
    if (point and len(pn.split()) >= 3 and (going_on or _STEP_WORDS.search(pn) or _POINT_FRAME.search(pn))
            and not re.search(r"\b(?:slet|gem|gemme|save|delete|stop|stoppe)", pn) and not it.is_stop(point)
            and not it.is_no(point) and not it.is_yes(point)):
        s["stopped_early"] = False
        HANDLERS.get(s["step"], _content)(c, point, None)
        return _finish(c)
    if going_on or (len(n.split()) > 3 and not it.is_yes(text) and not it.is_no(text) and "slet" not in n):
        s["stopped_early"] = False
        # "Målet er, at jeg kan gå på trapper …": not an answer to "shall I save?" but the conversation going on
        if going_on:
            c.add(c.t("go_on"))
            _reask(c)
        else:
            HANDLERS.get(s["step"], _content)(c, text, None)
        return _finish(c)
    if it.is_no(text) or "slet" in n:
        s["step"] = "stopped"
        # nothing from today is kept: not the points, nor the scores, choices, corrections or summary
        s["items"], s["scores"], s["corrections"], s["summary"] = [], [], [], ""
        s["preferences"] = {"relatives_attend": None, "plan_version": None}
        c.add(c.t("stopped_nothing"))
        c.events.append("discard")
    else:
        s["stopped_at"] = s["step"]  # the question that was open: a word said after the save answers it
        s["step"] = "done"
        s["stopped_early"] = True
        c.add(c.t("done_stopped"))
        c.events.append("sheet_ready")
    return _finish(c)


# ---- helpers ------------------------------------------------------------------------------------

_SENTENCES = re.compile(r"(?<=[.!?;])(?<!\d\.)(?<!\bkl\.)(?<!\bca\.)(?<!\bfx\.)(?<!\bnr\.)(?<!\bevt\.)\s+|(?<=\d\.)\s+(?=[A-ZÆØÅ])")
# "på 2. sal" is no sentence end, nor "kl. 18", "ca. 20", "fx. svømning"
# "før... jeg var... kok": a fronted adverb, then a pause; the sentence goes on in V2 ("før var jeg kok")
_HESITANT_FRONT = re.compile(r"^\s*(før|engang|tidligere|dengang)\s*(?:\.{2,}|…)\s*(jeg|æ|han|hun|vi)\s+(\w+)\b", re.IGNORECASE)
_HESITATION = re.compile(r"\s*(?:\.{2,}|…)\s*(?=\w)")  # "før... jeg var... kok": pauses, not sentence ends
_PRONOUNS = ("jeg", "du", "hun", "han", "vi", "de", "i", "man", "det")


_CONTACT_WORDS = re.compile(r"\b(?:cpr|cpr-nummer|personnummer|mail|e-mail|email|telefon|tlf|mobil|nummer|nr|ring|skriv til)\b")
# "Jeg vil bare sige med det samme, at …": a lead-in, not a wish
_LEAD_IN = re.compile(r"^\s*(?:jeg vil (?:bare|lige|gerne) sige(?: med det samme| først)?,? at |jeg skal lige sige,? at |"
                      # "Det har jeg sagt, flexjob på værksted": said again; the answer starts after the lead
                      r"(?:(?:ja|jo|nå)[,.]? )?det har jeg (?:jo |også )?(?:sagt|skrevet|fortalt)(?: før)?[,.:] ?(?=\w+\s+\w)|"
                      r"bare så du ved det,? |i just want to say (?:that )?|"
                      # "Tja, hvad er jeg god til. Jeg har altid …": the question said over to oneself, no point of its own
                      r"(?:(?:tja|hmm+|hm|øh+|nå|altså)[,.]? )?hvad (?:er|var) (?:jeg|han|hun|æ) (?:egentlig |nu )?(?:god|go) til[.?!,…]+ ?(?=\w+\s+\w)|"
                      # "Og nu kom jeg i tanke om at jeg er god til at lave mad": a late answer; the point starts after the lead
                      r"(?:og |nå,? |nåh?,? )?(?:nu |lige )?(?:kom|kommer) (?:jeg|æ|a|han|hun) (?:lige |også )?i tanke om,? (?:at )?(?=\w+\s+\w)|"
                      # "Det der gør mig glad det er nok når …": the question said back before the answer
                      r"(?:altså,? )?det,? (?:der|som) (?:gør mig glad|giver mig glæde|jeg er god til|jeg drømmer om|jeg håber på),? "
                      r"(?:det )?(?:er|var) (?:nok |vel |især |mest |nok mest |måske |faktisk )?(?=\w+\s+\w)|"
                      # "Mette du ved jo godt at jeg er god til …": the citizen talks to someone in the room; the name and
                      # "du ved jo" are no part of the point (and never echoed as the bot's "du")
                      r"(?:[A-ZÆØÅ][a-zæøå]+,?\s+)?(?:du|I) ved (?:jo |da |godt |også )*,?\s*(?:at\s+)?(?=(?:jeg|æ|vi|min|mit|mine)\b)|"
                      r"(?:[A-Z][a-z]+,?\s+)?you know (?:that )?(?=(?:I|my)\b))", re.IGNORECASE)
_SPLICE = re.compile(r",\s+(?=(?:jeg|æ)\s+\w+\s+\w)")
_LATE_STRENGTH = re.compile(r"^(?:og |men )?(?:jeg|han|hun|æ|a) (?:er|e) (?:også |rigtig |ret |faktisk |vildt |mega )*(?:god|go|dygtig) til\b|"
                            r"^(?:og |men )?(?:jeg|han|hun|æ|a) (?:bliver|blir) (?:også |rigtig |så )*glad (?:af|for|når)\b")
_THINK = re.compile(r"\b(?:tror|synes|håber|ved|mener|siger|tænker|føler|sagde|troede|syntes)$", re.IGNORECASE)


_WOULD_BE = re.compile(r"^(?:(?:og |and )?(?:så|then|so) )?(?:jeg|du|han|hun|vi|i|he|she|we|they|i'?d|he'?d|she'?d|we'?d) "
                       r"(?:ville|kunne|would|could|'d)\b|"
                       # "Så skulle jeg ikke bede om hjælp hele tiden": what would be better, said in V2 ("a"/"æ": dialect "jeg")
                       r"^(?:og )?så (?:ville|kunne|skulle|behøvede) (?:jeg|han|hun|vi|a|æ)\b|"
                       # "Der ville ikke være larm om natten", "så ville der være mere liv": what would be different
                       r"^(?:(?:og |and )?(?:så|then|so) )?(?:der|det|livet|hverdagen|mit liv|hans liv|hendes liv|there|it|life) "
                       r"(?:ville|kunne|skulle|would|could)\b|^(?:og )?så (?:ville|kunne|skulle) (?:der|det|livet)\b")
_NOTHING_THEN = re.compile(r"^\s*(?:nej,?\s+)?(?:ikke noget|ikke rigtig noget|intet|ingenting|nothing|not much|nothing really)\s*[.!,]+\s*(\S.*)$",
                           re.IGNORECASE)
_NO_POINT = {"oh", "oh ok", "oh okay", "ah ok", "ah okay", "ah", "aha", "oh right", "right", "nå", "nåh", "nå ok", "nå ja",
             "åh", "åh ok", "okay så", "ok så", "ja ok", "ja okay", "tja", "tjah",
             "ja", "jo", "jow", "jep", "yes", "yeah", "ok", "okay", "ja ja", "ja tak", "yes please", "ja hvorfor ikke",
             "hvorfor ikke", "why not", "yes why not", "sure", "ellers ikke noget", "ellers intet", "ellers ikke andet",
             "ikke andet", "ikke mere", "det er det", "det var det", "det er alt", "det var alt", "that's it", "thats it",
             "that is it", "nothing else", "that's all", "thats all", "that is all"}
_NUMBER_THEN_STATUS = re.compile(r"^(.*?\d)\.\s+((?:and |but |og |men )?(?:it|det|that|the goal|målet)\s+(?:goes|går|gik|went|is going|works|"
                                 r"fungerer|is not going|isn'?t going)\b.*)$", re.IGNORECASE)


def _split_number_status(p: tuple) -> list[tuple]:
    m = _NUMBER_THEN_STATUS.match(p[0])
    if not m:
        return [p]
    return [(m.group(1) + ".", *p[1:]), (m.group(2)[:1].upper() + m.group(2)[1:], "neutral", None, p[3], None, p[5], False)]


def _complaint_after_but(p: tuple) -> list[tuple]:
    """ "jeg er god til at lave mad, men personalet lader mig aldrig lave noget selv": two points, the strength and the
    complaint, so the complaint is not written on the sheet as part of the strength."""
    m = _BUT_COMPLAINT.search(p[0])
    if not m or len(p[0][:m.start()].split()) < 2:
        return [p]
    head, tail = p[0][:m.start()], p[0][m.start():].lstrip(" ,")
    if _COMPLAINT.search(it.norm(head)) or not _complaint_clause(tail):
        return [p]
    return [(head, *p[1:]), (tail, "sustain", None, *p[3:])]


# "det går godt, men jeg er bange for at miste min bolig": a worry of its own after how a goal goes
# ("men jeg er ikke bange for …" is no worry: the word between may not negate)
_BUT_WORRY = re.compile(r",?\s+men\s+(?=(?:jeg|æ)\s+(?:er|bliver)\s+(?:(?!(?:ikke|ik|aldrig|slet|ikk)\s)\w+\s+)?"
                        r"(?:bange|bekymret|nervøs|urolig|angst)\b|(?:jeg|æ)\s+(?:frygter|tænker meget på)\b(?!\s+(?:ikke|ik)\b))", re.IGNORECASE)


def _worry_after_but(p: tuple) -> list[tuple]:
    """ "Det går godt, men jeg er bange for at miste min bolig" under the goals: how the goal goes, and a worry for the
    parking place (never part of the goal's status on the sheet)."""
    m = _BUT_WORRY.search(p[0])
    if not m or len(p[0][:m.start()].split()) < 2 or len(p[0][m.end():].split()) < 5:
        return [p]
    head, tail = p[0][:m.start()], p[0][m.end():].strip()
    return [(head, *p[1:]), (tail[:1].upper() + tail[1:], "sustain", None, p[3], "parking", p[5], True)]


def _complaint_clause(text: str) -> bool:
    """ "men personalet lader mig aldrig lave noget selv": a complaint with its own subject and verb."""
    body = re.sub(r"^\s*(?:men|og|but)\s+", "", text.strip(), flags=re.IGNORECASE)
    words = body.lower().split()
    return bool(_COMPLAINT.search(it.norm(body))) and bool(moves.reflect.is_sentence(body) or moves.has_subject(body) or (
        len(words) > 2 and moves.reflect.FINITE_HINT.match(words[1])))


# "jeg vil gerne have en kæreste og flytte ud på landet": two wishes under one frame, each a point of its own (never "gå ud
# og spise", "tage ud og se": a verb with its particle before the "og" is one thing done)
_WISH_TWO = re.compile(
    r"^(?P<lead>\W*(?:(?:og|men|ja|jo|nå)[,]?\s+)?)(?P<frame>(?:jeg|æ)\s+(?:vil\s+(?:(?:rigtig|også|meget|så)\s+)?gerne?|"
    r"drømmer\s+om\s+at|håber\s+(?:på\s+)?at|ønsker\s+(?:mig\s+)?at|kunne\s+godt\s+tænke\s+mig\s+at)\s+)"
    r"(?P<a>[a-zæøå]+\s+(?:\S+\s+){0,6}?(?P<last>[^\s,]+)),?\s+og\s+"
    r"(?P<b>(?:flytte|få|faa|have|ha|tage|blive|lære|komme|finde|rejse|starte|begynde|købe|bo|arbejde|besøge|se|køre|spille|"
    r"tjene|holde|træne|møde|kunne|synge|male|skrive)\b[^,.!?]*)[.!]*$", re.IGNORECASE)
_WORK_WISH_WORD = re.compile(r"\b(?:job\w*|arbejd\w*|praktik\w*|uddann\w*|fleksjob\w*|værksted\w*|lærling\w*|studere|skole\w*)\b")
_GO_TO_SEE = re.compile(r"(?:tage|rejse|køre|gå|komme|cykle|flyve|sejle)\b", re.IGNORECASE)
_PARTICLE = {"ud", "hen", "over", "op", "ned", "ind", "hjem", "med", "afsted", "derud", "derhen", "rundt", "forbi", "igen"}


def _two_wishes(p: tuple) -> list[tuple]:
    m = _WISH_TWO.match(p[0].strip())
    if not m or m.group("last").lower() in _PARTICLE or len(m.group("a").split()) < 2 or len(m.group("b").split()) < 2:
        return [p]
    if _WORK_WISH_WORD.search(p[0].lower()):
        return [p]  # "et job i en børnehave og bo for mig selv": one place on the sheet for both would be wrong for one of them
    if _GO_TO_SEE.match(m.group("a")) and re.match(r"(?i)(?:se|besøge)\b", m.group("b")):
        return [p]  # "rejse til Spanien og se min familie": the journey and what it is for, one wish
    frame = m.group("frame")
    return [(f"{m.group('lead')}{frame}{m.group('a')}", *p[1:]), (f"{frame[:1].upper()}{frame[1:]}{m.group('b')}", *p[1:])]


def _split_points(text: str) -> list[str]:
    """ "…, og jeg er stadig god til …" and "jeg er god til at tegne, jeg elsker min hund": two points each.
    Not "Jeg tror, jeg kan klare det" (what one thinks is one point)."""
    out: list[str] = []
    for piece in _AND_I.split(text):
        rest = piece
        while True:
            m = next((m for m in _SPLICE.finditer(rest) if len(rest[:m.start()].split()) >= 4
                      and not _THINK.search(rest[:m.start()])), None)
            if m is None:
                break
            out.append(rest[:m.start()])
            rest = rest[m.end():]
        out.append(rest)
    return out


_AND_I = re.compile(r",\s+og\s+(?=(?:jeg|æ|vi|I|hun|han)\s+\w+\s+\w)|,\s+and\s+(?=(?:I|I'm|we|she|he|she's|he's)\s+\w+\s+\w)|,\s+but\s+(?=(?:I|we|she|he)(?:'m| am| are| is)?\s+(?:\w+\s+)?(?:worried|afraid|scared|anxious|nervous|hope|dream|wish|want|would like)\b)|"
                    r",?\s+og\s+(?=(?:når|naar)\s+\w+\s+\w)|"
                    # "Jeg er god til at bage og jeg drømmer om en café": a strength and a wish, without the comma
                    r"\s+og\s+(?=(?:jeg|æ|hun|han|vi)\s+(?:drømmer|håber|ønsker|vil\s+(?:rigtig\s+|også\s+|så\s+)*gerne|"
                    r"kunne\s+(?:godt\s+)?tænke|er\s+(?:også\s+|rigtig\s+|meget\s+)*god\s+til)\b|"
                    r"så\s+(?:er|vil)\s+(?:jeg|æ|hun|han|vi)\s+(?:også\s+|rigtig\s+)*(?:god\s+til|gerne)\b)")
_WISH_AFTER_BUT = re.compile(r"^(?:men|but)\s+(?:måske|maaske|gerne|hellere|helst|nok|maybe|perhaps|rather)\s+\w+")
# after a no: "Måske noget frivilligt", "Hellere et værksted" (not "Måske to timer om ugen", an amount of the thing before)
_SMALLER_WISH = re.compile(r"^(?:måske|maaske|hellere|helst|maybe|perhaps|rather)\s+(?!(?:to|tre|fire|fem|et|en|par|lidt|halv|hver|om|i|"
                           r"på|fra|nogle|bare|ikke|two|three|a|for|in|at|on|not|\d+)\b)\w+")
_QUALIFIERS = {"måske", "maaske", "helst", "kun", "især", "isaer", "gerne", "maybe", "perhaps", "only"}
_AMOUNT_START = {"to", "tre", "fire", "fem", "seks", "et", "par", "lidt", "halv", "hver", "om", "i", "på", "fra", "nogle",
                 "bare", "ikke", "two", "three", "a", "for", "in", "at", "on"}
_HOW_MUCH = re.compile(r"\b(?:timer?|dage?|uger?|om ugen|om dagen|deltid|til at starte med|til at begynde med|hours?|days?|a week)\b")


# "Det går ad helvede til", "Det hele er noget lort", "Everything is going to hell": how hard things are, said anywhere
_BLEAK = re.compile(r"\b(?:ad helvede til|(?:noget|et) lort|lorteliv|håbløst|elendigt|ikke til at holde ud|går til hundene|"
                    # "der er ikke så meget at håbe på", "intet at se frem til": no hope left, heard, never a wish
                    r"(?:ikke (?:så |særlig |rigtig )?(?:meget|noget|mere)|intet|ingenting) (?:at|og) (?:håbe på|se frem til|drømme om)|"
                    # "jeg ved ikke om det nytter noget at håbe", "det nytter ikke at drømme": hope itself in doubt
                    r"ved (?:ikke|ik),? om det (?:nytter|hjælper) (?:noget |nogen ting )?at (?:håbe|drømme|ønske)|"
                    r"det (?:nytter|hjælper) (?:ikke|ik|intet|ingenting) (?:noget )?at (?:håbe|drømme|ønske)|"
                    r"(?:everything|it|life) (?:is going|goes) to hell|everything sucks|hopeless|life is shit)\b")
# "vil ikke i aktivering igen", "never again": a no to something tried before
_NOT_AGAIN = re.compile(r"\b(?:vil|gider|skal|orker) (?:ikke|ik|aldrig) (?:\w+ ){0,5}?igen\b|\bnever again\b|"
                        r"\b(?:won'?t|don'?t want to|do not want to) (?:\w+ ){0,5}?again\b")
# a goal said as a goal: "mit mål", "jeg arbejder på", "jeg øver mig", "I'm working on"
_GOAL_SAID = re.compile(r"\bmål\w*\b|\bgoals?\b|\barbejder (?:på|med) at\b|\bøver\b|\btræner\b|\ber i gang med\b|\bprøver at\b|"
                        r"\blærer at\b|\bworking on\b|\bpractis|\btrying to\b")
# "mit mål er at …", "målet er …", "jeg har et mål om …", "et af mine mål er …": a goal in so many words
_GOAL_LEAD = re.compile(r"^(?:og |men |så )?(?:(?:mit|hans|hendes|vores|det nye|mit nye) mål (?:er|nu er|lige nu er)|målet (?:er|nu er)|"
                        r"(?:jeg|æ|han|hun|vi) har (?:et|nogle|to|et nyt) (?:nyt )?mål om|et af (?:mine|hans|hendes) mål er|"
                        r"my goal is|the goal is)\b")
_MAYBE_WISH = re.compile(r"^(?:måske|maaske|gerne|helst|maybe|perhaps|i'?d like|i would like|i want|i hope)\b")


def _qualifies_previous(low: str) -> bool:
    """A clause that only qualifies the one before it: "…, fordi …", "…, så jeg kan …" (purpose, no
    inversion) and "…, men ikke med telefon" (no clause of its own)."""
    words = low.split()
    if not words:
        return False
    if words[0] in ("fordi", "selvom", "because", "hvis"):
        # not "Hvis nogen er kede af det, trøster jeg dem": a main clause of its own after the condition
        return not (words[0] == "hvis" and _MAIN_AFTER_WHEN.search(low.replace(",", "")))
    if len(words) == 1 and words[0].strip(".!") in ("lidt", "meget", "noget", "tit", "sommetider", "nogle gange", "somewhat", "a bit"):
        return True  # "tale. lidt.": how much, of the point before it (never "Du er god til lidt")
    if words[0] == "så" and len(words) > 1 and words[1] in _PRONOUNS:
        return True
    if words[0] in _QUALIFIERS and len(words) > 1 and not moves.reflect.is_sentence(low) and (
            words[1] in _AMOUNT_START or words[1].isdigit() or _HOW_MUCH.search(low)):
        return True  # "Måske to timer om ugen til at starte med": how much or when, of the wish before it
    if (words[0] in ("hver", "hele", "om", "to", "tre", "en", "et") and len(words) <= 4 and not moves.reflect.is_sentence(low)
            and re.search(r"\b(?:dag|dage|dagen|uge|ugen|morgen|morgenen|aften|aftenen|gang|gange)\b", low)):
        return True  # "Gå tur. Hver dag.": when, of the point before it
    if words[0] in ("eller", "or") and len(words) <= 4 and not moves.reflect.is_sentence(" ".join(words[1:])):
        return True  # "…, eller pro gamer": another name for the same wish
    return words[0] in ("men", "but") and not moves.reflect.is_sentence(" ".join(words[1:]))


_REASON_TAIL = re.compile(r",?\s+((?:fordi|because)\s+[^.!?]+)[.!]*\s*$", re.IGNORECASE)


def _keep_reason(item: dict[str, Any], speaker: str, lang: str) -> None:
    """ "Jeg vil gerne bo selv, fordi så føler jeg mig ikke så glemt": the echo keeps the reason ("…, fordi så føler du dig
    ikke så glemt"); the echo's first clause alone lost it. A relative's "han" stays "han"."""
    m = _REASON_TAIL.search(item.get("quote") or "")
    you = (item.get("you") or "").strip()
    if (not m or not you or item.get("raw") or item.get("pii") or item.get("safety") or len(m.group(1).split()) > 16
            or item.get("category") not in ("hope", "employment", "resource", "parking") or len(re.findall(r"[.!?](?:\s|$)", you)) != 1
            or m.start() == 0):
        return
    reason = m.group(1).strip(" .!")
    reason = _lower_first(reason)
    reason = moves.en_you(reason) if lang == "en" else moves.reflect.shift_pronouns(reason, speaker)
    if reason.lower() in you.lower():
        return
    item["you"] = f"{you.rstrip(' .!')}, {reason}."


def _category(sheet: str | None, talk_type: str, subtype: str | None, default: str | None, strong: bool,
              text: str = "") -> str | None:
    """Where an utterance goes. The question asked is the strong prior (an answer to "Hvad giver dig
    glæde?" is a resource); the tagger moves it only where the content clearly belongs elsewhere: a wish
    said while talking about strengths, a worry said anywhere, or anything said outside a question."""
    if default is None:
        if moves.GOOD_AT.search(text) and talk_type != "sustain":
            return "resource"  # "… at jeg er god til at tegne", said outside the question about strengths
        return sheet or ("hope" if talk_type == "change" else None)
    if (default == "hope" and talk_type != "sustain" and _STRENGTH.search(it.norm(text)) and not _WISH_WORDS.search(it.norm(text))
            and not _NOT_A_STRENGTH.search(it.norm(text))):
        return "resource"  # "Jeg er god til at læse aviser" to the question about hopes: a strength, where it was said
    if default in ("resource", "goal_progress") and _WORRY.search(it.norm(text)) and not moves.GOOD_AT.search(text):
        return "parking"  # "…, men lige nu fylder min gæld rigtig meget": a worry, whatever the question was
    # (a point split off a clause the tagger read as a worry keeps the worry's label, but not without its words:
    # "…, men jeg er bange for at …, og jeg drømmer om at rejse igen")
    if default == "resource" and _OWN_THINGS.match(clean(text).strip()) and not _WORRY.search(it.norm(text)):
        return "resource"  # "mine høns og min nabo Jens" to the question about joys: what gives joy, not a worry
    split_worry = sheet == "parking" and not _WORRY.search(it.norm(text)) and "parking" not in rules.hits(it.norm(text))
    if (default == "resource" and (sheet != "parking" or split_worry) and talk_type != "sustain"
            and _WISH_WORDS.search(it.norm(text)) and not moves.GOOD_AT.search(text)):
        return "hope"  # "Jeg er god til at tegne, og jeg vil gerne på kunstskole": the wish lands under hopes
    if sheet == default or not sheet:
        return default
    wish = talk_type == "change" and subtype in ("desire", "need", "commitment", "activation")
    if default == "resource" and sheet == "hope" and wish and "desire" in rules.hits(it.norm(text)):
        return "hope"
    hits = rules.hits(it.norm(text))
    if sheet == "parking" and strong and default in ("resource", "hope", "employment", "goal_progress") and "parking" in hits:
        if default in ("hope", "employment") and "desire" in hits and talk_type != "sustain":
            return default  # "jeg håber at slippe for at bekymre mig om penge": the hope, with the worry in it
        if (default in ("hope", "employment") and re.match(r"^(?:et|en|eget|egen|mere|noget|nyt|ny|min|mit|mine)\s+\w+", it.norm(text))
                and not _WORRY.search(it.norm(text)) and not moves.has_subject(clean(text).strip())):
            return default  # "eget værelse uden larm" to the question about hopes: a thing wished for, not a worry
        return "parking"  # a worry said while talking about something else: only on a worry's own words
    return default


# a list of one's own people, animals and things: "mine høns og min nabo Karl", "min hund, min kæreste og mit værksted"
_OWN_THINGS = re.compile(r"^(?:(?:[Oo]g |[Aa]nd )?(?:[Mm]in|[Mm]it|[Mm]ine|[Vv]ores|[Jj]eres|[Hh]ans|[Hh]endes|[Mm]y|[Hh]is|[Hh]er|[Oo]ur) [\w-]+"
                         r"(?: [A-ZÆØÅ][\w-]+)?(?:,? )?)+[.!]?$")  # one way to read each separator (two ways split long lists exponentially)


# the thing asked about, then a no ("job nej", "Arbejde? Nej, …"): one shape for the work question's own answer
# (_WORK_THEN_NO, also in English) and for the same words said early, under the hopes (_WORK_NO_ASIDE, Danish)
# "gå længere. arbejde nej. tale bedre": the same no as a sentence of its own after something else
_WORK_NO_MID = re.compile(r"(?<=[.!?;,])\s*((?:arbejde|arbejd|job|et job|uddannelse)\s*[:,.-]?\s*(?:nej|næ|nej tak))\s*(?:[.!?;,]+|$)",
                          re.IGNORECASE)
# what is said about the no right after it ("det kan jeg ikke efter ulykken", "for jeg er syg"): its own sentence
_WORK_NO_WHY = re.compile(r"((?:det|dét|den|for|fordi|da|pga|på grund af|ikke|orker|kan)\b[^.!?]*)[.!?]*", re.IGNORECASE)
_WORK_WORD_NO = r"^\s*(?:arbejde|arbejd|job|et job|uddannelse|skole{thing})\s*[?,.!]?\s*(?:nej|næ|nope{no})\b[\s,.!]*"
# "arbejde nej. pension.", "job nej": the work question answered in its first words, before it was asked
_WORK_NO_ASIDE = re.compile(_WORK_WORD_NO.format(thing="", no="|nej tak"), re.IGNORECASE)
# "job nej. kæreste ja", "arbejde nej, en hund gerne": after the no to work, a yes to something else is a wish, not a work status
_YES_TO_OTHER = re.compile(r"\b(?:ja|jo|jaa+|gerne|helst|yes|ja tak|jep)\b")
# "Lige nu øver jeg at gå med rollator", "jeg træner at gå på trapper": something worked on now
_PRACTISING = re.compile(r"^(?:og |men )?(?:(?:lige nu|nu|for tiden|i øjeblikket) (?:øver|træner|arbejder|lærer) (?:jeg|han|hun|vi)|"
                         r"(?:jeg|han|hun|vi) (?:øver|træner|arbejder|lærer)(?: \w+)?) (?:mig |sig |os )?(?:på |med )?(?:at )?\w")
_MY_GOAL = re.compile(r"^(?:og |men |and |but )?(?:mit|hans|hendes|vores|my|his|her|our) (?:mål|goal) (?:(?:nu|lige nu|now|right now) )?(?:er|var|is|was)\b|"
                      # "nu er mit mål at lave aftensmad selv": the goal after a fronted "nu"/"så"
                      r"^(?:og |men )?(?:nu|lige nu|så|til gengæld) er (?:mit|hans|hendes|vores) mål\b|"
                      r"^(?:og |men )?målet (?:er|var)\b|^the goal is\b|\b(?:har|has|have) (?:et|som|a) (?:mål|goal)\b")
_PLAN_WORD = re.compile(r"^(?:en |den )?(?:farverig\w*|farvrig\w*|farve[rt]?|med farver?|neutral\w*|colou?rful|plain)(?: plan)?(?: tak| please)?$")
_WISH_WORDS = re.compile(r"^(?:og |men |and |but )?(?:mit|min|hans|hendes|vores|my|his|her|our) (?:største |biggest )?"
                         r"(?:håb|drøm|ønske|hope|dream|wish) (?:er|var|is|was)\b|"  # "Mit håb er at få en praktikplads"
                         r"^(?:jeg|æ|hun|han|vi) (?:vil|ville) (?:rigtig |så |også )*(?:gerne|helst)\b|"
                         # "jeg vil flytte til Aarhus", "at blive kok en dag": a change wished for, not what gives joy now
                         r"^(?:jeg|æ|hun|han|vi) (?:vil|ville) (?:så |også |rigtig )*(?:flytte|blive|lære|rejse|starte på|begynde på|"
                         r"tage kørekort|have (?:min|mit|mine|en|et) egen?|få (?:min|mit|mine|en|et) egen?)\b|"
                         r"^(?:at )?(?:blive|flytte|lære|rejse|få)\b.*\ben dag[.!]?$|\b(?:kunne (?:godt )?tænke (?:mig|sig)|"
                         r"drømmer om|håber (?:på|at)|ønsker (?:mig|sig)|ville ønske|i (?:dream|dreamt) (?:of|about)|"
                         r"i hope (?:to|for|that)|i would (?:really )?like to|i wish)\b")
# A worry in so many words, wherever it is said
_WORRY = re.compile(r"\bfylder (?:\w+ ){0,3}?(?:meget|en del|alt|rigtig meget)\b|"
                    r"\b(?:fylder|fyldte)(?=\s*$|\s+(?:og|men|for mig|i hovedet|hele tiden|også)\b)|"
                    # (not "jeg er ikke bange for …", "I'm not worried about …")
                    r"\b(?:er|bliver) (?:(?!(?:ikke|ik|aldrig)\b)\w+ )?(?:bange|bekymret|bekymrede|nervøs|urolig|ked af det) (?:for|over)\b|"
                    r"\b(?:am|i'm|are|is) (?:(?!(?:not|never)\b)\w+ )?(?:worried|afraid|scared|anxious) (?:that|about|of)\b|\bworries (?:me|us)\b|"
                    # "Pengene rækker ikke", "pengene slår ikke til": money that is not enough, whatever the question was
                    r"\b(?:pengene|penge|økonomien|pensionen|lønnen) (?:rækker|slår|er) (?:ikke|ik|it)\b(?: (?:til|nok|langt))?|"
                    # "jeg kan ikke betale min husleje", "vi har ikke råd til mad": money short, the same
                    r"\b(?:kan|kunne|klarer|når) (?:ikke|ik|it) (?:at )?betale\b|\bhar (?:ikke|ik|it) (?:nok )?(?:råd|penge) til\b")


_UNSURE = re.compile(r"^(?:(?:altså|jamen|øh|nå|men|og) )*(?:jeg|æ) ved (?:ikke|ik) (?:helt |rigtig |rigtigt |så godt |lige )?"
                     r"(?:hvad|om|hvordan|hvorfor)\b|"
                     # "Honestly I'm not sure.", "jeg er ikke sikker": a hedge before the answer, not the answer
                     r"^(?:(?:honestly|well|hmm|um|altså|tja|ærligt talt) )*(?:i'?m not (?:really )?sure|i am not (?:really )?sure|"
                     r"not sure|i don'?t really know|jeg er ikke (?:helt |rigtig )?sikker)$")
_HEDGE = re.compile(r"^(?:måske|nok|tja|hmm)\s*,?\s+at\s+(?=\w+\s+\w|\w+[.!?]*$)", re.IGNORECASE)
# "Ikke så meget. Min kat måske": how much there is, said before the answer; not a point of its own
_HOW_MUCH_HEDGE = re.compile(r"^(?:ikke (?:så|særlig|specielt) (?:meget|tit|godt)|ikke rigtig|ikke meget|not (?:much|really))$")
_TRAILING_HEDGE = re.compile(r"\s+(?:måske|vel|nok|maybe|i guess)\s*[.!?]*$", re.IGNORECASE)


def _fragments(gap: str, t: TaggedUtterance) -> list[tuple[Any, ...]]:
    """Words between the tagger's clauses, as neutral parts of the message (the question decides their place)."""
    gap = gap.strip(" ,;")
    if not re.search(r"\w", gap):
        return []
    return [(gap, "neutral", None, t.theme, None, t.confidence, False)]


# A numbered list written on one line: after a short lead ("Jeg ønsker mig to ting: 1) …"), or with bare numbers
# ("1 gå tur m hund 2 lave mad"); never a count ("1 gang om ugen", "2 timer")
_INLINE_LEAD = re.compile(r"^\s*(?:[^\d\n:]{1,60}:\s*)?(?=1(?:[.)]|\s+[^\W\d_]))")
_INLINE_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})(?:[.)]\s*|\s+)(?=[^\W\d_])")
_COUNTED = re.compile(r"^(?:gang|gange|time|timer|dag|dage|døgn|uge|uger|måned|måneder|mdr|år|kr|kroner|km|kilometer|meter|"
                      r"min|minut|minutter|sek|stk|kilo|kg|liter|procent|pct|til|af|ud|om|eller|og|ting|mål|ønsker|stykker|"
                      r"børn|voksne|personer|etage|sal)\b", re.IGNORECASE)


def _inline_list(text: str) -> str | None:
    """ "1 gå tur m hund hver dag 2 lave mad selv", "Jeg ønsker mig to ting: 1) svømme 2) en veninde": the items, one per
    line with their numbers, so each is a point of its own; None when the numbers do not run 1, 2, … or count something."""
    if "\n" in text or LIST_START.match(text):
        return None
    lead = _INLINE_LEAD.match(text)
    if not lead:
        return None
    body = text[lead.end():]
    marks = list(_INLINE_NUMBER.finditer(body))
    if len(marks) < 2 or marks[0].start() != 0 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    items = [body[m.end():(marks[i + 1].start() if i + 1 < len(marks) else len(body))].strip(" ,;") for i, m in enumerate(marks)]
    if any(not re.search(r"[^\W\d_]{2,}", i) or _COUNTED.match(i) for i in items):
        return None
    if any(not re.search(r"[.)]", m.group(0)) for m in marks) and any(
            len(i.split()) < 2 or re.search(r"\b(?:og|eller|samt|and|or)$", i, re.IGNORECASE) for i in items):
        return None  # "1 søn og 2 døtre", "1 hund og 2 katte": counts, not a list; bare numbers need items of some words
    return "\n".join(f"{i + 1}. {item}" for i, item in enumerate(items))


# An answer given as a list ("1. svømning 2. min hund", "- tegne - strikke"): one point per item, without its marker
_LIST_ITEMS = re.compile(rf"\s+(?={LIST_MARKER}\s)|\n+")
_LIST_MARK = re.compile(rf"^\s*{LIST_MARKER}\s+")


# A relative's own opinion, said beside the person's: "Jeg tror ikke, det er realistisk", "Det synes jeg ikke er godt for ham",
# "Vi synes, et plejehjem ville være bedre", "I think that is too much for her", "I would prefer …"
_RELATIVE_VIEW = re.compile(r"^(?:men |og |ærligt talt,? )?(?:(?:jeg|vi) (?:tror|synes|mener|tænker|foretrækker|ville (?:hellere|foretrække)|"
                            r"vil (?:hellere|gerne have,? at (?:han|hun)))\b|det (?:synes|tror|mener) (?:jeg|vi)\b)|"
                            r"^(?:but |and )?(?:honestly,? )?(?:i|we) (?:think|believe|would (?:rather|prefer)|prefer|'d prefer|don'?t think)\b|"
                            # "but I'm not sure that is realistic", "I doubt it": the relative's own doubt
                            r"^(?:but |and )?(?:honestly,? )?(?:(?:i'?m|i am|we'?re|we are) not (?:so |too |really |very )?sure|(?:i|we) doubt)\b|"
                            r"^(?:men |og )?det ved (?:jeg|vi) (?:ikke|ik)(?: endnu)?,? om\b|"
                            # the relative's own good of it: "vi ville få mere ro", "ærligt talt ville jeg sove bedre",
                            # "I would sleep better to be honest", "we would feel much safer with her there"
                            # lead words in a row: "og ærlig talt ville vi få mere luft", "men helt ærligt, så ville jeg …"
                            r"^(?:(?:men|og|så|ærlig(?:t)? talt|helt ærligt|altså|jo)[,]? )*(?:(?:jeg|vi) (?:ville|kunne|skulle)|(?:ville|kunne|skulle) (?:jeg|vi)|"
                            r"(?:det )?(?:ville|kunne) det (?:være (?:\w+ )?(?:godt|rart|dejligt|en lettelse) for|give|betyde (?:\w+ )?for) (?:mig|os)|"
                            r"det ville (?:være (?:\w+ )?(?:godt|rart|dejligt|en lettelse) for|give|betyde (?:\w+ )?for) (?:mig|os))\b|"
                            r"^(?:but |and |so )?(?:to be honest,? |honestly,? )?(?:i|we) (?:would|'d|could)\b")
# "Vi tror, hun drømmer om at bo i et bofællesskab": the person's own wish, reported with a hedge; not the relative's view
_REPORTED_WISH = re.compile(r"^(?:men |og |ærligt talt,? )?(?:jeg|vi) (?:tror|synes|mener|tænker|ved),? (?:at )?(?:han|hun|[a-zæøå]+) "
                            r"(?:(?:også |nok |godt |rigtig )*(?:drømmer om|håber (?:på|at)|ønsker sig|gerne vil|vil (?:\w+ )?gerne|"
                            r"kunne tænke sig|savner|længes efter)|er (?:\w+ )?god til|elsker)\b|"
                            r"^(?:but |and )?(?:i|we) (?:think|believe),? (?:that )?(?:he|she|[a-z]+) (?:dreams of|hopes to|wants to|would like to|"
                            r"is good at|loves)\b")
# "jeg synes han er sjov", "vi synes, hun er dejlig" to the strengths or joys question: the relative's view of the
# person's strength, a resource in the relative's words; never "for meget", "ikke …" or a worry
_RELATIVE_SEES_STRENGTH = re.compile(r"^(?:men |og )?(?:jeg|vi) (?:synes|syns|tror|mener|tænker|ved),? (?:at )?(?:han|hun|[a-zæøå]+) "
                                     r"(?:er|kan|har)\b(?!.*\b(?:ikke|ik|aldrig|for|alt for|svært|svaert|dårlig|problem\w*|bange|"
                                     r"ked af|træt|syg|vred|urolig|angst\w*)\b)")
_FINDING = re.compile(r"(?:\.{2,}|…)\s*(?:(?:øh+m*|æh+|hmm+|hvad hedder (?:det|den|de)|det der|den der|dem der|du ved)[\s,]*)+(?=\.{2,}|…)",
                      re.IGNORECASE)
_SELF_CORRECTION = re.compile(r"\b\w+\s*(?:\.{2,}|…)\s*nej\s*(?:\.{2,}|…)\s*(?=\w)", re.IGNORECASE)
_TELEGRAM_PAST = re.compile(r"^(jeg|æ) (før|tidligere|engang|dengang) (?!var\b|har\b|havde\b|\w+ede\b)(\w+)\b", re.IGNORECASE)
_NUMBERED_GOAL = re.compile(r"^\s*(?:mål|delmål|goal)\s*(?:nr\.?\s*)?\d{1,2}\s*[:.)-]\s*(?=\S)", re.IGNORECASE)
_NUMBERED_GOAL_ANY = re.compile(r"(?:^|(?<=\s))(?:mål|delmål|goal)\s*(?:nr\.?\s*)?\d{1,2}\s*[:.)-]\s*", re.IGNORECASE)
_MEMORY_LEAD = re.compile(r"^\s*(?:(?:jeg|æ)\s+)?(?:husker\s+(?:ikke|ik)|kan\s+(?:ikke|ik)\s+huske(?:\s+(?:ordet|det))?|"
                          r"har\s+glemt\s+(?:ordet|det))\s*(?:\.{2,}|…)\s*"
                          r"(?=(?:(?:jeg|æ)\s+)?(?:var|er|har|havde|kunne|kan|plejede|elskede|elsker)\b)", re.IGNORECASE)
_PAUSE_MID = re.compile(r"\w\s*(?:\.{2,}|…)\s*[a-zæøå]")  # a pause inside a sentence: the next word goes on in lower case
_LONE_ADVERB = re.compile(r"^\s*(?:selv|igen|alene|også|mere|bedre|snart)\s*[.!]*\s*$", re.IGNORECASE)


def _word_finding(text: str) -> str:
    """Pauses while finding a word ("Jeg vil... køre... nej... cykle igen", "og... den der... bus. selv"): the fillers and
    the word taken back go, the pauses join, and a lone "selv" or "igen" stays with the sentence before it."""
    text = _FINDING.sub("...", text)
    text = _MEMORY_LEAD.sub("", text)  # "husker ikke.. var god til at …": the memory remark before the pause is no part of it
    text = _SELF_CORRECTION.sub("", text)
    text = _HESITATION.sub(" ", _HESITANT_FRONT.sub(r"\1 \3 \2", text))
    text = re.sub(r"\s*(?:\.{2,}|…)\s*$", "", text)
    text = _TELEGRAM_PAST.sub(lambda m: f"{m.group(2).capitalize()} var {m.group(1).lower()} {m.group(3)}", text.strip())
    pieces = _SENTENCES.split(text)
    out: list[str] = []
    for p in pieces:
        if out and _LONE_ADVERB.match(p):
            out[-1] = f"{out[-1].rstrip(' .!')} {p.strip(' .!')}."
        else:
            out.append(p)
    return " ".join(out)


# "… og så er jeg god til mekanik": a second strength, said as one ("Du er også god til mekanik", never "Så er du …")


# Danish as a second language: "god til lave mad", "drømmer om lære dansk", "Min mål er gå til …", "Også gå tur i park"
_AT_BEFORE_VERB = re.compile(r"\b(god til|drømmer om|håber på|håber|lyst til|bange for|glad for|mål er|målet er|goal is)\s+(?!at\b)(?=([a-zæøå]+)\b)",
                             re.IGNORECASE)


_NOT_VERB_AFTER_TIL = {"en", "et", "min", "mit", "mine", "danske", "engelske", "svenske", "tyske", "franske", "arabiske", "store",
                       "gamle", "nye", "lange", "hurtige", "mange", "andre", "alle", "forskellige", "søde", "små", "unge", "sjove",
                       "flere", "hele", "gode", "dyre", "billige", "de", "the", "kolde", "varme", "stille", "lokale", "egne"}


def _learner_repair(piece: str) -> str:
    def at(m: re.Match[str]) -> str:
        word = m.group(2).lower()
        verb = word in moves._SHORT_VERBS or (moves.is_verb_phrase(piece[m.end():]) and word not in _NOT_VERB_AFTER_TIL)
        return f"{m.group(1)} at " if verb and not m.group(1).startswith("goal") else m.group(0)

    if not re.search(r"[æøå]|\b(?:jeg|min|mit|er|og)\b", piece, re.IGNORECASE):
        return piece
    out = _AT_BEFORE_VERB.sub(at, piece)
    out = re.sub(r"^(\W*)([Mm])in mål\b", lambda m: f"{m.group(1)}{m.group(2)}it mål", out)
    out = re.sub(r"^(\W*)[Mm]ål (er|var)\b", r"\1Mit mål \2", out)
    # "Jeg bekymret for min søn": "Jeg er bekymret …" (the verb left out)
    out = re.sub(r"^(\W*)([Jj]eg|[Hh]an|[Hh]un|[Vv]i) (bekymret|bekymrede|bange|træt|trætte|ked af|nervøs|syg|glad for)\b", r"\1\2 er \3", out)  # "Mål er gå med stok": "Mit mål er at gå …"
    # "Før jeg mekaniker": "Før var jeg mekaniker" (the verb left out)
    out = re.sub(r"^(\W*)([Ff]ør|[Tt]idligere) (jeg|han|hun) (?!(?:var|har|havde|er|kunne|arbejdede|boede|gik|lavede|blev)\b)(?=[a-zæøå]+[.!]?$)",
                 r"\1\2 var \3 ", out)
    # "Så jeg have penge til familie": "Så ville jeg have …"
    out = re.sub(r"^(\W*)([Ss]å) (jeg|han|hun|vi) ((?:ikke |også |selv )?)(have|være|få|tjene|komme|bo|sidde|gå|føle|kede|se|møde|lave)\b",
                 r"\1\2 ville \3 \4\5", out)  # "Så jeg ikke sidde hjemme alene": "Så ville jeg ikke sidde …"
    # "Jeg er Erik, jeg har været tømrer …": the name said first is who is writing, not part of the point
    out = re.sub(r"^(\W*)(?i:jeg er|jeg hedder|i'?m|i am|my name is) [A-ZÆØÅ][a-zæøå]+,\s+(?=\w)", r"\1", out)
    body = re.match(r"^(\W*)(hoved|ryg|ryggen|mave|arm|skulder|hofte|fod|hals|knæ|ben)\s+(?=gør ondt|er|har|værker)", out, re.IGNORECASE)
    if body:  # "Hoved gør ondt hver dag": "Mit hoved gør ondt hver dag"
        noun = body.group(2).lower()
        own = "mit" if noun in ("hoved", "knæ", "ben") else "min"
        out = f"{body.group(1)}{own.capitalize()} {noun.removesuffix('gen') if noun == 'ryggen' else noun} " + out[body.end():]
    out = re.sub(r"\b(sover|spiser|hører|ser|går|har det) dårlig\b", r"\1 dårligt", out)  # "jeg sover dårlig": the adverb
    rest = re.match(r"^\W*(?:også|og også)\s+(\w.*)$", out, re.IGNORECASE)
    if rest and moves.is_verb_phrase(rest.group(1)) and not re.match(r"(?i)(?:jeg|han|hun|vi|det)\b", rest.group(1)):
        out = rest.group(1)[:1].upper() + rest.group(1)[1:]  # "Også gå tur i park": the joy, not "Også gå tur …"
    return out


_ABOUT_THE_QUESTION = re.compile(r"^(?:det|dét|that|it|this)(?: er|'s| is| var| was)(?: et| a| lidt| et lidt| noget| så| et meget| very| quite| a bit)? "
                                  r"(?:(?:meget|lidt|very|quite|really|a bit) )?(?:upræcis\w*|uklar\w*|mærkelig\w*|underlig\w*|svær\w*|"
                                  r"vag\w*|bred\w*|stor\w*|dum\w*|godt|vague|weird|strange|odd|hard|difficult|broad|big|good|unclear) "
                                  r"(?:spørgsmål|question)$")
_NAME_INTRO = re.compile(r"^(?:(?:hi|hello|hej|goddag)\s+)?(?:my name is|jeg hedder|mit navn er)\s+[a-zæøå]+(?:\s+[a-zæøå]+)?"
                         # "Jeg hedder Mads og har autisme", "… og er 34 år": who is writing, never a strength said back
                         r"(?:,?\s+og\s+(?:er|har|bor)\s+(?!.*\b(?:god|gode|dygtig|glad|glæde|elsker|kan lide|drømmer|håber|vil|gerne|"
                         r"ønsker)\b)[a-zæøå0-9 ]{1,40})?$")


# who the relative or staff member is: "Hej, det er Lone, jeg er Mikkels mor", "Jeg er pædagog på bostedet og skriver for
# Peter", "Hi, I'm Tom, Sarah's husband": who is writing, never a strength, wish or goal of the person
_WRITER_ROLE = (r"(?:mor|far|mormor|morfar|farmor|farfar|bedstemor|bedstefar|søster|storesøster|lillesøster|bror|storebror|"
                r"lillebror|moster|faster|mostor|onkel|tante|kæreste|kone|mand|partner|samlever|datter|søn|plejemor|plejefar|"
                r"stedmor|stedfar|kusine|fætter|nabo|ven|veninde|kontaktperson|pædagog|mestringsvejleder|støtteperson|"
                r"bostøtte|hjælper|medarbejder|værge|sygeplejerske|sosu|sosu-assistent|sosu-hjælper|mother|father|mum|mom|"
                r"dad|sister|brother|husband|wife|girlfriend|boyfriend|son|daughter|aunt|uncle|grandmother|grandma|"
                r"grandfather|grandad|granddad|neighbour|neighbor|friend|guardian|carer|caregiver|support worker|"
                r"contact person|key worker|nurse|staff member)")
_WRITER_OF = (r"(?:(?:[a-zæøå]+s|[a-zæøå]+'s|hans|hendes|his|her|their|deres) )?" + _WRITER_ROLE
              + r"(?: (?:til|for|to|of) [a-zæøå]+)?(?: (?:på|at|i|in|from|fra) [a-zæøå]+(?: [a-zæøå]+)?)?"
              r"(?: (?:og|and) (?:skriver|hjælper|writes|writing|am writing|help|helps|helping) (?:for|med|with|on behalf of)? ?[a-zæøå]+)?")
# "det er hans kone der skriver", "nu er det min datter som taster for mig", "hendes mor skriver": who is at the keyboard
_WHO_TYPES = (r"(?:(?:det er|her er det|nu er det|her er|det her er) )?(?:(?:hans|hendes|[a-zæøå]+s) " + _WRITER_ROLE
              + r" (?:(?:der|som) )?(?:skriver|taster|svarer)|(?:min|mit) " + _WRITER_ROLE
              # "min søster skriver" alone may be what she does (poems, letters): "min" only with "der" or "for mig"
              + r" (?:(?:der|som) (?:skriver|taster|svarer)|(?:skriver|taster|svarer)(?= for (?:mig|os)\b)))"
              + r"(?: (?:nu|her|for (?:ham|hende|mig|os|[a-zæøå]+)))*")
_WRITER_INTRO = re.compile(r"^(?:(?:hej|hallo|hi|hello|hey|goddag|godmorgen|god morgen|dav|davs|halløj|kære)\s+)?(?:"
                           r"(?:det er|her er|her skriver|this is|it'?s|i'?m|i am|jeg hedder|my name is|mit navn er) "
                           r"(?!(?:min|mit|mine|my|din|dit|your|en|et|a|an|the|ikke|not|hans|hendes|his|her)\b)[a-zæøå]+"
                           r" (?:og |and )?(?:jeg er |er |i'?m |i am )?" + _WRITER_OF + r""
                           r"|(?:jeg er|i'?m|i am) " + _WRITER_OF + r"|" + _WRITER_OF + r"|" + _WHO_TYPES + r")$")
_GREETING_NAME = re.compile(r"^(?:hej|hallo|hi|hello|hey|goddag|godmorgen|dav|davs|halløj)\s+(?:det er|her er|this is|it'?s|i'?m|i am) "
                            # a name, never how things are ("hej det er svært", "hi i'm tired")
                            r"(?!(?:godt|fint|svært|hårdt|dejligt|rart|sjovt|trist|skidt|træls|okay|ok|nemt|let|tungt|slemt|"
                            r"svaert|haardt|good|fine|hard|tired|sad|happy|sorry|not|ikke)$)[a-zæøå]+$")


_WRITER_OWN = re.compile(r"^(?:og |men |and |but )?(?:jeg er (?:også )?selv|jeg selv er|jeg har selv|jeg føler mig selv|"
                         r"i'?m (?:also )?(?:\w+ ){0,3}myself|i am (?:also )?(?:\w+ ){0,3}myself|i myself|i feel (?:\w+ ){0,3}myself)\b")
_STRAIN = re.compile(r"\b(?:træt\w*|udkørt|udmattet|slidt|hårdt|svært|stresset|bekymret|ked af|tired|exhausted|worn out|stressed|"
                     r"worried|hard|struggling)\b")


_WEAK_DANISH = re.compile(r"^(?:(?:undskyld|sorry|altså|men|hej)\s+)?(?:jeg|æ) (?:taler|snakker|skriver|forstår|læser|kan) (?:ikke|ik|ikk) "
                          r"(?:så |særlig |rigtig |rigtigt |godt |meget |helt )*dansk\b|"
                          r"^(?:(?:undskyld|sorry|altså|men)\s+)?mit dansk er (?:ikke (?:så |særlig |helt )?godt|dårligt|ikke godt)\b|"
                          # "Jeg er dårlig til dansk" said of the language; never "god til matematik, men dårlig til dansk"
                          r"^(?:(?:undskyld|sorry|altså|men)\s+)?(?:jeg|æ) er (?:lidt |ret |meget |rigtig |så )?dårlig til dansk\b")
# the clause with the remark about Danish ("Jeg taler ikke godt dansk, men "), cut before the answer that follows
_WEAK_DANISH_CLAUSE = re.compile(r"^[^.,!?;]*?\bdansk\b[^.,!?;]*?(?:[.,!?;]+\s*|\s+(?=men\b)|$)(?:(?:men|but)\s+)?", re.IGNORECASE)


def _writer_intro(norm_text: str, raw: str = "") -> bool:
    """Whether a point only says who is writing (a relative, staff): "det er Henrik far til Oliver", "hans mor"; with the
    raw text, also a name alone ("Det er Lone,")."""
    if raw and re.match(r"^\W*(?:(?:hej|hallo|hi|hello|hey|goddag)\W+)?(?:det er|her er|this is|it'?s|i'?m|i am|jeg er|jeg hedder|my name is) (?-i:[A-ZÆØÅ][a-zæøå]+)"
                        r"(?:,? (?:fra|from) (?:bostedet|botilbuddet|the home|[a-zæøå]+(?:et|en)))?[\s.,!]*$",
                        raw.strip(), re.IGNORECASE):
        return True
    t = re.sub(r"^(?:ja|yes|og|and)\s+", "", norm_text)
    if _GREETING_NAME.match(t) or re.match(r"^(?:hej|hallo|hi|hello|hey|goddag|godmorgen|god morgen|dav|davs|halløj)(?: med dig| there)?$|"
                                           r"^(?:(?:hej|hallo|hi|hello|hey|goddag|dav|davs|halløj),? )?(?:det er|it'?s|this is|her er) (?:mig|me)"
                                           r"(?: selv| nu| now| myself)*(?: (?:der|som) skriver| writing)?$", t):
        return True
    m = _WRITER_INTRO.match(t)
    if m and not re.match(r"(?:hej|hallo|hi|hello|hey|goddag|godmorgen|god morgen|dav|davs|halløj|kære|det er|her er|"
                          r"her skriver|this is|it'?s|i'?m|i am|jeg hedder|my name is|mit navn er|jeg er)\b", t):
        # a relation said alone ("hans søster", "hendes veninde fra skolen") is an answer (who gives joy, who comes);
        # alone it is an intro only with whose it is or the writing ("mor til Oliver", "… og skriver for ham")
        return bool(re.search(r"\b(?:til|for|to|of) [a-zæøå]+|\b(?:skriver|writes|writing)\b", t))
    # a bare role ("mor", "my sister") is an answer (who comes, who helps), so an intro names a relation or a writer
    return bool(m) and bool(re.search(r"\b(?:til|for|to|of|skriver|writes|writing|hans|hendes|his|her|det er|this is|it'?s|"
                                     r"her er|hedder|name)\b|\w+'?s " + _WRITER_ROLE, t))


_JOY_SAID = re.compile(r"\b(?:jeg|æ) (?:glæder mig over|er (?:så |rigtig |meget )?glad for|elsker at|nyder at)\b")


_MID_NAME = re.compile(r"(?<=[a-zæøå,] )([A-ZÆØÅ][a-zæøå]+)\b")


def _known_name(s: dict[str, Any], text: str, ptext: str) -> bool:
    """Whether a point starts with a name the citizen wrote with a capital inside a sentence, here or before."""
    first = re.sub(r"^\W*(?:og|and)\s+", "", ptext.strip(), flags=re.IGNORECASE).split(" ", 1)[0].strip(".,!")
    if not first[:1].isupper():
        return False
    said = " ".join([text, *(i.get("quote", "") for i in s["items"])])
    return first in _MID_NAME.findall(said)


_GOAL_HEAD = re.compile(r"^(?:mit mål er|(?:jeg|han|hun) (?:skal|skulle) (?:lære|øve|træne|blive bedre til)|(?:jeg|han|hun) (?:øver|træner|arbejder på|"
                        r"arbejder med|er ved at lære)|my goal is|i am (?:learning|practising|practicing|working on))\b")
_GOAL_WITH_STATUS = re.compile(r"^(?:mit mål er|(?:jeg|han|hun) (?:skal|skulle) (?:lære|øve|træne)|(?:jeg|han|hun) (?:øver|træner)|my goal is)\b"
                               r".*\s(?:og\s+)?(?:det|it) (?:går|gik|goes|is going)\b")
_WHEN_LEAD = r"^(?:når|naar|nar|hvis|især når|mest når|bare når|kun når)"
_WHEN_ALONE = re.compile(_WHEN_LEAD + r"\s+\S+\s+\S+", re.IGNORECASE)
_TOO_MUCH_ALONE = re.compile(r"^(?:og |men )?(?:det er |det bliver |er )?(?:alt |alt alt |lidt |bare )?for (?:meget|mange|højt|stærkt)[.!]*$",
                             re.IGNORECASE)
# "kl.", "ca.", "nr.": an abbreviation's full stop, no sentence end ("kl. 8", "ca. 20 minutter")
_ABBREV_END = re.compile(r"\b(?:kl|ca|nr)\.$", re.IGNORECASE)
# "fx.", "f.eks.", "bl.a.": an example follows in the same sentence ("Jeg maler, fx. fugle"), never a point of its own
_EXAMPLE_ABBREV_END = re.compile(r"(?:\bfx|\bf\.\s?eks|\bfeks|\bbl\.\s?a|\bevt|\bdvs)\.$", re.IGNORECASE)


# "Hvis nogen er kede af det trøster jeg dem": after the when-clause a main clause of its own (the finite verb, then its
# subject: V2), so the sentence is a point of its own and not the "when" of the point before
_FINITE = r"(?:\w+(?:er|ede|te)|er|har|kan|vil|skal|må|gør|går|får|ser|tør|var|havde|kunne|ville|skulle|måtte|gjorde|gik|fik|så|bliver|blev)"
_MAIN_AFTER_WHEN = re.compile(_WHEN_LEAD + r"\s+\S+(?:\s+\S+)*?\s+"
                              rf"(?!(?:der|eller|over|under|efter|hver|her|mer|mere|andre|sammen|inden|siden)\s)"
                              rf"({_FINITE})\s+(?:jeg|æ|du|han|hun|vi|de|man|I)\b|"
                              # "Når min sønnesøn kommer er det godt": "det" as the subject, then how it is
                              + _WHEN_LEAD + r"\s+\S+(?:\s+\S+)*?\s+(er|var|bliver|blev)\s+det\s+(?:\w+\s+)?"
                              r"(?:godt|dejligt|sjovt|rart|hyggeligt|skønt|fint|bedst|fantastisk|herligt|en fest)\b", re.IGNORECASE)
# "Jeg håber", "jeg tror", "I hope": a frame with nothing after it (the tagger's clause ended there)
# "Jeg vil gerne", "det vil jeg egentlig godt": a wish with no object, which needs the clause after it
_WANT_ALONE = re.compile(r"^(?:og |men )?(?:(?:jeg|æ|hun|han) (?:vil|ville|kunne)|det (?:vil|ville) (?:jeg|han|hun))"
                         r"(?: (?:egentlig|faktisk|rigtig|så|også|jo|nok))* (?:gerne|godt)(?: (?:det|dét))?[,.!]?$", re.IGNORECASE)
_FRAME_ALONE = re.compile(r"^(?:og |men |and |but )?(?:jeg|æ|hun|han|i|she|he) (?:håber|tror|drømmer om|ønsker|synes|mener|"
                          r"hope|hopes|think|thinks|wish|wishes)(?: (?:også|bare|virkelig|really|also))?[,.]?$", re.IGNORECASE)


# "Folk siger, | jeg er god til at lytte": who says it, with nothing after it; one point with what they say
_SAID_ALONE = re.compile(r"^(?:og |men )?(?:folk|andre|mange|de|alle|min \w+|mine \w+|personalet|pædagogerne)"
                         r" (?:siger|synes|mener|fortæller|siger tit|siger altid)[,.]?$", re.IGNORECASE)
# "Karin, | min kontaktperson" split by the tagger at the comma: an apposition (a possessive and a noun, no verb) belongs
# to the name just before it; "Min kontaktperson, | Karin" the same way round
_APPOSED_WHO = (r"(?:(?:mor|far|bror|søster|kæreste|kone|mand|hustru|datter|søn|moster|faster|onkel|tante|nevø|niece|fætter|kusine|"
                r"barnebarn|ven|veninde|nabo|værge|kollega|chef|lærer|træner|sagsbehandler|pædagog|bostøtte|hjælper|støtteperson|"
                r"kontaktperson|hund|kat|hest|kanin|papegøje|undulat|marsvin)|\w+(?:mor|far|bror|søster|ven|person))")
_APPOSITION = re.compile(rf"^(?:,\s*)?(?:min|mit|mine|din|dit|hans|hendes|vores|jeres|deres|sin|sit) (?:[a-zæøå]+ ){{0,2}}?"
                         rf"{_APPOSED_WHO}[.!]?$")
_ENDS_NAME = re.compile(r"(?:^|\s)(?-i:[A-ZÆØÅ][a-zæøå]+)[\s,]*$")
_KIN_APPOSED = re.compile(rf"^(?:min|mit|mine|din|dit|hans|hendes|vores|jeres|deres) {_APPOSED_WHO},\s*$", re.IGNORECASE)
# a person or an animal of one's own named ("Hans hund Bella", "min mormor")
_NAMED_OTHER = re.compile(rf"\b(?:min|mit|mine|vores|hans|hendes|sin|sit|sine|deres|my|our|his|her|their)\s+(?:[a-zæøå]+\s+)?"
                          rf"{_APPOSED_WHO}\b", re.IGNORECASE)
_NAME_ALONE = re.compile(r"^(?-i:[A-ZÆØÅ][a-zæøå]+)[.!]?$")


_WISH_AS_GOAL = re.compile(r"^(Du|Han|Hun) (?:vil|ville) (?:så |rigtig |også )?(?:gerne|godt) (?=(?:lære|kunne|blive|klare|øve|komme|"
                           r"tage|gå|bo|have|lave|handle|smøre|bruge|være)\b)(.+)$")
_GOAL_OWNER = {"Du": "Dit", "Han": "Hans", "Hun": "Hendes"}


# "ord væk", "træt", "arm slap" to the strengths or joys question: a loss or a state after a brain injury, told in a word
# or two; heard, never listed as a strength or a joy
_LOSS_FRAGMENT = re.compile(r"^(?:\w+ )?(?:væk|borte|slap|svag|tabt|glemt|træt|trætte|syg|svimmel|udmattet|udkørt)$|"
                            r"^(?:træt|syg|svimmel|ked|ensom|bange|forvirret|udmattet)(?: \w+)?$")


# "Min søster kommer med til mødet", "min kæreste Ida vil gerne med", "jeg tager min mor med til mødet": who comes to
# the meeting, said while answering another question
_KIN_COMES = re.compile(
    r"^(?:og |så |ja )?(?:(?P<own>min|mit|mine) (?P<kin>\w+)(?: (?-i:[A-ZÆØÅ]\w+)| \w+)? (?:kommer|vil|skal|tager|må|kan)"
    r"(?: (?:også|gerne|nok|godt|meget|selvfølgelig|helst))* (?:med(?: til (?:mødet|borgerplansmødet|planmødet))?|til mødet)|"
    r"jeg (?:vil (?:gerne |helst )?have|tager|tar|har) (?P<own2>min|mit|mine) (?P<kin2>\w+)(?: (?-i:[A-ZÆØÅ]\w+))? med"
    r"(?: til (?:mødet|borgerplansmødet|planmødet))?)[ .!]*$", re.IGNORECASE)


def _kin_comes(low: str) -> str | None:
    """ "din søster" when the sentence says a relative of the citizen comes to the meeting, else None."""
    m = _KIN_COMES.match(low.strip())
    if not m or not (m.group("kin") or m.group("kin2")):
        return None
    kin = (m.group("kin") or m.group("kin2")).lower()
    if kin not in _KIN_WORD_LIST:
        return None
    own = {"min": "din", "mit": "dit", "mine": "dine"}[(m.group("own") or m.group("own2")).lower()]
    return f"{own} {kin}"


_BARE_CONJUNCTION = re.compile(r"^\W*(?:men|og|eller|så|fordi|but|and|or|so|because)\W*$", re.IGNORECASE)


def _record(c: _Ctx, text: str, tag: TaggedUtterance | None, *, default: str | None, correction: bool = False) -> list[dict[str, Any]]:
    """Place what the citizen said on the sheet, one item per clause that says something of its own."""
    s = c.s
    speaker = "relative" if s["written_by"] == "relative" else "citizen"
    t = tag
    if _PAUSE_MID.search(text):
        text = _word_finding(text)
        if t is not None:  # the tagger split at the pauses; the sentence is read whole
            t = dataclasses.replace(t, clauses=[])
    if _NUMBERED_GOAL.match(text) and len(_NUMBERED_GOAL_ANY.findall(text)) >= 2:
        # "mål 1: vaske tøj selv - går fint mål 2: …" (the lines joined): one goal each; the labels go
        text = " ".join(g.strip().rstrip(" .,;") + "." for g in _NUMBERED_GOAL_ANY.split(text) if g.strip(" .,;"))
        if t is not None:
            t = dataclasses.replace(t, clauses=[])
    if t is not None and len(t.clauses) >= 2:
        parts = []
        pos = 0
        for cl in t.clauses:
            seg = cl.text
            start = text.find(seg, pos)
            if start < 0:
                # the text was trimmed after tagging ("Nej, … i skoven." kept as "… i skoven"): the clause without its
                # end marks, so no last letter of it is left over as a point of its own ("N giver ham glæde")
                seg = cl.text.strip(" .,!?;:")
                start = text.find(seg, pos) if seg else -1
            if start < 0:
                start, seg = pos, cl.text
            # one-word answers between clauses ("Motor. Før mekaniker. …", "Datter. Emma. Hun kommer søndag")
            # are not clauses to the tagger, but they are the citizen's answer: they keep the question's place
            parts += _fragments(text[pos:start], t)
            parts.append((cl.text, cl.talk_type, cl.subtype, cl.theme, cl.sheet, cl.confidence, bool(cl.sheet)))
            pos = max(pos, start + len(seg))
        parts += _fragments(text[pos:], t)
    else:
        strong = bool(t and t.scores.get("sheet", 0.0) >= 0.6)
        joined = _HESITATION.sub(" ", _HESITANT_FRONT.sub(r"\1 \3 \2", text))
        pieces = [p for p in (_LIST_ITEMS if LIST_START.match(joined) else _SENTENCES).split(joined)
                  if p.strip(" .!?")] or [text]
        parts = [(p, t.talk_type if t else "neutral", t.subtype if t else None, t.theme if t else "none",
                  t.sheet if t else None, t.confidence if t else 0.0, strong) for p in pieces]
    if len(parts) > 1 and any(not _BARE_CONJUNCTION.match(p[0]) for p in parts):
        # "…, men." split off by the tagger: a bare conjunction is no point on the sheet
        parts = [p for p in parts if not _BARE_CONJUNCTION.match(p[0])]
    # "min musik. når jeg har det godt": a when-clause alone says when the point before it holds; one point, not two
    # ("Når du har det godt." alone on the sheet means nothing)
    merged: list[tuple] = []
    for p in parts:
        if merged and speaker == "relative" and _ELLIPTIC_TAIL.match(p[0].strip()):
            # "… men det synes jeg altså ikke, | hun kan.": a subject and its verb alone finish the clause before them
            # (never "Hun kan." as a point of its own); a relative's words about the person only ("Min kæreste vil gerne
            # flytte sammen. Jeg vil ikke." is two points)
            prev = merged[-1]
            merged[-1] = (f"{prev[0].strip().rstrip(' ,.')}, {p[0].strip()[:1].lower()}{p[0].strip()[1:]}", *prev[1:])
            continue
        if merged and ((_APPOSITION.match(p[0].strip()) and _ENDS_NAME.search(merged[-1][0]))
                       or (_NAME_ALONE.match(p[0].strip()) and _KIN_APPOSED.match(merged[-1][0].strip() + " "))):
            # "Karin, min kontaktperson": one person, one point (never Karin and the contact person as two joys)
            prev = merged[-1]
            bare = len(prev[0].split()) == 1  # "Karin," a fragment: the point keeps the question's place
            merged[-1] = (f"{prev[0].strip().rstrip(' ,')}, {p[0].strip()}", *prev[1:4], prev[4] if bare else prev[4] or p[4],
                          max(prev[5], p[5]), prev[6] if bare else prev[6] or p[6])
        elif merged and _TOO_MUCH_ALONE.match(p[0].strip()):
            # "lyd. lys. for meget": how much the things before it fill, no point of its own ("For meget." alone)
            continue
        elif merged and ((_ABBREV_END.search(merged[-1][0].strip()) and re.match(r"\s*\d", p[0]))
                         or (_EXAMPLE_ABBREV_END.search(merged[-1][0].strip()) and re.match(r"\s*[a-zæøå0-9]", p[0]))):
            # "… mad kl. | 8.", "… billeder, fx. | fugle": split off at the abbreviation's full stop; one point
            prev = merged[-1]
            merged[-1] = (f"{prev[0].strip()} {p[0].strip()}", *prev[1:])
        elif merged and re.match(r"(?i)\s*(?:men|but)\b", p[0]) and _WANT_ALONE.match(merged[-1][0].strip()):
            # "Jeg vil gerne, | men jeg er bange for at falde igen": a bare "I want to" says nothing alone; the wish and
            # the doubt about it are one point, placed by what follows the "men" (never "Jeg vil gerne" parked alone)
            prev = merged[-1]
            merged[-1] = (f"{prev[0].strip().rstrip(' ,.')}, {p[0].strip()}", *p[1:])
        elif merged and (_FRAME_ALONE.match(merged[-1][0].strip()) or _SAID_ALONE.match(merged[-1][0].strip())):
            # "Jeg håber, | jeg kan tage toget …" split by the tagger: "Jeg håber" says nothing alone; one point, the
            # frame's wish with the clause after it
            prev = merged[-1]
            # "Folk siger, jeg er god til at lytte": what they say is an "at"-clause, so it is said back whole
            that = "at " if _SAID_ALONE.match(prev[0].strip()) and not re.match(r"(?i)\s*at\b", p[0]) else ""
            merged[-1] = (f"{prev[0].strip().rstrip(' ,')}, {that}{p[0].strip()}", prev[1], prev[2], p[3], prev[4] or p[4],
                          max(prev[5], p[5]), prev[6] or p[6])
        elif (merged and _WHEN_ALONE.match(p[0].strip()) and not re.search(r"[,]", p[0]) and len(p[0].split()) <= 10
              and not _MAIN_AFTER_WHEN.search(p[0].strip())):
            prev = merged[-1]
            merged[-1] = (f"{prev[0].rstrip(' .!')} {_lower_first(p[0].strip())}", *prev[1:])
        elif _MAIN_AFTER_WHEN.search(p[0].strip()) and "," not in p[0]:
            # "Hvis nogen er kede af det trøster jeg dem": its own point, with the comma before the main clause
            when = _MAIN_AFTER_WHEN.search(p[0].strip())
            piece = p[0].strip()
            at = when.start(1) if when.start(1) >= 0 else when.start(2)
            merged.append((f"{piece[:at].rstrip()}, {piece[at:]}", *p[1:]))
        else:
            merged.append(p)
    parts = merged
    # "Før min blodprop var jeg sygeplejerske, og jeg er stadig god til at tage mig af andre": two points
    parts = [(_strip_forgot(_LEAD_IN.sub("", piece, count=1)), *p[1:])
             for p in parts for piece in (_LIST_MARK.sub("", q, count=1) for q in _split_points(p[0])) if piece.strip(" ,.")]
    if default == "resource":
        parts = [q for p in parts for q in _complaint_after_but(p)]
    if default == "goal_progress":
        parts = [q for p in parts for q in _worry_after_but(p)]
    # "… before 9. it goes badly": after a number the sentence split was not made; how it goes is a sentence of its own
    parts = [q for p in parts for q in _split_number_status(p)]
    if default in ("hope", "employment") and speaker != "relative":
        parts = [q for p in parts for q in _two_wishes(p)]
    if len(parts) > 1:
        # "Vi sidder sammen. Han siger …", "nå ja. jeg er god til …": who is writing, or a filler, not a point;
        # "… med sin veninde. 😊": a smiley after the answer is no point of its own
        parts = [p for p in parts if not _META.match(it.norm(p[0])) and not _MOOD_ONLY.match(p[0])] or parts
    if len(parts) > 1 and default and default != "goal_progress" and (
            s["written_by"] in ("relative", "together") or s.get("third") or s.get("handed_over")):
        # "Hej, det er Karin, hans mor. Han er god til skak": who is writing, said before the answer, is no point of its own
        parts = [p for p in parts if not _writer_intro(it.norm(p[0]), p[0])] or parts
    slip = next((_SLIP.match(it.norm(p[0])) for p in parts if _SLIP.match(it.norm(p[0]))), None) if len(parts) > 1 else None
    if slip:
        # "Hun bliver glad af værkstedet. Undskyld, han.": the relative corrects the pronoun; the correction is
        # made in the rest of the message and is no point of its own
        swap = _TO_HIM if slip.group(1) in ("han", "he") else _TO_HER
        parts = [(re.sub(r"\b\w+\b", lambda m: _keep_case(m.group(0), swap.get(m.group(0).lower())), p[0]), *p[1:])
                 for p in parts if not _SLIP.match(it.norm(p[0]))]
    fresh: list[dict[str, Any]] = []
    if len(parts) > 1:  # "Det ved jeg ikke rigtig. Måske at jeg er god til dyr?": the hedge is not an answer
        parts = [(_HEDGE.sub("", p[0]), *p[1:]) for p in parts
                 if not it.is_dont_know(p[0]) and not _HOW_MUCH_HEDGE.match(it.norm(p[0]))
                 and not _NOTHING_MUCH.match(it.norm(p[0]).strip(" .!"))  # "ikke noget særligt mere. jeg var tømrer"
                 and not _NO_MORE_TO_SAY.match(it.norm(p[0]).strip(" .!"))  # "… Mere ved jeg ikke.": a close, no point
                 and not it.ALREADY_SAID.match(it.norm(p[0]))] or parts  # "Det har jeg jo sagt til min sagsbehandler."
    for idx, (ptext, talk_type, subtype, theme, sheet, conf, strong) in enumerate(parts):
        kept = _without_pii(ptext)
        if kept:  # "Min økonomi fylder, min sagsbehandler har tlf 12345678": the point stays, the number goes
            ptext = kept
        low = ptext.strip().lower()
        comes = _kin_comes(low) if (len(parts) > 1 and s["written_by"] == "citizen" and s["language"] == "da"
                                    and s["step"] in CONTENT_STEPS) else None
        if (not comes and len(parts) > 1 and s["written_by"] == "relative" and not s.get("handed_over")
                and s["step"] in CONTENT_STEPS and _I_ATTEND.match(it.norm(ptext))):
            comes = "you" if s["language"] == "en" else "du"  # a relative's "… Jeg kommer også med til mødet."
        if comes:
            # "… Min søster kommer med til mødet." inside a longer answer: the meeting question is answered (and not
            # asked later); never a hope or a goal on the sheet
            s["preferences"]["relatives_attend"] = True
            s["attend_said_early"] = True
            s["attend_who"] = comes
            continue
        turn_back = fresh and fresh[-1]["talk_type"] == "sustain" and (_WISH_AFTER_BUT.match(low) or (
            # "Arbejde kan jeg ikke med min ryg. Måske noget frivilligt et par timer": a no, then a smaller wish
            _NEGATED.search(it.norm(fresh[-1]["quote"])) and _SMALLER_WISH.match(low)))
        if turn_back:
            # "Han vil ikke i skole igen. Men måske et fleksjob med IT": the wish after the no is its own item
            ptext = re.sub(r"^\s*(?:men|but)\s+", "", ptext, flags=re.IGNORECASE)
            ptext = ptext[:1].upper() + ptext[1:]
            low = ptext.strip().lower()
            if not re.search(r"\b(?:ikke|ik|aldrig|not|never)\b", low):  # the clause after "men" is read alone
                talk_type, subtype = "change", "desire"
        elif (fresh and fresh[-1]["category"] == "goal_progress" and len(low.split()) <= 7
              and _ONLY_SCORE.match(it.norm(ptext)) and _score_said(ptext) is not None):
            continue  # "Det går godt med at rydde op. Jeg giver det 3": the score is kept as the score, not as a second goal
        elif fresh and fresh[-1]["category"] == "goal_progress" and re.fullmatch(r"\s*(?:og\s+)?[0-4]\s*[.!]*\s*", ptext):
            continue  # "Målet var at gå til fysioterapi. Det er noget pjat. 1.": the number is the score, not a goal
        elif (fresh and fresh[-1]["category"] == "goal_progress" and _GOAL_MEANS.match(it.norm(ptext))
              and len(ptext.split()) <= 10):
            # "My goal is to remember appointments. I use my phone.": how the goal is worked on, not a point of its own
            (_extend_status if fresh[-1].get("status") else _add_status)(fresh[-1], ptext, s["step"], speaker, s["language"])
            continue
        elif (fresh and fresh[-1]["category"] == "goal_progress" and not fresh[-1].get("status")
              and _GOAL_VERDICT.match(it.norm(ptext))):
            _add_status(fresh[-1], ptext, s["step"], speaker, s["language"])  # "Det er noget pjat.": how the goal goes
            continue
        elif (fresh and fresh[-1]["category"] == "goal_progress"
              and not fresh[-1].get("status") and _is_goal_status(ptext)):
            # "Målet er at tage toget alene. Det går fint.": how the goal goes, not a second goal
            _add_status(fresh[-1], ptext, s["step"], speaker, s["language"])
            continue
        elif (fresh and fresh[-1]["category"] == "goal_progress" and fresh[-1].get("status")
              and _status_goes_on(ptext)):
            # "Det går okay, men jeg bliver forvirret, når …", "Det går ikke så godt, jeg sover tit": more about how
            # the goal goes, not a second goal without a score
            _extend_status(fresh[-1], ptext, s["step"], speaker, s["language"])
            continue
        elif (fresh and _qualifies_previous(low) and not (default == "resource" and _complaint_clause(low))
              and not (fresh[-1]["category"] is None and _UNSURE.match(it.norm(fresh[-1]["quote"])))):
            # (never of a doubt said first: "jeg ved ikke om jeg kan drømme mere. måske et job igen" is a wish of its own)
            prev = fresh[-1]  # "…, men ikke med telefon": a qualification of the previous item
            prev["quote"] = f"{prev['quote'].rstrip(' .!')}, {low.rstrip(' .!')}"
            prev.update(moves.render_item(prev["quote"], prev["category"] or "", s["step"], speaker, prev["pos"], s["language"]))
            _keep_reason(prev, speaker, s["language"])
            continue
        # "…, og så min søns skilsmisse": the sheet says "Min søns skilsmisse"; the quote keeps the words
        shown = _learner_repair(_drop_connector(ptext) if idx else ptext)  # the quote stays as written; the echo is repaired
        if _THERE.search(shown):
            # "Jeg har flexjob på biblioteket. Jeg vil gerne blive der.": "der" is the place named just before
            before = fresh[-1]["quote"] if fresh else (parts[idx - 1][0] if idx else "")
            places = _PLACE.findall(before)
            if len(places) == 1:
                shown = _THERE.sub(lambda m, place=places[0]: f"{m.group(1)} {place}", shown, count=1)
            elif s["language"] == "da":
                # no one place named: "der" is where the person is now ("blive, hvor jeg er"), never a bare "der"
                who = re.match(r"^\W*(jeg|æ|han|hun|vi)\b", shown, re.IGNORECASE)
                pron = {"æ": "jeg"}.get(who.group(1).lower(), who.group(1).lower()) if who else "jeg"
                shown = _THERE.sub(lambda m, pron=pron: (
                    f"{m.group(1)}, hvor {pron} {'bor' if m.group(1).lower() == 'bo' else 'er'}"
                    if m.group(1).lower() in ("blive", "bo", "være", "arbejde", "fortsætte") else m.group(0)), shown, count=1)
        if len(shown.split()) <= 5 and _TRAILING_HEDGE.search(shown):
            shown = _TRAILING_HEDGE.sub("", shown)  # "Min kat måske": the echo says the point, not "Din kat måske giver dig glæde"
        if talk_type == "sustain" and _KEEP.match(low) and default in ("employment", "hope"):
            talk_type, subtype = "change", "desire"  # "blive på værkstedet": keeping what one has is the wish
        if (talk_type == "sustain" and default in ("employment", "hope") and len(parts) == 1 and _BARE_WISH.match(it.norm(low))
                and not _NEGATED.search(it.norm(low))):
            talk_type, subtype = "change", "desire"  # "blive tatovør 🖊️🔥" to the question about dreams: the wish itself
        turn_away = (default in ("employment", "hope") and bool(_WANTS_OUT.search(it.norm(low)))
                     # "gider ikke arbejde mere": a no to working at all, not a wish to change how things are
                     and not _NO_MORE_WORK.search(it.norm(low)))
        if turn_away and talk_type != "change":
            # "jeg vil ikke bo på bostedet mere": a no to how things are is a wish for change (negation flips)
            talk_type, subtype = "change", "desire"
        if talk_type == "sustain" and default in ("employment", "hope") and moves.reflect.wish_and_doubt(ptext):
            talk_type, subtype = "change", "desire"  # "I want a job but I'm scared I can't handle it": ambivalent, the wish kept
        reason = (talk_type in ("sustain", "neutral") and s["step"] == "hopes2" and bool(_WOULD_BE.match(it.norm(ptext)))
                  and not moves.WORRY_WORDS.search(it.norm(ptext)))
        if reason:
            # "I would not need to ask my wife for everything" to "What would be different?": what would be better, a reason
            talk_type, subtype = "change", "reasons"
        if (default == "hope" and not idx and moves._BECAUSE.match(ptext.strip())
                and not moves.WORRY_WORDS.search(it.norm(ptext))):
            # "fordi så er jeg ikke alene hele tiden" to the question about hopes: why the wish matters, a reason
            reason, talk_type, subtype = True, "change", "reasons"
        if (talk_type == "sustain" and default in ("employment", "hope") and s["language"] != "en"
                and _WISH_WORDS.search(it.norm(moves.reflect.unfront(ptext.strip()))) and not _NEGATED.search(it.norm(ptext))):
            talk_type, subtype = "change", "desire"  # "Helst vil jeg bo selv": the wish, said with the adverb first
        category = _category(sheet, talk_type, subtype, default, strong, ptext)
        hardship = False
        if reason and category == "parking" and default == "hope":
            category = "hope"  # "så sku a it ringe til min datter hele tiden": what the wish would change, not a worry
        n_low = it.norm(ptext)
        if s["step"] in ("parking", "goal2", "meeting1", "meeting2") and _GOAL_LEAD.match(n_low) and category != "goal_progress":
            # "Mit mål er at cykle." to "Er der noget, der fylder?": a goal, on the sheet as a goal with its text, never a worry
            category = "goal_progress"
        elif (s["step"] not in ("resources1", "resources2") and category != "resource" and _LATE_STRENGTH.match(n_low)
              and not _NEGATED.search(n_low)):
            # "… og jeg er god til at lave mad" told under a later question: a strength for the list, never a worry or a goal
            category, talk_type, subtype = "resource", "neutral", None
        not_again = bool(_NOT_AGAIN.search(n_low))
        wish_goal = (default == "goal_progress" and s["step"] == "goal1" and talk_type != "sustain" and not not_again
                     and category in ("hope", "employment", "goal_progress") and _WISH_WORDS.search(n_low)
                     and any(_is_goal_status(q[0]) for q in parts[idx + 1:idx + 2]))
        if wish_goal:
            # "Han vil gerne lære at handle selv. Det går lidt bedre.": a wish told with how it goes is the goal worked on
            category = "goal_progress"
        elif default == "goal_progress" and category == "goal_progress" and not _GOAL_SAID.search(n_low):
            if not_again:
                # "Jeg vil ikke i aktivering igen" to the goals question: a no (to the work field when it is about work),
                # never a goal with a score
                category = "employment" if _WORK_WORDS.search(n_low) else None
                talk_type, subtype = ("change", "desire") if category else (talk_type, subtype)
            elif talk_type != "sustain" and (_WISH_WORDS.search(n_low) or _MAYBE_WISH.match(n_low)):
                # "Måske en uddannelse som lydtekniker", "Jeg vil gerne arbejde i en rideskole": a wish, not a goal worked on
                category = "employment" if _WORK_WORDS.search(n_low) else "hope"
                talk_type, subtype = "change", subtype or "desire"
        if (_BLEAK.search(n_low) and category in ("hope", "employment", "resource", "goal_progress")
                and not _WISH_WORDS.search(n_low)):
            category, talk_type, subtype = "parking", "sustain", None  # "Det går ad helvede til": how hard it is, not a wish
        bleak = bool(_BLEAK.search(n_low)) and not _WISH_WORDS.search(n_low)
        if (talk_type == "neutral" or len(low.split()) <= 2) and it.is_no(ptext) and len(parts) > 1:
            category = None  # "Nej, det er overstået for mit vedkommende, men …": the no, not a point of its own
        if len(parts) > 1 and _ABOUT_THE_QUESTION.match(it.norm(ptext)):
            category = None  # "Det er et upræcist spørgsmål. Men jeg er god til …": about the question, not an answer
        if len(parts) > 1 and (it.norm(ptext) in _NO_POINT or (
                it.norm(ptext) in ("fint", "fint nok", "okay fint") and s["step"] not in ("goal1", "goal2"))):
            category = None  # "Ja. Et job med computere …", "… Ellers ikke noget.": the yes or the end, not a point of its own
        if len(parts) > 1 and _NAME_INTRO.match(re.sub(r"^(?:ja|yes|og|and)\s+", "", it.norm(ptext))):
            category = None  # "Ja. Jeg hedder Rasmus og jeg er god til …": who is writing, not a point for the meeting
        relative_writes = s["written_by"] in ("relative", "together") or bool(s.get("third"))
        if (category and s["step"] not in ("meeting1", "meeting2")
                and (relative_writes or all(_writer_intro(it.norm(q[0]), q[0]) for q in parts[:idx]))
                and _writer_intro(it.norm(ptext), ptext)
                # in a chat begun as the citizen's own, only a greeting with a name or another's relative ("hans mor"):
                # "Jeg er mor til Emma" may be the citizen's own joy
                and (relative_writes or re.search(r"\b(?:hej|hallo|hi|hello|hey|goddag|hans|hendes|his|her|skriver|taster)\b|\w's ",
                                                  " ".join(it.norm(q[0]) for q in parts[:idx + 1])))):
            category = None  # "Hej, det er Lone, jeg er Mikkels mor": who is writing, not a point for the meeting
            whose = re.search(r"\b(hans|hendes|his|her)\b", it.norm(ptext))
            if not whose and re.search(r"\b[a-zæøå]+s " + _WRITER_ROLE + r"\b|\b" + _WRITER_ROLE + r" (?:til|for|of|to) [a-zæøå]+",
                                       it.norm(ptext)):
                # "Hej, jeg er Peters mor. Han er god til at cykle": the person named, then "han" or "hun" about them
                # (never "Jeg er mor til Emma. Hun er min glæde": the citizen's own joy)
                whose = next((m for q in parts[idx + 1:] if (m := re.match(
                    r"(?:og |men |and |but )?(han|hun|he|she)\b(?!.*\b(?:min|mit|mine|mig|jeg|my|me)\b)", it.norm(q[0])))), None)
            if (not relative_writes and whose and not s.get("handed_over")
                    and not any(i.get("turn") != s["turn"] for i in s["items"] if i.get("category"))):
                # "Hej, det er Karin, hans mor" in a chat begun as the citizen's own: a relative writes; the questions are
                # about him from here ("Hvad håber han på?"), never "du"
                s["written_by"], s["third"] = "relative", "han" if whose.group(1) in ("hans", "his", "han", "he") else "hun"
        writer_own = False
        if (category and speaker == "relative" and not s.get("handed_over") and _WRITER_OWN.match(it.norm(ptext))
                and not re.search(r"\b(?:han|hun|ham|hende|hans|hendes|he|she|him|his)\b", it.norm(ptext))):
            # "Jeg er selv meget træt af det hele": the writer's own state, heard, never the person's strength or worry
            category, writer_own = None, True
        kin_view = None
        if (category and s["written_by"] in ("citizen", "together") and not s.get("third") and len(parts) > 1
                and _KIN_VIEW.match(it.norm(ptext)) and _KIN_DIFFERS.search(it.norm(ptext))
                and any(j != idx and not _KIN_VIEW.match(it.norm(q[0])) for j, q in enumerate(parts))):
            # "Jeg vil gerne bo alene. Mor siger, at jeg ikke er klar": the mother's view beside the person's own point,
            # heard and said back, never a strength or a wish of the person's on the sheet
            category, kin_view = None, _KIN_VIEW.match(it.norm(ptext)).group(1)
        elif category and s["written_by"] == "together" and not s.get("handed_over") and _KIN_SPEAKS.match(text) and idx == 0:
            category, kin_view = None, "speaks"  # "Mor her: det bliver for svært for ham": the relative's own view
        if category == "hope" and _JOY_SAID.search(it.norm(ptext)) and not _WISH_WORDS.search(it.norm(ptext)):
            category = "resource"  # "jeg glæder mig over mit akvarium": a joy, said outside the question about joys
        if find_pii(ptext) and _CONTACT_WORDS.search(low):
            category = None  # "mit cpr er …, min mail er …": contact details, masked, not a point for the meeting
        if talk_type == "sustain" and category in ("hope", "employment"):
            category = None  # sustain talk is kept as sustain talk, not as a wish
        if (category == "hope" and _RETIRED.search(it.norm(ptext)) and _PENSION.search(it.norm(ptext))
                and not _WISH_WORDS.search(it.norm(ptext))
                and not _JOB_WISH.search(it.norm(ptext)) and not _someone_elses_work(s, it.norm(ptext))):
            # "Jeg er gået på pension, så nu vil jeg gerne rejse" under the hopes: the retirement is how things are, an
            # answer to the work question (in the work field, as at the work question), never a hope or "en stor forskel"
            category, talk_type, subtype = "employment", "neutral", None
        if (speaker == "relative" and default in ("hope", "employment") and category is None
                and _SAYS_OWN_WISH.match(it.norm(ptext)) and not re.search(r"\b(?:ikke|ik|aldrig)\b", it.norm(ptext))):
            category, talk_type = default, "change"  # "Han siger, at han vil bo alene": the person's own wish, passed on
        if (category in ("hope", "resource") and s["language"] == "da" and len(parts) > 1 and _PAST_EVENT.search(it.norm(ptext))
                and not _WISH_WORDS.search(it.norm(ptext)) and not re.search(r"\b(?:god til|glad|glæde|elsker|kan lide)\b", it.norm(ptext))):
            # "I sidste uge prøvede jeg at handle ind …", "og så græd jeg i bilen" in a long answer: what happened, told
            # beside the answer, is no wish or strength of its own on the lists
            category = None
        if category in ("resource", "hope", "employment") and _UNSURE.match(it.norm(ptext)):
            category = None  # "Altså jeg ved ikke helt, hvad jeg er god til": a hedge before the answer, not the answer
        if category == "resource" and _NOT_A_STRENGTH.search(it.norm(ptext)) and not _PLAIN_STRENGTH.search(it.norm(ptext)):
            category = None  # "jeg er ikke så god til at snakke med folk": heard, but not a strength for the list
        if (default == "resource" and category is None and _ABILITY.search(_main_clause(it.norm(ptext)))
                and not _NEGATED.search(_main_clause(it.norm(ptext)))):
            # "men jeg kan stadig godt lave mad, hvis der ikke er larm": what the citizen can do is a strength; the no
            # in the condition after it is not a no to the strength
            category, talk_type, subtype = "resource", "neutral", None
        if (category == "resource" and talk_type == "sustain" and _NEGATED.search(_main_clause(it.norm(ptext)))
                and not _PLAIN_STRENGTH.search(it.norm(ptext))):
            category = None  # "…, nu kan jeg ikke": what the citizen cannot do (now) is no strength
        elif category == "resource" and talk_type == "sustain" and _ABILITY.search(_main_clause(it.norm(ptext))):
            talk_type, subtype = "neutral", None  # "jeg kan stadig godt lave mad, hvis …": a strength, not sustain talk
        complaint = False
        if (category == "resource" and default == "resource" and _COMPLAINT.search(it.norm(ptext))
                and not _PLAIN_STRENGTH.search(it.norm(ptext)) and not _ABILITY.search(it.norm(ptext))
                and not _JOY_WORD.search(it.norm(ptext)) and not _HELPS_WITH.match(it.norm(ptext))):
            # "skolen var lort", "men han gider aldrig rydde op, det er et problem" to the strengths or joys question: a
            # complaint, heard, but never listed among the good things or put on the sheet as a strength
            category, talk_type, subtype, complaint = None, "sustain", None, True
        if (category == "resource" and default == "resource" and (moves.is_difficulty(ptext) or _LOSS_FRAGMENT.match(it.norm(ptext)))
                and not _PLAIN_STRENGTH.search(it.norm(ptext)) and not _ABILITY.search(it.norm(ptext))):
            category = None  # "tale svær", "nu er det svært": a difficulty, heard but never listed as a strength or a joy
        if (category == "hope" and default == "hope" and idx and _HARDSHIP.search(it.norm(ptext))
                and not _WISH_WORDS.search(it.norm(ptext)) and not _BECOME_TRADE.search(it.norm(ptext))
                # "…. Og at min hverdag ikke er så hård": a second wish said as the "at" of the first, not a hardship
                and not _WISH_GOES_ON.match(it.norm(ptext))
                and any(f["category"] == "hope" and f["talk_type"] == "change" for f in fresh)):
            # "Jeg vil gerne have en uddannelse, men skolen var hård for mig": what was hard is the other side of the
            # wish, said back with it, not a wish of its own on the sheet
            category, talk_type, subtype, hardship = None, "sustain", None, True
        elif (category == "parking" and default == "hope" and s["step"] in ("hopes1", "hopes2") and s["language"] == "da"
              and (_HARDSHIP.search(n_low) or _MISSES.search(n_low) or _WORN.search(n_low)) and not _FEAR.search(n_low)
              and not _WISH_WORDS.search(n_low) and len(n_low.split()) <= 14
              and (any(f["category"] == "hope" and f["talk_type"] == "change" for f in fresh)
                   or (not idx and s["step"] == "hopes2" and _last_wish(s) is not None))):
            # "Så skulle jeg ikke bede om hjælp. Det er hårdt at spørge om hjælp.", "At komme tilbage på arbejde. Han savner
            # sine kolleger.": why the wish matters, kept with the wish, never a worry of its own on the parking list
            category, talk_type, subtype, hardship = None, "sustain", None, True
        if category == "hope" and theme == "beskaeftigelse" and s["step"] == "work":
            category = "employment"
        if len(parts) > 1 and _GOAL_COUNT.match(it.norm(ptext)):
            category = None  # "Jeg har tre mål. Det første er …": how many goals, not a goal of its own
        if default in ("employment", "hope", "resource") and _MY_GOAL.search(it.norm(ptext)) and talk_type != "sustain":
            category = "goal_progress"  # "Mit mål er at tage bussen …" under the work question: a goal, not a wish
        practising = (default in ("employment", "hope", "resource") and len(parts) > 1 and talk_type != "sustain"
                      and bool(_PRACTISING.match(n_low)) and not _NEGATED.search(n_low)
                      and any(_is_goal_status(q[0]) for q in parts[idx + 1:idx + 2]))
        if practising:
            # "Lige nu øver jeg at gå med rollator, det går langsomt." in a long first answer: a goal worked on, with how
            # it goes; never a strength ("Du øver …" among the good things) and the goals question is answered
            category = "goal_progress"
        story = False
        if default == "resource" and category in ("resource", None) and not _STRENGTH.search(it.norm(ptext)):
            before = fresh[-1] if fresh else (s["items"][-1] if s["items"] and s["items"][-1]["turn"] == s["turn"] - 1 else None)
            if it.past_event(ptext) or (before is not None and before.get("story") and it.story_goes_on(ptext)):
                # "Jeg fik en blodprop for to år siden", "Så genoptræning.": what happened, not a strength or a joy
                category, story = None, True
        sees_strength = default == "resource" and bool(_RELATIVE_SEES_STRENGTH.search(it.norm(ptext)))
        if speaker == "relative" and category and (_RELATIVE_VIEW.search(it.norm(ptext) if not re.match(r"(?i)\s*(?:honestly,? )?i ", ptext)
                                                                          else ptext.lower()) or (
                # "fordi jeg er træt af at køre hende rundt" to the question about her hopes: the writer's own reason
                reason and category == "hope" and moves.OWN_REASON.match(ptext.strip()))) and not _REPORTED_WISH.search(it.norm(ptext)) \
                and not sees_strength:
            category = None  # the relative's own view of it, not the person's own strength, wish or worry
            relative_view = True
        else:
            relative_view = False
        # "Jeg burde nok tabe mig, det siger lægen": the whole answer tells whose wish it is, not the clause alone
        others = category in ("hope", "employment") and (it.others_wish(ptext) or (
            ptext.strip() in text and it.others_wish(text) and not it.others_wish(text[text.index(ptext.strip()) + len(ptext.strip()):])
            and re.match(r"(?i)\W*(?:ja |altså |men |og )?(?:jeg|æ|i)\b", ptext.strip()) is not None))
        if category in ("hope", "employment") and it.others_wish(text) and re.fullmatch(
                r"(?i)\W*(?:og |men )?(?:(?:det )?(?:siger|says?) [\w ]{2,30}?|(?:my |the )?[\w ]{2,30}? (?:says|said|siger))\W*", ptext):
            category = None  # "…, det siger lægen": who said it, no wish of its own
        if others:
            category = None  # "Kommunen vil have mig i job": what others want, not the citizen's own wish
        pos = t.first_pos if (t and len(parts) == 1) else ""
        if not pos and _known_name(s, text, ptext):
            pos = "PROPN"  # "Lea. Og musik": the daughter named before ("min datter Lea") keeps her capital
        item = {
            "turn": s["turn"], "step": s["step"], "quote": ptext.strip(), "speaker": speaker, "category": category,
            "lang": s["language"],
            "talk_type": talk_type, "subtype": subtype, "theme": theme or "none", "confidence": round(float(conf), 3),
            "evidence": _evidence_in(t, ptext), "pos": pos, "correction": correction, "turn_away": turn_away,
            # a disclosure goes to the safety flag only, never onto the lists the citizen brings to the meeting
            "safety": bool(t and t.safety) and (len(parts) == 1 or rules.safety_hit(it.norm(ptext)) is not None),
            **moves.render_item(shown, category or "", s["step"], speaker, pos, s["language"]),
        }
        if (category == "hope" and s["step"] == "hopes1" and s.get("hopes1_important") and s["language"] == "da"
                and speaker == "citizen" and len(parts) == 1 and moves.important_phrase(ptext)):
            item.update(moves.important_phrase(ptext), important=True)  # "mine katte": "Dine katte er vigtige for dig."
        if practising:
            item["practising"] = True
        if wish_goal and item.get("you"):
            # "Du vil gerne lære at gå med rollator." told as the goal: "Dit mål er at lære at gå med rollator."
            item["you"] = _WISH_AS_GOAL.sub(lambda m: f"{_GOAL_OWNER[m.group(1)]} mål er at {m.group(2)}", item["you"], count=1)
        if story:
            item["story"] = True
        if bleak:
            item["bleak"] = True
        if hardship:
            item["hardship"] = True
            wish = next((f for f in reversed(fresh) if f["category"] == "hope" and f["talk_type"] == "change"), None) or _last_wish(s)
            # kept on the sheet with the wish it belongs to (text and quote), never dropped and never a hope of its own
            said = reflect_tidy(re.sub(r"^\s*(?:men|but)\s+", "", ptext.strip(), flags=re.IGNORECASE))
            if said and wish and wish.get("text"):
                wish["text"] = f"{wish['text'].rstrip(' .')}. {said[:1].upper()}{said[1:].rstrip(' .')}."
        if not_again:
            item["not_again"] = True
        if complaint:
            item["complaint"] = True
        if others:
            item["others_wish"] = True
        if relative_view:
            item["relative_view"] = True
        if kin_view:
            item["kin_view"] = kin_view
        if writer_own:
            item["writer_own"] = True
        if kept:
            item["pii_cut"] = True  # said to the citizen: the number or the mail is not on the sheet
            if _CONTACT_WORDS.search(kept.lower()):
                # "Jeg vil gerne have en mail med arket, min er …": a wish about the contact, not a point for the
                # meeting; kept (without the mail) for the contact person and answered, never listed or echoed
                item.update(category=None, contact_request=True, you="", text=kept)
        if find_pii(ptext):
            item["you"], item["pii"] = "", True  # a number or a mail is never echoed, not even masked
            left = re.findall(r"[^\W\d_]+", _PII_SPANS.sub(" ", ptext))
            if len(left) <= 4 or (len(left) <= 7 and (_CONTACT_WORDS.search(ptext.lower()) or re.search(
                    r"\b(?:write|call|phone|text|reach|contact|e-?mail|kontakt)\b", ptext.lower()))):
                item["category"] = None  # "til mig på 22 33 44 55": nothing of its own for the sheet besides the number
        elif _CONTACT_LEAD_ONLY.match(it.norm(ptext).strip(" .!")) and len(parts) > 1:
            item["you"], item["category"] = "", None  # "Ring evt. | til mig på …": the lead to a number, no point
        if ptext.rstrip().endswith("?") and len(parts) > 1:
            # "Hvornår kommer hjemmeplejen? De kommer altid for sent", "… Tror du, jeg kan det?": the question is
            # not echoed, and not listed as the citizen's point in the citizen's name ("Jeg tror du jeg kan det")
            item["you"], item["category"] = "", None
        _keep_reason(item, speaker, s["language"])
        fresh.append(item)
    _attach_pointing_back(fresh)
    _status_first(fresh, s["step"], speaker, s["language"])
    _same_point_once(fresh)
    s["items"] = [*s["items"], *fresh]
    return fresh


_NOT_CONTENT = {"gerne", "måske", "maaske", "ville", "være", "bedste", "dejligt", "godt", "rigtig", "meget", "helst", "også",
                "sådan", "noget", "nogle", "eller", "would", "best", "maybe", "like", "really", "great", "that", "jeg", "vil",
                "want", "wants", "synes", "tror", "think", "fint", "perfekt", "perfect"}


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", it.norm(text)) if len(w) >= 3 and w not in _NOT_CONTENT and w not in _SMALL_WORDS
            and w not in _GENERIC}


# words every wish has ("have", "arbejde", "med"): no part of what the wish is about
_GENERIC = {"have", "være", "blive", "lave", "tage", "komme", "gøre", "få", "arbejde", "arbejd", "job", "med", "til", "for",
            "som", "hos", "ved", "fra", "den", "det", "der", "nej", "men", "get", "work", "with", "you", "var", "har", "kan"}


def _same_point_once(fresh: list[dict[str, Any]]) -> None:
    """ "Jeg vil gerne arbejde på et lager. Ja, et lager, måske som truckfører på et lager": one wish said twice in a
    turn is one line in the summary and on the sheet (the fuller one is kept; on a tie, the first)."""
    wishes = [i for i in fresh if i.get("category") in ("employment", "hope") and i.get("you") and not i.get("correction")]
    for n, b in enumerate(wishes):
        for a in wishes[:n]:
            if not a.get("category") or not b.get("category") or a.get("category") != b.get("category"):
                continue
            ca, cb = _content_words(a["quote"]), _content_words(b["quote"])
            if not ca or not cb:
                continue
            if cb <= ca:
                b.update(category=None, you="", dropped_same=True)
            elif ca < cb:
                a.update(category=None, you="", dropped_same=True)


def _status_first(fresh: list[dict[str, Any]], step: str, speaker: str, language: str) -> None:
    """ "Godt. Jeg børster tænder selv": how it goes, said before the goal, joins the goal (one point, the quote in
    the citizen's order) instead of standing as a point of its own."""
    if len(fresh) < 2 or fresh[0]["category"] != "goal_progress" or fresh[1]["category"] != "goal_progress":
        return
    status, goal = fresh[0], fresh[1]
    said = status.get("quote", "")
    if goal.get("status") or len(it.norm(said).split()) > 3 or not _is_goal_status(said):
        return
    quote = f"{said.strip()} {goal['quote'].strip()}"
    _add_status(goal, said, step, speaker, language)
    goal["quote"] = quote
    fresh.remove(status)


# A short sentence that only points back at the point before it ("Jeg er bange for det.", "Det er svært.", "I'm scared of
# it."): on the sheet and in the summary it belongs to that point, not a point of its own
_POINTS_BACK_SENT = re.compile(
    r"^(?:og |men |and |but )?(?:(?:det|dét|den|that|it|this)(?:'s| er| var| bliver| blev| gør| føles| lyder| virker| is| was| feels|"
    r" makes| scares| sounds| will be)\b(?! (?:\w+ )?(?:glæde|joy|happy|fylder))|"
    r"(?:det|dét) (?:\w+ )?(?:jeg|æ|han|hun|vi)(?: \w+){0,3}$|"  # "Det glæder jeg mig til", "Det hader hun"
    r"(?:jeg|æ|han|hun|vi|i|i'm|he|she|we|he's|she's)(?: \w+){1,3} (?:det|dét|den|it|that|this)$|"
    # "jeg er rigtig glad for det", "hun er så utrolig glad for det": the gladness in its own clause, about the point before
    r"(?:jeg|æ|han|hun|vi|i'm|he's|she's|we're)(?: er| is| am| are)?(?: \w+){0,2} (?:glad|glade|happy) (?:for|med|with|about) (?:det|dét|den|it|that)$)")
_OWN_CONTENT = re.compile(r"\b(?:at|to|fordi|because|når|when|hvis|if)\b|\b(?:fylder|gives? (?:me|you) joy|giver (?:mig|dig) glæde)\b")


# "blive der", "arbejde der": "der" as the place, at the end of the sentence
_THERE = re.compile(r"\b(blive|bo|være|arbejde|fortsætte|starte|komme|flytte|stoppe|stay|work|live)\s+(?:der|dér|there)"
                    r"(?=\s*[.!]*$|\s+(?:lidt|længe|længere|mere|altid|resten|for altid|som)\b)", re.IGNORECASE)
_PLACE = re.compile(r"\b((?:på|i|hos|ved|at|in) (?:(?:det|den|en|et|min|mit|vores|the|my) )?(?:[a-zæøå]{3,}(?:et|en|ne|s)|[A-ZÆØÅ][a-zæøå]+))\b"
                    r"(?!\s+(?:at|om)\b)")


# "Det fylder.", "Irriterer.", "Gør ondt.": a short sentence whose subject is the point before
_SHORT_BACK = re.compile(r"^(?:og |men )?(?:det |den )?(?:fylder|irriterer|generer|plager|stresser|trætter|larmer|driller|sårer|"
                         r"skræmmer|bekymrer|frustrerer|keder|hjælper|gør ondt|gør ondt)(?: (?:mig|hende|ham|os|meget|rigtig meget|"
                         r"en del|også|tit|hele tiden|altid))*$")


_GLAD_FOR_IT = re.compile(r"^(?:og |men )?(jeg|æ|han|hun|vi) (er|bliver) ((?:\w+ ){0,2})(glade?) (for|med) (?:det|dét|den)$")


def _points_back(text: str) -> bool:
    low = " ".join(re.sub(r"[^\w\s'’]", " ", text.lower()).replace("’", "'").split())
    if _SHORT_BACK.match(low) and len(low.split()) <= 5:
        return True
    return 1 < len(low.split()) <= 7 and bool(_POINTS_BACK_SENT.match(low)) and not _OWN_CONTENT.search(low)


def _fear_of_wish(prev: dict[str, Any], cur: dict[str, Any]) -> bool:
    """ "…, men jeg er bange for at blive afvist": a fear said with a wish belongs to that wish (`_FEAR`, with
    `_MISSES` further down; Danish words only)."""
    return (prev.get("category") in ("hope", "employment") and prev.get("talk_type") == "change"
            and cur.get("category") in ("parking", None) and not cur.get("attached")
            and bool(_FEAR.search(it.norm(cur["quote"]))) and "fylder" not in it.norm(cur["quote"])
            and len(it.norm(cur["quote"]).split()) <= 14)


_NOT_REALISTIC = re.compile(r"^(?:men |og |but |and )?(?:det|that|it|it'?s|that'?s)(?: er| is| was| var)?(?: nok| jo| vel| probably| just)? "
                            r"(?:(?:ikke|not)(?: så| very)? (?:realistisk|realistic|muligt|possible|til at nå)|urealistisk|unrealistic)\b")
# "Især indisk mad", "ikke spørge om lift hele tiden": more of the point just said, no point of its own
_MORE_OF_PREV = re.compile(r"^(?:og )?(?:(især|specielt|særligt|navnlig|primært|isaer|especially|particularly|"
                           # "Jeg er god til at huske ting. Fx alle buslinjer.": an example of the point before
                           r"fx|f\.\s?eks\.?|feks|for eksempel|eksempelvis|blandt andet|for example)\s+\S|"
                           # "10 timer om ugen", "kun formiddage": how much, said after the wish
                           r"((?:kun |max |maks |højst |cirka |ca |omkring |måske |bare )?(?:\d{1,2}|et par|par|nogle|få|to|tre|fire|fem|seks|"
                           r"en|et|a few|a couple of|two|three|four|five) (?:timer|dage|gange|hours|days|times) (?:om|i|pr|a|per) "
                           r"(?:ugen|dagen|måneden|uge|dag|week|day|month))$|"
                           r"ikke (?:at )?(?:spørge|være|skulle|tænke|bede|vente|ringe|sidde|bruge|få|have|gå|køre|tage|bo)\b|"
                           # "Or at least take the train on my own": the smaller wish beside the first
                           r"((?:or|eller) (?:at least|maybe|perhaps|just|i det mindste|måske|bare)\s+\S)|"
                           # "… dyrepasser. eller i en dyrehandel": another place or trade for the same wish
                           r"((?:or|eller) (?:i|på|hos|som|ved|in|at|as) \S+(?:\s+\S+){0,3}$)|"
                           # "Jeg vil arbejde igen. Måske værksted.": where, said after the wish
                           r"((?:måske|maybe|helst|gerne|evt|eventuelt) (?:(?:på|i|hos|som|at|in|as) )?(?:(?:en|et|a|an) )?\w+)$|"
                           # "Ja, syerske. Kun formiddag.": when, of the wish before
                           r"((?:kun|bare|helst|only|just) (?:om |on |in the )?(?:formiddag\w*|eftermiddag\w*|aften\w*|morgen\w*|weekend\w*|"
                           r"hverdage|deltid|mornings?|afternoons?|evenings?|weekends?|part[- ]time))$)",
                           re.IGNORECASE)


def reflect_tidy(text: str) -> str:
    return moves.reflect.tidy(text)


def _attach_pointing_back(fresh: list[dict[str, Any]]) -> None:
    """ "Jeg vil gerne flytte. Jeg er bange for det.": the second sentence joins the first on the sheet (text and quote)
    and in the summary; it is no point of its own on any list. So does a fear said with a wish ("Jeg vil gerne have en
    kæreste, men jeg er bange for at blive afvist"): kept with the wish, not parked and brought up later on its own."""
    for n in range(1, len(fresh)):
        cur, prev = fresh[n], fresh[n - 1]
        head = reflect_tidy(prev.get("quote") or "").lower()
        if (prev.get("category") in ("hope", "resource", "employment") and cur.get("category") == prev.get("category")
                and head and len(head.split()) <= 3 and cur.get("you") and not prev.get("attached_you")
                and re.search(rf"\b{re.escape(head)}\b", reflect_tidy(cur["quote"]).lower())
                and len(reflect_tidy(cur["quote"]).split()) > len(head.split())):
            # "en hund. jeg vil gerne have en hund": the word, then the sentence that says it; one point, the sentence
            cur["quote"] = f"{prev['quote'].rstrip()} {cur['quote'].strip()}"
            prev.update(category=None, you="", attached=True)
            continue
        more = _MORE_OF_PREV.match(reflect_tidy(cur["quote"])) if cur.get("quote") else None
        if (more and prev.get("category") in ("hope", "resource", "employment") and prev.get("you") and not prev.get("safety")
                and not prev.get("attached_you") and not prev.get("raw") and not cur.get("safety") and not cur.get("pii")
                and len(cur["quote"].split()) <= 10 and prev["you"].rstrip().endswith(".") and prev["you"].count(". ") == 0):
            # "Jeg er god til at lave mad. Især indisk mad.", "Så ville jeg være fri. ikke spørge om lift hele tiden": said
            # as more of the same point ("Du er god til at lave mad, især indisk mad."), not a point of its own
            words = reflect_tidy(cur["quote"])
            joint = (" " if more.group(4) else ", " if more.group(5) or more.group(6) else
                     " og " if more.group(1) is None and more.group(2) is None and more.group(3) is None else ", ")
            low = _lower_first(words)
            prev["quote"] = f"{prev['quote'].rstrip()} {cur['quote'].strip()}"
            prev["text"] = f"{prev['text'].rstrip(' .!')}{joint}{low}."
            shifted = moves.en_you(low) if cur.get("lang") == "en" else moves.reflect.shift_pronouns(low)
            prev["you"] = f"{prev['you'].rstrip(' .!')}{joint}{shifted}."
            cur.update(category=None, you="", attached=True)
            continue
        if (prev.get("category") in ("hope", "employment") and prev.get("talk_type") != "sustain" and prev.get("you")
                and _WISH_WORDS.search(it.norm(prev.get("quote") or "")) and not prev.get("safety") and not prev.get("raw")
                and not prev.get("attached_you") and cur.get("you") and not cur.get("safety") and not cur.get("pii")
                and cur.get("category") in ("hope", "employment", None) and not cur.get("relative_view")
                and _WOULD_REASON.match(it.norm(cur.get("quote") or ""))
                and not _WISH_WORDS.search(it.norm(cur.get("quote") or "")) and len(cur["quote"].split()) <= 12
                and prev["you"].count(". ") == 0 and prev["you"].rstrip().endswith(".")):
            # "Han vil gerne flytte på landet. Og han ville have mere ro.": what the wish would bring, its reason; kept with
            # the wish (sheet and echo), in the writer's person, never a second wish nor left unsaid
            two = cur["you"].strip().rstrip(" .!")
            two = re.sub(r"^(?:Og så|Og|And then|And) ", "", two)
            two = two if two.split()[0] == "I" else two[:1].lower() + two[1:]
            joint = ", and " if cur.get("lang") == "en" else ", og "
            prev["quote"] = f"{prev['quote'].rstrip()} {cur['quote'].strip()}"
            prev["text"] = f"{prev['text'].rstrip(' .!')}{joint}{re.sub(r'^(?:Og så|Og|And then|And) ', '', cur['text'].strip()).rstrip(' .!')}."
            prev["text"] = re.sub(r"(, og |, and )(\w)", lambda m: m.group(1) + (m.group(2) if m.group(2) == "I" else m.group(2).lower()),
                                  prev["text"], count=1)
            prev["you"] = f"{prev['you'].rstrip(' .!')}{joint}{two}."
            cur.update(category=None, you="", attached=True)
            continue
        if (cur.get("speaker") == "relative" and prev.get("category") in ("hope", "employment")
                and _NOT_REALISTIC.search(it.norm(cur.get("quote") or ""))):
            # "…, men det er nok ikke realistisk" from a relative: the relative's own view of the wish; not said back in
            # the bot's voice ("Det er nok ikke realistisk.") and not on the lists
            cur.update(category=None, you="", attached=True)
            continue
        then = _THEN_WORRY.match(it.norm(cur.get("quote") or ""))
        if (then and prev.get("category") == "parking" and cur.get("category") in ("parking", None) and prev.get("you")
                and not prev.get("attached_you") and not prev.get("safety") and not cur.get("safety") and cur.get("you")):
            # "Jeg er træt af, at personalet skifter. Så ved jeg ikke, hvem der kommer.": what follows from the worry, one
            # point, said with its "så" ("Så ved du ikke, …"), never "Ved du ikke, …" on its own
            you = cur["you"].strip()
            you = you if you.lower().startswith("så ") else f"Så {you[:1].lower()}{you[1:]}"
            text = cur["text"].strip()
            text = text if text.lower().startswith("så ") else f"Så {text[:1].lower()}{text[1:]}"
            prev["quote"] = f"{prev['quote'].rstrip()} {cur['quote'].strip()}"
            prev["text"] = f"{prev['text'].rstrip()} {text}"
            prev["attached_you"] = you
            prev["attached_talk"] = cur.get("talk_type")
            cur.update(category=None, you="", attached=True)
            continue
        glad = _GLAD_FOR_IT.match(it.norm(cur.get("quote") or "")) if cur.get("lang", "da") != "en" else None
        glad_back = bool(glad)
        if (glad and prev.get("category") in ("resource", "goal_progress") and prev.get("you")
                and not prev.get("attached_you") and not prev.get("raw") and not prev.get("safety")
                and prev["you"].rstrip().endswith(".") and prev["you"].count(". ") == 0):
            # "Jeg spiller i et band, jeg er meget glad for det": the gladness said back with the point, in one sentence
            # ("Du spiller i et band, og det er du meget glad for."), never dropped nor a bare "Du er glad for det."
            who = {"jeg": "du", "æ": "du", "vi": "I"}.get(glad.group(1), glad.group(1))
            adv = glad.group(3) or ""
            prev["quote"] = f"{prev['quote'].rstrip()} {cur['quote'].strip()}"
            prev["you"] = f"{prev['you'].rstrip(' .!')}, og det {glad.group(2)} {who} {adv}{glad.group(4)} {glad.group(5)}."
            cur.update(category=None, you="", attached=True)
            continue
        if ((prev.get("category") in ("hope", "resource", "parking", "employment")
             or (glad_back and prev.get("category") == "goal_progress")) and prev.get("you") and not prev.get("safety")
                and not prev.get("attached_you") and not (prev.get("category") == "resource" and cur.get("complaint"))
                and not cur.get("safety") and not cur.get("pii") and cur.get("you")
                and (_points_back(cur["quote"]) or _fear_of_wish(prev, cur))):
            prev["quote"] = f"{prev['quote'].rstrip()} {cur['quote'].strip()}"
            if not (cur.get("hardship") and cur["text"].strip().rstrip(" .") in prev["text"]):
                # a hardship told with the wish is on the wish's text already; never written twice
                prev["text"] = f"{prev['text'].rstrip()} {cur['text'].strip()}"
            prev["attached_you"] = cur["you"]
            prev["attached_talk"] = cur.get("talk_type")
            cur.update(category=None, you="", attached=True)


# "Og han ville have mere ro", "Så kunne jeg se min far oftere": what a wish would bring (not "Jeg ville gerne …", a wish)
_WOULD_REASON = re.compile(r"^(?:og |og så |så |and |and then |then )?(?:jeg|æ|han|hun|vi|i|he|she|we) (?:ville|kunne|skulle|would|could)\b"
                           r"(?! (?:(?:også|rigtig|så|really|also) )?(?:gerne|like|love|ønske|wish)\b)")
# "Så ved jeg ikke, hvem der kommer" (or with the "så" already dropped: "Ved jeg ikke, …"): what follows from a worry
_THEN_WORRY = re.compile(r"^(?:så )?(?:ved|kan|bliver|får|skal|må|tør|orker|sover|kommer) (?:jeg|man|æ|vi)\b(?! også\b)")


def _without_pii(ptext: str) -> str:
    """The part of a point that is left when the clauses with a number or a mail are taken out ("Jeg vil gerne
    have et job, skriv til mig på a@b.dk": "Jeg vil gerne have et job"); "" when nothing of its own is left or
    there was nothing to take out."""
    if not find_pii(ptext):
        return ""
    spans = [m.span() for m in re.finditer(r"[,;.!?]\s+|\s+-\s+", ptext)]
    bounds = [0, *[e for _, e in spans], len(ptext)]
    clauses = [ptext[a:b] for a, b in zip(bounds, bounds[1:]) if ptext[a:b].strip()]
    kept = [cl if not find_pii(cl) else _masked_dropped(cl) for cl in clauses]
    kept = [cl for cl in kept if cl]
    if not kept or kept == clauses:
        return ""
    out = "".join(kept).strip(" ,;-")
    if len(re.findall(r"[^\W\d_]+", out)) < 2 or _CONTACT_ONLY.match(out.lower()):
        return ""  # "min mail er": nothing left but the lead-in to the mail
    return out[:1].upper() + out[1:]


def _masked_dropped(clause: str) -> str:
    """A clause with a number already masked upstream ("min datter [telefonnummer] kommer oftere"): the clause without
    the placeholder ("min datter kommer oftere"); "" when it still holds a number or a mail, or is about the contact."""
    bare = " ".join(_MASKED_TOKEN.sub("", clause).split())
    bare = re.sub(r"\s+([,;.!?])", r"\1", bare)
    if bare == clause or find_pii(bare) or len(re.findall(r"[^\W\d_]+", bare)) < 3 or _CONTACT_WORDS.search(bare.lower()):
        return ""
    return bare + (" " if clause.endswith(" ") and not bare.endswith(" ") else "")


# an upstream placeholder with the small word that led to it: "fra [telefonnummer]", "på [e-mail]"
_MASKED_TOKEN = re.compile(r"(?:\s*\b(?:på|fra|til|er|on|at|is)\b)?\s*:?\s*\[(?:CPR-nummer|telefonnummer|e-mail)\]", re.IGNORECASE)
_PII_SPANS = re.compile(r"\[(?:CPR-nummer|telefonnummer|e-mail)\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\d+][\d -]{6,}\d", re.IGNORECASE)
# "Ring evt.", "skriv gerne til mig": the lead to a number or a mail cut off from it by the clause split
_CONTACT_LEAD_ONLY = re.compile(r"^(?:ring|skriv|send|kontakt|mail|sms|call|text|email|write)(?: (?:evt|eventuelt|gerne|bare|endelig|lige|"
                                r"mig|os|til mig|til os|me|us))*$")
# what is left of "min mail er …" when the mail is cut: nothing of its own
_CONTACT_ONLY = re.compile(r"^(?:og |men )?(?:min|mit|mine|hans|hendes|my|his|her) (?:cpr|cpr-nummer|personnummer|mail|e-mail|email|"
                           r"telefon\w*|tlf|mobil\w*|nummer|nr|number|phone)(?: \w+)?$")


# only a wish: "Så vil du gerne …" alone would read as a consequence; "så er jeg god til …" keeps its word order
_AND_THEN_V2 = re.compile(r"^\s*og så (vil|drømmer|håber|ønsker|er|kan|har|elsker) (jeg|æ|han|hun|vi) (?!også\b)(.+)$",
                          re.IGNORECASE)
_CONNECTOR = re.compile(r"^\s*(?:og så|og|så|and then|and|then)\s+(?=\w)", re.IGNORECASE)


def _drop_connector(ptext: str) -> str:
    """A split-off point starts without the word that tied it to the one before ("og så min søns
    skilsmisse"); "så er det rart …" (a verb next: the word order needs the "så") keeps it."""
    also = _AND_THEN_V2.match(ptext)
    if also:
        subject = also.group(2)
        return f"{subject[:1].upper() + subject[1:]} {also.group(1)} også {also.group(3)}"
    m = _CONNECTOR.match(ptext)
    if not m:
        return ptext
    rest = ptext[m.end():]
    first = rest.split()[0].lower().strip(",.!?")
    if m.group(0).strip().lower().endswith(("så", "then")) and (moves.reflect.FINITE_HINT.match(first) or first in (
            "kan", "ville", "vil", "could", "would", "can", "will", "is", "was")):
        return ptext
    return rest[:1].upper() + rest[1:]


# "Det går fint", "It goes so-so", "går op og ned": how a goal goes, said after the goal itself
_GOAL_STATUS = re.compile(r"^(?:og |men |and |but )?(?:(?:det|de|it|that|things|målet|the goal|den) )?(?:går|gik|gaar|gar|gå|goes|went|is going|it'?s going|its going|"
                          r"has gone|har gået|er gået|works|is working|fungerer|kører|er kommet i gang|er i gang)\b")


# "Nogle uger går det, andre ikke", "Vi synes, det går rigtig godt", "men jeg bliver stresset", "Det er deres mål, ikke
# mit": how the goal goes (or whose goal it is), said after the goal; no second goal of its own
_GOAL_STATUS_MORE = re.compile(
    r"^(?:og |men |and |but )?(?:(?:nogle|andre|de fleste|some|most) (?:dage|uger|gange|days|weeks|times)\b|"
    r"(?:jeg|vi|han|hun|i|we|she|he) (?:synes|syntes|tror|føler|think|feel) (?:at |that )?(?:det|den|målet|it) (?:går|gik|goes|is going)\b|"
    # "Han siger det går godt", "jeg synes hun stadig er usikker", "My teacher says it goes well": a view of how it goes
    r"(?:jeg|vi|han|hun|i|we|she|he|(?:min|mit|hans|hendes|my|his|her) \w+) (?:siger|sagde|mener|synes|syntes|tror|says|said|thinks|"
    r"think|feels) (?:selv |også |myself |himself |herself |also )?(?:at |that )?(?:det|den|målet|it|han|hun|he|she|things) "
    r"(?:\w+ )?(?:går|gik|halter|kører|fungerer|er|is|goes|went|works|is going)\b|"
    r"(?:jeg|han|hun|i|he|she) (?:bliver|blir|gets?|feel|feels) (?:\w+ )?(?:stresset|træt|nervøs|bange|urolig|forvirret|frustreret|stressed|tired|nervous|confused)\b|"
    r"det er (?:deres|hans|hendes|kommunens|de andres|ikke mit|ikke mine)\b|(?:it'?s|it is) (?:their|not my)\b|"
    # "He does it most days now", "Hun klarer det selv nu": the goal done, said as a deed
    r"(?:jeg|han|hun|vi|i|he|she|we) (?:gør|gjorde|klarer|klarede|does|do|did|manages?|managed) (?:det|it)\b|"
    # how often the goal is worked on: "Det sker hver mandag", "det øver vi hver onsdag", "Vi træner det om tirsdagen"
    r"(?:det|den) (?:sker|foregår|er) (?:\w+ ){0,2}?(?:hver|om|en gang|to gange|tre gange|dagligt|ugentligt|mandag|tirsdag|onsdag|"
    r"torsdag|fredag|lørdag|søndag)\w*\b|"
    r"(?:det|den) (?:øver|træner|arbejder) (?:jeg|æ|vi|han|hun)\b|(?:jeg|æ|vi|han|hun) (?:øver|træner) (?:det|på det)\b|"
    # the same with "det" first: "Det gør hun næsten hver dag nu", "Det glemmer han tit"
    r"det (?:gør|gjorde|klarer|klarede|glemmer|glemte|husker|huskede|kan|kunne) (?:jeg|æ|han|hun|vi) (?:\w+ ){0,4}?(?:nu|selv|tit|ofte|altid|"
    r"aldrig|sjældent|nogle gange|hver dag|hver uge|næsten|somme tider|indimellem|godt|fint|allerede)\b|"
    # "Det har han gjort to gange nu", "det har jeg klaret hele ugen": the goal done, said in the perfect
    r"det (?:har|havde) (?:jeg|æ|han|hun|vi) (?:\w+ ){0,2}?(?:gjort|klaret|prøvet|nået|lært)\b|"
    # "She forgets it most days", "Han glemmer det tit": how the goal goes, said as what happens
    r"(?:jeg|æ|han|hun|vi|i|he|she|we) (?:glemmer|glemte|husker|huskede|forgets?|forgot|remembers?|remembered|misses|miss) "
    r"(?:det|dem|it|them)\b)")


# the aid a goal is worked on with: "I use my phone", "Jeg har en alarm på telefonen", "Hun bruger sin rollator"
_GOAL_MEANS = re.compile(r"^(?:og |men |and |but )?(?:jeg|æ|han|hun|vi|i|he|she|we) (?:bruger|brugte|use|uses|used|har|have|has|får|gets?|sætter|sets?) "
                         r"(?:\w+ ){0,3}?(?:telefon\w*|mobil\w*|phone|app|apps|alarm\w*|kalender\w*|calendar|påmindelse\w*|reminders?|"
                         r"rollator\w*|walker|seddel|sedler|notes?|ur|uret|watch|timer)\b")


# a short verdict on a goal just named: "Det er noget pjat", "Det er svært", "It's pointless"
# a told event: "i sidste uge", "sidste lørdag", "i går", "og så græd jeg", "jeg lå i sengen hele næste dag"
_PAST_EVENT = re.compile(r"\b(?:i går|i forgårs|forleden|(?:i )?sidste (?:uge|weekend|måned|gang|mandag|tirsdag|onsdag|torsdag|fredag|"
                         r"lørdag|søndag)|for (?:en|et par|to|tre|nogle) (?:uge|uger|dage|måneder) siden)\b|"
                         r"^(?:og )?(?:så )?(?:græd|lå|prøvede|måtte|gik|faldt|kom) (?:jeg|æ)\b|^(?:og )?(?:så )?(?:jeg|æ) (?:lå|græd|måtte|prøvede|faldt) ")
# "Nu ved jeg ikke.", "Mere ved vi ikke.", "Det er vist det.", "That's all I know." after an answer: the answer's close
_NO_MORE_TO_SAY = re.compile(r"^(?:og |men |så |ja )?(?:(?:(?:nu|mere|andet|ellers|ikke mere) )?(?:ved|kender|veed) (?:jeg|vi|æ|a) (?:ikke|ik|ikk)"
                             r"(?: mere| rigtig| lige nu| andet| om mere| heller)?(?: end det)?|"
                             r"(?:mere|andet) (?:kan|ved) (?:jeg|vi) (?:ikke|ik)(?: komme på| sige| lige komme på)?|"
                             r"(?:det er|det var|det var vist|det er vist) (?:vist |nok |bare |så )?(?:det|alt|det hele)(?: for nu| jeg ved| vi ved)?|"
                             r"ikke (?:andet|mere)(?: lige nu| end det| jeg ved| vi ved)?|(?:and )?(?:that'?s|that is) (?:all|it)(?: i know| we know| for now)?|"
                             r"(?:i|we) (?:don'?t|do not) know (?:more|anything else|any more)|nothing (?:else|more)(?: for now)?)$")
# "ikke noget særligt mere", "intet særligt": no point of its own beside what else is said
_NOTHING_MUCH = re.compile(r"^(?:ikke (?:noget|så meget|meget|det store)(?: særligt| specielt)?|intet(?: særligt)?|ingenting(?: særligt)?)"
                           r"(?: mere| længere| nu| efterhånden)?$")
_GOAL_VERDICT = re.compile(r"^(?:men |og )?(?:det er|det var|it'?s|it is)(?: (?:noget|lidt|bare|helt|meget|rigtig|ret|total|kind of|a bit|a))? "
                           r"(?:pjat|fjollet|spild af tid|nemt|let|svært|hårdt|tungt|fint|godt|dumt|noget vrøvl|vrøvl|pointless|"
                           r"silly|easy|hard|difficult|fine|stupid|a waste of time)[.!]*$|"
                           # "men det giver ingen mening", "det nytter ikke noget": the verdict on the goal, not a goal
                           r"^(?:men |og )?(?:det (?:giver|gi'r) (?:ingen|ikke nogen|ikke rigtig nogen) mening|"
                           r"det (?:nytter|hjælper) (?:ikke|ik|intet)(?: noget| rigtig| meget)?)(?: alligevel)?[.!]*$")


_GOAL_COUNT = re.compile(r"^(?:jeg|han|hun|vi|i|he|she|we) (?:har|have|has) (?:to|tre|fire|fem|flere|nogle|mange|2|3|4|5|two|three|four|several) "
                         r"(?:mål|goals)(?: (?:lige )?nu| now)?$")


def _is_goal_status(text: str) -> bool:
    n = it.norm(text)
    head, *rest = re.split(r"\s*[,;:]\s+", text.strip(), maxsplit=1)
    after = it.norm(rest[0]) if rest else ""
    if after and 2 <= len(head.split()) <= 10 and len(n.split()) <= 30 and _is_goal_status(head) \
            and re.match(r"^(?:og |men )?det (?:går|gik)\b", it.norm(head)) \
            and not _NOT_STATUS.search(after) and not moves.WORRY_WORDS.search(after):
        # "Det går lidt op og ned, nogle dage gør hoften for ondt": how it goes, then what that looks like
        return True
    if not n or len(n.split()) > 14:
        return False
    raw = " ".join(re.sub(r"[^\w\s'-]", " ", clean(text).lower()).split())  # "it" is not "ikke" here
    more = _GOAL_STATUS_MORE.match(n) or _GOAL_STATUS_MORE.match(raw)
    if more and (len(n.split()) <= 10 or not re.match(r"^(?:og |men )?(?:nogle|andre|de fleste|some|most) ", n)):
        return True
    if len(n.split()) > 10 and not re.match(r"^(?:og |men )?det (?:går|gik) (?:sådan )?(?:op og ned|lidt|ikke|fint|godt|bedre|langsomt)\b", n):
        return False
    return bool(_GOAL_STATUS.match(n) or _GOAL_STATUS.match(raw)) or (len(n.split()) <= 3 and bool(
        _GOAL_GOOD.search(n) or _GOAL_MIXED.search(n) or _GOAL_HARD.search(n)))


_NOT_STATUS = re.compile(r"\b(?:mål|målet|goal|goals|vil gerne|vil også|håber|drømmer|ønsker|kunne tænke|i want|i'?d like|i hope)\b")


def _status_goes_on(text: str) -> bool:
    """A clause after a goal's status that says more about how it goes: short, no new goal or wish, no worry
    (a fear said there is parked and brought up at the parking question)."""
    n = it.norm(text)
    if 0 < len(n.split()) <= 14 and _GOAL_STATUS_MORE.match(n) and _VIEW_VERB.search(n) and not _NOT_STATUS.search(n):
        return True  # "…, jeg synes hun stadig er usikker": a second view of how it goes, even with a worry word in it
    return (0 < len(n.split()) <= 12 and not _NOT_STATUS.search(n) and not moves.WORRY_WORDS.search(n)
            and not n.endswith("?"))


_VIEW_VERB = re.compile(r"\b(?:siger|sagde|mener|synes|syntes|tror|says|said|thinks|think|feels)\b")


def _extend_status(goal: dict[str, Any], ptext: str, step: str, speaker: str, language: str) -> None:
    piece = moves.render_item(_STATUS_SCORE.sub("", ptext) or ptext, "goal_progress", step, speaker, "", language)
    text, you = piece.get("text") or ptext.strip(), piece.get("you") or ""
    but = re.match(r"^\W*(?:men|but)\s+", ptext, re.IGNORECASE)

    def join(head: str, tail: str) -> str:
        if not tail:
            return head
        if but:  # "Det går okay, men du bliver forvirret …": one sentence, as it was said
            word = but.group(0).strip(" ,").lower()
            return f"{head.rstrip(' .!')}, {word} {_lower_first(tail)}"
        return f"{head.rstrip()} {tail}"

    goal["status"] = join(goal["status"], text)
    goal["status_you"] = join(goal.get("status_you") or "", you) if goal.get("status_you") else ""
    goal["quote"] = f"{goal['quote'].rstrip()} {ptext.strip()}"
    goal["text"] = f"{goal['goal'].rstrip()} {goal['status']}"


_STATUS_SCORE = re.compile(r"(?<=[a-zæøå])\s*[,;]\s*[0-4](?:\s*(?:ud af|af|/|out of)\s*4)?\s*[.!]*\s*$", re.IGNORECASE)


def _add_status(goal: dict[str, Any], ptext: str, step: str, speaker: str, language: str) -> None:
    """The status joins its goal: one goal on the sheet, with the status in its quote and text."""
    # "Det går 💯": said in words on the sheet, so the status is not left as "Det går."; the quote keeps the emoji
    shown = ptext.replace("💯", "rigtig godt" if language == "da" else "really well")
    # "Det går okay, 2": the number is the score (kept as the score), not part of how the goal goes
    shown = _STATUS_SCORE.sub("", shown) or shown
    status = moves.render_item(shown, "goal_progress", step, speaker, "", language)
    goal["goal"] = goal.get("text") or goal["quote"]
    goal["status"] = status.get("text") or shown.strip()
    goal["status_you"] = status.get("you") or ""
    goal["quote"] = f"{goal['quote'].rstrip()} {ptext.strip()}"
    goal["text"] = f"{goal['goal'].rstrip()} {goal['status']}"


def _together(with_whom: str) -> str:
    """ "Vi sidder sammen", "jeg sidder sammen med ham": who is writing, said in so many words."""
    return (rf"vi (?:sidder|skriver) (?:her )?sammen(?: nu)?|jeg sidder (?:her )?sammen med (?:{with_whom})|"
            r"we are (?:sitting|writing) (?:here )?together|we'?re (?:sitting|writing) together")


_META = re.compile("^(?:" + _together("ham|hende") + r"|nå(?:h)?(?: ja)?|altså|jamen|jaja|tja|øh+m*|ok(?:ay)?|well|oh yes|right|"
                   # "Det gør mange ting. Min cykeltur …", "Det er et upræcist spørgsmål. Jeg fik 12 i matematik": a lead-in
                   # or a comment on the question, before the answer; not a point of its own
                   r"(?:det (?:gør|er)|der er) (?:så |rigtig |rigtigt )?mange ting(?: faktisk)?|(?:så |rigtig |rigtigt )?mange ting(?: faktisk)?|"
                   r"det er (?:et )?(?:lidt )?(?:hypotetisk|upræcist|svært|mærkeligt|underligt|godt|stort) spørgsmål|godt spørgsmål|"
                   # "Det spørgsmål er meget bredt.": a literal reader's remark on the question, before the answer
                   r"(?:det|dit|det her) spørgsmål er (?:meget |lidt |for |ret |rigtig )?(?:bredt|stort|upræcist|uklart|svært|mærkeligt|"
                   r"underligt|hypotetisk)|(?:that|this|the) question is (?:very |a bit |too |quite )?(?:broad|vague|big|hard|strange|unclear)|"
                   r"hvad mener du med [^.]{1,30}|lots of things|many things|"
                   # "Puha det er svært at sige. Jeg har haft …": a sigh before the answer; "Jeg kan ikke lide smileys":
                   # how the citizen wants the chat, no point for the sheet
                   r"(?:(?:puha|puh|pyha|øv|hmm+|tja|altså|nå)[ ,]+)?det er (?:lidt |så |rigtig )?(?:svært|ikke let|ikke nemt) at "
                   r"(?:sige|svare på|forklare|skrive|sætte ord på)|"
                   r"(?:jeg|æ) (?:kan ikke|kan ik|hader at få|vil ikke have|bryder mig ikke om) (?:lide )?(?:smileys?|emojis?|smileyer|"
                   r"hjerter|small ?talk)|skriv (?:venligst |gerne )?(?:uden|ikke) (?:smileys?|emojis?)|"
                   # "Tja, hvad er jeg god til. Jeg har altid …": the question said over to oneself before the answer
                   r"(?:(?:tja|hmm+|hm|øh+|nå|altså) )?hvad (?:er|var) (?:jeg|han|hun|æ) (?:egentlig |nu )?(?:god|go) til)$")
# a remark on the question said as the whole message ("Det er et stort spørgsmål", "that question is very vague")
# "et arbejde på et lager", "job i en dyrehandel", "praktik hos en tømrer": a work wish that says where or what
_WORK_WHERE = re.compile(r"\b(?:job\w*|arbejd\w*|praktik\w*|uddann\w*|fleksjob\w*|lærling\w*|work|job)\b.*?\b(?:(?:på|i|hos|som|med|ved|"
                         # "arbejde på at blive rolig", "arbejde med min angst": working on oneself, no job
                         r"indenfor|inden for|in|as|with)\s+(?!(?:mig|sig|os|myself|haven|the garden|at|min|mit|mine|sin|sit|sine|my)\b)\w+|"
                         r"at (?:a|an|the) \w+)")
# "at spise slik", "se tv", "sove længe": what one enjoys doing, no skill (a bare answer, with no frame of its own)
_ENJOYED_ONLY = re.compile(r"^(?:og |også )?(?:at )?(?:spise|drikke|sove|slappe af|hygge|chille|ligge|shoppe|feste|"
                           r"(?:se|kigge på|glo på) (?:tv|fjernsyn|film|serier|netflix|youtube|fodbold|sport|håndbold|tiktok|videoer))\b"
                           r"(?!\s+om\b)(?!.*\b(?:god|dygtig|kan|for andre|til andre|selv|alene|sundt|sund|ordentligt)\b)")
# a pronoun said alone ("mig", "jeg?", "me"): who, but not what
_BARE_PRONOUN = re.compile(r"^[\s.!?…]*(?:mig|mæ|mej|jeg|æ|me|myself)[\s.!?…]*$")
_QUESTION_REMARK = re.compile(r"^(?:(?:hmm+|tja|øh+m*|altså|puha|nå|wow|well|hm)[,.!]*\s+)?(?:det (?:er|var) (?:et |en )?(?:lidt |meget |rigtig |ret |virkelig )?"
                              r"(?:svært|stort|bredt|upræcist|uklart|mærkeligt|underligt|hypotetisk|godt|vanskeligt) spørgsmål|"
                              r"(?:sikke et|hvilket|godt|svært|stort) spørgsmål|"
                              r"(?:det|dit|det her) spørgsmål er (?:meget |lidt |for |ret |rigtig )?(?:bredt|stort|upræcist|uklart|svært|"
                              r"mærkeligt|underligt|hypotetisk|vanskeligt)|(?:that'?s|that is|what) (?:a |an )?(?:good|hard|big|difficult|"
                              r"broad|vague|strange) question|(?:that|this|the) question is (?:very |a bit |too |quite )?"
                              r"(?:broad|vague|big|hard|strange|unclear|difficult))$")
_TOGETHER_SAID = re.compile("^(?:" + _together(r"ham|hende|\w+") + ")$")
# faces, hearts, hands and sparkles only (any skin tone), with no word and no emoji that names a thing
_MOOD_ONLY = re.compile(r"^[\s.!?]*(?:[\U0001F600-\U0001F64F\U0001F910-\U0001F92F\U0001F970-\U0001F97A\U0001F44A-\U0001F450"
                        r"\U0001F493-\U0001F49F\u2764\u2763\u263A\u2728\U0001F90D-\U0001F90F\U0001F9E1\U0001F499-\U0001F49C]"
                        r"[\U0001F3FB-\U0001F3FF\u200d\ufe0f\s.!?]*)+$")
# sad, crying, worried or broken-hearted faces: a feeling shown that is not thanked for
_SAD_CHARS = ("[\U0001F613-\U0001F616\U0001F61E\U0001F61F\U0001F622\U0001F623\U0001F625-\U0001F62B\U0001F62D\U0001F630\U0001F63F"
              "\U0001F641\U0001F494\u2639\U0001F97A]")
_SAD_FACE = re.compile(_SAD_CHARS)
_SAD_ONLY = re.compile("^[\\s.!?]*(?:" + _SAD_CHARS + "[\U0001F3FB-\U0001F3FF\u200d\ufe0f\\s.!?]*)+$")
_SLIP = re.compile(r"^(?:undskyld|sorry|jeg mener|i mean|nej|rettelse|ups|hov)\s*,?\s*(han|hun|he|she)$")
_TO_HIM = {"hun": "han", "hende": "ham", "hendes": "hans", "she": "he", "her": "his"}
_TO_HER = {"han": "hun", "ham": "hende", "hans": "hendes", "he": "she", "him": "her", "his": "her"}


def _keep_case(word: str, new: str | None) -> str:
    if new is None:
        return word
    return new[:1].upper() + new[1:] if word[:1].isupper() else new


def _evidence_in(tag: TaggedUtterance | None, part: str) -> str:
    """The message's deciding words, on the item of the clause that holds them (not on every clause)."""
    return tag.evidence if tag is not None and tag.evidence and tag.evidence in part else ""


# "Han siger, at han vil bo alene", "Hun fortæller selv, at hun drømmer om en hund": the person's wish, told on by a relative
_KIN_VIEW = re.compile(r"^(?:og |men |and |but )?(?:(?:min|mit|mine|my) )?(mor|far|forældre|mormor|morfar|farmor|farfar|søster|bror|"
                       r"kæreste|kone|mand|kontaktperson|kontaktpersonen|pædagog|pædagogen|mum|mom|mother|dad|father|"
                       r"parents|sister|brother|contact person) (?:siger|synes|mener|tror|siger altid|says|thinks|believes|say|think|believe)\b")
# what makes the relative's words another view ("… tror ikke på det", "… for tidligt"); "Min far siger, jeg er god til at
# bygge ting" and "Min mor synes også det" are no other view, but a point told or agreed with
_KIN_DIFFERS = re.compile(r"\b(?:ikke|ik|aldrig|not|never|tvivl\w*|doubt\w*|urealistisk|unrealistic|uenig|disagree\w*|nervøs|"
                          r"bekymret|worried|bange|afraid|for (?:tidligt|tidlig|svært|farligt|meget|stort|hurtigt|tungt)|"
                          r"too (?:early|soon|hard|much|dangerous)|skal vente|should wait)\b")
# "Mor her: det bliver for svært for ham": in a chat written together, the relative says who speaks now
_KIN_SPEAKS = re.compile(r"^\s*(?:(?:det er|this is|it'?s) )?(mor|far|mormor|morfar|søster|bror|kæreste|kontaktperson|pædagog|"
                         r"mum|mom|mother|dad|father|sister|brother)(?: (?:her|skriver|here|writing))?\s*[:–-]\s+\S", re.IGNORECASE)
_SAYS_OWN_WISH = re.compile(r"^(?:og |men )?(?:han|hun|[a-zæøå]+) (?:siger|fortæller|mener)(?: selv| tit| altid| ofte)*,? at (?:han|hun) "
                            r"(?:(?:gerne|godt|helst|også|rigtig gerne) )*(?:vil|ville|drømmer om|håber|ønsker sig|kunne tænke sig)\b")
# ("Hej. Det er fint." keeps "Det er fint."; "Hej, det er Karin, hans mor." keeps who is writing)
_HELLO_LEAD = re.compile(r"(?i)^\s*(?:hej|hejsa|hallo|hi|hello|hey)(?:\s+(?:igen|again|med dig))?\s*[.!,:]*\s*"
                         r"(?:(?:det er|her er|it'?s|this is)\s+(?!" + it.NOT_A_NAME + r")[a-zæøå]+(?:\s+(?:nu|her|now))?\s*[.!,:]+\s*"
                         r"(?!(?:hans|hendes|[a-zæøå]+s)\s+(?:mor|far|søster|bror|kone|mand|datter|søn|kæreste)\b))?(?=\w)")
# a subject with only its verb, the end of the clause before it: "hun kan.", "at han gør", "det er han"
_ELLIPTIC_TAIL = re.compile(r"(?i)^(?:at )?(?:(?:hun|han|she|he) (?:kan|vil|gør|er|har|skal|må|kunne|ville|can|will|does|is)|"
                            r"det (?:kan|gør|er|vil) (?:hun|han))(?: (?:ikke|godt|nok|altså|not))?[.!]*$")
# the relative's own doubt said beside the person's words: "men det tror jeg ikke, han kan", "jeg er nu i tvivl"
# (the "ikke" on the person's words, read on the text with its commas: never "Vi tror ikke, det bliver et problem" or
# "I don't think he should wait any longer", the relative's support)
_OWN_VIEW_DIFFERS = re.compile(r"\b(?:(?:det|dét) (?:synes|tror|mener|ved) (?:jeg|vi)|(?:jeg|vi) (?:synes|tror|mener) (?:det|dét)) "
                               r"(?:altså |nu |bare |nok |desværre )?(?:ikke|ik)(?: helt| rigtig| rigtigt)?"
                               r"(?=\s*(?:[,.!?;:]|$)| men\b| (?:han|hun|de) (?:kan|vil|skal|klarer|magter|er klar)\b)|"
                               r"\b(?:jeg|vi) (?:tror|troede) (?:altså |nu |bare |nok )?(?:ikke|ik) (?:helt |rigtig |rigtigt )?på (?:det|dét)\b|"
                               # "vi er bekymrede for, at han er meget alene": a worry of its own, no doubt about the wish
                               r"\b(?:jeg|vi) er (?:nu |lidt |noget )?(?:ikke sikre?|i tvivl|bekymrede?|nervøse?|uenige?)\b"
                               r"(?!,? (?:for|over),? (?!(?:det|dét)\b))|"
                               r"\b(?:i|we) (?:(?:don['’]?t|do not) think so|(?:am|are) not sure|doubt (?:it|that)|disagree)\b|"
                               r"\b(?:i['’]?m|we['’]?re) not (?:so |really )?sure\b")
_PERSON_VIEW = re.compile(r"\b(?:hun|han|she|he) (?:siger|synes|mener|vil|drømmer|håber|ønsker|says|thinks|wants|hopes|dreams|would like)\b")
# the relative's own view that differs from the person's: "men det synes jeg altså ikke", "Det tror jeg ikke er realistisk"
_VIEW_DIFFERS = re.compile(r"\b(?:ikke|ik|not|tvivl|doubt|urealistisk|unrealistic|uenig|disagree|nervøs|bekymret|worried)\b")


def _reflect(c: _Ctx, fresh: list[dict[str, Any]], text: str) -> None:
    # a relative's "Jeg er selv helt udkørt": their own strain, met with empathy after the person's point, never "Det kan
    # du bruge til meget"
    strain = any(i.get("writer_own") and _STRAIN.search(it.norm(i["quote"])) for i in fresh)
    if strain:
        fresh = [i for i in fresh if not i.get("writer_own")]
        if fresh and any(i.get("category") for i in fresh):
            _reflect(c, fresh, text)
        c.add(c.t("reflect_writer_strain"), "complex_reflection")
        return
    kin = next((i["kin_view"] for i in fresh if i.get("kin_view")), None)
    if kin == "speaks":
        # "Mor her: …" in a chat written together: the relative's view heard, no side taken, and not said back as the
        # person's own
        c.add(c.t("reflect_kin_speaks"), "complex_reflection")
        return
    _reflect_points(c, fresh, text)
    if kin and any(i.get("category") and not i.get("kin_view") for i in fresh):
        # "Jeg vil gerne bo alene. Mor siger, at jeg ikke er klar": the person's point, and the mother's other view beside
        # it, heard; no side taken
        who = f"your {kin}" if c.lang == "en" else f"{'dine' if kin == 'forældre' else 'din'} {kin.removesuffix('en')}"
        c.add(_kin_differs_said(c, who, kin), "complex_reflection")
    # (never twice: a double-sided reflection or "You are not sure, but he says …" has said the doubt already)
    if _relative_differs(c, fresh, text) and not any(_DOUBT_SAID.search(m.text) for m in c.msgs):
        # "Hun siger, at hun kan klare sig selv, men det synes jeg ikke": the person's view and the relative's both
        # heard, no side taken ("Du ser det lidt anderledes. …")
        c.add(c.t("reflect_relative_differs"), "complex_reflection")


def _kin_differs_said(c: _Ctx, who: str, kin: str) -> str:
    said = c.t("reflect_kin_differs", who=who[:1].upper() + who[1:])
    return said.replace(" sees ", " see ", 1) if kin == "parents" else said  # "Your parents see it …"


_DOUBT_SAID = re.compile(r"^(?:På den ene side|On the one hand)\b|\b(?:ikke (?:helt )?sikker|not (?:quite |so |really )?sure|"
                         r"tror du ikke|you don'?t think|i tvivl|you doubt)\b", re.IGNORECASE)


def _relative_differs(c: _Ctx, fresh: list[dict[str, Any]], text: str) -> bool:
    """A relative tells the person's wish or view and, beside it, their own doubt about it."""
    if c.s["written_by"] != "relative" or c.s["step"] not in CONTENT_STEPS:
        return False
    n = text.lower()  # the commas kept: "det tror jeg ikke," ends a clause
    person = _PERSON_VIEW.search(n)
    doubt = _OWN_VIEW_DIFFERS.search(n, person.end()) if person else None
    # the doubt comes after the person's own words, as their other side: "…, men det tror jeg ikke", "… I'm not sure"
    return bool(doubt) and bool(re.search(r"(?:\b(?:men|but)\s+|[.!?]\s*)(?:\w+\s+){0,3}$", text[:doubt.start()])) and any(
        not i.get("relative_view") and i.get("category") in ("hope", "employment", "resource", "parking") for i in fresh)


def _reflect_points(c: _Ctx, fresh: list[dict[str, Any]], text: str) -> None:
    if not fresh:
        return
    fresh = [i for i in fresh if i.get("you")] or fresh  # a point with nothing to echo is not the one reflected
    wishes = [i for i in fresh if i["category"] in ("hope", "employment") and (i["talk_type"] == "change" or (
        # "måske noget med dyr, men …" tagged neutral: framed as a wish, so a doubt after it is its other side
        i["talk_type"] == "neutral" and re.match(r"^(?:Du|Han|Hun|Hun eller han) (?:vil (?:måske )?gerne|drømmer|ønsker|håber)\b|"
                                                 r"^(?:You|He|She) (?:(?:would|'d) like|wants?|dreams?|wish(?:es)?|hopes?)\b",
                                                 i.get("you") or "")))]
    # the wish itself before a step or a reason said with it ("Måske noget med cykler. Jeg har gjort det før")
    wanting = [i for i in wishes if i.get("subtype") in ("desire", "need", "commitment", "activation")]
    wanting.sort(key=lambda i: not _WISH_WORDS.search(it.norm(i.get("quote", ""))))  # a wish in so many words first
    on_topic = [i for i in fresh if i["category"] == CONTENT_STEPS.get(c.s["step"])]
    on_topic.sort(key=lambda i: not moves.GOOD_AT.search(i.get("quote", "")))  # a strength in so many words first
    own = [i for i in on_topic if not _POINTS_BACK.match(i.get("you") or "")]
    strengths = [i for i in fresh if i["category"] == "resource" and c.s["step"] not in ("resources1", "resources2")
                 and _STRENGTH.search(it.norm(i.get("quote", "")))]
    item = (wanting or strengths or own or wishes or on_topic or fresh)[0]
    if c.lang == "da" and c.s["step"] in ("resources1", "resources2") and _past_strength(c, fresh, text):
        return
    amb = None
    parts = moves.reflect.split_ambivalence(text)
    if parts and len(fresh) >= 2:
        types = [i["talk_type"] for i in fresh]
        if "change" in types and "sustain" in types:
            first, second = parts
            second = moves.reflect.complete_subject(second, first)
            amb = (first, second) if types[-1] == "change" else (second, first)
        elif (c.lang == "da" and "change" not in types and _TOO_MUCH_HABIT.search(it.norm(parts[0]))
              and _HABIT_BENEFIT.match(it.norm(parts[1])) and not moves.WORRY_WORDS.search(it.norm(parts[1]))):
            # "jeg drikker for meget, men det hjælper mig at slappe af": the habit and what it gives, both sides, ending on
            # the "for meget"; what the habit gives is no hope of its own on the sheet
            amb = (parts[1], parts[0])
            for i in fresh:
                if i["category"] in ("hope", "employment") and _HABIT_BENEFIT.match(it.norm(i.get("quote", ""))):
                    i["category"] = None
            item = next((i for i in fresh if _TOO_MUCH_HABIT.search(it.norm(i.get("quote", "")))), item)
    if item["category"] == "goal_progress":
        item = {**item, **_goal_tone(fresh, text)}
    elif not wishes and item["talk_type"] == "neutral" and any(i["talk_type"] == "sustain" for i in fresh):
        item = {**item, "talk_type": "sustain", "subtype": None}  # "Nej, ikke lige nu. Jeg er sygemeldt": the reason for the no
    # the no or the doubt said before the wish ("Jeg ved ikke om jeg kan klare at bo alene, men jeg vil gerne prøve")
    before = [i for i in fresh[:fresh.index(item)] if (i["talk_type"] == "sustain" or _DOUBT.search(it.norm(i.get("quote", ""))))
              and i.get("you")] if item in wishes else []
    if item not in wanting and item.get("category") != "employment":
        # "… men så var du ikke så afhængig": a consequence is not the other side of a wish; a doubt in so many words is
        before = [i for i in before if i["talk_type"] != "sustain" and _DOUBT.search(it.norm(i.get("quote", "")))]
    # "jeg vil gerne arbejde med heste, men min ryg er dårlig" split by the tagger: the whole message is a wish and a doubt
    whole = moves.reflect.wish_and_doubt(re.sub(r"\s*(?:\.{2,}|…)\s*", " ", text)) if item in wishes else None
    if item in wishes and not before:  # "…, men jeg ved ikke, om ryggen kan holde": the doubt after the wish
        # a doubt in so many words, or sustain talk with a no in it ("Det er fint." is no other side)
        before = [i for i in fresh[fresh.index(item) + 1:] if i.get("you") and (
            _DOUBT.search(it.norm(i["quote"])) or (item in wanting and i["talk_type"] == "sustain" and _NEGATED.search(it.norm(i["quote"])))
            or (whole and _bare_clause(i["quote"]) == _bare_clause(whole[1]))
            # "…, men skolen var rigtig hård for mig": the hardship told with the wish
            or (i["talk_type"] == "sustain" and i["category"] is None and i.get("hardship")))]
        for i in before:
            if (c.lang == "da" and i["category"] in ("hope", "employment") and i["talk_type"] != "change"
                    and i["category"] == item["category"] and not item.get("attached_you") and _DOUBT.search(it.norm(i["quote"]))):
                # "…, men han ved ikke om han kan klare det": the doubt joins its wish on the sheet, never a wish of its own
                item["text"] = f"{item['text'].rstrip()} {i['text']}"
                item["attached_you"] = i["you"]
                i["category"] = None
    speaker = "relative" if c.s["written_by"] == "relative" else "citizen"
    now = [i for i in fresh[:fresh.index(item)] if i.get("you") and i["category"] in ("hope", "employment")
           and i["talk_type"] in ("neutral", "change") and not _WISH_WORDS.search(it.norm(i.get("quote", "")))
           and _NOW_STATE.match(i["you"]) and len(i["you"].split()) <= 10
           and len(_SENTENCE_END.findall(i["you"].strip())) == 1] if (
        item in wishes and not before and item.get("you") and not _SENTENCE_END.search(text.strip().rstrip(" .!?"))) else []
    # (one sentence only: "Jeg er i praktik nu. Jeg vil gerne blive der" says the wish first, as its own sentence)
    if now and re.match(r"^(?:Du|Han|Hun|You|He|She)\b", item["you"]):
        # "jeg går på STU, jeg vil gerne være gartner": where the citizen is now and the wish, both said back
        joiner = ", and " if c.lang == "en" else ", og "
        item = {**item, "you": f"{now[-1]['you'].strip().rstrip(' .!')}{joiner}{_lower_first(item['you'].strip())}"}
    if (before and item.get("you") and c.lang in ("da", "en")
            and (amb is None or c.lang != "da" or moves.reflect.double_sided(*amb, speaker) is None)):
        # "Han vil ikke i skole igen. Men måske et fleksjob": both sides, ending on the wish
        no, yes = before[-1]["you"].rstrip(" .!"), item["you"].rstrip(" .!")
        # "Det ved du ikke om du kan": "Du ved ikke, om du kan det" (the object said where it belongs)
        no = re.sub(r"^Det ved (du|han|hun) ikke,? om (du|han|hun) (kan|kunne|klarer|magter)$",
                    lambda m: f"{m.group(1).capitalize()} ved ikke, om {m.group(2)} {m.group(3)} det", no)
        if len(no.split()) > 10:  # a long story of what was hard: its first part, so the wish is not lost at the end
            no = re.split(r",\s+| og (?=du |det |jeg |han |hun )| fordi ", no, maxsplit=1)[0]
        if _NEVER.search(it.norm(before[-1]["quote"])):
            no = "Du tror ikke, det sker"  # "men det sker aldrig": the doubt, said back as the citizen's doubt
            for i in before:
                if i["category"] in ("hope", "employment") and i["talk_type"] != "change":
                    i["category"] = None  # the doubt is no wish of its own on the sheet
        cond = re.match(r"^(?:Måske )?(?:hvis|Hvis) (.+)$", yes)
        if c.lang == "en":  # "You are not sure your back can take it, but you want to work again."
            c.add(f"{no}, but {yes[:1].lower() + yes[1:] if not yes.startswith('I ') else yes}.", "complex_reflection")
            return
        if cond and speaker == "citizen":  # "måske hvis jeg fik lov at bo for mig selv": a wish said as a condition
            c.add(f"{no}, men det ville betyde meget for dig, hvis {cond.group(1)}.", "complex_reflection")
            return
        c.add(f"{no}, men {yes[:1].lower() + yes[1:] if not yes.startswith('I ') else yes}.", "complex_reflection")
        return
    worries = [i for i in fresh if i["category"] == "parking" and i.get("you") and not i.get("safety")]
    both = moves.worries_together(worries, c.lang, speaker, c.s.get("third")) if (item in worries and len(worries) >= 2 and not wishes) else None
    if both:  # "Økonomien fylder, og så min søns skilsmisse": both points, briefly
        c.add(both, "complex_reflection")
        return
    if item.get("attached_you") and item["category"] in ("hope", "employment") and moves.WORRY_WORDS.search(item["attached_you"]):
        both = moves.with_second_thought(item["you"], item["attached_you"], c.lang)
        if both:  # "Jeg vil gerne flytte. Jeg er bange for det.": the wish and the fear, in one reflection
            c.add(both, "complex_reflection")
            return
    steps = [i for i in fresh[:fresh.index(item)] if i["talk_type"] == "change" and i.get("subtype") == "taking_steps"
             and i.get("you") and i["category"] == item["category"]] if item in wanting else []
    plan = item
    if not steps and item.get("subtype") == "taking_steps" and item["talk_type"] == "change" and item.get("you"):
        later = [i for i in fresh[fresh.index(item) + 1:] if i["talk_type"] == "change" and i.get("you")
                 and i["category"] in ("hope", "employment") and i.get("subtype") != "taking_steps"]
        steps, plan = ([item], later[0]) if later else ([], item)
    if steps and amb is None and plan.get("you"):
        # "Jeg har fået et fleksjob på biblioteket, jeg starter i næste uge": the step and what comes next, never the
        # plan alone with the step left out
        c.add(moves._with_meaning(moves._join_lines(steps[-1]["you"], plan["you"]), "affirm_steps", c.lang, c.rng, speaker,
                                  c.s.get("third")), "affirmation")
        return
    line, technique = moves.reflection(item, c.lang, c.rng, amb, third=c.s.get("third"))
    c.add(line, technique)


def _bare_clause(said: str) -> str:
    """A clause without its leading "men" or "but" and its marks, for comparing clauses."""
    return re.sub(r"^(?:men|but)\b\s*", "", it.norm(said).strip(" .,!?…")).strip(" .,!?…")


# "jeg drikker for meget", "jeg spiller alt for tit": a habit said to be too much (the change side of "…, men det hjælper")
_TOO_MUCH_HABIT = re.compile(r"^(?:jeg|æ|han|hun) (?!(?:vil|ville|kan|kunne|skal|må|håber|ønsker|drømmer|er|var|har|føler|synes|tror|ved)\b)"
                             r"\w+(?: \w+){0,3} (?:alt )?for (?:meget|tit|ofte|mange|længe)\b")
# "men det hjælper mig at slappe af", "men det beroliger mig": what the habit gives (the other side)
_HABIT_BENEFIT = re.compile(r"^(?:men |og )?(?:det|dét) (?:hjælper|beroliger|afslapper|dulmer|letter|giver (?:mig|ham|hende)|"
                            r"gør (?:mig|ham|hende) (?:glad|rolig|afslappet|godt)|får (?:mig|ham|hende) til|er (?:rart|dejligt|hyggeligt|"
                            r"det eneste))\b")


# "Du går på STU", "You go to school": where the citizen is now, said before a wish
_NOW_STATE = re.compile(r"^(?:Du|Han|Hun|You|He|She) (?:går|er|bor|arbejder|læser|tager|go|goes|am|are|is|work|works|attend|attends|study|studies)\b"
                        r"(?! (?:god|good|glad|happy|bange|afraid|ked)\b)")


# "Jeg var god til tal før", "Jeg var revisor": a strength or a trade in the past
# "jeg plejede at drikke meget", "... at ryge", "... at spille på automater": a habit given up, never a strength lost
_HABIT_GIVEN_UP = (r"drikke|drik|ryge|ryg|tage (?:stoffer|piller|hash|kokain|speed)|bruge stoffer|fixe|feste|gamble|"
                   r"spille (?:på (?:automater|heste|nettet)|poker|om penge|for penge|for meget)|spise (?:alt for |for )?(?:meget|slik)|"
                   r"stjæle|lyve|slås|slå|råbe|skælde|skære|være (?:sur|vred|fuld|deprimeret|ked|bange|ensom|syg|alene|doven)|"
                   r"ligge i sengen|sove (?:hele|til)|pjække|komme for sent")
_PAST_STRENGTH = re.compile(r"^(?:og |men )?(?:(?:jeg|æ) )?(?:var|har været|havde været) (?:engang |før |tidligere )?(?:rigtig |meget |virkelig |så )?"
                            r"(?:god|dygtig|go|skrap|hurtig|stærk) (?:til|med|i)\b|"
                            # "Før ulykken var jeg god til …": the time first, the verb before the subject
                            r"^(?:og |men )?(?:før|tidligere|engang)(?: [a-zæøå]+){0,2} (?:var|havde) (?:jeg|æ) (?:været )?"
                            r"(?:rigtig |meget |virkelig |så )?(?:god|dygtig|go|skrap|hurtig|stærk) (?:til|med|i)\b|"
                            r"^(?:og |men )?(?:jeg|æ) (?:var|har været) (?:engang |før |tidligere )?(?:uddannet )?[a-zæøå]+(?:er|ør|or|ist|ent|ske|kok|mand)"
                            r"(?: (?:før|tidligere|engang|i \d+ år))?[.!]*$|"
                            # "Jeg plejede at strikke", "jeg plejede at være god til at danse": a habit or a strength in the past
                            r"^(?:og |men )?(?:jeg|æ) plejede (?:altid )?at (?!" + r"(?:" + _HABIT_GIVEN_UP + r")\b)\w+")
# "Det kan jeg ikke mere": the strength is lost
_LOST = re.compile(r"\b(?:kan|gør|er) (?:jeg|æ|det) (?:ikke|ik) (?:mere|længere)\b|\b(?:jeg|æ) kan (?:ikke|ik) (?:mere|længere)\b|"
                   r"\b(?:ikke|ik) (?:mere|længere)[.!]*$|\bdet er slut\b|\bdet er forbi\b|^(?:men |og )?nu (?:ikke|ik)[.!]*$")


# "jeg har været god til at strikke i mange år": a strength that goes on, not one in the past
_GOES_ON = re.compile(r"\bhar (?:\w+ )?været (?:\w+ )?(?:god|dygtig|go)\b.*\b(?:i mange (?:år|ar)|i \d+ (?:år|ar)|i årevis|hele (?:mit |sit )?livet|altid|stadig)\b")


def _past(n: str) -> bool:
    return bool(_PAST_STRENGTH.match(n)) and not _GOES_ON.search(n)


# "…, men nu ikke så meget", "… men ikke så tit mere": the past strength is mostly gone
# "…, men ikke mere": the strength is gone; "men nu ikke så meget" (less than before) is no loss and is said back as told
_LOST_TAIL = re.compile(r"\b(?:men |og )?(?:nu )?(?:ikke|ik) (?:mere|længere)[.!]*$")


def _past_strength(c: _Ctx, fresh: list[dict[str, Any]], raw: str = "") -> bool:
    """ "Jeg var god til tal før", "Jeg var revisor. Det kan jeg ikke mere. Men jeg kan stadig …": the past said as the
    past, a loss heard as a loss (no praise after it), and what is still there said last."""
    past = next((i for i in fresh if i.get("you") and _past(it.norm(re.split(r"(?<=[.!?])\s+", i["quote"].strip())[0]))), None)
    if past is None:
        return False
    first = re.split(r"(?<=[.!?])\s+", past["you"].strip())[0].rstrip(" .!")
    tail = _LOST_TAIL.search(first)
    first = first[:tail.start()].rstrip(" ,") if tail and tail.start() else first
    lost = past.get("attached_you") if past.get("attached_you") and _LOST.search(it.norm(past["quote"])) else None
    lost = lost or next((i["quote"] for i in fresh[fresh.index(past) + 1:] if _LOST.search(it.norm(i["quote"]))), None)
    # the loss said last in the same answer ("…, men ikke mere"), with nothing else said after the past strength
    lost = lost or tail or (past is fresh[-1] and raw and _LOST_TAIL.search(it.norm(raw)))
    for i in fresh[fresh.index(past) + 1:]:
        if _LOST.search(it.norm(i["quote"])) and len(it.norm(i["quote"]).split()) <= 4 and i.get("category") == "resource":
            i.update(category=None)  # "nu ikke", "ikke længere": the loss is said with the past strength, no strength of its own
    after = [i for i in fresh[fresh.index(past) + 1:] if i.get("you") and not i.get("attached") and i["category"]
             and not _LOST.search(it.norm(i["quote"]))]
    after.sort(key=lambda i: i["category"] != "resource")  # what is still there: a strength before a worry said with it
    speaker = "relative" if c.s["written_by"] == "relative" else "citizen"
    if lost:
        # "Du var revisor": a job or a state, which the citizen no longer is; "Du var god til at løbe": what they can no longer do
        state_past = re.match(r"^(?:Du|You) (?:var|har været|was|were|have been)\b(?! (?:god|good|dygtig) )", first)
        line = c.t("past_strength_lost_state" if state_past else "past_strength_lost", past=first)
    else:
        line = f"{first}. {moves._about(c.t('past_strength'), first, speaker)}"
    if after:
        still = after[0]["you"].strip()
        still = re.sub(r"^(?:Men|Og) ", "", still)
        line += f" {c.t('past_strength_still', still=still[:1].lower() + still[1:] if not still.startswith('I ') else still)}"
    c.add(line, "complex_reflection")
    return True


_WORK_WORDS = re.compile(r"\b(?:job\w*|arbejd\w*|praktik\w*|uddannelse\w*|aktivering\w*|frivillig\w*|skole\w*|værksted\w*|fleksjob|flexjob|studere|"
                         r"lære at være|elev|lærling|work\w*|school|education|apprentice\w*)\b")
# "blive kok", "at blive buschauffør", "become a chef": a trade named as a wish is a wish about work
_BECOME_TRADE = re.compile(rf"\b(?:blive|være|become|be) (?:en |et |a |an )?(?:uddannet |udlært )?{moves._TRADE_WORD}\b")
# Saying no to the way things are now: "vil ikke bo på bostedet mere", "gider ikke blive ved med at sidde derhjemme"
_NO_MORE_WORK = re.compile(r"\b(?:vil|gider|orker|ønsker|kan) (?:ikke|ik) (?:at )?(?:arbejde|arbejd|have et (?:arbejde|job))"
                           r"(?: (?:overhovedet|i det hele taget))? (?:mere|længere)\b")
_WANTS_OUT = re.compile(r"\b(?:vil|gider|orker|ønsker) (?:ikke|ik) (?:\w+ ){1,6}?(?:mere|længere)$|"
                        r"\b(?:vil|gider|orker|ønsker) (?:ikke|ik) (?:\w+ ){1,6}?(?:mere|længere) (?:\w+ ){0,3}?(?:\w+)$|"
                        r"\b(?:vil|gider|orker|ønsker) (?:ikke|ik) (?:blive ved med|fortsætte med|sidde fast)\b|"
                        r"\bvil (?:gerne |helst )?(?:ud af|væk fra|flytte fra|slippe for)\b")
_KEEP = re.compile(r"^(?:\w+ siger,? (?:at )?(?=(?:han|hun) ))?"
                   # "at han kan blive boende hjemme", "at kunne blive i min lejlighed": keeping what one has, said as the wish
                   r"(?:at (?:(?:jeg|han|hun|vi) (?:kan|må|får lov (?:til )?at) |kunne )?)?(?:(?:jeg|han|hun) vil (?:bare |gerne |helst |bare gerne )?|æ vil (?:gern )?|gerne |helst |bare )?"
                   r"(?:blive boende|blive på|blive i|blive ved|fortsætte|beholde|bo videre|"
                   r"stay at|stay in|keep)\b|^(?:i|he|she) (?:just |would like to |want to |wants to )?(?:stay|keep living) in\b", re.IGNORECASE)
# a wish said as a bare infinitive, short: "blive tatovør", "få en kæreste", "flytte hjemmefra"
_BARE_WISH = re.compile(r"^(?:at )?(?:blive|få|have|flytte|bo|arbejde|lære|tage|rejse|komme|finde|starte|begynde|køre|være|"
                        r"uddanne)\b(?:\s+[^\s]+){1,6}$")
_POINTS_BACK = re.compile(r"^(?:Det|Der|Du har gjort det|Du har prøvet det)\b(?! (?:glæder|giver|gør) (?:dig|mig)\b| fylder meget for dig, at\b)")  # means something only after another point
# Said under the strengths questions, but the opposite of a strength or a joy
_NOT_A_STRENGTH = re.compile(r"\b(?:er|var|bliver) (?:ikke|ik|aldrig) (?:så |særlig |specielt |rigtig |super |vildt |helt )?(?:god|dygtig|go) "
                             r"(?:til|med)\b|\bkan (?:ikke|ik|slet ikke) lide\b|\b(?:jeg|æ|hun|han) hader\b|"
                             r"\b(?:er|bliver) (?:ikke|ik) glad for\b|\bkeder (?:mig|sig)\b|\b(?:i'?m|am|is) not good at\b|"
                             r"\b(?:bliver|blir|er|var|blev) (?:\w+ )?træt af\b|\bhar svært ved\b|\b(?:orker|gider|magter) (?:ikke|ik)\b|"
                             r"\b(?:get|gets|getting|am|i'?m|is) (?:\w+ )?tired of\b|"
                             r"^(?:men |og )?(?:jeg|æ|han|hun) (?:glemmer|glemte)\b|\b(?:jeg|æ|han|hun) kan (?:ikke|ik) huske\b")


def _good_at(after: str) -> str:
    """ "er (rigtig) god til …", with no negation in between; `after` the words that may follow "god"."""
    return (r"\b(?:er|is|am)\s+(?:(?!ikke\b|ik\b|aldrig\b|not\b)\w+\s+){0,2}?(?:(?:pisse|super|mega|skide|hamrende|vildt)?god|dygtig|good)"
            r"\s+(?:" + after + r")\b")


# a strength in so many words: "god til", "dygtig til", "kan godt" (not "kan godt tænke mig", a wish)
_STRENGTH = re.compile(_good_at("til|at|med|with") + r"|^(?:jeg|æ|han|hun) kan (?:godt|sagtens|rigtig godt) "
                       r"(?!tænke|forstå|se|mærke|huske|følge|lide)\w+")
_NEGATED = re.compile(r"\b(?:ikke|ik|aldrig|not|never|cannot|can'?t|don'?t)\b")
# what one can do, said plainly: "jeg kan stadig godt lave mad", "hun kan sagtens cykle"
_ABILITY = re.compile(r"\b(?:jeg|æ|han|hun|i|he|she) (?:kan|can) (?:stadig |også |still |also )?(?:godt |fint |sagtens |rigtig godt |still )+"
                      r"(?!tænke|forstå|se|mærke|huske|følge|lide)[a-zæøå]+")
# where the main clause ends: a condition or a reason after it ("…, hvis der ikke er larm") says no no to the main point
_SUBCLAUSE = re.compile(r"\b(?:hvis|når|bare|så længe|selvom|fordi|if|when|as long as|because)\b")
# "og at min hverdag ikke er så hård", "and that it is not so hard": the wish before, going on with its "at"
_WISH_GOES_ON = re.compile(r"^(?:og |and |samt )?(?:at|that) ")
# a complaint: something wrong, unfair or broken ("det er noget lort", "personalet lader mig aldrig …", "den er gået i stykker")
_COMPLAINT = re.compile(r"\b(?:\w*lort\w*|problem\w*|træls\w*|irriterende|irriterer|hader|hadede|gør ondt|ondt i|smerter\w*|"
                        r"i stykker|trist\w*|kedeligt|keder|gråt|elendig\w*|besværlig\w*|bøvl\w*|pisse(?!god|fed|sjov|dejlig|hyggelig|nice|cool)\w*|noget pjat|uretfærdig\w*|"
                        r"(?:lader|lod) (?:mig|ham|hende) (?:ikke|aldrig)|(?:må|får) (?:jeg|han|hun)? ?(?:ikke|aldrig)(?: lov)?|"
                        r"gider (?:\w+ )?(?:ikke|aldrig)|bestemmer (?:altid|over)|"
                        r"sucks|hate[sd]?|broken|unfair|annoying|(?:is|it'?s) a problem)\b")
# "at løse problemer", "trøste folk der er triste": helping with a trouble is a strength, never a complaint
_HELPS_WITH = re.compile(r"^(?:og |også |jeg er god til |jeg kan )?(?:at )?(?:løse|løser|hjælpe|hjælper|trøste|trøster|støtte|støtter|"
                         r"lytte|lytter|passe på|tage mig af|tage sig af|klare|fikse|fikser|reparere|ordne|finde løsninger)\b")
_JOY_WORD = re.compile(r"\b(?:glad|glæde\w*|elsker|nyder|hygge\w*|kan lide|sjov\w*|dejlig\w*|love[sd]?|enjoy\w*|fun)\b")
# "jeg er god til at lave mad, men personalet lader mig aldrig …": the strength, and after "men" a complaint of its own
_BUT_COMPLAINT = re.compile(r",?\s+men\s+(?=(?:jeg|æ|han|hun|de|det|den|der|min|mit|mine|hans|hendes|personalet|\w+(?:en|et|ne))\s+\w+)",
                            re.IGNORECASE)
# a hardship told with a wish ("men skolen var rigtig hård for mig")
_MISSES = re.compile(r"\b(?:savner|savnede|keder (?:sig|mig)|er ensom|føler sig ensom)\b")
_FEAR = re.compile(r"\b(?:bange|nervøs|angst|bekymret|bekymrer|utryg|frygt\w*|skræmt)\b")


def _last_wish(s: dict[str, Any]) -> dict[str, Any] | None:
    """The wish said in the turn before ("Hvad ville være anderledes?" follows it)."""
    return next((i for i in reversed(s["items"]) if i.get("category") == "hope" and i.get("talk_type") == "change"
                 and not i.get("withdrawn") and i.get("turn") == s["turn"] - 1), None)


# "hun er træt", "min kone er slidt": someone worn out, told as why the wish matters
_WORN = re.compile(r"\b(?:er|bliver|blir) (?:\w+ )?(?:træt|trætte|slidt|slidte|udmattet|udmattede|udkørt|presset|stresset)\b")
_HARDSHIP = re.compile(r"\b(?:hård|hårdt|svær|svært|for meget|for svært|for hårdt|dårlig|dårligt|hard|too much|difficult)\b")


def _main_clause(n: str) -> str:
    return _SUBCLAUSE.split(n, 1)[0]

# a strength said without a negation before it ("… men jeg er god til at lave mad")
_PLAIN_STRENGTH = re.compile(_good_at("til|at|med") + r"|\bkan (?:godt |rigtig godt |også )?lide\b|\belsker\b")
_NONE_FOR_ME = re.compile(r"\b(?:(?:er|jeg er) ikke (?:god|dygtig) til (?:noget|nogenting|en skid)|kan ikke (?:noget|en skid)|"
                          r"(?:har|ved|kan) (?:ikke|ik) (?:noget|nogen ting|nogenting),? (?:som |der )?(?:jeg|æ) er (?:god|dygtig|go) til|"
                          r"(?:der er )?(?:ikke noget|intet|ingenting),? (?:som |der )?(?:jeg|æ) er (?:god|dygtig|go) til|"
                          r"(?:ingenting|intet) (?:giver mig glæde|gør mig glad)|(?:der er )?ikke noget,? der (?:giver (?:mig )?glæde|gør mig glad|glæder mig)|"
                          # "jeg er dårlig til alt", "jeg duer ikke til noget": no strength seen; heard kindly, never said back
                          r"(?:er|jeg er|æ er) (?:(?:bare|jo|helt) )?(?:dårlig|elendig|skidt|håbløs|ringe|dum) til (?:alt|alting|det hele|alle ting)|"
                          r"(?:duer|dur) (?:ikke|ik) til (?:noget|nogenting|en skid)|(?:jeg|æ) kan ingenting|"
                          r"i'?m not good at anything|i'?m (?:bad|terrible|useless) at everything|nothing makes me happy|"
                          # "der er ikke så meget der gør mig glad længere", "Ingenting rigtig for tiden, det hele er gråt"
                          r"(?:er|findes) (?:ikke|ik) (?:så |rigtig |særlig )?(?:meget|noget|mange ting),? (?:som |der )?"
                          r"(?:giver (?:mig )?(?:glæde|energi)|gør mig glad|glæder mig)|^(?:nej )?(?:ingenting|intet|nada)(?: (?:rigtig|rigtigt|særligt|"
                          r"specielt))?(?: (?:for tiden|lige nu|i øjeblikket|nu om dage|mere|længere))?(?: (?:det hele|alt) er (?:gråt|"
                          r"tungt|trist|sort|kedeligt))?$|not much makes me happy)\b")
# "jeg ved ikke, om jeg er god til noget mere", "jeg er ikke sikker på, om jeg kan noget efter ulykken": a doubt about
# oneself, heard with care ("Du er i tvivl om, hvad du stadig kan efter ulykken."), never echoed word for word
_DOUBT_SELF = re.compile(r"^(?:(?:hmm|øh|tja|altså|ja|nej)\s+)*(?:jeg|æ|a) (?:ved (?:ikke|ik|it)|er (?:ikke|ik) (?:sikker|helt sikker) på|"
                         r"tvivler på),? (?:om|at) (?:jeg|æ|a) (?:er (?:god|dygtig|go) til|kan) (?:noget|nogenting|ret meget|så meget)"
                         r"(?P<still> (?:mere|længere|nu|stadig))?(?: (?P<after>(?:efter|siden|med|pga|på grund af) [^,.!?]{2,40}))?"
                         r"[\s.!?]*$|^i(?: don'?t know|'m not sure| am not sure) (?:if|whether) i(?:'m| am) good at anything(?P<en_still> anymore)?"
                         r"(?: (?P<en_after>(?:after|since|with) [^,.!?]{2,40}))?[\s.!?]*$", re.IGNORECASE)


def _doubt_self_line(m: re.Match[str], lang: str, speaker: str) -> str:
    """ "Du er i tvivl om, hvad du stadig kan efter din blodprop." for a doubt about what one is good at."""
    if lang == "en":
        after = m.group("en_after") or ""
        can = "can still" if m.group("en_still") or after else "can"
        return f"You are unsure what you {can} do{' ' + moves.en_you(after) if after else ''}."
    after = m.group("after") or ""
    still = " stadig" if m.group("still") or after else ""
    after = f" {moves.reflect.shift_pronouns(after, speaker)}" if after else ""
    return f"Du er i tvivl om, hvad du{still} kan{after}."
_NEVER_WORDS = r"det (?:sker|bliver|kommer) (?:nok |jo )?(?:aldrig|ikke til at ske)|det sker (?:nok |jo )?ikke"
_NEVER = re.compile(rf"\b(?:{_NEVER_WORDS})\b")
_DOUBT = re.compile(rf"\b(?:{_NEVER_WORDS}|"
                    r"det tror jeg ikke på|ved ikke,? om|ved (?:jeg|æ|han|hun) (?:ikke|ik),? om|er ikke sikker på|tvivler på|er bange for at jeg ikke|tør ikke|"
                    r"kan ikke overskue|don'?t know if|not sure if|ved (?:ikke|ik) hvordan|"
                    # "men det er nok urealistisk": the wish doubted in so many words
                    r"(?:er|is|it'?s) (?:nok |vist |vel |jo |probably |just )?(?:urealistisk|unrealistic|ikke realistisk|not realistic)|"
                    # "but I'm not sure my back can take it", "men jeg er bange for at dumpe": the fear about the wish
                    r"(?:i'?m|i am) not sure|(?:jeg|æ) er (?:lidt |meget )?(?:bange|nervøs|usikker) for|"
                    r"(?:i'?m|i am) (?:a bit |very )?(?:scared|afraid|worried|nervous))\b")
_GOAL_HARD = re.compile(r"\b(?:lykkes (?:ikke|aldrig|sjældent)|(?:ikke|aldrig|sjældent) lykkes|dødtræt|træt af|ikke så godt|ikke godt|ikke så tit|ikke så meget|ikke rigtig|går ikke|svært|svaert|dårligt|"
                        r"nervøs|bange|utryg|nervous|scared|anxious|worried|forvirret|frustreret|for træt|confused|frustrated|too tired|"
                        r"skidt|ondt|træls|glemmer|står stille|not (?:so |very )?(?:well|good|great)|not going|hard|difficult|badly|(?<!\bi )(?<!\btil )bad|rarely)\b")
_GOAL_GOOD = re.compile(r"^(?:godt|fint|super|rigtig godt|ok|okay|bedre)$|"
                        # "Godt. Jeg børster tænder selv": how it goes, said before the goal
                        r"^(?:det går )?(?:godt|fint|super|rigtig godt)\s+(?=(?:jeg|æ|vi|hun|han)\s)|\b(?:går godt|går fint|går fremad|går bedre|går ok|"
                        r"går (?:rigtig |helt )?(?:super|fantastisk|perfekt|rigtig godt)|(?:going|goes) (?:great|really well|super)|"
                        r"går okay|lykkes(?! (?:ikke|aldrig|sjældent))|har lært|kan nu|det hjælper|hjælper godt|blevet bedre|blevet mere|mere sikker|"
                        r"kan mærke (?:at|en forskel|fremgang)|"
                        r"fungerer (?:fint|godt|rigtig godt)|kører (?:fint|godt)|works (?:well|fine)|"
                        r"goes (?:well|ok|okay|fine)|going (?:well|ok|okay|fine)|better|getting there)\b")


def _someone_elses_work(s: dict[str, Any], n_said: str) -> bool:
    """Whether a retirement or no-work line is about someone other than the person: the writing relative's "jeg er selv
    gået på pension", "I'm retired myself", or the citizen's "hun er pensioneret" (said of a mother, not of themselves)."""
    n_said = re.sub(r"^(?:(?:nej|no|nope|og|and|men|but)\s+)+", "", n_said)
    if s["written_by"] == "relative" and not s.get("handed_over"):
        return bool(re.match(r"(?:jeg er|jeg har|jeg gik|jeg blev|i'?m|i am|i have|i went|i was|i'?ve)\b"
                             r"(?!.*\b(?:han|hun|he|she|ham|hende|him|her|hans|hendes|his)\b)", n_said))
    if s["written_by"] == "citizen" and not s.get("third"):
        return bool(re.match(r"(?:hun|han|she|he|(?:min|mine|my) (?:mor|far|forældre|kone|mand|kæreste|søster|bror|mum|mom|"
                             r"mother|dad|father|parents|wife|husband|sister|brother))\b"
                             # "min kone er gået på pension, jeg er stadig på jobbet": the person's own work said too
                             r"(?!.*\b(?:jeg|æ|mig|me)\b|.*\bi(?:'m| am| have| work| still)\b)", n_said))
    return False


# a retirement, the part of _RETIRED that is how things are for good (not school, not too young)
_PENSION = re.compile(r"\b(?:\w*pension\w*|pensioneret|efterløn\w*|retired|retirement)\b")
_RETIRED = re.compile(r"\b(?:(?:vil|gider|orker) (?:ikke|ik|it) (?:at )?arbejde (?:mere|længere)(?!\s+(?:med|end|om|på|i|hos|som|ved|inden|efter|til|fra|for at|sammen|hver|af|en|et|de|der|weekend\w*|nat\w*|aften\w*)\b)(?!.*\b(?:vil|ville) (?:rigtig |så |også |helst )*gerne\b)|(?:jeg|æ|han|hun) kan (?:ikke|ik|it) (?:arbejde|klare (?:et job|at arbejde)) (?:med|pga|på grund af|for) "
                      r"(?:min|mit|mine|sin|sit|sine|hans|hendes)\b|(?:i|he|she) (?:can'?t|cannot) work (?:with|because of) (?:my|his|her)\b|\w*pensionist|pensioneret|førtidspension\w*|early retirement|(?:skal|behøver) (?:ikke|ik) (?:at )?arbejde (?:mere|længere)|"
                      r"(?:jeg|æ|han|hun) er (?:[6-9]\d|1\d\d) år\b(?!.*\b(?:vil|gerne|arbejd\w*|job\w*|stadig|praktik|butik\w*|work\w*)\b)|været pensioneret|gået på pension|slut (?:nu )?(?:for (?:mig|ham|hende) )?(?:nu )?med (?:at )?arbejde|"
                      r"(?:arbejdet|arbejdslivet|arbejdsmarkedet) er (?:nu )?(?:slut|forbi)|"
                      # "Nej det er vist for sent": too late in life for work; a no with its reason, never a worry
                      r"^(?:nej,? )?(?:det er|er det) (?:vist |nok |nok lidt |lidt |alt |desværre |jo )*for sent(?: nu| for mig)?$|"
                      r"(?<!\w )pension$|^(?:nej )?pension\b|"
                      r"(?:færdig|stoppet|holdt op) med at arbejde|på pension|på folkepension|folkepensionist|for gammel til (?:at arbejde|arbejde)|"
                      r"retired|on a pension|(?:far |much |way |a bit |lidt |alt )?(?:too old|for gammel)|"
                      # "no hes 15 he goes to school", "hun går i skole": school first, so no work wish now
                      r"(?:går|gaar) (?:i skole|i folkeskole|på efterskole|i gymnasiet|på gymnasiet|i \d{1,2}\.? klasse)|goes to school|is at school|"
                      # "Hun går i 9. klasse, så ikke endnu": a reason, then a no for now
                      r"(?:så|so) (?:ikke|ik|not) (?:endnu|lige nu|nu|yet|now|for now)$|"
                      r"(?:is|er) (?:still )?(?:too young|for ung))\b|"
                      # "Hun er 82, så nej", "He is in school, so no": a reason, then the no
                      r"\b(?:så|so) (?:nej|no|det er et nej|nej tak|no thanks)$")
# "går i 10. klasse og vil gerne være elektriker", "jeg går i skole, jeg vil være programmør": school now, and a job
# wished for later (never "Så er arbejde ikke det, der fylder nu")
_JOB_WISH = re.compile(r"\b(?:vil|ville|skal|håber at|drømmer om at) (?:rigtig |så |også |helst |gerne |godt |en dag |bagefter )*"
                       r"(?:være|blive|arbejde|uddanne|læse til|i lære|i praktik|have et job|have et arbejde|ud og arbejde)\b|"
                       r"\b(?:wants?|would like|hopes?) to (?:be|become|work)\b")
_WORK_THEN_NO = re.compile(_WORK_WORD_NO.format(thing="|work|a job", no="|no"), re.IGNORECASE)
_SO_NO_TAIL = re.compile(r"[\s,.;]+(?:så|so) (?:nej|no|det er et nej|nej tak|no thanks|(?:ikke|ik|not) (?:endnu|lige nu|nu|yet|now|for now))[\s.!]*$",
                         re.IGNORECASE)
# "Jeg har ingen ønsker om arbejde", "Jeg har ikke nogen mål. Det er deres mål.": no wish, not a wish to reflect
_NO_WISH = re.compile(r"\b(?:har|have) (?:ikke nogen|ingen|ikke rigtig nogen|ik nogen) (?:mål|ønsker|planer|drømme)\b|"
                      r"^(?:nej,? )?(?:det|arbejde|job|uddannelse) er (?:ikke|ik) (?:noget|lige noget) for mig$|"
                      r"\bi (?:have no|don'?t have any) (?:goals|wishes|plans)\b")
_NO_REST = re.compile(r"^(?:tak|thanks|thank you|ellers tak)?[\s,.!]*(?:(?:ikke|not) )?(?:(?:lige )?nu|right now|now|for now|i dag)?[\s,.!]*$",
                      re.IGNORECASE)
_NOTHING = re.compile(r"^(?:(?:nej|no)[\s,.!]+)?(?:ikke noget|intet|ingenting|nothing|not really|nope|der er ikke noget|"
                      r"det er der ikke)\b(?!\s+(?:\w+\s+)?(?:andet end|but|except|udover|men|bortset fra)\b)")
# what follows "ikke noget" that still says nothing is there: a comment, not a worry
_NOTHING_REST = re.compile(r"^(?:\w+ )?(?:særligt|specielt|rigtig|really|at all|overhovedet|lige nu|right now|tak|thanks)?\s*$|"
                           r"^(?:alt|livet|det|everything|life|all|jeg|i|i'?m)\b(?!.*\b(?:men|but|bekymr\w*|worr\w*|ondt|hurts?)\b)")


def _only_nothing(n: str) -> bool:
    """ "Ikke noget", "Nothing, life is good": a no; "Ingenting, men jeg er bekymret for min søn": a worry after "nothing"."""
    m = _NOTHING.match(n)
    return bool(m) and bool(_NOTHING_REST.match(n[m.end():].strip()))
_NOT_NOW = re.compile(r"^\s*(?:(?:nej|no),?\s+)?(?:(?:ikke|not)\s+(?:lige\s+)?(?:nu|for tiden|i øjeblikket|right now|now|at the moment)|"
                      # "nej det kan jeg ikke nu", "I can't right now": a no for now
                      r"det (?:kan|magter|orker|kunne) (?:jeg|han|hun|vi) (?:ikke|ik) (?:lige )?(?:nu|for tiden|i øjeblikket)|"
                      r"(?:i|he|she) (?:can'?t|cannot|couldn'?t) (?:right now|now|at the moment))\b[\s,.!]*",
                      re.IGNORECASE)
# "No work for me, I am retired": English "no" before a noun is part of what is said, not the answer word before it
_NO_LEAD = re.compile(r"^\s*(?:nej|no(?=\s*(?:[,.!;]|$|thanks?\b|thank you\b|not\b|never\b|nothing\b|sorry\b|really\b|"
                      r"i\b|i'|he\b|he'|she\b|she'|we\b|we'|it\b|it'|that\b|they\b|definitely\b)))\b(?:,?\s*(?:tak|thanks)\b)?[\s,.!]*(?:(?:ikke|not) (?:lige nu|rigtig|rigtigt|now|really)[\s,.!]*)?", re.IGNORECASE)
_GOAL_MIXED = re.compile(r"\b(?:sådan lidt|så som så|nogenlunde|op og ned|sådan halvt|både og|lidt og lidt|so so|hjælper lidt|"
                         r"midt imellem|midt i mellem|in the middle|somewhere in between|"
                         r"langsomt|lidt efter lidt|slowly|some days|nogle dage|"
                         r"lidt bedre|en smule|"
                         r"up and down|on and off|mixed)\b")


# a small step forward: "det hjælper lidt", "det går lidt bedre", "it helps a little"
_GOAL_LITTLE = re.compile(r"\b(?:(?:hjælper|hjalp|virker) (?:lidt|en smule)|(?:går|gik|er blevet|blevet|blev) (?:lidt|en smule) bedre|"
                          r"lidt bedre|en smule bedre|lidt fremgang|(?:helps|helped) (?:a little|a bit|somewhat)|a (?:little|bit) better)\b")
# said with it: ups and downs or a "but", which the mixed reflection hears
_GOAL_UPS = re.compile(r"\b(?:op og ned|men|nogle dage|både og|so so|up and down|on and off|but|some days|ikke altid|not always)\b")
_GOAL_SLOW = re.compile(r"\b(?:går (?:lidt |meget |rigtig )?langsomt|langsomt (?:fremad|men sikkert)|lidt efter lidt|"
                        r"(?:fremad|bedre),? (?:om end|men|dog|bare) (?:lidt |meget )?langsomt|"
                        r"(?:is )?going (?:very |quite )?slowly|slowly)\b")


_GOAL_NAMED_FIRST = re.compile(r"^(?:mit|hans|hendes|vores|deres) (?:mål|første mål) (?:er|var)\b|^målet er\b|"
                               r"^(?:my|his|her|our|their) (?:goal|first goal) is\b|^the goal is\b")


_THEN_I = re.compile(r"^(?:og )?så (?:skulle|ville|kunne|behøvede|var|havde|slap|fik) (?:jeg|vi|hun|han)\b|"
                     r"^(?:(?:og )?så )?(?:der|det) (?:ville|skulle) (?:ikke |aldrig )?(?:være|blive)\b|^(?:og )?så (?:ville|skulle) der\b")
# "jeg er bange for at …", "jeg frygter …", "I'm worried about …": a worry told, as the whole point
_FEAR_TOLD = re.compile(r"^(?:og |men |altså |but |and |so )?(?:jeg er (?:så |meget |lidt |rigtig |virkelig )?(?:bange|bekymret|nervøs|angst|ræd) "
                        r"for|jeg frygter|jeg bekymrer mig (?:for|om)|jeg har angst for|"
                        # "I am afraid it will not happen", "i'm nervous about it": the English fear, with or without "of"/"that"
                        r"(?:i'?m|im|i am) (?:(?:so|very|really|a bit|a little|quite|just) )?(?:afraid|worried|scared|nervous|anxious|"
                        r"frightened)(?= (?:of|about|that|it|they|i|he|she|we|you|the|my|nobody|no one|people)\b|\W*$)|"
                        r"i fear|i worry)\b")
# a wish said with the fear ("jeg vil gerne være mindre bange for bussen"): the wish it is
_WISH_WORD = re.compile(r"\b(?:gerne|ønske\w*|håbe\w*|drømme\w*|mindre|slippe|kunne|længere|wish|hope|less|stop|want|like to)\b")
# "jeg deltager i mødet", "jeg kommer med til mødet", "I will attend the meeting": the writer comes along, said alone
_I_ATTEND = re.compile(r"^(?:(?:ja|og|men|yes|and)[,.]?\s+)?(?:jeg|i|i'll) (?:(?:deltager|deltar|kommer|tager|går|skal|vil|will|am going to) |"
                       r"(?=also |come |be |attend |join ))"
                       r"(?:også |gerne |selv |med |also )*(?:med |med til |deltage i |i |til |attend |come to |join |be at |come along to )?"
                       r"(?:selve )?(?:mødet|the meeting)"
                       r"(?: (?:også|med|too))?[.!]*$")
# a relative's "Yes, I'll be there", "ja jeg kommer" and "nej jeg kommer ikke" (said to another question): whether the
# writer comes to the meeting, never a goal or a strength
_I_WILL_COME = re.compile(r"^(?:(?:ja|jo|yes|yeah|sure|og|and)[,.!]?\s+)?(?:jeg|i)(?:'ll| will| am|'m| can)? "
                          r"(?:(?:også|gerne|nok|selv|sikkert|also|definitely|probably|gladly)\s+)?"
                          r"(?:kommer(?: med| gerne| også)?|deltager|tager med|be there|come(?: along)?|coming|attend|join)"
                          r"(?: (?:også|med|too|as well))?[.!]*$")
# ("jeg kan ikke", "nej jeg skal ikke" alone say nothing about the meeting: only with "komme", "deltage" or "med")
_I_WONT_COME = re.compile(r"^(?:(?:nej|no)[,.!]?\s+)?(?:jeg (?:kommer|deltager)(?: desværre| nok)? ikke(?: med)?|"
                          r"jeg (?:kan|skal)(?: desværre| nok)? ikke (?:komme(?: med)?|deltage|med)|"
                          r"i (?:won't|will not|can't|cannot|am not|'m not)(?: be able to)? (?:be there|come|coming|attend|make it)|"
                          r"i'm not (?:coming|attending))[.!]*$")
_WORRY_SAID = re.compile(r"\b(?:bekymr\w*|bange|frygt\w*|fylder|svært|svaert|ked af|angst|nervøs|stress\w*)\b")
# "ingenting rigtig", "ikke rigtig noget", "nada": nothing named, said as a whole answer
_NOTHING_REALLY = re.compile(r"^(?:(?:nej|næh|nope|tja|hmm|øh|altså)[,.]?\s+)?(?:ingenting|intet|ikke noget|ikke rigtig noget|ikke rigtigt noget|"
                             r"ikke rigtig|ikke rigtigt|ikke nogen ting|nada|nix|nul|nothing|nothing really|not really|not much)"
                             r"(?: (?:rigtig|rigtigt|særligt|specielt|lige nu|for tiden|sådan|nej))*[.!]*$")
_NOT_MUCH = re.compile(r"^(?:(?:nej|næh|tja|hmm)[,.]?\s+)?(?:ikke (?:så|saa|særlig|sååå?) ?(?:meget|noget|mange ting)?|ikke (?:meget|noget)"
                       r"(?: (?:længere|mere))?|ikke det store|ingenting(?: længere| mere)?)(?: (?:længere|mere|nu|efterhånden|i dag))?[.!]?$")


def _goal_tone(fresh: list[dict[str, Any]], text: str) -> dict[str, Any]:
    """How the goal is going, read from the whole answer ("Jeg skulle gå en tur hver dag. Det gør jeg ikke så
    tit." is not going the right way) rather than its first clause."""
    n = it.norm(text)
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(parts) > 1 and _GOAL_NAMED_FIRST.match(it.norm(parts[0])):
        # "My goal is to sleep better. It goes badly.": how it goes is in what follows the goal ("better" is the aim)
        n = it.norm(" ".join(parts[1:]))
    types = {i["talk_type"] for i in fresh}
    if _GOAL_SLOW.search(n) and not _GOAL_HARD.search(n):
        return {"talk_type": "slow", "subtype": None}  # "Det går langsomt": slow, not "op og ned"
    little = _GOAL_LITTLE.search(n)
    if little and not _GOAL_HARD.search(n) and not _GOAL_UPS.search(n):
        # "Det hjælper lidt", "det går lidt bedre": a small step forward, said as one (never "op og ned", never more)
        said = ("Det hjælper lidt." if re.match(r"(?:hjælper|hjalp|virker)", little.group(0))
                else "It helps a little." if little.group(0).startswith(("helps", "helped")) else "")
        return {"talk_type": "little", "subtype": None, "little_you": said}
    if _GOAL_MIXED.search(n):
        return {"talk_type": "neutral", "subtype": None, "goal_mixed": True}
    steps = any(i.get("subtype") == "taking_steps" for i in fresh if i["talk_type"] == "change")
    hard = bool(_GOAL_HARD.search(n))
    # a step taken and "svært" is both; "det går ikke så godt" said of it is not
    said_bad = bool(re.search(r"\bgår (?:ikke|ik|dårligt|skidt)\b|\b(?:not going|isn'?t going|not (?:so |very )?(?:well|good))\b", n))
    good = bool(_GOAL_GOOD.search(n)) or (steps and hard and not said_bad)
    number = _score_said(text) if re.search(r"\d", text) else None
    if number is not None and ((hard and not good and number >= 3) or (good and not hard and number <= 1)):
        return {"talk_type": "named", "subtype": None}  # "bad selv. 3" ("bad" read as English): the number says how it goes
    if not good and not hard:  # no words about how it goes: only steps taken or a clear no say something
        if steps:
            return {}
        if "sustain" in types:
            return {"talk_type": "sustain", "subtype": None}
        return {"talk_type": "named", "subtype": None}  # "Jeg skal lære at stå op": the goal, not how it goes
    if good and hard:
        return {"talk_type": "neutral", "subtype": None, "goal_mixed": True}
    if hard:
        return {"talk_type": "sustain", "subtype": None}
    return {"talk_type": "change"}


def _listening_item(c: _Ctx, fresh: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    """The item to reflect in a listening turn, when the answer was full enough to reflect on: on the
    step's topic, in the citizen's own sentence, not sustain talk or ambivalence."""
    joined = re.sub(r"\s*(?:\.{2,}|…)\s*", " ", text)  # "men... min skulder er dårlig": the pause is no end of the doubt
    if len(text.split()) < LISTEN_MIN_WORDS or moves.reflect.split_ambivalence(joined) or moves.reflect.wish_and_doubt(joined):
        return None
    want = CONTENT_STEPS.get(c.s["step"])
    if want == "resource" and c.lang == "da" and any(_past(it.norm(i.get("quote", ""))) or (
            i.get("attached_you") and _LOST.search(it.norm(i.get("quote", "")))) for i in fresh):
        return None  # "Jeg var revisor. Det kan jeg ikke mere.": the past and the loss, not "a part of you" now
    if want != "resource" and any(i["category"] == "resource" for i in fresh):
        return None  # a strength said to the question about hopes: reflected as the strength it is
    for item in sorted(fresh, key=lambda i: not moves.GOOD_AT.search(i.get("quote", ""))):
        if item["category"] == want and item["talk_type"] != "sustain" and item.get("you") and not item.get("safety"):
            return item
    return None


_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?:\s|$)")


def _with_second_point(item: dict[str, Any], fresh: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    """ "Jeg vil gerne have en kæreste. Og så vil jeg gerne flytte …": the listening turn says both wishes, not the first
    alone (a copy of the item with both echoes joined; the items themselves are not changed)."""
    one = (item.get("you") or "").strip()
    if item.get("attached_you") or len(_SENTENCE_END.findall(one)) != 1 or len(one.split()) > 16:
        return item  # "Du går i 9. klasse." is one sentence: the dot after a number ends none
    other = next((i for i in fresh if i is not item and i["category"] == item["category"] and i["talk_type"] != "sustain"
                  and i.get("you") and not i.get("safety") and not i.get("raw") and len(i["you"].split()) <= 14
                  and len(_SENTENCE_END.findall(i["you"].strip())) == 1), None)
    if other is None:
        return item
    two = other["you"].strip()
    if not re.match(r"^(?:Du|Han|Hun|Det|De|I|You|He|She|It|They|Dit|Din|Dine|Your|His|Her)\b", two):
        return item
    joiner = ", and " if lang == "en" else ", og "
    doubts = [bool(_DOUBT.search(it.norm(i.get("quote") or ""))) for i in (item, other)]
    if doubts[0] != doubts[1]:
        # "I'm not sure my back can take it, but I want to work again": the doubt and the wish, ending on the wish
        joiner = ", but " if lang == "en" else ", men "
        if doubts[1]:
            one, two = two, one
    return {**item, "you": f"{one.rstrip(' .!')}{joiner}{_lower_first(two)}"}


def _listen_buttons(c: _Ctx) -> list[dict[str, str]]:
    """Under a reflection that leaves room: "Ja" (asks the question after all) and "Videre"."""
    return [_btn(c.lang, "btn_yes", "yes"), _btn(c.lang, "btn_go_on", "skip")]


def _linking_summary(c: _Ctx, reflection: str | None = None) -> str | None:
    steps = PHASE_SUMMARY_AFTER[c.s["step"]]
    topic = ("resource",) if c.s["step"].startswith("resources") else ("hope", "employment")
    return moves.phase_summary([i for i in c.s["items"] if i["step"] in steps and i["category"] in topic
                                and not i.get("correction") and not i.get("withdrawn")], c.lang, phase=PHASE_OF[c.s["step"]],
                               relative=c.s["written_by"] == "relative", reflection=reflection)


# "Så skulle personalet ikke køre mig. Og jeg kunne se min far oftere.": what would be different, said in two sentences
_CONSEQUENCE_YOU = re.compile(r"^(?:Så|Og så|Then|So) ")


def _reasons_line(c: _Ctx, fresh: list[dict[str, Any]]) -> str | None:
    """What would be different (the answer to "what would change?"), said back with its meaning: two short things
    together ("Så skulle personalet ikke køre dig, og du kunne se din far oftere. Det ville betyde noget for dig."),
    or the first when it is a "så …" of its own and the two are too long for one sentence."""
    if c.s["step"] != "hopes2":
        return None
    said = [i for i in fresh if i.get("you") and not i.get("safety") and not i.get("raw")
            and len(re.findall(r"[.!?](?:\s|$)", i["you"].strip())) == 1]
    if not said or not any(_CONSEQUENCE_YOU.match(i["you"]) for i in said[:2]):
        return None
    speaker = "relative" if c.s["written_by"] == "relative" else "citizen"
    one = said[0]["you"].strip()
    two = said[1]["you"].strip() if len(said) == 2 else ""
    if two and len(f"{one} {two}".split()) <= 20 and re.match(r"^(?:Du|Han|Hun|Det|Så|Og|Din|Dit|Dine|Hans|Hendes|You|Your|He|His|She|Her|It|Then|So)\b", two):
        two = re.sub(r"^(?:Og så|Og|Så) ", "så ", two) if c.lang == "da" else two
        two = two[:1].lower() + two[1:] if two.split()[0] != "I" else two
        one = f"{one.rstrip(' .!')}{', and ' if c.lang == 'en' else ', og '}{two}"
    elif not _CONSEQUENCE_YOU.match(one) or len(one.split()) > 16:
        return None
    return moves._with_meaning(one, "reflect_reasons", c.lang, c.rng, speaker, c.s.get("third"))


def _link_with_reflection(c: _Ctx, fresh: list[dict[str, Any]], text: str, linking: str) -> None:
    """The phase's last answer: one message that sums up the phase and ends on this answer's reflection, so its
    reason, feeling or other side is kept (never the same point twice). The techniques say what the message does:
    a summary, and the complex reflection or affirmation it ends on."""
    n_msgs, n_tech = len(c.msgs), len(c.techniques)
    line = _reasons_line(c, fresh)
    if line:
        c.add(line, "complex_reflection")
    else:
        _reflect(c, fresh, text)
    said, techniques = c.msgs[n_msgs:], c.techniques[n_tech:]
    c.linked = True
    if len(said) != 1 or said[0].buttons:
        if not said:  # nothing to reflect on its own: the summary alone
            c.add(linking, "summary")
        else:  # said as more than one message: the reflection stays as it is, and the summary follows in _advance
            c.linked = False
        return
    del c.msgs[n_msgs:]
    del c.techniques[n_tech:]
    if techniques and techniques[0] == "affirmation":  # a stock praise adds no meaning of the answer's own
        c.add(linking, "summary")
        return
    together = _linking_summary(c, reflection=said[0].text)
    if together is None:  # the reflection says every point already: the reflection alone, no summary
        c.add(said[0].text, techniques[0] if techniques else "")
        return
    c.add(together, "summary")
    if techniques and techniques[0] == "complex_reflection":
        c.techniques.append(techniques[0])  # the sentence of meaning at its end is a reflection of its own


def _score_buttons() -> list[dict[str, str]]:
    return [{"title": str(n), "payload": f'/score{{"score": {n}}}'} for n in range(5)]


def _advance(c: _Ctx, skip: tuple[str, ...] = ()) -> None:
    s = c.s
    s["tries"] = 0
    if s["step"] in PHASE_SUMMARY_AFTER and not c.linked:
        line = _linking_summary(c)
        if line:
            c.add(line, "summary")
    i = STEPS.index(s["step"]) + 1 if s["step"] in STEPS else 1
    if s.get("plan_early") and s["preferences"].get("plan_version"):
        skip = (*skip, "meeting2")  # the plan's look was chosen already
    while STEPS[i] in skip or _answered_now(s, STEPS[i]):
        i += 1
    s["step"] = STEPS[i]
    if s["step"] == "summary":
        _show_summary(c)
    elif not _already_said(c):
        _ask(c, s["step"])


def _has_hope(s: dict[str, Any]) -> bool:
    """ "Hvad ville være anderledes, hvis det lykkedes?" needs a hope in words to point back to: not after "ved ikke",
    an emoji, a disclosure or a number."""
    # "min mor" to "Hvad er vigtigt for dig?" ("Din mor er vigtig for dig.") is a person, not a wish that can succeed
    return any(i.get("category") in ("hope", "employment") and i.get("you") and not i.get("safety") and not i.get("withdrawn")
               and not _IMPORTANT_ONLY.search(i["you"])
               # "Jeg er gået på pension" kept in the work field: how things are, no wish that can succeed
               and not (i.get("talk_type") == "neutral" and _PENSION.search(it.norm(i.get("quote") or ""))) for i in s["items"])


_IMPORTANT_ONLY = re.compile(r"^[^.]*\b(?:er|is|are) (?:rigtig |meget |so |very )?(?:vigtige?|important) (?:for|to) (?:dig|ham|hende|jer|you|him|her|them)\.?$",
                             re.IGNORECASE)


def _answered_now(s: dict[str, Any], step: str) -> bool:
    """A worry said (and reflected) in this very turn answers "Er der noget, der fylder?": not asked, not said twice."""
    if step == "meeting1" and s.get("attend_said_early") and s["preferences"].get("relatives_attend") is True:
        return True  # "jeg deltager i mødet" said by the relative earlier: not asked as if nothing was said
    if step in ("goal1", "goal2") and "goal1" not in s["asked"] and any(
            i.get("category") == "goal_progress" and i.get("step") in CONTENT_STEPS and i.get("step") not in ("goal1", "goal2")
            and (_MY_GOAL.search(it.norm(i.get("quote", ""))) or i.get("practising")) and not i.get("withdrawn")
            and not i.get("safety") for i in s["items"]):
        # "Mit mål er at stå op inden kl 9" told to the strengths question: the goals question is answered (only the 0-4
        # question is left, and only while no score was said)
        return step == "goal1" or bool(s.get("scores"))
    return step == "parking" and step not in s["asked"] and any(
        i.get("category") == "parking" and i.get("you") and i["turn"] == s["turn"] and not i.get("safety") for i in s["items"])


def _already_said(c: _Ctx) -> bool:
    """Reflect instead of asking when the citizen already spoke to this step's question."""
    s = c.s
    if s["step"] == "work" and s.get("work_no_early") and c.lang == "da":
        # "job nej" said between two wishes: the work question is answered; the no is heard, and not asked again
        said = s.pop("work_no_early")
        for item in _record(c, said, None, default=None):
            item.update(category="employment", talk_type="neutral", subtype=None, you=c.t("work_no_aside"),
                        text=" ".join(["Arbejde er ikke aktuelt for mig lige nu.", s.pop("work_no_why", "")]).strip())
        c.add(c.t("work_no_aside"), "simple_reflection")
        _advance(c)
        return True
    cats = ALREADY_SAID.get(s["step"])
    # a relative who named the job wish under the hopes is not asked about work as if nothing was said either; the
    # worries keep the question ("Det fylder meget for dig" is no line about the person)
    if not cats or (s["written_by"] == "relative" and s["step"] != "work"):
        return False
    earlier = [i for i in s["items"] if (i["category"] in cats or (
        # a wish about work said while talking about hopes answers the work question too ("blive kok", "arbejde i en
        # blomsterbutik"); not a consequence told under "Hvad ville være anderledes?": "Så kunne jeg få et job" is no
        # answer about work
        s["step"] == "work" and i["category"] == "hope" and i["talk_type"] in ("change", "neutral")
        and (_WORK_WORDS.search(it.norm(i["quote"])) or _BECOME_TRADE.search(it.norm(i["quote"])))
        # the no is looked for in the wish itself, not in a fear told after it ("… tatovør. Jeg er bange for, at jeg ikke …")
        and not _NEGATED.search(_main_clause(it.norm(re.split(r"(?<=[.!?])\s+|,?\s+(?:men|but)\s+", i["quote"])[0])))
        and i.get("step") != "hopes2"))
        and i.get("you") and not i.get("safety") and not i.get("bleak")]  # "Det går ad helvede til": the question is still asked
    if not earlier:
        return False
    # the wish itself is what was said about work ("Jeg vil gerne have en uddannelse …"), not a hardship told with it
    earlier.sort(key=lambda i: i.get("talk_type") == "change")
    if s["step"] == "work":
        for i in earlier:
            first = re.split(r"(?<=[.!?])\s+", i["quote"].strip())[0]
            if (i["category"] == "hope" and not re.search(r"\b(?:og|and|eller|or)\b", it.norm(first))
                    and _WORK_WHERE.search(it.norm(first))):
                # "Jeg vil gerne have et arbejde på et lager" said to the hopes question: a wish about work, and on the
                # sheet where the work wishes are (a wish with more in it, "et job og bo for mig selv", stays a hope, and so
                # does a bare "et job", a wish for life as much as for work)
                i.update(category="employment")  # the wording stays as it was said back (to the person, after a handover)
                for why in s["items"]:  # "Så ville jeg tjene mine egne penge": what the wish would bring goes with it
                    if why.get("category") == "hope" and why.get("turn") == i.get("turn", -9) + 1 and _wish_reason(why):
                        why.update(category="employment")
        clause = moves.that_clause(earlier[-1], c.lang)  # the work wish said earlier, in the citizen's words
        if clause:
            clause = re.sub(r"\s+(?:også|too|also)\b", "", clause, count=1)  # "Du har også fortalt, at du gerne vil …" (one "også")
        # just summed up in this turn's linking summary: not the same point again
        fresh_in_mind = any((clause and clause in m.text) or earlier[-1]["you"].rstrip(".") in m.text for m in c.msgs)
        said = re.split(r"(?<=[.!?])\s+", earlier[-1]["you"].strip())[0]
        said = said if said.endswith((".", "!", "?")) else f"{said}."
        # no clause to move ("Du skrev: »job køkken«", a long sentence): what was said, said back as it is; never a
        # vague "noget om arbejde"
        line = (c.t("already_work_linked") if fresh_in_mind
                else c.t("already_work_said", clause=clause) if clause
                else c.t("already_work_you", you=said) if len(said.split()) <= 18 else c.t("already_work"))
    else:
        you = earlier[-1]["you"]
        line = you if ("fylder" in you or "mind" in you) else f"{you} {c.t('reflect_parking')}"
        if earlier[-1]["turn"] < s["turn"] - 1:
            # said a while ago, under another question: said back as something said before, not out of the blue
            first = re.split(r"(?<=[.!?])\s+", you)[0]
            clause = moves.that_clause({**earlier[-1], "you": first}, c.lang)
            if clause:
                line = c.t("already_parking_said", clause=clause)
            else:  # no clause to move: said back as said before, never the same reflection word for word again
                key = "already_parking_before_plain" if re.search(r"\b(?:fylder|mind)\b", first) else "already_parking_before"
                line = c.t(key, you=first if first.endswith((".", "!", "?")) else f"{first}.")
    c.add(line, "complex_reflection")
    # the question still comes after the reflection ("… Det hører til her." alone leaves the citizen waiting)
    c.add(c.t("already_more_work" if s["step"] == "work" else "already_more_parking"), "closed_question", _listen_buttons(c))
    s["awaiting"] = "more"
    return True


def _reask(c: _Ctx) -> None:
    step = c.s["step"]
    if step == "summary":
        _show_summary(c)
    elif step in ("done", "stopped", "declined"):
        if not c.msgs:
            c.add(c.t("after_done_thanks") if step == "done" else c.t("pause"))
    else:
        _ask(c, step, again=step == "consent")


def _ask(c: _Ctx, step: str, again: bool = False, lead: str = "") -> None:
    s = c.s
    if s["awaiting"] == "more":
        s["awaiting"] = None
    lang = c.lang
    rel = s["written_by"] == "relative"
    if step == "consent":
        buttons = [_btn(lang, "btn_yes_self", "consent_citizen"), _btn(lang, "btn_yes_relative", "consent_relative"),
                   _btn(lang, "btn_yes_together", "consent_together"), _btn(lang, "btn_no", "no")]
        c.add(c.t("consent_again" if again else "consent_q"), "closed_question", buttons)  # asks permission: a question
        return
    key = _QUESTION_KEYS[step]
    if step == "hopes1" and any(i["category"] == "hope" for i in s["items"]):
        key = "q_hopes1_more_rel" if rel else "q_hopes1_more"
    elif step == "resources1" and any(i["category"] == "resource" for i in s["items"]):
        key = "q_resources1_more_rel" if rel else "q_resources1_more"
    elif step == "hopes2" and not _has_hope(s):
        # no hope in words to point back to (after "ved ikke", an emoji or a disclosure): not "… hvis det lykkedes?"
        key = "q_hopes2_none_rel" if rel else "q_hopes2_none"
    elif step == "goal2" and s.get("goal_unnamed") and not any(
            i.get("category") == "goal_progress" and not i.get("withdrawn") for i in s["items"]):
        key = "q_goal2_which"  # "Det har jeg sagt" with no goal on the list: which goal, never a number for nothing
    elif step == "goal2" and s.get("goals_many") and _goals_without_score(s) >= 2:
        key = "q_goal2_many"  # several goals told: a number for each, in the order they were told
    elif step == "goal2" and "goal1" not in s["asked"]:
        key = "q_goal2_early"  # the goal was told under another question: the 0-4 question says which goal it is about
        goal = next((i for i in reversed(s["items"]) if i.get("category") == "goal_progress" and i.get("you")
                     and not i.get("withdrawn")), None)
        named = re.split(r"(?<=[.!?])\s+", goal["you"].strip())[0] if goal else ""
        if not lead and re.match(r"^(?:Dit|Hans|Hendes|Your|His|Her) (?:mål|goal)\b", named) and len(named.split()) <= 14:
            key, lead = "q_goal2_named", named  # "Dit mål er at stå op inden kl 9. 0 er slet ikke, …"
            if any(named.rstrip(" .!") in m.text for m in c.msgs):
                lead = ""  # the goal was just said back in this turn: the 0-4 question follows it, never the goal twice
    elif rel and f"{key}_rel" in DA:
        key = f"{key}_rel"
    buttons, technique = _answer_buttons(lang, "goal1" if key == "q_goal2_which" else step)
    s["asked"] = [*s["asked"], step] if step not in s["asked"] else s["asked"]
    question = c.t(key)
    if step == "hopes1":  # which of the two wordings was asked: "Hvad er vigtigt for dig …?" is echoed differently
        s["hopes1_important"] = key == "q_hopes1" and question.startswith(("Hvad er vigtigt for dig", "What matters to you"))
    c.add(f"{lead} {question}" if lead else question, technique, buttons)


def _answer_buttons(lang: str, step: str) -> tuple[list[dict[str, str]], str]:
    """The buttons offered with a step's question, and whether the question is open or closed."""
    dk = _btn(lang, "btn_dont_know", "dont_know")
    if step == "goal1":
        return [dk, _btn(lang, "btn_no_goals", "skip")], "open_question"
    if step == "goal2":
        return _score_buttons(), "closed_question"
    if step == "parking":
        return [_btn(lang, "btn_no", "no"), dk], "open_question"
    if step == "meeting1":
        return [_btn(lang, "btn_yes", "yes"), _btn(lang, "btn_no", "no"), dk], "closed_question"
    if step == "meeting2":
        return [_btn(lang, "btn_colourful", "colourful"), _btn(lang, "btn_neutral", "neutral")], "closed_question"
    return [dk, _btn(lang, "btn_skip", "skip")], "open_question"


def _show_summary(c: _Ctx, again: bool = False, changed: bool = True) -> None:
    s = c.s
    lines = moves.summary_lines(s)
    intro = c.t("summary_intro" if not again else "summary_intro_again" if changed else "summary_intro_same")
    body = "\n".join(f"• {line}" for line in lines) if lines else c.t("summary_empty")
    s["summary"] = f"{intro}\n{body}"
    c.add(s["summary"], "summary")
    c.add(c.t("q_summary_confirm"), "closed_question",
          [_btn(c.lang, "btn_yes", "yes"), _btn(c.lang, "btn_correct", "correct")])


_SCRIPT_BLOCK = re.compile(r"(?is)<(script|style)\b[^>]*>.*?</\1\s*>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>|<!--.*?-->", re.DOTALL)
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


def _plain_text(text: str) -> str:
    """The message without markup (a pasted "<b>…</b>", a "<script>" block) and with full-width letters as plain ones."""
    out = text.translate(_FULLWIDTH)
    if "<" in out:
        out = _HTML_TAG.sub(" ", _SCRIPT_BLOCK.sub(" ", out))
        out = " ".join(out.split())
    return out


# a sentence begun and left ("Jeg er god til at...", "I would like to …"): it ends on a small word
_BROKEN_OFF = re.compile(r"(?i)\b(?:at|til|om|på|med|og|for|er|jeg|min|mit|mine|en|et|to|of|and|the|a|my|i|am|is)\s*(?:\.{2,}|…|-+)?\s*$")
_THE_CONTACT = re.compile(r"\b([Dd]in|[Yy]our) (?:kontaktperson|contact person)\b")


def _finish(c: _Ctx) -> Turn:
    s = c.s
    phase = PHASE_OF.get(s["step"], "summary")
    n = PHASES.index(phase) + 1 if phase in PHASES else 0
    progress = {"step": s["step"], "n": n, "total": len(PHASES),
                "label": say("progress", s["language"], n=n, total=len(PHASES), name=say(f"phase_{phase}", s["language"]))}
    for m in c.msgs:
        m.custom = {**m.custom, "progress": progress}
        # a closing sentence of meaning said before in this conversation comes in other words
        m.text, s["said_meanings"] = moves.fresh_meaning(m.text, s.get("said_meanings", []), s["language"])
        if s.get("third") and s["written_by"] in ("relative", "together"):
            m.text = _name_the_person(m.text, s["third"], s["language"])
        if s["written_by"] == "relative" and s.get("consent"):
            # the contact person is the person's, not the relative's: "Kontaktpersonen kan se det før mødet" (the consent
            # question keeps its one wording)
            m.text = _THE_CONTACT.sub(lambda k: {"din": "kontaktpersonen", "Din": "Kontaktpersonen", "your": "the contact person",
                                                 "Your": "The contact person"}[k.group(1)], m.text)
    if s.get("third") and s["written_by"] in ("relative", "together"):
        for i in s["items"]:  # "Heste giver hende eller ham glæde." on the sheet once the person is known as "hun"
            if " eller " in (i.get("text") or ""):
                i["text"] = _name_the_person(i["text"], s["third"], s["language"])
    if s.get("summary") and s.get("third") and s["written_by"] in ("relative", "together"):
        s["summary"] = _name_the_person(s["summary"], s["third"], s["language"])  # the sheet's copy reads as the chat's
    if c.msgs:
        c.msgs[-1].custom["techniques"] = c.techniques
    return Turn(s, c.msgs, c.events)
