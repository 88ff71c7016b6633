"""Features for the coder: words, characters, cues, question form and the citizen's previous line.

The context features carry what a single utterance cannot: a simple reflection reuses the citizen's
words with the pronouns shifted (jeg → du), a complex one adds words the citizen never said, and a
reply to a citizen's question is usually information. Overlap is measured on 5-character stems so
"mit arbejde" and "på arbejdet" count as the same word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..tagger import rules as talk_rules
from ..tagger.normalize import clean, norm_token, words
from . import english, rules

GROUPS = frozenset({"words", "chars", "cues", "form", "context"})
# Character n-grams lowered CV macro-F1 (0.855 → 0.836, hierarchical C=8) and slow training down, so
# the default leaves them out; the tagger's spelling normalisation already folds most chat typos.
DEFAULT_GROUPS = GROUPS - {"chars"}
_SENT_END = re.compile(r"[.!?:]+(?=\s|$)|\s•(?=\s)|$")
# A list item at the start of a line ("• …", "- …", "* …", "1. …") becomes "•", which also ends the
# sentence before it: chat summaries are often bullet lists without full stops.
_BULLET = re.compile(r"(?m)^[ \t]*(?:[-*•▪·–]|\d{1,2}[.)])[ \t]+")
STEM = 5
# The citizen's yes to a permission question ("Ja, kom bare med det.", "ja sig bare", "Okay, fortæl."): advice
# given after consent is information (GUIDE.md), so the coder needs to see the consent, not only the advice.
_CONSENT = re.compile(
    r"^(ja|jo|ok|okay|gerne|fint|klart|jamen|jah?|jep|jeps|yes|jaja|sure|javel|selvfølgelig|meget) (tak )?(\w+ ){0,5}?"
    r"(gerne|bare|fortæl|fortælle|sig|kom|må|høre|hør|råd|idé|ideer|forslag|lyt|skyd|frem|løs|kør|tip|tips)\b"
    r"|^(ja|ok|okay|jep|jeps|yes|jo|meget|ja meget) (tak|gerne)$|^(lad|lad mig) høre\b|^(sig|kom|skyd|kør) (frem|løs|på|bare)\b"
)
# Clauses of a list about the citizen: ", du …", "og du …", "at han …" — three or more make a summary even
# without "Lad mig samle op" ("så du sover dårligt, du spiser ikke rigtig og du har ikke lyst til …").
# "…: dit køkken, din økonomi og din fødselsdag" — an inline list after a colon.
# Each item is "[^,.?!:]+" (which already takes the spaces after a comma), so every character can be read only one
# way: a long comma list without "og" fails in linear time.
_COLON_LIST = re.compile(r":[^,.?!:]+(?:,[^,.?!:]+)+\sog\s+\w")
# The citizen says they cannot ("jeg kan ikke finde ud af bussen", "det magter jeg ikke") and the professional says they
# can ("selvfølgelig kan du godt", "du klarer det sagtens"): contradicting, coded `confront` also when meant kindly
# (GUIDE.md). Not a service the citizen can use ("du kan godt få en ledsager").
_CANNOT = re.compile(r"\b(jeg|vi) (kan|magter|klarer|duer) (\w+ )?(ikke|aldrig)\b|\bdet (kan|magter|klarer) jeg (\w+ )?(ikke|aldrig)\b"
                     r"|\bjeg er (\w+ )?ikke (\w+ )?(god|dygtig|klog|stærk|kvik) (nok )?til\b")
_CAN = re.compile(r"\b((kan|magter|klarer|duer) (du|i|hun|han)|(du|i|hun|han) (kan|magter|klarer|duer)) (det |den |dem )?(da |altså "
                  r"|jo |nu |helt |skam )*(godt|sagtens|fint)\b(?! (\w+ )?(lide|få|bede|tage|komme|ringe|søge|låne|bruge|spørge|"
                  r"have|tale|gå|vælge|sige nej|ombestemme)\b)")
# The citizen runs themself down ("jeg er ikke god til noget", "jeg er en dårlig mor", "jeg duer ikke") and the professional
# says the opposite ("du er god til mange ting", "du er en fantastisk mor", "du kan masser"): contradicting, `confront`
# like "jo da, det kan du sagtens" (GUIDE.md); an affirmation names a strength without arguing with the citizen's word.
_SELF_DOWN = re.compile(r"\bjeg er (\w+ )?(ikke|aldrig) (\w+ )?(god|dygtig|klog|stærk|kvik|noget værd|værd|en god|et godt|smuk|"
                        r"pæn|sjov|sød|elsket)\b|\bjeg er (bare |så |jo |altså |sådan |også )*(\w+ )?(dum|dårlig|elendig|"
                        r"håbløs|værdiløs|grim|ubrugelig|uduelig|fiasko|taber|byrde|kvaj|idiot|til ingen nytte|til besvær)\b"
                        r"|\bjeg (duer|dur|kan) (\w+ )?(ikke|ingenting) (noget|til noget|en skid|\.|$)|\bjeg kan ingenting\b"
                        r"|\bingen (kan lide|gider|vil have) mig\b")
_YOU_UP = re.compile(r"\b(du|i) er (da |altså |jo |bestemt |slet |virkelig |rigtig |så |en |et |helt )*(god|gode|dygtig|klog|"
                     r"stærk|fantastisk|dejlig|skøn|sød|smuk|værdifuld|vigtig|elsket|noget værd|god nok)\b"
                     r"|\b(du|i) kan (da |altså |jo |sagtens |godt )*(masser|mange ting|en masse|en hel masse|meget|alt muligt)\b")
_CLAUSE = re.compile(r"(?:,|\bog|\bmen|:)\s+(?:at\s+|så\s+)?(?:du|hun|han|i|de)\s+\w+", re.IGNORECASE)


@dataclass
class Analysed:
    """An utterance and its context, prepared once for feature extraction and evidence."""

    text: str
    tokens: list[str]
    spans: list[tuple[int, int]]
    norm: str
    forms: list[str]  # question form of each sentence (see rules.sentence_form)
    qmark: bool
    context_tokens: list[str]
    context_qmark: bool
    hits: dict[str, re.Match[str]]  # cue families found in `norm`, computed once for features and evidence
    sents: list[tuple[int, int]] = field(default_factory=list)  # token range of each sentence
    bullets: int = 0  # list items ("• …") in the raw text
    context_text: str = ""  # the citizen's line as written (capitals mark names)


def _tokens(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    toks: list[str] = []
    spans: list[tuple[int, int]] = []
    found = words(text)
    raw = [w.lower().replace("’", "'") for w, _, _ in found]
    if english.is_english(raw):  # glossed before the chat-spelling map, which reads "it" as Jutlandic "ikke"
        return english.gloss(raw, [(s, e) for _, s, e in found])
    for w, s, e in found:
        for part in norm_token(w).split():
            toks.append(_fold_qword(_fold_aa(part)))
            spans.append((s, e))
    return toks, spans


# Place names that keep their "aa" in Danish spelling.
_AA_NAMES = frozenset({"aarhus", "aalborg", "aabenraa", "aakirkeby", "aars", "aalbæk", "aaby", "haarby", "faaborg"})


# Words typed with "aa" for "å" that are common in what trainees write; one-syllable stems ("naar", "paa", "staar",
# "vaagner", "taaler") are found by their shape. Compounds whose first part ends in "a" ("dataanalyse", "pizzaaften", "ekstraarbejde") and
# names ("Aase") keep their "aa".
_AA_WORDS = frozenset({
    "hvornaar", "forstaar", "forstaa", "forstaaet", "maaske", "baade", "aar", "aarsag", "haab", "haaber", "haabe",
    "haabet", "taale", "taaler", "raad", "aaben", "aabne", "aabner", "aabent", "aabenbart", "laane", "laaner", "maal",
    "maalet", "maalene", "maade", "maaden", "saadan", "saadanne", "saadant", "paavirker", "paavirke",
    "tilstaa", "opnaa", "opnaar", "undgaa", "undgaar", "foraar", "efteraar", "naaet", "gaaet", "faaet", "staaet",
    "aandedrat", "graad", "graader", "aabning", "foreslaa", "foreslaar", "saar", "saaret", "smaa", "lillebaaden"})
_AA_SHORT = re.compile(r"[^aeiouyæøå]{1,3}aa[^aeiouyæøå]{0,3}(?:e|er|et|ede|en|es|s)?")


def _fold_aa(t: str) -> str:
    """A word typed with "aa" for "å" ("hvornaar", "naar", "gaar", "faar"): the shared normaliser writes "aa" back only
    before "e" (its safety rules fold the rest themselves), so the coder does it for the words above and for short
    words of the shape "naar"/"paa"/"staar"; otherwise "hvornaar" is no question word and "hvornaar flytter du" reads
    as a statement. Other words keep their "aa" (compounds like "dataanalyse", names)."""
    if "aa" not in t or t in _AA_NAMES:
        return t
    return t.replace("aa", "å") if t in _AA_WORDS or _AA_SHORT.fullmatch(t) else t


def _qword_typos() -> dict[str, str]:
    """Question words typed with one letter missing or two letters swapped ("hvordn", "hvd", "hvorfr", "hvilkn",
    "hvornr", "hvrodan"): without the question word "hvordn har du det" reads as a statement. Only forms that start
    with "hv" and are no Danish word of their own ("hvile", "hvilet", "hve")."""
    out: dict[str, str] = {}
    for w in ("hvordan", "hvorfor", "hvornår", "hvilken", "hvilket", "hvilke", "hvad", "hvem"):
        variants = {w[:i] + w[i + 1 :] for i in range(len(w))}
        variants |= {w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(len(w) - 1)}
        for v in variants:
            if v.startswith("hv") and len(v) >= 3 and v not in rules.QWORDS and v not in _NOT_QWORD_TYPOS:
                out.setdefault(v, w)
    return out


_NOT_QWORD_TYPOS = frozenset({"hvile", "hvilen", "hvilet", "hve", "hvis", "hvor", "hvid", "hvide"})
_QWORD_TYPOS = _qword_typos()


def _fold_qword(t: str) -> str:
    return _QWORD_TYPOS.get(t, t) if t.startswith("hv") else t


def _comma_question(text: str, toks: list[str], spans: list[tuple[int, int]], i: int, j: int) -> int:
    """Where a question clause spliced on with a comma starts in the sentence toks[i:j], else 0. Trainees often
    write a reflection and a question as one sentence ("du er nok træt i dag, hvordan klarer du dagen", "du er
    frustreret over dem, kan du fortælle hvad der er sket"); GUIDE.md codes such a volley by its question, so the
    clause counts as a sentence of its own. Only after a main clause (not "hvis du vil, kan du …" or "efter alt det,
    du har været igennem, er du …"), and only a direct question: a question word before a finite verb and its subject
    ("hvordan klarer du", not the indirect "hvad der er sket", "hvilke mål du vil"), or a finite verb before
    "du"/"han"/"hun" ("kan du fortælle", "har du talt med ham"), not a reporting clause ("…, har du fortalt")."""
    first = toks[i + 1] if toks[i] in ("så", "og", "men") and j - i > 1 else toks[i]
    if j - i < 4 or toks[i] in rules.QWORDS or toks[i] in rules.GREETINGS or first in rules.SUBORD or first in _NOT_MAIN \
            or first in _PREPOSITIONS or toks[i : i + 2] in (["sådan", "som"], ["så", "vidt"]) \
            or toks[i] in rules.LEAD_WORDS and toks[i + 1 : i + 3] in (["sådan", "som"], ["så", "vidt"]):
        # a greeting before a question is read by `rules.sentence_form`; "sådan som jeg forstår det, har du …" is a
        # fronted phrase before the main clause, not a statement and a question
        return 0
    qmark = text[spans[j - 1][1] :].lstrip().startswith("?")
    clause = i  # where the clause before the current comma starts
    for k in range(i + 1, j - 2):
        if "," not in text[spans[k - 1][1] : spans[k][0]]:
            continue
        prev, clause = clause, k
        while prev < k - 1 and (toks[prev] in rules.LEAD_WORDS or toks[prev] in ("nej", "jo")):
            prev += 1
        if toks[prev] in rules.SUBORD:
            # the main clause after a fronted clause after a lead word ("nej, hvis du flytter, mister du ikke din ydelse")
            continue
        # "…, så hvorfor søger du ikke", "…, og hvad gør du så": a linking word before the question word
        q = k + 1 if toks[k] in ("så", "og", "men") and k + 1 < j and toks[k + 1] in rules.QWORDS else k
        t, rest = toks[q], toks[q + 1 : j] + ["", ""]
        if t in rules.QWORDS:
            if t == "hvor" and rest[0] not in _HVOR_MOD and not qmark:
                continue  # "hvor glad du er" is an exclamation; "hvor meget fylder den" asks
            if t in ("hvor", "hvilken", "hvilket", "hvilke") and (t != "hvor" or rest[0] in _HVOR_MOD):
                rest = rest[1:] + [""]  # "hvilke mål vil du …" vs the indirect "hvilke mål du vil …"
            verb, subj = rest[0], rest[1]
            if (verb.endswith(("r", "ede")) or verb in _MODALS or verb in rules.LEMMAS) and verb not in rules.SUBJECTS \
                    and verb not in rules.NOT_VERBS and (subj in _CLAUSE_SUBJECTS or t in ("hvad", "hvordan", "hvorfor") and (
                        verb in rules.LEMMAS or verb in _MODALS or verb in _COMMON_FINITE)):
                return k  # "hvordan klarer du", and with the question word as subject "hvad fylder mest", "hvordan gik mødet"
        elif t in ("er", "var", "findes", "fandtes") and rest[0] == "der" and rest[1] in _THERE_OBJECTS:
            return k  # "…, er der noget, der har hjulpet": the expletive "der" as subject
        elif t not in rules.NOT_VERBS and _finite(t) and (rest[0] in ("du", "han", "hun") or rest[0] == "i" and qmark) \
                and rest[1] not in ("og", "men", "eller", "") and t not in _SAY \
                and not (rest[1] in _SAID and (rest[2] == "" or rest[2] in ("og", "men"))):
            return k
    return 0


_THERE_OBJECTS = frozenset({"noget", "nogen", "nogle", "andet", "andre", "mere", "en", "et", "nok"})


# Openings of a sentence whose first clause is not a main clause, or a verb-first conditional ("Har du tid, kan …").
_NOT_MAIN = frozenset({"at", "fordi", "da", "selvom", "efter", "før", "inden", "mens", "om", "som", "har", "er", "kan",
                       "vil", "skal", "hvis", "når"})
# A fronted phrase before the verb ("Ud af alle de ting, vi har talt om, vil du starte med …") makes a statement.
_PREPOSITIONS = frozenset({"ud", "efter", "i", "på", "med", "til", "fra", "for", "om", "under", "over", "ved", "af",
                           "blandt", "uden", "siden", "gennem", "hos", "mod", "inden", "før", "ligesom", "ifølge"})
_SAY = frozenset({"siger", "sagde", "fortæller", "fortalte", "nævner", "nævnte", "skriver", "skrev", "mener", "tænker"})
_SAID = frozenset({"fortalt", "sagt", "nævnt", "skrevet"})
_HVOR_MOD = frozenset({"meget", "mange", "længe", "tit", "ofte"})
_COMMON_FINITE = frozenset({"er", "var", "har", "havde", "sker", "skete", "fylder", "fyldte", "betyder", "betød", "hjælper",
                            "virker", "virkede", "giver", "gør", "går", "kommer", "holder", "stopper", "driver", "skal"})
_CLAUSE_SUBJECTS = frozenset({"du", "i", "han", "hun", "det", "den", "der", "de", "man", "jeg", "vi"})
_MODALS = frozenset({"kan", "vil", "skal", "må", "bør", "tør", "gad", "kunne", "ville", "skulle", "måtte", "burde", "turde"})


def _finite(t: str) -> bool:
    """Whether a word can be a finite verb before its subject: present "-r", a modal, a weak or strong past ("kan du",
    "har du", "synes du", "fik du", "prøvede du"), not a subordinator ("medmindre du siger ja")."""
    return (t.endswith(("r", "ede", "te", "es")) or t in _MODALS or t in rules.LEMMAS) and t not in _SUBORDINATORS


_SUBORDINATORS = frozenset({"medmindre", "eftersom", "idet", "skønt", "hvorimod", "uanset", "dersom", "såfremt", "imens",
                            "hvilket", "end", "eller", "efter", "før", "under", "over", "hver", "der", "her"})


def analyse(text: str, context: str = "") -> Analysed:
    text, bullets = _BULLET.subn("• ", text)
    text = clean(text)
    context = clean(context)
    toks, spans = _tokens(text)
    forms = []
    sents = []
    i = 0
    for m in _SENT_END.finditer(text):  # sentences as token ranges: no second tokenisation
        j = i
        while j < len(toks) and spans[j][0] < m.end():
            j += 1
        if j > i:
            k = _comma_question(text, toks, spans, i, j)
            if k:
                forms.append(rules.sentence_form(toks[i:k], False))
                sents.append((i, k))
                i = k
            forms.append(rules.sentence_form(toks[i:j], m.group().startswith("?")))
            sents.append((i, j))
        i = j
    ctoks, _ = _tokens(context)
    norm = " ".join(toks) + (" ?" if text.rstrip().endswith("?") else "")
    hits = rules.hits(norm)
    if rules.ACCUSE in hits and rules.citizen_told(" ".join(ctoks)):
        # "din mor siger, du lyver" after "min mor siger, at jeg lyver" gives the citizen's own report back
        del hits[rules.ACCUSE]
    a = Analysed(text, toks, spans, norm, forms or ["empty"], text.rstrip().endswith("?"), ctoks,
                 context.rstrip().endswith("?"), hits, sents, bullets, context)
    if forms and forms[0] == "inverted" and not a.qmark and yn_answer(a):
        # "Ja, tag det gerne med." / "ja naturligvis, du må gerne tage ham med" after "Skal jeg have kortet med":
        # the reply answers the citizen's yes/no question; its verb-first order is not a question of its own
        a.forms[0] = "statement"
    return a


# "Hvad vil du helst i dag, gå en tur eller spille kort?": the options named after the question word, in one sentence
# A subordinate clause after the comma ("Hvad gør du, når du er træt eller ked af det?") names no options.
# Also after a dash, without the "?" trainees leave out ("hvad vil du helst - snakke eller gå en tur") and in English
# ("Which is harder, mornings or evenings?": the check reads the typed text, so "or" counts as "eller"). Options may be
# "at"-clauses ("Hvad er vigtigst, at du sover eller at du spiser?"), a lone "at"-clause is not an option.
_OPTIONS_TAIL = re.compile(r"(,|\s[-–])\s*(?!\s)(?!at\b(?![^.?!:]*\beller at\b))(?!(når|hvis|da|så|fordi|mens|selvom|om|som|der|hvor|efter|før|inden|"
                           r"indtil|siden|when|if|because|that|so|while)\b)"
                           r"[^,.?!:]{2,40}(,(?= (eller|or) (at|that) ))?\s*\b(eller|or)\b(?!\s+(hvad|noget|andet|helt|hvordan|hvorfor|er|har|vil|kan|skal|gør|"
                           r"tror|synes|hvis|what|something|anything|not|is|are|do|how|why)\b)[^,.?!:]{1,30}\??\s*$", re.IGNORECASE)


def _is_choice_question(a: Analysed) -> bool:
    """A question word followed by options the professional names ("Hvad er vigtigst lige nu: boligen eller jobbet?",
    "Hvad vil du helst, gå en tur eller spille kort?"): the answer is one of the options, `closed_question` (GUIDE.md)."""
    if len(a.sents) >= 2 and a.forms[-2:] == ["open_qw", "rising"]:
        i, j = a.sents[-1]
        last = a.tokens[i:j]
        # "… eller noget helt andet?", "Eller ikke gøre?" leave the answer open
        return "eller" in last and len(last) <= 8 and last[last.index("eller") + 1 :][:1] not in (
            [], ["hvad"], ["andet"], ["noget"], ["helt"], ["ikke"])
    return a.forms[-1] == "open_qw" and len(a.sents) == 1 and bool(_OPTIONS_TAIL.search(a.text))


def final_sentence_features(a: Analysed) -> list[str]:
    """How a multi-sentence message ends. Chat messages often explain first and ask last ("0 er …, og 4
    er …. Hvilket tal passer bedst?"); MITI codes such a volley by its question, so the last sentence's
    opening words and cues get their own features, apart from the cues anywhere in the message."""
    if len(a.sents) < 2:
        return []
    i, j = a.sents[-1]
    last = a.tokens[i:j]
    feats = [f"lfirst={last[0]}"]
    if a.forms[-1] == "open_qw" and any(
            t in ("eller", "mellem") for t in a.tokens[a.sents[0][0] : i]):
        # options named before "Hvad vælger du?" / "Hvilken vil du prøve?": a choice question, closed (GUIDE.md)
        feats.append("choice_then_q")
    norm = " ".join(last) + (" ?" if a.qmark else "")
    fams = {_cue_name(fam) for fam in rules.hits(norm) if fam != rules.ACCUSE or rules.ACCUSE in a.hits}
    feats += [f"lcue={fam}" for fam in sorted(fams)]
    return feats


# A third party's report about the citizen ("din datter siger, at du falder tit", "personalet fortæller, du ryger på
# værelset") with the verb the citizen just denied ("jeg falder aldrig", "jeg ryger ikke indenfor"): the report is set
# against the citizen's word (GUIDE.md: evidence against the citizen's word is `confront`)
_THIRD_REPORT = re.compile(
    r"\b(?:(?:din|dit|dine|hans|hendes) \w+|lægen|overlægen|psykiateren|psykologen|sygeplejersken|fysioterapeuten|"
    r"jobkonsulenten|mesteren|personalet|pædagogerne|pædagogen|hjemmeplejen|kontaktpersonen|"
    r"sagsbehandleren|naboen|naboerne|lærerne|læreren|skolen|træneren|chefen|vagten) (?:\w+ )?(?:siger|sagde|fortæller|"
    r"fortalte|mener|skriver|skrev|har sagt|har fortalt|har skrevet|påstår)(?: (?:mig|os))?(?: at)? (?:du|i) "
    r"(?:(?:jo|altså|faktisk|tit|ofte|stadig|nogle gange|altid|godt) )*(?P<verb>[a-zæøå]{3,})")


# Verbs that say little alone: the report must also share the word after them with the denial ("du har ondt" against
# "jeg har ikke ondt", not "du har det svært" against "jeg har ikke tid")
_REPORT_AUX = frozenset({"har", "havde", "kan", "kunne", "vil", "ville", "skal", "skulle", "må", "måtte", "får", "fik",
                         "gør", "gjorde", "bliver", "blev", "var"})
_REPORT_LIGHT = frozenset({"det", "godt", "jo", "også", "meget", "lidt", "nok", "bare", "altså", "faktisk"})


def _third_party_contra(norm: str, ctx: str) -> bool:
    m = _THIRD_REPORT.search(norm)
    if m is None or not ctx:
        return False
    if m.group("verb") in _REPORT_AUX:
        rest = [t for t in norm[m.end() :].split()[:3] if t not in _REPORT_LIGHT]
        if not rest or stem(rest[0]) not in {stem(t) for t in ctx.split()}:
            return False
    v = stem(m.group("verb"))
    return any(re.search(rf"\bjeg (?:\w+ )?{re.escape(w)}\b(?: \w+)? (?:ikke|aldrig)\b"
                         rf"|\bjeg (?:\w+ )?(?:ikke|aldrig) (?:\w+ )?{re.escape(w)}\b", ctx)
               for w in {t for t in ctx.split() if stem(t) == v})


def summary_check(a: Analysed) -> bool:
    """Several things collected, then a check ("Du har nævnt søvnen, maden og din bror. Mangler jeg noget?"): the
    summary is the point, not the question (GUIDE.md). The part before the check must collect: a summary cue or a
    list of two or more commas or clauses; one reflection with a check ("Du vil gerne flytte. Er det rigtigt?") is no
    summary."""
    if len(a.sents) < 2:
        return False
    i, j = a.sents[-1]
    if j - i > 7 or not rules.SUMMARY_CHECK.match(" ".join(a.tokens[i:j])):
        return False
    before = a.tokens[: i]
    head = " ".join(before)
    commas = a.text[: a.spans[i][0]].count(",")
    return "summary" in rules.hits(head) or commas >= 2 or (commas >= 1 and " og " in f" {head} ") \
        or len(_CLAUSE.findall(a.text[: a.spans[i][0]])) >= 2


def _cue_name(fam: str) -> str:
    """The feature name of a cue family: a third party's accusation the citizen did not report (`rules.ACCUSE`, kept
    only then) confronts like the professional's own ("din mor siger, du lyver" after "jeg har ikke taget noget")."""
    return "confront" if fam == rules.ACCUSE else fam


@lru_cache(maxsize=256)
def _talk_cues(norm_context: str) -> tuple[str, ...]:
    """Tagger cue families of the citizen's line; cached, as a session codes many turns against one line."""
    return tuple(talk_rules.hits(norm_context))


def _content(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in rules.STOPWORDS and len(t) > 2]


# Inflection endings after a short stem: "uge" / "ugen", "ryg" / "ryggen", "job" / "jobbet", "bus" / "busser" are
# one word for the overlap, "mor" / "morgen" are not.
_INFL = frozenset({"", "e", "en", "et", "n", "t", "er", "ne", "erne", "ene", "s", "ens", "ets"})


def _short_match(short: str, long: str) -> bool:
    if not long.startswith(short):
        return False
    rest = long[len(short):]
    return rest in _INFL or (rest[:1] == short[-1:] and rest[1:] in _INFL)


_ENDINGS = ("ende", "ede", "erne", "ene", "er", "et", "te", "en", "es", "e", "s")


def stem(t: str) -> str:
    """The overlap stem of a word: strong verbs to their infinitive ("drukket"/"drak" → "drikke"), then an inflection
    ending off if three letters stay ("spiste"/"spiser" → "spis", "købte"/"køber" → "køb"), then 5 characters."""
    t = rules.LEMMAS.get(t, t)
    for e in _ENDINGS:
        if t.endswith(e) and len(t) - len(e) >= 3:
            t = t[: -len(e)]
            break
    return t[:STEM]


def _base(t: str) -> str:
    """A word without its inflection ending, not cut to the stem length ("hjemmehjælpen" → "hjemmehjælp")."""
    t = rules.LEMMAS.get(t, t)
    for e in _ENDINGS:
        if t.endswith(e) and len(t) - len(e) >= 3:
            return t[: -len(e)]
    return t


def _shared(t: str, cstems: set[str], cshort: set[str], cbases: frozenset[str] = frozenset()) -> bool:
    """Whether a content word is one of the citizen's words: the same 5-character stem, or a short word (up to 4
    characters, where the stem is the whole word) and an inflected form of it, or the head of a compound ("hjælp" after
    "hjemmehjælp", "hjemmehjælp" after "hjælp": a Danish compound ends in its head word)."""
    if stem(t) in cstems:
        return True
    if any(_short_match(t, c) or _short_match(c, t) for c in cshort if min(len(c), len(t)) <= 4):
        return True
    b = _base(t)
    return len(b) >= 4 and any(c != b and (c.endswith(b) or b.endswith(c)) for c in cbases)


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(1 for e in edges if x >= e)


def context_features(a: Analysed) -> list[str]:
    """Overlap with the citizen's line, pronoun shift and the shape of a reflection."""
    toks, ctx = a.tokens, a.context_tokens
    feats: list[str] = []
    if toks and toks[0] in ("du", "i", "hun", "han") or toks[:2] in (["så", "du"], ["så", "hun"], ["så", "han"]):
        feats.append("x=subject_start")
    if not ctx:
        return feats + ["x=ctx_empty"]
    if a.context_qmark:
        feats.append("x=ctx_question")
        if moment_reply(a):
            # a request for a break or a glass of water is answered with logistics, not with information (moment_reply)
            feats.append("x=ctx_moment")
    if consent(a):
        feats.append("x=ctx_consent")
    # What kind of talk the citizen produced: steps taken invite affirmation, sustain talk invites
    # (in bad MI) confrontation, a question invites information.
    feats += [f"xc={fam}" for fam in _talk_cues(" ".join(ctx))]
    shifted = [rules.FIRST_PERSON.get(t, t) for t in ctx]
    if any(t in rules.FIRST_PERSON for t in ctx) and any(t in rules.SECOND_PERSON for t in toks):
        feats.append("x=pronoun_shift")
    third = {"hun", "han", "hende", "ham"}
    if any(t in third for t in ctx) and any(t in third for t in toks):
        feats.append("x=third_person_kept")
    content = _content(toks)
    ccontent = _content(shifted)
    cstems = {stem(t) for t in ccontent}
    cshort = {t for t in ccontent if len(t) <= 4} | {t for t in ccontent if len(t) > STEM}
    if content:
        cbases = frozenset(b for t in ccontent if len(b := _base(t)) >= 4)
        shared = sum(1 for t in content if _shared(t, cstems, cshort, cbases))
        ratio = shared / len(content)
        novel = len(content) - shared
        feats.append(f"x=ov{_bucket(ratio, (0.01, 0.34, 0.67, 0.99))}")
        feats.append(f"x=novel{min(novel, 4)}")
        feats.append(f"x=cov{_bucket(shared / max(1, len(cstems)), (0.01, 0.5, 0.99))}")
        cjoined = f" {' '.join(ctx)} "
        two = _TWO_THINGS.search(a.norm) or _AT_ONCE.search(a.norm) and a.forms[-1] in ("statement", "rising")
        if two and not _SUM_UP.search(a.norm) and shared >= 1 and (
                " men " in cjoined or len(ctx) >= 10 and " og " in cjoined[4:]):
            # "Jeg hører to ting: du vil gerne flytte, og du er bange for aftenerne." after one line that said both:
            # the two sides of that line given back, a double-sided reflection rather than a summary (GUIDE.md)
            feats.append("x=two_from_last")
        elif _TWO_SIDED.search(a.norm) and not _SUM_UP.search(a.norm):
            feats.append("x=two_from_last")
        elif (len(a.sents) == 1 and a.forms[-1] in ("statement", "rising") and not _SUM_UP.search(a.norm)
              and ratio >= 0.34 and shared / max(1, len(cstems)) >= 0.25
              and sum(t == "og" for t in ctx) + a.context_text.count(",") >= 2
              and (a.text.count(",") >= 2 or len(_CLAUSE.findall(a.text)) >= 2)):
            # "Så du har haft en travl uge, med din mor på sygehuset, arbejdet og børnene." after one line that said
            # all of it: the parts of that line given back in one sentence, a reflection rather than a summary
            feats.append("x=list_from_last")
        if a.forms:
            feats.append(f"x={a.forms[-1]}&ov{_bucket(ratio, (0.01, 0.5))}")
    feats += _added_features(a)
    if a.forms[-1] in ("statement", "rising") and (_CAN.search(a.norm) and _CANNOT.search(" ".join(ctx))
                                                   or _YOU_UP.search(a.norm) and _SELF_DOWN.search(" ".join(ctx))):
        feats.append("x=contradict")
    if _third_party_contra(a.norm, " ".join(ctx)):
        feats.append("x=report_contra")
    if " ".join(toks) == " ".join(shifted):
        feats.append("x=echo")
    return feats


_QUESTION_FORMS = ("open_qw", "fact_qw", "inverted", "invite")


_TWO_THINGS = re.compile(r"\bto (ting|sider)\b")
# "du vil gerne X, og samtidig Y" after "jeg vil gerne X, men Y": the two sides of one line, not a summary (GUIDE.md)
_AT_ONCE = re.compile(r"\b(samtidig|på samme tid|på den anden side(?! af\b)|og alligevel)\b")
# "på den ene side …, på den anden side …", "en del af dig …, en anden del …": one double-sided reflection, not a summary
_TWO_SIDED = re.compile(r"\bpå den ene side\b.*\bpå den anden side\b|\ben del af (dig|hende|ham)\b.*\b(en anden|den anden) del\b")
# "Hvad synes du selv?" alone: it hands the choice back when the citizen has just asked for the professional's view or
# advice ("Hvad synes du, jeg skal gøre?", "skal jeg tage imod det"); otherwise it asks for the citizen's view
_VIEW_BACK = re.compile(r"^(\w+ )?hvad (tænker|synes|mener) (du|i) selv( om det)?( (nu|egentlig|så))*( \?)?$")
# (per sentence of the citizen's line: "Nu skal jeg flytte igen." is a statement, "Jeg ved ikke. Skal jeg …" a question)
_CTX_ASKS_VIEW = re.compile(r" hvad (synes|mener|tænker|siger|ville|vil|skal|bør|gør) (du|jeg) | hvad (ville|skulle) du "
                            r"|^ ((men|jamen|og|hmm|okay|ok|altså|nå|nåh|tja|eller) )?(skal|bør|burde) jeg "
                            r"| (men|eller) (skal|bør|burde) jeg (\w+ )?(tage|sige|vælge|gøre|flytte)\b")


def _ctx_asks_view(a: Analysed) -> bool:
    return any(_CTX_ASKS_VIEW.search(f" {' '.join(_tokens(part)[0])} ") for part in re.split(r"[.!?\n]+", a.context_text))
# agreeing with the citizen ("din kontaktperson er enig med dig i, at du skal have mere tid"): the advice-like content
# after it is the citizen's own wish backed, read like advice after the citizen's yes (information)
_AGREE_YOU = re.compile(r"(?<!ikke )(?<!aldrig )\b(er|var) (?!ikke |aldrig )(\w+ )?enig(e)? med (dig|jer)\b|\b(giver|gav) (dig|jer) ret\b")
# someone backing the citizen's own plan ("din søster synes også, det er en god plan", "personalet bakker dig op",
# "din kontaktperson er også med på, at du starter"): the citizen's wish backed, information like agreement (GUIDE.md)
_APPROVE = re.compile(
    r"\b(?:også )?(?:synes|syntes|mener|mente|tænker|siger|sagde)(?: også| faktisk| helt| bestemt)*(?: at)?"
    r" (?:det|den|planen|idéen|ideen)(?: også)? (?:er|var|lyder|lød)(?: også)?(?: som)?(?: en| et)?"
    r"(?: (?:rigtig|virkelig|meget|helt|super|vældig|rigtigt))?"
    r" (?:god|godt|fin|fint|glimrende|fornuftig|fornuftigt|klog|klogt|super|fremragende|flot|oplagt|spændende)\b"
    r"|\b(?:synes|syntes|mener|tænker)(?: også)? (?:godt|rigtig godt|vældig godt) om (?:planen|idéen|ideen|det)\b"
    r"|\b(?:er|var)(?: også| helt| fuldt| ud)* med på(?: (?:det|at|planen|idéen|ideen|den)\b|$)"
    r"|\b(?:er|var)(?: også| helt| rigtig| meget)* (?:glad|glade|begejstret|begejstrede|positiv|positive)"
    r" (?:for|over|overfor|ved) (?:planen|idéen|ideen|det|(?:din|min) plan|(?:dine|mine) planer|(?:din|min) beslutning|beslutningen|tanken)\b"
    r"|\bbakker(?: dig| jer| mig| os)?(?: også| helt| fuldt)*(?: dig| jer| mig| os)? op\b"
    r"|\bstøtter(?: også)? (?:dig|jer|mig|os|op om|planen|idéen|ideen|(?:din|min) beslutning|beslutningen)\b"
    r"|\b(?:står|er)(?: også| helt)* bag (?:dig|jer|mig|os|planen|idéen|ideen|(?:din|min) beslutning)\b")
# the citizen's own plan or wish in the line before ("jeg vil gerne …", "jeg har tænkt mig at …")
# (not a "jeg …" clause under "om"/"hvis"/"når" or someone else's "siger/synes, (at) jeg skal": no plan of the citizen's)
_PLAN_CTX = re.compile(r"(?<!\bom )(?<!\bhvis )(?<!\bnår )(?<!\bat )(?<!\bsiger )(?<!\bsagde )(?<!\bsynes )(?<!\bmener )"
                       r"\bjeg (?:(?!ikke\b)\w+ )?(?:vil|skal|har tænkt mig|har besluttet|har bestemt|overvejer|prøver|"
                       r"begynder|starter|håber|ville|kunne tænke mig|drømmer om|glæder mig)\b(?! ikke\b| aldrig\b)"
                       r"|\bi (?:really )?(?:want|plan|hope|would like|am going|have decided)\b(?! not\b)")
_NOT_BACKER = frozenset({"du", "jeg", "vi", "det", "der", "man", "i", "dig", "hvem", "hvad", "hvordan", "hvorfor", "hvor",
                         "er", "synes", "mener", "tror", "hvis", "når",
                         # a group, not someone who backs this plan ("mange synes, det er en god idé at …": advice)
                         "mange", "andre", "nogle", "folk", "alle", "flere", "de", "fleste", "eksperter"})


def _citizen_words(a: Analysed) -> tuple[set[str], set[str]]:
    """The citizen's content words (turned to "du"), as stems and short/long forms for `_shared`."""
    ccontent = _content([rules.FIRST_PERSON.get(t, t) for t in a.context_tokens])
    return {stem(t) for t in ccontent}, {t for t in ccontent if len(t) <= 4} | {t for t in ccontent if len(t) > STEM}


# the approved thing itself, not a step ("det er en god idé", "en fin plan, siger hun")
_APPROVED_NOUNS = frozenset({"idé", "ide", "idéen", "ideen", "plan", "planen", "beslutning", "beslutningen", "tanke",
                             "tanken", "valg", "siger", "sagde", "synes", "mener", "too", "also"})


def backs_plan(a: Analysed) -> re.Match[str] | None:
    """Someone else backing the citizen's own plan ("Din søster synes også, det er en god plan." after "Jeg vil flytte."):
    a report that supports the citizen's wish, `giving_information` like agreement with the citizen (GUIDE.md). Not the
    professional's own view ("jeg synes …"), not a report the citizen just gave (a reflection), not under "ikke"."""
    if not a.forms or a.forms[-1] not in ("statement", "rising"):
        return None
    m = _APPROVE.search(a.norm)
    if m is None or re.search(r"\b(ikke|aldrig|ingen)\b", a.norm[: m.end()]):
        return None
    before = [t for t in a.norm[: m.start()].split() if t not in rules.LEAD_WORDS]
    if not before or len(before) > 6 or before[0] in _NOT_BACKER:
        return None
    ctx = " ".join(a.context_tokens)
    if not ctx or _APPROVE.search(ctx) or not _PLAN_CTX.search(ctx):
        return None
    # what is approved is the citizen's plan: "det" or words from the citizen's line, not a new step ("… at du stopper
    # med at ryge" after "jeg vil gerne tabe mig" is advice through someone else)
    tail = [t for t in _content(a.norm[m.end():].split()) if t not in _APPROVED_NOUNS]
    if re.search(r"\b(ikke|aldrig)\b", a.norm[m.end():]) and not re.search(r"\b(ikke|aldrig)\b", ctx):
        return None  # "… en god idé, at du ikke flytter" after "jeg vil flytte": against the plan
    if tail:
        cstems, cshort = _citizen_words(a)
        if not any(_shared(t, cstems, cshort) for t in tail):
            return None
    return m
# a number counts the points ("tre ting"), not the citizen's content ("tre formiddage om ugen")
_SUM_UP = re.compile(r"\b(samle|samler|opsummer\w*|(tre|fire|flere) (ting|sider|punkter|emner|områder|forskellige)|fanget|"
                     r"fortalt|nævnt|sagt|i dag|indtil nu)\b")


def lead_filler(a: Analysed) -> bool:
    """A short thanks or okay before the real message ("Tak. Et forslag kunne være …", "Fint. En mulighed er …"):
    the first word's `other` cue then says nothing about the message, which is coded by what follows. Thanks or small
    talk of any length before a closing question ("Tak fordi du kom i dag. Jeg har glædet mig. Hvordan har ugen
    været?") is a lead-in too: the volley is coded by its question (GUIDE.md)."""
    if len(a.sents) < 2:
        return False
    i, j = a.sents[0]
    m = a.hits.get("other")
    if m is None or m.start() != 0:
        return False
    return j - i <= 3 and a.sents[-1][1] - a.sents[1][0] >= 4 or a.forms[-1] in _QUESTION_FORMS and a.qmark


_ANSWER_LEAD = frozenset({"ja", "nej", "jo", "okay", "ok", "mm", "jamen", "nå", "jah", "yes", "nope", "næ"})
_ANSWER_LEAD2 = frozenset({"selvfølgelig", "da", "gerne", "bestemt", "desværre", "klart", "tak", "det", "sikkert", "absolut"})


def answer_lead(a: Analysed) -> bool:
    """A yes or no with a comma before the answer to the citizen's question ("Ja selvfølgelig, hun er velkommen.",
    "Nej desværre, den er lukket om søndagen."): the filler's `other` cue says nothing; the answer decides."""
    toks = a.tokens
    if not a.context_qmark or len(toks) < 5 or toks[0] not in _ANSWER_LEAD:
        return False
    k = 2 if toks[1] in _ANSWER_LEAD2 else 1
    return "," in a.text[a.spans[k - 1][1] : a.spans[k][0]] and len(toks) - k >= 3


# The citizen's yes/no question ("Må min søster komme med?", "Kan jeg få tolk?", "Er det ok, at …?") and a reply that
# starts with the answer ("Ja selvfølgelig, hun er velkommen.", "Nej, det kan man desværre ikke.", "Klart, han må gerne
# sidde med."): the reply grants, refuses or informs, so the answer word's `other` cue says nothing (GUIDE.md).
_YN_VERBS = frozenset({"må", "kan", "skal", "er", "har", "vil", "bliver", "får", "gør", "kommer", "behøver", "skulle",
                       "kunne", "ville", "måtte", "burde", "plejer", "tager", "går", "mister", "gælder", "koster", "findes"})
_YN_ANSWERS = frozenset({"ja", "jo", "nej", "næ", "klart", "selvfølgelig", "naturligvis", "sagtens", "bestemt", "absolut",
                         "gerne", "jamen", "jep", "desværre", "yes", "sure", "no", "nope", "javist", "jada"})
_CTX_LEAD = frozenset({"og", "men", "så", "hey", "hej", "hejsa", "undskyld", "øh", "altså", "nå", "jamen", "ok", "okay"})


_CTX_SUBJECTS = frozenset({"jeg", "min", "mit", "mine", "vi", "vores", "han", "hun", "man", "det", "der", "du", "i", "de",
                           "hans", "hendes", "deres", "jeres", "din", "dit", "dine", "den", "denne", "dette", "disse",
                           "nogen", "noget", "nogle", "alle", "begge"})
# Words ending like a definite noun ("-en", "-et") that are not nouns, so "har meget ondt" stays a statement.
_NOT_NOUNS = frozenset({"meget", "igen", "sammen", "siden", "hjemmet", "ellers", "egen", "eget", "selen", "heller",
                        "derhjemme", "alene", "nogensinde", "stadigvæk", "endnu", "allerede", "bagefter"})
# A grant of the citizen's request without a yes word ("Du er meget velkommen til at tage ham med.", "Hun må gerne
# være med.", "Det må du gerne.", "Det er helt fint."): it answers the request as "Ja, …" does.
_GRANT = re.compile(
    r"^(du|i|han|hun|den|det|de|din \w+|dit \w+|dine \w+|jeres \w+|\w+en|\w+et) (er|må|kan|skal|behøver)"
    r"( (meget|hjertelig|hjerteligt|mere|end|så|altid|selvfølgelig|sagtens|også|godt|helt|bare|da|nok|ikke))*"
    r" (velkommen|velkomne|gerne|godt|sagtens|fint|i orden|okay|ok)\b"
    r"|^det (må|kan|skal|behøver) (du|i|han|hun|de) (også |selvfølgelig |da |sagtens )*(gerne|godt|sagtens|ikke)\b")


# The professional's own yes to "Vil du hjælpe mig …?" without a yes word ("Det vil jeg gerne. Vi …", "Det kan jeg sagtens."),
# a whole sentence, so "Det kan jeg godt forstå." is not an answer
_GRANT_SELF = re.compile(r"det (vil|kan|gør|skal) jeg (\w+ )?(gerne|godt|sagtens|selvfølgelig|med glæde)\s*([.!,]|[^\w\s]*\s*$)")


def _ctx_yn_question(a: Analysed) -> bool:
    """The citizen's line is a yes/no question: verb first, with "?" or with a subject after the verb, also a name
    or a definite noun without "?" ("kommer Lotte også på fredag", "må hunden være med")."""
    ctx = a.context_tokens
    k = 0
    while k < len(ctx) - 1 and ctx[k] in _CTX_LEAD:
        k += 1
    if not ctx or ctx[k] not in _YN_VERBS:
        return False
    if a.context_qmark:
        return True
    if k + 1 >= len(ctx):
        return False
    nxt = ctx[k + 1]
    if nxt in _CTX_SUBJECTS:
        return True
    if len(nxt) >= 5 and nxt.endswith(("en", "et", "erne", "ene")) and nxt not in _NOT_NOUNS:
        return True
    # a name after the verb, as the citizen wrote it ("kommer Lotte")
    raw = re.findall(r"\w+", a.context_text)
    return len(raw) > k + 1 and raw[k + 1][:1].isupper() and raw[k + 1].lower() == nxt


def yn_answer(a: Analysed) -> bool:
    """A reply that starts with yes or no to the citizen's yes/no question (see above), or grants the request without
    a yes word ("du er meget velkommen til at tage ham med"); a verb-first line with its subject after the verb is a
    question also without "?" ("må min kæreste læse med")."""
    if not a.context_tokens or not a.tokens:
        return False
    if a.tokens[0] not in _YN_ANSWERS and not _GRANT.match(a.norm) and not _GRANT_SELF.match(a.text.strip().lower()):
        return False
    return _ctx_yn_question(a)


# What the citizen asks for in the moment: a break, the toilet, a drink, a smoke, the phone, air, to stop for today. The
# professional's yes ("Selvfølgelig, tag fem minutter.", "Ja, gå du bare.") is logistics (`other`, GUIDE.md), not
# information about the meeting or the plan, and its imperative is no advice.
# Not a health question ("Skal jeg drikke mere vand?", "Skal jeg stoppe med at ryge?") or a break from something else.
_MOMENT = re.compile(
    r"\b(pause(?! fra)|pauser|toilet|toilettet|wc|tisse|tis|(få|hente|have) (et glas |en kop |lidt |noget |en )?(vand|kaffe|"
    r"te|at drikke)|glas vand|kop (kaffe|te)|noget at drikke|(lige|ud og|ud at) ryge|ryge (en|lige)|smøg|smøge|cigaret|"
    r"frisk luft|strække benene|(tage|svare|besvare) (lige )?(telefonen|mobilen)|(åbne|lukke) (lige )?vinduet|"
    r"stoppe (nu|her|for i dag)|slutte (nu|her|for i dag)|gå (lidt )?(tidligere|hjem nu)|stop nu)\b")
# A request about the meeting or another day ("Må jeg holde pause på mødet?") is answered with information.
_NOT_MOMENT = re.compile(r"\b(mødet|møderne|møder|samtalen med|næste gang|i morgen|på (mandag|tirsdag|onsdag|torsdag|fredag|"
                         r"lørdag|søndag)|derhjemme|hjemme|på arbejdet|i praktikken|på bostedet|i skolen|undervejs)\b")
_MOMENT_LEAD = re.compile(r"^(jeg|vi) (skal|må|vil|går|har brug for at) (lige|lidt|hurtigt)\b")


def moment_reply(a: Analysed) -> bool:
    """A reply that answers the citizen's request for something in the moment (see _MOMENT): a yes/no request, or
    "jeg skal lige …"; a reply that asks a question of its own is coded by the question."""
    if not a.context_tokens or not a.tokens or len(a.tokens) > 14:
        return False
    if a.forms[-1] in _QUESTION_FORMS and (a.qmark or a.forms[-1] != "inverted"):
        return False  # "gå du bare" without "?" is an imperative, verb first
    ctx = " ".join(a.context_tokens)
    if len(a.context_tokens) > 14 or not _MOMENT.search(ctx) or _NOT_MOMENT.search(ctx):
        return False
    return _ctx_yn_question(a) or _MOMENT_LEAD.search(ctx) is not None


def greeting_question(a: Analysed) -> bool:
    """A greeting or a filler before a question in one sentence ("godmorgen, har du sovet godt", "hej og velkommen, hvad
    kunne du tænke dig at tale om", "nå, hvor ligger den", "okay, hvad så nu"): the greeting's `other` cue says nothing;
    the question decides, as after a lead filler."""
    if not a.tokens or not (a.tokens[0] in rules.GREETINGS or a.tokens[0] in rules.LEAD_WORDS):
        return False
    questions = ("open_qw", "fact_qw", "inverted", "invite")
    # the comma may have split "nå, hvor ligger den" into the filler and the question
    return a.forms[0] in questions or len(a.sents) == 2 and a.sents[0][1] - a.sents[0][0] <= 2 and a.forms[1] in questions


def consent(a: Analysed) -> bool:
    """Whether the citizen's line is a short yes to hearing advice or information."""
    return len(a.context_tokens) <= 8 and _CONSENT.search(" ".join(a.context_tokens)) is not None


def _added_features(a: Analysed) -> list[str]:
    """What a reflection adds to the citizen's line: a feeling the citizen did not name makes it complex
    ("Du er skuffet over dig selv." after a broken promise), while "Du savner …" after "Jeg savner …" only
    repeats it; an absolute word the citizen did not use ("aldrig", "slet", "alle") amplifies it."""
    feats: list[str] = []
    cstems = {rules.FEELING_CLASS.get(t, t)[:STEM] for t in a.context_tokens}
    # "svært" and "mangler" mostly reword "kan ikke" / "har ikke" (simple), so they do not count as added feeling
    feel = [w for m in rules.feeling_regex().finditer(a.norm)
            if (w := m.group().split()[0]) not in ("svært", "mangler")]
    if feel:
        new = any(rules.FEELING_CLASS.get(w, w)[:STEM] not in cstems for w in feel)
        feats.append("x=feel_new" if new else "x=feel_echo")
    if any(t in rules.AMPLIFIERS and t not in a.context_tokens for t in a.tokens):
        feats.append("x=amplified")
    elif any(t in rules.DOWNTONERS for t in a.context_tokens) and not any(
            t in rules.DOWNTONERS for t in a.tokens) and any(t in rules.INTENSIFIERS for t in a.tokens):
        # "Du er rigtig bange for mødet." after "Jeg er lidt nervøs.": an amplified reflection
        feats.append("x=intensified")
    return feats


# Cue families that read differently when they only repeat the citizen's own words.
ECHO_FAMILIES = frozenset({"confront", "advice"})
# Cue families whose code depends on the citizen having just made a claim: "Er du sikker?" checks a fact when
# said alone, but doubts the citizen's word after "Jeg har ikke noget problem med spil." (a confrontation).
CLAIM_FAMILIES = frozenset({"challenge"})
# Advice-like cue families that become information once the citizen has said yes to hearing it.
CONSENT_FAMILIES = frozenset({"advice", "softadvice", "info"})
# Cue families whose point, after "men", outweighs a reflection before it (the righting reflex: "yes, but …").
AFTER_MEN = frozenset({"advice", "softadvice", "confront", "challenge"})
# Reflection and autonomy cue families that only lead in when a correction or advice follows "men".
BEFORE_MEN = frozenset({"cr", "feel", "hedge", "metaphor", "reflopen", "affirm", "autonomy"})
_BACK = {"du": "jeg", "dig": "mig", "din": "min", "dit": "mit", "dine": "mine", "i": "vi", "jer": "os"}


def _echoes(span: str, padded_context: str) -> bool:
    """Whether a cue's words, in the first person again, are in the citizen's line."""
    words = [_BACK.get(w, w) for w in span.replace("?", " ").split()]
    if len(words) == 1:  # one long cue word the citizen used first ("… et problem" after "Jeg har ikke et problem.")
        return len(words[0]) >= 5 and f" {words[0]} " in padded_context
    return len(words) >= 2 and f" {' '.join(words)} " in padded_context


def _tail_echoes(a: Analysed, m: re.Match[str]) -> bool:
    """Whether what a cue sets against the citizen after "men" ("…, men du drikker jo stadig") is the citizen's own words:
    two thirds of its content words are in the citizen's line (with the pronouns shifted)."""
    span = f" {m.group()} "
    if " men " not in span:
        return False
    tail = _content(a.norm[m.start():].split(" men ", 1)[-1].split())
    if not tail:
        return False
    cstems, cshort = _citizen_words(a)
    return sum(1 for t in tail if _shared(t, cstems, cshort)) * 3 >= 2 * len(tail)


def featurize(a: Analysed, groups: frozenset[str] = DEFAULT_GROUPS) -> list[str]:
    """All feature strings for one utterance; `groups` lets cross-validation ablate families."""
    toks = a.tokens
    n = len(toks)
    feats: list[str] = [f"len={min(n, 30) // 4}", f"nsent={min(len(a.forms), 3)}"]
    if not toks:
        feats.append("empty")
    if a.qmark:
        feats.append("qmark")
    if "words" in groups:
        feats += [f"w={t}" for t in toks]
        feats += [f"b={x}_{y}" for x, y in zip(["<s>"] + toks, toks + ["</s>"], strict=False)]
        if toks:
            feats += [f"first={toks[0]}", f"first2={'_'.join(toks[:2])}", f"last={toks[-1]}"]
        feats.append(f"commas={min(a.text.count(','), 4)}")
    if "chars" in groups:
        padded = f" {a.norm} "
        for n in (3, 4, 5):
            feats += [f"c{n}={padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    if "form" in groups:
        # a choice question ("Hvad passer dig bedst, tirsdag eller torsdag?") has the form of neither an open question nor
        # a yes/no one: its own form, so the open question word's weight does not decide it
        choice = _is_choice_question(a)
        last_form = "choice" if choice and a.forms[-1] == "open_qw" else a.forms[-1]
        feats.append(f"f_last={last_form}")
        feats.append(f"f_first={a.forms[0]}")
        feats += [f"f_any={f}" for f in set(a.forms)]
        if toks:
            feats.append(f"f_last&first={last_form}_{toks[0]}")
        feats += final_sentence_features(a)
        if a.bullets:
            feats.append(f"bullets={min(a.bullets, 3)}")
        clauses = len(_CLAUSE.findall(a.text))
        if clauses >= 2:
            feats.append(f"clauses={min(clauses, 4)}")
        if _COLON_LIST.search(a.text):
            feats.append("colon_list")
        if summary_check(a):
            feats.append("x=summary_check")
        if (len(a.sents) >= 2 and a.sents[-1][0] >= 12 and a.forms[-1] in ("open_qw", "fact_qw", "inverted")
                and "summary" not in a.hits and not summary_check(a)):
            # a long run-on reflection ending in a real question ("… og du er helt brugt op, hvad kunne hjælpe dig?"):
            # the question decides, however many "og" the reflection has (GUIDE.md)
            feats.append("x=long_then_question")
        if not a.context_tokens and _TWO_SIDED.search(a.norm) and not _SUM_UP.search(a.norm):
            feats.append("x=two_from_last")
        if choice:
            feats.append("choice_q")
    if "context" in groups:
        feats += context_features(a)
    if "cues" in groups:
        if not a.hits and len(toks) >= 3 and a.forms[-1] == "statement":
            # a plain statement with no cue at all ("ugen har været tung", "så alle andre tager fejl") is mostly a
            # reflection; greetings, thanks and fillers carry `other` cues
            feats.append("bare_statement")
        ov = next((f for f in feats if f.startswith("x=ov")), "x=ov_none")[2:] if "context" in groups else ""
        ctx = f" {' '.join(a.context_tokens)} " if a.context_tokens else ""
        lead = lead_filler(a) or greeting_question(a)
        if lead:
            feats.append("lead_filler")
        elif answer_lead(a):
            lead = True
            feats.append("answer_lead")
        moment = moment_reply(a)
        if moment:
            feats.append("x=moment_reply")
        elif yn_answer(a):
            feats.append("x=yn_answer")
            lead = lead or n >= 3
        seen: set[str] = set()
        # "jeg forstår godt, det er svært, men det er ikke i orden": the reflection before "men" is the lead-in, the
        # correction or advice after it is the point (GUIDE.md), so the lead-in's cues are kept apart
        men = f" {a.norm} ".find(" men ")
        point_after_men = men >= 0 and any(
            _cue_name(f) in AFTER_MEN and m.start() >= men for f, m in a.hits.items())
        # "det lyder som om du skal lære at sætte grænser": a suggestion behind a reflection hedge is advice
        adv = [m for f, m in a.hits.items() if f in ("advice", "softadvice")]
        hedge = a.hits.get("hedge")
        hedged = bool(adv) and hedge is not None and any(0 <= m.start() - hedge.start() <= len(hedge.group()) + 12 for m in adv)
        if hedged:
            feats.append("advice_hedged")
        # "det er ikke sundt for ham. du burde give ham grønt": a warning, then the advice that is its point
        last_start = len(" ".join(toks[: a.sents[-1][0]])) if len(a.sents) >= 2 else -1
        warn_then_advice = last_start > 0 and any(
            f in ("advice", "softadvice") and m.start() >= last_start for f, m in a.hits.items()) and not any(
            _cue_name(f) in ("confront", "challenge") and m.start() >= last_start for f, m in a.hits.items())
        agreed = _AGREE_YOU.search(a.norm)
        backed = None if agreed else backs_plan(a)
        if agreed:
            feats.append("x=agree_you")
        elif backed:
            agreed = backed
            feats += ["x=agree_you", "x=backs_plan"]
        for fam0, m in a.hits.items():
            fam = _cue_name(fam0)
            if lead and fam == "other" and m.start() == 0 or fam in seen:
                continue
            seen.add(fam)
            if backed and m.start() < backed.end() and m.end() > backed.start():
                # "det lyder som en god plan", "glad for planen" inside the report: the backing's words, not a
                # reflection hedge, a feeling or praise of the citizen
                feats.append(f"cue={fam}&backs")
                continue
            if ctx and fam0 in ECHO_FAMILIES and _echoes(a.norm[m.start():m.end()], ctx):
                # "Du gider ikke …" after "Jeg gider ikke …" gives the citizen's words back: a reflection, not a claim
                feats.append(f"cue_echo={fam}")
                continue
            if ctx and fam0 == "challenge" and _tail_echoes(a, m):
                # "du siger, det går godt, men du sover stadig dårligt" after the citizen said both: a reflection
                feats.append(f"cue_echo={fam}")
                continue
            if fam == "summary" and "x=two_from_last" in feats:
                feats.append("cue=summary&last_line")
                continue
            if fam == "affirm" and "x=contradict" in feats:
                # "du er god til mange ting" after "jeg er ikke god til noget" argues with the citizen's word
                feats.append("cue=affirm&contradict")
                continue
            if point_after_men and fam in BEFORE_MEN and m.start() <= men:
                feats.append(f"cue={fam}&before_men")
                continue
            if hedged and fam in ("hedge", "cr") and m.start() <= hedge.start() + 1:
                feats.append(f"cue={fam}&advice")
                continue
            if warn_then_advice and fam in ("confront", "challenge") and m.start() < last_start:
                feats.append(f"cue={fam}&then_advice")
                continue
            if fam0 == "verify":
                # "Har du talt dine øl?" after "Jeg drikker ikke ret meget.": the question doubts the citizen's word
                feats.append("cue=verify&minimise" if ctx and rules.MINIMISE.search(ctx) else "cue=verify")
                continue
            if moment and fam in ("advice", "softadvice", "info"):
                # "Klart, tag den tid du har brug for." after "Kan vi holde en pause?": the request granted, not advice
                feats.append(f"cue={fam}&moment")
                continue
            if fam in CONSENT_FAMILIES and (ctx and consent(a) or agreed and m.start() > agreed.start()
                                            and " men " not in a.norm[agreed.end():m.start()]):
                # after the citizen's yes an advice cue marks information (GUIDE.md); the plain cue, learnt mostly from
                # unasked advice, would outweigh the few consent lines ("Mange synes, det hjælper at …" after "Ja, sig bare.")
                feats.append(f"cue={fam}&consent")
                continue
            feats.append(f"cue={fam}")
            if fam in AFTER_MEN and " men " in f" {a.norm[: m.start()]}":
                # "du har ret i, at det er svært, men du må altså se at komme i gang": the point comes after "men"
                feats.append(f"cue_after_men={fam}")
            if fam in CLAIM_FAMILIES and ctx and not a.context_qmark:
                feats.append(f"cue={fam}&ctx_claim")
            if m.start() == 0:
                feats.append(f"cue0={fam}")
            if ov:  # praise that reuses the citizen's words is still praise, not a reflection
                feats.append(f"cue={fam}&{ov}")
        if "autonomy" not in seen and ctx and _VIEW_BACK.search(a.norm) and _ctx_asks_view(a):
            feats += ["x=view_back", "cue=autonomy"]
        if "x=report_contra" in feats and "challenge" not in seen:
            # weighed like the other evidence set against the citizen's claim ("lægen siger, du sagtens kan …")
            feats += ["cue=challenge", "cue=challenge&ctx_claim"]
    return feats
