"""The tagger's fast serving path gives exactly what the plain path gives.

The fast path (the default) looks features up without building their strings (features.FeatureIndexer),
scores a whole batch with one set of numpy calls (Tagger._decisions), masks safety idioms by running only
the idioms whose words occur (GatedPatterns.sub_all) and skips patterns with a required literal missing
(GatedPatterns.candidates). Each is checked here against the plain computation on varied text: odd
Unicode, empty, very long, emojis, negations, chat spellings, English, and text generated from the
patterns themselves.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from forbered import paths
from forbered.tagger import Tagger, rules
from forbered.tagger.features import Analysed, FeatureIndexer, analyse, featurize
from forbered.tagger.matching import GatedPatterns

try:
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

ODD = [
    "", " ", "   \t\n ", "?", "?!", "...", "123", "12 34 5", "www.borger.dk", "a", "ab", "abc", "a b", "a  b",
    "jeg vil gerne have et job", "ja", "nej tak", "ved ikke", "JEG GIDER IKKE", "æ ka ett", "jeg gider ik",
    "gerneeeee", "sååå glad", "jaaa", "ik'ke", "Ik’ke", "jeg\u200b vil\u00a0gerne", "\ufeffhej\u2060der\u202e",
    "e\u0301e\u0301 cafe\u0301 Å Å", "ǅ ß ŉ ﬁ İ", "\x00jeg\x00 vil", "𝓳𝓮𝓰 𝓿𝓲𝓵", "日本語 テキスト", "Ελληνικά λόγια",
    "🙂🙂", "jeg har det fint som det er 😊", "😀😃😄 jeg vil gerne 👍🏽", "♥", "\u2500", "\u2501", "✓ ok",
    "\ud83d lone surrogate", "jeg vil ikke", "jeg vil ikke på arbejde", "det gider jeg ikke",
    "jeg kan ikke overskue det, men jeg vil gerne prøve. Det bliver svært!",
    "jeg har aldrig haft lyst til at gå i skole og ingen vil hjælpe mig",
    "hverken mad eller søvn, næppe noget intet ingenting",
    "jeg vil ikke leve mere", "jeg keder mig ihjel", "det slår mig at han er sød", "jeg skærer i mig selv",
    "min kæreste slaar mig naar han er fuld", "jeg doer af grin", "I want to die", "my dad beat me at chess",
    "hun vil gerne flytte, men hun tør ikke; hendes mor siger nej. Hvad gør vi?",
    "Før min ulykke cyklede jeg hver dag. Nu går jeg med rollator, men jeg vil gerne ud i skoven igen, "
    "og min datter har sagt at hun vil hjælpe, så det tror jeg godt vi kan finde ud af.",
    "jeg vil gerne " * 400,  # long: more than a thousand characters
    "ikke " * 50 + "gerne",
    " ".join(f"ord{i}" for i in range(700)),
    "x" * 5000,
]


@pytest.fixture(scope="module")
def plain(tagger: Tagger) -> Tagger:
    return Tagger(tagger.models, tagger.nlp, fast=False)


def corpus_texts(n: int = 400) -> list[str]:
    path = paths.data_dir() / "tagger" / "train.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [r["text"] for r in random.Random(3).sample(rows, min(n, len(rows)))]


def _generate(seq, rnd: random.Random) -> str:
    """A random string the parsed pattern could match (roughly: lookarounds and anchors are ignored)."""
    out = []
    for op, av in seq:
        if op is _C.LITERAL:
            out.append(chr(av))
        elif op is _C.NOT_LITERAL:
            out.append("x" if av != ord("x") else "y")
        elif op is _C.ANY:
            out.append(rnd.choice("abe ø"))
        elif op is _C.IN:
            choices = []
            for o, a in av:
                if o is _C.LITERAL:
                    choices.append(chr(a))
                elif o is _C.RANGE:
                    choices.append(chr(rnd.randint(a[0], min(a[1], a[0] + 30))))
                elif o is _C.CATEGORY:
                    choices.append({_C.CATEGORY_WORD: "e", _C.CATEGORY_NOT_WORD: " ", _C.CATEGORY_SPACE: " ",
                                    _C.CATEGORY_NOT_SPACE: "k", _C.CATEGORY_DIGIT: "4"}.get(a, "a"))
            if any(o is _C.NEGATE for o, _ in av):
                choices = ["q"]
            out.append(rnd.choice(choices or ["a"]))
        elif op is _C.BRANCH:
            out.append(_generate(rnd.choice(av[1]), rnd))
        elif op is _C.SUBPATTERN:
            out.append(_generate(av[-1], rnd))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            out.append("".join(_generate(av[2], rnd) for _ in range(rnd.randint(av[0], min(av[1], av[0] + 2)))))
    return "".join(out)


def generated_texts(patterns: list[str], n: int, seed: int = 11) -> list[str]:
    """Texts made of several pattern matches and ordinary words, so matches touch and overlap."""
    rnd = random.Random(seed)
    parsed = [_P.parse(p) for p in patterns]
    filler = ["jeg", "ikke", "og", "men", "mig", "det", "er", "så", "selv", "af", "med", "at", "ihjel"]
    out = []
    for _ in range(n):
        parts = [_generate(rnd.choice(parsed), rnd) if rnd.random() < 0.6 else rnd.choice(filler)
                 for _ in range(rnd.randint(1, 6))]
        out.append(" ".join(parts))
    return out


# -- features ----------------------------------------------------------------------------------------
def _reference_rows(vocab: dict[str, int], missing: int, a: Analysed, speaker: str) -> list[int]:
    return [vocab.get(f, missing) for f in featurize(a, speaker)]


@pytest.mark.parametrize("speaker", ["citizen", "relative", "odd=speaker"])
def test_indexer_equals_featurize_with_the_model_vocabulary(tagger: Tagger, speaker: str) -> None:
    ix = tagger._indexer
    for text in ODD + corpus_texts(300):
        a = analyse(text)
        assert ix.indices(a, speaker) == _reference_rows(tagger._vocab, tagger._zero, a, speaker), text
        assert ix.indices(a, speaker) == _reference_rows(tagger._vocab, tagger._zero, a, speaker), text  # cached


def test_indexer_equals_featurize_with_a_small_vocabulary() -> None:
    """Most features unknown (the zero row), some known: every kind of feature, in featurize order."""
    seen = [f for t in ODD[:40] for f in featurize(analyse(t), "citizen")]
    vocab = {f: i for i, f in enumerate(dict.fromkeys(seen[::3]))}
    ix = FeatureIndexer(vocab, len(vocab))
    for text in ODD + corpus_texts(100):
        a = analyse(text)
        for speaker in ("citizen", "relative"):
            assert ix.indices(a, speaker) == _reference_rows(vocab, len(vocab), a, speaker), text


def test_indexer_handles_hand_made_analyses_and_lemmas(tagger: Tagger) -> None:
    """Double spaces in `norm`, lemmas, and caches that fill up and start over."""
    ix = FeatureIndexer(tagger._vocab, tagger._zero)
    ix.CACHE = 7
    cases = [
        Analysed("a  b", ["a", "b"], [(0, 1), (3, 4)], [], "a  b", False),
        Analysed(" x ", ["x"], [(1, 2)], ["X", "Ord"], "  x  ", False),
        Analysed("jeg vil gerne", ["jeg", "vil", "gerne"], [(0, 3), (4, 7), (8, 13)], ["jeg", "ville", "Gerne"],
                 "jeg vil gerne", True),
    ] + [analyse(t, ["lemma", "Ord"]) for t in ODD]
    for _ in range(3):
        for a in cases:
            assert ix.indices(a, "citizen") == _reference_rows(tagger._vocab, tagger._zero, a, "citizen"), a.norm


def test_batched_character_ngrams_equal_the_per_text_ones(tagger: Tagger) -> None:
    """char_rows_batch (numbers for n-grams, a numpy hash table) gives each text's c3/c4/c5 rows exactly,
    for batches of every size, characters outside the vocabulary's alphabet included."""
    texts = ODD + [t.lower() for t in corpus_texts(200)]
    norms = [analyse(t).norm for t in texts] + ["", " ", "  a  ", "q" * 3000, "\ud83d\udc4d", "ab\x00cd", "æøå ÆØÅ"]
    small_vocab = {f: i for i, f in enumerate(dict.fromkeys(
        f for n in norms[:20] for f in featurize(analyse(n), "citizen") if f.startswith(("c3=", "c4=", "c5="))))}
    for vocab, missing in ((tagger._vocab, tagger._zero), (small_vocab, len(small_vocab))):
        ix = FeatureIndexer(vocab, missing)
        want = [ix._char_rows(n) for n in norms]
        for size in (1, 8, 9, 64, len(norms)):
            got = [r for i in range(0, len(norms), size) for r in ix.char_rows_batch(norms[i:i + size])]
            assert got == want, size
        assert ix._num  # the numpy path did run


def test_emoji_flag_is_any_character_above_u2500() -> None:
    for text in ODD:
        assert analyse(text).emoji == any(ord(ch) > 0x2500 for ch in analyse(text).text), text


# -- the whole tagger ---------------------------------------------------------------------------------
def _dump(us) -> list[str]:
    return [json.dumps({**u.to_dict(), "scores": u.scores, "first_pos": u.first_pos}, ensure_ascii=False) for u in us]


def test_fast_tagger_equals_plain_tagger_bit_for_bit(tagger: Tagger, plain: Tagger) -> None:
    assert tagger.fast and not plain.fast
    texts = ODD + corpus_texts(400)
    items = [(t, "relative" if i % 5 == 0 else "citizen") for i, t in enumerate(texts)]
    fast_out = []
    for i in range(0, len(items), 64):
        fast_out += tagger.tag_many(items[i:i + 64])
    assert _dump(fast_out) == _dump(plain.tag_many(items))
    # one at a time (a batch of one) and the full float confidences of the clauses
    for (text, speaker), u in zip(items[:80], fast_out):
        assert _dump([tagger.tag(text, speaker)]) == _dump([u])
    assert any(u.clauses for u in fast_out)


def test_plain_path_can_be_chosen_by_environment(monkeypatch: pytest.MonkeyPatch, tagger: Tagger) -> None:
    monkeypatch.setenv("FORBERED_TAGGER_PLAIN", "1")
    assert not Tagger(tagger.models).fast
    monkeypatch.setenv("FORBERED_TAGGER_PLAIN", "0")
    assert Tagger(tagger.models).fast


# -- rule matching -------------------------------------------------------------------------------------
def test_safety_idiom_masking_equals_the_alternation() -> None:
    from forbered.tagger import safety_rules

    exceptions = safety_rules.safety_exceptions()
    alternation = re.compile("|".join(f"(?:{rules.fold(p)})" for p in exceptions))
    gated = GatedPatterns([("exception", p) for p in exceptions], rules.fold)

    def underscores(m: re.Match[str]) -> str:
        return re.sub(r"\S", "_", m.group())

    texts = [rules.fold(analyse(t).norm) for t in ODD + corpus_texts(300)]
    texts += generated_texts([rules.fold(p) for p in exceptions], 3000)
    masked = 0
    for text in texts:
        want = alternation.sub(underscores, text)
        assert gated.sub_all(text, underscores) == want, text
        masked += want != text
    assert masked > 1000  # the generated texts do exercise overlapping and adjacent idioms


def test_gated_first_and_leftmost_equal_running_every_pattern() -> None:
    safety = GatedPatterns([("s", p) for p in rules.safety_patterns()], rules.fold)
    cues = rules._gated()
    texts = [analyse(t).norm for t in ODD + corpus_texts(300)]
    texts += generated_texts(rules.safety_patterns(), 1500, seed=5)
    texts += generated_texts([p.pattern for p in cues.patterns], 1500, seed=6)
    for text in texts:
        folded = rules.fold(text)
        want = next((m for m in (p.search(folded) for p in safety.patterns) if m), None)
        got = safety.first(folded)
        assert (got and (got.re.pattern, got.span())) == (want and (want.re.pattern, want.span())), folded
        expected: dict[str, re.Match[str]] = {}
        for label, p in zip(cues.labels, cues.patterns):
            m = p.search(text)
            if m and (label not in expected or m.start() < expected[label].start()):
                expected[label] = m
        got_cues = cues.leftmost_by_label(text)
        assert {k: (m.re.pattern, m.span()) for k, m in got_cues.items()} == \
               {k: (m.re.pattern, m.span()) for k, m in expected.items()}, text


def test_candidates_are_the_gated_patterns_less_those_missing_a_literal() -> None:
    gated = GatedPatterns([("s", p) for p in rules.safety_patterns()], rules.fold)
    for text in [rules.fold(analyse(t).norm) for t in ODD] + generated_texts(rules.safety_patterns(), 500):
        by_gate = sorted({i for g in gated.present_gates(text) for i in gated.index[g]} | set(gated.always))
        got = gated.candidates(text)
        assert set(got) <= set(by_gate) and got == sorted(got)
        assert all(gated.patterns[i].search(text) is None for i in set(by_gate) - set(got)), text


def test_tag_cli_uses_the_fast_path_and_streams(tmp_path: Path) -> None:
    """Smoke test of the streaming command on odd input (the output equality is checked above)."""
    import subprocess
    import sys

    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(ODD[:30]))
    r = subprocess.run([sys.executable, "-m", "forbered.cli", "tag"], input=lines, capture_output=True, text=True,
                       timeout=120, check=True)
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["id"] for o in out] == list(range(30))


def test_safety_hit_equals_masking_then_running_every_pattern() -> None:
    """safety_hit skips the idiom masking when no safety pattern's literals occur, and runs only the
    gated idioms and patterns: the same hit as masking with the whole alternation and trying them all."""
    from forbered.tagger import safety_rules

    alternation = re.compile("|".join(f"(?:{rules.fold(p)})" for p in safety_rules.safety_exceptions()))
    patterns = [re.compile(rules.fold(p)) for p in safety_rules.safety_patterns()]

    def mask(text: str) -> str:
        return alternation.sub(lambda m: re.sub(r"\S", "_", m.group()), rules.fold(text))

    def masked_reading(reading: str, norm: str) -> str:
        masked = mask(reading)
        if len(reading) == len(norm):  # a reading with two words swapped keeps the masks of the text as written
            masked = "".join("_" if o == "_" and f != "_" else c for c, o, f in zip(masked, mask(norm), rules.fold(norm)))
        return masked

    guards = [safety_rules._leading_guards(p.pattern) for p in patterns]

    def first(text: str, whole: str | None = None) -> re.Match[str] | None:
        # a pattern's opening whole-text guard ("^(?!.*\\bfilmen\\b)") is also read on the unmasked text (`whole`)
        return next((m for m, g in ((p.search(text), g) for p, g in zip(patterns, guards))
                     if m and (whole is None or g is None or g.match(whole))), None)

    def reference(norm: str) -> re.Match[str] | None:
        # chat spellings written out ("mer" -> "mere"); the text as written first, then its readings: chat and
        # spoken verb forms as written ("gi'r" -> "giver") and verb-second order put back ("hver aften tænker jeg"
        # -> "hver aften jeg tænker"); then each of them without fillers ("han slår også mig"), masked again;
        # last, the text without the clauses a guard word covers
        norm = safety_rules.chat_spellings(norm)
        readings = [masked_reading(r, norm) for r in [norm, *safety_rules.standard_readings(norm)]]
        # (the readings are folded already: masked again without folding twice, "gaet" stays "gaet")
        bare = [alternation.sub(lambda m: re.sub(r"\S", "_", m.group()), safety_rules.filler_reading(r))
                for r in readings if safety_rules.filler_reading(r) != r]
        whole = rules.fold(norm)
        hit = next((m for m in (first(r, whole) for r in readings + bare) if m), None)
        if hit is None:
            rest = safety_rules.without_guard_clauses(readings[0])
            hit = first(rest) if rest is not None else None
        return hit

    mixed = safety_rules.safety_patterns() + safety_rules.safety_exceptions()
    texts = [analyse(t).norm for t in ODD + corpus_texts(300)] + generated_texts(mixed, 3000, seed=9)
    hits = 0
    for norm in texts:
        want, got = reference(norm), rules.safety_hit(norm)
        assert (got and (got.string, got.span(), got.re.pattern)) == \
               (want and (want.string, want.span(), want.re.pattern)), norm
        hits += want is not None
    assert hits > 500


def test_gate_keys_found_word_by_word_are_the_texts_own() -> None:
    """GatedPatterns._keys_in (per word, cached) equals intersecting all the text's 3-grams with the keys."""
    from forbered.tagger.matching import _grams

    gated = GatedPatterns([("s", p) for p in rules.safety_patterns()], rules.fold)
    texts = [rules.fold(analyse(t).norm) for t in ODD + corpus_texts(200)]
    texts += generated_texts(rules.safety_patterns(), 500) + [" ab", "ab ", " ", "", "a", "a  b", "  ", "x y z"]
    for _ in range(2):  # the second time from the cache
        for text in texts:
            assert gated._keys_in(text) == _grams(text) & gated._prefixes, text
