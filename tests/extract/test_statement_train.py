from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from eventwire.extract.statement_cues import (
    CueModel,
    cue_features,
    is_candidate,
    load_cue_lexicon,
    token_contexts,
    token_table,
)
from eventwire.extract.statement_quotes import find_quotes
from eventwire.extract.statement_train import (
    best_threshold,
    examples,
    held_out_eval,
    main,
    train_on,
)
from eventwire.model import Document

Parse = Callable[..., Document]
LEXICON = load_cue_lexicon()
TEXT = "Biden said prices will rise. The talks failed on Monday."


@pytest.mark.parametrize(("dense", "width"), [((), 0), (("tok",), 96), (("tok", "kids"), 192)])
def test_examples_label_the_gold_cue_head(parse: Parse, dense: tuple[str, ...], width: int) -> None:
    doc = parse(TEXT)
    assert doc.parsed is not None
    rows = examples(doc.parsed, [(6, 10)], LEXICON, dense=dense)
    positives = [f for f, _, y in rows if y]
    assert len(positives) == 1 and "lemma=say" in positives[0]
    assert len(rows) > 5  # every other content word is a negative
    assert {v.shape for _, v, _ in rows} == {(width,)}


@pytest.mark.parametrize("dense", [(), ("tok",), ("tok", "kids")])
def test_train_on_separates_a_cue_and_picks_a_threshold(
    parse: Parse, dense: tuple[str, ...]
) -> None:
    doc = parse(TEXT)
    assert doc.parsed is not None
    per_doc = [examples(doc.parsed, [(6, 10)], LEXICON, dense=dense) for _ in range(10)]
    model = train_on(per_doc, dense)
    assert ("dense" in model) is bool(dense)
    f1, _ = best_threshold(model, per_doc[0])
    assert f1 == 1.0
    rows = model.get("dense", {})
    assert isinstance(rows, dict) and tuple(rows) == dense
    for row in rows.values():
        assert len(row) == 96 and np.isfinite(row).all()


def test_trained_dense_model_scores_the_cue_above_its_threshold(parse: Parse) -> None:
    doc = parse(TEXT)
    parsed = doc.parsed
    assert parsed is not None
    dense = ("tok", "kids")
    raw = train_on([examples(parsed, [(6, 10)], LEXICON, dense=dense) for _ in range(10)], dense)
    weights, rows = raw["weights"], raw["dense"]
    assert isinstance(weights, dict) and isinstance(rows, dict)
    model = CueModel(weights, float(str(raw["threshold"])), {k: tuple(v) for k, v in rows.items()})
    tab = token_table(parsed)
    ctx = token_contexts(parsed, find_quotes(parsed.text), tab)
    extra = model.dense_scores(parsed, tab.head)
    above = [
        parsed[i].text
        for i in range(len(parsed))
        if is_candidate(tab, i)
        and model.score(cue_features(tab, i, LEXICON, ctx[i])) + float(extra[i]) > model.threshold
    ]
    assert above == ["said"]


def _tiny_polnear(root: Path, n: int = 10) -> Path:
    """A PolNeAR-shaped split of ``n`` short articles, each with one gold attribution."""
    split = root / "train"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    names = ["Biden", "Warren", "Sanders", "Pelosi", "Romney"]
    for i in range(n):
        who = names[i % len(names)]
        text = f"{who} said that prices will rise in spring. The weather was fine on day {i}."
        cue = text.index("said")
        content = text.index("prices")
        (split / "text" / f"a{i:02d}.txt").write_text(text, encoding="utf-8")
        ann = (
            f"T1\tSource 0 {len(who)}\t{who}\n"
            f"T2\tCue {cue} {cue + 4}\tsaid\n"
            f"T3\tContent {content} {text.index(' in spring')}\tprices will rise\n"
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
        )
        (split / "attributions" / f"a{i:02d}_ann1.ann").write_text(ann, encoding="utf-8")
    return split


def test_held_out_eval_scores_the_held_out_tenths_through_the_stage(tmp_path: Path) -> None:
    metrics = held_out_eval(_tiny_polnear(tmp_path))
    assert metrics["documents"] == 3.0  # articles 3, 6 and 9
    assert metrics["cue_overlap_f1"] == 1.0
    assert metrics["source_overlap_f1"] == 1.0


def test_main_needs_an_output_path_unless_held_out(tmp_path: Path) -> None:
    split = _tiny_polnear(tmp_path)
    assert main([str(split)]) == 2
