"""The tagger as a spaCy pipeline component: `nlp.add_pipe("forbered_tagger")` sets `doc._.forbered`.

The dict is `TaggedUtterance.to_dict()` (talk type, subtype, theme, sheet, safety, confidence,
evidence, speaker, clauses). The tagger needs no spaCy annotation, so the component works on
`spacy.blank("da")` as well as after a trained pipeline. The speaker is the component's setting, or per
document `doc.user_data["forbered_speaker"]` ("citizen" / "relative").
"""

# No `from __future__ import annotations` here: spaCy validates the factory's arguments with pydantic, and
# pydantic 1 (the Rasa environment) cannot resolve string annotations such as "Language".
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .tagger import Tagger

EXTENSION = "forbered"
SPEAKER_KEY = "forbered_speaker"

if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)


class ForberedTagger:
    """Tags each doc's text with the Forbered tagger (numpy weights, loaded once)."""

    def __init__(self, name: str, *, model_dir: str = "", speaker: str = "citizen", with_clauses: bool = True,
                 train_if_missing: bool = False) -> None:
        self.name = name
        self.speaker = speaker
        self.with_clauses = with_clauses
        self.tagger = Tagger.load(Path(model_dir) if model_dir else None, train_if_missing=train_if_missing)

    def _speaker(self, doc: Doc) -> str:
        return str(doc.user_data.get(SPEAKER_KEY) or self.speaker)

    def __call__(self, doc: Doc) -> Doc:
        u = self.tagger.tag(doc.text, self._speaker(doc))
        doc._.set(EXTENSION, u.to_dict(with_clauses=self.with_clauses))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._tag_batch(batch)
                batch = []
        yield from self._tag_batch(batch)

    def _tag_batch(self, docs: list[Doc]) -> list[Doc]:
        tagged = self.tagger.tag_many([(d.text, self._speaker(d)) for d in docs])
        for d, u in zip(docs, tagged):
            d._.set(EXTENSION, u.to_dict(with_clauses=self.with_clauses))
        return docs


@Language.factory(
    "forbered_tagger",
    default_config={"model_dir": "", "speaker": "citizen", "with_clauses": True, "train_if_missing": False},
)
def make_forbered_tagger(nlp: Language, name: str, model_dir: str, speaker: str, with_clauses: bool,
                         train_if_missing: bool) -> ForberedTagger:
    """`model_dir` empty means the project's model directory (FORBERED_MODEL_DIR or models/)."""
    return ForberedTagger(name, model_dir=model_dir, speaker=speaker, with_clauses=with_clauses,
                          train_if_missing=train_if_missing)


def tagged(doc: Doc) -> dict[str, Any] | None:
    """The component's result for a doc (None if the component has not run)."""
    return doc._.get(EXTENSION)
