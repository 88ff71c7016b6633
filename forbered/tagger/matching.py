"""Many regular expressions over one short text, fast: each pattern runs only when a literal it
cannot match without is in the text.

One alternation of ~200 safety patterns cost ~0.6 ms a text (the regex engine tries every branch at
every position); gated, the same answer costs a few substring tests and the handful of patterns
whose words are present. The gates are read off the parsed pattern, so they can never drop a match.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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


PREFIX = 3  # characters of a gate string used to look it up while scanning a text


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
        # Gate strings by their first PREFIX characters: a text is scanned once, position by position,
        # instead of testing every gate string with `in` (hundreds of substring searches per text).
        self._short = tuple(g for g in index if len(g) < PREFIX)
        self._by_prefix: dict[str, tuple[str, ...]] = {}
        for g in index:
            if len(g) >= PREFIX:
                self._by_prefix[g[:PREFIX]] = (*self._by_prefix.get(g[:PREFIX], ()), g)

        self._prefixes = frozenset(self._by_prefix)

    def present_gates(self, text: str) -> set[str]:
        """The gate strings that occur in `text` (the same set as testing each with `in`)."""
        found = {g for g in self._short if g in text}
        # the text's own PREFIX-grams meet the gates' prefixes in one set intersection; only the few gates
        # behind a shared prefix are then tested with `in`
        grams = {text[i:i + PREFIX] for i in range(len(text) - PREFIX + 1)}
        by_prefix = self._by_prefix
        for p in grams & self._prefixes:
            found.update(g for g in by_prefix[p] if g in text)
        return found

    def candidates(self, text: str) -> list[int]:
        todo = set(self.always)
        for g in self.present_gates(text):
            todo.update(self.index[g])
        return sorted(todo)

    def first(self, text: str) -> re.Match[str] | None:
        """The first pattern (in list order) that matches."""
        for i in self.candidates(text):
            m = self.patterns[i].search(text)
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
