"""Cue recognition for the statements stage: the cue lexicon and the trained cue tagger.

The tagger scores each candidate token (verbs, nouns, adjectives, prepositions, colons)
as the head word of an attribution cue. It is a logistic regression over sparse string
features: the word (lemma, form, part of speech, dependency), its syntax (child
dependencies such as ``ccomp``/``xcomp``/``dobj`` and the lemmas of its objects and
complements, the subject's entity type or pronoun, the head word), whether the word is
in ``cue_verbs.json``, quote marks nearby, in the sentence or around the word, and what
a colon follows. Conjunctions let a linear model see combinations: the lemma with its
argument frame ("say|ccomp+nsubj"), its subject kind ("vow|PERSON"), its tag (tense,
voice), its quote context, a possessor ("Trump's criticism"), a predicate adjective's
preposition ("angry|about"), the complementiser and subject of its clause. The
quote-mark facts are computed once per document (``token_contexts``).
The model may also weigh spaCy's tok2vec rows (``CueModel.dense``: the token's own row
and the mean row of its children); measured on held-out train tenths and on dev that did
not pay (see ``resources/cue_model.md``), so the shipped weights are sparse only
(``--dense tok,kids`` trains them in). Nor did a one-hidden-layer network over the
sparse features or over the tok2vec rows.

How the weights were made: ``make train-quotes`` (see ``statement_train`` and
``resources/cue_model.md``) on the PolNeAR *train* split only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from itertools import repeat
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ConfigError
from .statement_tokens import TokenTable, token_table

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

__all__ = [
    "CONTEXTS",
    "CueLexicon",
    "CueModel",
    "TokenTable",
    "context_rows",
    "cue_features",
    "cue_model_from",
    "is_candidate",
    "load_cue_lexicon",
    "load_cue_model",
    "token_contexts",
    "token_table",
]

CONTEXTS = ("tok", "kids")  # the tok2vec contexts a model may weigh (``CueModel.dense``)
_CANDIDATE_POS = {"VERB", "AUX", "NOUN", "ADJ", "ADP", "PROPN"}
_QUOTES = {'"', "\u201c", "\u201d", "''", "``"}
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_ARG_DEPS = frozenset({"acomp", "attr", "dobj", "pobj", "oprd"})
_PREP_DEPS = frozenset({"prep", "prt", "agent"})
_CHILD_CONJ = frozenset({"ccomp", "xcomp", "dobj", "prep"})


@dataclass(frozen=True)
class CueLexicon:
    """The cue words, by how they are matched."""

    speech: frozenset[str]
    cognition: frozenset[str]
    phrasal: frozenset[tuple[str, str]]  # (verb lemma, particle)
    xcomp: frozenset[str]
    prepositional: frozenset[tuple[str, str]]  # (verb lemma, preposition)
    attribution: frozenset[tuple[str, str]]  # lowercased word pairs

    def is_cue(self, tok: Token) -> Token | None:
        """The cue's last word (particle, preposition or the verb) if ``tok`` is a cue."""
        if tok.pos_ not in {"VERB", "AUX"}:
            return None
        lemma = tok.lemma_.lower()
        for child in tok.children:
            if child.dep_ == "prt" and (lemma, child.lower_) in self.phrasal:
                return child
            if child.dep_ == "prep" and (lemma, child.lower_) in self.prepositional:
                return child
        return tok if self.lemma_of(tok) is not None else None

    def lemma_of(self, tok: Token) -> str | None:
        """The cue lemma of a verb; the small model sometimes mislemmatises ("hopes" ->
        "hop"), so the surface form minus a plain inflection is tried too."""
        return self.word_lemma(tok.lemma_.lower(), tok.lower_)

    def word_lemma(self, lemma: str, form: str) -> str | None:
        """``lemma_of`` for a word given as its lowercased lemma and form."""
        for cand in (lemma, form, form[:-1], form[:-2], form[:-3]):
            if cand in self.speech or cand in self.cognition:
                return cand
        return None


def load_cue_lexicon() -> CueLexicon:
    """Read ``resources/cue_verbs.json``."""
    try:
        raw = json.loads(files("eventwire.resources").joinpath("cue_verbs.json").read_text("utf-8"))
        return CueLexicon(
            speech=frozenset(raw["speech"]),
            cognition=frozenset(raw["cognition"]),
            phrasal=frozenset((v, p) for v, p in raw["phrasal"]),
            xcomp=frozenset(raw["xcomp"]),
            prepositional=frozenset((v, p) for v, p in raw["prepositional"]),
            attribution=frozenset((a, b) for a, b in raw["attribution"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(
            "E154", f"cannot load resources/cue_verbs.json ({exc}); reinstall eventwire"
        ) from None


def is_candidate(tab: TokenTable, i: int) -> bool:
    """Whether the tagger scores token ``i`` at all (content words, prepositions, colons)."""
    return tab.pos[i] in _CANDIDATE_POS or tab.text[i] == ":"


_CORE = {"ccomp", "xcomp", "dobj", "acomp", "attr", "agent", "nsubjpass", "prep", "advcl", "neg"}


def _subject_kind(tab: TokenTable, subj: int | None) -> str:
    if subj is None:
        return "none"
    if tab.pos[subj] == "PRON":
        return "PRON"
    return tab.ent[subj] or tab.pos[subj]


def _subject_features(tab: TokenTable, i: int, lemma: str) -> list[str]:
    dep = tab.dep
    subj = next((c for c in tab.children[i] if dep[c] in _SUBJ), None)
    kind = _subject_kind(tab, subj)
    out = [f"subjtype={kind}", f"lemma_subj={lemma}|{kind}"]
    if subj is None:
        return [*out, "subj=none", f"subj=none|dep={dep[i]}"]
    pos = tab.pos[subj]
    kind = tab.ent[subj] or ("PRON:" + tab.lower[subj] if pos == "PRON" else pos)
    return [*out, f"subj={dep[subj]}", f"subjtype={kind}", f"subjlemma={tab.lemma[subj]}"]


def token_contexts(
    doc: SpacyDoc, quotes: list[tuple[int, int]], table: TokenTable | None = None
) -> list[tuple[str, ...]]:
    """Per token, the quote-mark features: a mark within four tokens left/right, the
    sentence quotes anyone, the token lies inside a quotation. Computed once per doc
    (``table``: the doc's ``token_table``, if at hand)."""
    tab = table or token_table(doc)
    n = len(tab.text)
    marks = [t in _QUOTES for t in tab.text]
    quoting = {tab.sent_of[i] for i in range(n) if marks[i]}
    inside = [False] * n
    for start, end in quotes:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            for i in range(span.start, span.end):
                inside[i] = True
    left, right = [False] * n, [False] * n  # a mark within four tokens left / right
    for m in (i for i in range(n) if marks[i]):
        for j in range(m + 1, min(n, m + 5)):
            left[j] = True
        for j in range(max(0, m - 4), m):
            right[j] = True
    return [_CONTEXTS[(tab.sent_of[i] in quoting, left[i], right[i], inside[i])] for i in range(n)]


def _context(sent: bool, left: bool, right: bool, inside: bool) -> tuple[str, ...]:
    names = ("sent_quote", "quote_left", "quote_right", "in_quote")
    return tuple(name for name, on in zip(names, (sent, left, right, inside), strict=True) if on)


_CONTEXTS = {
    (a, b, c, d): _context(a, b, c, d)
    for a in (False, True)
    for b in (False, True)
    for c in (False, True)
    for d in (False, True)
}


def _colon_features(tab: TokenTable, i: int) -> list[str]:
    """What surrounds a colon."""
    if tab.text[i] != ":" or i == 0:
        return []
    prev = i - 1
    out = [
        f"colon_prev={tab.ent[prev] or tab.pos[prev]}",
        f"colon_at={min(i - tab.sent_start[i], 8)}",
    ]
    if i + 1 < len(tab.text) and tab.text[i + 1] in _QUOTES:
        out.append("colon_quote")
    return out


def _frame_features(tab: TokenTable, i: int, lemma: str, deps: list[str]) -> list[str]:
    """Conjunctions of the word with its argument frame and surroundings."""
    frame = "+".join(d for d in deps if d in _CORE) or "-"
    out = [f"frame={frame}", f"lemma_frame={lemma}|{frame}", f"lemma_tag={lemma}|{tab.tag[i]}"]
    dep, lower, children = tab.dep, tab.lower, tab.children
    for c in children[i]:
        if dep[c] in {"ccomp", "xcomp"}:
            marks = [lower[g] for g in children[c] if dep[g] in {"mark", "aux", "nsubj"}]
            out += [f"{dep[c]}_has={m}" for m in marks] + [f"{dep[c]}_lemma={tab.lemma[c]}"]
        elif dep[c] == "poss":
            kind = _subject_kind(tab, c)
            out += [f"poss={kind}", f"lemma_poss={lemma}|{kind}"]
        elif dep[c] == "acomp":
            out += [
                f"acomp_prep={tab.lemma[c]}|{lower[g]}" for g in children[c] if dep[g] == "prep"
            ]
            out += [f"acomp_child={tab.lemma[c]}|{dep[g]}" for g in children[c]]
    return out


def _word_features(tab: TokenTable, i: int, lemma: str) -> list[str]:
    """The word itself, its head and its neighbours."""
    pos, dep, h = tab.pos[i], tab.dep[i], tab.head[i]
    head = tab.lemma[h]
    return [
        "bias",
        f"lemma={lemma}",
        f"lower={tab.lower[i]}",
        f"pos={pos}",
        f"tag={tab.tag[i]}",
        f"dep={dep}",
        f"pos_dep={pos}|{dep}",
        f"lemma_dep={lemma}|{dep}",
        f"head={head}",
        f"head_dep={head}|{dep}",
        f"lemma_pos={lemma}|{pos}",
        f"headpos_dep={tab.pos[h]}|{dep}",
        f"suffix={lemma[-3:]}",
        f"prev={tab.lower[i - 1] if i > 0 else '<s>'}",
        f"next={tab.lower[i + 1] if i + 1 < len(tab.lower) else '</s>'}",
    ]


def cue_features(
    tab: TokenTable, i: int, lexicon: CueLexicon, context: tuple[str, ...] = ()
) -> list[str]:
    """The sparse features of candidate token ``i`` (``context``: its ``token_contexts``)."""
    lemma, dep, lower, kids = tab.lemma[i], tab.dep, tab.lower, tab.children[i]
    deps = sorted({dep[c] for c in kids})
    feats = _word_features(tab, i, lemma)
    for d in deps:
        feats.append("child=" + d)
    for d in deps:
        if d in _CHILD_CONJ:
            feats.append(f"lemma_child={lemma}|{d}")
    args: list[str] = []  # one pass over the children; preposition features come first
    for c in kids:
        d = dep[c]
        if d in _PREP_DEPS:
            feats.append(f"prep={lemma}|{lower[c]}")
        elif d in _ARG_DEPS:
            args.append(f"{d}_lemma={tab.lemma[c]}")
    feats += args
    feats += _subject_features(tab, i, lemma)
    feats += _frame_features(tab, i, lemma, deps)
    if context:
        feats += context
        for name in context:
            feats.append(f"lemma_{name}={lemma}")
    if tab.text[i] == ":":
        feats += _colon_features(tab, i)
    if lexicon.word_lemma(lemma, lower[i]) is not None:
        feats += ["lexicon", f"lexicon|dep={dep[i]}"]
    h = tab.head[i]
    if h != i and lexicon.word_lemma(tab.lemma[h], lower[h]) is not None:
        feats.append(f"head_lexicon|dep={dep[i]}")
    return feats


def context_rows(tensor: NDArray[np.float32], heads: list[int]) -> NDArray[np.float32]:
    """Per token, the mean tok2vec row of its syntactic children (zeros for a leaf):
    what the word governs, e.g. a clause or a "to" infinitive under a rare cue word."""
    n = len(heads)
    kids = np.asarray([i for i in range(n) if heads[i] != i], dtype=np.int64)
    parents = np.asarray(heads, dtype=np.int64)[kids]
    sums = np.zeros_like(tensor)
    np.add.at(sums, parents, tensor[kids])
    counts = np.bincount(parents, minlength=n).astype(np.float32)
    return (sums / np.maximum(counts, 1.0)[:, None]).astype(np.float32)


@dataclass(frozen=True)
class CueModel:
    """Logistic-regression weights; a token is a cue head when its score > threshold.

    ``dense`` weighs spaCy's tok2vec vectors (``doc.tensor``, 96 numbers per token for
    en_core_web_sm) by context: ``tok`` the token's own row, ``kids`` the mean row of
    its children (``context_rows``). Empty when the model has none.
    """

    weights: Mapping[str, float]
    threshold: float
    dense: Mapping[str, tuple[float, ...]] = field(default_factory=dict)

    def score(self, feats: list[str]) -> float:
        return sum(map(self.weights.get, feats, repeat(0.0)))

    def dense_scores(self, doc: SpacyDoc, heads: list[int]) -> NDArray[np.float32]:
        """Each token's dense score (``heads``: each token's head index); zeros when the
        doc has no tensor of the model's width."""
        n = len(doc)
        tok, kids = self.dense.get("tok", ()), self.dense.get("kids", ())
        width = len(tok) or len(kids)
        tensor = getattr(doc, "tensor", None)
        if not width or tensor is None or tensor.shape != (n, width):
            return np.zeros(n, dtype=np.float32)
        rows = np.asarray(tensor, dtype=np.float32)
        out = rows @ np.asarray(tok, dtype=np.float32) if tok else np.zeros(n, np.float32)
        if kids:
            out += context_rows(rows, heads) @ np.asarray(kids, dtype=np.float32)
        return out


def _dense(raw: object) -> dict[str, tuple[float, ...]]:
    """``{"tok": [...], "kids": [...]}``; a bare list (older files) is the ``tok`` row."""
    if isinstance(raw, list):
        raw = {"tok": raw} if raw else {}
    if not isinstance(raw, dict):
        raise TypeError("dense must be an object of context -> weights")
    return {str(k): tuple(float(x) for x in v) for k, v in raw.items()}


def cue_model_from(raw: Mapping[str, object]) -> CueModel:
    """A model from the fields of ``cue_model.json`` (``weights``, ``threshold``, ``dense``)."""
    weights = raw["weights"]
    if not isinstance(weights, Mapping):
        raise TypeError("weights must be an object of feature -> weight")
    threshold = raw["threshold"]
    if not isinstance(threshold, int | float | str):
        raise TypeError("threshold must be a number")
    return CueModel(
        {str(k): float(v) for k, v in weights.items()},
        float(threshold),
        _dense(raw.get("dense", {})),
    )


def load_cue_model() -> CueModel:
    """Read ``resources/cue_model.json`` (made by ``make train-quotes``)."""
    try:
        raw = json.loads(files("eventwire.resources").joinpath("cue_model.json").read_text("utf-8"))
        return cue_model_from(raw)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(
            "E154", f"cannot load resources/cue_model.json ({exc}); run make train-quotes"
        ) from None
