from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from eventwire.extract.statement_cues import load_cue_lexicon
from eventwire.extract.statement_train import best_threshold, examples, train_on
from eventwire.model import Document

Parse = Callable[..., Document]
LEXICON = load_cue_lexicon()
TEXT = "Biden said prices will rise. The talks failed on Monday."


@pytest.mark.parametrize(("dense", "width"), [(False, 0), (True, 96)])
def test_examples_label_the_gold_cue_head(parse: Parse, dense: bool, width: int) -> None:
    doc = parse(TEXT)
    assert doc.parsed is not None
    rows = examples(doc.parsed, [(6, 10)], LEXICON, dense=dense)
    positives = [f for f, _, y in rows if y]
    assert len(positives) == 1 and "lemma=say" in positives[0]
    assert len(rows) > 5  # every other content word is a negative
    assert {v.shape for _, v, _ in rows} == {(width,)}


@pytest.mark.parametrize("dense", [False, True])
def test_train_on_separates_a_cue_and_picks_a_threshold(parse: Parse, dense: bool) -> None:
    doc = parse(TEXT)
    assert doc.parsed is not None
    per_doc = [examples(doc.parsed, [(6, 10)], LEXICON, dense=dense) for _ in range(10)]
    model = train_on(per_doc)
    assert ("dense" in model) is dense
    f1, _ = best_threshold(model, per_doc[0])
    assert f1 == 1.0
    if dense:
        assert len(model["dense"]) == 96  # type: ignore[arg-type]
        assert np.isfinite(model["dense"]).all()  # type: ignore[call-overload]
