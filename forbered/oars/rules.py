"""Cues for coding a professional's utterance (MITI 4.2.1), kept as data in small named functions.

Patterns run on the normalised text (lower case, chat spellings mapped by the tagger's normaliser,
one space between words). The cues are features for the trained coder, not a rule engine: a cue says
"this looks like advice", the weights learnt from the corpus decide how much that counts. The one
piece of real logic is Danish question form (`sentence_form`), because word order, not the question
mark, is what separates "Vil du gerne flytte?" (closed question) from "Så du vil gerne flytte?"
(a reflection said with rising tone).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Question words. "hvor" alone is usually "hvor meget/længe/gammel" (a short fact) or "hvor bor du".
OPEN_QWORDS = frozenset({"hvad", "hvordan", "hvorfor", "hvilke", "hvilken", "hvilket"})
FACT_QWORDS = frozenset({"hvornår", "hvor", "hvem", "hvis"})
QWORDS = OPEN_QWORDS | FACT_QWORDS - {"hvis"}
# Words that can stand before the subject in a verb-first (yes/no) question.
SUBJECTS = frozenset({
    "du", "i", "han", "hun", "det", "der", "man", "jeg", "vi", "de", "den", "dit", "din", "dine",
    "hendes", "hans", "jeres", "dig", "dem", "mor", "far",
})
# First words that are not finite verbs even when a subject follows ("Så du vil …", "Og du …").
NOT_VERBS = frozenset({
    "så", "og", "men", "nu", "når", "hvis", "fordi", "selvom", "at", "for", "jo", "ja", "nej", "okay",
    "mm", "altså", "godt", "tak", "både", "enten", "også", "da", "der", "her", "lige", "måske",
    "derfor", "ellers", "bare", "sikke", "hvor", "hvad", "hvordan", "hvorfor", "hvem", "hvornår",
    "hvilke", "hvilken", "hvilket", "det", "du", "hun", "han", "jeg", "vi", "i", "de", "man", "som",
    "mens", "efter", "før", "inden", "om", "med", "til", "fra", "i dag", "lad", "kun", "uden",
})
FIRST_PERSON = {"jeg": "du", "mig": "dig", "min": "din", "mit": "dit", "mine": "dine", "vi": "i", "os": "jer"}
SECOND_PERSON = frozenset({"du", "dig", "din", "dit", "dine"})
STOPWORDS = frozenset(
    "og i at det er en et til på de med for ikke der som har jeg du han hun den af så men om var vil kan "
    "skal bliver blive være have mig dig sig min din dit mit sin sit også bare lige jo nu da når hvis "
    "meget mere lidt gerne godt rigtig helt noget nogen man vi os jer dem hende ham hans hendes dine mine "
    "over efter ud op ind fra hvad hvordan hvor alt alle sådan synes tror ved får fik har haft ja nej mm".split()
)


def tag_question_cues() -> list[str]:
    """ "…, ikke?" / "…, vel?" turn a statement into a request for confirmation."""
    return [r"\b(ikke|vel|ikke sandt|ikke også|right|hva|ik) \?$", r"\ber det ikke rigtigt\b"]


def open_invitation_cues() -> list[str]:
    """Imperative invitations count as open questions ("Fortæl…", "Beskriv…")."""
    return [
        r"^(fortæl|beskriv|forklar|uddyb|sig lidt mere|giv (mig )?et eksempel)\b",
        r"\b(vil|kan|må) du (ikke )?(fortælle|beskrive|forklare|uddybe|sige lidt mere)\b",
        r"\bfortæl (mig|lidt|mere|om)\b", r"\bprøv at (fortælle|beskrive|forklare)\b",
        r"\bjeg er nysgerrig (på|efter)\b", r"\bjeg vil gerne høre (mere|om)\b",
    ]


def advice_cues() -> list[str]:
    """Suggestions and persuasion; the coder still needs permission context to rule them out."""
    return [
        r"\bhar (du|hun|han) (prøvet|overvejet|tænkt på) at\b", r"\bhvad med at\b", r"\bhvorfor .*\bikke bare\b",
        r"\b(du|hun|han) (skal|må) bare\b", r"\b(du|hun|han) (burde|bør|skulle|skal)\b",
        r"\b(du|hun|han) kunne (jo|bare|også|prøve)\b", r"\bjeg synes,? (du|hun|han|i)\b",
        r"\bhvis jeg var (dig|hende|ham)\b", r"\bdet (bedste|klogeste|smarteste) (ville|er)\b",
        r"\bdet ville være (smart|godt|bedre|en god idé|klogt|fornuftigt)\b", r"^prøv (at|med|lige)\b",
        r"\bdu må (lade være|hellere|se at)\b", r"\bdu skal (lære|huske|sige|prøve|tage|have)\b",
        r"\bmit råd\b", r"\bjeg vil anbefale\b", r"\bjeg vil råde\b", r"\bdu må hellere\b",
        r"^(tag|sæt|skriv|ring|gå|lav|køb|få|skift|spørg|brug|meld|find|husk|læg|sig)\b",
    ]


def permission_cues() -> list[str]:
    """Asking before advising is MI-consistent and codes as a closed question."""
    return [
        r"\bmå jeg (komme med|give|foreslå|sige|fortælle|dele)\b", r"\bvil du (høre|have) (et|nogle|mit)\b",
        r"\ber det (okay|i orden),? (at|hvis) jeg\b", r"\bmå jeg\b",
    ]


def confront_cues() -> list[str]:
    """Arguing, correcting, shaming, warning and labelling."""
    return [
        r"\b(din|hans|hendes) egen skyld\b", r"\bdet passer ikke\b", r"\bhvis (du|hun|han) ikke\b",
        r"\bdet går ikke\b", r"\bikke godt nok\b", r"\bundskyld(ning)?\b", r"\bdet er jo\b",
        r"\b(du|hun|han) (glemmer|gør|siger) (det )?altid\b", r"\baltid det samme\b", r"\bgivet op\b",
        r"\b(du|hun|han) (lytter|gider|prøver|vil) (jo )?ikke\b", r"\bdet er fordi (du|hun|han)\b",
        r"\bender (du|hun|han) med\b", r"\bså (må|kan) (du|hun|han) (også )?selv\b", r"\bdoven\b",
        r"\bdet tror jeg ikke på\b", r"\bnu må (du|hun|han)\b", r"\bdet har (du|hun|han) (jo )?sagt før\b",
        r"\bvær (nu )?ærlig\b", r"\bdet duer ikke\b", r"\bdet er dit eget problem\b", r"\bjo ikke\b",
        r"\bmere (hjælp )?end de fleste\b", r"\btæller ikke\b", r"\bdet ved (du|hun|han) godt\b",
    ]


def complex_reflection_cues() -> list[str]:
    """Meaning, feeling and double-sided reflection: the trainee adds what was not said."""
    return [
        r"\bdet lyder (som om|som|til at)\b", r"\bpå den ene side\b", r"\bpå den anden side\b",
        r"\bfor (dig|hende|ham) handler det om\b", r"\bdet handler om\b", r"\bdu (føler|mærker|savner)\b",
        r"\bhvis jeg forstår (dig|det) (ret|rigtigt)\b", r"\bdet (betyder|fylder) (meget|rigtig meget|så meget)\b",
        r"\bsom om\b", r"\bdet er (svært|hårdt|tungt|frustrerende|ensomt)\b", r"\bbåde .* og\b",
        r"\bselvom\b", r"\bsamtidig\b", r"\bvigtig(t|e)? for (dig|hende|ham)\b", r"\bi virkeligheden\b",
        r"\bdet gør ondt\b", r"\bslet ikke\b", r"\bmen\b",
    ]


def affirmation_cues() -> list[str]:
    """Praise of strengths, efforts and values ("Det var modigt af dig …")."""
    return [
        r"\b(modigt|stærkt|flot|sejt|imponerende|godt gået|godt klaret|dygtig|godt set|flot klaret)\b",
        r"\b(du|hun|han) er (god|dygtig|rigtig god|virkelig god) til\b", r"\bdet kræver (mod|meget)\b",
        r"\b(du|hun|han) har (virkelig|tydeligvis|faktisk)\b", r"\b(du|hun|han) er en\b",
        r"\bdet siger noget (godt )?om (dig|hende|ham)\b", r"\bdu tager .* alvorligt\b", r"\bevne(n)?\b",
        r"\b(du|hun|han) (gav|giver) ikke op\b", r"\bdet er (en )?stor\b",
    ]


def summary_cues() -> list[str]:
    """Collecting what was said: announcements and lists of the citizen's points."""
    return [
        r"\b(lad mig|hvis jeg skal|må jeg) (lige )?(samle|opsummere|prøve at samle)\b", r"\bsamle op\b",
        r"\bopsummer", r"\b(du|hun|han) har sagt\b", r"\bdet (du|hun|han) har (sagt|fortalt)\b",
        r"\bindtil nu\b", r"\bsiden sidst\b", r"\bhar jeg forstået det (hele|rigtigt)\b", r"\btre ting\b",
        r"\bto ting\b", r"\bdet hele\b", r"\b, og (at )?(du|hun|han)\b",
    ]


def autonomy_cues() -> list[str]:
    """Choice and control belong to the citizen."""
    return [
        r"\b(op|helt op) til (dig|hende|ham|jer)\b", r"\b(du|hun|han) bestemmer\b", r"\bdit (eget )?valg\b",
        r"\bdin (egen )?beslutning\b", r"\b(du|hun|han) (må|kan) selv\b", r"\bkun hvis (du|hun|han)\b",
        r"\bhvis (du|hun|han) (vil|har lyst)\b", r"\b(du|hun|han) behøver ikke\b", r"\bdet er dig,? der\b",
        r"\b(dit|dine) (ark|liv|mål|ønsker)\b", r"\bdet sidste ord\b", r"\bsammen\b", r"\bover hovedet\b",
        r"\bselv (vælge|bestemme|afgøre)\b", r"\bingen kan tvinge\b", r"\bdu har retten\b",
        r"\bhvad (tænker|synes|vil) (du|hun|han) selv\b", r"\bikke noget (du|hun|han) skal\b",
    ]


def information_cues() -> list[str]:
    """Neutral facts: times, places, services, how the plan works."""
    return [
        r"\bder (findes|er) (en|et|nogle|mulighed|åbent)\b", r"\bkl\b", r"\bman kan\b", r"\bi kommunen\b",
        r"\bmødet (er|handler|bliver)\b", r"\b(det er|er det) (almindeligt|normalt)\b", r"\btypisk\b",
        r"\bfeltet\b", r"\bdu kan (godt )?(ringe|klage|ændre|få|søge)\b", r"\bman har\b", r"\bkommunen\b",
        r"\b(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b", r"\b\d+\b",
    ]


def other_cues() -> list[str]:
    """Greetings, thanks, fillers and procedure."""
    return [
        r"^(hej|hejsa|goddag|godmorgen|godaften|velkommen|farvel|vi ses|tak|mange tak|mm|okay|ja|nej|fint|"
        r"dejligt|godt|nå|javel|øh|hmm)\b", r"\blad os (komme i gang|starte|begynde|holde pause)\b",
        r"\bjeg skriver (lige )?det\b", r"\bvi ses\b", r"\btak for\b", r"\bgodt at se dig\b",
    ]


def reflection_opening_cues() -> list[str]:
    """How reflections start: "Så du …", "Du …", "Det …" (a statement about the citizen)."""
    return [r"^så (du|hun|han|i|det)\b", r"^(du|hun|han|i) (er|har|vil|kan|synes|føler|tænker|bliver)\b"]


CUE_FAMILIES = {
    "tagq": tag_question_cues, "invite": open_invitation_cues, "advice": advice_cues,
    "permission": permission_cues, "confront": confront_cues, "cr": complex_reflection_cues,
    "affirm": affirmation_cues, "summary": summary_cues, "autonomy": autonomy_cues,
    "info": information_cues, "other": other_cues, "reflopen": reflection_opening_cues,
}

# Which cue family, if it fired, is the best evidence for a predicted code.
EVIDENCE_FAMILIES = {
    "open_question": ("invite",), "closed_question": ("permission", "tagq"),
    "advice_without_permission": ("advice",), "confront": ("confront",),
    "complex_reflection": ("cr",), "simple_reflection": ("reflopen",), "affirmation": ("affirm",),
    "summary": ("summary",), "emphasize_autonomy": ("autonomy",), "giving_information": ("info",),
    "other": ("other",),
}


@lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern[str]]:
    return {fam: re.compile("|".join(f"(?:{p})" for p in fn())) for fam, fn in CUE_FAMILIES.items()}


def hits(norm_text: str) -> dict[str, re.Match[str]]:
    """First match per cue family in a normalised text."""
    out = {}
    for fam, rx in _compiled().items():
        m = rx.search(norm_text)
        if m is not None:
            out[fam] = m
    return out


def sentence_form(tokens: list[str], qmark: bool) -> str:
    """Danish question form of one sentence: open_qw, fact_qw, inverted, tag, rising or statement.

    Order matters: a question word decides first, then verb-first order ("Har du …", "Er det …"),
    then a question mark on a statement, which in spoken Danish is a reflection with rising tone.
    """
    if not tokens:
        return "empty"
    first = tokens[0]
    start = 1 if first in {"og", "men", "så", "okay", "ja", "nå", "mm"} and len(tokens) > 2 else 0
    head = tokens[start]
    if head in OPEN_QWORDS:
        return "open_qw"
    if head in FACT_QWORDS and head != "hvis":
        return "fact_qw"
    if len(tokens) > start + 1 and tokens[start + 1] in SUBJECTS and head not in NOT_VERBS:
        return "inverted"
    if qmark and tokens[-1] in {"ikke", "vel", "hva"}:
        return "tag"
    return "rising" if qmark else "statement"
