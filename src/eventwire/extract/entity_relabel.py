"""A small learned chooser of name spans and their types, run over spaCy's entities.

The small spaCy model misses names in ALL-CAPS headlines, sports tables and lists, and
mixes up teams, places and people. This module proposes candidate spans (spaCy's
entities plus every run of up to three capitalised tokens), describes each with a few
dozen sparse features (its words and shape, spaCy's label, neighbouring tokens, whether
the line is a table row or all capitals, how spaCy labelled the same string elsewhere
in the document) and scores them with an averaged perceptron. The best-scoring
non-overlapping spans win.

The weights (``resources/ner_relabel.json``) are trained by ``make train-ner`` on the
CoNLL-2003 *train* split only (``python -m eventwire.extract.entity_train``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "CLASSES",
    "RawCandidate",
    "Relabeller",
    "candidate_features",
    "load_relabeller",
    "raw_candidates",
    "spacy_labels",
]

CLASSES = ("O", "PER", "LOC", "ORG", "MISC")
MAX_RUN = 3  # every sub-run up to this many tokens is a candidate ...
MAX_WHOLE_RUN = 7  # ... and so is a whole run up to this many
_DETERMINERS = frozenset({"the", "a", "an"})
RESOURCE = "ner_relabel.json"
_SPACY_CLASS = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
_CONNECT = frozenset({"of", "de", "van", "von", "der", "del", "la", "le", "du", "'s", "&"})


@dataclass(frozen=True, slots=True)
class RawCandidate:
    """A token span ``[i, j)`` of the spaCy doc and spaCy's label for it (or "")."""

    i: int
    j: int
    label: str


def _capitalised(text: str) -> bool:
    return text[:1].isupper() or (text[:1].isdigit() and text[-1:].isalpha() and len(text) > 1)


def _bridge(parsed: SpacyDoc, j: int) -> int | None:
    """The index of the capitalised token that continues a name after a connector."""
    if parsed[j].lower_ not in _CONNECT:
        return None
    k = j + 1 + (j + 1 < len(parsed) and parsed[j + 1].lower_ == "the")
    return k if k < len(parsed) and _capitalised(parsed[k].text) else None


def _runs(parsed: SpacyDoc) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with inner connectors), on one line."""
    i, n = 0, len(parsed)
    while i < n:
        if not _capitalised(parsed[i].text):
            i += 1
            continue
        j = i + 1
        while j < n:
            if _capitalised(parsed[j].text):
                j += 1
            elif (bridge := _bridge(parsed, j)) is not None:
                j = bridge
            else:
                break
        yield i, j
        i = j


def spacy_labels(parsed: SpacyDoc) -> dict[tuple[int, int], str]:
    """spaCy's entity label per token span, the span minus a leading article."""
    spans: dict[tuple[int, int], str] = {}
    for ent in parsed.ents:
        start = ent.start + (ent[0].lower_ in _DETERMINERS and len(ent) > 1)
        spans[(start, ent.end)] = ent.label_
    return spans


def raw_candidates(parsed: SpacyDoc) -> list[RawCandidate]:
    """spaCy's entities (minus a leading article) and runs of capitalised tokens."""
    spans = spacy_labels(parsed)
    for i, j in _runs(parsed):
        if MAX_RUN < j - i <= MAX_WHOLE_RUN:
            spans.setdefault((i, j), "")
        for a in range(i, j):
            for b in range(a + 1, min(j, a + MAX_RUN) + 1):
                if parsed[a].lower_ in _CONNECT or parsed[b - 1].lower_ in _CONNECT:
                    continue
                spans.setdefault((a, b), "")
    return [RawCandidate(i, j, lab) for (i, j), lab in sorted(spans.items())]


def _shape(text: str) -> str:
    out: list[str] = []
    for ch in text:
        s = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


def _line_info(parsed: SpacyDoc) -> list[tuple[float, bool, int]]:
    """Per token: (digit share of its line, line is all caps, token index in line)."""
    out: list[tuple[float, bool, int]] = []
    line_start = 0
    for tok in parsed:
        if tok.i == 0 or "\n" in parsed[tok.i - 1].text_with_ws:
            line_start = tok.i
        out.append((0.0, False, tok.i - line_start))
    lines: dict[int, list[int]] = defaultdict(list)
    for tok in parsed:
        lines[tok.i - out[tok.i][2]].append(tok.i)
    for idxs in lines.values():
        words = [parsed[k].text for k in idxs if not parsed[k].is_space]
        digits = sum(any(c.isdigit() for c in w) for w in words) / max(1, len(words))
        letters = "".join(c for k in idxs for c in parsed[k].text if c.isalpha())
        upper = len(letters) > 3 and letters.isupper()
        for k in idxs:
            out[k] = (digits, upper, out[k][2])
    return out


def _bucket(x: float) -> str:
    return "0" if x == 0 else "lo" if x < 0.25 else "mid" if x < 0.5 else "hi"


def _word(parsed: SpacyDoc, k: int) -> str:
    if k < 0:
        return "<s>"
    if k >= len(parsed):
        return "</s>"
    tok = parsed[k]
    if tok.is_space:
        return "<nl>"
    if tok.like_num:
        return "<num>"
    return tok.lower_


def candidate_features(
    parsed: SpacyDoc,
    cand: RawCandidate,
    *,
    lines: list[tuple[float, bool, int]],
    others: dict[str, set[str]],
) -> list[str]:
    """Sparse features of one candidate span."""
    span: SpacySpan = parsed[cand.i : cand.j]
    words = [t.lower_ for t in span]
    lab = cand.label or "NONE"
    digits, upper, pos = lines[cand.i]
    nxt, prv = _word(parsed, cand.j), _word(parsed, cand.i - 1)
    feats = [
        "bias",
        "lab=" + lab,
        "n=" + str(min(len(words), 4)),
        "shape=" + _shape(span.text),
        "first=" + words[0],
        "last=" + words[-1],
        "suf=" + words[-1][-3:],
        "prev=" + prv,
        "next=" + nxt,
        "prev2=" + _word(parsed, cand.i - 2) + "_" + prv,
        "next2=" + nxt + "_" + _word(parsed, cand.j + 1),
        "digits=" + _bucket(digits),
        "upper=" + str(upper),
        "linepos=" + str(min(pos, 3)),
        "lab_next=" + lab + "_" + nxt,
        "lab_prev=" + lab + "_" + prv,
        "lab_digits=" + lab + "_" + _bucket(digits),
        "lab_upper=" + lab + "_" + str(upper),
        "tag=" + "_".join(t.tag_ for t in span[:3]),
    ]
    feats += ["w=" + w for w in words]
    feats += ["other=" + o for o in sorted(others.get(span.text.lower(), ()))]
    return feats


def _others(parsed: SpacyDoc) -> dict[str, set[str]]:
    """spaCy's labels for each entity string anywhere in the document."""
    out: dict[str, set[str]] = defaultdict(set)
    for ent in parsed.ents:
        out[ent.text.lower()].add(ent.label_)
    return out


@dataclass(frozen=True)
class Relabeller:
    """Averaged-perceptron weights: feature -> per-class weights (CLASSES order)."""

    weights: MappingProxyType[str, tuple[float, ...]]

    def scores(self, feats: list[str]) -> list[float]:
        total = [0.0] * len(CLASSES)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                total = [a + b for a, b in zip(total, w, strict=True)]
        return total

    def choose(self, parsed: SpacyDoc) -> list[tuple[int, int, str]]:
        """Non-overlapping (start token, end token, class) spans, best margins first."""
        lines, others = _line_info(parsed), _others(parsed)
        scored: list[tuple[float, RawCandidate, str]] = []
        for cand in raw_candidates(parsed):
            s = self.scores(candidate_features(parsed, cand, lines=lines, others=others))
            best = max(range(1, len(CLASSES)), key=s.__getitem__)
            margin = s[best] - s[0]
            if margin > 0:
                scored.append((margin, cand, CLASSES[best]))
        taken = [False] * len(parsed)
        out: list[tuple[int, int, str]] = []
        for _, cand, cls in sorted(scored, key=lambda x: -x[0]):
            if any(taken[cand.i : cand.j]):
                continue
            taken[cand.i : cand.j] = [True] * (cand.j - cand.i)
            out.append((cand.i, cand.j, cls))
        return sorted(out)


def spacy_class(label: str) -> str:
    return _SPACY_CLASS.get(label, "MISC")


def load_relabeller() -> Relabeller | None:
    """The trained weights, or None when the package has none (then spaCy's spans stand)."""
    path = files("eventwire.resources").joinpath(RESOURCE)
    if not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError("E156", f"cannot read {RESOURCE}: {exc}; run 'make train-ner'") from None
    weights = {f: tuple(float(x) for x in w) for f, w in raw["weights"].items()}
    return Relabeller(MappingProxyType(weights))
