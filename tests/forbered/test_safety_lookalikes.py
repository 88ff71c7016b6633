"""Look-alikes train the safety head only: they have no talk, theme or sheet labels to teach."""

import numpy as np

from forbered import paths
from forbered.tagger.train import load_corpus, load_lookalikes, train


def _small_corpus(n: int = 400) -> list[dict]:
    records = load_corpus(paths.data_dir() / "tagger" / "train.jsonl")
    step = max(1, len(records) // n)
    return records[::step]


def test_lookalikes_are_harmless_lines_with_no_other_labels():
    rows = load_lookalikes()
    assert len(rows) >= 100
    assert all(r["safety"] is False and r["talk_type"] == "neutral" and r["sheet"] is None for r in rows)


def test_lookalikes_change_the_safety_head_and_no_other():
    records, extra = _small_corpus(), load_lookalikes()[:60]
    plain = train(records, choose_threshold=False)
    with_extra = train(records, choose_threshold=False, lookalikes=extra)
    for head in ("talk", "theme", "sheet"):
        assert plain[head].vocab == with_extra[head].vocab
        assert np.allclose(plain[head].weights, with_extra[head].weights, atol=1e-4)  # liblinear: not bit-exact run to run
    assert plain["safety"].vocab != with_extra["safety"].vocab or not np.allclose(plain["safety"].weights, with_extra["safety"].weights, atol=1e-4)
