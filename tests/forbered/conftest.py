"""Fixtures shared by the core tests."""

from __future__ import annotations

import pytest

from forbered import paths
from forbered.oars import Coder
from forbered.tagger import HEADS, Tagger, model_path


@pytest.fixture(scope="session")
def tagger(tmp_path_factory: pytest.TempPathFactory) -> Tagger:
    """The project's trained tagger if present, else one trained once into a temporary directory."""
    directory = paths.model_dir()
    if not all(model_path(h).exists() for h in HEADS):
        from forbered.tagger.train import train_and_save

        directory = tmp_path_factory.mktemp("tagger_model")
        train_and_save(directory=directory)
    return Tagger.load(directory, train_if_missing=False)


@pytest.fixture(scope="session")
def coder() -> Coder:
    """The trained coder (trainer mode)."""
    return Coder.load()
