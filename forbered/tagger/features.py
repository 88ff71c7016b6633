"""Features for the linear classifiers: words with negation scope, lemmas, character n-grams, cues.

Negation scope is marked on the token sequence (a negator marks the next words up to a clause
boundary) rather than read off the dependency parse, which the small Danish pipeline gets wrong too
often to trust (see the README's tagger section).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import rules
from .normalize import clean, norm_token, stem, words

SCOPE = 4  # words after a negator that are marked as negated
# Feature groups; switched by cross-validation experiments (train.cross_validate), all on in the model.
GROUPS = {"stems": True, "lexicon": True, "trigrams": True, "chars": True}


@dataclass
class Analysed:
    """An utterance prepared for feature extraction."""

    text: str
    tokens: list[str]  # normalised word tokens
    spans: list[tuple[int, int]]  # character span of each token in `text`
    lemmas: list[str]
    norm: str  # normalised text, one space between words
    emoji: bool


def analyse(text: str, lemmas: list[str] | None = None) -> Analysed:
    text = clean(text)
    toks: list[str] = []
    spans: list[tuple[int, int]] = []
    for w, s, e in words(text):
        for part in norm_token(w).split():
            toks.append(part)
            spans.append((s, e))
    emoji = any(ord(ch) > 0x2500 for ch in text)
    return Analysed(text, toks, spans, lemmas or [], " ".join(toks), emoji)


def negation_marks(tokens: list[str]) -> list[bool]:
    marks = [False] * len(tokens)
    left = 0
    for i, t in enumerate(tokens):
        if t in rules.NEGATORS:
            left = SCOPE
            continue
        if t in rules.SCOPE_BREAKERS:
            left = 0
        if left > 0:
            marks[i] = True
            left -= 1
    return marks


def featurize(a: Analysed, speaker: str = "citizen", *, with_cues: bool = True) -> list[str]:
    toks = a.tokens
    neg = negation_marks(toks)
    feats: list[str] = [f"spk={speaker}", f"len={min(len(toks), 12) // 3}"]
    if not toks:
        feats.append("empty")
    if a.emoji:
        feats.append("emoji")
    if a.text.rstrip().endswith("?"):
        feats.append("qmark")
    marked = [("n_" + t) if n else t for t, n in zip(toks, neg)]
    feats += [f"w={t}" for t in marked]
    feats += [f"b={x}_{y}" for x, y in zip(["<s>"] + marked, marked + ["</s>"])]
    if GROUPS["trigrams"]:
        feats += [f"t={x}_{y}_{z}" for x, y, z in zip(marked, marked[1:], marked[2:])]
    if GROUPS["stems"]:
        feats += [f"s={stem(t)}" for t in toks if len(t) > 3]
    if GROUPS["lexicon"]:
        for theme, n in rules.lexicon_hits(a.norm).items():
            # twice: under the strong regularisation chosen by CV a lexicon hit should outweigh one word
            feats += [f"lex={theme}", f"lex={theme}"]
            if n > 1:
                feats.append(f"lex2={theme}")
    if toks:
        feats.append(f"first={toks[0]}")
        feats.append(f"first2={'_'.join(toks[:2])}")
    feats += [f"l={lem.lower()}" for lem in a.lemmas]
    padded = f" {a.norm} "
    for n in ((3, 4, 5) if GROUPS["chars"] else ()):
        feats += [f"c{n}={padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    if with_cues:
        for fam, m in rules.hits(a.norm).items():
            feats.append(f"cue={fam}")
            # a cue inside a negated region means something else ("ikke klar", "gider ikke blive ved")
            before = a.norm[: m.start()].split()
            if before and before[-1] in rules.NEGATORS:
                feats.append(f"cue_neg={fam}")
    return feats


def talk_features(label: str) -> list[str]:
    """The talk head's decision as features for the sheet head (a wish is usually change talk)."""
    return [f"pt={label}", f"pt={label.split(':')[0]}"]
