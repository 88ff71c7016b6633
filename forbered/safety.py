"""Crisis detection that does not need the trained model: the rule layer the tagger also uses.

The tagger combines these rules with a classifier; this function is what any part of the system can
call cheaply (the plan service, the tests) to decide whether a text must get the safety answer.
`safety_kind` says which kind of disclosure the rules saw, so the answer can name the right help line.
"""

from __future__ import annotations

import re

from .tagger import rules
from .tagger import safety_rules as sr
from .tagger.normalize import clean, normalised_words
from .tagger.safety_concepts import concept_positions
from .tagger.safety_rules import emoji_hit

# The rule groups that decide the wording of the answer, in the order that wins when several match:
# thoughts of suicide or self-harm first (the answer names Livslinien), then violence, then acute
# danger, then missing care. The English group is mixed: its match names the kind by its words (_english_kind).
KINDS = ("suicide", "self_harm", "abuse", "danger", "neglect")


def is_crisis(text: str) -> bool:
    text = clean(text)
    return rules.safety_hit(" ".join(normalised_words(text))) is not None or emoji_hit(text) is not None


def safety_kind(text: str) -> str | None:
    """'suicide', 'self_harm', 'abuse', 'danger' or 'neglect' by the rule groups that match the text (idioms
    masked as for `is_crisis`). When no Danish rule matches (the classifier alone said so), someone doing harm
    to the speaker ("Nogen på bostedet råber af mig") is 'abuse' unless death or a means is named; else None."""
    words = normalised_words(clean(text))
    found = sr.hits_by_group(" ".join(words))
    kind = next((kind for kind in KINDS if kind in found), None)
    if kind is None and "english" in found:
        kind = _english_kind(found["english"].group(0))  # "my stepdad hits me": Lev Uden Vold, not Livslinien
    # the pattern is folded (æ, ø, å as a, o, a), so the words are too: "pilleæsken", "bælget"
    if kind in ("suicide", "self_harm") and _JUST_TAKEN.search(sr.fold(" ".join(words))):
        return "danger"  # "har lige slugt hele glasset med mine sovepiller": an overdose taken now needs 112 first
    if kind in ("suicide", "self_harm") and _CHEMICAL_TAKEN.search(sr.fold(" ".join(words))):
        return "danger"  # "mor har drukket opvaskemiddel": a household chemical swallowed needs 112 first
    if kind == "self_harm" and _by_another(found["self_harm"]):
        return "abuse"  # "han stikker mig med en kniv": another person does the harm
    neglect = found.get("neglect")
    if kind in ("self_harm", "abuse") and neglect is not None and _only_care_failed(found, kind, neglect):
        return "neglect"  # "hjemmeplejen kommer ikke, og min far har ikke spist i tre dage": care that failed
    if kind is None:
        concepts = {c for _, c in concept_positions(words)}
        if ("AGENT" in concepts and concepts & {"HARM", "MONEY"} and not concepts & {"DEATH", "MEANS"}
                and not _SELF_HARM_WORDS.search(" ".join(words))):
            return "abuse"
        # a name called, a sexual act, a secret kept for someone, or money kept from one by someone ("jeg bliver kaldt
        # dum af min mand", "fyren siger jeg ikke skal sige det til nogen", "hun har taget mit kort, jeg må ikke se kontoen")
        if ("AGENT" in concepts and "DEATH" not in concepts and not _SELF_HARM_WORDS.search(" ".join(words))
                and (concepts & {"INSULT", "SEX"} or concepts >= {"CONTROL", "MONEY"}
                     or ("SECRET" in concepts and "MEANS" not in concepts))):
            return "abuse"
    return kind


# The English rules tell violence by their verbs and food kept back by its words; the rest (thoughts of death, a burden,
# pills taken) are 'suicide', whose answer names Livslinien.
_EN_NEGLECT = re.compile(r"\b(give|gave|let) (me|her|him) (any )?(food|water|eat|drink|dinner|meals?)\b")
_EN_ABUSE = re.compile(
    r"\b(punch\w*|kick\w*|slap\w*|chok\w*|strangl\w*|shov\w*|pinch\w*|hit|hits|hitting|hurt|hurts|hurting|beat|beats|"
    r"beaten|beating|threat\w*|rape|raped|rapes|abus\w*|molest\w*|touch\w*|ties|tied|tying|strap\w*|chain\w*|afraid|scared|"
    r"terrified|frightened|safe|tie)\b")


def _english_kind(matched: str) -> str:
    if _EN_NEGLECT.search(matched):
        return "neglect"
    return "abuse" if _EN_ABUSE.search(matched) else "suicide"


# An overdose just taken, by the speaker or another: a word of time that says "just now" next to a past taking, and
# pills or a whole container within the same few words ("for ti minutter siden tog jeg alle mine piller"). Told as
# over ("i går tog jeg alle mine piller") it keeps the Livslinien answer.
_RECENT = (r"((lige|netop|just|nu) (\w+ ){0,2}(har|er)? ?(jeg |hun |han |de )?(lige )?|for (lidt|et øjeblik|kort tid|(\w+ ){1,2}"
           r"(minutter|minut|minutters|kvarter|time|timer|timers)) siden (\w+ ){0,3}|(har|er) (jeg |hun |han |de )?lige )")
_JUST_TAKEN = re.compile(sr.fold(
    r"\b" + _RECENT + r"\b" + sr._INGEST + r"\b(\s\S+){0,6}?\s(" + sr._PILLS[1:-1] + r"|" + sr._PILL_LOT[1:-1] + r"|"
    + sr._PILL_BOX[1:-1] + r"|alle|resten)\b"
    r"|\b" + sr._INGEST + r"\b(\s\S+){0,6}?\s(" + sr._PILLS[1:-1] + r"|" + sr._PILL_LOT[1:-1] + r")\b(\s\S+){0,3}? "
    r"(lige nu|for (lidt|et øjeblik|kort tid|(\w+ ){1,2}(minutter|minut|kvarter|time|timer)) siden)\b"))


# A household chemical swallowed (cleaning agents, lamp oil, poison), by accident or not, and not told as long over: the
# answer names 112 first, as for an overdose taken now.
_CHEMICAL_TAKEN = re.compile(sr.fold(
    r"^(?!.*\b(i går|igår|i forgårs|sidste (uge|måned|år)|for (\w+ ){1,2}(dage|uger|måneder|år) siden|dengang|engang|som barn)\b)"
    r".*?\b(" + sr._SWALLOW20 + r") (\w+ ){0,3}(af )?(\w+ )?"
    + sr._CHEM20 + r"\b"))


_POSSESSIVE = {"min", "mit", "mine", "hans", "hendes", "deres", "vores", "jeres"}


def _by_another(hit) -> bool:
    """The self-harm hit is a verb whose subject is another person ("han slog mig med vilje", "min kæreste skar mig"):
    the subject right before it is a third person and the one harmed is someone else, not "sig" or "mig selv"."""
    after = hit.string[hit.end():].split()[:1]
    if re.search(r"\bselv\b", hit.group(0)) or after == ["selv"]:
        return False
    if not re.search(r"\b(mig|os|dig|ham|hende)\b", " ".join([hit.group(0), *after])):
        return False  # "når hun er ked af det, dunker hun hovedet i gulvet": her own head, no one else harmed
    before = hit.string[:hit.start()].split()
    if before and before[-1] in ("han", "hun", "de", "hn"):
        return True
    return len(before) >= 2 and before[-2] in _POSSESSIVE and before[-1] not in ("selv", "egen", "eget", "egne")


def _only_care_failed(found: dict, kind: str, neglect) -> bool:
    """The self-harm or violence hit lies inside the neglect hit and says nothing beyond it ("har ikke spist i
    tre dage" within "hjemmeplejen kommer ikke, og …"): the care failed. Cutting or hitting named anywhere in the
    message ("… så jeg skar i mig selv", "… og de slår mig") keeps its own kind."""
    hit = found[kind]
    if hit.string == neglect.string:
        # the same words: the hits overlap ("har ikke fået mad" and "ikke fået mad i to dage")
        if not (neglect.start() < hit.end() and hit.start() < neglect.end()):
            return False
    else:
        # the hits come from different readings (spoken verbs, fillers left out): offsets differ, so the words the hit
        # matched, fillers left out, must lie inside the neglect hit's ("har faktisk ikke spist" in "… har ikke spist …")
        inner = " ".join(sr.filler_reading(hit.group(0)).split())
        outer = " ".join(sr.filler_reading(neglect.group(0)).split())
        if not inner or f" {inner} " not in f" {outer} ":
            return False
    return (_HARM_WORDS.search(hit.string) is None and _PRICE.search(hit.group(0)) is None
            and _KEPT_FROM.search(hit.string) is None)


# Something locked away or taken by someone so that the speaker cannot have it or call ("de låser køleskabet så jeg ikke
# kan få mad", "han tager min telefon så jeg ikke kan ringe efter hjælp"): control, not care that failed.
_KEPT_FROM = re.compile(sr.fold(
    r"\b(låser|låste|låst|gemmer|gemte|gemt|skjuler|skjulte|tager|tog|taget|slukker|slukkede) (\w+ ){0,3}?(så|for at) "
    r"(jeg|hun|han|mor|far) ((ikke|ik|aldrig) (kan|kunne|må|skal|får)|(får|fik) ondt)\b"))


# Things kept back as a price or a punishment ("jeg får den kun hvis jeg har været flink", "ingen kaffe når jeg siger
# imod", "som straf"): control by someone, not care that failed, so the answer stays the one for violence.
_PRICE = re.compile(sr.fold(
    r"\b((kun|først|bare) (\w+ ){0,3}(når|hvis) (jeg|hun|han) (har |havde )?(været|er|opført|opfører|gjort|gør|makker|holder|"
    r"tier|siger undskyld|beder pænt)|(før|medmindre|indtil) (jeg|hun|han) (\w+ )?(gør som|har gjort som|gjorde som|adlyder|makker ret|"
    r"siger undskyld|beder om undskyldning)|(hvis|når|fordi) (jeg|hun|han) (\w+ )?(brokker|klager|siger imod|sagde imod|siger noget|"
    r"protesterer|er sur|ringer for)|som straf|for at straffe)\b"))


_HARM_WORDS = re.compile(sr.fold(  # on the folded text the rules match (å, æ, ø as a, a, o)
    r"\b(skar|skære|skærer|skåret|cutter|cuttede|slår|slog|slået|sparker|sparkede|skubber|skubbede|kvæler|kvalte|"
    r"brænder|brændte|truer|truede|tæsker|tævede|banker|bankede|niver|nev|rører|rørte)\b"))


# The speaker hurting themselves while someone else is in the sentence ("når han råber, slår jeg hovedet ind i
# væggen"): not violence by that person, so the answer stays Livslinien's.
_SELF_HARM_WORDS = re.compile(
    r"\b(mig selv|sig selv)\b|\b(slår|slog|kniber|kneb|skærer|skar|brænder|brændte|river|rev|bider|bed|banker|bankede|"
    r"ridser|ridsede|sparker|sparkede) (jeg|hun|han)\b|\b(jeg|hun|han) (slår|slog|kniber|kneb|skærer|skar|brænder|brændte|"
    r"river|rev|bider|bed|banker|bankede|ridser|ridsede) (mig|sig|hovedet|armen|armene|hånden|hænderne)\b")
