"""Spelling normalisation for chat Danish: missing æøå, sms style and spoken/dialect forms.

The classifier sees both the raw and the normalised tokens, so a normalisation that is wrong for a
rare word costs little, while "gider ik" and "æ ka ett" reach the same features as standard Danish.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Chat, sms and dialect spellings -> standard Danish. Data, not logic: extend freely.
SPELLING = {
    # fresh 32: a common transposition ("mit arbjede")
    "arbjede": "arbejde", "arbjedet": "arbejdet", "arbjder": "arbejder",
    # negation
    "ik": "ikke", "ikk": "ikke", "ikek": "ikke", "ikk'": "ikke", "ik'": "ikke", "ike": "ikke",
    "ett": "ikke", "it": "ikke", "int": "ikke", "inte": "ikke", "itj": "ikke", "ittj": "ikke", "ikkj": "ikke",
    # Jutlandic forms
    # ("vært" and "sjæl" are also ordinary words, a host and a soul: `in_context` reads them as "været" and "selv")
    "gjan": "gerne", "gjen": "gerne", "gjern": "gerne", "nowen": "nogen", "noww": "noget",
    # pronouns (Jutlandic "æ" = jeg), spoken forms
    "æ": "jeg", "ae": "jeg", "jg": "jeg", "je": "jeg", "mæ": "mig", "dæ": "dig", "sæ": "sig", "mig": "mig",
    "hende": "hende", "ham": "ham",
    # verbs
    "ha": "have", "har": "har", "ka": "kan", "ku": "kunne", "ska": "skal", "sku": "skulle",
    "vil": "vil", "vill": "vil", "gider": "gider", "bli": "blive", "bliver": "bliver",
    "gøre": "gøre", "gore": "gøre", "gor": "gør", "goer": "gør",
    "kobe": "købe", "lobe": "løbe", "lobet": "løbet", "lære": "lære", "laere": "lære", "lare": "lære",
    "sidde": "sidde", "taenker": "tænker", "tanker": "tænker", "taenke": "tænke", "tanke": "tænke",
    "foeler": "føler", "foler": "føler", "foele": "føle", "fole": "føle",
    "hjaelp": "hjælp", "hjalpe": "hjælpe", "hjaelpe": "hjælpe",
    "traet": "træt", "trat": "træt", "traeng": "træng",
    # adverbs and small words
    "gern": "gerne", "gerne": "gerne", "gerene": "gerne", "rigti": "rigtig", "rigtigt": "rigtigt",
    "pa": "på", "paa": "på", "sa": "så", "saa": "så", "na": "nå", "naa": "nå", "fa": "få", "faa": "få",
    "ga": "gå", "gaa": "gå", "ogsa": "også", "ogsaa": "også", "osse": "også", "os": "os",
    "hva": "hvad", "va": "hvad", "hvorn": "hvornår", "nåt": "noget", "noe": "noget", "nogt": "noget",
    "mere": "mere", "mer": "mere", "lidt": "lidt", "lit": "lidt", "sgu": "sgu", "fx": "for eksempel",
    "pga": "på grund af", "ok": "okay", "okk": "okay", "oki": "okay", "nope": "nej", "nej": "nej",
    "jaa": "ja", "jah": "ja", "jep": "ja", "yes": "ja", "jo": "jo", "mm": "mm", "mmm": "mm",
    "ved": "ved", "vd": "ved", "ik'ke": "ikke", "ikkje": "ikke",
    # nouns and adjectives often typed without æøå
    "hab": "håb", "haab": "håb", "drom": "drøm", "drommer": "drømmer", "drømmer": "drømmer",
    "droemmer": "drømmer", "onsker": "ønsker", "onske": "ønske", "oensker": "ønsker",
    "kaereste": "kæreste", "kareste": "kæreste", "born": "børn", "boern": "børn",
    "mode": "møde", "moede": "møde", "glaede": "glæde", "glad": "glad", "aeldre": "ældre",
    "vaerksted": "værksted", "varksted": "værksted", "okonomi": "økonomi", "oekonomi": "økonomi",
    "sovn": "søvn", "soevn": "søvn", "kokken": "køkken", "koekken": "køkken", "taj": "tøj", "toj": "tøj",
    "svomning": "svømning", "svømning": "svømning", "svomme": "svømme", "bofaellesskab": "bofællesskab",
    "bofallesskab": "bofællesskab", "lejlighed": "lejlighed", "naboen": "naboen",
    "selv": "selv", "self": "selv", "alen": "alene", "aln": "alene", "li": "lide",
    # "ø" typed as a bare "o" (the ASCII stand-in "oe" is written back by _aeoeaa below); only words with no
    # other everyday reading ("kort", "for", "mode", "hore" are left alone)
    # ("tor" is also the name Tor: `in_context` reads it as "tør" only as a verb; English words among these, "prove",
    # "son", "modes", stay English in an English line, see _ENGLISH_KEEP)
    "prove": "prøve", "prover": "prøver", "provet": "prøvet", "provede": "prøvede", "torde": "turde",
    "roget": "røget", "rogt": "røget", "horer": "hører", "hort": "hørt", "horte": "hørte",
    "kore": "køre", "korer": "kører", "kobt": "købt", "kobte": "købte", "kober": "køber",
    "forst": "først", "forste": "første", "hojskole": "højskole", "stotte": "støtte", "soster": "søster",
    "sostre": "søstre", "son": "søn", "sondag": "søndag", "lordag": "lørdag", "modes": "mødes", "modte": "mødte",
}

# A list item's marker ("1.", "2)", "-", "•") and a message that starts as a list ("1. svømning 2. min hund",
# "- tegne - strikke"): the tagger's clauses and the dialogue's points are cut before each marker.
LIST_MARKER = r"(?:\d{1,2}[.)]|[-•*])"
LIST_START = re.compile(r"^\s*(?:1[.)]|[-•*])\s")
# A zero typed for "ø" inside or after letters ("d0", "h0rer", "m0de") stays in the word and is read as "ø" (norm_token);
# a zero before another digit does not ("kl10", "år2020": a word, then a number).
_WORD = re.compile(r"[^\W\d_]+(?:0+(?!\d)[^\W\d_]*)*(?:['’][^\W\d_]+)?|\d+", re.UNICODE)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\x00]")
_REPEATS = re.compile(r"([^\W\d_])\1{2,}", re.UNICODE)


def clean(text: str) -> str:
    """Unicode NFC, invisible/bidi characters and NUL removed, whitespace folded."""
    text = unicodedata.normalize("NFC", text or "")
    text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


# Words typed without æøå. The ASCII stand-ins "ae", "oe" (and "aa" before "e") are written back as æ, ø, å, so
# "koere", "proeve" and "faaet" reach the features and the rules as "køre", "prøve" and "fået". Without this the safety rules' fold
# (safety_rules.fold: ae/oe/aa -> a/o first, then æ/ø/å -> a/o) split one word in two whenever a folded æøå letter
# meets a vowel: "fået" folds to "faet" but a typed "faaet" or "faet" to "fat", "nåede" to "naede" but "naaede" to
# "nade". A word whose æøå spelling is written back folds as the æøå spelling does.
# Not stand-ins: a stem ending in -a or -o before an ending ("sofaen", "kollegaer", "naboen", "boede", "troede",
# "beboere", "radioen") and English or foreign words ("does", "goes", "michael").
_ASCII_KEEP = frozenset({
    "does", "doesnt", "doesn't", "goes", "shoes", "toe", "toes", "canoe", "poem", "poems", "poet", "poetry", "oboe",
    "aerobic", "aerobics", "israel", "michael", "raphael", "maestro", "reggae", "phoebe", "joe", "zoe", "noel",
    "aaron", "hoe", "foe", "tiptoe", "heroes", "potatoes", "tomatoes", "echoes", "mae", "rae", "nae",
})
_A_STEM_ENDING = re.compile(r"[a-z]{3,}a(e[nrt]|erne|ens|ets|ernes)$")  # sofaen, kollegaer, klimaet, pizzaen
_O_STEM_ENDING = re.compile(
    r"(bo|nabo|bro|radio|video|metro|dato|konto|tro|kno|deo|foto|auto|kakao|risiko|studio|casino|kasino|logo"
    r"|disko|disco|tempo|zoo|kino|euro|mango|bingo|avocado|kilo|piano|solo|demo|memo|duo|trio|stereo|ego|hero"
    r"|tuborg|kontor|studie)(e|en|et|er|ere|erne|ede|ende|ens|ets|es|r|rne|rs|des|nde|t)$")
_STANDINS = re.compile(r"aa|ae|oe")
_STANDIN_LETTER = {"aa": "å", "ae": "æ", "oe": "ø"}
# "faet", "slaet", "gaet": a participle of an å-verb typed with a bare "a" ("fået" folds to "faet", "faet" to "fat")
_AA_PARTICIPLE = re.compile(
    r"^(f|g|sl|st|n|forst|misforst|undg|opst|tilst|overst|foresl|besl|afsl|oversl|overg|gennemg|udg|indg|forg|omg"
    r"|bortg)a{1,2}(et|ede|edes)$")


def _aeoeaa(t: str) -> str:
    """An ASCII-typed word with its æøå letters written back ("koere" -> "køre", "faaet"/"faet" -> "fået"); other
    words unchanged (see _ASCII_KEEP)."""
    if not t.isascii() or t in _ASCII_KEEP:
        return t
    m = _AA_PARTICIPLE.match(t)
    if m:
        return f"{m.group(1)}å{m.group(2)}"
    if not _STANDINS.search(t):
        return t
    if _O_STEM_ENDING.search(t) or "beboe" in t:
        return t  # "beboere", "beboerhuset", "boede", "naboen"
    if _A_STEM_ENDING.search(t):
        return t
    # "aa" is written back only before "e" ("faaet", "naaede", "taaen"), where the fold splits it from "å"; elsewhere the
    # fold already meets "å" and the typed word is kept ("slaar": the safety rules report the word as typed)
    return _STANDINS.sub(lambda m: _STANDIN_LETTER[m.group()] if m.group() != "aa" or t[m.end():m.end() + 1] == "e"
                         else "aa", t)


@lru_cache(maxsize=65536)
def norm_token(token: str) -> str:
    t = token.lower().replace("’", "'")
    if "0" in t and not t.isdigit():  # "d0" = "dø" (see _WORD)
        t = t.replace("0", "ø")
    if _REPEATS.search(t):  # elongation: "gerneeee" -> "gerne", "sååå" -> "så" ("jaaa" -> "jaa" -> "ja")
        single, double = _REPEATS.sub(r"\1", t), _REPEATS.sub(r"\1\1", t)
        t = double if double in SPELLING and single not in SPELLING else single
    if t in SPELLING:
        return SPELLING[t]
    stripped = t.rstrip("'")
    if stripped in SPELLING:
        return SPELLING[stripped]
    restored = _aeoeaa(stripped)
    return SPELLING.get(restored, restored)


def words(text: str) -> list[tuple[str, int, int]]:
    """Word tokens with character offsets (emojis and punctuation are not words)."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def normalised_words(text: str) -> list[str]:
    out: list[str] = []
    typed: list[str] = []
    for w, _, _ in words(text):
        parts = norm_token(w).split()
        out.extend(parts)
        typed.extend([w] * len(parts))
    return in_context(out, typed)


# Inflectional endings, longest first: a light stemmer in the spirit of the Snowball Danish one, enough
# for "lejligheden"/"lejligheder", "træner"/"træning"/"trænede" to share a feature.
_SUFFIXES = (
    "erendes", "erende", "hedens", "hederne", "heden", "heder", "ernes", "erens", "ingen", "inger",
    "ende", "erne", "eren", "ered", "ing", "ene", "ens", "ers", "ets", "ede", "ere", "est", "en", "er",
    "es", "et", "te", "e", "s",
)


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Strip one inflectional ending, keeping at least three letters ("bussen" -> "bus")."""
    for suf in _SUFFIXES:
        if token.endswith(suf) and len(token) - len(suf) >= 3:
            t = token[: -len(suf)]
            # undouble a final consonant left by the ending ("bussen" -> "buss" -> "bus")
            if len(t) > 3 and t[-1] == t[-2] and t[-1] not in "aeiouyæøå":
                t = t[:-1]
            return t
    return token


# Spoken and Jutlandic forms that only context tells apart ("æ har stoppet mæ å drik sodavand" = "jeg har stoppet
# med at drikke sodavand"; "mæ" is otherwise "mig", "å" otherwise "og"). One word in, one word out, so the tokens
# keep their spans.
_STOP_START = frozenset({"stoppet", "stoppede", "stopper", "stoppe", "stop", "op", "begyndt", "begynder", "begyndte",
                         "startet", "startede", "starter", "færdig", "slut", "fortsætte", "fortsat", "fortsætter"})
_ME_RAW = frozenset({"mæ", "mæd", "me", "mee"})
_AT_RAW = frozenset({"å", "aa", "o"})
_MODALS = frozenset({"skal", "vil", "kan", "kunne", "skulle", "ville", "må", "gider", "tør", "at", "prøve", "prøver"})
# infinitives that lost their -e ("å drik", "ska stop"): only after "at"/"å" or a modal
APOCOPE = {
    "drik": "drikke", "ryg": "ryge", "spil": "spille", "spis": "spise", "køb": "købe", "kob": "købe", "snus": "snuse",
    "tag": "tage", "kom": "komme", "rejs": "rejse", "teng": "tegne", "tegn": "tegne", "læs": "læse", "lær": "lære",
    "bag": "bage", "lav": "lave", "skriv": "skrive", "ring": "ringe", "kør": "køre", "kor": "køre", "løb": "løbe",
    "svøm": "svømme", "vask": "vaske", "gam": "game", "hjælp": "hjælpe", "find": "finde", "flyt": "flytte",
    "arbejd": "arbejde", "sov": "sove", "stop": "stoppe", "snak": "snakke", "gamble": "gamble", "sælg": "sælge",
    "cykl": "cykle", "tab": "tabe", "bo": "bo", "dans": "danse", "syng": "synge", "sms": "sms", "pjæk": "pjække",
}
_ADVERBS = frozenset({"gerne", "godt", "ikke", "bare", "også", "lige", "helst", "nok", "aldrig", "altid", "selv"})
_NOT_VERB_AFTER_AT = frozenset({"jeg", "du", "han", "hun", "vi", "de", "den", "det", "min", "mit", "mine", "hans",
                                "hendes", "sin", "sit", "sine", "vores", "jeres", "deres", "så", "nu", "der", "en", "et"})


# ASCII "taet" is "tæt" (close) or the spoken participle "taget" ("jeg har taet mine piller"), "sae" the Jutlandic
# "sæ" (sig) or the spoken past "sagde" ("han sae at han ville komme"): the words around it tell them apart (a
# subject before it or a clause after it is "sagde"; after a verb and before "selv" it stays "sig").
# "taet" is "taget" after a perfect "har"/"havde" (adverbs and a subject may stand between: "har jeg ikke taet"); after
# "er"/"var"/"blev" only with a word a participle of "tage" takes there ("min telefon er taet fra mig", "han er taet
# hjem"), else it is the adjective ("vi er taet", "vi er ikke taet mere", "er taet knyttet"); after any other verb it
# is "tæt" ("jeg bor også taet ved skolen"). With no verb before it, a subject alone ("jeg taet bussen") is "taget".
_TAGET_AUX = frozenset({"har", "havde", "have"})  # not "haft": "har haft det taet" is closeness, no participle follows "haft"
_TAET_COPULA = frozenset({"er", "var", "blevet", "blev", "bliver", "være", "været"})
_TAGET_AFTER_COPULA = frozenset({"fra", "af", "hjem", "afsted", "ud", "ind", "væk", "op", "ned", "over", "tilbage", "med",
                                 "til", "i", "derhen", "hjemme"})
_TAET_SKIP = frozenset({"ikke", "aldrig", "selv", "lige", "nu", "allerede", "også", "endelig", "faktisk", "bare", "først",
                        "godt", "jo", "sgu", "vist", "nok", "så", "da", "heller", "altid", "tit", "ofte", "jeg", "du", "han",
                        "hun", "vi", "de", "man", "det", "den"})
_SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man"})
_SAGDE_AFTER = frozenset({"at", "jeg", "du", "han", "hun", "vi", "de", "nej", "ja", "noget", "det"})
_SAGDE_BEFORE = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man", "så", "og", "der", "det", "hvad", "som", "mor",
                           "far", "ikke", "altid", "også", "lige", "bare", "selv", "engang", "nogen"})


# spoken "meldt" ("æ har mell mæ te fodbold") and "til" after a pronoun or a motion verb ("mæ te", "kom te")
_MELDT_RAW = frozenset({"mell", "mel", "meld", "melt"})
_TE_BEFORE = frozenset({"meldt", "mig", "sig", "dig", "os", "ham", "hende", "kom", "kommer", "gik", "går", "tog", "kørte",
                        "hen", "ud", "ind", "ned", "op", "over", "tilbage"})


# Jutlandic "a" = "jeg" at the start of a clause, before a finite verb as typed
_A_VERBS = frozenset({"vil", "ville", "ka", "kan", "ku", "kunne", "ska", "skal", "sku", "skulle", "har", "ha", "havde", "er",
                      "var", "gider", "gad", "tror", "synes", "ved", "tør", "bor", "hedder", "elsker", "hader", "må", "orker",
                      "bli", "bliver", "blev", "gør", "går", "gik", "tager", "tog", "får", "fik", "kommer", "kom", "savner",
                      "drømmer", "glæder", "trænger", "mangler", "føler", "tænker", "prøver", "prøvede", "startede",
                      "begyndte", "stoppede", "plejer", "kender"})
_CLAUSE_START = frozenset({"og", "men", "så", "nu", "fordi", "hvis", "når", "at", "da", "ja", "nej", "jo", "altså"})

# Ordinary words the spelling table would read as something else: "vært" (a host) is the Jutlandic "været" only after
# a perfect auxiliary ("jeg har vært der"); "sjæl" (a soul) is the Jutlandic "selv" except after a determiner ("ikke en
# sjæl", "min sjæl"); "tor" is the verb "tør" typed with a bare "o" only where a verb stands ("jeg tor ikke", "tor du"),
# not the name ("jeg og Tor skal i biografen").
_PERFECT = frozenset({"har", "havde", "have", "haft"})
_SOUL_BEFORE = frozenset({"en", "ingen", "min", "din", "sin", "hans", "hendes", "vores", "jeres", "deres", "hver", "nogen",
                          "levende", "god", "gammel", "gamle", "stakkels", "kære", "ens", "den", "sjæl", "og", "sød", "søde",
                          "rar", "rare", "dejlig", "dejlige", "venlig", "venlige", "ærlig", "ærlige", "ensom", "ensomme",
                          "fortabt", "fortabte", "ung", "unge", "gode", "mit", "hele"})
_VERB_AFTER_TOR = frozenset({"ikke", "godt", "aldrig", "heller", "slet", "næsten", "bare", "nok", "jeg", "du", "han", "hun",
                             "vi", "de", "man", "at", "ik", "sgu", "jo", "ikk", "da", "vel", "stadig"})

# English words that the spelling table reads as Danish ones typed without "ø" ("prove", "son", "modes", "born",
# "mode", "self"): in an English line they stay English, like "it" (see below).
_ENGLISH_KEEP = frozenset({"it", "prove", "proved", "son", "modes", "mode", "born", "self"})


# English "it" is the Jutlandic/chat "ikke" only in a Danish line ("æ ka it", "jeg ved it"); in an English line ("i
# like it when she visits", "it is hard to take the bus") it stays "it", so the line is not read as negated. A line
# is English when its typed words hold more common English than Danish function words (neither list holds words the
# other language also uses: "i", "a", "to", "have", "for", "me").
_ENGLISH = frozenset({
    "the", "is", "you", "and", "my", "of", "when", "that", "this", "what", "like", "want", "wanna", "do", "does",
    "did", "can", "am", "was", "were", "he", "she", "be", "with", "are", "get", "it's", "its", "dont", "don't", "im",
    "i'm", "not", "but", "if", "think", "go", "going", "really", "feel", "so", "would", "will", "i'll", "i'd", "just",
    "very", "much", "sucks", "hate", "love", "need", "make", "work", "home", "help", "myself", "because", "there",
    "they", "we", "our", "your", "his", "her", "him", "them", "at", "on", "why", "how", "who", "can't", "cant",
    "won't", "didn't", "didnt", "doesn't", "doesnt", "isn't", "isnt", "has", "had", "been", "about", "all", "good",
    "bad", "hard", "easy", "fun", "nice", "try", "ready", "today", "now", "yesterday", "tomorrow", "never", "always",
})
_DANISH = frozenset({
    "jeg", "det", "er", "ikke", "ik", "ikk", "og", "at", "på", "pa", "til", "har", "med", "kan", "ka", "vil", "skal",
    "ska", "så", "sa", "men", "hun", "han", "mig", "der", "den", "en", "et", "af", "gerne", "godt", "meget", "lidt",
    "æ", "mæ", "ett", "hvad", "vi", "min", "mit", "sig", "være", "også", "om", "var", "jo", "sgu", "bare", "gider",
    "ved", "vd", "nok", "aldrig", "altid", "mere", "hvis", "når", "fordi", "hjemme", "selv", "ud", "op", "ned",
})


def english_line(raw: list[str]) -> bool:
    """More common English than Danish function words among the typed words (see _ENGLISH)."""
    en = sum(w in _ENGLISH for w in raw)
    return en > 0 and en > sum(w in _DANISH for w in raw)


def in_context(tokens: list[str], typed: list[str]) -> list[str]:
    """Normalised tokens with the context-bound spoken forms resolved (see above); `typed` are the words as typed,
    one per token (a capital inside the text marks a name)."""
    raw = [w.lower() for w in typed]
    out = list(tokens)
    if not _ENGLISH_KEEP.isdisjoint(raw) and english_line(raw):
        out = [r if r in _ENGLISH_KEEP else t for t, r in zip(out, raw)]
    for i, r in enumerate(raw):
        prev = out[i - 1] if i else ""
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        if r in _ME_RAW and prev in _STOP_START:
            out[i] = "med"  # "stoppet mæ å drik", "holdt op mæ"
        elif r in _AT_RAW and (prev in ("med", "om", "til", "for", "af", "ved", "lyst", "lide", "nødt", "klar", "svært",
                                        "begyndt", "startet", "prøve", "prøvet", "lært", "godt", "glad", "træt")
                               or nxt in APOCOPE) and nxt and nxt not in _NOT_VERB_AFTER_AT:
            out[i] = "at"  # "mæ å ryg", "godt li å teng"
        elif r == "hold" and prev in ("er", "har", "jeg", "han", "hun") and nxt == "op":
            out[i] = "holdt"  # "æ er hold op"
        elif r == "a" and (i == 0 or prev in _CLAUSE_START) and nxt in _A_VERBS:
            out[i] = "jeg"  # Jutlandic "a ka ik", "a vil gern" (English "a" stands before a noun)
        elif r == "taet" and _taget(out, i, nxt):
            out[i] = "taget"  # "jeg har taet bussen" (spoken "taget"); "vi bor taet på", "vi er taet" stay "tæt"
        elif r == "sae" and nxt != "selv" and not _infinitive_before(out, i) and (
                prev in _SAGDE_BEFORE or nxt in _SAGDE_AFTER or (
                i > 0 and raw[i - 1].endswith(("en", "ne")) and prev not in ("mine", "dine", "sine", "igen"))):
            out[i] = "sagde"  # "hun sae at …", "pædagogen sae" (spoken "sagde"); "glæder sae", "skal vænne sae" stay "sig"
        elif r == "vært" and _before_skipping(out, i, _TAET_SKIP) in _PERFECT:
            out[i] = "været"  # Jutlandic "jeg har vært der"; "være vært" is a host
        elif r == "sjæl" and prev not in _SOUL_BEFORE:
            out[i] = "selv"  # Jutlandic "æ ka it sjæl"; "ikke en sjæl" is a soul
        elif r == "tor" and not (i > 0 and typed[i][:1].isupper()) and (
                prev in _SUBJECTS or (i > 0 and prev in _MODALS) or nxt in _VERB_AFTER_TOR):
            out[i] = "tør"  # "jeg tor ikke", "tor du"; the name Tor stays
        elif r in _MELDT_RAW and _before_skipping(out, i, _TAET_SKIP) in _PERFECT | {"er"} and nxt in _ME_RAW | {"mig", "sig"}:
            out[i] = "meldt"  # spoken "æ har mell mæ te svømning" (= "meldt mig til"); "mel" is otherwise flour
        elif r == "te" and prev in _TE_BEFORE:
            out[i] = "til"  # spoken "mell mæ te", "kom te"; "en kop te" stays tea
        elif r in APOCOPE and (prev in _MODALS or (prev in _ADVERBS and i > 1 and out[i - 2] in _MODALS)):
            out[i] = APOCOPE[r]  # "ska stop", "vil gern lær"
    return out


def _before_skipping(out: list[str], i: int, skip: frozenset[str]) -> str:
    """The nearest word before position `i` that is not in `skip` ("" at the start)."""
    j = i - 1
    while j >= 0 and out[j] in skip:
        j -= 1
    return out[j] if j >= 0 else ""


def _taget(out: list[str], i: int, nxt: str) -> bool:
    """ASCII "taet" at `i` read as the participle "taget" (see _TAGET_AUX)."""
    verb = _before_skipping(out, i, _TAET_SKIP)
    if verb in _TAGET_AUX:
        return out[i - 1] not in ("det", "den")  # "vi har det taet" is closeness; the object of "taget" comes after it
    if verb in _TAET_COPULA:
        return nxt in _TAGET_AFTER_COPULA
    return verb == "" and i > 0 and out[i - 1] in _SUBJECTS and nxt not in ("på", "ved", "knyttet", "sammen", "")


def _infinitive_before(out: list[str], i: int) -> bool:
    """The word before `i` is an infinitive after a modal or "at" ("skal vænne sae", "at skynde sae"): "sae" is "sig"."""
    if i < 2 or out[i - 1] in _SAGDE_BEFORE:
        return False
    return _before_skipping(out, i - 1, _ADVERBS) in _MODALS
