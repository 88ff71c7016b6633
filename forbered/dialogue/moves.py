"""The bot's MI moves: how an answer becomes a sheet item, a reflection, an affirmation, a summary.

Every reflection is built from the citizen's own words (see `forbered.reflect`); the fixed sentences
only add the meaning or feeling on top ("Det fylder meget for dig."), and they come in variants.
"""

from __future__ import annotations

import random
import re
from typing import Any

from .. import reflect
from ..privacy import mask_pii
from ..sheet import is_remark
from ..texts import say

# Common nouns ending in -e that a bare-answer heuristic would take for infinitives.
_NOUNS_IN_E = {"computere", "heste", "hunde", "katte", "venner", "bøger", "billeder", "kage", "kager", "pige", "drenge",
               "spil", "tøjet", "kæreste", "familie", "skole", "musikke", "kaffe", "kone", "dame", "kirke", "ferie",
               "stue", "fugle", "duer", "kusine", "fætre", "nabo", "tante", "oldemor", "ture", "gåture", "cykelture", "sange",
               "lege", "venne", "sommerferie", "aftale", "aftaler", "søskende", "kollegaer", "timer", "ugerne", "hverdage",
               "suppe", "supper", "lasagne", "frikadeller", "pandekager", "boller", "kiks", "tærte", "tærter",
               "penge", "regninger", "smerter", "problemer", "naboer", "lyde", "planter", "blomster", "roser", "tanke", "tanker"}
# compound nouns by their last part ("kunstskole", "kokkeuddannelse", "fodboldbane")
_NOUN_ENDINGS_IN_E = ("skole", "uddannelse", "linje", "gruppe", "klasse", "ferie", "bane", "stue", "kirke", "butikke",
                      "kæreste", "familie", "hjemme", "lejlighede", "pause", "time", "kage")
_VERBS_IN_ENE = {"tjene", "fortjene", "mene", "lene", "rense", "bene", "skrene", "forene", "ene"}
_SHORT_VERBS = {"gå", "stå", "se", "få", "bo", "le", "gro", "nå", "tro", "sy", "flyve", "fiske", "strikke", "cykle"}
_DETS = {"en", "et", "min", "mit", "mine", "din", "dit", "dine", "nogle", "flere", "mere", "mange", "hans", "hendes",
         "vores", "den", "det", "de", "a", "an", "my", "the"}
_OWN_DETS = {"min", "mit", "mine", "din", "dit", "dine", "sin", "sit", "sine", "hans", "hendes", "vores", "jeres", "deres"}

# adverbs and adjectives ending in -e that open a phrase without being its verb ("måske to timer om ugen")
_NOT_VERBS_IN_E = {"ikke", "måske", "maaske", "gerne", "helst", "hellere", "alene", "ofte", "sjælden", "lige", "hele", "halve",
                   "første", "anden", "næste", "sidste", "eneste", "samme", "store", "gamle", "nye", "lille", "mere",
                   "meste", "bedste", "længere", "senere", "tidligere", "nogle", "andre", "alle", "begge",
                   # comparatives: "mindre kaos", "mere ro" name a thing, not a verb ("Du drømmer om at mindre kaos")
                   "mindre", "færre", "flere", "større", "bedre", "værre", "nemmere", "lettere", "sjovere", "roligere",
                   "gladere", "stille", "studie", "musikstudie", "kaffe", "pasta"}

GOOD_AT = re.compile(r"\b(?:er|is|am)\s+(?:(?:rigtig|ret|meget|super|really|very|stadig|også|faktisk|vist|ok|okay|still|also|quite) )*(?:god|dygtig|good)\s+(?:til|at|med|with)\s+(.+)", re.I)


# Names of games, apps and brands, and English nouns, that end in "-e" like a Danish infinitive ("fortnite",
# "youtube"): a thing one enjoys, never "at fortnite"
NAMES_IN_E = {"fortnite", "youtube", "playstation", "minecraft", "roblox", "xbox", "netflix", "tiktok", "snapchat",
              "instagram", "facebook", "discord", "spotify", "twitch", "fifa", "lego", "pokemon", "pokémon", "zelda",
              "mario", "sims", "nintendo", "switch", "iphone", "ipad", "apple", "nike", "adidas", "google", "overwatch",
              "valorant", "apex", "rocket", "league", "dota", "skyrim", "console", "konsole", "anime", "manga", "puzzle",
              "ble", "smoothie", "cornflakes", "coke", "pepsi", "coca-cola", "kombucha", "mobile", "sauce", "cake",
              "house", "techno", "trance"}
# Danish loan verbs whose spelling looks English ("chatte", "shoppe", "cykle"): infinitives all the same
_LOAN_VERBS = {"cykle", "campere", "checke", "chatte", "coache", "shoppe", "surfe", "game", "gamere", "streame",
               "skate", "cruise", "joine", "designe", "date", "mase", "rappe", "vlogge", "blogge", "jamme", "zappe",
               "boxe", "squashe", "curle", "crossfitte", "quizze", "like", "sejle"}
# Spellings no Danish infinitive has: c/q/w/x/z, English vowel pairs and "th"/"sh", and endings such as
# "-ite"/"-ube" ("fortnite", "youtube")
_NOT_DANISH_SHAPE = re.compile(r"[cqwxz]|ou|oo|ea|ee|ai|ay|th|sh|(?:ite|ube|ike|ame|ome|ote)$")


def danish_infinitive(w: str) -> bool:
    """An unknown word read as an infinitive only in a Danish shape ("tegne", "strikke"), never a name ("fortnite")."""
    w = w.lower()
    if w in NAMES_IN_E:
        return False
    if w in _SHORT_VERBS or w in _LOAN_VERBS:
        return True
    return w.endswith("e") and len(w) > 3 and not _NOT_DANISH_SHAPE.search(w)


# a definite noun and a finite verb after it: "ordene forsvinder", "hovedet gør ondt", "benene er trætte"
# ("turen hver søndag", "tiden efter skolen", "nogen venner", "ferien næste år": no subject and verb)
# "smerterne i ryggen forsvinder", "tankerne om min far stopper": the noun may carry a short place or topic
_DEF_SUBJECT_VERB = re.compile(r"^(?!(?:nogen|noget|egen|eget|meget|igen|sammen)\s)[a-zæøå]{2,}(?:ene|erne|en|et)"
                               r"(?:\s+(?:i|om|på|fra|ved|af)\s+(?:(?:min|mit|mine|din|dit|dine|hans|hendes|sin|sit|sine)\s+)?[a-zæøå]{2,})?\s+"
                               r"(?!(?:hver|eller|over|efter|under|næste|sidste|første|bedste|sommer|vinter|computer)\b)"
                               r"(?:[a-zæøå]{2,}(?:er|ede|te)|er|har|kan|vil|går|får|gør|var)\b",
                               re.IGNORECASE)


def is_verb_phrase(phrase: str, first_pos: str = "") -> bool:
    words = phrase.lower().split()
    if not words:
        return False
    if words[0] == "at":
        return True
    if words[0].strip(",.;:!?") in NAMES_IN_E:
        return False  # "fortnite", "youtube": a name, whatever a tagger guesses
    if words[0].strip(",.;:!?") in _OWN_DETS and len(words) > 1:
        return False  # "sine børnebørn", "mine venner": a possessive and its noun, whatever a tagger guesses ("god til at sine …")
    if first_pos:
        return first_pos in {"VERB", "AUX"}
    w = words[0].strip(",.;:!?")  # "tegne, måske på et reklamebureau": the word, not its comma
    if w in _DETS or w in _NOUNS_IN_E or w in _NOT_VERBS_IN_E or w.endswith(_NOUN_ENDINGS_IN_E):
        return False
    if w in _JOB_NOUN or any(w.endswith(k) and len(w) - len(k) >= 3 for k in _JOB_NOUN if k.endswith("e") and " " not in k):
        return False  # "børnehave, måske som medhjælper", "kantine": a workplace, not an infinitive
    if re.fullmatch(r"[a-zæøå]{2,}(?:arbejde|studie|linje|pleje|hjælpe)", w):
        return False  # "træarbejde", "musikstudie": a compound noun, not the verb at its end
    if re.fullmatch(r"[a-zæøå]{3,}(?:ene|erne)", w) and w not in _VERBS_IN_ENE:
        return False  # "fuglene på foderbrættet", "børnene": a definite plural, not an infinitive
    if len(words) > 2 and words[1] == "og" and words[2] in _DETS:
        return False  # "kaffe og min hund": two things, not a verb and its object
    return danish_infinitive(w)


_VIEW_VERBS = r"(?:siger|sagde|mener|synes|syntes|tror|says|said|thinks|think|feels?)"
_VIEW_CLAUSE = re.compile(rf"^(?:men |og |but |and )?((?:[\w']+ ){{0,2}}?[\w']+) ({_VIEW_VERBS})((?: (?:selv|også|myself|himself|herself|also))?)"
                          r",? (.+)$", re.IGNORECASE)
_VIEW_SPLIT = re.compile(rf"(?<=[.!])\s+|,\s+(?=(?:men |og |but |and )?(?:[\w']+ ){{0,2}}?[\w']+ {_VIEW_VERBS}\b)", re.IGNORECASE)


def two_views(status_you: str, language: str) -> str | None:
    """ "Han siger det går godt. Du synes det går lidt langsomt." -> "Han siger, det går godt, og du synes, det går lidt
    langsomt.": two views of how a goal goes (the person's and the writer's, or a teacher's and the citizen's), said
    back side by side as a double-sided reflection; None unless the status is just those two views by two people."""
    parts = [p.strip(" ,.!") for p in _VIEW_SPLIT.split(status_you or "") if p.strip(" ,.!")]
    found = [_VIEW_CLAUSE.match(p) for p in parts]
    if len(parts) != 2 or not all(found) or found[0].group(1).lower() == found[1].group(1).lower():
        return None
    said = []
    for m in found:
        who, verb, adv, what = m.group(1), m.group(2), m.group(3), m.group(4).strip(" ,")
        said.append(f"{who} {verb}{adv}, {what}" if language == "da" else f"{who} {verb}{adv} {what}")
    second = said[1] if re.match(r"I\b", said[1]) else said[1][:1].lower() + said[1][1:]
    first = said[0][:1].upper() + said[0][1:]
    return f"{first}, {'og' if language == 'da' else 'and'} {second}."


def _join_lines(*lines: str) -> str:
    return " ".join(x.strip() for x in lines if x and x.strip())


def _strip_at(phrase: str) -> str:
    """'at jeg ikke har nogen venner' -> 'jeg har ikke nogen venner' (main-clause order once "at" is gone)."""
    return reflect.main_clause(phrase[3:]) if phrase.lower().startswith("at ") else phrase


_WHEN_LEAD = re.compile(r"^(?:og\s+)?(?:så|også)\s+(?:(?:selvfølgelig|især|også|bare|tit|altid|mest|nok)\s+)*(?=(?:når|naar|nar|hvis)\s)",
                        re.IGNORECASE)
_WHEN = re.compile(r"^(?:når|naar|nar|hvis|især når|isaer naar)\s", re.IGNORECASE)


# "Så slap jeg for plejehjem": a word between "så" and the subject is its verb (inverted order), a sentence of its own
# "og nu syr jeg gardiner", "dengang spillede jeg": a time word first, then the verb before its subject
_INVERTED = re.compile(r"^(?:og )?(?:så|derfor|bagefter|nu|dengang|i dag|i weekenden|nogle gange|om (?:morgenen|aftenen|sommeren|vinteren))"
                       r"\s+[a-zæøå]+\s+(?:jeg|æ|vi|han|hun)\b", re.IGNORECASE)
# "Så behøvede min kone ikke køre mig", "Så slap min mor for at hente mig": a verb, then a noun subject with its own word
_INVERTED_NOUN = re.compile(r"^(?:og )?så\s+([a-zæøå]+)\s+(?:min|mit|mine|hans|hendes|vores|din|dit|dine)\s+[a-zæøå]+\b", re.IGNORECASE)


# "En dag vil jeg gerne rejse": after a fronted time the verb comes before its subject (V2); a clause, never a wish's object
_VERB_THEN_PRONOUN = re.compile(r"^([a-zæøå]+)\s+(?:jeg|æ|a|du|vi|han|hun|de|man)\b", re.IGNORECASE)


_PRONOUN_FIRST = re.compile(r"^(?:jeg|æ|du|vi|han|hun|de|man)\s+[a-zæøå]+", re.IGNORECASE)


def _verb_then_subject(rest: str) -> bool:
    m = _VERB_THEN_PRONOUN.match(rest.strip())
    return bool(m) and (m.group(1).lower() in reflect._FINITE or bool(reflect.FINITE_HINT.match(m.group(1).lower())))


def _inverted_noun(clause: str) -> bool:
    m = _INVERTED_NOUN.match(clause.strip())
    return bool(m) and (bool(reflect.FINITE_HINT.match(m.group(1).lower())) or m.group(1).lower() in _NOUN_SUBJECT_VERBS
                        or m.group(1).lower() in ("slap", "slipper", "behøvede", "behøver", "fik", "gik", "kom", "blev", "var")
                        or bool(re.fullmatch(r"[a-zæøå]{3,}(?:ede|te)", m.group(1).lower())))


# "Da min mand levede, bagte jeg hver fredag": a fronted clause, then the main clause in V2; the citizen's own sentence
# ("Som barn elskede jeg heste" has no comma: "som barn" is no clause)
_FRONTED_SUB = re.compile(r"^(?:(?:da|når|hvis|fordi|efter|før|mens|siden|selvom)\s+[^,]+,\s*(?:så\s+)?|"
                          r"som (?:barn|ung|dreng|pige|teenager|voksen)\s+)\w+\s+(?:jeg|æ|du|han|hun|vi|de|man)\b", re.IGNORECASE)


# "måske jeg kan lave mad": a hedge first and then the subject (spoken order), said back with the verb second
_HEDGE_FIRST = re.compile(r"^(måske|maaske|nok|vist)\s+(jeg|æ|vi|han|hun|de)\s+([a-zæøå]+)\b(.*)$", re.IGNORECASE)


def has_subject(clause: str, pair: bool = True) -> bool:
    return reflect.is_sentence(clause) or _noun_subject(clause, pair) or bool(_INVERTED.match(clause.strip())) or _inverted_noun(clause)


# Finite verbs common after a noun subject ("kommunen bestemmer alligevel", "Mette fra jobcentret siger …",
# "min datter Sofie kommer hver søndag"): such a clause is the citizen's own sentence, never a phrase to wrap
# in "Du drømmer om …" or "Du vil gerne …".
_NOUN_SUBJECT_VERBS = {"er", "var", "har", "havde", "vil", "ville", "kan", "kunne", "skal", "skulle", "må", "bliver", "blev",
                       "kommer", "kom", "siger", "sagde", "bestemmer", "bestemte", "virker", "hjælper", "hjalp", "lytter",
                       "sker", "skete", "nytter", "larmer", "ringer", "besøger", "gør", "gjorde", "tager", "fylder", "bor",
                       "arbejder", "mener", "synes", "tror", "passer", "holder", "giver", "gav", "ved", "får", "fik",
                       # "min gamle hund døde sidste år", "FCK tabte": a past event, never "Du drømmer om …"
                       "døde", "tabte", "vandt", "flyttede", "mistede", "gik", "stoppede", "begyndte", "sendte", "ringede",
                       "skændes", "skændtes", "savner", "elsker", "hader", "sender", "mangler", "spiller", "betyder", "glæder"}
_NOT_SUBJECT_START = {"at", "til", "i", "på", "med", "om", "for", "fra", "ved", "hos", "af", "efter", "uden", "og", "eller",
                      "når", "hvis", "fordi", "to", "in", "on", "with"}


# "Min mand og jeg boede i Juelsminde": two people as the subject, then the verb
_PAIR_SUBJECT = re.compile(r"^(?:min|mit|mine|vores|\w+s)? ?\w+ og (?:jeg|æ|han|hun|vi) (\w+)\b", re.IGNORECASE)
# "Min hund og min nabo giver mig glæde", "musik og tegning er det bedste": two things as the subject, then the verb
_DET = r"(?:(?:min|mit|mine|din|dit|dine|hans|hendes|sin|sit|sine|vores|jeres|deres|en|et|de|den|det)\s+)?"
_NOUN_PAIR_SUBJECT = re.compile(rf"^{_DET}[a-zæøå]+\s+og\s+(?!(?:jeg|æ|du|han|hun|vi|i|de|man)\b){_DET}[a-zæøå]+\s+([a-zæøå]+)\b",
                                re.IGNORECASE)  # "min mor og jeg …" is _PAIR_SUBJECT's


def _noun_subject(clause: str, pair_ok: bool = True) -> bool:
    words = [w.strip(",.!?:;") for w in clause.split()]
    if len(words) < 2 or words[0].lower() in _NOT_SUBJECT_START:
        return False
    pair = _PAIR_SUBJECT.match(clause) if pair_ok else None
    if pair and (pair.group(1).lower() in _NOUN_SUBJECT_VERBS or pair.group(1).lower() in reflect._FINITE
                 or re.fullmatch(r"\w+(?:ede|te|er)", pair.group(1).lower())):
        return True
    nouns = _NOUN_PAIR_SUBJECT.match(clause)
    if nouns and nouns.group(1).lower() in _NOUN_SUBJECT_VERBS:
        return True
    for n, w in enumerate(words[1:5], start=1):
        if w.lower() in _NOUN_SUBJECT_VERBS and n < len(words):
            if (w.lower() == "ved" and re.fullmatch(r"[a-zæøå]{2,}(?:en|et|ne|n)", words[n + 1].lower())
                    and words[n + 1].lower() not in ("den", "min", "din", "sin", "hen", "igen", "men", "en", "ren", "en")):
                continue  # "Fiskeri ved åen", "en bænk ved havet": a place ("ved" as a preposition), not a verb
            # a noun phrase before it: no verb of its own and no infinitive marker ("at få min egen lejlighed")
            return all(x.lower() not in ("at", "og", "eller", "når", "hvis", "fordi", "som", "der", "mens", "hvor", "hvad")
                       for x in words[:n])
    return False


# A chat answer that starts with the verb and leaves out "jeg" ("har ikke et job", "elsker at tegne")
_PRO_DROP = re.compile(r"^(?:har|havde|er|var|vil|ville|kan|kunne|skal|skulle|gider|bor|boede|elsker|hader|savner|"
                       r"mangler|synes|tror|håber|drømmer|ønsker|arbejder|går|kommer|får|bliver|føler|glemmer|prøver|"
                       r"øver|træner|laver|spiller|hjælper|passer|læser|ser|hører|kender|klarer|tænker|keder|"
                       r"glæder)\s+\w+", re.IGNORECASE)

_RELATIVE_PRO_DROP = re.compile(r"^(?:er|var|har|havde|kan|kunne|elsker|bor|arbejder|spiller|hjælper|passer|laver|træner|"
                                r"drømmer|savner|ønsker|nyder|hygger)\s+(?!(?:det|der|den|de|jeg|du|han|hun|vi|I)\b)\w+", re.IGNORECASE)

_OWN_ONE_REL = r"(?:sin|sit|sine|hans|hendes) \w+(?: \w+)?"
_OWN_LIST = re.compile(rf"^{_OWN_ONE_REL}(?:(?:, | og ){_OWN_ONE_REL})+$", re.IGNORECASE)
_RELATIVE_VIEW_DROP = re.compile(r"^(?:tror|synes|mener|håber|ved)\s+(?:at\s+)?(?:hun|han|de)\s+\w+", re.IGNORECASE)

# "går fint", "er svært": the "det" left out, not the "jeg" ("du går fint" would be about walking)
_IT_DROP = re.compile(r"^(?:går|gik|gaar|gar)\s+(?:fint|godt|ok|okay|dårligt|skidt|bedre|værre|langsomt|fremad|sådan|nogenlunde|"
                      r"op og ned|ikke (?:så |særlig |rigtig )?(?:godt|fint)|rigtig|super|helt|lidt|så som så|stille|trægt|tungt|let)\b|"
                      r"^(?:er|var)\s+(?:(?:lidt|meget|rigtig|ret|mega|stadig|også|ikke|så)\s+)*(?:svært|svaert|fint|godt|hårdt|træls|"
                      r"dejligt|rart|sjovt|ok|okay|let|nemt|kedeligt|skønt|surt|tungt)\b", re.IGNORECASE)

# One-word answers from short answerers ("mor", "kæreste", "glad") made into plain Danish phrases
_KIN = {"mor", "far", "bror", "søster", "mormor", "morfar", "farmor", "farfar", "moster", "faster", "onkel", "kæreste",
        "kone", "mand", "datter", "søn", "familie", "veninde", "ven", "hund", "kat", "kanin", "hest", "papfar", "stedmor",
        "barnebarn", "oldebarn", "nevø", "niece", "kusine", "fætter", "nabo", "papmor"}
_ARTICLE = {"kæreste": "en", "job": "et", "arbejde": "et", "lejlighed": "en", "hund": "en", "kat": "en", "hus": "et",
            "bil": "en", "uddannelse": "en", "praktik": "en", "ven": "en", "veninde": "en", "familie": "en",
            "kørekort": "et", "have": "en", "cykel": "en", "knallert": "en", "computer": "en", "telefon": "en",
            "fleksjob": "et", "værelse": "et", "barn": "et", "hest": "en", "kanin": "en"}
_ADJECTIVES = {"glad", "rask", "frisk", "tryg", "fri", "selvstændig", "stærk", "sund", "rolig", "gladere", "raskere",
               "mindre træt", "voksen", "happy", "healthy"}
_HOW_IT_GOES = {"godt", "fint", "dårligt", "skidt", "ok", "okay", "bedre", "langsomt", "sådan lidt", "nogenlunde", "så som så"}


# "Derhjemme.", "ude i haven", "ved computeren", "på mit arbejde": a place alone, no skill named
# "i orden", "i morgen", "på sigt": a time or a state after the preposition, never a place ("Du drømmer om noget i orden")
_TIME_NOT_PLACE = (r"(?!(?:orden|morgen|morgenen|aften|aftenen|dag|dagen|går|nat|natten|weekend|weekenden|sommer|sommeren|vinter|"
                r"vinteren|foråret|efteråret|fremtiden|starten|begyndelsen|øjeblikket|gang|gang igen|stand|forvejen|alt|"
                r"tide|tiden|sigt|plads|vej|løbet|ugen|perioden|hvert fald|hvert tilfælde|lang tid|længden|overmorgen|eftermiddag|"
                r"eftermiddagen|formiddag|formiddagen|et tidspunkt|lang sigt|længere sigt|kort sigt)\b)")
_PLACE_ONLY = re.compile(r"^(?:(?:der)?hjemme|herhjemme|udenfor|udendørs|indendørs|"
                         r"(?:(?:ude|inde|oppe|nede|hjemme)\s+)?(?:i|på|ved|hos) " + _TIME_NOT_PLACE + r"(?:(?:min|mit|mine|vores) [a-zæøå]+|"
                         r"[a-zæøå][a-zæøå'’]*(?:et|en|ne|erne)))[.!]*$", re.IGNORECASE)  # ("på pc'en")
_PP_START = re.compile(r"^(?:på|i|hos|ved|inden for|indenfor) " + _TIME_NOT_PLACE + r"(?:en|et|de|den|det|min|mit|mine|\w+et|\w+en)\b", re.IGNORECASE)
_MAYBE_PP = re.compile(r"^(?:(måske|nok|helst|gerne)\s+)?(?:noget\s+(?=på|i|hos|ved))?((?:på|i|hos|ved|inden for|indenfor) " + _TIME_NOT_PLACE
                       + r"(?:en|et|de|den|det|min|mit|mine|\w+et|\w+en)\b"
                       r"(?: \w+){0,4}|som [a-zæøå-]+(?: \w+){0,3})"
                       r"(,\s*(?:måske\s+)?(?:deltid|fuldtid|på deltid|part time|full time|(?:\w+|et par|nogle få) timer(?: (?:om|i|pr) (?:ugen|dagen|uge|dag))?|"
                       r"om formiddagen|om dagen|om morgenen|formiddage|dagtimer))?[.!]?$", re.IGNORECASE)  # "måske som grafiker": a trade
_AT_CLAUSE = re.compile(r"^at (?:(?:jeg|æ|vi|han|hun|de|min|mit|mine) \w+|"
                        # "at kommunen lader mig være i fred": a noun as the subject, then its verb
                        r"[a-zæøå]+(?:en|et|ene|erne) (?:[a-zæøå]+er|er|har|kan|vil|skal|må|gør|får|lader|bliver)\b)", re.IGNORECASE)


# a bare phrase that ends in a word that says how (telegram style): "hænder god", "bus selv", "ryg ondt"
_TELEGRAM_TAIL = re.compile(r"^(?:så|også|mere|meget)\s|\s(?:god|godt|gode|selv|fri|bedre|igen|alene|ondt|glad|træt|mere|dårlig|skidt|"
                            # "ord væk", "god tømrer før", "arm slap": a telegram after a brain injury, no phrase to frame
                            r"væk|før|slap|svag|tabt|glemt|nej|ok|okay)$|^(?:god|gode|godt|dygtig)\s+(?!til\b|med\b|i\b|på\b|at\b)",
                            re.IGNORECASE)
# "træt", "syg", "ked" alone: a state, never a strength, a joy or a wish in a frame ("Du er god til træt")
# when a wish is for, said before it: "på sigt", "i fremtiden", "om et par år" (alone, or before the wish itself)
_WISH_WHEN = re.compile(r"^((?:måske\s+)?(?:på (?:sigt|lang sigt|længere sigt|kort sigt|et tidspunkt)|i fremtiden|"
                        r"en dag|om (?:nogle|et par|et|to|tre|fem|\d+) år|næste år|til sommer|til næste år|senere))(?:,?\s+(\S.*))?$",
                        re.IGNORECASE)
_OFTEN_COMMA = re.compile(r"^(nogle gange|af og til|somme tider|tit|ofte|altid),\s+(?=[^,]+$)", re.IGNORECASE)  # not a list ("tit, svømning, cykling …")
_STATE_WORD = re.compile(r"^(?:træt|trætte|syg|ked|sur|vred|ensom|bange|nervøs|forvirret|svimmel|svag|dårlig|skidt|øm|"
                         r"udmattet|udkørt|stresset|angst|trist|deprimeret|ondt)[.!]?$", re.IGNORECASE)


_WORK_HEAD = re.compile(r"^(?:(?:ja|jo|nå)[,.]?\s+)?(?:(en|et|på en|på et|i en|i et|på|i)\s+)?([a-zæøå-]+)((?:,\s*|\s+)(?:måske|gerne|helst|kun|bare|fx|"
                        r"men|og|\d|en|to|tre|fire|nogle|et par)\b[^.!?]{0,60})?$", re.IGNORECASE)


_BARE_PLACE = re.compile(r"\b(arbejde|arbejder|job|jobbet|praktik|fritidsjob|ansat|ansættelse) (i|på) ([a-zæøå-]{3,})\b(?![-'])", re.IGNORECASE)


def _with_article(m: re.Match[str]) -> str:
    head = m.group(3).lower()
    key = next((k for k in sorted(_JOB_NOUN, key=len, reverse=True)
                if not _JOB_NOUN[k].startswith(("som ", "hos ")) and " " in _JOB_NOUN[k] and len(_JOB_NOUN[k].split()) == 3
                and (head == k or (head.endswith(k) and len(head) - len(k) >= 3))), None)
    if key is None:
        return m.group(0)
    return f"{m.group(1)} {m.group(2)} {_JOB_NOUN[key].split()[1]} {m.group(3)}"


# Workplaces known by their last part ("vaskeri", "trykkeri", "dagcenter", "sygehus"): the preposition and article they take
_PLACE_ENDINGS = (("center", "i et"), ("centret", None), ("hospital", "på et"), ("sygehus", "på et"), ("hotel", "på et"),
                  ("apotek", "på et"), ("museum", "på et"), ("kiosk", "i en"), ("havn", "på en"), ("vaskeri", "i et"))
# nouns in -eri that name a craft or a thing, not a place to work ("et maleri" is a painting)
_NOT_A_PLACE = {"maskineri", "raseri", "slaveri", "snyderi", "fjolleri", "pedanteri", "koketteri", "skaberi", "maleri", "broderi", "fiskeri", "hekseri", "pjatteri", "sludderi", "drilleri", "tyveri", "vrøvleri", "keramik",
                "fotografi", "kaloriet", "batteri", "galleri", "artilleri", "lotteri", "kavaleri", "infanteri", "bryderi"}


# Towns: "København", "Frederikshavn", "Aarhus" to the work question are where, not a workplace ("på en København")
_TOWNS = {"københavn", "aarhus", "århus", "odense", "aalborg", "ålborg", "esbjerg", "randers", "kolding", "horsens", "vejle",
          "roskilde", "herning", "silkeborg", "næstved", "fredericia", "viborg", "køge", "holstebro", "slagelse", "hillerød",
          "svendborg", "sønderborg", "hjørring", "frederikshavn", "holbæk", "haderslev", "skive", "ringsted", "nykøbing",
          "thisted", "middelfart", "aabenraa", "skanderborg", "grenaa", "nyborg", "kalundborg", "vordingborg", "lyngby",
          "glostrup", "ballerup", "hvidovre", "rødovre", "taastrup", "gentofte", "ishøj", "brøndby", "herlev", "greve",
          "ebeltoft", "skagen", "tønder", "ribe", "varde", "ringkøbing", "lemvig", "struer", "hobro", "ikast", "billund",
          "grindsted", "helsingør", "frederiksberg", "hørsholm", "valby", "amager", "bornholm", "rønne", "fyn", "jylland",
          "sjælland", "falster", "lolland",
          # towns whose ending is also a trade's ("-ør") or a common word's: by name only
          "korsør", "skælskør", "dragør", "sorø", "nakskov", "hundested", "frederikssund", "birkerød", "allerød",
          "farum", "værløse", "solrød", "kastrup", "tårnby", "albertslund", "vallensbæk", "hedehusene", "ølstykke", "helsinge",
          "gilleleje", "hornbæk", "espergærde", "humlebæk", "nivå", "kokkedal", "holte", "nærum", "hellerup", "charlottenlund",
          "vanløse", "brønshøj", "haslev", "faxe", "præstø", "maribo", "rudkøbing",
          "marstal", "faaborg", "assens", "bogense", "kerteminde", "hadsten", "hinnerup", "rødding", "gråsten", "padborg",
          "løgstør", "hadsund", "aars", "nibe", "brønderslev", "sæby", "fjerritslev", "bjerringbro", "kjellerup", "vojens",
          "toftlund", "ølgod", "galten", "skjern"}
# the endings of town names that no common noun or trade has ("-ør" is "frisør", "-sted" is "værksted", "-by" is "baby")
_TOWN_FORM = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:havn|borg|bjerg|købing|strup|rup|lev|holm|skov|rød|bæk)$")


def is_town(word: str) -> bool:
    """ "København", "Frederikshavn", "Glostrup": a town (a name, or a capitalised word with a town's ending)."""
    w = word.strip(" .!,")
    return w.lower() in _TOWNS or bool(_TOWN_FORM.match(w))


def _place_by_form(head: str) -> str | None:
    """ "vaskeri" -> "i et", "dagcenter" -> "i et": a workplace known by its form, when the list does not name it."""
    low = head.lower()
    if low in _NOT_A_PLACE:
        return None
    for end, prep_art in _PLACE_ENDINGS:
        if low == end or (low.endswith(end) and len(low) - len(end) >= 2):
            return prep_art
    if low.endswith("eri") and len(low) >= 6 and re.fullmatch(r"[a-zæøå]+", low):
        return "i et"  # "et bageri", "et trykkeri", "et mejeri": the -eri workplaces are neuter
    return None


def _workplace(phrase: str) -> str | None:
    """ "cykelbutik, måske to dage om ugen" -> "arbejde i en cykelbutik, måske to dage om ugen"; "som kok" -> "arbejde som
    kok": a place or a trade said to the work question is where the citizen wants to work (the place by its last part)."""
    low = phrase.strip(" .!")
    trade = re.match(r"^(?:(?:ja|jo)[,.]?\s+)?som ([a-zæøå-]+)((?:,\s*|\s+)\S[^.!?]{0,60})?$", low, re.IGNORECASE)
    if trade and (trade.group(1).lower() in _JOB_NOUN or re.fullmatch(_TRADE_WORD, trade.group(1).lower())):
        return f"arbejde som {trade.group(1)}{(trade.group(2) or '').rstrip()}"
    m = _WORK_HEAD.match(low)
    if not m or is_town(m.group(2)):
        return None
    head = m.group(2).lower()
    key = next((k for k in sorted(_JOB_NOUN, key=len, reverse=True)
                if not _JOB_NOUN[k].startswith("som ") and (head == k or (head.endswith(k) and len(head) - len(k) >= 3))), None)
    if key is None:
        prep_art = _place_by_form(head)
        if prep_art is None:
            return None
        return f"arbejde {prep_art} {m.group(2)}{(m.group(3) or '').rstrip()}"
    prep_art = _JOB_NOUN[key].rsplit(" ", 1)[0]  # "i en", "på et"
    return f"arbejde {prep_art} {m.group(2)}{(m.group(3) or '').rstrip()}"


def _decap(text: str) -> str:
    """The first letter in lower case, unless the word is an acronym or a name in capitals ("FCK", "DSB")."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def _bare_noun(phrase: str, category: str) -> str:
    """ "mor" -> "din mor" (a joy), "kæreste" -> "en kæreste" (a hope), "glad" -> "at være glad"."""
    low = phrase.lower().strip()
    if category == "resource" and low in _KIN:
        return f"{'mit' if low in ('barnebarn', 'oldebarn') else 'min'} {low}"
    if category == "resource" and low in ("have", "haven", "altan", "altanen", "kolonihave"):
        return {"have": "min have", "haven": "min have", "altan": "min altan", "altanen": "min altan"}.get(low, f"min {low}")  # the garden
    if category in ("hope", "employment") and low in _ARTICLE:
        return f"{_ARTICLE[low]} {low}"
    if category in ("hope", "employment") and low in _ADJECTIVES:
        return f"at være {low}"
    own = re.match(r"^(egen|eget|egne) [a-zæøå]", low)
    if own and category in ("hope", "employment", "resource"):
        # "egen lejlighed": "din egen lejlighed" in the echo (never "Så ville du have egen lejlighed")
        return f"{ {'egen': 'min', 'eget': 'mit', 'egne': 'mine'}[own.group(1)]} {phrase.strip()}"
    if category in ("hope", "employment") and re.match(r"^(?:bare|blot|egentlig bare|just) (?:at|to) ", low):
        return phrase.split(" ", 2 if low.startswith("egentlig") else 1)[-1]  # "Bare at have det godt"
    return phrase


# "Ja, som sagt, noget med hænderne": the answer starts after the filler
_FILLER = re.compile(r"^(?:(?:ja|jo|nå|nåh|altså|øh|øhm|hmm|yes|well)[,.!]?\s+)?(?:som sagt|som jeg sagde|as i said)[,.]?\s+(?=\w+\s+\w)",
                     re.IGNORECASE)


# "Som sagt har jeg været skrædder": once the fronted "som sagt" is gone, the verb before its subject is put back after it
_INVERTED_AFTER_LEAD = re.compile(r"^([a-zæøå]+)\s+(jeg|du|han|hun|vi|de|man)\b\s*(.*)$", re.IGNORECASE)


def uninvert(text: str) -> str:
    """ "har jeg været skrædder" -> "jeg har været skrædder" (the rest of a sentence whose fronted filler was taken off)."""
    m = _INVERTED_AFTER_LEAD.match(text)
    if not m or m.group(1).lower() not in reflect._FINITE | {"elsker", "kender", "ved", "kunne", "arbejdede", "arbejder",
                                                                "savner", "ønsker", "håber", "drømmer", "prøver", "øver"}:
        return text
    pron = m.group(2).lower()
    return f"{pron[:1].upper() + pron[1:] if text[:1].isupper() else pron} {m.group(1).lower()} {m.group(3)}".strip()


# "så kan du selv komme …" to "Hvad ville være anderledes …?": said in the conditional
_CAN_THEN = re.compile(r"^(Så|Og så) (?:kan|vil) du ((?:(?:selv|ikke|også|bedre|nemmere|måske|endelig|igen|mere|lettere|godt|altid|tit) )*)(.+)$", re.I)


_WAS_THEN = re.compile(r"^((?i:så|og så)) ((?i:var|havde)) (du|I) ((?:(?:ikke|også|mere|endelig|selv|bare) )*)(.+)$")


def _would(you: str) -> str:
    was = _WAS_THEN.match(you)
    if was:  # "så var jeg ikke alene", "så havde jeg flere penge": what would be, said as what would be
        verb = "være" if was.group(2).lower() == "var" else "have"
        return f"{was.group(1)} ville {was.group(3)} {was.group(4)}{verb} {was.group(5)}"
    m = _CAN_THEN.match(you)
    if not m:
        return you
    modal = "kunne " if re.match(r"^(?:Så|Og så) kan\b", you, re.I) else ""
    return f"{m.group(1)} ville du {m.group(2)}{modal}{m.group(3)}"


# One-word answers to the work question: a trade ("som kok") or a workplace ("i et køkken")
_JOB_NOUN = {**{w: f"som {w}" for w in ("kok", "tømrer", "maler", "murer", "mekaniker", "frisør", "gartner", "pædagog",
                                          "sygeplejerske", "bager", "slagter", "elektriker", "chauffør", "lagermand",
                                          "smed", "rengøringsassistent", "social- og sundhedshjælper", "sosu-hjælper",
                                          "pædagogmedhjælper", "ekspedient", "landmand", "dyrepasser", "tjener", "vicevært")},
             "køkken": "i et køkken", "stald": "i en stald", "butik": "i en butik", "lager": "på et lager",
             "værksted": "på et værksted", "børnehave": "i en børnehave", "vuggestue": "i en vuggestue",
             "kantine": "i en kantine", "bageri": "i et bageri", "gartneri": "i et gartneri", "landbrug": "i et landbrug",
             "supermarked": "i et supermarked", "café": "på en café", "cafe": "på en café", "restaurant": "på en restaurant",
             "plejehjem": "på et plejehjem", "dyrehandel": "i en dyrehandel", "kontor": "på et kontor",
             "byggemarked": "i et byggemarked", "genbrugsbutik": "i en genbrugsbutik", "bibliotek": "på et bibliotek",
             "børnehaven": "i børnehaven", "skole": "på en skole", "fabrik": "på en fabrik", "zoo": "i en zoo",
             "dyrlæge": "hos en dyrlæge", "bondegård": "på en bondegård", "tankstation": "på en tankstation"}


# a worry named as a thing: "larmen på bostedet om natten", "dine smerter i ryggen", "din mor og din søster"
_NP_HEAD = r"(?:(?:min|mit|mine|din|dit|dine|vores|jeres) [a-zæøå-]+(?:s [a-zæøå-]+)?|[a-zæøå-]+(?:en|et|ne|erne))"
_WORRY_NOUN = (r"(?:penge|pengene|økonomi|økonomien|gæld|gælden|ensomhed|ensomheden|smerter|smerterne|angst|angsten|stress|søvn|"
               r"søvnen|helbred|helbredet|sygdom|sygdommen|naboen|naboerne|ryggen|familien|arbejdet|fremtiden|"
               # "Støj.", "Lyd. Og lys." (a noun that also reads as an order): the worry as the subject, never "Støj. Det fylder …"
               r"støj|støjen|lyd|lyde|lyden|lys|lyset|larm|larmen|lugt|lugten|kulde|kulden|rod|rodet|trafik|trafikken|"
               r"ventetid|ventetiden|medicin|medicinen|"
               # "hovedpine. sover dårligt": the worry as the subject ("Hovedpine fylder meget for dig.")
               r"hovedpine|hovedpinen|træthed|trætheden|svimmelhed|svimmelheden|uro|uroen|sorg|sorgen|huslejen|"
               r"regningerne|skilsmissen|medicinen|vægten)")
_NP_ONE = rf"(?:{_NP_HEAD}|{_WORRY_NOUN})(?: (?:på|i|om|med|hos|ved|fra|til|over|under|efter|for) [^,.;]+?)?"
_WORRY_NP = re.compile(rf"^{_NP_ONE}(?:(?:, | og ){_NP_ONE}){{0,3}}$", re.I)
# the infinitive a goal starts with when it is said bare ("gå til tandlæge selv", "tage bussen alene")
_GOAL_VERB = re.compile(r"^(?:gå|bade|bad|tage|lære|komme|handle|lave|stå|spise|sove|træne|cykle|køre|ringe|bruge|klare|rydde|vaske|"
                        r"møde|holde|passe|finde|få|øve|betale|skrive|læse|tale|snakke|bo|flytte|smøre|støvsuge|huske|købe|"
                        r"hente|ordne|skifte)\b", re.IGNORECASE)
_NUMBERED = {"bus", "bussen", "linje", "linie", "rute", "nummer", "nr", "kl", "klokken", "spor", "perron", "stue", "etage", "side",
             "plads", "bane", "kapitel", "level", "niveau", "gange", "timer", "dage", "uger", "år", "km", "kilo"}
# "tage bus 3" to the goals question: a goal verb before it makes the last number the score; a bus number is only
# "bus"/"linje" + number without that goal context ("bus 3", "tage bus 3 alene")
_NUMBERED_AFTER_GOAL = _NUMBERED - {"bus", "bussen", "linje", "linie"}
_AS_SAID = re.compile(r"(?:^|\s*,?\s+)(?:som (?:sagt|jeg sagde|jeg skrev))\b\s*,?(?=\s|$)", re.IGNORECASE)
_HEDGED_VERB = re.compile(r"^(måske|maaske|gerne|helst|hellere)\s+(\S.*)$", re.IGNORECASE)
_TRADE_WORD = r"(?:[a-zæøå-]*(?:ør|ist|assistent|hjælper|fører|plejerske|tekniker|medhjælper)|" + "|".join(
    sorted({*reflect.PROFESSIONS, "kok", "bager", "tjener", "landmand", "dyrepasser", "lagermand", "pædagog"}, key=len, reverse=True)) + ")"
# Each trade word is read once, as an atomic group (a lookahead caught and matched again): "pædagogmedhjælper" fits
# _TRADE_WORD three ways, and a list of them failing at its end was tried in 3**n ways (13 items: seconds).
_TRADE_LIST = re.compile(rf"^(?=(?P<t1>{_TRADE_WORD})\b)(?P=t1)(?:(?:,\s*|\s+eller\s+|\s+og\s+)(?=(?P<t2>{_TRADE_WORD})\b)(?P=t2))*"
                         r"(?:,\s*(?:ellers|eller|måske|helst|gerne|kun|men)\b[^.!?]*)?$", re.IGNORECASE)


_TRAITS = {"hurtig", "stærk", "tålmodig", "hjælpsom", "sød", "flink", "rolig", "kreativ", "sjov", "ærlig", "omsorgsfuld",
           "praktisk", "pligtopfyldende", "grundig", "nysgerrig", "modig", "venlig", "positiv", "stabil", "punktlig", "kvik",
           "snakkesalig", "rummelig", "loyal"}
# "hurtigt i hovedet", "stærke": the adjective in the form that follows "Du er" ("Du er hurtig i hovedet", "Du er stærk")
_TRAIT_FORMS = {"hurtigt": "hurtig", "stærke": "stærk"}
_TRADES = "|".join(sorted(reflect.PROFESSIONS, key=len, reverse=True))
_TRADE_PHRASE = re.compile(rf"^(?:(før|tidligere|engang|uddannet|udlært) )?({_TRADES})((?: i \d+ år| før| tidligere| engang)?)$",
                           re.IGNORECASE)


# "I bestemmer jo alligevel", "De hører aldrig efter": what the citizen experiences of others. The bot says it back as the
# citizen's experience ("Du oplever, at de aldrig hører efter."), never in its own voice as a fact, and never as "I".
_OTHERS_DO = re.compile(r"^(I|De|Kommunen|Sagsbehandleren|Systemet|Myndigheden|They|The municipality|You) "
                        r"(?:(?:jo|bare|altid|aldrig|alligevel|never|always|just|don't|do not|ikke) )*"
                        r"(?:bestemmer|hører|lytter|gør|siger|vil|tager|decide|decides|listen|listens|do|say|says|take)\b")


def _others_do(you: str, language: str, quote: str | None = None) -> str | None:
    first = re.split(r"(?<=[.!?])\s+", you.strip())
    if not first or not _OTHERS_DO.match(first[0]):
        return None
    own = _OTHERS_DO.match(reflect.tidy(quote)[:1].upper() + reflect.tidy(quote)[1:]) if quote is not None else None
    if language == "en" and quote is not None and (own is None or own.group(1) == "I"):
        return None  # "I take the bus alone" is echoed "You take …": the citizen's own deed, not other people's
    head = first[0].rstrip(" .!?")
    if language == "en":
        body = re.sub(r"^(?:You|They)\b", "they", head)
        body = body[:1].lower() + body[1:] if not body.startswith("The ") else "t" + body[1:]
        return " ".join([f"You feel that {body}.", *first[1:]])
    body = re.sub(r"^I\b", "de", head)
    body = re.sub(r"^(De|Kommunen|Sagsbehandleren|Systemet|Myndigheden)\b", lambda m: m.group(1).lower(), body)
    body = re.sub(r"\s+jo\b", "", body)
    # subordinate order after "at": the sentence adverbs before the verb ("at de alligevel bestemmer")
    m = re.match(r"^(\w+) (\w+) ((?:(?:alligevel|altid|bare|aldrig|ikke|også) )+)(.*)$", body)
    sub = f"{m.group(1)} {m.group(3)}{m.group(2)} {m.group(4)}".strip() if m else body
    return " ".join([f"Du oplever, at {sub}.", *first[1:]])


_GOOD_WITH = re.compile(r"^(?:er\s+)?(god|go|dygtig)\s+((?:med|i|på)\s+\S.*?)[.!]?$", re.IGNORECASE)
_HAS_GOOD = re.compile(r"^(?:gode|grønne)\s+(?:hænder|fingre|øjne|ører|evner)[.!]?$", re.IGNORECASE)


_FIRST_PERSON_DA = re.compile(r"\b(?:jeg|mig|min|mit|mine|vi|os|vores|æ)\b", re.IGNORECASE)


_POSS_OR_AT = {"at", "min", "mit", "mine", "din", "dit", "dine", "hans", "hendes", "vores", "jeres", "sin", "sit", "sine", "en", "et"}


def _finite_after_all(words: str) -> bool:
    """A finite verb in the phrase, not counting a word after "at" or a possessive ("at kunne gå", "hans have")."""
    ws = [w.lower().strip(",.") for w in words.split()]
    return any(w in reflect._FINITE and not (k and ws[k - 1] in _POSS_OR_AT) for k, w in enumerate(ws))


def _relative_bare(quote: str, category: str, step: str, speaker: str, first_pos: str, language: str,
                   out: dict[str, str]) -> dict[str, str] | None:
    """A Danish relative's bare answer ("Musik og at cykle.", "En kæreste.", "Gartner, måske to dage om ugen."), said back
    unchanged: given the frame a citizen's answer gets, about the person ("… giver hende eller ham glæde", "Hun eller han
    drømmer om en kæreste"); the sheet keeps the relative's words. None when it is not such an answer."""
    if (speaker != "relative" or language != "da" or step not in ("resources1", "resources2", "hopes1", "work")
            or category not in ("resource", "hope", "employment")):
        return None
    words = reflect.tidy(quote)
    if (not words or out.get("you", "").rstrip(" .").lower() != words.rstrip(" .").lower()
            or (has_subject(words) and not re.match(r"^i\s", words))  # "i en butik": the preposition, not "I"
            or _FIRST_PERSON_DA.search(words)
            or len(words.split()) > (14 if re.match(r"^(?:og )?at\s", words, re.IGNORECASE) else 8) or _finite_after_all(words)):
        return None
    mine = _render_item(quote, category, step, "citizen", first_pos, language).get("you", "")
    if not re.match(r"^(?:Du|Det giver dig)\b|.* giver dig (?:også )?glæde\.$", mine) or "»" in mine:
        return None
    if mine.startswith("Du "):  # "Hun eller han drømmer om sin egen lejlighed": the person's own, said reflexively
        mine = re.sub(r"\b(din|dit|dine) (egen|eget|egne)\b", lambda m: f"{'s' + m.group(1)[1:]} {m.group(2)}", mine)
    you = re.sub(r"\b(du|dig|din|dit|dine)\b", lambda m: _TO_EITHER[m.group(1).lower()], mine[:1].lower() + mine[1:])
    you = you[:1].upper() + you[1:]
    # on the sheet too, a bare "En hund." or "Måske på et værksted." is framed about the person ("Hun eller han drømmer om en
    # hund."; the pronoun is named once known); the quote keeps the relative's own words
    return {"text": you, "you": you}


_ALSO_GOOD = re.compile(r"^\s*(?:og\s+)?(?:så|og så)\s+(?:er\s+)?(jeg|han|hun)\s+(?:er\s+)?(?:også\s+)?(god|dygtig) til\b", re.IGNORECASE)


# a stray English phrase in a Danish chat ("no stop, I meant my sister"): the person said in Danish, never "god til my sister"
_EN_DA_OWNER = {"my": "min", "his": "hans", "her": "hendes", "our": "vores"}
_EN_DA_KIN = {"sister": "søster", "brother": "bror", "mother": "mor", "mum": "mor", "mom": "mor", "father": "far", "dad": "far",
           "wife": "kone", "husband": "mand", "son": "søn", "daughter": "datter", "friend": "ven", "dog": "hund", "cat": "kat",
           "girlfriend": "kæreste", "boyfriend": "kæreste", "grandson": "barnebarn", "granddaughter": "barnebarn",
           "grandmother": "mormor", "grandfather": "morfar", "neighbour": "nabo", "neighbor": "nabo", "horse": "hest",
           "grandma": "bedstemor", "grandpa": "bedstefar", "aunt": "tante", "uncle": "onkel"}
_EN_DA_PLURAL = {"kids": "børn", "children": "børn", "grandchildren": "børnebørn", "friends": "venner", "parents": "forældre",
              "dogs": "hunde", "cats": "katte"}
_EN_DA_NP = re.compile(r"\b(my|his|her|our) (" + "|".join(sorted({**_EN_DA_KIN, **_EN_DA_PLURAL}, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_EN_DA_OWN_PLURAL = {"min": "mine", "hans": "hans", "hendes": "hendes", "vores": "vores"}


def danish_for_english(quote: str) -> str:
    """ "my sister" -> "min søster" in a Danish chat; other text unchanged."""
    def swap(m: re.Match[str]) -> str:
        if m.group(0).lower() == "her dog" and re.match(r",?\s+[a-zæøå]", m.string[m.end():]):
            return m.group(0)  # "at være her dog ikke om vinteren": Danish "her" (here) and "dog" (though)
        own, noun = _EN_DA_OWNER[m.group(1).lower()], m.group(2).lower()
        if noun in _EN_DA_PLURAL:
            return f"{_EN_DA_OWN_PLURAL[own]} {_EN_DA_PLURAL[noun]}"
        return f"{own} {_EN_DA_KIN[noun]}"
    return _EN_DA_NP.sub(swap, quote)


# "i går faldt jeg", "i Aarhus bor min søster": a fronted place or time and then a verb, a sentence (no bare place phrase)
_PLACE_THEN_VERB = re.compile(r"^\W*i(?: [a-zæøåA-ZÆØÅ-]+){1,3}? ([a-zæøå]+) (?:jeg|æ|du|han|hun|vi|de|man|det|der|min|mit|mine|hans|hendes)\b")


def _place_then_verb(text: str) -> bool:
    m = _PLACE_THEN_VERB.match(text)
    return bool(m) and (bool(reflect.FINITE_HINT.match(m.group(1))) or m.group(1) in reflect._PAST_STRONG)


def _in_place(out: dict[str, str], category: str, step: str) -> dict[str, str]:
    """An answer that starts with the preposition "i" ("i Aarhus tæt på min søster") in a frame, so its capital is never
    read as the pronoun "I" ("I Aarhus …")."""
    text, you = out.get("text", ""), out["you"]
    low_text = "i " + text[2:] if text.startswith("I ") else text
    low_you = "i " + you[2:]
    state = re.match(r"i (?:stand|gang|form)\b", low_you, re.IGNORECASE)
    if state and category == "hope" and step == "hopes2":  # "i stand til at arbejde": a state to be in
        return {**out, "text": f"Så ville jeg være {low_text}", "you": f"Så ville du være {low_you}"}
    if state and category == "hope":
        return {**out, "text": f"Jeg drømmer om at være {low_text}", "you": f"Du drømmer om at være {low_you}"}
    if state and category == "resource" and step == "resources2":
        return {**out, "text": f"Det giver mig glæde at være {low_text}", "you": f"Det giver dig glæde at være {low_you}"}
    if not re.match(r"i " + _TIME_NOT_PLACE, low_you, re.IGNORECASE):
        # "i orden", "i morgen": a time or a state, no place to be or to work in; the citizen's words
        return {**out, "text": f"Jeg skrev: »{low_text.rstrip('.')}«.", "you": f"Du skrev: »{low_you.rstrip('.')}«.", "raw": "1"}
    if category == "hope" and step == "hopes2":
        return {**out, "text": f"Så ville jeg være {low_text}", "you": f"Så ville du være {low_you}"}
    if category == "resource" and step == "resources2":
        return {**out, "text": f"Det giver mig glæde at være {low_text}", "you": f"Det giver dig glæde at være {low_you}"}
    if category == "hope":
        return {**out, "text": f"Jeg drømmer om noget {low_text}", "you": f"Du drømmer om noget {low_you}"}
    if category == "employment":
        return {**out, "text": f"Jeg vil gerne arbejde {low_text}", "you": f"Du vil gerne arbejde {low_you}"}
    return {**out, "text": f"Jeg skrev: »{low_text.rstrip('.')}«.", "you": f"Du skrev: »{low_you.rstrip('.')}«.", "raw": "1"}


# the words a long answer starts with before it comes to the point ("Altså jeg har tænkt meget over det, og jeg tror
# egentlig, at det jeg gerne vil mest er at …"); said back, they made a parrot of the whole message
_THOUGHT_ABOUT_IT = re.compile(r"^(?:(?:altså|ja|øh|hmm|nå|tja)[,.]?\s+)*(?:jeg|æ) har (?:tænkt|overvejet|spekuleret) "
                               r"(?:meget |lidt |længe |en del |rigtig meget )?(?:over det|på det|over)\s*[,.]?\s*(?:og\s+)?(?=\S+\s+\S+\s+\S)",
                               re.IGNORECASE)
_I_THINK_THAT = re.compile(r"^(?:(?:altså|ja|øh|og)[,.]?\s+)*(?:jeg|æ) tror (?:egentlig |faktisk |nok |bare )?,?\s*(?:at\s+)?"
                           r"(?=det (?:jeg|æ) (?:gerne )?(?:vil|ønsker|drømmer om|håber på) (?:allermest|mest|helst))", re.IGNORECASE)
_WHAT_I_WANT_MOST = re.compile(r"^det (?:jeg|æ) (?:gerne )?(?:vil|ønsker|drømmer om|håber på) (?:allermest|mest|helst)(?: af alt)?,? "
                               r"(?:det )?er (at )?(.+)$", re.IGNORECASE)


# "jeg ved ikke helt, måske en kæreste": the don't-know before the answer is no part of it ("Du ved ikke helt, måske …")
_DONT_KNOW_LEAD = re.compile(r"^(?:(?:altså|øh|hmm|tja|nå)[,.]?\s+)*(?:(?:jeg |det )?ved (?:jeg |det )?(?:det )?(?:ikke|ik)"
                             r"(?: (?:rigtig|rigtigt|helt|lige|så godt))?|ingen anelse|svært at sige)\s*[,.]\s*"
                             # "…, men min mor siger, jeg er god til at lytte": what follows the "men" is the answer
                             r"(?:men\s+(?=\S+\s+\S)|(?=(?:måske|maaske|nok|vel|noget|en|et|at|mere|flere|bare)\s+\S))", re.IGNORECASE)


def without_lead_in(quote: str) -> str:
    """ "Altså jeg har tænkt meget over det og jeg tror egentlig at det jeg gerne vil mest er at komme ud og rejse" ->
    "jeg vil allerhelst komme ud og rejse": the point of a long answer, in the citizen's words."""
    out = _THOUGHT_ABOUT_IT.sub("", quote, count=1)
    out = _DONT_KNOW_LEAD.sub("", out, count=1)
    out = _I_THINK_THAT.sub("", out, count=1)
    most = _WHAT_I_WANT_MOST.match(out)
    if most and has_subject(most.group(2)):
        # "… er at min datter kommer hjem igen": a clause with its own subject stays a clause after "at"
        out = f"jeg ønsker allermest, at {most.group(2)}"
    elif most:
        out = f"jeg vil allerhelst {most.group(2)}" if most.group(1) else f"jeg ønsker mig allermest {most.group(2)}"
    if out == quote:
        return quote
    return out[:1].upper() + out[1:] if quote[:1].isupper() else out


_DA_OWNER = re.compile(r"\b(?:hans|hendes|sin|sit|sine|vores|jeres|deres)\b", re.IGNORECASE)
# (written small too in a chat: "far elsker at gå ture")
_PARENT_SUBJECT = re.compile(r"^(\W*)([Mm]or|[Ff]ar|[Mm]ormor|[Mm]orfar|[Ff]armor|[Ff]arfar)\b(?=\s+(?:er|har|kan|vil|elsker|bliver|går|"
                             r"drømmer|håber|savner|synes|kunne|var|ville|nyder|hjælper|laver|spiller|passer|hygger)\b)")


# "…, og det fylder rigtig meget", "… det fylder hele tiden": the worry's own word that it fills, said last
_FILLS_AFTER = re.compile(r"(?:[,;.!]\s*|\s+)(?:(?:og|men|så)\s+)?det\s+fylder(?:\s+(?:rigtig|rigtigt|virkelig|enormt|ret|så|også|helt|vildt|"
                          r"meget|mega|utrolig|utroligt|sindssygt|alt|for|mig|os|hende|ham|dem|hele|tiden|lige|nu|i|dag|idag|tit|"
                          r"tankerne|hovedet|mit|liv|min|hverdag|dagligdag|en|masse|del|noget|af|stadig|altid|jo))*\s*[.!]*\s*$",
                          re.IGNORECASE)
# "bekymret for min søn, det fylder …": a feeling without its subject gets one ("Du er bekymret for din søn.")
_FEELING_ALONE = re.compile(r"^(?:meget |lidt |rigtig |så )?(?:bekymret|bekymrede|bange|nervøs|nervøse|urolig|ked|kede|frustreret|stresset|"
                            r"ængstelig|usikker|vred|trist|ensom)\b", re.IGNORECASE)


_LONG_SENTENCE = 15  # words; a longer echo is hard to read for many citizens
_NEW_SUBJECT_JOIN = re.compile(r",?\s+og\s+(?=(?:du|han|hun|de|vi)\s+[a-zæøå]+|så\s+[a-zæøå]+\s+(?:du|han|hun|de|vi)\b)")
_BEFORE_EXPLETIVE = {"om", "fordi", "at", "hvis", "når", "da", "så", "og", "men", "eller", "selvom", "mens", "end", "siden",
                     "til", "for", "med", "på", "i", "af", "ved", "ikke", "nok", "måske", "også", "hvordan", "hvad", "hvem"}
_RELATIVE_TAIL = re.compile(r"\s+(?:hvor|som|der)\s+(?:du|han|hun|de|vi|man|altid|ofte|tit|kan|skal|vil|er|har|[a-zæøå]+r)\b")


def _main_clause_verb(word: str) -> bool:
    """A finite verb right after the subject: a main clause ("han hjælper"), not the "han ikke kan" of a that-clause."""
    w = word.lower().strip(",.!?")
    return w not in reflect.SENTENCE_ADVERBS and (w in reflect._FINITE or w in reflect._PAST_STRONG
                                                  or bool(reflect.FINITE_HINT.match(w)))


def _short_sentences(you: str) -> str:
    """A long echo said in short sentences: "Du er god til at …, og du hjælper også …" becomes two sentences when it is
    longer than about fifteen words, and a long "Du drømmer om et hus … hvor du kan …" keeps its gist, the part before
    the relative clause."""
    out = []
    for sent in re.split(r"(?<=[.!?])\s+", you):
        if len(sent.split()) <= _LONG_SENTENCE:
            out.append(sent)
            continue
        pieces = _NEW_SUBJECT_JOIN.split(sent)
        if len(pieces) > 1 and all(len(p.split()) >= 4 for p in pieces) and all(
                _main_clause_verb(p.split()[1]) for p in pieces[1:]):  # "…, at …, og han ikke kan …": no sentence of its own
            pieces = [p.rstrip(" .!") + "." for p in pieces]
            sent = " ".join(p[:1].upper() + p[1:] for p in pieces)
        else:
            cut = _RELATIVE_TAIL.search(sent)
            if cut and len(sent[:cut.start()].split()) >= 5 and sent[:cut.start()].split()[-1].lower().strip(",") not in _BEFORE_EXPLETIVE:
                # (never after "om", "fordi", "at": "om der er et arbejde" is no relative clause, and "…, om." is no sentence)
                sent = sent[:cut.start()].rstrip(" ,") + "."
        out.append(sent)
    return " ".join(out)


# English words a short answer in a Danish chat may be ("hope", "love", "happiness"), that no Danish word is spelt as: a
# bare answer made only of them is said back as written ("Du skrev: »hope«."), never "Du drømmer om at hope"
_ENGLISH_ANSWER_WORDS = {"hope", "hopes", "wish", "wishes", "dream", "dreams", "love", "happiness", "happy", "peace", "freedom",
                         "travel", "travelling", "traveling", "dance", "dancing", "health", "healthy", "money", "friends", "friend",
                         "family", "house", "home", "garden", "nature", "animals", "horses", "reading", "cooking", "baking", "singing", "swimming", "walking", "running", "drawing",
                         "painting", "fishing", "knitting", "helping", "learning", "sleep", "sleeping", "work", "working",
                         "girlfriend", "boyfriend", "wife", "husband", "kids", "children", "life", "people", "better", "independence",
                         "nothing", "everything", "something", "good", "fun", "and", "a", "my", "more", "less", "to", "be", "get"}


def _english_words_only(quote: str) -> bool:
    """ "hope", "love and peace": one to four English words and nothing else."""
    words = re.findall(r"[^\W\d_]+", quote.lower())
    return 0 < len(words) <= 4 and all(w in _ENGLISH_ANSWER_WORDS for w in words) and not re.search(r"[æøå]", quote.lower()) \
        and any(w not in ("and", "a", "my", "more", "less", "to", "be", "get", "good", "fun", "home", "work", "life") for w in words)


def render_item(quote: str, category: str, step: str, speaker: str, first_pos: str, language: str) -> dict[str, str]:
    """The sheet's first-person wording and the bot's echo (see `_render_item`). A wish and the doubt about it in one
    point ("Jeg vil gerne, men jeg er bange for at falde igen") is echoed both ways, ending on the wish, never as the
    bare "Du vil gerne." or the wish without its doubt under the worries."""
    out = _render_framed(quote, category, step, speaker, first_pos, language)
    if language != "en" and isinstance(out.get("you"), str) and not out.get("raw"):
        out = {**out, "you": _short_sentences(out["you"])}
    if language == "da" and speaker == "citizen" and category in ("parking", "hope", "employment") and out.get("you"):
        wd = reflect.wish_and_doubt(quote)
        if wd and (category == "parking" or len(wd[0].split()) <= 3) and not WORRY_WORDS.search(out["you"]) \
                and len(out["you"].split()) < len(quote.split()):
            both = wish_and_doubt_line(quote, language, speaker)
            if both:
                out = {**out, "you": both}
    return out


def _render_framed(quote: str, category: str, step: str, speaker: str, first_pos: str, language: str) -> dict[str, str]:
    """The sheet's first-person wording (`text`) and the bot's second-person echo (`you`); the echo has words left
    out in second-language Danish put back where that is safe ("Du god til lave mad" -> "Du er god til at lave mad")."""
    if language != "en":
        from .intents import looks_english
        said_in_english = not reflect._DANISH_MARK.search(quote) and (looks_english(quote) or _english_words_only(quote))  # "fixing bikes", "music and my cat"
        as_written = quote
        quote = danish_for_english(quote)  # "my sister" in a Danish chat is "min søster" in the echo; the quote keeps it
        english = said_in_english or (not reflect._DANISH_MARK.search(quote) and len(reflect._ENGLISH_ONLY_MARK.findall(quote.lower())) >= 1
                                      and not _DA_OWNER.search(quote))  # "Hans to katte": the Danish "to" (two), never English
        if english:  # English words in a Danish frame ("Du er god til I think so") read as nonsense: said back as written
            said = _TRAIL_PUNCT.sub("", (as_written if said_in_english else quote).strip())
            return {"text": f"{reflect.capitalise(said)}.", "you": f"Du skrev: »{said}«.", "raw": "1"}
        quote = _l2_verb(quote)
        quote = without_lead_in(quote)
        # "og så er jeg god til at synge": "Jeg er også god til …" on the sheet and in the echo; the quote keeps
        # the citizen's own words
        # (a relative's "så er hun god til at hjælpe andre" the same: "Hun er også god til …")
        quote = _ALSO_GOOD.sub(lambda m: f"{m.group(1).capitalize()} er også {m.group(2).lower()} til", quote, count=1)
    quote = _NAME_FIRST.sub(r"\1", quote)
    if speaker == "relative" and language != "en":
        # "Mor er god til at bage", "Far har altid …": what the relative calls the person is "hun"/"han" when said back
        quote = _PARENT_SUBJECT.sub(lambda m: m.group(1) + ("Hun" if m.group(2).lower() in ("mor", "mormor", "farmor") else "Han"),
                                    quote, count=1)
    if category == "goal_progress" and language != "en":
        # "Målet er at han smører sin madpakke selv": "Hans mål er at smøre …" (the bare "Målet er at han …" is read
        # as a correction); the present tense made the infinitive
        quote = _GOAL_THAT.sub(_goal_that, quote)
        # "Målet var at jeg skulle vaske mit tøj": "Mit mål var at vaske mit tøj" (no "at du skulle" said back as an order)
        quote = _GOAL_SHALL.sub(lambda m: f"{m.group(1)}{_GOAL_WHOSE[m.group(3).lower()]} mål {m.group(2).lower()} at ", quote)
    if category == "resource" and step == "resources2" and language != "en":
        # "min kat hedder mis og youtube": two joys, the pet with its name and one more ("Din kat Mis og youtube …")
        quote = _PET_AND.sub(r"\1 \2 og ", quote)
    out = _render_item(quote, category, step, speaker, first_pos, language)
    fills = _FILLS_AFTER.search(quote) if category == "parking" and language != "en" else None
    if fills and re.search(r"\w", quote[:fills.start()]):
        # "min økonomi, og det fylder rigtig meget": the echo's own frame says that it fills ("Din økonomi fylder meget for
        # dig."), never "… og det fylder rigtig meget. Det fylder meget for dig."
        worry = quote[:fills.start()].rstrip(" ,;")
        worry = f"jeg er {worry}" if _FEELING_ALONE.match(worry) else worry
        out = {**out, "you": _render_item(worry, category, step, speaker, first_pos, language)["you"]}
    joy = _JOY_CLAUSE.match(out.get("you", "")) if category == "resource" and step == "resources2" and language != "en" else None
    if joy and not re.search(r"\b(?:glæde|glad|elsker|nyder|kan lide)\b", out["you"]):
        # "Min søn ringer hver dag" to the joys question: "Det giver dig glæde, at din søn ringer hver dag."
        body = reflect.subordinate_order(out["you"][:-1])  # "at din søster altid hjælper dig": adverb before the verb
        out = {"text": f"Det giver mig glæde, at {_decap(reflect.tidy(quote))}.",
               "you": f"Det giver dig glæde, at {body[:1].lower()}{body[1:]}."}
    if language != "en":  # "din egen værksted", "en værksted": a neuter noun gets its own gender
        out = {k: (_neuter(v) if k in ("text", "you") else v) for k, v in out.items()}
    bare = _relative_bare(quote, category, step, speaker, first_pos, language, out)
    if bare:
        out = bare
    elif (speaker == "relative" and language == "da" and category in ("resource", "hope", "employment") and out.get("you")
          and out.get("text") and out["text"] != out["you"] and not has_subject(reflect.tidy(out["text"]))
          and reflect.tidy(out["text"]).rstrip(" .").lower() == reflect.tidy(quote).rstrip(" .").lower()
          and not re.search(r"\b(?:du|dig|din|dit|dine|jeg|mig|min|mit|mine)\b", out["you"], re.IGNORECASE)):
        out = {**out, "text": out["you"]}  # "At spise pizza fredag.": the sheet has the frame the echo has, about the person
    # "Vi vil gerne flytte" is echoed "I vil gerne flytte": the writers themselves, not the "I" of "I bestemmer jo alligevel"
    ours = re.match(r"^\W*(?:vi|we|vores|our)\b", quote, re.IGNORECASE)
    told = None if ours else _others_do(out.get("you", ""), language, quote)
    if told:
        out["you"] = told
    if language != "en" and out.get("you") and speaker == "relative" and not out.get("raw"):
        # "Hans motorcykel og vores hund": the writer's "vores" is "jeres" when the bot says it back
        out["you"] = re.sub(r"\b(V|v)ores\b", lambda m: "Jeres" if m.group(1) == "V" else "jeres", out["you"])
    if language != "en" and out.get("you"):
        out["you"] = reflect.repair_echo(out["you"])
        if re.search(r"(?<![\w-])[æÆ](?![\w-])", out["you"]) and not out.get("raw"):
            # "æ kaffe", "æ kone": the dialect article is not "du"; the citizen's own words are said back
            out["you"] = f"Du skrev: »{_TRAIL_PUNCT.sub('', quote.strip())}«."
            out["raw"] = "1"
    elif out.get("you"):
        out["you"] = repair_echo_en(out["you"])
    if language != "en" and not out.get("raw"):
        out = {k: (_proper(v) if k in ("text", "you") and isinstance(v, str) else v) for k, v in out.items()}
        # "det kan jeg ikke med mit hoved": "Det kan ikke lade sig gøre med dit hoved." ("Det kan du ikke …" reads as the
        # bot's verdict on the citizen)
        if category in ("employment", "hope") or step in ("work", "hopes1", "hopes2"):
            out["you"] = _CANT.sub(r"Det kan ikke lade sig gøre\1", out.get("you", ""))
    if language != "en" and not out.get("raw"):
        # "Du er nødt til at sælge huset, men kan ikke overskue det": the subject said again after "men"
        out = {k: (_MEN_NO_SUBJECT.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(1).strip().lower()} {m.group(4)}", v)
                   if k in ("text", "you") and isinstance(v, str) else v) for k, v in out.items()}
    if speaker == "relative" and language != "en" and not out.get("raw"):
        # "Kaffe med sin veninde giver hende glæde": before "giver", "sin" has no subject to point back to ("hendes veninde")
        out = {k: (_OWN_BEFORE_GIVES.sub(lambda m: re.sub(r"\b(?:[Ss]in|[Ss]it|[Ss]ine)\b", lambda o: (
                   "Hendes eller hans" if o.group(0)[0] == "S" else "hendes eller hans"), m.group(1)) + m.group(2), v)
                   if k in ("text", "you") and isinstance(v, str) else v) for k, v in out.items()}
    if speaker == "relative" and language != "en" and not out.get("raw"):
        # "Sin have.", "… . Sine børn …": a sentence of its own has no subject for "sin" to point back to ("Hendes eller hans")
        said = {w.lower() for w in re.findall(r"\b(?:[Hh]un|[Hh]an)\b", quote)}  # "Hun elsker … . Sine katte også": hers
        whose = {"hun": "Hendes", "han": "Hans"}.get(next(iter(said)), "") if len(said) == 1 else "Hendes eller hans"
        out = {k: (re.sub(r"(^\W*|[.!?]\s+)(?:Sin|Sit|Sine|sin|sit|sine)\b", lambda m: m.group(1) + whose, v)
                   if k in ("text", "you") and isinstance(v, str) else v) for k, v in out.items()}
    if language != "en" and out.get("text") and not out.get("raw"):
        out["text"] = reflect.dialect_jeg(out["text"])  # "A vil gerne have min egen gård" -> "Jeg vil gerne …"
    if (language != "en" and not out.get("raw") and re.match(r"^\W*i\s+\S", reflect.tidy(quote)) and out.get("you", "").startswith("I ")
            and not _place_then_verb(reflect.tidy(quote))):
        out = _in_place(out, category, step)  # "i Aarhus tæt på min søster": the preposition, never the pronoun "I"
    if language != "en" and not out.get("raw"):
        # "Din bror aldrig ringer.": a main clause has the sentence adverb after the finite verb ("Din bror ringer aldrig.")
        out = {k: (reflect.main_order(v) if k in ("text", "you") and isinstance(v, str) else v) for k, v in out.items()}
    if language != "en" and category in ("employment", "hope") and not out.get("raw"):
        # "arbejde i køkken", "job på restaurant": the place gets its article ("i et køkken", "på en restaurant")
        out = {k: (_BARE_PLACE.sub(_with_article, v) if k in ("text", "you") and isinstance(v, str) else v) for k, v in out.items()}
    # "… hver dag kl 14. det glemmer jeg tit": a new sentence starts with a capital, on the sheet and in the echo
    out = {k: (_AFTER_NUMBER.sub(lambda m: m.group(1) + m.group(2).capitalize(), _SENTENCE_START.sub(
        lambda m: m.group(1) + m.group(2).upper(), v)) if k in ("text", "you") and isinstance(v, str) else v) for k, v in out.items()}
    return out


# a goal's status that says it is done now ("Det klarer du nu hver dag.", "Det har han gjort to gange nu."): credit for it
_GOAL_DONE = re.compile(r"^(?:Det|Det\s+har) (?:gør|klarer|kan|har|laver|smører|tager|husker|går) (?:du|han|hun|I)\b.*\b(?:nu|selv|hver|gange|"
                        r"dage|om ugen|allerede|gjort|klaret)\b")
_GOAL_WHOSE_YOU = re.compile(r"^(\W*)[Mm]ålet (er|var),? at (?=(?!(?:jeg|han|hun|du|det|den|der|de|vi|min|mit|mine|din|dit|dine|"
                             r"hans|hendes|man)\b)[a-zæøå]+\b)")
_GOAL_DONE_INLINE = re.compile(r"(?:,\s*|\s+)og (det (?:gør|klarer|kan) (?:jeg|han|hun) (?:\w+ )?(?:nu|selv)\b[^.!?]*)", re.IGNORECASE)
_OWN_BEFORE_GIVES = re.compile(r"^([^,.!?]*\b(?:[Ss]in|[Ss]it|[Ss]ine)\b[^,.!?]*)( giver (?:hende eller ham|hende|ham) (?:også )?glæde\b)")
_MEN_NO_SUBJECT = re.compile(r"^((?:Jeg|Du|Han|Hun) )(.*?,?\s+men\s+)(?!(?:jeg|du|han|hun|det|der|de|vi|man)\b)()"
                             r"((?:kan|kunne|vil|ville|er|var|har|skal|gider|orker|tør|ved|magter) (?:ikke|ik|aldrig)\b)")
_GOAL_NOT_DONE = re.compile(r"\b(?:ikke|ik|aldrig|sjældent|svært|glemmer|lidt|nogle gange|indimellem|somme tider)\b", re.IGNORECASE)
_BARE_STATUS = re.compile(r"^(Det går|It goes|It is going|It's going) ((?:rigtig |ret |meget |very |really |quite )?(?:godt|fint|ok|okay|"
                          r"dårligt|skidt|bedre|well|fine|badly|better|good))\.?$")
# "kl 14. det glemmer jeg": after a number, only a pronoun or a conjunction starts a sentence ("2. sal" is an ordinal)
_AFTER_NUMBER = re.compile(r"(\d[.!?]\s+)(det|der|jeg|du|han|hun|vi|de|men|så|nu|og)\b")
_SENTENCE_START = re.compile(r"((?<!\bkl)(?<!\bca)(?<!\bfx)(?<!\bevt)(?<!\bnr)(?<!\bbl\.a)(?<!\bf\.eks)(?<!\bosv)(?<!\bdvs)"
                             r"(?<!\bmin)(?<!\bmv)(?<![\d.])[.!?]\s+)([a-zæøå])")


# place names and a pet's name written in lower case ("sverige", "hund bella", "hedder bobbi"): capitals in the echo
_PLACES = ("danmark", "sverige", "norge", "tyskland", "spanien", "italien", "frankrig", "england", "grækenland", "tyrkiet",
           "polen", "thailand", "amerika", "island", "færøerne", "grønland", "mallorca", "kreta", "bornholm", "fyn", "jylland",
           "sjælland", "københavn", "aarhus", "århus", "aalborg", "odense", "randers", "esbjerg", "vejle", "kolding", "horsens",
           "herning", "silkeborg", "viborg", "roskilde", "næstved", "holstebro", "skive", "thisted", "skagen", "svendborg",
           "fredericia", "slagelse", "hillerød", "helsingør", "sønderborg", "haderslev", "aabenraa", "frederikshavn", "hjørring",
           "ringkøbing", "lemvig", "struer", "legoland", "tivoli", "berlin", "london", "paris", "stockholm", "oslo", "malmø")
_PLACE_RE = re.compile(r"(?<![\w-])(" + "|".join(_PLACES) + r")(?![\w-])")
_PET_NAME = re.compile(r"\b((?:hund|hunden|kat|katten|hest|hesten|kanin|kaninen|marsvin|undulat|papegøje|hedder) )"
                       r"([a-zæøå]{2,})(?=\s*(?:$|[.,!?;]|\s+(?:og|giver|betyder|er|var|har)\b))")
_NOT_A_NAME = {"og", "er", "var", "også", "her", "der", "nu", "ikke", "jo", "bare", "heller", "godt", "hjemme", "mest", "alene",
               "meget", "igen", "altid", "lidt", "derhjemme", "selv", "engang", "snart", "tit", "ofte", "aldrig", "sammen",
               "dengang", "senere", "først", "nogensinde", "hver", "om", "i", "på", "med", "til", "fordi", "som", "men",
               # what the animal does or did ("hendes kat døde"): a verb, never its name
               "døde", "dør", "blev", "løb", "løber", "forsvandt", "sover", "sov", "spiser", "bider", "kom", "kommer",
               "lever", "levede", "gøer", "mjaver", "hyler", "larmer", "stak", "smutter", "syg", "gammel", "væk", "død"}


def _proper(text: str) -> str:
    text = _PLACE_RE.sub(lambda m: m.group(1).capitalize(), text)
    return _PET_NAME.sub(lambda m: m.group(1) + (m.group(2) if m.group(2) in _NOT_A_NAME else m.group(2).capitalize()), text)


_OWN_ONE = r"(?:[Mm]in|[Mm]it|[Mm]ine) (?:lille |store |gamle |to |tre )?[a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+)?"
_OWN_THINGS = re.compile(rf"^{_OWN_ONE}(?:(?:, | og ){_OWN_ONE})+$")
_OWN_NAMED = re.compile(r"^(?:[Mm]in|[Mm]it|[Mm]ine) (?:lille |store |gamle )?[a-zæøå]+ [A-ZÆØÅ][a-zæøå]+$")  # "Mit barnebarn Oliver"
_CANT = re.compile(r"^Det kan du ikke((?: (?:med|på grund af|uden|nu|lige nu|endnu|mere|længere|for tiden)\b[^.!?]*)?)(?=[.!?](?:\s|$))")
_TRAIL_PUNCT = re.compile(r"[\s.!?]+$")
# "Min søn ringe hver dag" (second-language Danish): the infinitive after a named person is the present tense
_L2_VERB = re.compile(r"^(\W*(?:[Mm]in|[Mm]it|[Mm]ine|[Vv]ores|[Hh]ans|[Hh]endes|[Dd]in|[Dd]it|[Dd]ine) [a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+)?) "
                      r"(ringe|komme|besøge|hjælpe|spille|lave|tage|sige|smile|grine|synge|hente|skrive|sende|kramme|lege|læse|gå|se|få)\b")
_PRESENT = {"gå": "går", "se": "ser", "få": "får"}
# the writer's name said first ("Jeg er Erik, jeg har …"): who is writing, not part of the point
_RIDE_GOAL = re.compile(r"^(bus|bussen|tog|toget|metro|metroen|letbane|letbanen|cykel|cyklen|cykle|taxa|taxaen|flextrafik)"
                        r"( alene| selv| på egen hånd| uden hjælp)?$", re.IGNORECASE)
_RIDE_DEFINITE = {"bus": "bussen", "tog": "toget", "metro": "metroen", "letbane": "letbanen", "taxa": "taxaen"}
_GOAL_THAT = re.compile(r"^(\W*)(?:målet|mit mål|hans mål|hendes mål) er,? at (jeg|han|hun) (?:(selv|også|snart|igen) )?([a-zæøå]+(?:er|år|ør|or)|kan)\b",
                        re.IGNORECASE)
_GOAL_SHALL = re.compile(r"^(\W*)(?:målet|mit mål|hans mål|hendes mål) (er|var),? at (jeg|han|hun) (?:skal|skulle) (?=[a-zæøå])", re.IGNORECASE)
_GOAL_WHOSE = {"jeg": "Mit", "han": "Hans", "hun": "Hendes"}
_PRESENT_TO_INF = {"kan": "kunne", "går": "gå", "får": "få", "står": "stå", "gør": "gøre", "bor": "bo", "ser": "se", "tager": "tage"}


def _goal_that(m: re.Match) -> str:
    who = {"jeg": "Mit", "han": "Hans", "hun": "Hendes"}[m.group(2).lower()]
    verb = m.group(4).lower()
    inf = _PRESENT_TO_INF.get(verb) or (verb[:-1] if verb.endswith("er") else verb)
    # "Målet er at hun selv smører madpakke": "Hendes mål er selv at smøre madpakke" (the adverb before "at")
    adverb = f"{m.group(3).lower()} " if m.group(3) else ""
    return f"{m.group(1)}{who} mål er {adverb}at {inf}"


_PET_AND = re.compile(r"^((?:min|mit|mine)\s+(?:hund|kat|hest|kanin|marsvin|undulat|papegøje|fisk|hamster))\s+hedder\s+(\w+)\s+og\s+(?!jeg\b|han\b|hun\b|den\b|det\b)",
                     re.IGNORECASE)
_NAME_FIRST = re.compile(r"^(\W*)(?:[Jj]eg er|[Jj]eg hedder|I'?m|I am|[Mm]y name is) [A-ZÆØÅ][a-zæøå]+,\s+(?=\w)")
_JOY_CLAUSE = re.compile(r"^(?:Din|Dit|Dine|Jeres) [a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+)? (?:[a-zæøå]+er|går|ser|får|gør|kommer)\b[^,.]*\.$")


_PART_OF_DAY = re.compile(r"^(kun|bare|helst|mest) (?:om )?(formiddag|eftermiddag|aften|morgen)(?:e|en|er|ene)?$")


_NEUTER_WORDS = r"(?:værksted|job|hus|sommerhus|køkken|hjem|bosted|dagcenter|plejehjem|værested|bibliotek|kontor|lager|fitnesscenter|" \
                r"rækkehus|værelse|akvarium|drivhus|kørekort|fleksjob|skånejob|praktiksted|trampolin|tog|lokale)"
_NEUTER_OWN = re.compile(rf"\b([MmDdSs])in egen ({_NEUTER_WORDS})\b")
_NEUTER_EN = re.compile(rf"\b([Ee])n ((?:lille |stort? |nyt? |eget? )?{_NEUTER_WORDS})\b")


def _neuter(text: str) -> str:
    text = _NEUTER_OWN.sub(lambda m: f"{m.group(1)}it eget {m.group(2)}", text)
    return _NEUTER_EN.sub(lambda m: f"{'E' if m.group(1) == 'E' else 'e'}t {m.group(2)}", text)


def _l2_verb(quote: str) -> str:
    return _L2_VERB.sub(lambda m: f"{m.group(1)} {_PRESENT.get(m.group(2), m.group(2) + 'r')}", quote)
# a verb after its subject that takes no -s: after an auxiliary or a causative ("Does he like", "let your son go") or as
# the second half of a compound subject ("My mother and my father help")
_EN_NO_S_BEFORE = re.compile(r"\b(?:do|does|did|doesn't|didn't|can|can't|could|will|won't|would|should|may|might|must|let|lets|"
                             r"make|makes|made|help|helps|see|sees|saw|watch|watches|hear|hears|want|wants|and|or)\s+(?:\w+\s+)?$|&\s*$",
                             re.IGNORECASE)
_EN_REPAIRS = (
    # "good in cleaning", "good for cooking": "good at"
    (re.compile(r"\b(good|great|bad) (?:in|for) (?=\w+ing\b)", re.I), r"\1 at "),
    # "want job", "need driving license": the article put back before a countable noun
    (re.compile(r"\b(want|wants|need|needs|get|find|have|has|become|becomes) (?=(?:job|flat|apartment|house|car|girlfriend|boyfriend|"
                r"driving licen[cs]e|licen[cs]e|dog|cat|bike|course|internship|taxi driver|bus driver|nurse|cook|chef)\b)", re.I),
     r"\1 a "),
    # "want learn danish", "like work in kitchen": the "to" before the second verb
    (re.compile(r"\b(want|wants|need|needs|like|likes|hope|hopes|try|tries|plan|plans) (?=(?:learn|work|go|get|be|have|find|live|"
                r"move|become|start|study|drive|take|make|pay|see|visit|walk|cook|ride|play|travel|meet)\b)", re.I), r"\1 to "),
    # "he repair them", "when she go", "my brother call me": the third person's -s
    (re.compile(r"\b((?:[Hh]e|[Ss]he|(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er) (?:brother|sister|mother|mum|mom|father|dad|son|daughter|"
                r"friend|wife|husband)) )(want|hope|like|need|repair|fix|call|love|work|live|dream|come|play|help|make|get|take|"
                r"visit|say|know|feel|sleep|cook|read|walk|think|go|do|have|try|miss|watch|wish)\b"),
     lambda m: m.group(0) if _EN_NO_S_BEFORE.search(m.string[:m.start()]) else m.group(1) + {
         "go": "goes", "do": "does", "have": "has", "try": "tries", "miss": "misses", "watch": "watches", "wish": "wishes",
         "fix": "fixes"}.get(m.group(2), m.group(2) + "s")),
    # "goal is go to school": the "to" of the aim
    (re.compile(r"\b(goal is|aim is) (?=(?:go|get|be|have|learn|walk|take|make|pay|eat|sleep|find|keep|start|stop|do|use|cook|"
                r"clean|shop|shower|train|exercise|read|write|call|visit|meet)\b)", re.I), r"\1 to "),
    # "good at cooking and help other peoples": one form for both activities
    (re.compile(r"\b(good at \w+ing,? (?:and|or) )(help|cook|clean|draw|sing|dance|read|write|fix|repair|paint|play|bake|"
                r"listen|talk|build|sew|knit|swim|run|drive|care)\b(?!ing)", re.I),
     lambda m: m.group(1) + {"swim": "swimming", "run": "running", "bake": "baking", "care": "caring", "dance": "dancing",
                             "drive": "driving", "write": "writing", "knit": "knitting"}.get(m.group(2).lower(), m.group(2) + "ing")),
    (re.compile(r"\bother peoples\b"), "other people"),
    # "a apprenticeship", "a old car": "an"
    (re.compile(r"\b([Aa]) (?=(?:apprentice|apartment|education|internship|office|old|own|other|art|animal|IT\b|hour|easy|extra|"
                r"activity|allotment|e-?bike)\w*)"), r"\1n "),
    # "drive my self", "dont sleep good": the written forms
    (re.compile(r"\b(my|your|him|her) self\b"), r"\1self"),
    (re.compile(r"\b([Dd])ont\b"), r"\1on't"),
    # "learn danish", "from somalia": languages and countries with a capital
    (re.compile(r"\b(danish|english|arabic|somali|turkish|german|ukrainian|denmark|somalia|syria|poland|ukraine|"
                r"germany|england|eritrea|iraq|iran|afghanistan|copenhagen|aarhus|odense|aalborg)\b"), lambda m: m.group(1).capitalize()),
    # "polish"/"turkey" are words of their own ("polish my car", "nail polish", "turkey for Christmas"): the language and
    # the country only after "speak", "in", "from", "learn" or before "language"/"people"
    (re.compile(r"\b((?:speak|speaks|spoke|speaking|in|from|learn|learns|learning|study|studies|studying|to) )(polish|turkey)\b"
                r"(?<!\bto polish)|\b(polish)(?= (?:language|people|food|friends?|family|class|course|lessons?|teacher)\b)"),
     lambda m: (m.group(1) or "") + (m.group(2) or m.group(3)).capitalize()),
    # "sleep good", "eat good": "well", when nothing comes after it ("eat good food" stays)
    (re.compile(r"\b(sleep|sleeps|walk|walks|work|works|eat|eats) good\b(?=\s*(?:[.,!?;]|$|(?:at|in|now|again|anymore|every|and|but|"
                r"because|when|if|lately|today|tonight)\b))"), r"\1 well"),
)


def repair_echo_en(text: str) -> str:
    """Safe repairs of words left out in second-language English, in the echo only: "You are good in cleaning" ->
    "You are good at cleaning", "You want job" -> "You want a job"."""
    for pattern, repl in _EN_REPAIRS:
        text = pattern.sub(repl, text)
    return text


_WHEN_AND_THING = re.compile(r"^((?:når|naar|nar)\s+\S+\s+\S+[^,]*?)\s+og\s+((?:min|mit|mine|[a-zæøå]+(?:en|et|erne|ne))(?:\s+[a-zæøå]+){0,3})$",
                             re.IGNORECASE)
_DOING_AND_THING = re.compile(r"^at\s+(\S+(?:\s+\S+){0,5}?)\s+og\s+((?:min|mit|mine)\s+[a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)?"
                              r"(?:,?\s+(?:når|hvis)\s+\S+(?:\s+\S+){1,6})?)$", re.IGNORECASE)
_NOT_A_THING = {"der", "som", "at", "når", "hvis", "jeg", "du", "han", "hun", "vi", "de", "man", "ikke", "det", "så", "også"}


# "et job i en rammebutik, men kun formiddage", "kok, men ikke om aftenen": the condition of a wish stays with it
_CONDITION = re.compile(r"^(?:men|but)\s+(?:kun|ikke|helst|gerne|max|maks|højst|only|not|no|preferably)\b", re.IGNORECASE)


# a fragment led by a focus word ("mest med hænderne", "kun på deltid", "helst når det er stille"): the focus word is
# the citizen's condition on the point; it needs a frame of its own, never "Du er god til mest …", "Du tænker, at kun …"
_FOCUS_LEAD = re.compile(r"^(kun|mest|især|isaer|helst|bare|primært|specielt|særligt|særlig|allerhelst)\s+"
                         r"(?!(?:jeg|du|han|hun|vi|de|det|der|man|i)\b)(\S.*)$", re.IGNORECASE)
_FOCUS_AS = {"mest": "især", "isaer": "især", "primært": "især", "specielt": "især", "særligt": "især", "særlig": "især"}
_BARE_DONE = re.compile(r"^(?:og\s+)?(?:jeg\s+)?(har|havde)\s+((?:altid|også|tit|længe|aldrig|ikke|ik|altid\s+bare)\s+)?(?:været|vaeret|vært)"
                        r"(?:\s+det)?[.!]*$", re.IGNORECASE)


def _focus_fragment(phrase: str, category: str, step: str) -> dict[str, str] | None:
    m = _FOCUS_LEAD.match(phrase.strip(" .!"))
    if not m or category not in ("resource", "hope", "employment"):
        return None
    adv = m.group(1).lower()
    rest = m.group(2).strip(" ,")
    rest_you = reflect.shift_pronouns(rest)
    if category == "resource" and step == "resources2":
        if _WHEN.match(rest):  # "helst når det er stille omkring mig": when the citizen is at ease
            return {"text": f"Jeg har det bedst, {rest}.", "you": f"Du har det bedst, {rest_you}."}
        return None
    if category == "resource":
        adv = _FOCUS_AS.get(adv, adv)
        if re.match(r"^(?:med|i|på|ved|indenfor|inden for)\s", rest, re.IGNORECASE):
            return {"text": f"Jeg er {adv} god {rest}.", "you": f"Du er {adv} god {rest_you}."}  # "især god med tal"
        at = "at " if is_verb_phrase(rest) and not rest.lower().startswith("at ") else ""
        return {"text": f"Jeg er {adv} god til {at}{rest}.", "you": f"Du er {adv} god til {at}{rest_you}."}
    if is_verb_phrase(rest) or _PART_OF_DAY.match(phrase.lower().strip(" .!")):
        return None
    # "kun på deltid", "helst om formiddagen": the citizen's terms for the wish
    return {"text": f"Det skal {adv} være {rest}.", "you": f"Det skal {adv} være {rest_you}."}


# "fordi jeg ikke er et barn", "nok fordi han altid siger …" as a whole answer: a reason, never a sentence starting "Fordi"
# (each lead word once per repetition: "det er nok" is "det er" + "nok"; listed as well it split a run of them
# exponentially)
_BECAUSE = re.compile(r"^(?:(?:men|og|jamen|altså|nok|vel|mest|især|bare|det er)\s+){0,6}fordi\s+", re.IGNORECASE)


# a relative's reason that is the writer's own ("fordi jeg er træt af …", "fordi vi er bekymrede", "… give os mere ro")
OWN_REASON = re.compile(r"^\W*fordi (?:så )?(?:(jeg|vi)\b|.*\b(?:give|for|til) (os|mig)\b)", re.IGNORECASE)


def _because_frame(body: str, speaker: str) -> dict[str, str]:
    """A bare reason to a question about wishes: why it matters ("Det er vigtigt for dig, fordi du ikke er et barn.")."""
    body = re.sub(r"(?<=\w) at (?=(?:jeg|du|han|hun|vi|de|det|min|mit|mine|hans|hendes)\b)", ", at ", body.rstrip(" .!"))
    if speaker == "relative":
        words = body.lower().split()
        who = "hende" if "hun" in words and "han" not in words else "ham" if "han" in words and "hun" not in words else "hende eller ham"
        own = OWN_REASON.match(f"fordi {body.lower()}")
        if own:  # "fordi jeg er træt af at køre hende rundt", "fordi det ville give os mere ro": the writer's own reason
            who = "jer" if (own.group(1) or own.group(2)).lower() in ("vi", "os") else "dig"
        line = f"Det er vigtigt for {who}, fordi {reflect.shift_pronouns(body, speaker)}."
        return {"text": line, "you": line}
    return {"text": f"Det er vigtigt for mig, fordi {body}.", "you": f"Det er vigtigt for dig, fordi {reflect.shift_pronouns(body)}."}


_EN_SPLICE = re.compile(r"^((?:You|He|She) (?!know\b|see\b|mean\b)[^,.!?]{3,60}), ((?:you|he|she) (?!know\b|see\b|mean\b)\w+)")
# "hendes kanin, Trine," before "og …" or the end: a possessive, one to three words and a name set off by commas
_NAME_APPOSED = re.compile(r"\b((?:[Mm]in|[Mm]it|[Mm]ine|[Dd]in|[Dd]it|[Dd]ine|[Hh]ans|[Hh]endes|[Vv]ores|[Jj]eres|[Ss]in|[Ss]it|[Ss]ine)"
                           r"(?:\s+[a-zæøå]+){1,3}),\s+((?:[A-ZÆØÅ][a-zæøå]+)(?:\s+[A-ZÆØÅ][a-zæøå]+)?)\s*,?(?=\s+(?:og|samt|eller)\s|\s*[.!]?\s*$)")


def _render_item(quote: str, category: str, step: str, speaker: str, first_pos: str, language: str) -> dict[str, str]:
    tidy = reflect.tidy(mask_pii(quote))
    if language == "en" and re.search(r"(?i)\bgarden\b", quote):
        tidy = re.sub(r"\b([Gg])ården\b", r"\1arden", tidy)  # "some garden work": English, never the Danish stand-in "gården"
    clean = _FILLER.sub("", tidy, count=1) or tidy
    if clean != tidy:
        clean = uninvert(clean)  # "Som sagt har jeg været skrædder": "jeg har været skrædder", never "Jeg har jeg …"
    if language != "en":
        clean = re.sub(r"^(?:maske|maaske)\b", "måske", clean, flags=re.IGNORECASE)  # "maske noget frivilligt"
        done = _BARE_DONE.match(clean)
        if done:  # "har altid været" after a strength: "Det har du altid været.", never "og du har altid været"
            adv = (done.group(2) or "").strip().lower().replace("ik", "ikke") if done.group(2) else ""
            adv = f" {adv}" if adv else ""
            return {"text": f"Det {done.group(1).lower()} jeg{adv} været.", "you": f"Det {done.group(1).lower()} du{adv} været."}
    clean = _AS_SAID.sub(" ", clean).strip() or clean  # "tatovør som sagt eller frisør": the filler is no part of the wish
    if language != "en":
        because = _BECAUSE.match(clean)
        if because and len(clean[because.end():].split()) >= 2:
            body = clean[because.end():].strip()
            if category in ("hope", "employment") or step in ("hopes1", "hopes2"):
                return _because_frame(body, speaker)
            clean = body  # "fordi min bror aldrig ringer" to another question: the reason said as a sentence of its own
        clean = reflect.main_order(clean)  # "min bror aldrig ringer": "min bror ringer aldrig" (a main clause)
        clean = reflect.unfront(clean)  # "Egentlig drømmer jeg om en have": "jeg drømmer om en have", never in a frame
        clean = reflect.adverb_after_verb(clean)  # "måske min mor er syg": "min mor er måske syg" (never "Måske din mor er …")
    scored = re.match(r"^(.*\s(\S+))\s+[0-4][.!]*$", clean) if category == "goal_progress" else None
    if scored and _GOAL_VERB.match(scored.group(1)) and scored.group(2).lower() not in _NUMBERED_AFTER_GOAL:
        clean = scored.group(1)  # "gå med stok 2": the goal; the 2 is its score, said back on its own
    if language != "en":
        # "Hans farmor, Birthe, og vores kat": a name set off by commas after "hans farmor" is one point with it; the
        # commas are no clause ends (never "Hans farmor, Birthe." with the cat lost)
        clean = _NAME_APPOSED.sub(r"\1 \2", clean)
    clause = reflect.first_clause(clean, max_words=30)
    rest = clean[len(clause):].lstrip(" ,")
    but = re.match(r"(?:men|but|og)\s+([^.!?;,]+)", rest, re.IGNORECASE)
    # "bo alene, men kun hvis jeg får hjælp til økonomien": a condition of up to 8 words stays when the echo keeps to
    # about 15 words (the frame adds 3-4)
    cond_ok = bool(but and _CONDITION.match(but.group(0)) and len(clause.split()) + len(but.group(0).split()) <= 11)
    also = re.match(r"^(?:og|samt|and)\s+(?:så\s+)?([^.!?;,]+?)[\s.!]*$", rest, re.IGNORECASE) if step == "resources2" else None
    if (also and category in ("resource", None) and len(also.group(1).split()) <= 4 and not has_subject(clause)
            and not has_subject(also.group(1)) and not _finite_after_all(also.group(1)) and len(clause.split()) <= 6):
        # "mine oldebørn, og radioen": a second joy after the comma is part of the answer, never dropped
        clause = clean = f"{clause.rstrip(' ,')} og {also.group(1).strip()}"
        rest, but, cond_ok = "", None, False
    # "et arbejde på et museum, men kun med genstande og ikke med gæster": the condition is the citizen's own terms for
    # the wish (never left out of the echo, the summary or the sheet), up to 12 words of it
    long_cond = bool(but and category in ("employment", "hope") and _CONDITION.match(but.group(0))
                     and len(clause.split()) + len(but.group(0).split()) <= 20)
    if (but and clause and len(but.group(1).split()) <= (12 if long_cond else 8 if but.group(0).lower().startswith("og") or cond_ok else 5)
            and not reflect.is_sentence(but.group(1))
            and (reflect.is_sentence(clause) or _PRO_DROP.match(clause) or _IT_DROP.match(clause)
                 or (category in ("employment", "hope") and _CONDITION.match(but.group(0)) and not _MAYBE_PP.match(clause)))):
        # "et job med computere, men ikke med kunder", "det går langsomt men fremad": the qualification stays;
        # so does a second thing joined by "og" ("… af at svømme, og af at hjælpe til i køkkenet")
        clause = f"{clause}, {but.group(0).strip()}"
    so = re.match(r"så\s+(?:jeg|han|hun|vi|de|æ)\s+(?:er|var|blev|kan|kunne)\s+(?:\w+\s+){0,3}?(?:god|dygtig|go|skrap|skarp)\b[^.!?;]*",
                  rest, re.IGNORECASE)
    if (so and category == "resource" and clause and not clause.lower().endswith(so.group(0).lower())
            and len(clause.split()) + len(so.group(0).split()) <= 22):
        # "Jeg har været skrædder, så jeg er god til at sy": what the citizen is good at is the point; never left out
        clause = f"{clause}, {so.group(0).rstrip(' ,')}"
    en = language == "en"
    if not clause:
        return {"text": "", "you": ""}
    if en:
        out = _render_en(clean, clause, category, step, speaker)
        if out.get("you") and not out.get("raw"):
            # "You go to language school, you want to …": two sentences joined by a comma are said with their "and"
            out = {**out, "you": _EN_SPLICE.sub(r"\1, and \2", out["you"], count=1)}
        return out
    if category == "resource" and step == "resources2":
        # "Det er når mine børnebørn kommer …", "Det er nok når …": the when-clause is the joy
        clause = re.sub(r"^det (?:er|var) (?:(?:nok|vel|især|mest|altid|bare) )*(?=(?:når|naar|nar|hvis)\s)", "", clause, count=1,
                        flags=re.IGNORECASE)
    if category == "resource" and step == "resources2" and _WHEN_LEAD.match(clause):
        clause = _WHEN_LEAD.sub("", clause, count=1)  # "og så selvfølgelig når min søster ringer": the when-clause
    after = re.match(r"^(.+?),\s+((?:han|hun|de|vi|det|den|jeg)\s+\w+\s+\w.*|så\s+\w+\s+(?:vi|jeg|hun|han|de)\s+\w.*)$", clause)
    if (category == "resource" and step == "resources2" and speaker != "relative" and _WHEN.match(clause) and after
            and not reflect.main_clause_follows(after.group(1).lower().split())):
        # "når min bror ringer, han bor i Aarhus …": the when-clause is the joy; what follows is a sentence of its own
        low = after.group(1)[:1].lower() + after.group(1)[1:]
        tail = reflect.capitalise(after.group(2).rstrip(" .!"))
        return {"text": f"Det giver mig glæde, {low}. {tail}.",
                "you": f"Det giver dig glæde, {reflect.shift_pronouns(low)}. {reflect.capitalise(reflect.shift_pronouns(after.group(2).rstrip(' .!')))}."}
    # ("min datter og hendes mand, især når …": a person and who comes with them)
    who_when = (re.match(r"^((?:min|mit|mine)\s+(?:\S+\s+){0,4}?[^\s,]+),?\s+((?:især\s+|mest\s+|bare\s+|kun\s+)?når\s+\S+\s+\S+.*)$",
                         clause, re.IGNORECASE)
                if category == "resource" and step == "resources2" and speaker != "relative" else None)
    if who_when and not any(w in reflect._FINITE or w in _NOT_A_THING for w in who_when.group(1).lower().split()[1:]):
        # "Mine to drenge når de er hos mig hver anden weekend": "Dine to drenge giver dig glæde, når de er hos dig …"
        who, when = who_when.group(1), who_when.group(2)
        return {"text": f"{reflect.capitalise(who)} giver mig glæde, {when}.",
                "you": f"{reflect.capitalise(reflect.shift_pronouns(who))} giver dig glæde, {reflect.shift_pronouns(when)}."}
    doing = _DOING_AND_THING.match(clause) if category == "resource" and step == "resources2" and speaker != "relative" else None
    if doing and not any(w in reflect._FINITE or w in _NOT_A_THING
                         for w in re.split(r",?\s+(?:når|hvis)\s", doing.group(2).lower())[0].split()[1:]):
        # "At gå i fitness og min veninde Sara": a thing to do and a person; two joys, each in its own frame
        act, who = doing.group(1), doing.group(2)
        when = re.split(r",?\s+(?=(?:når|hvis)\s)", who, maxsplit=1)
        who, tail = when[0], (f", {when[1]}" if len(when) > 1 else "")  # "min nevø når han kommer": "…, når han kommer"
        return {"text": f"Det giver mig glæde at {act}. {reflect.capitalise(who)} giver mig også glæde{tail}.",
                "you": f"Det giver dig glæde at {reflect.shift_pronouns(act)}. "
                       f"{reflect.capitalise(reflect.shift_pronouns(who))} giver dig også glæde{reflect.shift_pronouns(tail)}."}
    pair = _WHEN_AND_THING.match(clause) if category == "resource" and step == "resources2" and speaker != "relative" else None
    thing_words = pair.group(2).lower().split() if pair else []
    if pair and not any(w in reflect._FINITE or w in _NOT_A_THING for w in thing_words) and not (
            thing_words[0] not in ("min", "mit", "mine") and len(thing_words) > 1 and re.match(r"^\w+(?:er|ede|te)$", thing_words[1])):
        # "når min søn ringer om søndagen og radioen om morgenen": two joys, the second a thing; two sentences, not one
        when = pair.group(1)[:1].lower() + pair.group(1)[1:]
        thing = pair.group(2)
        return {"text": f"Det giver mig glæde, {when}. {reflect.capitalise(thing)} giver mig også glæde.",
                "you": f"Det giver dig glæde, {reflect.shift_pronouns(when)}. "
                       f"{reflect.capitalise(reflect.shift_pronouns(thing))} giver dig også glæde."}
    if (category == "resource" and step == "resources2" and speaker != "relative" and _WHEN.match(clause)
            and not reflect.main_clause_follows(clause.lower().split())):
        # "når jeg er i svømmehallen": the clause says when, not what
        low = clause[:1].lower() + clause[1:]
        return {"text": f"Det giver mig glæde, {low}.", "you": f"Det giver dig glæde, {reflect.shift_pronouns(low)}."}
    if _IT_DROP.match(clause):
        clause = "det " + clause[:1].lower() + clause[1:]  # "går fint": "det går fint", not "du går fint"
        clean = "det " + clean[:1].lower() + clean[1:]
    elif speaker != "relative" and _PRO_DROP.match(clause) and not clause.rstrip().endswith("?"):
        clause = "jeg " + clause[:1].lower() + clause[1:]  # "har ikke et job": the "jeg" left out in a chat
        clean = "jeg " + clean[:1].lower() + clean[1:]
    elif (speaker == "relative" and language != "en" and _RELATIVE_PRO_DROP.match(clause) and not clause.rstrip().endswith("?")
          and step in ("resources1", "resources2", "hopes1", "hopes2", "work")
          and not re.search(r"\b(?:hun|han|hende|ham)\b", clause, re.IGNORECASE)):
        # a relative's "er god til sine venner": the person left out, never "Er god til …" said back (the relative's own
        # view, "tror hun vil …", is no such answer; "er bekymret for hende": the relative speaks of themselves)
        clause = "hun eller han " + clause[:1].lower() + clause[1:]
        clean = "hun eller han " + clean[:1].lower() + clean[1:]
    elif speaker == "relative" and language != "en" and _RELATIVE_VIEW_DROP.match(clause):
        # "tror hun er god til at synge": the relative's own view with the "jeg" left out ("Du tror, at hun er …")
        clause = "jeg " + clause[:1].lower() + clause[1:]
        clean = "jeg " + clean[:1].lower() + clean[1:]
    if (speaker == "relative" and category == "resource" and step == "resources2" and not has_subject(clause)
            and clause.lower().startswith("at ") and len(clause.split()) >= 2):
        # "At gå på loppemarked" from a relative: what gives the person joy, said about the person
        return {"text": reflect.sentence(clean), "you": f"Det giver hende eller ham glæde {_decap(clause)}."}
    own_np = re.match(r"^(sin|sit|sine|hans|hendes) (\w+(?: \w+){0,2})$", clause.strip().rstrip(" .!"), re.IGNORECASE)
    if (speaker == "relative" and category == "resource" and step == "resources1" and own_np
            and not any(w.lower() in ("er", "var", "har", "kan", "vil", "skal", "og", "at", "til") for w in own_np.group(2).split())
            and not any(w.lower() in _NOUN_SUBJECT_VERBS for w in own_np.group(2).split()[1:])):
        # "sine børnebørn" to "Hvad er hun eller han god til?": something that matters, said about the person; "sine" has
        # no subject to point back to in a sentence of its own ("Hendes eller hans børnebørn betyder meget for …")
        own = own_np.group(1).lower()
        if own in ("hans", "hendes"):
            line = f"{own.capitalize()} {own_np.group(2)} betyder meget for {'ham' if own == 'hans' else 'hende'}."
        else:  # "sine børnebørn": the person as the subject, so "sine" has one to point back to (one "hun eller han")
            line = f"Hun eller han holder meget af {own} {own_np.group(2)}."
        return {"text": line, "you": line}
    own_list = _OWN_LIST.match(clause.strip().rstrip(" .!"))
    if (speaker == "relative" and category == "resource" and step == "resources1" and own_list
            and not any(w.lower() in ("er", "var", "har", "kan", "vil", "skal", "at", "til", "ved", "med") or w.lower() in reflect._FINITE
                        or w.lower() in _NOUN_SUBJECT_VERBS for w in re.findall(r"\w+", own_list.group(0))
                        if w.lower() not in ("sin", "sit", "sine", "hans", "hendes", "og"))):
        # "sine venner og sin familie" to "Hvad er hun eller han god til?": what matters to the person, never "Hun eller han
        # er god til sine venner og sin familie"; "hans venner og hans familie": theirs, never "god til hans venner"
        things = own_list.group(0)
        owners = {w.lower() for w in re.findall(r"\b(?:sin|sit|sine|hans|hendes)\b", things, re.IGNORECASE)}
        if owners <= {"hans"} or owners <= {"hendes"}:
            line = f"{reflect.capitalise(things)} betyder meget for {'ham' if owners == {'hans'} else 'hende'}."
        elif owners <= {"sin", "sit", "sine"}:
            line = f"Hun eller han holder meget af {things[:1].lower()}{things[1:]}."
        else:
            line = ""
        if line:
            return {"text": line, "you": line}
    owner = re.match(r"^(hans|hendes) \w+(?: \w+){0,2}(?: og (?:at )?\w+(?: \w+){0,3})?$", clause, re.IGNORECASE)
    if (speaker == "relative" and category == "resource" and step == "resources2" and owner and not has_subject(clause)
            and not any(w.lower() in reflect.SENTENCE_ADVERBS or w.lower() in reflect._FINITE for w in clause.split()[1:])):
        # "Hans hund" to "Hvad giver ham glæde?": "Hans hund giver ham glæde.", not a bare "Hans hund."
        line = f"{reflect.capitalise(clause)} giver {'ham' if owner.group(1).lower() == 'hans' else 'hende'} glæde."
        return {"text": line, "you": line}
    rel_when = (re.match(r"^((?:hans|hendes|vores)\s+(?:\S+\s+){0,4}?[^\s,]+),?\s+((?:især\s+|mest\s+|bare\s+|kun\s+)?når\s+\S+\s+\S+.*)$",
                         clause, re.IGNORECASE)
                if speaker == "relative" and category == "resource" and step == "resources2" else None)
    if rel_when and not any(w in reflect._FINITE or w in _NOT_A_THING for w in rel_when.group(1).lower().split()[1:]):
        # "Hendes barnebarn, især når han kommer på besøg": "Hendes barnebarn giver hende glæde, især når …", never the
        # when-clause inside the subject ("Hendes barnebarn især når han kommer på besøg giver hende eller ham glæde")
        to = {"hans": "ham", "hendes": "hende"}.get(rel_when.group(1).split()[0].lower(), "hende eller ham")
        who, when = reflect.capitalise(rel_when.group(1)), rel_when.group(2)
        return {"text": f"{who} giver {to} glæde, {when}.",
                "you": f"{who} giver {to} glæde, {reflect.shift_pronouns(when, speaker)}."}
    if speaker == "relative" and category == "resource" and step == "resources2":
        low = clause[:1].lower() + clause[1:]
        if _WHEN.match(clause) and not reflect.main_clause_follows(clause.lower().split()) and "," not in clause:
            # "Når vi kommer med børnebørnene om søndagen": what gives the person joy, said about the person
            return {"text": reflect.sentence(clean),
                    "you": f"Det giver hende eller ham glæde, {reflect.shift_pronouns(low, speaker)}."}
        if (not has_subject(clause) and clause.split()[0].lower() in ("vores", "min", "mit", "mine", "hans", "hendes", "sin", "sit", "sine")
                and not _finite_after_all(" ".join(clause.split()[1:])) and len(clause.split()) <= 12):
            # "Vores hund Bella og at gå ture ved stranden": "… giver hende eller ham glæde.", never a bare phrase; "hendes have
            # også": hers, and "også" after the verb ("Hendes have giver hende også glæde", never "… også giver …")
            owned = re.sub(r"\s+også$", "", clause.rstrip(" .!"), flags=re.IGNORECASE)
            also = " også" if owned != clause.rstrip(" .!") else ""
            to = {"hans": "ham", "hendes": "hende"}.get(clause.split()[0].lower(), "hende eller ham")
            return {"text": f"{reflect.capitalise(owned)} giver {to}{also} glæde.",
                    "you": f"{reflect.capitalise(reflect.shift_pronouns(owned, speaker))} giver {to}{also} glæde."}
        bare = clause.rstrip(" .!")
        if (not has_subject(clause) and not bare.endswith("?") and 1 <= len(bare.split()) <= 6 and not is_verb_phrase(bare, first_pos)
                and not _finite_after_all(bare) and not _WHEN.match(clause)
                and not re.match(r"^(?:ja|nej|ikke|ingen|intet|ingenting|måske|ved)\b", bare, re.IGNORECASE)):
            # "Heste.", "Kaffe og sin radio" from a relative: the joy in its frame on the sheet too, never a bare word
            owned = re.sub(r"\s+også$", "", bare, flags=re.IGNORECASE)  # "hendes have også": "… giver hende også glæde"
            to = {"hans": "ham", "hendes": "hende"}.get(bare.split()[0].lower(), "hende eller ham")
            line = (f"{reflect.capitalise(reflect.shift_pronouns(owned, speaker))} giver {to}"
                    f"{' også' if owned != bare else ''} glæde.")
            often = re.match(r"^(nogle gange|af og til|somme tider|tit|ofte|også)\s+(?!(?:når|hvis)\b)(?=\S)", bare, re.IGNORECASE)
            day = re.match(r"^(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s*:\s*(\S.*)$", bare, re.IGNORECASE)
            if often or day:  # "nogle gange musik", "Mandag: svømning": "Musik giver hende eller ham glæde nogle gange."
                what = reflect.capitalise(reflect.shift_pronouns(bare[often.end():] if often else day.group(2), speaker))
                adv = often.group(1).lower() if often else ""
                mid, end = (f" {adv}", "") if adv in ("også", "tit", "ofte") else ("", f" {adv}" if adv else "")
                when = f" om {day.group(1).lower()}en" if day else ""
                line = f"{what}{when} giver hende eller ham{mid} glæde{end}."
                if re.match(r"(?i)at\s", what):  # "ofte at gå en tur": "Det giver hende eller ham ofte glæde at gå en tur."
                    line = f"Det giver hende eller ham{mid} glæde {what[:1].lower()}{what[1:]}{end}."
            return {"text": line, "you": line}
    place = _PLACE_ONLY.match(clause.strip()) if category == "resource" and step == "resources1" and speaker != "relative" else None
    if place:
        # "Derhjemme.", "I haven", "ved computeren" to "Hvad er du god til?": where, not what (never "Du er god til derhjemme")
        where = clause.strip().rstrip(" .!")
        where = where[:1].lower() + where[1:]
        return {"text": f"Jeg er god til ting {where}.", "you": f"Du er god til ting {reflect.shift_pronouns(where)}."}
    pp = _MAYBE_PP.match(clause) if category in ("employment", "hope") and speaker != "relative" else None
    if pp:
        # "Måske i et køkken. Men ikke med mange mennesker.": a place for work, with its hedge and its condition
        maybe = f"{pp.group(1).lower()} " if pp.group(1) and pp.group(1).lower() != "gerne" else ""
        place = pp.group(2)[:1].lower() + pp.group(2)[1:] + (f", {pp.group(3).lstrip(', ')}" if pp.group(3) else "")
        cond = f", {but.group(0).strip().lower()}" if but and len(but.group(1).split()) <= 8 else ""
        you_place, you_cond = reflect.shift_pronouns(place), reflect.shift_pronouns(cond)
        if category == "employment":
            return {"text": f"Jeg vil {maybe}gerne arbejde {place}{cond}.", "you": f"Du vil {maybe}gerne arbejde {you_place}{you_cond}."}
        return {"text": f"Jeg drømmer {maybe}om noget {place}{cond}.", "you": f"Du drømmer {maybe}om noget {you_place}{you_cond}."}
    if (category == "resource" and step == "resources2" and speaker != "relative"
            and (_OWN_THINGS.match(clause.rstrip(" .!")) or _OWN_NAMED.match(clause.rstrip(" .!")))):
        # "Min søn Peter og min hund", "Mit barnebarn Oliver": joys named with a name in them; "… giver dig glæde", never
        # a bare phrase
        low = clause.rstrip(" .!")
        return {"text": f"{reflect.capitalise(low)} giver mig glæde.",
                "you": f"{reflect.capitalise(reflect.shift_pronouns(low))} giver dig glæde."}
    lead = re.match(r"^(at|når)\s+\S+\s+\S", clause, re.IGNORECASE) if category == "parking" else None
    if lead and lead.group(1).lower() == "at" and not has_subject(clause[3:]):
        lead = None  # "at falde igen": an infinitive, framed below without a comma
    if lead and not clause.rstrip().endswith("?"):
        # "Når planen bliver ændret uden at jeg får besked", "At hun falder om natten": the worry in its frame, not a
        # bare subordinate clause ("Det fylder meget for dig, når planen …")
        low = clause.rstrip(" .!")
        low = low[:1].lower() + low[1:]
        if speaker == "relative":
            words = low.lower().split()
            who = "hende" if "hun" in words and "han" not in words else "ham" if "han" in words and "hun" not in words else "hende eller ham"
        else:
            who = "dig"
        return {"text": reflect.sentence(clean), "you": f"Det fylder meget for {who}, {reflect.shift_pronouns(low, speaker)}."}
    worry = _bare_noun(_decap(clause), category) if category == "parking" and speaker == "relative" else ""
    if (worry and len(worry.split()) <= 6 and _WORRY_NP.match(re.sub(r"\b(?:hans|hendes)\b", "min", worry, flags=re.I))
            and not has_subject(clause)
            and not re.search(r"\b(?:er|var|har|kan|vil|skal|fylder|går|bliver|gør|ikke|når|fordi|at|han|hun|vi|de|man|jeg)\b", worry.lower())):
        # a relative's "Økonomien.", "Hans gæld": the worry as the subject, about the person, on the sheet too
        line = f"{reflect.capitalise(reflect.shift_pronouns(worry, speaker))} fylder meget for hende eller ham."
        return {"text": line, "you": line}
    when_first = _WISH_WHEN.match(clause.strip(" .!")) if category in ("hope", "employment") else None
    if when_first and not has_subject(when_first.group(2) or "") and not _verb_then_subject(when_first.group(2) or ""):
        pass  # "i fremtiden et hus": "i" is the preposition, no subject ("Du drømmer om et hus i fremtiden")
    elif (speaker == "relative" or has_subject(clause, pair=category != "parking") or _FRONTED_SUB.match(clause)  # a worry keeps its "fylder" frame
          or (when_first and (_verb_then_subject(when_first.group(2) or "") or _PRONOUN_FIRST.match(when_first.group(2) or "")))):
        # ("En dag håber jeg at …": the verb before its subject, a whole clause)
        if when_first and _PRONOUN_FIRST.match(when_first.group(2) or ""):
            # "en dag jeg vil bo selv": the time said last ("Du vil bo selv en dag"), never "En dag du vil …"
            clause = f"{when_first.group(2)} {when_first.group(1)[:1].lower()}{when_first.group(1)[1:]}"
        hedge = _HEDGE_FIRST.match(clause)
        if hedge and (hedge.group(3).lower() in reflect._FINITE or reflect.FINITE_HINT.match(hedge.group(3).lower())):
            # "nok jeg er god til tal": the hedge after the verb ("Du er nok god til tal.", never "Nok du er …")
            adv = {"maaske": "måske"}.get(hedge.group(1).lower(), hedge.group(1).lower())
            clause = f"{reflect.capitalise(hedge.group(2))} {hedge.group(3)} {adv}{hedge.group(4)}"
        you = reflect.shift_pronouns(clause, speaker)
        if step == "hopes2" and speaker != "relative":
            you = _would(you)  # "så kan jeg selv komme til ridning": "Så ville du selv kunne …", not an order
        return {"text": reflect.sentence(clean), "you": reflect.sentence(you)}
    decap = _decap(clause)
    so = re.match(r"^(?:så|og så)\s+(\w+)$", decap, re.IGNORECASE)
    if so and category in ("hope", "employment") and so.group(1).lower() in _ADJECTIVES:
        decap = so.group(1)  # "så fri" to "Hvad ville være anderledes?": "at være fri"
    if ((category == "resource" or (not category and step in ("resources1", "resources2")))
            and _DIFFICULTY.search(decap) and not _GOOD_WORD.search(decap) and not has_subject(clause)):
        # "tale svær", "læse dårligt" to the strengths or joys question: a difficulty, never put in a strength frame
        # ("Du er god til at tale svær"); the citizen's words, heard by the difficulty line
        return {"text": reflect.sentence(clause), "you": f"Du skrev: »{decap}«.", "raw": "1"}
    if category == "resource" and step != "resources2":
        # "Og til at tegne manga", "god til at bakke": the frame says "god til" already ("Du er god til til …")
        decap = re.sub(r"^(?:og\s+)?(?:(?:er\s+)?(?:god|go|dygtig)\s+)?til\s+(?=\S)", "", decap, count=1, flags=re.IGNORECASE) or decap
    phrase = _bare_noun(decap, category)
    if category == "resource" and step != "resources2":
        good = _GOOD_WITH.match(phrase)
        if good:
            # "God med hænderne", "dygtig i køkkenet": the citizen's own frame, not "Du er god til god med hænderne"
            adj = "god" if good.group(1).lower() in ("god", "go") else good.group(1).lower()
            return {"text": f"Jeg er {adj} {good.group(2)}.", "you": f"Du er {adj} {reflect.shift_pronouns(good.group(2))}."}
        if _HAS_GOOD.match(phrase):  # "gode hænder", "grønne fingre": something one has, not "god til at gode hænder"
            low = phrase[:1].lower() + phrase[1:]
            return {"text": f"Jeg har {low}.", "you": f"Du har {reflect.shift_pronouns(low)}."}
    tail_hedge = re.match(r"^(\S.*?)\s+(vel|nok|vist|måske|tror jeg)$", phrase, re.IGNORECASE) \
        if category == "resource" and step != "resources2" else None
    if tail_hedge and len(tail_hedge.group(1).split()) <= 4 and not has_subject(tail_hedge.group(1)):
        # "strikke vel": the hedge said last goes before "god til" too ("Du er nok god til at strikke")
        phrase = f"{'nok' if tail_hedge.group(2).lower() in ('vel', 'tror jeg') else tail_hedge.group(2)} {tail_hedge.group(1)}"
    doubt = re.match(r"^(måske|maaske|nok|vist)\s+(?:at\s+)?(\S.*)$", phrase, re.IGNORECASE) \
        if category == "resource" and step != "resources2" else None
    said_good = re.match(r"^(?:jeg|æ) er (god|go|dygtig) til\s+(\S.*)$", doubt.group(2), re.IGNORECASE) if doubt else None
    if said_good:
        # "måske at jeg er god til dyr": the hedge and the citizen's own "god til", never "god til måske at jeg er god til"
        adv = {"maaske": "måske"}.get(doubt.group(1).lower(), doubt.group(1).lower())
        adj = "god" if said_good.group(1).lower() in ("god", "go") else said_good.group(1).lower()
        what = said_good.group(2)
        return {"text": f"Jeg er {adv} {adj} til {what}.", "you": f"Du er {adv} {adj} til {reflect.shift_pronouns(what)}."}
    if doubt and len(doubt.group(2).split()) <= 8 and not has_subject(doubt.group(2)):
        # "måske tegne", "nok at lytte" to "Hvad er du god til?": the hedge before "god til", never "god til måske tegne"
        adv = {"maaske": "måske"}.get(doubt.group(1).lower(), doubt.group(1).lower())
        what = doubt.group(2)
        at = "at " if is_verb_phrase(what, first_pos) else ""
        return {"text": f"Jeg er {adv} god til {at}{what}.", "you": f"Du er {adv} god til {at}{reflect.shift_pronouns(what)}."}
    hedged = _HEDGED_VERB.match(phrase) if category in ("employment", "hope") else None
    if hedged and is_verb_phrase(hedged.group(2)):
        # "måske lave IT support, men ikke i telefonen": a hedged wish ("Du vil måske gerne …", not "Du ønsker dig måske lave …")
        adv = hedged.group(1).lower()
        adv = {"maaske": "måske"}.get(adv, adv)
        rest = re.sub(r"^at\s+", "", hedged.group(2), flags=re.IGNORECASE)
        lead = {"måske": "måske gerne", "gerne": "gerne"}.get(adv, adv)
        cond = f", {but.group(0).strip().lower()}" if but and "," not in rest and len(but.group(1).split()) <= 8 else ""
        return {"text": f"Jeg vil {lead} {rest}{cond}.", "you": f"Du vil {lead} {reflect.shift_pronouns(rest + cond)}."}
    phrase = re.sub(r"\s{2,}", " ", phrase)
    framed = _focus_fragment(phrase, category, step)
    if framed:
        return framed
    trades = _TRADE_LIST.match(phrase) if category in ("employment", "hope") and phrase.lower() not in _JOB_NOUN and not is_town(phrase) else None
    if trades:
        # "tatovør eller frisør" to the work question: trades, said as what one would like to be
        low = phrase[:1].lower() + phrase[1:]
        verb_be = "være" if category == "employment" else "blive"
        return {"text": f"Jeg vil gerne {verb_be} {low}.", "you": f"Du vil gerne {verb_be} {low}."}
    when = _WISH_WHEN.match(phrase.strip(" .!")) if category in ("hope", "employment") else None
    if when and not when.group(2) and category == "employment":
        # "på sigt" to the work question: a yes, some time ahead
        hedge, at_time = re.match(r"^(måske\s+)?(.*)$", when.group(1).lower()).groups()
        lead = "måske gerne" if hedge else "gerne"
        return {"text": f"Jeg vil {lead} arbejde {at_time}.", "you": f"Du vil {lead} arbejde {at_time}."}
    if when and not when.group(2):
        # "på sigt", "i fremtiden" alone: when, but no wish in it ("Du drømmer om på sigt"): the citizen's words
        return {"text": reflect.sentence(clause), "you": f"Du skrev: »{decap}«.", "raw": "1"}
    if when and when.group(2).split()[0].lower() not in reflect._FINITE:
        # "på lang sigt et job i en butik": the wish first and when last ("Du drømmer om et job i en butik på lang sigt")
        phrase, first_pos = f"{when.group(2)} {when.group(1).lower()}", ""
    verb = is_verb_phrase(phrase, first_pos)
    if category == "resource" and re.match(r"^\d+\s+\w+$", phrase):
        # "30 år" among telegram fragments: no strength to frame ("Du er god til 30 år"); the citizen's words
        return {"text": reflect.sentence(clause), "you": f"Du skrev: »{decap}«.", "raw": "1"}
    if category in ("resource", "hope", "employment") and _STATE_WORD.match(phrase.strip()) or (
            category == "resource" and step != "resources2" and len(phrase.split()) <= 4
            and re.match(r"^(?:god|gode|godt|dygtig)\s+(?!til\b|med\b|i\b|på\b|at\b)\S", phrase, re.IGNORECASE)):
        # "træt", "god tømrer før": a state, or "god" already said; never "Du er god til træt", "god til god tømrer"
        return {"text": reflect.sentence(clause), "you": f"Du skrev: »{decap}«.", "raw": "1"}
    if (not verb and category in ("resource", "hope", "employment") and 1 < len(phrase.split()) <= 3
            and _TELEGRAM_TAIL.search(phrase) and not re.match(r"^(?:at|en|et|min|mit|mine|noget|nogle|mere|mindre|flere|færre)\b", phrase, re.I)):
        # "hænder god", "bus selv": no clean phrase to put in a frame ("Du er god til hænder god"): the citizen's words
        return {"text": reflect.sentence(clause), "you": f"Du skrev: »{decap}«.", "raw": "1"}
    you_phrase = reflect.shift_pronouns(phrase)
    at = "at " if verb else ""
    p1, p2 = _strip_at(phrase), _strip_at(you_phrase)
    if category in ("employment", "hope") and _PP_START.match(phrase) and not verb:
        # "på et cykelværksted": a place, not a thing to wish for ("Du ønsker dig på et …")
        frame = ("Jeg vil gerne arbejde", "Du vil gerne arbejde") if category == "employment" else ("Jeg drømmer om noget",
                                                                                                   "Du drømmer om noget")
        return {"text": f"{frame[0]} {phrase}.", "you": f"{frame[1]} {you_phrase}."}
    if category == "resource" and step == "resources2":
        if verb:
            return {"text": f"Det giver mig glæde at {p1}.", "you": f"Det giver dig glæde at {p2}."}
        # "tit, når jeg går tur": the comma after how often is no list ("Det giver dig tit glæde, når du går tur")
        p1, p2 = (_OFTEN_COMMA.sub(r"\1 ", p) for p in (p1, p2))
        close = "," if ", " in p1 else ""  # "min have, især rosebedet, giver mig glæde"
        maybe = re.match(r"^(?:måske|maaske|nok|vel)\s+(?=\S)", p1, re.IGNORECASE)
        if maybe and not close:  # "måske min guitar": "Din guitar giver dig måske glæde." (the hedge after the verb)
            adv = "måske" if maybe.group(0).strip().lower() in ("måske", "maaske") else maybe.group(0).strip().lower()
            q1, q2 = p1[maybe.end():], re.sub(r"^\S+\s+", "", p2, count=1)
            if re.match(r"(?i)(?:når|hvis|at)\s", q1):  # "måske når min bror ringer": "Det giver dig måske glæde, når …"
                comma = "" if re.match(r"(?i)at\s", q1) else ","  # "… glæde at gå en tur", no comma before an infinitive
                return {"text": f"Det giver mig {adv} glæde{comma} {q1}.", "you": f"Det giver dig {adv} glæde{comma} {q2}."}
            return {"text": f"{reflect.capitalise(q1)} giver mig {adv} glæde.", "you": f"{reflect.capitalise(q2)} giver dig {adv} glæde."}
        day = re.match(r"^(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:e)?\s*:\s*(\S.*)$", p1, re.IGNORECASE)
        if day and not close:  # "Mandag: svømning" (a week as a list): "Svømning om mandagen giver dig glæde."
            when = f"om {day.group(1).lower()}en"
            q2 = re.sub(r"^[^:]*:\s*", "", p2, count=1)
            return {"text": f"{reflect.capitalise(day.group(2))} {when} giver mig glæde.",
                    "you": f"{reflect.capitalise(q2)} {when} giver dig glæde."}
        often = re.match(r"^(nogle gange|af og til|somme tider|tit|ofte|også|altid)\s+(?=\S)", p1, re.IGNORECASE)
        if often and not close:  # "nogle gange musik": "Musik giver dig glæde nogle gange." (never "Nogle gange musik giver …")
            adv, n = often.group(1).lower(), len(often.group(1).split())
            q1, q2 = p1[often.end():], p2.split(" ", n)[-1]
            mid, end = (f" {adv}", "") if adv in ("også", "tit", "ofte", "altid") else ("", f" {adv}")
            if re.match(r"(?i)at\s", q1):  # "ofte at gå en tur": "Det giver dig ofte glæde at gå en tur."
                return {"text": f"Det giver mig{mid} glæde {q1}{end}.", "you": f"Det giver dig{mid} glæde {q2}{end}."}
            if re.match(r"(?i)(?:når|hvis)\s", q1):  # "tit når jeg ser fodbold": "Det giver dig tit glæde, når du ser fodbold."
                return {"text": f"Det giver mig {adv} glæde, {q1}.", "you": f"Det giver dig {adv} glæde, {q2}."}
            return {"text": f"{reflect.capitalise(q1)} giver mig{mid} glæde{end}.", "you": f"{reflect.capitalise(q2)} giver dig{mid} glæde{end}."}
        also = re.search(r"\s+også$", p1, re.IGNORECASE) if not close else None
        if also and len(p1.split()) > 1:  # "fodbold også": "Fodbold giver dig også glæde" (never "Fodbold også giver …")
            q1, q2 = p1[:also.start()], re.sub(r"\s+også$", "", p2, flags=re.IGNORECASE)
            return {"text": f"{reflect.capitalise(q1)} giver mig også glæde.", "you": f"{reflect.capitalise(q2)} giver dig også glæde."}
        return {"text": f"{reflect.capitalise(p1)}{close} giver mig glæde.", "you": f"{reflect.capitalise(p2)}{close} giver dig glæde."}
    trade = _TRADE_PHRASE.match(phrase) if category == "resource" and not verb else None
    if trade:
        job = trade.group(2)
        rest = (trade.group(3) or "").strip()
        if not (trade.group(1) or rest):  # "snedker" to "Hvad er du god til?": the trade, not "god til snedker"
            return {"text": f"Jeg er god til mit fag som {job}.", "you": f"Du er god til dit fag som {job}."}
        if (trade.group(1) or "").lower() in ("uddannet", "udlært"):
            lead = trade.group(1).lower()
            return {"text": f"Jeg er {lead} {job}{rest and ' ' + rest}.", "you": f"Du er {lead} {job}{rest and ' ' + rest}."}
        rest = "" if rest in ("", "før", "tidligere", "engang") else f" {rest}"  # "før snedker", "snedker i 40 år"
        return {"text": f"Jeg har været {job}{rest}.", "you": f"Du har været {job}{rest}."}
    if category == "resource" and ((not verb and phrase.split()[0].lower() in _TRAITS) or phrase.split()[0].lower() in _TRAIT_FORMS):
        # "hurtig i hovedet", "tålmodig": what the citizen is, not "god til hurtig i hovedet"
        def trait(p: str) -> str:
            return re.sub(r"^\w+", lambda m: _TRAIT_FORMS.get(m.group(0).lower(), m.group(0)), p)
        return {"text": f"Jeg er {trait(p1)}.", "you": f"Du er {trait(p2)}."}
    if category == "resource":
        if not verb and phrase.split()[0].lower() in ("min", "mit", "mine", "vores"):
            # "min hund" to "Hvad er du god til?": something that matters, not a skill ("Du er god til din hund")
            return {"text": f"{reflect.capitalise(p1)} betyder meget for mig.", "you": f"{reflect.capitalise(p2)} betyder meget for dig."}
        return {"text": f"Jeg er god til {at}{p1}.", "you": f"Du er god til {at}{p2}."}
    more = re.match(r"^(?:mere|mindre|flere|færre)\s+\w", phrase, re.IGNORECASE)  # "mere ro": a noun ("ro" is no verb here)
    if (category == "hope" and step == "hopes2" and speaker != "relative" and (len(phrase.split()) <= 3 or (more and len(phrase.split()) <= 6))
            and not _AT_CLAUSE.match(phrase) and not re.match(r"^at\s", reflect.tidy(quote), re.IGNORECASE)):
        # "frihed", "glad" to "Hvad ville være anderledes …?": what would be, not a dream ("Du drømmer om frihed")
        be = re.match(r"^(?:at )?være (.+)$", p2, re.IGNORECASE)
        kin = re.sub(r"^en (?=familie$)", "", phrase.lower().strip(" .!"))  # (the article put in for a wish taken out)
        if kin in ("familie", "familien", "min familie", "børn", "børnene", "mine børn", "børnebørn", "børnebørnene"):
            # "familie" to "Hvad ville være anderledes …?": what it touches, in the citizen's word; never the guess
            # "Så ville du have en familie"
            kin_you = reflect.shift_pronouns(kin)
            # (no "for dig": the meaning said after it ends on "for dig" already)
            if kin in ("familie", "børn", "børnebørn"):
                # a bare noun has nothing for "også om" to point back to ("Så handler det også om børn"): it is part of it
                return {"text": f"Så ville {kin} være en vigtig del af det for mig.", "you": f"Så ville {kin} være en vigtig del af det."}
            return {"text": f"Det handler også om {kin} for mig.", "you": f"Så handler det også om {kin_you}."}
        if be:
            return {"text": f"Så ville jeg være {be.group(1)}.", "you": f"Så ville du være {be.group(1)}."}
        if (not verb or more) and not re.match(r"^(?:ikke|ingen|aldrig|hvis|måske|så)\b", p2, re.IGNORECASE):
            return {"text": f"Så ville jeg have {p1}.", "you": f"Så ville du have {p2}."}
    if category == "hope":
        if re.match(r"^(?:måske\s+|maybe\s+)?(?:hvis|if)\b", phrase, re.IGNORECASE):
            # "måske hvis jeg fik lov at bo for mig selv": a condition, said back as it was ("Du drømmer om måske hvis …")
            return {"text": reflect.sentence(phrase), "you": reflect.sentence(you_phrase)}
        if _AT_CLAUSE.match(phrase):  # "at jeg kan gå ned til købmanden": a that-clause keeps its own order
            return {"text": f"Jeg drømmer om, {phrase}.", "you": f"Du drømmer om, {you_phrase}."}
        if not verb and _DEF_SUBJECT_VERB.match(phrase):
            # "ordene forsvinder", "benene driller": a sentence of its own, said as it was (never "Du drømmer om ordene forsvinder")
            return {"text": reflect.sentence(phrase), "you": reflect.sentence(you_phrase)}
        hedge = re.match(r"^(måske|nok)\s+(?=\S)", p1, re.IGNORECASE)
        if hedge and len(p1.split()) > 1:  # "måske et job igen": "Du drømmer måske om et job igen" (never "om måske et job")
            adv, n = hedge.group(1).lower(), len(hedge.group(0))
            return {"text": f"Jeg drømmer {adv} om {at}{p1[n:]}.", "you": f"Du drømmer {adv} om {at}{p2[n:]}."}
        return {"text": f"Jeg drømmer om {at}{p1}.", "you": f"Du drømmer om {at}{p2}."}
    ride = _RIDE_GOAL.match(phrase.strip(" .!")) if category == "goal_progress" else None
    if ride:  # "bus alene. 2": the goal in a word or two, said as the goal ("Dit mål er at tage bussen alene."), never "Bus alene."
        how = (ride.group(2) or "").lower()
        verb = "cykle" if ride.group(1).lower().startswith("cyk") else f"tage {_RIDE_DEFINITE.get(ride.group(1).lower(), ride.group(1).lower())}"
        return {"text": f"Mit mål er at {verb}{how}.", "you": f"Dit mål er at {verb}{how}."}
    stem = re.match(r"^(bad|vask|spis|køb|lav|ryd|gør|tag|gå|brug) (?=\w)", phrase, re.IGNORECASE) if category == "goal_progress" else None
    if stem:  # "bad selv. 3" (chat shorthand): the goal, "at bade selv", not "Bad selv." as an order
        inf = {"bad": "bade", "vask": "vaske", "spis": "spise", "køb": "købe", "lav": "lave", "ryd": "rydde", "gør": "gøre",
               "tag": "tage", "gå": "gå", "brug": "bruge"}[stem.group(1).lower()]
        rest1 = phrase[stem.end():]
        return {"text": f"Mit mål er at {inf} {rest1}.", "you": f"Dit mål er at {inf} {reflect.shift_pronouns(rest1)}."}
    if (category == "goal_progress" and not phrase.lower().startswith("at ") and len(phrase.split()) >= 2 and verb
            and _GOAL_VERB.match(phrase)):
        # "gå til tandlæge selv" to "Hvordan går det med de mål, du har nu?": the goal, named as the goal
        return {"text": f"Mit mål er at {p1}.", "you": f"Dit mål er at {_decap(p2)}."}
    if category == "goal_progress" and phrase.lower().startswith("at ") and len(phrase.split()) >= 3:
        # "At gå i Netto alene." to "Hvordan går det med de mål, du har nu?": the goal, named as the goal
        return {"text": f"Mit mål er {p1 if p1.startswith('at ') else phrase}.",
                "you": f"Dit mål er {you_phrase}."}
    if category == "goal_progress" and phrase.lower() in _HOW_IT_GOES:
        return {"text": f"Det går {phrase.lower()}.", "you": f"Det går {phrase.lower()}."}  # "godt" to "Hvordan går det …?"
    if category == "employment":
        job = _JOB_NOUN.get(phrase.lower().strip(" .!"))
        if job:  # "kok": "at arbejde som kok"; "køkken": "at arbejde i et køkken"
            return {"text": f"Jeg kunne tænke mig at arbejde {job}.", "you": f"Du kunne tænke dig at arbejde {job}."}
        if re.fullmatch(r"[a-zæøå]*(?:skole|skolen|højskole|universitet|seminarium)", phrase.lower().strip(" .!")):
            # "kunstskole" to the work question: a school to go to, not "noget med kunstskole"
            school = phrase.lower().strip(" .!")
            return {"text": f"Jeg vil gerne gå på {school}.", "you": f"Du vil gerne gå på {school}."}
        pair = re.match(r"^(\w+) (eller|og) (\w+)$", phrase.lower().strip(" .!"))
        if pair and pair.group(1) in _JOB_NOUN and pair.group(3) in _JOB_NOUN:
            # "byggemarked eller lager": "at arbejde i et byggemarked eller på et lager"
            both = f"{_JOB_NOUN[pair.group(1)]} {pair.group(2)} {_JOB_NOUN[pair.group(3)]}"
            return {"text": f"Jeg kunne tænke mig at arbejde {both}.", "you": f"Du kunne tænke dig at arbejde {both}."}
        part = _PART_OF_DAY.match(phrase.lower().strip(" .!"))
        if part:  # "Kun formiddag": "Du vil gerne arbejde, men kun om formiddagen." (never "noget med kun formiddag")
            when = {"formiddag": "formiddagen", "eftermiddag": "eftermiddagen", "aften": "aftenen", "morgen": "morgenen"}[part.group(2)]
            return {"text": f"Jeg vil gerne arbejde, men {part.group(1)} om {when}.", "you": f"Du vil gerne arbejde, men {part.group(1)} om {when}."}
        something = re.match(r"^(måske |maaske |gerne )?noget (med|i|på|ude|inde)\b(.*)$", p1, re.IGNORECASE)
        if something and not verb:
            # "Måske noget med dyr": "Du vil måske gerne lave noget med dyr." (never "Du ønsker dig måske noget med …")
            lead = "måske gerne" if (something.group(1) or "").strip().lower() in ("måske", "maaske") else "gerne"
            rest1 = p1[something.start(2) - len("noget "):]
            same = re.search(r"\bnoget (?:med|i|på|ude|inde)\b", p2, re.IGNORECASE)
            # the "du" words of the echo ("… hvis du får lov"), never the citizen's "jeg" left in it
            rest2 = p2[same.start():] if same else p2[len(p2) - len(rest1):] if p2.lower().endswith(rest1.lower()) else rest1
            return {"text": f"Jeg vil {lead} lave {rest1}.", "you": f"Du vil {lead} lave {rest2}."}
        no = re.match(r"^(?:og |men )?(?:helst )?ikke (?:((?:alt )?(?:for|så) mange)|med|i|på|om|(?=[a-zæøå]+(?: (?:eller |og )?[a-zæøå]+)?$)) ?(.+)$",
                      p2, re.IGNORECASE)
        if no:  # "Ikke for mange mennesker" after a work wish: a condition, not "Du vil gerne ikke for mange …"
            if no.group(1):
                line = f"Der må ikke være {no.group(1).lower()} {no.group(2)}."
            elif re.match(r"^(?:med|i|på|om) ", p2[p2.lower().index("ikke ") + 5:]):
                line = f"Det skal ikke være {p2[p2.lower().index('ikke ') + 5:]}."
            else:  # "Ikke telefon.": "Det skal ikke være med telefon." (never "noget med ikke telefon")
                line = f"Det skal ikke være med {no.group(2)}."
            return {"text": reflect.sentence(clause), "you": line}
        town = re.match(r"^(?:(måske|maaske|helst|gerne)\s+)?(?:(?:i|in)\s+)?([^\W\d_]+)$", phrase.strip(" .!"), re.IGNORECASE)
        if town and is_town(town.group(2)):
            # "København", "måske i Aarhus": where the citizen wants to work, never "arbejde på en København"
            lead = "måske gerne" if (town.group(1) or "").lower() in ("måske", "maaske") else "gerne"
            name = reflect.capitalise(town.group(2))
            return {"text": f"Jeg vil {lead} arbejde i {name}.", "you": f"Du vil {lead} arbejde i {name}."}
        hedge = re.match(r"^(måske|maaske|helst|gerne)\s+(.+)$", p2, re.IGNORECASE)
        work = None if verb else _workplace(hedge.group(2) if hedge else p2)
        if work:  # "cykelbutik, måske to dage om ugen", "på værksted": work there, never "ønsker dig en butik"
            lead = "måske gerne" if hedge and hedge.group(1).lower() in ("måske", "maaske") else "gerne"
            return {"text": f"Jeg vil {lead} {work}.", "you": f"Du vil {lead} {work}."}
        where = phrase.lower().strip(" .!")
        if where in ("hjemmefra", "hjemme", "udenfor", "udendørs", "indendørs", "ude", "inde"):
            return {"text": f"Jeg vil gerne arbejde {where}.", "you": f"Du vil gerne arbejde {where}."}  # "Hjemmefra."
        amount = re.match(r"^(?:(måske|maaske|evt\.?|muligvis|gerne)\s+)?(lidt|lidt mere|en smule|meget|mere|mindre|"
                          r"lidt ad gangen|stille og roligt)$", where)
        if amount:
            # "måske lidt" to the work question: how much, never a thing ("Du vil måske gerne lave noget med lidt")
            lead = "måske gerne" if (amount.group(1) or "").startswith(("måske", "maaske", "evt", "muligvis")) else "gerne"
            if amount.group(2) == "meget":  # "meget" to "Har du ønsker om arbejde …?": very much so, not "arbejde meget"
                return {"text": f"Jeg vil {lead.replace('gerne', 'meget gerne')} arbejde.",
                        "you": f"Du vil {lead.replace('gerne', 'meget gerne')} arbejde."}
            return {"text": f"Jeg vil {lead} arbejde {amount.group(2)}.", "you": f"Du vil {lead} arbejde {amount.group(2)}."}
        maybe = re.match(r"^(?:måske|maaske|evt\.?|muligvis)\s+(\S+(?:\s\S+)?)$", phrase, re.IGNORECASE)
        if maybe and not verb and not is_verb_phrase(maybe.group(1)) and maybe.group(1).split()[0].lower() not in _DETS:
            # "Måske programmering": "Du vil måske gerne lave noget med programmering" (never "noget med måske …")
            thing = maybe.group(1)[:1].lower() + maybe.group(1)[1:]
            if thing in _JOB_NOUN:  # "måske køkken": "Du vil måske gerne arbejde i et køkken"
                return {"text": f"Jeg vil måske gerne arbejde {_JOB_NOUN[thing]}.", "you": f"Du vil måske gerne arbejde {_JOB_NOUN[thing]}."}
            if thing.startswith(("noget ", "nogle ")):  # "måske noget frivilligt": never "noget med noget frivilligt"
                return {"text": f"Jeg vil måske gerne lave {thing}.", "you": f"Du vil måske gerne lave {thing}."}
            return {"text": f"Jeg vil måske gerne lave noget med {thing}.", "you": f"Du vil måske gerne lave noget med {thing}."}
        if not verb and len(phrase.split()) <= 2 and phrase.split()[0].lower() not in _DETS:
            return {"text": f"Jeg vil gerne lave noget med {p1}.", "you": f"Du vil gerne lave noget med {p2}."}  # "dyr"
        if verb:
            return {"text": f"Jeg vil gerne {p1}.", "you": f"Du vil gerne {p2}."}
        return {"text": f"Jeg ønsker mig {p1}.", "you": f"Du ønsker dig {p2}."}
    if category == "parking":
        if phrase.lower().startswith("at ") and len(phrase.split()) > 2:
            # "at min mand bliver træt af at hjælpe mig": the worry, not a fact
            # "at falde igen" (no subject of its own): "Det fylder meget for dig at falde igen." (no comma before an infinitive)
            comma = "," if _AT_CLAUSE.match(phrase) or has_subject(phrase[3:]) else ""
            return {"text": reflect.sentence(clause), "you": f"Det fylder meget for dig{comma} {you_phrase}."}
        if _FEELING_ALONE.match(p2) and speaker != "relative":  # "bekymret for min søn": never "Bekymret for … fylder …"
            return {"text": reflect.sentence(clause), "you": f"Du er {p2[:1].lower()}{p2[1:].rstrip(' .!')}."}
        if ((not verb or re.fullmatch(_WORRY_NOUN, p2.lower())) and len(p2.split()) <= 9 and _WORRY_NP.match(p2)
                and not re.search(r"\b(?:er|var|har|kan|vil|skal|fylder|går|bliver|gør|ikke|når|fordi|at|du|jeg|han|hun|vi|de|man)\b",
                                  p2.lower())
                and not any(w in reflect._FINITE or re.match(r"^\w+(?:es|ede|te)$", w) for w in p2.lower().split()[1:])
                and not _DEFINITE_THEN_VERB.search(p2.lower())):
            # "larmen på bostedet om natten": the worry as the subject ("Larmen … fylder meget for dig.")
            return {"text": reflect.sentence(clause), "you": f"{reflect.capitalise(p2)} fylder meget for dig."}
        return {"text": reflect.sentence(clause), "you": f"{reflect.capitalise(p2)}. Det fylder meget for dig."}
    return {"text": reflect.sentence(clause), "you": reflect.sentence(you_phrase)}


_EN_SHIFT = [
    (r"\bI am\b|\bI'm\b|\bIm\b", "you are"), (r"\bI was\b", "you were"), (r"\bI've\b", "you have"),
    (r"\bI'd\b", "you would"), (r"\bI'll\b", "you will"), (r"\bmyself\b", "yourself"), (r"\bmine\b", "yours"),
    (r"\bmy\b", "your"), (r"\bme\b", "you"), (r"\bI\b", "you"), (r"\bwe\b", "you"), (r"\bour\b", "your"), (r"\bus\b", "you"),
]
_EN_SUBJECT = re.compile(r"^(?:i|i'm|im|i've|i'd|i'll|you|she|he|we|they|it|there|my|our|his|her|their)\b", re.I)


def en_you(text: str) -> str:
    """English first person to second person ("I'm good at my job" -> "you are good at your job");
    a lowercase "i", as many write in a chat, counts too."""
    def shift(part: str) -> str:
        for pattern, repl in _EN_SHIFT:
            part = re.sub(pattern, repl, part, flags=re.I)
        return part

    return reflect.outside_quotes(text, shift)  # "She says: I am good at singing" keeps her words


_EN_CONTRACTED = {"i'm", "im", "i've", "i'd", "i'll", "she's", "he's", "it's", "we're", "they're", "you're", "there's", "that's"}


_EN_CLOSED_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|can|could|will|would|does|do|did|makes|gives|helps|"
                               r"likes|loves|lives|comes|goes|says|wants|needs|works)\b", re.I)


def _en_sentence(clause: str) -> bool:
    words = clause.split()
    if words and words[0].lower().replace("’", "'") in _EN_CONTRACTED:
        return True
    if len(words) >= 3 and words[0].lower() in ("then", "so", "and", "but", "maybe", "also", "now"):
        return _en_sentence(" ".join(words[1:]))  # "Then I could go to the trains"
    if len(words) >= 2 and words[0].lower() in ("i", "we", "they"):
        return True  # "I worry that …": after these the next word is the verb, whatever it is
    if len(words) >= 3 and re.search(r"\b(?:me|I|I'm|I am|myself)\b", " ".join(words[1:])):
        return True  # "My dog makes me happy", "Money worries me": the citizen is in it, so it says something
    if words and words[0].lower() in ("my", "our", "his", "her", "their"):
        # "my friends from church and football" is a thing; "my dad is sick" a sentence
        return len(words) >= 3 and bool(_EN_CLOSED_FINITE.search(" ".join(words[1:6])))
    # "she is good at singing", "he always sings in a choir": a finite verb among the words after the subject
    # (`_EN_FINITE` matches one whole word, so each word is tried on its own); after "he"/"she"/"it" any "-s" verb counts
    if not (_EN_SUBJECT.match(clause) and len(words) >= 2):
        return False
    after = [w.strip(",.!?;:").lower() for w in words[1:4]]
    third = words[0].lower() in ("he", "she", "it")
    return any(_EN_FINITE.match(w) or (third and re.fullmatch(r"[a-z]{2,}s", w) and w not in ("is", "his", "its")) for w in after)


# "my grandchildren", "walks and music": a plural subject for "… give me joy" ("cooking for my friends"
# and "walking by the sea" are one activity, singular)
_EN_PLURAL = re.compile(r"(?:\band\b|children$|people$|[^s]s$)", re.I)


_EN_SINGULAR_S = {"news", "bus", "chess", "tennis", "fitness", "physics", "gas", "glass", "grass", "christmas", "class", "yoga"}


def _en_plural(phrase: str) -> bool:
    phrase = re.split(r"\s+(?:when|if|because|while|where|that)\b", phrase, maxsplit=1)[0]  # "… and walks when it's quiet"
    words = phrase.rstrip(" .!").split()
    preps = ("for", "with", "at", "by", "in", "on", "to", "of", "from")
    cut = next((k for k, w in enumerate(words) if w.lower() in preps), None)
    if words and cut and "and" not in words[:cut] and not words[0].lower().endswith("ing"):
        # "matches on TV", "walks by the sea": the noun before the preposition decides ("cooking for …" is one activity)
        head = words[cut - 1].lower()
        return head not in _EN_SINGULAR_S and bool(_EN_PLURAL.search(head))
    return (bool(words) and not words[0].lower().endswith("ing") and len(words) <= (6 if "and" in words else 4)
            and not any(w.lower() in ("for", "with", "at", "by", "in", "on", "to", "of") for w in words)
            and bool(_EN_PLURAL.search(" ".join(words))))


# English bare answers: a phrase gets a frame only when it fits the frame grammatically ("a job", "walking my dog",
# "music"); a verb phrase gets "to"; anything else (a bare countable noun the citizen left the article off, a
# clause without its subject word: "dog barks all night") gets a frame that stays grammatical ("You hope for this: …").
_EN_DETS = {"a", "an", "the", "my", "your", "his", "her", "our", "their", "some", "more", "less", "lots", "any", "this",
            "that", "these", "those", "two", "three", "many", "much", "enough", "no", "being", "all", "every", "each",
            "something", "someone", "somewhere", "anything", "nothing", "good", "better", "nice", "own", "peace",
            "time", "money", "music", "work", "health", "freedom", "friends", "family", "football", "nature", "people"}
_EN_COUNTABLE = {"job", "flat", "apartment", "house", "car", "girlfriend", "boyfriend", "partner", "friend", "bike",
                 "home", "garden", "course", "internship", "education", "licence", "license", "holiday", "pet", "horse",
                 "wife", "husband", "kitchen", "bakery", "shop", "café", "cafe", "workshop", "boat", "dog", "cat",
                 "kid", "child", "room", "place", "trip", "computer", "phone", "boss", "neighbour", "neighbor"}
_EN_KIN = {"dog", "cat", "mom", "mum", "dad", "mother", "father", "sister", "brother", "girlfriend", "boyfriend", "wife",
           "husband", "son", "daughter", "grandchildren", "grandkids", "kids", "children", "friends", "family", "horse",
           "neighbour", "neighbor", "parents", "grandma", "grandpa", "granddaughter", "grandson", "partner"}
_EN_VERBS = {"work", "get", "have", "live", "move", "go", "learn", "study", "find", "start", "be", "make", "help", "cook",
             "drive", "play", "travel", "see", "meet", "take", "buy", "open", "become", "do", "walk", "visit", "train",
             "sing", "paint", "draw", "read", "write", "swim", "run", "ride", "fish", "build", "fix", "care", "bake",
             "stay", "keep", "try", "speak", "talk", "earn", "save", "finish", "continue", "return", "come", "look"}
_EN_PREPS = {"with", "in", "at", "for", "on", "near", "by", "from", "of", "about", "like", "outside", "inside"}
_EN_CLAUSE_VERBS = {"pile", "piles", "bark", "barks", "cost", "costs", "hurt", "hurts", "worry", "worries", "scare", "scares",
                    "shout", "shouts", "drink", "drinks", "fight", "fights", "annoy", "annoys",
                    # the past of common irregular verbs: "the rent went up" is a clause, not a thing
                    "went", "got", "came", "fell", "broke", "died", "lost", "left", "took", "gave", "told", "said", "made",
                    "began", "stopped", "moved", "changed", "increased", "rose", "happened"}
_EN_WORKPLACES = {"kitchen", "bakery", "shop", "café", "cafe", "workshop", "garden", "warehouse", "stable", "library", "school",
                  "kindergarten", "supermarket", "restaurant", "office", "factory", "farm", "hospital"}
_EN_GERUND = {"run": "running", "swim": "swimming", "get": "getting", "shop": "shopping", "sit": "sitting", "be": "being",
              "see": "seeing", "put": "putting", "plan": "planning", "travel": "travelling"}
_EN_HEDGE = re.compile(r"^(maybe|perhaps|probably|possibly|just|mostly)\s+(?=\w)", re.I)


def _en_gerund(verb: str) -> str:
    v = verb.lower()
    if v in _EN_GERUND:
        return _EN_GERUND[v]
    return (v[:-1] if v.endswith("e") and not v.endswith(("ee", "ye")) else v) + "ing"


def _en_kind(phrase: str) -> str:
    """ "np" (fits a frame as it is), "verb" (a verb phrase), "noun" (one countable noun without its article) or
    "other" (a clause or a phrase of unknown build)."""
    words = phrase.lower().split()
    if not words:
        return "other"
    w = words[0].strip(",.")
    later = [x.strip(",.") for x in words[1:]]
    if w in _EN_VERBS and not (w == "work" and len(words) == 1):
        if len(words) > 1 and words[1] in ("is", "are", "was", "makes", "gives", "takes"):
            return "other"  # "work is hard": a clause
        return "verb"
    prep = len(words) > 1 and words[1] in _EN_PREPS
    if w in _EN_COUNTABLE and (len(words) == 1 or prep):
        return "noun"  # "job", "job in a shop": the article left out
    if prep and w.isalpha() and not any(x in _EN_VERBS or x in _EN_CLAUSE_VERBS or _EN_CLOSED_FINITE.fullmatch(x) for x in later):
        return "np"  # "coffee with my brother"
    if len(words) >= 2 and _EN_CLOSED_FINITE.fullmatch(words[1]) or (
            len(words) >= 2 and re.fullmatch(r"[a-z]+s", words[1]) and words[0] not in _EN_DETS and not w.endswith("ing")):
        return "other"  # "dog barks all night", "money is tight"
    if any(x in _EN_VERBS or x in _EN_CLAUSE_VERBS or _EN_CLOSED_FINITE.fullmatch(x) for x in later[1:]) and "to" not in later:
        return "other"  # "the bills pile up", "my neighbour has a dog"
    if w in _EN_DETS or w.endswith("ing") or (len(words) == 1 and w.isalpha()) or (len(words) <= 3 and "and" in words) or (
            len(words) <= 6 and "and" in words and words[-1] != "and"
            and not any(x in _EN_VERBS or x in _EN_CLAUSE_VERBS or _EN_CLOSED_FINITE.fullmatch(x) or x in _EN_PREPS for x in later)):
        # "Minecraft and his guinea pigs": two things
        return "np"
    return "other"


# a citizen's frame made a relative's: only the frame words, in the order the frames use them
_EN_ABOUT_THEM = ((r"^You are good at\b", "She or he is good at"), (r"\bgives you joy\b", "gives her or him joy"),
                  (r"\bgive you joy\b", "give her or him joy"), (r"^You hope\b", "She or he hopes"), (r"^You dream of\b", "She or he dreams of"),
                  (r"^You would like\b", "She or he would like"), (r"^Your goal is\b", "Her or his goal is"),
                  (r"\btakes up a lot of your mind\b", "takes up a lot of her or his mind"),
                  (r"^This gives you joy\b", "This gives her or him joy"), (r"\byou would like this\b", "she or he would like this"),
                  (r"^(Maybe|Perhaps|Probably|Possibly|Just|Mostly) you (hope|would like)\b",
                   lambda m: f"{m.group(1)} she or he {m.group(2) + 's' if m.group(2) == 'hope' else m.group(2)}"))


def _render_en(clean: str, clause: str, category: str, step: str, speaker: str = "citizen") -> dict[str, str]:
    """The English sheet wording and echo: a sentence is pronoun-shifted, a bare phrase gets a frame. A
    relative's words are about someone else and get no second-person frame."""
    not_but = re.match(r"^(?:not really|not|no)\b[^,]{0,40},\s*but\s+(?=(?:maybe|perhaps|possibly)\b)", clause, re.I)
    if not_but and category in ("employment", "hope"):
        clause = clause[not_but.end():]  # "Not really paid work, but maybe volunteering …": the wish is what comes after "but"
    clean = re.sub(r"\bi(?=\b(?!'?\w*-))", "I", clean)  # "then i am happy" on the sheet: "Then I am happy."
    clause = re.sub(r"\bi(?=\b(?!'?\w*-))", "I", clause)
    words = clause.split()
    second = words[1].strip(",.").lower() if len(words) > 1 else ""
    if _en_sentence(clause) or (speaker == "relative" and (
            _EN_CLOSED_FINITE.fullmatch(second) or second in _EN_CLAUSE_VERBS
            or (re.fullmatch(r"[a-z]+(?:s|ed)", second) and not words[0].lower().endswith("ing") and words[0].lower() not in _EN_DETS) or
                                                           re.search(r"\b(?:he|she|they|i|we)\b", clause, re.I))):
        return {"text": reflect.sentence(clean), "you": reflect.sentence(en_you(clause))}
    if speaker == "relative":
        # "Riding on Saturdays." from a relative: the frame is about the person ("… gives her or him joy", made "him"
        # once the relative has said "he"), never a bare fragment and never "you"
        out = _render_en(clean, clause, category, step, "citizen")
        if out["you"].startswith(("You ", "you ")) or " you " in out["you"] or "your " in out["you"]:
            you = out["you"]
            for a, b in _EN_ABOUT_THEM:
                you = re.sub(a, b, you)
            out["you"] = you
            # the sheet speaks in the relative's words about the person: "Her cat … give her joy", never "give me joy"
            out["text"] = reflect.sentence(clean) if re.search(r"\b(?:me|I|my)\b", out["text"]) else out["text"]
        return out
    phrase = clause[:1].lower() + clause[1:]
    hedge = _EN_HEDGE.match(phrase)
    if hedge:
        phrase = phrase[hedge.end():]
    key = "joy" if step == "resources2" and category == "resource" else category
    kind = _en_kind(phrase)
    if kind == "noun":
        low = phrase.lower().strip().split()[0]
        if key in ("joy", "resource", "parking") and low in _EN_KIN and " " not in phrase.strip():
            phrase, kind = f"my {phrase}", "np"  # "dog" to "What makes you happy?": "Your dog gives you joy."
        elif key == "employment" and low in _EN_WORKPLACES and " " not in phrase.strip():
            phrase, kind = f"to work in {'an' if low[:1] in 'aeiou' else 'a'} {phrase}", "np"  # "kitchen": "… to work in a kitchen"
        elif key in ("hope", "employment"):
            phrase, kind = f"{'an' if low[:1] in 'aeiou' else 'a'} {phrase}", "np"  # "job": "You hope for a job."
    you = en_you(phrase)
    frames = {
        "resource": ("I am good at {p}", "you are good at {y}"), "joy": ("{P} gives me joy", "{Y} gives you joy"),
        "hope": ("I hope for {p}", "you hope for {y}"), "employment": ("I would like {p}", "you would like {y}"),
        "parking": ("{P}", "{Y} takes up a lot of your mind"), "goal_progress": ("{P}", "{Y}"),
    }
    safe = {  # the frames that stay grammatical whatever the phrase is
        "resource": ("I am good at this: {p}", "you are good at this: {y}"), "joy": ("This gives me joy: {p}", "this gives you joy: {y}"),
        "hope": ("I hope for this: {p}", "you hope for this: {y}"),
        "employment": ("For work, I would like this: {p}", "for work, you would like this: {y}"),
        "parking": ("{P}", "{Y}. That takes up a lot of your mind"),
    }
    first, second = frames.get(key, ("{P}", "{Y}"))
    if key in ("employment", "hope", "resource") and re.match(r"(?:the|this|that|my|a|an)\s+(?:(?!(?:that|which|who|where)\b)[\w'-]+\s+){0,3}(?:is|was|are|would be|will be)\s+\w",
                                                             phrase, re.I):
        first, second = "{P}", "{Y}"  # "the hairdresser job is my dream job": a sentence of its own, never "I would like the … is …"
    elif key in ("employment", "hope") and re.match(r"to\s+\w", phrase, re.I):
        # "to get a job": "I hope to get a job", never "I hope for to get a job"
        you = en_you(phrase)
        first, second = ("I hope {p}", "you hope {y}") if key == "hope" else ("I would like {p}", "you would like {y}")
    elif key == "hope" and re.match(r"[a-z]+ing\b", phrase, re.I) and phrase.split()[0].lower() not in ("nothing", "something", "anything", "everything", "thing"):
        first, second = "I dream of {p}", "you dream of {y}"  # "Living with her friends": never "hope for living"
    elif key == "hope" and re.match(r"that\s+\w", phrase, re.I):
        first, second = "I hope {p}", "you hope {y}"  # "that things get better": never "I hope for that …"
    elif key in ("employment", "hope") and re.match(r"(?:in|at|with|for|on|near|outside)\b", phrase, re.I):
        first, second = (f.replace("{p}", "something {p}").replace("{y}", "something {y}") for f in (first, second))
    elif key == "goal_progress" and re.match(r"to\s+[a-z]+\s+\S", phrase, re.I):
        first, second = "My goal is {p}", "your goal is {y}"  # "To get up at 7 every day": the goal, named as the goal
    elif kind == "verb" and key == "goal_progress" and len(phrase.split()) >= 2:
        first, second = "My goal is to {p}", "your goal is to {y}"  # "learn to cook": the goal, named as the goal
    elif key == "employment" and re.match(r"[a-z]+ing\b", phrase, re.I) and phrase.split()[0].lower() not in ("something", "nothing", "anything"):
        first, second = "I would like to try {p}", "you would like to try {y}"  # "volunteering at the repair café"
    elif key == "employment" and kind != "verb" and re.search(r"\b(?:work|job|jobs|internship|apprenticeship)(?:$|,\s*(?:but|maybe|perhaps)\b)",
                                                             phrase, re.I):
        # "warehouse work", "some volunteer work, but not yet": no "this:" frame needed
        first, second = "I would like {p}", "you would like {y}"
    elif kind == "verb" and key in ("hope", "employment"):
        first, second = ("I hope to {p}", "you hope to {y}") if key == "hope" else ("I would like to {p}", "you would like to {y}")
    elif kind == "verb" and key in ("resource", "joy"):
        ws = phrase.split(" ", 1)
        phrase = " ".join([_en_gerund(ws[0]), *ws[1:]])  # "cook for my friends": "You are good at cooking for your friends."
        you = en_you(phrase)
    elif kind in ("other", "verb", "noun") and key in safe:
        first, second = safe[key]
    if (key == "joy" and (_en_plural(phrase) or re.search(r"\band\b", re.split(r"\s+(?:when|if|because|while)\b", phrase)[0]))
            and "gives" in first and not first.startswith("This")):
        first, second = first.replace("gives", "give"), second.replace("gives", "give")
    if key == "parking" and second == "{Y} takes up a lot of your mind" and len(phrase.split()) >= 4:
        second = safe["parking"][1]  # "my sagsbehandler changes all the time": a sentence, never the subject of "takes up"
    if key == "parking" and second == "{Y} takes up a lot of your mind" and "," in phrase:
        second = safe["parking"][1]  # "Money worries, mostly": no subject for "takes up"; said, then what it does
    if key == "parking" and second == "{Y} takes up a lot of your mind" and _en_plural(phrase):
        second = "{Y} take up a lot of your mind"  # "money worries": "Money worries take up …", never "takes"
    # ("my dog, especially when he …": the qualifier stays with the when-clause, after the joy)
    when = (re.match(r"^(.+?),?\s+((?:especially|mostly|only|just|particularly)\s+)?(when|whenever|if)\s+(\S.*)$", phrase, re.I)
            if key == "joy" and "give" in first else None)
    if when and key == "joy" and not first.startswith("This") and len(when.group(1).split()) <= 4 and not any(
            w.lower() in _EN_VERBS or _EN_CLOSED_FINITE.fullmatch(w) for w in when.group(1).split()):
        # "My daughter when she visits on Sundays": "Your daughter gives you joy when she visits on Sundays."
        verb = "give" if _en_plural(when.group(1)) else "gives"
        head, tail = en_you(when.group(1)), en_you(when.group(4))
        so = f", {when.group(2).lower()}" if when.group(2) else " "
        return {"text": reflect.sentence(f"{reflect.capitalise(when.group(1))} {verb} me joy{so}{when.group(3).lower()} {when.group(4)}"),
                "you": reflect.sentence(f"{reflect.capitalise(head)} {verb} you joy{so}{when.group(3).lower()} {tail}")}
    fields = {"p": phrase, "P": reflect.capitalise(phrase), "y": you, "Y": reflect.capitalise(you)}
    text, echo = reflect.sentence(first.format(**fields)), reflect.sentence(second.format(**fields))
    if hedge:  # "maybe work in a bakery": "Maybe you would like to work in a bakery."
        h = hedge.group(1).capitalize()
        text, echo = f"{h} {text[:1].lower() + text[1:] if not text.startswith('I ') else text}", f"{h} {echo[:1].lower() + echo[1:]}"
    return {"text": text, "you": echo}


def resource_phrase(item: dict[str, Any]) -> str | None:
    """'Jeg er god til at tegne' -> 'at tegne', for a collecting summary."""
    m = GOOD_AT.search(item.get("text", ""))
    return m.group(1).rstrip(".") if m else None


_WISH_VERB = re.compile(r"\b(?:(?:godt |gerne )?tænke (?:mig|sig|dig)|gerne|helst|hellere|håber|drømmer|ønsker|lyst til)\b", re.I)
_MODAL_START = re.compile(r"^(?:jeg|du|hun|han|vi) (?:vil|kunne|skal|må|gider|ville|kan|bliver nødt)\b", re.I)
_THIRD = re.compile(r"^(?:\w+ ){0,2}?(hun|han)\b", re.I)
_HER = {"dig": "hende", "du": "hun", "din": "hendes", "dit": "hendes", "dine": "hendes"}
_HIM = {"dig": "ham", "du": "han", "din": "hans", "dit": "hans", "dine": "hans"}
_TO_THIRD = {"hun": _HER, "hende": _HER, "hendes": _HER, "han": _HIM, "ham": _HIM, "hans": _HIM}
_TO_EITHER = {"dig": "hende eller ham", "du": "hun eller han", "din": "hendes eller hans", "dit": "hendes eller hans",
              "dine": "hendes eller hans"}


_ENGLISH_I = re.compile(r"^(?:Du skrev: »)?I (?:need|want|wanna|gotta|am|'m|have|had|think|like|love|hate|don'?t|can'?t|can|could|"
                        r"would|will|hope|wish|feel|just|really|was|do|did|should|must|get|go|miss|dream|really)\b")


def _about(addition: str, you: str, speaker: str = "citizen", third: str | None = None) -> str:
    """Keep the added sentence in the same person as the reflection ("Hun … Det er vigtigt for hende.").
    A relative writes about someone else: "Mikkel er god til …, og han …" is about him, never about "dig"."""
    if re.match(r"^(?:Tak|Mange tak|Thank)\b", addition):
        return addition  # "Tak, fordi du siger det.": thanks to the one who writes, never "Tak, fordi hun siger det."
    # "I håber, at hun kan flytte …", "I drømmer om, at han får venner": their wish for her; the difference is hers
    reported = re.match(r"^(?:I|Vi|Du|Jeg) (?:tror|synes|mener|tænker|ved|håber|drømmer om|ønsker|ville ønske),? (?:at )?(hun|han)\b", you)
    if reported:  # "I tror, hun drømmer om …": her wish, reported by them; the meaning is for her
        table = _TO_THIRD[reported.group(1).lower()]
        return re.sub(r"\b(dig|du|din|dit|dine)\b", lambda w: table[w.group(1).lower()] if w.group(1).islower()
                      else table[w.group(1).lower()].capitalize(), addition)
    if re.match(r"^(?:du|jeg)\b", you, re.I):
        return addition
    if speaker != "relative" and re.search(r"\b(?:du|dig|din|dit|dine)\b", you):
        return addition  # "Så ville han blive glad, og du ville føle dig som en god mor": the meaning is the citizen's
    if speaker == "relative" and re.search(r"\b(?:det|som) (?:\w+ )?(?:bekymrer|bekymrede|plager|piner|gør) dig\b|\bdu er (?:\w+ )?(?:bekymret|bange|nervøs|urolig|ked af det)\b", you):
        return addition  # "Han har ingen venner, og det bekymrer dig meget": the relative's own worry, so it is "for dig"
    own = re.match(r"^Det er vigtigt for (dig|jer), fordi\b", you) if speaker == "relative" else None
    if own:  # "Det er vigtigt for dig, fordi du er træt af …": the writer's own reason, the meaning for the writer
        return addition if own.group(1) == "dig" else re.sub(r"\b(dig|du|din|dit|dine)\b", lambda w: {
            "dig": "jer", "du": "I", "din": "jeres", "dit": "jeres", "dine": "jeres"}[w.group(1).lower()], addition)
    framed = re.search(r"\bgiver (hende eller ham|hende|ham) glæde\b", you) if speaker == "relative" else None
    if framed:  # "Jeres hund Bella … giver hende glæde": the meaning is for her, not for "jer"
        table = _TO_EITHER if framed.group(1) == "hende eller ham" else _TO_THIRD[framed.group(1)]
        if framed.group(1) == "hende eller ham" and third in _TO_THIRD:
            table = _TO_THIRD[third]
        return re.sub(r"\b(dig|du|din|dit|dine)\b", lambda w: table[w.group(1).lower()] if w.group(1).islower()
                      else table[w.group(1).lower()].capitalize(), addition)
    kin = re.match(r"^(?:Jeres|Vores) (datter|pige|mor|søster|søn|dreng|far|bror)\b", you)
    if kin:  # "Jeres datter er god til at synge": the meaning is for her, the one they write about, not for "jer"
        table = _TO_THIRD["hun" if kin.group(1) in ("datter", "pige", "mor", "søster") else "han"]
        return re.sub(r"\b(dig|du|din|dit|dine)\b", lambda w: table[w.group(1).lower()] if w.group(1).islower()
                      else table[w.group(1).lower()].capitalize(), addition)
    if (re.match(r"^(?:(?:Så|Og så|Nu|Måske|Derfor|Her) \w+ )?(?:I|Vi)\b|^(?:Jeres|Vores)\b", you)  # "I er bekymrede …": for you both
            and not _ENGLISH_I.match(you)):  # "I need a break" in a Danish chat: the English "I", one person
        return re.sub(r"\b(dig|du|din|dit|dine)\b", lambda w: {"dig": "jer", "du": "I", "din": "jeres", "dit": "jeres",
                                                                "dine": "jeres"}[w.group(1).lower()], addition)
    if speaker == "relative" and re.match(r"^(?:Hun eller han|Hende eller ham|Hendes eller hans)\b", you):
        # "Hun eller han drømmer om …": the meaning for the person the relative named, else for "hende eller ham"
        table = _TO_THIRD.get(third, _TO_EITHER)
        return re.sub(r"\b(dig|du|din|dit|dine)\b", lambda w: table[w.group(1).lower()] if w.group(1).islower()
                      else table[w.group(1).lower()].capitalize(), addition)
    m = _THIRD.match(you) or (re.search(r"\b(hun|han|hende|ham|hendes|hans)\b", you, re.I) if speaker == "relative" else None)
    if m is None and speaker != "relative":
        return addition
    # "Peter er god til …" after the relative has said "han": him, not "hende eller ham"
    table = _TO_THIRD[m.group(1).lower()] if m else _TO_THIRD[third] if speaker == "relative" and third in _TO_THIRD else _TO_EITHER
    return re.sub(r"\b(dig|du|din|dit|dine)\b", lambda w: table[w.group(1).lower()] if w.group(1).islower()
                  else table[w.group(1).lower()].capitalize(), addition)


def _with_meaning(you: str, key: str, language: str, rng: random.Random, speaker: str = "citizen",
                  third: str | None = None) -> str:
    """The echo followed by one sentence of meaning, in the echo's own person."""
    if language == "da":
        add = _about(say(key, language, rng=rng), you, speaker, third)
    else:
        add = _about_en(say(key, language, rng=rng), you, speaker, third)
    return f"{you} {add}".strip() if you else add


_EN_THIRD = {"he": ("He is", "him", "his", "himself"), "she": ("She is", "her", "her", "herself"),
             "they": ("They are", "them", "their", "themselves")}


def _about_en(addition: str, you: str, speaker: str, third: str | None = None) -> str:
    """A relative's English: "It sounds like that is an important part of him", not "of you"."""
    if speaker != "relative" or re.match(r"^(?:you|i|we)\b", you, re.I):
        return addition
    m = re.search(r"\b(he|him|his|she|her|hers)\b", re.sub(r"\b(?:she or he|her or him|her or his)\b", "", you, flags=re.I), re.I)
    # "Peter wants …" once the relative has said "his": him, not "them"
    known = {"han": "he", "hun": "she"}.get(third or "", "they")
    who = known if m is None else "he" if m.group(1).lower() in ("he", "him", "his") else "she"
    are, obj, poss, refl = _EN_THIRD[who]
    subj = are.split()[0]
    out = re.sub(r"\bYou are\b", are, addition)
    out = re.sub(r"\bYou have\b", f"{subj} {'have' if who == 'they' else 'has'}", out)
    out = re.sub(r"\bYou (can|could|will|would|should|may|might|must)\b", lambda m: f"{subj} {m.group(1)}", out)
    out = re.sub(r"\bYou (\w+)\b", lambda m: f"{subj} {m.group(1)}{'' if who == 'they' else 'es' if m.group(1).endswith(('o', 'sh', 'ch', 's')) else 's'}", out)  # "He gives", "He does"
    out = re.sub(r"\byou are\b", are.lower(), out)  # "That is what she is working on now", not "what her are"
    out = re.sub(r"\byou have\b", f"{subj.lower()} {'have' if who == 'they' else 'has'}", out)
    # "something you look forward to", "what you care about": "you" is the subject there ("something she looks forward
    # to"), never the object "her"
    out = re.sub(r"\b(that|something|what|which|when|if|because|where|how|everything|anything|while) you "
                 r"(can|could|will|would|should|may|might|must|\w+)\b",
                 lambda m: f"{m.group(1)} {subj.lower()} {m.group(2) if who == 'they' or m.group(2) in _EN_MODALS else _en_s(m.group(2))}",
                 out)
    out = re.sub(r"\byourself\b", refl, out)
    out = re.sub(r"\byour\b", poss, out)
    return re.sub(r"\byou\b", obj, out)


_EN_MODALS = {"can", "could", "will", "would", "should", "may", "might", "must"}


def _en_s(verb: str) -> str:
    """ "look" -> "looks", "do" -> "does", "care" -> "cares" (the verb after he or she)."""
    if verb in ("have",):
        return "has"
    return verb + ("es" if verb.endswith(("o", "sh", "ch", "s", "x")) else "s")


# a no, a difficulty or tiredness said in words: then "Det er svært lige nu" is the citizen's own meaning
_HARD_SAID = re.compile(r"\b(?:ikke|ik|it|aldrig|svært|svaert|svær|orker|gider|kan ikke|magter|for meget|træt|bange|nej|ingen|"
                        r"not|never|no|can'?t|cannot|won'?t|don'?t|hard|difficult|too much|tired|afraid)\b", re.IGNORECASE)
_HARD = re.compile(r"\b(?:ikke|ik|aldrig|svært|svaert|orker|gider|kan ikke|magter|for meget|træt|not|never|no|can'?t|cannot|"
                   r"won'?t|don'?t|hard|difficult|too much|tired)\b", re.IGNORECASE)
_DIFFICULTY = re.compile(r"\b(?:kan (?:ikke|ik)|kan ikke finde ud af|svær|svært|svaert|(?<!har det )dårlig|(?<!har det )dårligt|gør ondt|gør mig (?:ked af det|bange|træt)|"
                         r"bliver (?:hurtigt |let |nemt )?(?:træt|nervøs|forvirret|bange)|"
                         r"can'?t|cannot|hurts?|hard for me|difficult)\b", re.IGNORECASE)
def is_difficulty(text: str) -> bool:
    """ "tale svær", "læse dårligt", "nu er det svært": a difficulty in the citizen's words, with no strength said in it."""
    return bool(_DIFFICULTY.search(text)) and not _GOOD_WORD.search(text)


_GOOD_WORD = re.compile(r"\b(?:god|gode|godt|go|dygtig\w*|good|great)\b", re.IGNORECASE)
_CONTENT = re.compile(r"\b(?:har det (?:fint|godt)|passer mig (?:fint|godt)|er (?:godt )?tilfreds|er glad for,? som|fint som det er|"
                      r"godt som det er|i'?m (?:fine|happy|ok) (?:as|with)|suits me)\b", re.IGNORECASE)


# "det er han glad for", "jeg er rigtig glad for det": the citizen's own word for how the job or the place feels
_GLAD_FOR_IT = re.compile(r"\b(?:det|dét|den|dem) er (jeg|æ|han|hun) (?:(?:rigtig|meget|så|virkelig|vildt|mega) )?glad for\b|"
                          r"\b(jeg|æ|han|hun) er (?:(?:rigtig|meget|så|virkelig|vildt|mega) )?glad for (?:det|den|dem|stedet|jobbet)\b")


# a time ahead in a joy: "i morgen kommer min søster", "på lørdag skal jeg til koncert", "tomorrow my sister comes"
_AHEAD = re.compile(r"\b(?:i (?:morgen|overmorgen|aften)|på (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|"
                    r"næste (?:uge|weekend|måned)|til (?:jul|påske|sommer|weekenden)|snart|tomorrow|next (?:week|weekend)|soon)\b",
                    re.IGNORECASE)


def reflection(item: dict[str, Any], language: str, rng: random.Random, ambivalence: tuple[str, str] | None,
               third: str | None = None) -> tuple[str, str]:
    """One reflection (and the name of the technique) for a fresh item, chosen by what the citizen said
    and where it belongs: strengths are affirmed, worries acknowledged, wishes given their meaning."""
    tt, st, cat = item.get("talk_type"), item.get("subtype"), item.get("category")
    you = item.get("you") or ""
    speaker = item.get("speaker", "citizen")

    def plus(key: str, technique: str) -> tuple[str, str]:
        return _with_meaning(you, key, language, rng, speaker, third), technique

    if item.get("important"):
        return you, "simple_reflection"  # "Dine katte er vigtige for dig." says the meaning already
    if item.get("bleak"):  # the echo without a "fylder" or "takes up your mind" of its own
        you = re.split(r"(?<=[.!?])\s+", you)[0] if re.search(r"\b(?:fylder|mind)\b", you) else you
        return plus("reflect_bleak", "complex_reflection")  # "Det går ad helvede til": how hard it is, never "betyder meget"
    if item.get("not_again"):
        return plus("reflect_not_again", "complex_reflection")  # "Jeg vil ikke i aktivering igen": a no, heard as a no
    if cat in ("hope", "employment", "parking") and (not item.get("attached_you") or (
            # "…, men det er nok urealistisk" joined to its wish: both sides are in the citizen's one sentence
            reflect.wish_and_doubt(item.get("quote", "")) and not WORRY_WORDS.search(item["attached_you"]))):
        both = wish_and_doubt_line(item.get("quote", ""), language, speaker)
        if both:  # "I want a job but honestly it's pointless": both sides, ending on the wish, no meaning added
            return both, "complex_reflection"
    glad = _GLAD_FOR_IT.search(f"{item.get('quote', '')} {item.get('attached_you') or ''}".lower()) if cat in ("employment", "hope") and language == "da" else None
    if glad and you and not re.search(r"\b(?:ikke|ik|aldrig)\b", item.get("quote", "").lower()):
        # "Han har et fleksjob på havnen, det er han glad for": the job and the gladness, never only "ligger ham på sinde"
        who = next(g for g in glad.groups() if g)
        pron = "du" if who in ("jeg", "æ") else who
        head = re.split(r"(?<=[.!?])\s+|,?\s+(?:og\s+)?(?=(?:det|dét) er (?:du|han|hun)\b)|,?\s+(?=(?:og )?(?:du|han|hun) er \w* ?glad\b)",
                        you, maxsplit=1)[0].rstrip(" .!,")
        if head and "glad" not in head.lower():
            return f"{head}. Det er {pron} glad for.", "complex_reflection"
    if ambivalence and language == "da":
        ds = reflect.double_sided(*ambivalence, speaker)
        if ds:
            return ds, "complex_reflection"
    if cat == "resource" and _DIFFICULTY.search(item.get("quote", "")) and not re.search(r"\b(?:god til|good at)\b", you, re.I):
        # "jeg kan ik sidde stille", "My back hurts …" under strengths or joys: a difficulty, never "Det giver dig energi"
        return plus("reflect_difficulty", "complex_reflection")
    if cat == "resource" and item.get("step") == "resources2" and not re.match(r"^Du (?:er|kan|har været)\b", you):
        people = re.search(r"\b(?:min|mit|mine|din|dit|dine|hans|hendes|sin|sit|sine|my|your|his|her)\s+(?:\w+\s+)?(?:"
                           + "|".join(sorted(_KIN)) + r"|børn|børnene|barnebørn|venner|wife|husband|kids|children|friends?|"
                           r"mother|father|mum|mom|dad|son|daughter|partner|girlfriend|boyfriend)\b", you, re.IGNORECASE)
        if _AHEAD.search(you):  # "I morgen kommer din søster": a joy ahead, never "Det giver dig energi"
            return plus("reflect_joy_ahead", "complex_reflection")
        # "Radioen og din kone giver dig glæde": a person is no "noget, du ser frem til"
        return plus("reflect_joy_meaning_people" if people else "reflect_joy_meaning", "complex_reflection")
    if cat == "resource" and language == "da" and good_but_not(you, quote=item.get("quote", "")):
        return good_but_not(you, quote=item.get("quote", "")) or you, "complex_reflection"
    if cat == "resource":
        return plus("affirm_resource", "affirmation")
    if cat == "parking":
        if "fylder" in you or "mind" in you:
            return you, "complex_reflection"
        if speaker != "relative":  # "Din nabo han spiller …": the worry is the citizen's, never "i hans hverdag"
            return f"{you} {say('reflect_parking', language, rng=rng)}".strip(), "complex_reflection"
        return plus("reflect_parking", "complex_reflection")
    if item.get("step") == "hopes2" and (re.match(r"^(?:så|then|so)\b", reflect.tidy(item.get("quote", "")), re.I)
                                         or you.startswith("Så ville du ") or (
            cat == "hope" and re.search(r"\b(?:would|could|ville|kunne)\b", item.get("quote", ""), re.I))):
        return plus("reflect_reasons", "complex_reflection")  # "Så kunne jeg …": what would be different
    if cat == "goal_progress":
        bare = _BARE_STATUS.match(you) if not item.get("status_you") else None
        if bare:  # "Det går godt." alone: said back as how the goals go, never as a bare echo of the answer
            rel = speaker == "relative"
            if you.startswith("It"):
                return f"{'The goals are' if rel else 'Your goals are'} going {bare.group(2)}.", "simple_reflection"
            return f"Det går {bare.group(2)} med {'målene' if rel else 'dine mål'}.", "simple_reflection"
        if you.startswith(("Det går ", "It goes ")):
            return you, "simple_reflection"  # "godt" to "Hvordan går det?": "Det går godt." says it all
        if you.startswith(("Du skal ", "You have to ", "You must ")) and language == "da":
            you = "Dit mål er at " + you[len("Du skal "):]  # a goal, not an instruction from the bot
        if speaker != "relative" and language == "da":  # "Målet er at gå med rollator": whose goal ("Dit mål er at gå …")
            you = _GOAL_WHOSE_YOU.sub(r"\1Dit mål \2 at ", you)
        views = two_views(item.get("status_you") or "", language)
        if views:
            # "Han siger det går godt, jeg synes det går lidt langsomt": both views of how it goes, side by side
            return f"{you.rstrip()} {views}", "complex_reflection"
        doubt = _GOAL_SUSTAIN.search(item.get("quote", "").lower()) if language == "da" and speaker == "citizen" else None
        if doubt and not _GOAL_SUSTAIN.search(f"{you} {item.get('status_you') or ''}".lower()):
            # "de siger jeg skal træne benene men det giver ingen mening": the citizen's view of the goal is said back
            # as it is (never argued with, never "Det er det, du arbejder på nu" after it)
            head = item["quote"][:doubt.end()]
            view = re.split(r"\b(?:men|but)\b", head, flags=re.IGNORECASE)[-1].strip(" ,.")
            if view and len(view.split()) <= 8 and view != head.strip(" ,."):
                return f"{you.rstrip(' .')}, men {reflect.shift_pronouns(view, speaker)}.", "complex_reflection"
        if doubt or _GOAL_SUSTAIN.search(f"{you} {item.get('status_you') or ''}".lower()):
            return _join_lines(you, item.get("status_you") or ""), "simple_reflection"
        inline = _GOAL_DONE_INLINE.search(item.get("quote", "")) if language == "da" and not item.get("status_you") else None
        if inline and "gør du" not in you and "klarer du" not in you and not _GOAL_NOT_DONE.search(inline.group(1)):
            # "Målet var at jeg skulle sove bedre, og det gør jeg nu for det meste": the part that says it is done is kept
            done_you = reflect.capitalise(reflect.shift_pronouns(inline.group(1), speaker).rstrip(" .!"))
            return f"{you.rstrip()} {done_you}. Det er flot.", "affirmation"
        done = _GOAL_DONE.match(item.get("status_you") or "") if language == "da" else None
        if done and not _GOAL_NOT_DONE.search(item["status_you"]):
            # "Målet er at gå til postkassen. Det klarer jeg nu hver dag.": the goal, what is done and the credit for it
            return f"{you} {item['status_you'].strip()} Det er flot.", "affirmation"
        if tt == "change" and st == "taking_steps" and not item.get("status_you"):
            return plus("affirm_steps", "affirmation")  # a step taken; with "Det går godt" said too, how it goes is reflected
        if (tt in ("named", "neutral") and not item.get("status_you") and _STEP_SAID.search(item.get("quote", ""))
                and _REGULAR.search(item.get("quote", ""))):
            # "Jeg træner med terapeuten tre gange om ugen" under the goals: regular practice is the step toward the goal
            return plus("affirm_steps", "affirmation")
        if tt == "named" and re.search(r"\b(?:arbejde[rs]? (?:med|på)|øver|træner|mål)\b", you, re.I):
            return you, "simple_reflection"  # "I arbejder med, at …": the echo says it already
        if tt == "little":  # "Det hjælper lidt": a small step, said back as one, not as "op og ned"
            said = item.get("little_you", "")
            if said and said.rstrip(".").lower() in you.lower():
                said = ""
            return _with_meaning(_join_lines(you, said), "reflect_goal_little", language, rng, speaker, third), "complex_reflection"
        key = ("reflect_goal_hard" if tt == "sustain" else "reflect_goal_good" if tt == "change"
               else "reflect_goal_slow" if tt == "slow"
               else "reflect_goal_named" if tt == "named" else "reflect_goal_mixed")
        if key == "reflect_goal_mixed" and not item.get("goal_mixed") and not _MIXED_SAID.search(
                f"{item.get('quote', '')} {item.get('status_you', '')} {item.get('attached_you', '')}".lower()):
            # nothing in the answer says part of it is hard: no "Noget går, og noget er stadig svært" of the bot's own
            good = _GOOD_SAID.search(f"{item.get('quote', '')} {item.get('status_you', '')}".lower())
            key = "reflect_goal_good" if good else "reflect_goal_named"
        return plus(key, "complex_reflection")
    if cat is None and str(item.get("step", "")).startswith("resources") and tt != "change":
        # "jeg kan ikke lide at være alene" under the strengths: heard as what it is, not as a no to change
        return plus("reflect_good_to_know", "simple_reflection")
    if item.get("turn_away") and tt == "change" and language == "da":
        return plus("reflect_wants_change", "complex_reflection")  # "vil ikke bo på bostedet mere": ready for change
    if tt == "sustain" and _CONTENT.search(item.get("quote", "")):
        return plus("reflect_content", "complex_reflection")  # "jeg har det fint, som det er": no "too much"
    if (cat in ("hope", "employment") and language == "da" and not item.get("attached_you")
            and _LITTLE.match(reflect.tidy(item.get("quote", "")))):
        # "måske noget på en havn", "ja værksted": little said, so little added; the plain echo, not "Det lyder, som
        # om det betyder meget for dig"; "Du kunne tænke dig at arbejde i en kantine" alone reads as a suggestion
        return re.sub(r"^Du kunne (?:godt )?tænke dig at ", "Du vil gerne ", you), "simple_reflection"
    if (tt in ("change", "neutral") and cat in ("hope", "employment") and _NO_SAID.search(reflect.tidy(item.get("quote", "")))
            and not _WISH_VERB.search(item.get("quote", "")) and not _EN_WISH.search(item.get("quote", ""))):
        # "nej jeg er for træt til at arbejde" read as a wish: a no said with its reason, never "betyder meget for dig"
        return plus("reflect_sustain", "complex_reflection")
    if tt == "sustain" and cat in ("hope", "employment") and not _HARD.search(item.get("quote", "")):
        return plus("reflect_desire", "complex_reflection")  # "Maybe an IT course first": no no, no difficulty in it
    if tt == "sustain" and not _HARD_SAID.search(item.get("quote", "")):
        # "ja det er det med lageret" read as sustain talk: nothing in it says hard, too much or not now, so the bot adds
        # none of it ("Det er ikke det rigtige tidspunkt for dig" was a meaning the citizen did not give)
        return plus("reflect_sustain_plain", "complex_reflection")
    if tt == "sustain":
        return plus("reflect_sustain", "complex_reflection")
    if tt == "change" and st == "taking_steps" and (_STEP_SAID.search(item.get("quote", "")) or cat not in ("hope", "employment")):
        return plus("affirm_steps", "affirmation")
    if tt == "change" and st == "taking_steps":
        # "Lige nu drømmer jeg om …", "Jeg har været på bostedet i syv år": no step in it, so no "Det kræver mod"
        return plus("reflect_desire", "complex_reflection")
    if tt == "change" and st == "reasons":
        return plus("reflect_reasons", "complex_reflection")
    if tt == "change" and (st in {"desire", "need", "commitment", "activation", "ability"} or cat in ("hope", "employment")):
        quote = item.get("quote", "")
        # "Det er vigtigt for dig, at du godt kunne tænke dig …" says the wish twice: the wish words keep the main clause
        sub = (reflect.as_subordinate(quote, speaker)
               if _MODAL_START.match(reflect.tidy(quote)) and not _WISH_VERB.search(reflect.tidy(quote)) else None)
        if sub and language == "da" and speaker == "citizen" and rng.random() < 0.5:
            return say("reflect_desire_at", language, rng=rng, clause=sub), "complex_reflection"
        return plus("reflect_desire", "complex_reflection")
    if cat in ("hope", "employment"):
        return plus("reflect_desire", "complex_reflection")
    return you, "simple_reflection"


# a no with its reason, said to a question about wishes ("nej, jeg er for træt til at arbejde", "no, I'm too old")
_NO_SAID = re.compile(r"^(?:nej|næ|nope|no)\b|\b(?:for (?:træt|gammel|syg|dårlig|svag)|too (?:tired|old|ill|sick|weak)|"
                      r"kan (?:ikke|ik) (?:arbejde|klare at arbejde|mere)|can'?t work)\b", re.IGNORECASE)
_EN_WISH = re.compile(r"\b(?:want|would like|'d like|hope|wish|dream|love to)\b", re.IGNORECASE)
# "Du er god til at lytte til andre, men ikke til at sige fra.": the strength, and the thing that is harder said as such
_GOOD_BUT_NOT = re.compile(r"^((?:Du|Hun|Han) er (?:\w+ )?(?:god|dygtig) til) (.+?),? men ikke (?:til )?(at .+?)\.?$")


def good_but_not(you: str, quote: str = "") -> str | None:
    """ "Du er god til at lytte til andre. At sige fra er sværere for dig." (never "… en vigtig del af dig" for both)."""
    m = _GOOD_BUT_NOT.match(you.strip())
    if not m and re.match(r"^\W*(?:jeg|æ) er\b", quote.strip(), re.IGNORECASE):
        # the echo kept only the strength: the citizen's own sentence has both parts
        m = _GOOD_BUT_NOT.match(reflect.sentence(reflect.second_person(quote.strip())))
    if not m:
        return None
    who = {"Du": "dig", "Hun": "hende", "Han": "ham"}[m.group(1).split()[0]]
    return f"{m.group(1)} {m.group(2)}. {reflect.capitalise(m.group(3))} er sværere for {who}."


# a step taken in so many words ("jeg har meldt mig til", "jeg er begyndt", "I have signed up"): the ground for "Godt gået"
_STEP_SAID = re.compile(r"\b(?:(?:har|er|havde) (?:\w+ )?(?:meldt|begyndt|startet|søgt|ringet|fået|lært|prøvet|aftalt|skrevet|"
                        r"bestilt|købt|snakket|talt|besøgt|kontaktet|gået i gang|kommet i gang|taget)|øver|træner|prøver|"
                        r"er i gang|er i praktik|starter|begynder|går til|"
                        r"(?:have|has|had) (?:\w+ )?(?:signed|started|applied|called|booked|begun|tried|asked|talked|been practi[sc]ing)|"
                        r"practi[sc]e|practi[sc]ing|am trying|started|signed up|i'?m doing)\b", re.IGNORECASE)


# a practice kept up ("tre gange om ugen", "hver dag", "every week"): with a step verb, a step toward a goal
_REGULAR = re.compile(r"\b(?:hver (?:dag|morgen|aften|uge|onsdag|mandag|tirsdag|torsdag|fredag|lørdag|søndag)|"
                      r"(?:\w+|\d+) gange? (?:om|i|pr\.?) (?:ugen|uge|dagen|måneden)|(?:to|tre|fire|fem) dage om ugen|"
                      r"every (?:day|morning|week)|(?:twice|\w+ times) a (?:day|week))\b", re.IGNORECASE)
# the citizen's doubt about a goal itself: "noget pjat", "det giver ingen mening", "jeg bliver alligevel ikke bedre"
_GOAL_SUSTAIN = re.compile(r"\b(?:noget pjat|pjat|noget vrøvl|spild af tid|(?:giver|gi'r) (?:ingen|ikke nogen|ikke rigtig nogen) mening|"
                           r"nytter (?:ikke|ik|intet)|hjælper (?:ikke|ik|intet)|(?:bliver|blir) (?:alligevel )?(?:ikke|aldrig) bedre)\b")
# words that say a goal goes partly: the ground for "Noget går, og noget er stadig svært"
_MIXED_SAID = re.compile(r"\b(?:svært|svaert|hårdt|haardt|op og ned|nogenlunde|så som så|sådan lidt|sadan|sådan|både og|men|"
                         r"dårligt|darligt|skidt|ikke altid|nogle gange|somme tider|glipper|halvt|lidt|ind imellem|tit|"
                         r"hard|difficult|but|sometimes|so-so|mixed|up and down|not always|ok|okay)\b")
_GOOD_SAID = re.compile(r"\b(?:godt|fint|super|bedre|fremad|lykkes|klarer|kan nu|gør (?:det|jeg) nu|hver (?:uge|dag)|"
                        r"well|fine|great|better|every (?:day|week))\b")
_LITTLE = re.compile(r"^(?:(?:ja|jo|nej|øh|tja|altså)\s+)*(?:(?:måske|maaske|tja|nok|vel)\b.{0,40}|\S+(?:\s+\S+)?)$", re.IGNORECASE)


def wish_and_doubt_line(quote: str, language: str, speaker: str = "citizen") -> str | None:
    """A wish and a doubt in one sentence, reflected both ways and ending on the wish: "On the one hand you feel it's
    pointless, and on the other hand you want to get a job.", "Du vil gerne have en kæreste, og samtidig er du bange for
    at blive afvist."."""
    wd = reflect.wish_and_doubt(quote)
    if wd is None:
        return None
    wish, doubt = wd
    if language == "en":
        w = en_you(re.sub(r"^(?:maybe|perhaps) ", "", wish, flags=re.I))
        w = w[:1].lower() + w[1:]
        w = re.sub(r"^you (?:will|'ll|are going to)\b", "you want to", w)  # the wish, not a promise in the bot's mouth
        d = en_you(doubt)
        d = d[:1].lower() + d[1:]
        if not re.match(r"^you\b", d):
            d = f"you feel {d}"  # "it's pointless": the citizen's feeling, not the bot's verdict
        return f"On the one hand {d}, and on the other hand {w}."
    if speaker != "citizen":
        return None
    w, d = reflect.shift_pronouns(wish), reflect.shift_pronouns(doubt)
    d_clause = reflect.parse_clause(d[:1].lower() + d[1:])
    w_clause = reflect.parse_clause(w[:1].lower() + w[1:])
    if w_clause is None:
        return None
    if d_clause is not None and d_clause.subject == "du":
        return f"{reflect.capitalise(w_clause.main())}, og samtidig {d_clause.inverted()}."
    if d_clause is not None:
        return f"Du tænker, at {d_clause.subordinate()}, og samtidig {w_clause.inverted()}."
    if _FOCUS_LEAD.match(d) or not reflect.is_sentence(d):
        return None  # "kun på deltid" is the citizen's terms, no thought to put after "Du tænker, at"
    return f"Du tænker, at {d[:1].lower() + d[1:]}, og samtidig {w_clause.inverted()}."


# "lysstofrøret i køkkenet blinker", "naboens hund gøer": a noun with its article and then a verb in the present;
# a whole clause, never the subject of "fylder"
_DEFINITE_THEN_VERB = re.compile(r"\b[a-zæøå]{2,}(?:et|en|ne|ens|ets)\s+(?:[a-zæøå]+(?:er|r))$")
_BARE_WORRY = {"da": ". Det fylder meget for dig.", "en": " takes up a lot of your mind."}


# "Jeg vil gerne flytte, men jeg er ræd for at være alene": a wish and the fear that holds it back
_WISH_LEAD = re.compile(r"^(?:Du|Han|Hun) (?:vil (?:så )?gerne|ønsker|drømmer om|håber)\b")
_BUT_FEAR = re.compile(r"^\s*(?:men|but)\s+(?:jeg|æ|han|hun|i)\b.*\b(?:ræd|bange|nervøs|angst|frygt\w*|bekymret|afraid|scared|worried)\b",
                       re.IGNORECASE)


def _wish_then_fear(a: dict[str, Any], b: dict[str, Any], lang: str, speaker: str, third: str | None) -> str | None:
    """One worry, not two: the wish and the fear that holds it back, said in one sentence."""
    if lang != "da":
        return None
    wish = re.split(r"(?<=[.!?])\s+", a.get("you") or "")[0].rstrip(" .!")
    fear = re.split(r"(?<=[.!?])\s+", b.get("you") or "")[0].rstrip(" .!")
    if not (wish and fear and _WISH_LEAD.match(wish) and _BUT_FEAR.match(b.get("quote") or "")):
        return None
    if len(wish.split()) + len(fear.split()) > 18:
        return None
    fear = re.sub(r"^(?:Men|men) ", "", fear)
    fear = fear if fear.startswith("I ") else fear[:1].lower() + fear[1:]
    return f"{wish}, men {fear}. " + _about("Det fylder meget for dig.", fear, speaker, third)


def worries_together(items: list[dict[str, Any]], language: str, speaker: str = "citizen", third: str | None = None) -> str | None:
    """Two worries said in one message, reflected together and briefly ("Økonomien fylder, og din søns
    skilsmisse fylder også."), or None when they are too long to say in one breath."""
    if len(items) < 2:
        return None
    lang = "en" if language == "en" else "da"
    wish_fear = _wish_then_fear(items[0], items[1], lang, speaker, third)
    if wish_fear:
        return wish_fear
    cores: list[tuple[str, bool]] = []
    for i in items[:2]:
        you = i.get("you") or ""
        if you.endswith(_BARE_WORRY[lang]):
            cores.append((you[:-len(_BARE_WORRY[lang])].rstrip(" ."), True))  # a bare thing: "Din søns skilsmisse"
        elif lang == "da" and i.get("category") == "parking" and you.endswith(" fylder meget for dig."):
            cores.append((you[:-len(" fylder meget for dig.")], True))  # "Larmen om natten fylder meget for dig."
        else:
            cores.append((re.split(r"(?<=[.!?])\s+", you)[0].rstrip(" .!"), False))
    if any(not core or len(core.split()) > 10 for core, _ in cores):
        return None
    if any(core.split()[0].lower() in (*reflect.SUBORDINATORS, "when", "if", "because") or bare and (
            reflect.FINITE_HINT.match(core.split()[0].lower()) or _PRO_DROP.match(core)) for core, bare in cores):
        return None  # "finder ikke ord", "når planer bliver ændret": no thing that "fylder" on its own
    (a, a_bare), (b, b_bare) = cores
    if _ANAPHORIC.match(b) or re.match(r"^(?:Det|It|That|This)\b", b):
        return None  # "… Det gør dig bange": the second point leans on the first; one reflection says both
    b_low = b if b.startswith("I ") else b[:1].lower() + b[1:]
    if lang == "da":
        first = f"{a} fylder" if a_bare else a
        if b_bare:
            return f"{first}, og {b_low} fylder også."
        if "fylder" in a:
            return f"{first}. {b}."
        return f"{first}. {b}. " + _about("Begge dele fylder meget for dig.", f"{a} {b}" if speaker == "relative" else b, speaker, third)
    first = f"{a} is on your mind" if a_bare else a
    if b_bare:
        return f"{first}, and {b_low} is too." if a_bare else f"{first}. {b} is on your mind too."
    if "mind" in a:
        return f"{first}. {b}."
    return f"{first}. {b}. " + _about_en("Both take up a lot of your mind.", f"{a} {b}", speaker, third)


_ANAPHORIC = re.compile(r"^(?:Det|Der|Så|Og|Men|It|That|And|But|So)\b(?! (?:fylder|giver dig|giver mig|takes up|gives you))")
_THIRD_PERSON = re.compile(r"^(?:Han|Hun|De|He|She|They)\b")  # in the citizen's own words: someone just named


def _said(item: dict[str, Any]) -> str:
    """An item's echo, with a goal's status after it ("Dit mål er … Det går fint.") and a sentence that points back at
    it ("Du vil gerne flytte. Du er bange for det.")."""
    you = item["you"]
    if item.get("category") == "goal_progress" and you.startswith("Du skal ") and not you.startswith("Du skal ikke"):
        you = "Dit mål er at " + you[len("Du skal "):]  # "Du skal gå tur hver dag": the goal, not an order from the bot
    bare = _BARE_STATUS.match(you) if item.get("category") == "goal_progress" and not item.get("status_you") else None
    if bare:  # "Det går fint." alone in the summary says nothing: it is how the goals go
        rel = item.get("speaker") == "relative"
        you = (f"Your goals are going {bare.group(2)}." if you.startswith("It")
               else f"Det går {bare.group(2)} med {'målene' if rel else 'dine mål'}.")
    said = f"{you} {item['status_you']}" if item.get("status_you") else you
    return f"{said} {item['attached_you']}" if item.get("attached_you") else said


WORRY_WORDS = re.compile(r"\b(?:bange|nervøs|usikker|utryg|angst|bekymret|svært|hårdt|i tvivl|afraid|scared|nervous|worried|"
                         r"anxious|unsure|hard|difficult)\b", re.IGNORECASE)


def with_second_thought(you: str, attached: str, language: str) -> str | None:
    """A wish and the feeling about it said right after ("Jeg vil gerne flytte. Jeg er bange for det."), both sides in one
    reflection: "Du vil gerne flytte, og samtidig er du bange for det."."""
    head = you.strip().rstrip(" .!")
    second = attached.strip().rstrip(" .!")
    if not head or not second or re.search(r"(?<!\d)[.!?]", head):  # "9. klasse" is no sentence end
        return None
    low = second if second.startswith("I ") else second[:1].lower() + second[1:]
    if language == "en":
        return f"{head}, and at the same time {low}."
    clause = reflect.parse_clause(low)
    if clause is None or clause.subject not in ("du", "han", "hun", "I", "det"):
        return None
    return f"{head}, og samtidig {clause.inverted()}."


def _other_language(item: dict[str, Any], language: str) -> str:
    """A point said before the switch to another language: the citizen's own words, quoted, in a frame in the language
    now spoken ("You said: “Jeg er god til at tegne”"), not an echo left in the old language."""
    quote = reflect.tidy(mask_pii(item.get("quote", ""))).rstrip(" .!")
    return say("said_other_language", language, quote=quote) + "."


def spread(items: list[dict[str, Any]], most: int) -> list[dict[str, Any]]:
    """At most `most` items, taken in turns from every answer (the first point of each answer, then the second, …)
    and kept in the order they were said: the joy told after three strengths is not the one left out."""
    if len(items) <= most:
        return items
    by_turn: dict[Any, list[dict[str, Any]]] = {}
    for i in items:
        by_turn.setdefault(i.get("turn", -1), []).append(i)
    picked: list[int] = []
    rank = 0
    while len(picked) < most:
        row = [id(g[rank]) for g in by_turn.values() if len(g) > rank]
        if not row:
            break
        picked += row[:most - len(picked)]
        rank += 1
    return [i for i in items if id(i) in picked]


_SMALL = {"min", "mit", "mine", "din", "dit", "dine", "jeg", "han", "hun", "det", "den", "der", "også", "at", "og", "om",
          "drømmer", "gerne", "vil", "egen", "eget", "my", "the", "and", "also", "his", "her", "own", "have", "en", "et", "a",
          "arbejde", "job", "work", "som", "sagde", "sagt", "skrev", "said", "told", "kunne", "igen", "again", "could"}


def _said_before(item: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    """ "Egen lejlighed." after "… jeg drømmer om at få min egen lejlighed": the same point said again (a citizen who
    repeats an answer), listed once in the summary."""
    def words(i: dict[str, Any]) -> set[str]:
        return {w for w in re.findall(r"\w+", (i.get("quote") or "").lower()) if len(w) >= 3 and w not in _SMALL}

    mine = words(item)
    return bool(mine) and len(mine) <= 4 and any(
        o is not item and o.get("turn", 0) < item.get("turn", 0) and _family(o) == _family(item)
        and mine <= words(o) for o in items)


def _family(item: dict[str, Any]) -> str:
    return "wish" if item.get("category") in ("hope", "employment") else item.get("category") or ""


SUMMARY_MOST = 12  # points of one kind in the closing summary: all of them, in practice
SUMMARY_LINES = 9  # above this many points, the points of one answer share a line


_COULD_THINK = re.compile(r"(?:(?<=^)|(?<=[.!] ))(Du|Han|Hun) (?:kunne|ku) t(?:æ|ae)nke (?:dig|sig)(?: at)? (?!at\b)(\S+)")


def _plain_wish(line: str) -> str:
    """ "Du kunne tænke dig at arbejde på et lager." read back in the summary is "Du vil gerne arbejde på et lager."
    ("kunne tænke dig" said by the bot sounds like a suggestion); "… dig en hund" is "Du vil gerne have en hund"."""
    def repl(m: re.Match[str]) -> str:
        infinitive = " at " in m.group(0)[: m.start(2) - m.start(0)] + " "
        verb = "" if infinitive else "have "
        return f"{m.group(1)} vil gerne {verb}{m.group(2)}"
    return _COULD_THINK.sub(repl, line)


def summary_lines(state: dict[str, Any]) -> list[str]:
    """The collecting summary: the citizen's own points, in the second person, one per line."""
    lang = state.get("language", "da")
    items = [i for i in state.get("items", []) if i.get("category") and not i.get("safety") and i.get("you")
             and not i.get("correction") and not i.get("withdrawn")]  # corrections are listed at the end
    items = [i for i in items if not _said_before(i, items)]
    # strengths first, worries in the middle, and the citizen's own hopes last (MI: end on change)
    # every point that goes on the sheet is in the summary too (a hope, a strength or a reason left out here is a point
    # the citizen never sees confirmed); a long list is kept readable by putting the points of one answer in one line
    order = (("resource", SUMMARY_MOST), ("goal_progress", SUMMARY_MOST), ("parking", SUMMARY_MOST),
             ("employment", SUMMARY_MOST), ("hope", SUMMARY_MOST))
    chosen = [it for cat, most in order for it in spread([i for i in items if i["category"] == cat], most)]
    group = len(chosen) > SUMMARY_LINES
    # "Det gør du ikke så tit." means nothing alone: it stays with the sentence before it in the same message
    heads: dict[Any, int] = {}
    bullets: list[list[str]] = []
    last_hope: int | None = None
    in_order = sorted(chosen, key=lambda i: (items.index(i)))
    for k, it in enumerate(in_order):
        prev_it = in_order[k - 1] if k else None
        prev_at = next((n for n, b in enumerate(bullets) if prev_it is not None and _said(prev_it) in b), None)
        turn = it.get("turn", -1)
        same = (turn, _family(it))
        if turn in heads and (_ANAPHORIC.match(it["you"]) or (it.get("speaker") != "relative" and _THIRD_PERSON.match(it["you"]))):
            bullets[heads[turn]].append(_said(it))
        elif (prev_it is not None and prev_at is not None and prev_it.get("turn") == turn and _family(prev_it) == _family(it)
              and it["category"] in ("hope", "employment", "parking") and is_remark(it.get("text") or it.get("quote") or "")):
            # "Weekenderne er lange." after the reason it goes with: part of that point, not a bullet of its own
            bullets[prev_at].append(_said(it))
        elif (it["category"] == "hope" and it.get("step") == "hopes2" and last_hope is not None
              and re.match(r"^(?:Så|Og så|Then|So)\b", it["you"]) and len(" ".join(bullets[last_hope]).split()) <= 18):
            # "Så ville du føle dig nyttig." alone says nothing: it stays with the hope it is the reason for
            bullets[last_hope].append(_said(it))
            heads.setdefault(turn, last_hope)
        elif group and same in heads and it.get("lang", lang) == lang:
            bullets[heads[same]].append(_said(it))  # "Du er god til at tegne. Du er god til at passe dyr.": one answer, one line
        else:
            heads.setdefault(turn, len(bullets))
            heads.setdefault(same, len(bullets))
            if it["category"] == "hope":
                last_hope = len(bullets)
            bullets.append([_said(it)])
    by_first = {b[0]: " ".join(b) for b in bullets}
    lines: list[str] = [_plain_wish(by_first[_said(it)]) if it.get("lang", lang) == lang else _other_language(it, lang)
                        for it in chosen if _said(it) in by_first]
    prefs = state.get("preferences", {})
    rel = "_rel" if state.get("written_by") == "relative" else ""  # a relative writes: not "Du vil gerne have …"
    if state.get("staff_attend"):
        lines.append(say(f"summary_staff{rel}", lang))
    who = state.get("attend_who") or None
    if who and (lang == "en") != (who == "you" or who.startswith("your ")):
        who = None  # named in the other language before a switch: the plain line
    if prefs.get("relatives_attend") is True and who == "you":
        lines.append(say("reflect_relatives_writer", lang))  # an English relative's "I will come"
    elif prefs.get("relatives_attend") is True and who and lang == "en":
        lines.append(f"You would like {who} at the meeting.")  # "yes my uncle": who comes, as the citizen said it
    elif prefs.get("relatives_attend") is True and who:
        # "Du vil gerne have din søster med til mødet.": who comes, as the citizen said it, not "en pårørende"
        lines.append(f"{who[:1].upper()}{who[1:]} kommer med til mødet." if rel and who != "du" else
                     "Du kommer med til mødet." if rel else f"Du vil gerne have {who} med til mødet.")
    elif prefs.get("relatives_attend") is True:
        lines.append(say(f"summary_relatives_yes{rel}", lang))
    elif prefs.get("relatives_attend") is False:
        lines.append(say(f"summary_relatives_no{rel}", lang))
    if prefs.get("plan_version"):
        lines.append(say(f"summary_plan{rel}", lang, plan=say(f"plan_{prefs['plan_version']}", lang)))
    for c in state.get("corrections", []):
        if c.get("you"):
            lines.append(c["you"])
    return lines


def listening_reflection(item: dict[str, Any], language: str, rng: random.Random, third: str | None = None) -> str:
    """A complex reflection that stands in for the next question: it guesses at the meaning of what
    the citizen just said and leaves room to say more (MI: reflect rather than ask)."""
    if item.get("attached_you") and item.get("category") in ("hope", "employment") and WORRY_WORDS.search(item["attached_you"]):
        both = with_second_thought(item.get("you") or "", item["attached_you"], language)
        if both:  # "Jeg vil gerne flytte. Jeg er bange for det.": the wish and the fear about it
            return both
    if item.get("category") == "resource" and language == "da" and good_but_not(item.get("you") or "", quote=item.get("quote", "")):
        return good_but_not(item.get("you") or "", quote=item.get("quote", "")) or ""
    key = "listen_resource" if item.get("category") == "resource" else "listen_hope"
    return _with_meaning(item.get("you") or "", key, language, rng, item.get("speaker", "citizen"), third)


# First words after which a clause cannot safely be moved into "at …" order: fronted adverbials (V2),
# conjunctions, question words and a formal "det".
_FRONTED = reflect.FRONTED_ADVERBIALS | {
    "når", "hvis", "ellers", "om", "på", "i", "efter", "før", "til", "med", "hjemme", "aldrig", "ikke", "især", "mest",
    "fordi", "selvom", "men", "og", "eller", "hvor", "hvad", "hvem", "hvorfor", "hvordan", "det"}


def _as_that_clause(you: str, language: str, name_first: bool = False) -> str | None:
    """'Du vil gerne have et job.' -> 'du gerne vil have et job' (subordinate order after "at")."""
    if "»" in you or "“" in you:
        return None  # "Du skrev: »bus selv«": the citizen's own words, not a clause to move
    # "på 3. sal", "i 9. klasse": an ordinal's dot before a small letter ends no sentence
    # "kl. 23", "ca. 20", "f.eks. heste", "bl.a. at lave mad": an abbreviation's dot ends no sentence either
    first = re.split(r"(?<=[.!?])(?<!\d\.)(?<!\b[kK]l\.)(?<!\b[cC]a\.)(?<!\bnr\.)(?<!\beks\.)(?<!\b[fF]x\.)(?<!\.a\.)(?<!\bevt\.)(?<!\bdvs\.)\s+|(?<=\d\.)\s+(?=[A-ZÆØÅ])", you.strip())[0].rstrip(" .!?")
    # a comma splice ("…i din lejlighed, du støvsuger hver fredag") keeps only its first clause
    cut = re.split(r",\s+(?=(?:du|det|jeg|hun|han|vi|de|I|you|it|she|he)\s)", first, maxsplit=1)
    if len(cut) == 2 and language == "da" and not any(w.strip(",") in reflect._FINITE for w in cut[0].lower().split()[1:]):
        return None  # "Dit barnebarn Oliver, han kommer hver onsdag, giver dig glæde": no clean clause to move
    first = cut[0]
    if not first or len(first.split()) > 14:
        return None
    keep = first.startswith("I ") or name_first  # "Sofie er god til …" keeps the capital of her name
    low = first if keep else first[:1].lower() + first[1:]
    if low.lower().startswith(("at ", "that ")):
        low = low.split(" ", 1)[1]
    if language == "en":
        ws = low.split()
        named = len(ws) >= 3 and bool(_EN_CLOSED_FINITE.fullmatch(ws[1]))  # "Ahmed is very good with animals"
        return low if _en_sentence(low) or named else None  # "her dog and going to church" is no that-clause
    if low.split()[0].lower() in _FRONTED:
        return None  # "så kunne du …": moving a fronted adverbial into an at-clause is not safe
    clause = reflect.parse_clause(low)
    if clause is not None:
        # "du vil allerhelst rejse" -> "du allerhelst vil rejse", "du ønsker dig allermest en hund" -> "du allermest
        # ønsker dig en hund", "du ønsker allermest, at …" -> "du allermest ønsker, at …"
        most = re.match(r"^((?:dig|sig|mig) )?(allerhelst|allermest)(,?) (.+)$", clause.rest, re.IGNORECASE)
        if most:
            clause = reflect.Clause(clause.subject, clause.verb + most.group(3), [*clause.adverbs, most.group(2).lower()],
                                    (most.group(1) or "") + most.group(4))
        return clause.subordinate()
    words = low.lower().split()
    if not reflect.is_sentence(low) or any(w in reflect.SENTENCE_ADVERBS for w in words[1:4]):
        return None  # a bare phrase, or word order this cannot move safely
    return low


_NAME_VERB = re.compile(r"^[A-ZÆØÅ][a-zæøåé]+ (?:er|har|kan|vil|ville|elsker|bor|går|får|skal|synes|drømmer|håber|arbejder|"
                        r"is|has|can|loves|likes|lives|was|var|wants|would|will|works|hopes|dreams|needs|gets|feels|"
                        r"enjoys|could|goes|does)\b")
_NOT_NAMES = {"Du", "Din", "Dit", "Dine", "Det", "Der", "Han", "Hun", "De", "Vi", "Jeg", "Hans", "Hendes", "You", "Your",
              "He", "She", "They", "It", "There", "His", "Her", "Their", "My", "Mit", "Min", "Mine", "Så", "Then", "I"}


def _names_first(item: dict[str, Any]) -> bool:
    """A relative's sentence that starts with the person's name ("Ahmed is very good with animals")."""
    you = item.get("you", "")
    return (item.get("speaker") == "relative" and bool(_NAME_VERB.match(you)) and you.split()[0] not in _NOT_NAMES)


def that_clause(item: dict[str, Any], language: str) -> str | None:
    """An item's echo as an at-clause ("du gerne vil arbejde med dyr"), or None where the order cannot move."""
    return _as_that_clause(item.get("you", ""), language, item.get("pos") == "PROPN" or _names_first(item))


def covers(summary: str, item: dict[str, Any], language: str) -> bool:
    """Whether a linking summary already reflects this item (then it needs no reflection of its own)."""
    c = _as_that_clause(item.get("you", ""), language, item.get("pos") == "PROPN" or _names_first(item))
    # the long form says each point as its own sentence, as the item's reflection has it ("Så ville du være gladere.")
    return bool(c and c in summary) or (bool(item.get("you")) and reflect.capitalise(item["you"].strip().rstrip(".!") + ".") in summary)


_V2_CONSEQUENCE = re.compile(r"^(?:Så|Og så|Then|So) (?:ville|kunne|kan|vil|would|could|will|can)\b")
LINK_MAX_WORDS = 20  # a linking summary longer than this is said as short sentences ("~15 words", with some slack)
LINK_MAX_SENTENCE_WORDS = 40  # the points of a linking summary said as sentences, at most about this many words
_EN_FINITE = re.compile(r"^(?:is|are|am|was|were|have|has|had|can|could|will|would|gives?|makes?|loves?|likes?|wants?|"
                        r"hopes?|dreams?|enjoys?|[a-z]+ed)$")


def _own_sentence(you: str, language: str) -> bool:
    """ "Dit fuglekort og din kikkert giver dig glæde.": one whole sentence with a verb in it, which a linking summary
    can say as it is even where it cannot be moved into an at-clause ("Dine to katte." is no sentence)."""
    you = you.strip()
    if not you or re.search(r"[.!?]\s+\S", you) or "»" in you or "“" in you or len(you.split()) > 18:
        return False
    head = you.split(",")[0].lower().split()[1:]
    splice = re.search(r"^[^,]+,\s+(?:du|jeg|han|hun|vi|de|det|der|giver|you|i|he|she|it)\s", you, re.IGNORECASE)
    if splice and not any(w in reflect._FINITE or reflect.FINITE_HINT.match(w) for w in head):
        return False  # "Fuglene i haven, du har et fuglebræt.", "Din datter, giver dig glæde …": no whole sentence
    words = [w.strip(",.!?") for w in you.lower().split()[1:]]
    if language == "en":
        return any(_EN_FINITE.match(w) for w in words)
    return any(w in reflect._FINITE or reflect.FINITE_HINT.match(w) for w in words)


def _by_answer(entries: list[tuple[Any, ...]], most: int) -> list[tuple[Any, ...]]:
    """At most `most` points, the first point of every answer before the second of any (the newest answer is never the
    one left out), kept in the order they were said."""
    if len(entries) <= most:
        return entries
    by_turn: dict[Any, list[int]] = {}
    for n, e in enumerate(entries):
        by_turn.setdefault(e[2].get("turn", -1), []).append(n)
    picked: list[int] = []
    rank = 0
    while len(picked) < most:
        row = [g[rank] for g in by_turn.values() if len(g) > rank]
        if not row:
            break
        picked += row[:most - len(picked)]
        rank += 1
    return [e for n, e in enumerate(entries) if n in picked]


def _phase_entries(items: list[dict[str, Any]], language: str, most: int) -> list[tuple[Any, ...]]:
    """The points of one phase as (at-clause or None, sentence, item), each point once, at most `most` of them."""
    entries: list[tuple[str | None, str, dict[str, Any]]] = []
    for item in items:
        if item.get("safety") or not item.get("category") or item.get("lang", language) != language:
            continue
        you = (item.get("you") or "").strip()
        if not you:
            continue
        c = _as_that_clause(you, language, item.get("pos") == "PROPN" or _names_first(item))
        sent = reflect.capitalise(you.rstrip(".!") + ".")
        if any(sent == e[1] or (c and c == e[0]) for e in entries):
            continue
        if c:
            entries.append((c, sent, item))
        elif (_V2_CONSEQUENCE.match(you) and not re.search(r"[.!?]\s+\S", you)) or _own_sentence(you, language):
            # "Så ville du ikke være så alene", "Musik fra 80erne giver dig glæde": no at-clause, but a point of its own;
            # said as its own sentence (never left out for the form's sake)
            entries.append((None, sent, item))
    entries = _by_answer(entries, most)
    while len(entries) > 3 and sum(len(e[1].split()) for e in entries) > LINK_MAX_SENTENCE_WORDS:
        # a long summary is hard to read: the point picked last goes (the first points of every answer stay)
        entries = _by_answer(entries, len(entries) - 1)
    return entries


# "Du er god til …", "Du kan …": a strength in so many words (the phase's opener can name them as strengths)
_STRENGTH_SAID = re.compile(r"^(?:Du|Han|Hun|You|He|She) (?:er (?:\w+ )?(?:god|dygtig|skrap|go)|kan(?! godt lide| lide)|is (?:\w+ )?good|are (?:\w+ )?good|can)\b")
_DREAM_SAID = re.compile(r"\b(?:drømmer|drøm|dream|dreams)\b", re.IGNORECASE)


def phase_opener(entries: list[tuple[Any, ...]], language: str, phase: str, relative: bool, reflection: str = "") -> str:
    """The first sentence of a linking summary, by phase and content ("Du har fortalt om dine styrker.",
    "Du har fortalt om dine ønsker."), so the two phase ends do not open alike; a relative hears "hendes eller hans"."""
    yous = [e[2].get("you") or "" for e in entries] + ([reflection] if reflection else [])
    if phase == "resources":
        key = "linking_open_strengths" if yous and all(_STRENGTH_SAID.match(y) for y in yous) else "linking_open_good"
    elif phase == "hopes":
        key = "linking_open_dreams" if any(_DREAM_SAID.search(y) for y in yous) else "linking_open_hopes"
    else:
        key = "linking_summary_long"
    return say(f"{key}_rel" if relative and key != "linking_summary_long" else key, language)


def _in_line(entry: tuple[Any, ...], line: str) -> bool:
    """Whether a point is said in `line` already (as its sentence or as its at-clause)."""
    low = line.lower()
    if entry[1].rstrip(".!").lower() in low or bool(entry[0] and entry[0].lower() in low):
        return True

    def bare(t: str) -> str:  # "Hun siger hun så …" and "Hun siger, at hun så …" are the same point
        return " ".join(w for w in re.findall(r"[^\W\d_]+|\d+", t.lower()) if w != "at")

    said = bare(entry[1])
    return len(said.split()) >= 3 and said in bare(line)


def phase_summary(items: list[dict[str, Any]], language: str, most: int = 4, *, phase: str = "", relative: bool = False,
                  reflection: str | None = None) -> str | None:
    """A short linking summary of one phase in the citizen's own words ("Du har fortalt, at du er god
    til at tegne, og at din kanin giver dig glæde."), or None with fewer than two usable points, or when all of
    them come from one answer (that answer's reflection again, word for word).

    With `reflection` (the newest answer's reflection, with its reason or feeling): the summary collects the other
    points and ends on that reflection; a point the reflection says already is not said twice. None when nothing
    is left beside the reflection."""
    entries = _phase_entries(items, language, most)
    turns = {e[2].get("turn") for e in entries}
    if len(entries) < 2 or (None not in turns and len(turns) < 2):
        return None  # all from one answer: that answer's reflection again, not a summary of the phase
    if reflection:
        entries = [e for e in entries if not _in_line(e, reflection)]
        if not entries:
            return None
        while len(entries) > 1 and sum(len(e[1].split()) for e in entries) + len(reflection.split()) > LINK_MAX_SENTENCE_WORDS:
            entries = _by_answer(entries, len(entries) - 1)  # short enough to read: the point picked last goes
    tail = [reflection] if reflection else []
    newest = max((e[2].get("turn") or 0 for e in entries), default=0)
    parts = re.split(r"(?<=[.!?])\s+", reflection or "")
    if reflection and len(parts) >= 2 and any(e[2].get("turn") == newest for e in entries) and len(
            {e[2].get("turn") for e in entries}) >= 2:
        # the newest answer's other points go with its reflection, before the sentence of meaning that ends the turn
        late = [e[1] for e in entries if e[2].get("turn") == newest]
        entries = [e for e in entries if e[2].get("turn") != newest]
        tail = [" ".join([*parts[:-1], *late, parts[-1]])]
    clauses = [e[0] for e in entries]
    sentences = [e[1] for e in entries]
    long = [phase_opener(entries, language, phase, relative, reflection or "") if phase else say("linking_summary_long", language),
            *sentences, *tail]
    if None in clauses:
        return " ".join(long)
    if language == "en":
        body = clauses[0] if len(clauses) == 1 else ", that ".join(clauses[:-1]) + f" and that {clauses[-1]}"
    else:
        body = clauses[0] if len(clauses) == 1 else ", at ".join(clauses[:-1]) + f", og at {clauses[-1]}"
    text = say("linking_summary", language, items=body)
    if len(text.split()) > LINK_MAX_WORDS:  # one long sentence is hard to read: the same points, one per sentence
        return " ".join(long)
    return " ".join([text, *tail])


_IMPORTANT_NP = re.compile(r"^(min|mit|mine|en|et|nogle|mange)\s+[^\W\d_]+(?:\s+(?:og|or)\s+(?:min|mit|mine|en|et)\s+[^\W\d_]+)?$", re.IGNORECASE)


def important_phrase(quote: str) -> dict[str, str] | None:
    """ "mine katte" to "Hvad er vigtigt for dig i dit liv lige nu?": "Dine katte er vigtige for dig.", not a dream."""
    phrase = reflect.tidy(quote).strip(" .!")
    m = _IMPORTANT_NP.match(phrase)
    if not m or is_verb_phrase(phrase):
        return None
    det = m.group(1).lower()
    adj = "vigtige" if (" og " in phrase.lower() or det in ("mine", "nogle", "mange")) else "vigtigt" if det in ("mit", "et") else "vigtig"
    low = phrase[:1].lower() + phrase[1:]
    return {"text": f"{reflect.capitalise(low)} er {adj} for mig.", "you": f"{reflect.capitalise(reflect.shift_pronouns(low))} er {adj} for dig."}


def join_words(words: list[str], language: str) -> str:
    """ "4, 2 og 1" / "4, 2 and 1"."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {'og' if language == 'da' else 'and'} {words[-1]}"


# ---- one conversation, no closing sentence twice ------------------------------------------------------------------
# The sentence of meaning after a reflection ("Det er vigtigt for dig.") comes from a short list; over a whole
# conversation the same one came back ("Det ville betyde noget for dig." twice). Each pool holds sentences of the same
# kind of meaning; a sentence said before in the conversation is swapped for one of its pool not said yet.
from ..texts import CATALOGUE as _CATALOGUE  # noqa: E402

_POOLS: dict[str, dict[str, list[str]]] = {
    "da": {
        "wish": ["reflect_desire", "listen_hope", "reflect_reasons"],
        "resource": ["listen_resource", "affirm_resource"],
        "joy": ["reflect_joy_meaning", "reflect_joy_meaning_people"],
        "parking": ["reflect_parking"],
        "steps": ["affirm_steps"],
    },
}
_POOLS["en"] = _POOLS["da"]
_MORE: dict[str, dict[str, list[str]]] = {
    "da": {
        "wish": ["Det er noget, der ligger dig på sinde.", "Det er noget, du ønsker dig."],
        "resource": ["Det er en del af dig.", "Det er en god ting at kunne."],
        "joy": ["Det er godt at have i hverdagen.", "Det gør dig glad."],
        "parking": ["Det tænker du meget på.", "Det optager dig."],
        "steps": ["Du er allerede i gang."],
    },
    "en": {
        "wish": ["That is something close to your heart.", "That is something you wish for."],
        "resource": ["That is part of who you are.", "That is a good thing to be able to do."],
        "joy": ["That is good to have in your days.", "That makes you happy."],
        "parking": ["You think about that a lot.", "That is on your mind."],
        "steps": ["You have already started."],
    },
}
# the same meaning in other words: "betyder meget" and "ville betyde meget" are one sentence said twice to the reader
_MEANING_WORD = re.compile(r"\b(betyd\w*|forskel|vigtig\w*|sinde|ønsker|mean\w*|difference|important|heart|wish)\b",
                           re.IGNORECASE)


def _you_form(sentence: str, language: str) -> str:
    """A closing sentence with its person made "du" ("Det er vigtigt for hende." -> "Det er vigtigt for dig.")."""
    if language != "da":
        return sentence
    out = re.sub(r"\b(?:hende eller ham|ham eller hende)\b", "dig", sentence)
    out = re.sub(r"\b(?:hendes eller hans|hans eller hendes)\b", "din", out)
    out = re.sub(r"\b(?:hun eller han|han eller hun)\b", "du", out)
    out = re.sub(r"\b(?:hende|ham|jer)\b", "dig", out)
    out = re.sub(r"\b(?:hendes|hans|jeres|dit|dine)\b", "din", out)
    return re.sub(r"\b(?:hun|han)\b", "du", out)


def _pool_index(language: str) -> dict[str, tuple[str, list[str]]]:
    cat = _CATALOGUE.get(language, _CATALOGUE["da"])
    index: dict[str, tuple[str, list[str]]] = {}
    for pool, keys in _POOLS.get(language, {}).items():
        variants: list[str] = []
        for key in keys:
            vals = cat.get(key)
            variants += [v for v in (vals if isinstance(vals, list) else []) if "{" not in v and v not in variants]
        variants += [v for v in _MORE[language][pool] if v not in variants]
        for v in variants:
            index.setdefault(_you_form(v, language), (pool, variants))
    return index


_INDEX = {lang: _pool_index(lang) for lang in ("da", "en")}


def _in_person(variant: str, original: str, language: str) -> str | None:
    """A variant ("… for dig") said in the person of the sentence it replaces; None when that cannot be done safely."""
    if language != "da":
        return None if re.search(r"\b(?:him|her|his|them|their)\b", original, re.IGNORECASE) else variant
    m = re.search(r"\b(hende eller ham|hendes eller hans|hun eller han|hende|ham|hendes|hans|hun|han|jer|jeres|dig|din|dit|dine)\b",
                  original)
    if m is None or m.group(1) in ("dig", "din", "dit", "dine"):
        return variant
    word = m.group(1)
    if " eller " in word:
        table = _TO_EITHER
    elif word in ("jer", "jeres"):
        table = {"dig": "jer", "du": "I", "din": "jeres", "dit": "jeres", "dine": "jeres"}
    else:
        table = _TO_THIRD[word]
    if word not in ("jer", "jeres"):  # "du ønsker dig": the object of the subject's own verb is "sig" in the third person
        variant = re.sub(r"\b([Dd]u (?:\w+ ){1,2})dig\b", r"\1sig", variant)
    out = re.sub(r"\b(dig|du|din|dit|dine)\b", lambda w: table[w.group(1)], variant)
    return re.sub(r"\b(Du)\b", lambda w: table["du"].capitalize(), out)


def fresh_meaning(text: str, said: list[str], language: str) -> tuple[str, list[str]]:
    """`text` with a closing sentence already said in this conversation swapped for an unsaid one of its kind; and the
    closing sentences said so far, this one added."""
    if not text or "•" in text or language not in _INDEX:
        return text, said
    index = _INDEX[language]
    parts = re.split(r"(?<=[.!?])\s+", text)
    done = list(said)
    for i, part in enumerate(parts):
        key = _you_form(part.strip(), language)
        if key not in index:
            continue
        used_words = {w.lower()[:5] for d in done for w in _MEANING_WORD.findall(d)}

        def worn(v: str, used: set[str] = used_words) -> bool:
            return any(w.lower()[:5] in used for w in _MEANING_WORD.findall(v))

        if key in done or worn(key):
            fresh = [v for v in index[key][1] if _you_form(v, language) not in done]
            fresh.sort(key=worn)
            if key not in done:  # only the same meaning word again: swapped only for one that is really new
                fresh = [v for v in fresh if not worn(v)]
            for v in fresh:
                swapped = _in_person(v, part, language)
                if swapped:
                    parts[i], key = swapped, _you_form(v, language)
                    break
        done.append(key)
    return " ".join(parts), done
