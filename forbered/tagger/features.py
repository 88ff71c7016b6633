"""Features for the linear classifiers: words with negation scope, lemmas, character n-grams, cues.

Negation scope is marked on the token sequence (a negator marks the next words up to a clause
boundary) rather than read off the dependency parse, which the small Danish pipeline gets wrong too
often to trust (see the README's tagger section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from . import rules
from .normalize import clean, in_context, norm_token, stem, words
from .safety_concepts import concept_features

_ABOVE_2500 = re.compile("[\u2501-\U0010ffff]")
SCOPE = 4  # words after a negator that are marked as negated
# Feature groups; switched by cross-validation experiments (train.cross_validate), all on in the model.
GROUPS = {"stems": True, "lexicon": True, "trigrams": True, "chars": True, "concepts": True}


@dataclass
class Analysed:
    """An utterance prepared for feature extraction."""

    text: str
    tokens: list[str]  # normalised word tokens
    spans: list[tuple[int, int]]  # character span of each token in `text`
    lemmas: list[str]
    norm: str  # normalised text, one space between words
    emoji: bool


@lru_cache(maxsize=65536)
def _norm_parts(word: str) -> tuple[str, ...]:
    return tuple(norm_token(word).split())


def analyse(text: str, lemmas: list[str] | None = None) -> Analysed:
    text = clean(text)
    toks: list[str] = []
    spans: list[tuple[int, int]] = []
    typed: list[str] = []
    for w, s, e in words(text):
        parts = _norm_parts(w)
        if len(parts) == 1:
            toks.append(parts[0])
            spans.append((s, e))
            typed.append(w)
        else:
            for part in parts:
                toks.append(part)
                spans.append((s, e))
                typed.append(w)
    toks = in_context(toks, typed)
    emoji = _ABOVE_2500.search(text) is not None  # any(ord(ch) > 0x2500 for ch in text)
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
    if GROUPS["concepts"]:
        feats += concept_features(toks)  # "k=": the safety head's alone (train.HIDDEN)
    return feats


def talk_features(label: str) -> list[str]:
    """The talk head's decision as features for the sheet head (a wish is usually change talk)."""
    return [f"pt={label}", f"pt={label.split(':')[0]}"]


# -- the serving fast path: feature rows straight from the text -------------------------------------
class FeatureIndexer:
    """The rows of `featurize(a, speaker)` in a vocabulary, without building the feature strings.

    `indices(a, speaker)` is exactly `[vocab.get(f, missing) for f in featurize(a, speaker)]`: the same
    features in the same order (so a weighted sum over them rounds the same way), each looked up under
    its prefix ("w=", "c3=", ...) in a table keyed by the rest of the string. The tagger serves with this;
    training and the tests' reference path use `featurize`, and tests/forbered/test_tagger_fast.py checks
    that the two agree."""

    PREFIXES = ("spk", "len", "w", "b", "t", "s", "lex", "lex2", "first", "first2", "l", "c3", "c4", "c5",
                "cue", "cue_neg", "k")

    def __init__(self, vocab: dict[str, int], missing: int) -> None:
        self.missing = missing
        tables: dict[str, dict[str, int]] = {p: {} for p in self.PREFIXES}
        for f, i in vocab.items():
            p, eq, rest = f.partition("=")
            if eq and p in tables:
                tables[p][rest] = i
        self.tables = tables
        self._plain = {f: vocab.get(f, missing) for f in ("empty", "emoji", "qmark")}
        self._tok: dict[str, tuple[int, int, int | None]] = {}
        self._seg: dict[str, tuple[list[int], list[int], list[int]]] = {}
        self._num: Any = None

    CACHE = 50_000  # entries per cache (tokens, segments); a full cache starts over (at most ~10 MB)

    def _token(self, t: str) -> tuple[int, int, int | None]:
        """(row of w=t, row of w=n_t, row of s=stem(t) or None when the token is too short for a stem)."""
        got = self._tok.get(t)
        if got is None:
            w, s, miss = self.tables["w"], self.tables["s"], self.missing
            got = (w.get(t, miss), w.get("n_" + t, miss), s.get(stem(t), miss) if len(t) > 3 else None)
            if len(self._tok) >= self.CACHE:
                self._tok.clear()
            self._tok[t] = got
        return got

    def word_rows(self, t: str) -> tuple[int, int]:
        """The rows of w=t and w=n_t (the zero row when unknown)."""
        r = self._token(t)
        return r[0], r[1]

    def _char_rows(self, norm: str) -> list[int]:
        """Rows of the c3=, c4= and c5= features of `f" {norm} "`, in featurize order (all 3-grams left to
        right, then the 4-grams, then the 5-grams).

        The padded text is cut into segments at its spaces (" word"); the n-grams starting in a segment
        depend only on the segment and the next four characters, so they are looked up once per such
        string and kept (common words followed by common words repeat)."""
        padded = f" {norm} "
        cache = self._seg
        c3: list[int] = []
        c4: list[int] = []
        c5: list[int] = []
        start = 0
        for part in norm.split(" "):
            end = start + 1 + len(part)  # the segment is padded[start:end], " " + part
            key = padded[start:end + 4]
            got = cache.get(key)
            if got is None:
                got = self._segment_rows(key, end - start)
                if len(cache) >= self.CACHE:
                    cache.clear()
                cache[key] = got
            c3 += got[0]
            c4 += got[1]
            c5 += got[2]
            start = end
        # the closing space starts no n-gram of three or more characters
        return c3 + c4 + c5

    BATCH = 8  # from this many texts on, char_rows_batch computes the n-grams with numpy

    def char_rows_batch(self, norms: list[str]) -> list[list[int]]:
        """`[self._char_rows(n) for n in norms]`, for many texts at once with a few numpy calls.

        Each character becomes a digit: its place in the alphabet of the vocabulary's n-grams plus one, or
        0 for a character no n-gram of the vocabulary holds. An n-gram becomes the number its n digits
        spell (plus a range per n), which equals a vocabulary n-gram's number exactly when the strings
        are equal; the numbers are looked up in an open-addressing hash table of the vocabulary's."""
        if len(norms) < self.BATCH or not self._numeric():
            return [self._char_rows(n) for n in norms]
        alphabet, base, table_keys, table_rows, shift = self._num
        padded = [f" {n} " for n in norms]
        cps = np.frombuffer("".join(padded).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        at = np.minimum(np.searchsorted(alphabet, cps), len(alphabet) - 1)
        digit = np.where(alphabet[at] == cps, at + 1, 0)
        k3 = digit[:-2] * base * base + digit[1:-1] * base + digit[2:]
        k4 = k3[:-1] * base + digit[3:]
        k5 = k4[:-1] * base + digit[4:]
        top = base ** 5
        query = np.concatenate((k3 + 2 * top, k4 + top, k5))
        # linear probing, all queries at once; a query stops at its key (found) or an empty slot (absent)
        mask = len(table_keys) - 1
        slot = ((query.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(shift)).astype(np.int64)
        flat = np.full(len(query), self.missing, dtype=np.int64)
        todo = np.arange(len(query))
        while len(todo):
            s = slot[todo]
            k = table_keys[s]
            hit = k == query[todo]
            flat[todo[hit]] = table_rows[s[hit]]
            going = ~hit & (k != -1)
            todo = todo[going]
            slot[todo] = (s[going] + 1) & mask
        # per text: its 3-grams, then its 4-grams, then its 5-grams
        lengths = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        bases = np.array([0, len(k3), len(k3) + len(k4)])
        counts = np.maximum(lengths[:, None] - np.array([2, 3, 4]), 0)  # (texts, n)
        run_len = counts.ravel()
        run_out = np.concatenate(([0], np.cumsum(run_len)[:-1]))
        gather = np.arange(int(run_len.sum())) + np.repeat((starts[:, None] + bases).ravel() - run_out, run_len)
        values = flat[gather].tolist()
        out, pos = [], 0
        for c in counts.sum(axis=1).tolist():
            out.append(values[pos:pos + c])
            pos += c
        return out

    def prepare(self) -> None:
        """Build what `char_rows_batch` needs now (a twentieth of a second) rather than on first use."""
        self._numeric()

    def _numeric(self) -> bool:
        """Build the hash table of the vocabulary's n-gram numbers once; False if they would not fit."""
        if self._num is None:
            grams = {n: self.tables[f"c{n}"] for n in (3, 4, 5)}
            alphabet = sorted({ord(ch) for table in grams.values() for g in table for ch in g})
            base = len(alphabet) + 1
            if not alphabet or 3 * base ** 5 >= 2 ** 62:
                self._num = False
                return False
            place = {cp: i + 1 for i, cp in enumerate(alphabet)}
            top = base ** 5
            entries = [(self._number(g, place, base) + (5 - n) * top, r)
                       for n, table in grams.items() for g, r in table.items() if len(g) == n]
            bits = max(4, (len(entries) * 4).bit_length())  # a table at most a quarter full: short probes
            keys, rows = [-1] * (1 << bits), [0] * (1 << bits)
            mask, shift = (1 << bits) - 1, 64 - bits
            for k, r in entries:
                s = ((k * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF) >> shift
                while keys[s] != -1:
                    s = (s + 1) & mask
                keys[s] = k
                rows[s] = r
            self._num = (np.array(alphabet, dtype=np.int64), base, np.array(keys, dtype=np.int64),
                         np.array(rows, dtype=np.int64), shift)
        return self._num is not False

    @staticmethod
    def _number(gram: str, place: dict[int, int], base: int) -> int:
        k = 0
        for ch in gram:
            k = k * base + place[ord(ch)]
        return k

    def _segment_rows(self, key: str, size: int) -> tuple[list[int], list[int], list[int]]:
        """The rows of the n-grams (n = 3, 4, 5) that start in the first `size` characters of `key` and
        fit in it: the segment's n-grams, as `key` is the segment followed by (up to) four characters."""
        miss, tables = self.missing, self.tables
        rows = []
        for n in (3, 4, 5):
            get = tables[f"c{n}"].get
            rows.append([get(key[o:o + n], miss) for o in range(min(size, len(key) - n + 1))])
        return rows[0], rows[1], rows[2]

    def indices(self, a: Analysed, speaker: str = "citizen", chars: list[int] | None = None) -> list[int]:
        """`chars`: the c3=/c4=/c5= rows of `a.norm` if already known (`char_rows_batch`)."""
        tables, miss = self.tables, self.missing
        toks = a.tokens
        n_tok = len(toks)
        out = [tables["spk"].get(speaker, miss), tables["len"].get(str(min(n_tok, 12) // 3), miss)]
        if not toks:
            out.append(self._plain["empty"])
        if a.emoji:
            out.append(self._plain["emoji"])
        if a.text.rstrip().endswith("?"):
            out.append(self._plain["qmark"])
        rows = [self._token(t) for t in toks]
        neg = negation_marks(toks)
        if any(neg):
            marked = [("n_" + t) if n else t for t, n in zip(toks, neg)]
            out += [r[1] if n else r[0] for r, n in zip(rows, neg)]
        else:
            marked = toks
            out += [r[0] for r in rows]
        b = tables["b"].get
        out += [b(x + "_" + y, miss) for x, y in zip(["<s>", *marked], [*marked, "</s>"])]
        if GROUPS["trigrams"]:
            t3 = tables["t"].get
            out += [t3(x + "_" + y + "_" + z, miss) for x, y, z in zip(marked, marked[1:], marked[2:])]
        if GROUPS["stems"]:
            out += [r[2] for r in rows if r[2] is not None]
        if GROUPS["lexicon"]:
            lex, lex2 = tables["lex"], tables["lex2"]
            for theme, n in rules.lexicon_hits(a.norm).items():
                j = lex.get(theme, miss)
                out += (j, j)
                if n > 1:
                    out.append(lex2.get(theme, miss))
        if toks:
            out.append(tables["first"].get(toks[0], miss))
            out.append(tables["first2"].get("_".join(toks[:2]), miss))
        if a.lemmas:
            lem = tables["l"].get
            out += [lem(x.lower(), miss) for x in a.lemmas]
        if GROUPS["chars"]:
            out += self._char_rows(a.norm) if chars is None else chars
        cue, cue_neg = tables["cue"], tables["cue_neg"]
        for fam, m in rules.hits(a.norm).items():
            out.append(cue.get(fam, miss))
            before = a.norm[: m.start()].split()
            if before and before[-1] in rules.NEGATORS:
                out.append(cue_neg.get(fam, miss))
        if GROUPS["concepts"]:
            k = tables["k"].get
            out += [k(f[2:], miss) for f in concept_features(toks)]
        return out
