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
from dataclasses import dataclass, field
from importlib.resources import files
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..errors import ConfigError
from .parse import TokenStrings

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

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


@dataclass(frozen=True, slots=True)
class TokenView:
    """The token attributes the chooser reads, taken from the spaCy doc in one pass.

    Indexing a spaCy Doc builds a new Token object every time; the chooser looks at each
    token dozens of times, so it reads plain lists instead.
    """

    text: str
    words: list[str]
    lower: list[str]
    space: list[bool]
    num: list[bool]
    tags: list[str]
    idx: list[int]

    def span_text(self, i: int, j: int) -> str:
        """The text of tokens ``[i, j)`` (spaCy's ``Span.text``)."""
        return self.text[self.idx[i] : self.idx[j - 1] + len(self.words[j - 1])]


def token_view(
    parsed: SpacyDoc, text: str | None = None, strings: TokenStrings | None = None
) -> TokenView:
    """Read the chooser's token attributes once, as one array (``text``: the doc's text,
    if at hand; ``strings``: a cache of vocabulary strings, a fresh one if None)."""
    words, lower, tags = (strings or TokenStrings()).columns(parsed, ["ORTH", "LOWER", "TAG"])
    space, num, idx = parsed.to_array(["IS_SPACE", "LIKE_NUM", "IDX"]).T.tolist()
    return TokenView(
        parsed.text if text is None else text,  # Doc.text re-joins every token
        words,
        lower,
        [bool(x) for x in space],
        [bool(x) for x in num],
        tags,
        idx,
    )


def _capitalised(text: str) -> bool:
    return text[:1].isupper() or (text[:1].isdigit() and text[-1:].isalpha() and len(text) > 1)


def _bridge(view: TokenView, j: int) -> int | None:
    """The index of the capitalised token that continues a name after a connector."""
    lower = view.lower
    if lower[j] not in _CONNECT:
        return None
    k = j + 1 + (j + 1 < len(lower) and lower[j + 1] == "the")
    return k if k < len(lower) and _capitalised(view.words[k]) else None


def _runs(view: TokenView) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with inner connectors), on one line."""
    caps = [_capitalised(w) for w in view.words]
    i, n = 0, len(caps)
    while i < n:
        if not caps[i]:
            i += 1
            continue
        j = i + 1
        while j < n:
            if caps[j]:
                j += 1
            elif (bridge := _bridge(view, j)) is not None:
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


def raw_candidates(parsed: SpacyDoc, view: TokenView | None = None) -> list[RawCandidate]:
    """spaCy's entities (minus a leading article) and runs of capitalised tokens."""
    view = view or token_view(parsed)
    spans = spacy_labels(parsed)
    connect = [w in _CONNECT for w in view.lower]
    for i, j in _runs(view):
        if MAX_RUN < j - i <= MAX_WHOLE_RUN:
            spans.setdefault((i, j), "")
        for a in range(i, j):
            if connect[a]:
                continue
            for b in range(a + 1, min(j, a + MAX_RUN) + 1):
                if not connect[b - 1]:
                    spans.setdefault((a, b), "")
    return [RawCandidate(i, j, lab) for (i, j), lab in sorted(spans.items())]


def _shape(text: str) -> str:
    out: list[str] = []
    for ch in text:
        s = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


def _line_info(parsed: SpacyDoc, view: TokenView | None = None) -> list[tuple[float, bool, int]]:
    """Per token: (digit share of its line, line is all caps, token index in line)."""
    view = view or token_view(parsed)
    words, text, idx = view.words, view.text, view.idx
    n = len(words)
    # A token after one holding a newline starts a line, and so does one after a wrap
    # the parse stage read as a space (the original text still has the newline there).
    starts = [0]
    starts += (
        i
        for i in range(1, n)
        if "\n" in words[i - 1] or text[idx[i - 1] + len(words[i - 1]) : idx[i]] == "\n"
    )
    out: list[tuple[float, bool, int]] = []
    for start, end in zip(starts, [*starts[1:], n], strict=True):
        texts = words[start:end]
        kept = [w for w in texts if not w.isspace()]
        digits = sum(any(map(str.isdigit, w)) for w in kept) / max(1, len(kept))
        letters = "".join(filter(str.isalpha, "".join(texts)))
        upper = len(letters) > 3 and letters.isupper()
        out.extend((digits, upper, k) for k in range(end - start))
    return out[:n]


def _bucket(x: float) -> str:
    return "0" if x == 0 else "lo" if x < 0.25 else "mid" if x < 0.5 else "hi"


def _word(view: TokenView, k: int) -> str:
    if k < 0:
        return "<s>"
    if k >= len(view.words):
        return "</s>"
    if view.space[k]:
        return "<nl>"
    if view.num[k]:
        return "<num>"
    return view.lower[k]


def candidate_features(
    parsed: SpacyDoc,
    cand: RawCandidate,
    *,
    lines: list[tuple[float, bool, int]],
    others: dict[str, set[str]],
    view: TokenView | None = None,
) -> list[str]:
    """Sparse features of one candidate span."""
    view = view or token_view(parsed)
    text = view.span_text(cand.i, cand.j)
    words = view.lower[cand.i : cand.j]
    lab = cand.label or "NONE"
    digits, upper, pos = lines[cand.i]
    nxt, prv = _word(view, cand.j), _word(view, cand.i - 1)
    feats = [
        "bias",
        "lab=" + lab,
        "n=" + str(min(len(words), 4)),
        "shape=" + _shape(text),
        "first=" + words[0],
        "last=" + words[-1],
        "suf=" + words[-1][-3:],
        "prev=" + prv,
        "next=" + nxt,
        "prev2=" + _word(view, cand.i - 2) + "_" + prv,
        "next2=" + nxt + "_" + _word(view, cand.j + 1),
        "digits=" + _bucket(digits),
        "upper=" + str(upper),
        "linepos=" + str(min(pos, 3)),
        "lab_next=" + lab + "_" + nxt,
        "lab_prev=" + lab + "_" + prv,
        "lab_digits=" + lab + "_" + _bucket(digits),
        "lab_upper=" + lab + "_" + str(upper),
        "tag=" + "_".join(view.tags[cand.i : min(cand.j, cand.i + 3)]),
    ]
    feats += ["w=" + w for w in words]
    feats += ["other=" + o for o in sorted(others.get(text.lower(), ()))]
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

    weights: MappingProxyType[str, tuple[float, float, float, float, float]]
    strings: TokenStrings = field(default_factory=TokenStrings, compare=False, repr=False)

    def scores(self, feats: list[str]) -> list[float]:
        # Unrolled over the five classes: the same additions in the same order as a
        # per-feature vector sum, so the floats are identical, at a fraction of the cost.
        s0 = s1 = s2 = s3 = s4 = 0.0
        get = self.weights.get
        for f in feats:
            w = get(f)
            if w is not None:
                s0 += w[0]
                s1 += w[1]
                s2 += w[2]
                s3 += w[3]
                s4 += w[4]
        return [s0, s1, s2, s3, s4]

    def choose(self, parsed: SpacyDoc, *, text: str | None = None) -> list[tuple[int, int, str]]:
        """Non-overlapping (start token, end token, class) spans, best margins first.

        ``text`` is the text the doc was parsed from, when the caller has it.
        """
        view = token_view(parsed, text, self.strings)
        lines, others = _line_info(parsed, view), _others(parsed)
        scored: list[tuple[float, RawCandidate, str]] = []
        for cand in raw_candidates(parsed, view):
            feats = candidate_features(parsed, cand, lines=lines, others=others, view=view)
            s = self.scores(feats)
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
    weights = {f: _five(f, w) for f, w in raw["weights"].items()}
    return Relabeller(MappingProxyType(weights))


def _five(feature: str, w: list[float]) -> tuple[float, float, float, float, float]:
    if len(w) != len(CLASSES):
        raise ConfigError(
            "E156",
            f"{RESOURCE}: feature {feature!r} has {len(w)} weights, not {len(CLASSES)}; "
            "run 'make train-ner'",
        )
    return (float(w[0]), float(w[1]), float(w[2]), float(w[3]), float(w[4]))
