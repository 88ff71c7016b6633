"""The safety head's concept features (forbered/tagger/safety_concepts.py): words abstracted into classes and
their combinations, seen by the safety head alone."""

from __future__ import annotations

import pytest

from forbered.tagger import HEADS, Tagger, model_path
from forbered.tagger import features as F
from forbered.tagger.features import FeatureIndexer, analyse, featurize
from forbered.tagger.safety_concepts import concept_features, fold, token_concepts
from forbered.tagger.train import head_features


def concepts(text: str) -> set[str]:
    return set(concept_features(analyse(text).tokens))


@pytest.mark.parametrize(("word", "concept"), [
    ("dræbe", "DEATH"), ("draebe", "DEATH"), ("selvmordstanker", "DEATH"), ("slog", "HARM"), ("slå", "HARM"),
    ("sparkede", "HARM"), ("kvalte", "HARM"), ("pædagogen", "AGENT"), ("personalet", "AGENT"), ("piller", "MEANS"),
    ("halsen", "BODY"), ("skak", "GAME"), ("løget", "COOKING"), ("haha", "LAUGH"), ("pensionen", "MONEY"),
])
def test_token_concepts(word: str, concept: str) -> None:
    assert concept in token_concepts(word)


def test_fold_forgives_missing_letters_and_doubles() -> None:
    assert fold("dræbe") == fold("draebe") == fold("drabe") == fold("dræbbe")
    assert "DEATH" not in token_concepts("do")  # short folded keys stay exact: "på do" is the toilet


def test_pairs_and_the_harm_triple() -> None:
    got = concepts("han slå mig når han er fuld")  # learner grammar reaches the same classes
    assert {"k=AGENT", "k=HARM", "k=OBJ", "k=HARM>OBJ", "k=AGENT>HARM>OBJ", "k=AGENT+HARM"} <= got
    assert "k=AGENT>HARM>OBJ" in concepts("pædagogen hev ham hårdt i armen")
    assert "k=DEATH+NEGLIFE" in concepts("jeg vil ikk leve mer")
    assert "k=HARM>OBJ" not in concepts("jeg slår græsset i haven hver lørdag")
    # the context of a look-alike pairs with the harm word; alone it is no feature
    assert "k=GAME+HARM" in concepts("han slår mig altid i skak")
    assert "k=GAME" not in concepts("vi spiller skak om tirsdagen")
    # far apart, no pair
    assert "k=DEATH+MEANS" not in concepts("livet " + "og så " * 5 + "piller")


def test_concept_features_are_deterministic_and_empty_without_concepts() -> None:
    assert concept_features([]) == []
    assert concept_features(["blå", "cykel"]) == concept_features(["blå", "cykel"])
    text = "min kæreste tog mig om struben og jeg er bange for at sige det"
    assert concept_features(analyse(text).tokens) == sorted(set(concept_features(analyse(text).tokens)))


def test_only_the_safety_head_sees_them() -> None:
    feats = [featurize(analyse("han slog mig med en kniv"))]
    assert any(f.startswith("k=") for f in head_features("safety", feats)[0])
    for head in ("talk", "theme", "sheet"):
        assert not any(f.startswith("k=") for f in head_features(head, feats)[0])


TEXTS = ["", "ja", "han slå mig", "jeg vil ikk leve mer", "min mand kvalte mig i nat og nu er jeg bange",
         "han slår mig i skak haha", "jeg skar mig på løget", "det lugter af gas og mor svarer ikke",
         "min søn tager min pension", "jeg må ikke sige det ellers får jeg bank", "æ ka ett mer 😢"]


def test_fast_path_equals_featurize_on_concepts() -> None:
    seen = [f for t in TEXTS for f in featurize(analyse(t), "citizen")]
    vocab = {f: i for i, f in enumerate(dict.fromkeys(seen)) if i % 2 == 0}
    ix = FeatureIndexer(vocab, len(vocab))
    for t in TEXTS:
        a = analyse(t)
        assert ix.indices(a, "citizen") == [vocab.get(f, len(vocab)) for f in featurize(a, "citizen")]


def test_switching_the_group_off_removes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(F.GROUPS, "concepts", False)
    assert not any(f.startswith("k=") for f in featurize(analyse("han slog mig")))


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    if not all(model_path(h).exists() for h in HEADS):
        pytest.skip("no trained tagger")
    t = Tagger.load()
    if not any(f.startswith("k=") for f in t.models["safety"].vocab):
        pytest.skip("the trained safety head predates the concept features")
    return t


def test_trained_safety_head_weighs_concepts(tagger: Tagger) -> None:
    m = tagger.models["safety"]
    k = m.classes.index("true")

    def weight(f: str) -> float:
        return float(m.weights[m.vocab[f], k] - m.weights[m.vocab[f], 1 - k])

    assert weight("k=DEATH") > 0 and weight("k=HARM>OBJ") > 0
    assert weight("k=GAME+HARM") < 0


# new wording, not in the corpus: the concept classes carry the classifier's probability up
FRESH = [
    ("hun truer mig og tæsker mig når ingen ser det", True),
    ("min kæreste kvalte mig næsten i nat", True),
    ("pædagogen hiver min søn hårdt i armen så han får blå mærker", True),
]


@pytest.mark.parametrize(("text", "gold"), FRESH)
def test_fresh_disclosures_score_higher_than_their_look_alikes(tagger: Tagger, text: str, gold: bool) -> None:
    p = tagger.tag(text).scores["safety"]
    assert p > tagger.tag("min bror slog mig i skak i går haha").scores["safety"]
    assert p > tagger.tag("vi skal slå græsset i haven på lørdag").scores["safety"]
    assert p > 0.5


def test_fast_equals_plain_with_the_trained_model(tagger: Tagger) -> None:
    plain = Tagger(tagger.models, fast=False)
    for t in TEXTS:
        assert tagger.tag(t).scores == plain.tag(t).scores
