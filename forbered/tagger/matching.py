"""Many regular expressions over one short text, fast: each pattern runs only when a literal it
cannot match without is in the text.

One alternation of ~200 safety patterns cost ~0.6 ms a text (the regex engine tries every branch at
every position); gated, the same answer costs a few substring tests and the handful of patterns
whose words are present. The gates are read off the parsed pattern, so they can never drop a match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

try:
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_LITERAL, _SUBPATTERN, _BRANCH = _sre_constants.LITERAL, _sre_constants.SUBPATTERN, _sre_constants.BRANCH
_REPEATS = (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT)


def _selectivity(gate: set[str]) -> int:
    return min(map(len, gate))


def literal_gates(seq) -> list[set[str]]:
    """Sets of strings of which at least one must occur for a parsed pattern to match."""
    gates: list[set[str]] = []
    run = ""
    for op, av in seq:
        if op is _LITERAL:
            run += chr(av)
            continue
        if run:
            gates.append({run})
            run = ""
        if op is _SUBPATTERN:
            gates += literal_gates(av[-1])
        elif op is _BRANCH:
            alts: set[str] = set()
            for branch in av[1]:
                inner = literal_gates(branch)
                if not inner:
                    break
                alts |= max(inner, key=_selectivity)
            else:
                gates.append(alts)
        elif op in _REPEATS and av[0] >= 1:
            gates += literal_gates(av[2])
    if run:
        gates.append({run})
    return gates


def best_gate(pattern: str) -> tuple[str, ...]:
    """The most selective gate of a pattern, or () when it has none worth testing."""
    gates = literal_gates(_sre_parse.parse(pattern))
    if not gates:
        return ()
    best = max(gates, key=_selectivity)
    return tuple(sorted(best)) if _selectivity(best) >= 2 else ()


PREFIX = 3  # length of the gram of a gate string under which it is looked up while scanning a text
_PREFIX_SLICES = tuple(slice(i, i + PREFIX) for i in range(1024))


@lru_cache(maxsize=16)
def _grams(text: str) -> frozenset[str]:
    """The PREFIX-grams of a text (cached for the last few texts)."""
    k = len(text) - PREFIX + 1
    if k <= len(_PREFIX_SLICES):
        return frozenset(map(text.__getitem__, _PREFIX_SLICES[:max(k, 0)]))
    return frozenset(text[i:i + PREFIX] for i in range(k))


class GatedPatterns:
    """Patterns (each with a label) searched in one text, skipping those whose gate is absent."""

    def __init__(self, labelled: list[tuple[str, str]], transform: Callable[[str], str] = lambda p: p) -> None:
        self.labels = [label for label, _ in labelled]
        self.patterns = [re.compile(transform(p)) for _, p in labelled]
        index: dict[str, list[int]] = {}
        self.always: list[int] = []
        for i, p in enumerate(self.patterns):
            gate = best_gate(p.pattern)
            if not gate:
                self.always.append(i)
            for g in gate:
                index.setdefault(g, []).append(i)
        self.index = index
        self.gate_strings = tuple(index)
        # Gate strings by one of their PREFIX-grams: a text is scanned once, position by position, instead
        # of testing every gate string with `in` (hundreds of substring searches per text). A gate can
        # occur only where each of its PREFIX-grams does, so any one of them will do as its key; the one
        # fewest other gates share (preferring grams without a space, common in any text) leaves the
        # fewest gates to test with `in` when the key is found.
        self._short = tuple(g for g in index if len(g) < PREFIX)
        shared: dict[str, int] = {}
        for g in index:
            for gram in {g[i:i + PREFIX] for i in range(len(g) - PREFIX + 1)}:
                shared[gram] = shared.get(gram, 0) + 1
        self._by_prefix: dict[str, tuple[str, ...]] = {}
        for g in index:
            if len(g) >= PREFIX:
                key = min((g[i:i + PREFIX] for i in range(len(g) - PREFIX + 1)),
                          key=lambda gram: (" " in gram, shared[gram], gram))
                self._by_prefix[key] = (*self._by_prefix.get(key, ()), g)

        self._prefixes = frozenset(self._by_prefix)
        # For the scan in `candidates`: per key, the patterns whose gate is the key itself (present
        # whenever the key is) and the longer gates behind it with their patterns; per pattern, its
        # other gates (each a set of strings one of which must occur), tested before the regex runs.
        self._scan: dict[str, tuple[tuple[int, ...], tuple[tuple[str, tuple[int, ...]], ...]]] = {
            p: (tuple(i for g in gs if g == p for i in index[g]), tuple((g, tuple(index[g])) for g in gs if g != p))
            for p, gs in self._by_prefix.items()}
        self._short_ids = tuple((g, tuple(index[g])) for g in self._short)
        self._part_keys: dict[str, frozenset[str]] = {}
        self._other_gates: list[tuple[tuple[str, ...], ...]] = []
        for p in self.patterns:
            gates = literal_gates(_sre_parse.parse(p.pattern))
            best = set(best_gate(p.pattern))
            self._other_gates.append(tuple(tuple(sorted(g)) for g in gates if g != best))
        # With no "_" in any gate, a text with characters blanked out to "_" has no candidate the text
        # itself lacks (safety_rules masks idioms that way before matching).
        self.blanking_safe = not self.always and not any("_" in g for g in index) and \
            not any("_" in g for gates in self._other_gates for gate in gates for g in gate)

    PART_CACHE = 50_000  # words whose keys are kept; a full cache starts over

    def _keys_in(self, text: str) -> set[str] | frozenset[str]:
        """The gate keys that occur in `text` (the same set as `_grams(text) & self._prefixes`).

        Word by word, cached: a PREFIX-gram of a text without double spaces lies in " word " for one of
        its words, or is last letter, space, first letter of two neighbours. The spaces put around the
        first and the last word may add a key the text lacks, so each key found is checked with `in`."""
        if PREFIX != 3 or "  " in text:
            return _grams(text) & self._prefixes
        cache, prefixes = self._part_keys, self._prefixes
        found: set[str] = set()
        parts = text.split(" ")
        for part in parts:
            keys = cache.get(part)
            if keys is None:
                padded = f" {part} "
                keys = frozenset(padded[i:i + 3] for i in range(len(padded) - 2)) & prefixes
                if len(cache) >= self.PART_CACHE:
                    cache.clear()
                cache[part] = keys
            if keys:
                found |= keys
        for x, y in zip(parts, parts[1:]):
            if x and y:
                gram = x[-1] + " " + y[0]
                if gram in prefixes:
                    found.add(gram)
        return {k for k in found if k in text}

    def present_gates(self, text: str) -> set[str]:
        """The gate strings that occur in `text` (the same set as testing each with `in`)."""
        found = {g for g in self._short if g in text}
        # the text's own PREFIX-grams meet the gates' keys in one set intersection; only the few gates
        # behind a key found are then tested with `in`
        by_prefix = self._by_prefix
        for p in self._keys_in(text):
            found.update(g for g in by_prefix[p] if g in text)
        return found

    def candidates(self, text: str) -> list[int]:
        """The patterns whose gate occurs in `text`, in list order (the same as collecting them over
        `present_gates`), less those with another required literal missing."""
        todo = set(self.always)
        scan = self._scan
        for p in self._keys_in(text):
            direct, longer = scan[p]
            todo.update(direct)
            for g, ids in longer:
                if g in text:
                    todo.update(ids)
        for g, ids in self._short_ids:
            if g in text:
                todo.update(ids)
        other = self._other_gates
        out = []
        for i in sorted(todo):
            for gate in other[i]:
                for g in gate:
                    if g in text:
                        break
                else:  # none of this gate's strings occurs: the pattern cannot match
                    break
            else:
                out.append(i)
        return out

    def first(self, text: str, candidates: list[int] | None = None) -> re.Match[str] | None:
        """The first pattern (in list order) that matches; `candidates`: `self.candidates(text)` if known."""
        patterns = self.patterns
        for i in self.candidates(text) if candidates is None else candidates:
            m = patterns[i].search(text)
            if m:
                return m
        return None

    def leftmost_by_label(self, text: str) -> dict[str, re.Match[str]]:
        """For each label, its leftmost match (ties: the earlier pattern), as one alternation gives."""
        out: dict[str, re.Match[str]] = {}
        for i in self.candidates(text):
            m = self.patterns[i].search(text)
            if m:
                label = self.labels[i]
                old = out.get(label)
                if old is None or m.start() < old.start():
                    out[label] = m
        return out

    def sub_all(self, text: str, repl: Callable[[re.Match[str]], str]) -> str:
        """`re.compile("|".join(f"(?:{p})" for p in patterns)).sub(repl, text)`, running only the patterns
        whose literals occur.

        One alternation takes, left to right, the leftmost match of any branch, on a tie the earliest
        branch, and goes on after its end; a pattern whose literal is absent matches nowhere, so leaving it
        out changes nothing. Each remaining pattern's next match is kept while it starts at or after the
        scan position (the leftmost match from there, the same text matched). Patterns are assumed free of
        backreferences and of empty matches (every one has a literal gate or runs as `always`)."""
        todo = self.candidates(text)
        if not todo:
            return text
        pats = [self.patterns[i] for i in todo]
        nxt = [p.search(text) for p in pats]
        out: list[str] = []
        pos = 0
        while True:
            best = None
            for j, m in enumerate(nxt):
                if m is not None and m.start() < pos:
                    m = nxt[j] = pats[j].search(text, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None or best.end() == best.start():
                if best is not None:  # an empty match: leave it to the regex module's own rules
                    return re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns)).sub(repl, text)
                break
            out.append(text[pos:best.start()])
            out.append(repl(best))
            pos = best.end()
        if not out:
            return text
        out.append(text[pos:])
        return "".join(out)

