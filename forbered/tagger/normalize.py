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
    # negation
    "ik": "ikke", "ikk": "ikke", "ikek": "ikke", "ikk'": "ikke", "ik'": "ikke", "ike": "ikke",
    "ett": "ikke", "it": "ikke", "int": "ikke", "inte": "ikke",
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
    "selv": "selv", "self": "selv", "alen": "alene", "aln": "alene",
}

# A list item's marker ("1.", "2)", "-", "•") and a message that starts as a list ("1. svømning 2. min hund",
# "- tegne - strikke"): the tagger's clauses and the dialogue's points are cut before each marker.
LIST_MARKER = r"(?:\d{1,2}[.)]|[-•*])"
LIST_START = re.compile(r"^\s*(?:1[.)]|[-•*])\s")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+", re.UNICODE)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\x00]")
_REPEATS = re.compile(r"([^\W\d_])\1{2,}", re.UNICODE)


def clean(text: str) -> str:
    """Unicode NFC, invisible/bidi characters and NUL removed, whitespace folded."""
    text = unicodedata.normalize("NFC", text or "")
    text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def norm_token(token: str) -> str:
    t = token.lower().replace("’", "'")
    if _REPEATS.search(t):  # elongation: "gerneeee" -> "gerne", "sååå" -> "så" ("jaaa" -> "jaa" -> "ja")
        single, double = _REPEATS.sub(r"\1", t), _REPEATS.sub(r"\1\1", t)
        t = double if double in SPELLING and single not in SPELLING else single
    if t in SPELLING:
        return SPELLING[t]
    stripped = t.rstrip("'")
    return SPELLING.get(stripped, stripped)


def words(text: str) -> list[tuple[str, int, int]]:
    """Word tokens with character offsets (emojis and punctuation are not words)."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def normalised_words(text: str) -> list[str]:
    out: list[str] = []
    for w, _, _ in words(text):
        out.extend(norm_token(w).split())
    return out


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
