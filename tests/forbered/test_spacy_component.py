"""The tagger as a spaCy component, on spacy.blank("da") and (marked) on the installed pipeline."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from forbered import paths  # noqa: E402
from forbered.spacy_component import SPEAKER_KEY, tagged  # noqa: E402
from forbered.tagger import HEADS, model_path  # noqa: E402


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if all(model_path(h).exists() for h in HEADS):
        return paths.model_dir()
    from forbered.tagger.train import train_and_save

    out = tmp_path_factory.mktemp("tagger_model")
    train_and_save(directory=out)
    return out


@pytest.fixture(scope="module")
def nlp(model_dir: Path):
    nlp = spacy.blank("da")
    nlp.add_pipe("forbered_tagger", config={"model_dir": str(model_dir)})
    return nlp


def test_sets_doc_extension(nlp) -> None:
    doc = nlp("jeg vil gerne have et job")
    assert doc._.forbered["talk_type"] == "change"
    assert doc._.forbered["subtype"] == "desire"
    assert doc._.forbered["theme"] == "beskaeftigelse"
    assert tagged(doc) is doc._.forbered
    assert doc._.forbered["evidence"] in doc.text


def test_pipe_matches_call(nlp) -> None:
    texts = ["ja", "jeg gider ikke flytte", "jeg vil gerne, men jeg tør ikke", "der er brand i køkkenet"]
    piped = [d._.forbered for d in nlp.pipe(texts, batch_size=2)]
    assert piped == [nlp(t)._.forbered for t in texts]
    assert piped[3]["safety"] is True


def test_speaker_from_config_and_per_doc(model_dir: Path) -> None:
    nlp = spacy.blank("da")
    nlp.add_pipe("forbered_tagger", config={"model_dir": str(model_dir), "speaker": "relative", "with_clauses": False})
    doc = nlp("hun vil gerne have en kæreste")
    assert doc._.forbered["speaker"] == "relative" and "clauses" not in doc._.forbered
    doc = nlp.make_doc("jeg vil gerne have en kæreste")
    doc.user_data[SPEAKER_KEY] = "citizen"
    assert nlp.get_pipe("forbered_tagger")(doc)._.forbered["speaker"] == "citizen"


def test_extension_is_registered_once() -> None:
    import importlib

    import forbered.spacy_component as comp

    importlib.reload(comp)  # a second import must not raise on the existing extension
    assert spacy.tokens.Doc.has_extension("forbered")


def test_missing_model_raises_without_training(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        spacy.blank("da").add_pipe("forbered_tagger", config={"model_dir": str(tmp_path)})


@pytest.mark.skipif(importlib.util.find_spec("da_plan_sm") is None, reason="needs the installed da_plan_sm pipeline")
def test_on_the_installed_danish_pipeline(model_dir: Path) -> None:
    nlp = spacy.load("da_plan_sm", exclude=["parser", "ner"])
    nlp.add_pipe("forbered_tagger", config={"model_dir": str(model_dir)})
    doc = nlp("Jeg kunne godt tænke mig at bo i min egen lejlighed.")
    assert doc._.forbered["talk_type"] == "change"
    assert doc._.forbered["theme"] == "samfundsliv"
    assert any(t.lemma_ for t in doc)  # the pipeline's own annotation is still there
