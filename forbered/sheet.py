"""The preparation sheet (forberedelsesark), `forbered.preparation-sheet/v1`.

Built from the conversation state the dialogue keeps; validated against the JSON Schema kept beside
this module, which is the contract with the plan service and with any other producer of sheets.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from typing import Any

from . import reflect
from .privacy import mask_pii
from .texts import say

SCHEMA_ID = "forbered.preparation-sheet/v1"
VALID_THEMES = ("praktiske_opgaver", "egenomsorg", "kommunikation", "mobilitet", "samfundsliv",
                "beskaeftigelse", "relationer", "sundhed", "none")


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files("forbered").joinpath("schema/preparation-sheet-v1.json").read_text("utf-8"))


def validation_errors(sheet: dict[str, Any]) -> list[str]:
    """Human-readable errors ("hopes.0.quote: 'quote' is a required property"); empty when valid."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    out = []
    for err in sorted(validator.iter_errors(sheet), key=lambda e: list(e.absolute_path)):
        path = ".".join(str(p) for p in err.absolute_path) or "(root)"
        out.append(f"{path}: {err.message}")
    return out


def sheet_id_for(conversation_id: str) -> str:
    """One sheet per conversation; versions are kept by the plan service."""
    return "sheet-" + hashlib.sha256(conversation_id.encode()).hexdigest()[:24]


def _m(text: str) -> str:
    return mask_pii(text or "")[:4000]


# "Det går godt." / "It goes well." told alone to the goals question: a status, not the name of a goal
_BARE_STATUS = re.compile(r"^(?:det går|it goes|it is going|it's going|going)\s+(?:\w+\s+)?\w+[.!]*$", re.IGNORECASE)


# Near-synonyms for one wish ("et job" / "et arbejde"): the same point when the rest of the wording matches
_WISH_SYNONYMS = {"job": "arbejde", "jobbet": "arbejdet", "jobs": "arbejder", "skole": "uddannelse", "skolen": "uddannelsen"}


def _wish_words(i: dict[str, Any]) -> tuple[list[str], bool]:
    words = re.findall(r"\w+", (i.get("text") or i.get("quote") or "").lower())
    return [_WISH_SYNONYMS.get(w, w) for w in words], any(w in _WISH_SYNONYMS for w in words)


def _same_wish_once(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "Jeg vil gerne have et job." and later "Jeg vil gerne have et arbejde med dyr.": one wish in other words is one
    line (the fuller wording kept); only when a near-synonym is the difference and the rest of the wording matches."""
    drop: set[int] = set()
    keys = [_wish_words(i) for i in items]
    for n, (b, syn_b) in enumerate(keys):
        for m in range(n):
            a, syn_a = keys[m]
            if m in drop or not (syn_a or syn_b) or min(len(a), len(b)) < 3:
                continue
            short, long_ = (a, b) if len(a) <= len(b) else (b, a)
            if long_[:len(short)] == short:
                drop.add(m if len(a) < len(b) else n)  # on a tie, the first kept
    return [i for k, i in enumerate(items) if k not in drop]


# words that make a sentence a point of its own (a wish, a strength, a joy, a goal, a worry); a short sentence without
# any of them, said right after a point in the same message ("Weekenderne er lange."), only adds to that point
_POINT_WORD = re.compile(r"\b(?:vil|ville|gerne|drømmer|drøm\w*|håber|håb|ønsker|ønske|t(?:æ|ae)nke|god|dygtig|glæde|glad|"
                         r"elsker|nyder|lide|mål|målet|fylder|bange|nervøs|savner|arbejde|job|want|wants|would|like|hope|"
                         r"dream|wish|good|love|loves|enjoy|goal|afraid|worried|miss|ikke|not)\b|"
                         # a worry of its own ("Min økonomi er dårlig.", "Ryggen gør ondt."), never a remark on the one before
                         r"\b(?:dårlig\w*|værre|syg|syge|sygdom\w*|svær|svært|hård|hårdt|ondt|smert\w*|økonomi\w*|penge\w*|"
                         r"gæld\w*|ensom\w*|træt|trætte|angst\w*|stress\w*|bekymr\w*|problem\w*|skidt|elendig\w*|umulig\w*|"
                         r"bad|worse|sick|ill|hard|pain\w*|hurts?|money|debt|lonely|tired|anxious|problems?)\b", re.IGNORECASE)


def is_remark(text: str) -> bool:
    """ "Weekenderne er lange.", "Hun bor langt væk.": a short plain sentence that says no wish, strength or worry of its
    own; said after a point in the same message, it belongs with that point (on the sheet and in the summary)."""
    t = (text or "").strip()
    words = t.split()
    return (2 <= len(words) <= 6 and not re.search(r"[,?:»“]", t) and not re.search(r"[.!]\s+\S", t)
            and not _POINT_WORD.search(t) and reflect.is_sentence(t.rstrip(" .!")))


_WHY_ALONE = re.compile(r"^(?:Det er vigtigt for (?:mig|hende|ham|hende eller ham|hende|ham), fordi|Fordi)\b")


def _with_remarks(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items of one field, a remark joined to the point said just before it in the same message."""
    out: list[dict[str, Any]] = []
    for i in items:
        prev = out[-1] if out else None
        if (prev is not None and prev.get("turn") == i.get("turn") and not i.get("correction")
                and is_remark(i.get("text") or i["quote"])):
            out[-1] = {**prev, "text": f"{(prev.get('text') or prev['quote']).rstrip(' .!')}. {(i.get('text') or i['quote']).strip()}",
                       "quote": f"{prev['quote'].rstrip(' .!')}. {i['quote'].strip()}"}
            continue
        if (prev is not None and i.get("step") == "hopes2" and prev.get("step") == "hopes1" and not i.get("correction")
                and _WHY_ALONE.match(i.get("text") or "")):
            # "Fordi så kan jeg besøge min datter" told alone to "Hvad ville være anderledes?": why the wish matters, on
            # the wish's line, never a hope of its own
            out[-1] = {**prev, "text": f"{(prev.get('text') or prev['quote']).rstrip(' .!')}. {(i.get('text') or i['quote']).strip()}",
                       "quote": f"{prev['quote'].rstrip(' .!')}. {i['quote'].strip()}"}
            continue
        out.append(i)
    return out


def _item(i: dict[str, Any]) -> dict[str, Any]:
    return {"text": _m(i.get("text") or i["quote"]), "quote": _m(i["quote"]), "theme": i.get("theme") or "none",
            "turn": int(i.get("turn", 0))}


def _talk(i: dict[str, Any]) -> dict[str, Any]:
    return {"text": _m(i.get("text") or i["quote"]), "quote": _m(i["quote"]), "subtype": i["subtype"],
            "theme": i.get("theme") or "none", "turn": int(i.get("turn", 0)),
            "confidence": round(float(i.get("confidence", 0.0)), 3)}


# Not a wish to word as a goal: a consequence or a reason ("Så ville jeg have noget at se frem til"), a sentence that
# points back ("Det er mit største ønske", "Det er langt nu"), a question, or an emoji
_NOT_A_GOAL = re.compile(r"^(?:så|og så|det|der|den|it|that|then|so|there)\b", re.IGNORECASE)
_WISH = re.compile(r"\b(?:vil|ville|gerne|drømmer|håber|ønsker|tænke|lyst|want|wants|would like|hope|hopes|dream|dreams|wish|love to)\b",
                   re.IGNORECASE)


# Already true ("jeg arbejder allerede 20 timer"), or a no ("jeg vil ikke i aktivering igen"): no aim to work towards
_NO_AIM = re.compile(r"\b(?:allerede|already)\b|\b(?:vil|ville|gider|will|want|wants|would) (?:ikke|ik|aldrig|not|never)\b|"
                     r"\b(?:won'?t|don'?t want)\b", re.IGNORECASE)


def _goal_worthy(i: dict[str, Any]) -> bool:
    text = (i.get("text") or i.get("quote") or "").strip()
    first = re.split(r"(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)\s+", text)[0]
    return (bool(re.search(r"[^\W\d_]{2,}", text)) and not _NOT_A_GOAL.match(text) and not text.endswith("?")
            and not _NO_AIM.search(first) and not i.get("raw")
            and i.get("subtype") != "reasons" and i.get("step") != "hopes2" and i.get("talk_type") != "sustain"
            and (i.get("talk_type") == "change" or bool(_WISH.search(text))))


# A relative's third person made the citizen's first person ("hun vil gerne bo i sin egen lejlighed" -> "jeg vil
# gerne bo i min egen lejlighed"). "hans"/"hendes" before a noun needs the noun's gender: known nouns only.
_COMMON = {"mor", "far", "bror", "søster", "storebror", "lillebror", "storesøster", "lillesøster", "kæreste", "hund", "kat",
           "lejlighed", "familie", "veninde", "ven", "mormor", "morfar", "farmor", "farfar", "moster", "faster", "onkel",
           "datter", "søn", "cykel", "bil", "have", "uddannelse", "praktik", "hverdag", "fritid", "knallert", "computer",
           "telefon", "hest", "kanin", "kontaktperson", "økonomi", "bolig", "stue", "egen"}
_NEUTER = {"hus", "værelse", "job", "arbejde", "barn", "barnebarn", "liv", "hjem", "værksted", "kørekort", "helbred",
           "fleksjob", "eget"}
_PLURAL = {"venner", "veninder", "børn", "forældre", "søskende", "børnebørn", "katte", "hunde", "dyr", "heste", "penge",
           "kolleger", "kollegaer", "naboer", "egne"}
_SUBJ = {"han": "ham hans", "hun": "hende hendes"}
_OWN_VOICE = re.compile(r"\b(?:[Jj]eg|[Mm]ig|[Mm]in|[Mm]it|[Mm]ine|[Vv]i|[Oo]s|[Vv]ores|æ)\b")  # the relative's own voice
_OWN_VOICE_EN = re.compile(r"\b(?:I|I'm|I'd|me|my|mine|we|us|our)\b")


def _possessive(noun: str) -> str | None:
    w = noun.lower().strip(".,!?")
    if w in _PLURAL:
        return "mine"
    if w in _NEUTER:
        return "mit"
    if w in _COMMON:
        return "min"
    return None


def _da_first_person(text: str) -> str | None:
    """ "Hun vil gerne …" -> "jeg vil gerne …", her "hende"/"sig"/"sin" -> "mig"/"mig"/"min"; None when the
    sentence has the relative's own voice in it, starts otherwise, or has a "hans"/"hendes" whose noun is unknown."""
    low = text[:1].lower() + text[1:]
    said = re.match(r"^(?:han|hun) (?:siger|sagde)(?: selv)?:\s*[\"“„']?((?:jeg|æ) [^\"“”']+)[\"”']?$", low)
    if said:  # "Hun siger: jeg vil gerne have en hund": the citizen's own words already
        return said.group(1)
    m = re.match(r"^(han|hun) (?:siger(?: selv)?,? (?:at )?(?=(?:han|hun) ))?", low)
    if not m or _OWN_VOICE.search(low[m.end():] if m else low):
        return None
    who = m.group(1)
    obj, poss = _SUBJ[who].split()
    body = low[m.end():] if low[m.end():].startswith(who + " ") else low
    body = reflect.main_clause(body)  # "hun gerne vil bo …" (after "siger, at") -> "hun vil gerne bo …"
    words = body.split()
    out = []
    for n, w in enumerate(words):
        bare = w.lower().strip(".,!?")
        tail = w[len(w.rstrip(".,!?")):]
        if bare == who:
            out.append("jeg" + tail)
        elif bare in (obj, "sig"):
            out.append("mig" + tail)
        elif bare in ("sin", "sit", "sine"):
            out.append({"sin": "min", "sit": "mit", "sine": "mine"}[bare] + tail)
        elif bare == poss:
            nxt = words[n + 1] if n + 1 < len(words) else ""
            mine = _possessive(nxt)
            if mine is None:
                return None
            out.append(mine + tail)
        else:
            out.append(w)
    return " ".join(out)


_EN_VERB_I = {"is": "am", "was": "was", "has": "have", "does": "do", "wants": "want", "likes": "like", "loves": "love",
              "hopes": "hope", "dreams": "dream", "wishes": "wish", "needs": "need", "would": "would", "will": "will",
              "could": "could", "can": "can", "'d": "'d", "'s": "am"}


def _en_first_person(text: str) -> str | None:
    """ "He would love to get back to work" -> "I would love to get back to work"; None when it cannot be done."""
    said = re.match(r"^(?:he|she) (?:says|said)(?: himself| herself)?:\s*[\"“']?(I [^\"”]+)[\"”']?$", text, re.IGNORECASE)
    if said:  # "She says: I want a dog"
        return said.group(1)
    m = re.match(r"^(he|she)(?: |(?='s ))(\S+)", text, re.IGNORECASE)
    if not m or m.group(2).lower() not in _EN_VERB_I or _OWN_VOICE_EN.search(text[m.end():]):
        return None
    male = m.group(1).lower() == "he"
    rest = text[m.end():]
    if re.search(r"\b(?:she|he)\b", rest, re.IGNORECASE):
        return None
    rest = re.sub(r"\bhimself\b" if male else r"\bherself\b", "myself", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\bhis\b" if male else r"\bher(?= (?:own |new )?[a-z])", "my", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\bhim\b" if male else r"\bher\b", "me", rest, flags=re.IGNORECASE)
    if re.search(r"\b(?:his|him|her|hers)\b", rest, re.IGNORECASE):
        return None
    return f"I {_EN_VERB_I[m.group(2).lower()]}{rest}"


_DA_ADVERBS = r"(?:(?:rigtig|så|også|meget|virkelig|helst|allerhelst|bare|nok|egentlig|altså) )*"


_NP_START = r"(?:en|et|nogle|noget|min|mit|mine|mere|flere|egen|eget|ny|nyt|nye)\b"
_NP_VERB = (("uddannelse", "tage"), ("kursus", "tage"), ("job", "finde"), ("arbejde", "finde"), ("praktik", "finde"),
            ("frivillig", "finde"), ("kæreste", "finde"), ("ven", "finde"), ("lejlighed", "finde"), ("bolig", "finde"))


def _np_goal(np: str) -> str:
    """ "en uddannelse som lydtekniker" -> "Jeg vil tage en uddannelse som lydtekniker."; a thing to have, otherwise."""
    verb = next((v for w, v in _NP_VERB if w in np.lower()), "have")
    return f"Jeg vil {verb} {np}."


def _da_wording(low: str) -> str | None:
    """A Danish first-person wish as a goal in the first person ("Jeg vil …"); None when it is no clean aim."""
    low = re.sub(r"^(?:og |men )?(?:jeg|æ) siger(?: selv)?,? (?:at )?(?=jeg )", "", low)
    low = reflect.main_clause(low)
    need = re.match(rf"^(?:jeg|æ) (?:skal (?:bruge|have)|har brug for|mangler|må have) ({_NP_START}[^,;]+)", low)
    if need:  # "jeg skal have en ny kørestol, den gamle er gået i stykker": the aid, as a wish
        return f"Jeg vil have {need.group(1).strip()}."
    thing = re.match(rf"^(?:jeg|æ) (?:(?:kunne|vil|ville) {_DA_ADVERBS}(?:måske |godt )*(?:tænke mig|ønske mig)|ønsker mig|"
                     rf"drømmer om|håber på) (?:måske )?({_NP_START}.+)$", low)
    if thing:  # "jeg kunne godt tænke mig en kæreste": "Jeg vil finde en kæreste."
        return _np_goal(thing.group(1))
    m = re.match(rf"^(?:jeg|æ) (?:vil|ville) {_DA_ADVERBS}gerne (.+)$", low)
    if m:
        return "Jeg vil " + m.group(1) + "."
    m = re.match(rf"^(?:jeg|æ) (?:kunne|vil|ville) {_DA_ADVERBS}(?:godt )?(?:tænke mig|have lyst til) at (.+)$", low) or \
        re.match(rf"^(?:jeg|æ) (?:har|havde) {_DA_ADVERBS}lyst til at (.+)$", low) or \
        re.match(rf"^(?:jeg|æ) (?:drømmer|håber) {_DA_ADVERBS}(?:om|på)? ?,? ?at (?!jeg |æ )(.+)$", low)
    if m and re.match(r"^[a-zæøå]+(?:en|et|ene|erne) (?:[a-zæøå]+er|er|har|kan|vil|skal|må|gør|får|lader|bliver)\b", m.group(1)):
        return None  # "… om at kommunen lader mig være i fred": what others do, no aim of one's own to write as a goal
    if m:
        return "Jeg vil " + m.group(1) + "."
    m = re.match(r"^(?:(?:jeg|æ) (?:drømmer om|håber(?: på)?|ønsker),? (?:at )?|at )(?:jeg|æ) (?:kan|kunne|skal|må) (?:igen )?"
                 r"(?!ikke\b)(.+)$", low)
    if m:  # "jeg håber, at jeg kan få en veninde", "At jeg kan gå ned til købmanden selv igen": what I can do is the aim
        return "Jeg vil " + m.group(1) + "."
    m = re.match(r"^(?:jeg|æ) (?:drømmer om|håber(?: på)?),? at (?:jeg|æ) (.+)$", low)
    if m:  # "… om, at jeg bliver mere selvstændig": a wish for a state
        return "Jeg vil arbejde hen imod, at jeg " + m.group(1) + "."
    return _da_value_wording(low)


# "det ville være dejligt, hvis jeg kunne …", "det bedste ville være at …": a wish said as how nice it would be
_DA_NICE = re.compile(r"^(?:men |og |så )?(?:det|der) (?:(?:ville|vil|kunne) (?:\w+ )?(?:være|blive)|er) (?:så |rigtig |virkelig |meget )?"
                      r"(?:dejligt|godt|fedt|skønt|rart|fantastisk|fint|bedst|det bedste|min drøm|en drøm|vigtigt)"
                      r"(?: for mig)?,? (?:hvis (?:jeg|æ) (?:kunne|kan|fik|får|må|måtte) |at )(.+)$")
# "et job er vigtigt for mig", "at have venner betyder meget for mig": a hope said as a value; the thing is the aim
_DA_VALUE = re.compile(r"^(?:det at |at )?(.+?) (?:er|ville være|vil være) (?:\w+ )?(?:vigtigt?e?|det vigtigste|vigtigst|"
                       r"afgørende) (?:for mig|for mit liv)?[.!]*$|^(?:det at |at )?(.+?) (?:betyder|ville betyde) "
                       r"(?:rigtig |virkelig |så )?(?:meget|alt|en masse|noget) (?:for mig)?[.!]*$")


def _da_value_wording(low: str) -> str | None:
    """A hope that is no "jeg vil …" sentence: a value ("et job er vigtigt for mig"), how nice it would be ("det
    ville være dejligt, hvis jeg kunne tage bussen"), or a bare phrase ("mere ro i hverdagen"), as a natural goal in
    the first person; None for any other whole sentence (never the sentence pasted after a frame)."""
    low = low.strip().rstrip(" .!")
    nice = _DA_NICE.match(low)
    if nice:  # "… hvis jeg kunne tage bussen selv": "Jeg vil tage bussen selv."
        rest = re.sub(r"^at ", "", nice.group(1).strip())
        if re.match(r"^(?:min|mit|mine|hans|hendes|[a-zæøå]+(?:en|et|ene|erne))\s+\w+\s+(?:kunne|ville|kom|var)\b", rest):
            return None  # "… hvis min søn kom oftere": what another does, no aim of one's own
        verb = rest.split()[0] if rest.split() else ""
        if verb in ("mig", "et", "en") or reflect.FINITE_HINT.match(verb) and verb not in ("komme", "tage", "have", "bo", "gå"):
            return None
        return "Jeg vil " + rest + "." if moves_verb(rest) else _np_goal(rest)
    value = _DA_VALUE.match(low)
    if value:
        thing = (value.group(1) or value.group(2) or "").strip()
        if re.match(rf"^{_NP_START}", thing) and not re.search(r"\b(?:jeg|æ|du|han|hun|det)\b", thing) and len(thing.split()) <= 6:
            return _np_goal(thing)  # "et job er vigtigt for mig": "Jeg vil finde et job."
        if re.match(r"^(?:at )?(?:have|få|finde|komme|bo|tage|være|blive|lære|gå|se|klare|kunne)\b", thing) and low.startswith(("at ", "det at ")):
            return "Jeg vil " + re.sub(r"^at ", "", thing) + "."  # "at have venner betyder meget": "Jeg vil have venner."
        return None
    if re.match(r"^(?:jeg|æ|vi|han|hun|det|der|den|så|hvis|when|if)\b", low) or len(low.split()) > 8:
        return None  # a sentence that is no wish in so many words ("jeg arbejder …"): no goal to suggest
    words = [w.strip(",.!?") for w in low.split()]
    if low.endswith("?") or any(w in reflect._FINITE or reflect.FINITE_HINT.match(w) for w in words):
        return None  # a whole sentence ("mit helbred er vigtigst"): not pasted after a frame
    if re.match(r"^at \w", low):
        return "Jeg vil " + low[3:] + "."  # "at tage toget alene": "Jeg vil tage toget alene."
    if re.match(rf"^{_NP_START}", low) and any(w in low for w, _ in _NP_VERB):
        return _np_goal(low)  # "et job med computere": "Jeg vil finde et job med computere."
    return "Jeg vil arbejde hen imod " + low + "."  # "mere ro i hverdagen": no colon, one sentence


def moves_verb(rest: str) -> bool:
    """Whether a phrase starts with a verb in the infinitive ("tage bussen", "have en hund")."""
    from .dialogue.moves import is_verb_phrase
    return is_verb_phrase(rest)


def _en_wording(low: str) -> str | None:
    low = re.sub(r"^(?:maybe|perhaps|probably) (?=I )", "", low, flags=re.IGNORECASE)  # "Maybe I would like to …"
    need = re.match(r"^I (?:need|have to get|must get) ((?:a|an|some|my|new|more)\b[^,;]+)", low)
    if need:
        return f"I will get {need.group(1).strip()}."
    will = re.match(r"^I (?:will|'ll|am going to|'m going to) (.+)$", low)
    if will:
        return f"I will {will.group(1)}."
    m = re.match(r"^I (?:really |would really |'d really )?(?:want to|would like to|'d like to|would love to|'d love to|"
                 r"hope to|wish to|dream of|dream about|hope for|would like|want) (.+)$", low)
    if m:
        rest = m.group(1)
        if re.match(r"^this: ", rest):
            return "I will work towards " + rest[len("this: "):] + "."
        if not re.search(r"\b(?:to|of|about|for|like|want)$", low.split(" " + rest, 1)[0]):
            return "I will " + rest + "."
        if low.split(" " + rest, 1)[0].endswith(" to"):
            return "I will " + rest + "."
        if re.match(r"^(?:a|an|my|some|more|new)\b", rest) and len(rest.split()) <= 6:
            verb = "find" if re.search(r"\b(?:job|work|friend|flat|apartment|girlfriend|boyfriend|partner)\b", rest) else "have"
            return f"I will {verb} {rest}."  # "I dream of a job with animals": "I will find a job with animals."
        return "I will work towards " + rest + "."
    nice = re.match(r"^(?:it|that) (?:would|will|'d) be (?:so |really |very )?(?:nice|great|good|lovely|wonderful|amazing|my dream)"
                    r"(?: for me)?,? (?:if I could |if I can |to )(.+)$", low, re.IGNORECASE)
    if nice and not re.match(r"^(?:my|his|her|the|a|an) \w+ (?:could|would|came|was)\b", nice.group(1)):
        return "I will " + nice.group(1).rstrip(" .!") + "."  # "It would be nice if I could cook myself": "I will cook myself."
    value = re.match(r"^(?:having |to have )?((?:a|an|my|some|more|new) [a-z ]+?) (?:is|are|would be) (?:really |very |so )?"
                     r"(?:important|the most important thing|everything)(?: to me| for me)?[.!]*$", low, re.IGNORECASE)
    if value and len(value.group(1).split()) <= 5:
        thing = value.group(1)
        verb = "find" if re.search(r"\b(?:job|work|friend|flat|apartment|girlfriend|boyfriend|partner)\b", thing) else "have"
        return f"I will {verb} {thing}."  # "a job is important to me": "I will find a job."
    if re.match(r"^(?:I|I'm|we|he|she|it|there|then|so|if|when|that|this)\b", low) or len(low.split()) > 8:
        return None
    if re.search(r"\b(?:is|are|was|were|am|has|have|had|would|could|means|matters|makes|gives)\b", low):
        return None  # a whole sentence ("my health matters most"): not pasted after a frame
    return "I will work towards " + low + "."


_SAYS_TAIL = re.compile(r",?\s+(?:siger|sagde|fortæller|skriver) (?:hun|han|jeg|hun selv|han selv|[A-ZÆØÅ][a-zæøå]+)$|"
                        r",?\s+(?:she|he|I) (?:says|said|tells me|told me)$")


_NOW_STATE_WORDS = r"(?:I (?:am|'m|go|live|work|attend|study)|jeg (?:går|er|bor|arbejder|læser)|(?:he|she) (?:is|goes|lives|works)|(?:han|hun) (?:går|er|bor|arbejder))\b"
_NOW_HEAD = re.compile(rf"^(?i:{_NOW_STATE_WORDS})(?! (?:good|god|glad|happy|going to)\b)[^,.!?]*,\s+(?=(?i:I|jeg|he|she|han|hun) )")
_NOW_TAIL = re.compile(rf",\s+(?i:{_NOW_STATE_WORDS})(?! (?:good|god|glad|happy|going to)\b)[^,.!?]*$")

# "Jeg vil fortsætte med det.", "Jeg vil have flere.", "I will keep doing it.": the aim is said earlier, not here
_POINTS_BACK = re.compile(r"\b(?:det|dét|den|dem|dette|denne|disse|samme|det her|den her|it|that|them|this|those)"
                          r"(?: selv| igen| også| too| again)?[.!]*$|\b(?:have|få|get|want) (?:flere|mere|more)[.!]*$", re.IGNORECASE)
_NOW_INFINITIVE = {"går": "gå", "er": "være", "bor": "bo", "arbejder": "arbejde", "læser": "læse"}


def _continue_what_is(text: str) -> str | None:
    """ "jeg går en tur hver dag, jeg vil gerne fortsætte med det" -> "jeg vil gerne fortsætte med at gå en tur hver
    dag": what one does now is the aim that "det" points back to."""
    head = _NOW_HEAD.match(text)
    now = re.match(r"^(?:jeg|han|hun) (går|er|bor|arbejder|læser) (.+?),\s*$", head.group(0), re.IGNORECASE) if head else None
    keep = re.match(r"^((?:jeg|han|hun) (?:vil|ville) (?:gerne |rigtig gerne |helst |bare )?(?:fortsætte|blive ved) med) "
                    r"(?:det|dét|dette|det her)\s*[.!]*$", text[head.end():], re.IGNORECASE) if now else None
    if not keep:
        return None
    return f"{keep.group(1)} at {_NOW_INFINITIVE[now.group(1).lower()]} {now.group(2)}"


def goal_suggestions(hopes: list[dict[str, Any]], language: str = "da") -> list[dict[str, Any]]:
    """Up to three first-person goal wordings drawn from the hopes, clearly suggestions for the meeting. A relative's
    "hun vil gerne …" is said in the citizen's own first person ("Jeg vil …"), or left out when that cannot be done
    cleanly (a name, the relative's own "vi", a "hendes" before an unknown noun)."""
    out = []
    for h in hopes:
        if len(out) >= 3:
            break
        text = re.split(r"(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)\s+", h["text"].strip())[0].rstrip(".")  # "… Jeg er bange for det.": the wish only
        if text.endswith("?"):
            continue  # "Kan jeg få et job?": a question, no aim to write as a goal
        # "…, siger hun", "…, he says": who said it, no part of the aim ("Jeg vil kunne gå …, siger jeg" reads wrong)
        text = _SAYS_TAIL.sub("", text)
        # "I want to be a chef, I am in school now", "jeg går på STU, jeg vil være gartner": where one is now is no aim
        text = _continue_what_is(text) or _NOW_TAIL.sub("", _NOW_HEAD.sub("", text, count=1)) or text
        if h.get("speaker") == "relative":
            text = (_da_first_person(text) if language == "da" else _en_first_person(text)) or ""
            if not text:
                continue
        wd = reflect.wish_and_doubt(text)
        if wd:  # "I want a job but honestly it's pointless": the wish, without the other side
            text = wd[0]
        low = text if re.match(r"^I\b", text) else text[:1].lower() + text[1:]  # English "I" stays a capital
        if re.search(r"\b(?:blive|bo|være|arbejde|fortsætte|komme|flytte|stay|work|live) (?:der|dér|there)\b(?! (?:er|var|is|was)\b)", low):
            continue  # "Jeg vil blive der": a place not named points at nothing on its own
        if language == "da":
            if re.match(r"^[aæ] ", low) and reflect.dialect_subject(low, 0, 1):
                low = "jeg" + low[1:]  # "a vil gerne være mekaniker": the dialect "I"
            if re.search(r"(?<![\w-])[aæ](?![\w-])", low):
                continue  # "æ kaffe", an "a" left over: dialect not repaired is no goal wording
        wording = _da_wording(low) if language == "da" else _en_wording(low)
        if wording and language == "da":
            wording = re.sub(r"^(Jeg vil \w+ .+?) og at (\w+)", r"\1 og \2", wording)  # "… en kæreste og at arbejde": one "vil"
            # "Jeg vil have min egen lejlighed lige nu": "lige nu" says when the wish is felt, no part of the aim
            wording = re.sub(r"\s+(?:lige nu|nu|for tiden)(?=[.!]?$)", "", wording) or wording
        if not wording or len(wording.split()) > 16 or _POINTS_BACK.search(wording):
            continue  # no short, clean aim to suggest ("Jeg vil fortsætte med det." names no aim)
        out.append({"text": _m(wording), "quote": h["quote"], "theme": h.get("theme") or "none"})
    return out


def build_sheet(state: dict[str, Any], conversation_id: str, *, created_at: datetime | None = None) -> dict[str, Any]:
    """The sheet for a conversation state (see `forbered.dialogue.engine`)."""
    # a point the citizen took back in the summary ("nej, jeg er ikke god til at lave mad") leaves the lists;
    # the correction itself is on the sheet in the citizen's words
    items = [i for i in state.get("items", []) if i.get("quote") and not i.get("withdrawn")]
    by_cat = {c: [i for i in items if i.get("category") == c and not i.get("safety")]
              for c in ("hope", "resource", "parking", "employment", "goal_progress")}
    wishes = _same_wish_once(by_cat["hope"] + by_cat["employment"])
    by_cat["hope"] = [i for i in by_cat["hope"] if any(i is w for w in wishes)]
    by_cat["employment"] = [i for i in by_cat["employment"] if any(i is w for w in wishes)]
    hopes = [_item(i) for i in _with_remarks(by_cat["hope"])]
    employment = [_item(i) for i in _with_remarks(by_cat["employment"])]
    scores = state.get("scores", [])
    goal_progress = []
    for n, g in enumerate(by_cat["goal_progress"]):
        score = scores[n]["score"] if n < len(scores) else None
        entry = {"goal": _m(g.get("goal") or g.get("text") or g["quote"]), "self_score": score, "quote": _m(g["quote"]),
                 "turn": int(g.get("turn", 0))}
        if g.get("status"):  # "Det går fint." said with the goal: its status, not a goal of its own
            entry["text"] = _m(g.get("text") or g["quote"])
        elif _BARE_STATUS.match((g.get("text") or g["quote"]).strip()):  # "Det går godt." alone: how the goals go
            entry["goal"] = "Mine nuværende mål" if state.get("language", "da") == "da" else "My current goals"
            entry["text"] = _m(g.get("text") or g["quote"])
        elif not re.match(r"^(?:det|it) (?:går|goes|is going)\b", (g.get("text") or g["quote"]).strip(), re.IGNORECASE):
            # "At gå en tur hver dag" told without how it goes: the goal in the citizen's words is its text ("Det går fint
            # med bussen" is how the goals go, said as the goal itself)
            entry["text"] = _m(g.get("text") or g["quote"])
        other = scores[n].get("relative_score") if n < len(scores) else None
        if other is not None:  # "hun siger 4, vi siger 2": the person's score is the score; the relative's is in the status
            said = say("score_relative_status", state.get("language", "da"), other=other)
            entry["text"] = _m(f"{(entry.get('text') or entry['goal']).rstrip(' .')}. {said}")
        goal_progress.append(entry)
    if not goal_progress and scores:
        goal_progress.append({"goal": "Mine nuværende mål" if state.get("language", "da") == "da" else "My current goals",
                              "self_score": scores[0]["score"], "quote": str(scores[0]["score"]), "turn": scores[0]["turn"]})
        if scores[0].get("relative_score") is not None:
            goal_progress[0]["text"] = say("score_relative_status", state.get("language", "da"), other=scores[0]["relative_score"])
    change, sustain = [], []
    for i in items:
        if i.get("talk_type") in ("change", "sustain") and i.get("subtype"):
            (change if i["talk_type"] == "change" else sustain).append(_talk(i))
    themes = []
    for i in items:
        t = i.get("theme")
        if t and t != "none" and t in VALID_THEMES and t not in themes and i.get("category"):
            themes.append(t)
    prefs = state.get("preferences", {})
    sheet = {
        "schema": SCHEMA_ID,
        "sheet_id": sheet_id_for(conversation_id),
        "conversation_id": conversation_id,
        "created_at": (created_at or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        "language": state.get("language", "da"),
        "written_by": "together" if state.get("together") else state.get("written_by", "citizen"),
        "hopes": hopes,
        "resources": [_item(i) for i in by_cat["resource"]],
        "parking": [_item(i) for i in _with_remarks(by_cat["parking"])],
        "employment": employment,
        "themes": themes,
        "goal_progress": goal_progress,
        "change_talk": change,
        "sustain_talk": sustain,
        "preferences": {"relatives_attend": prefs.get("relatives_attend"), "plan_version": prefs.get("plan_version")},
        "goal_suggestions": goal_suggestions([{**_item(i), "speaker": i.get("speaker", "citizen")}
                                              for i in by_cat["hope"] + by_cat["employment"] if _goal_worthy(i)],
                                             state.get("language", "da")),
        "summary": _m(state.get("summary", ""))[:8000],
        "corrections": [_m(c.get("text", "")) for c in state.get("corrections", [])][:50],
        "citizen_confirmed": bool(state.get("confirmed")),
        "stopped_early": bool(state.get("stopped_early")),
        "safety": {"flagged": bool(state.get("safety_turns")), "turns": list(state.get("safety_turns", []))},
    }
    return sheet


def draft_from_tracker(tracker: dict[str, Any]) -> dict[str, Any] | None:
    """A not-yet-confirmed sheet from a Rasa tracker's JSON (slot `mi_state`), for the plan service's
    draft view and for replays that end before the citizen confirms."""
    state = (tracker.get("slots") or {}).get("mi_state")
    conversation_id = tracker.get("sender_id") or ""
    if not state or not conversation_id or not state.get("consent"):
        return None
    return build_sheet(state, conversation_id)
