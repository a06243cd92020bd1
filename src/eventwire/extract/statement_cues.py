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
The model may also weigh the token's spaCy tok2vec row (``CueModel.dense``); measured on
the held-out tenth of train that did not pay, so the shipped weights are sparse only
(``--dense`` trains it). Nor did a one-hidden-layer network over the same features
(held-out cue-head F1 .728 against .731 for the linear model).

How the weights were made: ``make train-quotes`` (see ``statement_train`` and
``resources/cue_model.md``) on the PolNeAR *train* split only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

__all__ = [
    "CueLexicon",
    "CueModel",
    "cue_features",
    "is_candidate",
    "load_cue_lexicon",
    "load_cue_model",
    "token_contexts",
]

_CANDIDATE_POS = {"VERB", "AUX", "NOUN", "ADJ", "ADP", "PROPN"}
_QUOTES = {'"', "\u201c", "\u201d", "''", "``"}
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_ARG_DEPS = {"acomp", "attr", "dobj", "pobj", "oprd"}


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
        form = tok.lower_
        for cand in (tok.lemma_.lower(), form, form[:-1], form[:-2], form[:-3]):
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


def is_candidate(tok: Token) -> bool:
    """Whether the tagger scores ``tok`` at all (content words, prepositions, colons)."""
    return tok.pos_ in _CANDIDATE_POS or tok.text == ":"


_CORE = {"ccomp", "xcomp", "dobj", "acomp", "attr", "agent", "nsubjpass", "prep", "advcl", "neg"}


def _subject_kind(subj: Token | None) -> str:
    if subj is None:
        return "none"
    if subj.pos_ == "PRON":
        return "PRON"
    return subj.ent_type_ or subj.pos_


def _subject_features(tok: Token, lemma: str) -> list[str]:
    subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
    kind = _subject_kind(subj)
    out = [f"subjtype={kind}", f"lemma_subj={lemma}|{kind}"]
    if subj is None:
        return [*out, "subj=none", f"subj=none|dep={tok.dep_}"]
    kind = subj.ent_type_ or ("PRON:" + subj.lower_ if subj.pos_ == "PRON" else subj.pos_)
    return [*out, f"subj={subj.dep_}", f"subjtype={kind}", f"subjlemma={subj.lemma_.lower()}"]


def token_contexts(doc: SpacyDoc, quotes: list[tuple[int, int]]) -> list[tuple[str, ...]]:
    """Per token, the quote-mark features: a mark within four tokens left/right, the
    sentence quotes anyone, the token lies inside a quotation. Computed once per doc."""
    marks = [t.text in _QUOTES for t in doc]
    sent_of = [0] * len(doc)
    quoting: set[int] = set()
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sent_of[i] = n
            if marks[i]:
                quoting.add(n)
    inside = [False] * len(doc)
    for start, end in quotes:
        for tok in doc.char_span(start, end, alignment_mode="contract") or ():
            inside[tok.i] = True
    out = []
    for i in range(len(doc)):
        feats = ["sent_quote"] if sent_of[i] in quoting else []
        if any(marks[max(0, i - 4) : i]):
            feats.append("quote_left")
        if any(marks[i + 1 : i + 5]):
            feats.append("quote_right")
        if inside[i]:
            feats.append("in_quote")
        out.append(tuple(feats))
    return out


def _colon_features(tok: Token) -> list[str]:
    """What surrounds a colon."""
    if tok.text != ":" or tok.i == 0:
        return []
    prev = tok.nbor(-1)
    out = [
        f"colon_prev={prev.ent_type_ or prev.pos_}",
        f"colon_at={min(tok.i - tok.sent.start, 8)}",
    ]
    if tok.i + 1 < len(tok.doc) and tok.nbor(1).text in _QUOTES:
        out.append("colon_quote")
    return out


def _frame_features(tok: Token, lemma: str, deps: list[str]) -> list[str]:
    """Conjunctions of the word with its argument frame and surroundings."""
    frame = "+".join(d for d in deps if d in _CORE) or "-"
    out = [f"frame={frame}", f"lemma_frame={lemma}|{frame}", f"lemma_tag={lemma}|{tok.tag_}"]
    for c in tok.children:
        if c.dep_ in {"ccomp", "xcomp"}:
            marks = [g.lower_ for g in c.children if g.dep_ in {"mark", "aux", "nsubj"}]
            out += [f"{c.dep_}_has={m}" for m in marks] + [f"{c.dep_}_lemma={c.lemma_.lower()}"]
        elif c.dep_ == "poss":
            out += [f"poss={_subject_kind(c)}", f"lemma_poss={lemma}|{_subject_kind(c)}"]
        elif c.dep_ == "acomp":
            out += [
                f"acomp_prep={c.lemma_.lower()}|{g.lower_}" for g in c.children if g.dep_ == "prep"
            ]
            out += [f"acomp_child={c.lemma_.lower()}|{g.dep_}" for g in c.children]
    return out


def cue_features(tok: Token, lexicon: CueLexicon, context: tuple[str, ...] = ()) -> list[str]:
    """The sparse features of one candidate token (``context``: its ``token_contexts``)."""
    lemma, pos, dep = tok.lemma_.lower(), tok.pos_, tok.dep_
    deps = sorted({c.dep_ for c in tok.children})
    head = tok.head
    feats = [
        "bias",
        f"lemma={lemma}",
        f"lower={tok.lower_}",
        f"pos={pos}",
        f"tag={tok.tag_}",
        f"dep={dep}",
        f"pos_dep={pos}|{dep}",
        f"lemma_dep={lemma}|{dep}",
        f"head={head.lemma_.lower()}",
        f"head_dep={head.lemma_.lower()}|{dep}",
        f"lemma_pos={lemma}|{pos}",
        f"headpos_dep={head.pos_}|{dep}",
        f"suffix={lemma[-3:]}",
        f"prev={tok.nbor(-1).lower_ if tok.i > 0 else '<s>'}",
        f"next={tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else '</s>'}",
    ]
    feats += [f"child={d}" for d in deps]
    feats += [f"lemma_child={lemma}|{d}" for d in deps if d in {"ccomp", "xcomp", "dobj", "prep"}]
    feats += [
        f"prep={lemma}|{c.lower_}" for c in tok.children if c.dep_ in {"prep", "prt", "agent"}
    ]
    feats += [f"{c.dep_}_lemma={c.lemma_.lower()}" for c in tok.children if c.dep_ in _ARG_DEPS]
    feats += _subject_features(tok, lemma) + _frame_features(tok, lemma, deps)
    feats += list(context) + [f"lemma_{c}={lemma}" for c in context] + _colon_features(tok)
    if lexicon.lemma_of(tok) is not None:
        feats += ["lexicon", f"lexicon|dep={dep}"]
    if head.i != tok.i and lexicon.lemma_of(head) is not None:
        feats.append(f"head_lexicon|dep={dep}")
    return feats


@dataclass(frozen=True)
class CueModel:
    """Logistic-regression weights; a token is a cue head when its score > threshold.

    ``dense`` weighs the token's spaCy tok2vec vector (``doc.tensor`` row, 96 numbers
    for en_core_web_sm); empty when the model has none.
    """

    weights: Mapping[str, float]
    threshold: float
    dense: tuple[float, ...] = ()

    def score(self, feats: list[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in feats)

    def dense_scores(self, doc: SpacyDoc) -> list[float]:
        """Each token's dense score; zeros when the doc has no tensor of the right width."""
        tensor = getattr(doc, "tensor", None)
        width = len(self.dense)
        if not width or tensor is None or tensor.shape != (len(doc), width):
            return [0.0] * len(doc)
        vec = np.asarray(self.dense, dtype=np.float32)
        return [float(x) for x in np.asarray(tensor, dtype=np.float32) @ vec]


def load_cue_model() -> CueModel:
    """Read ``resources/cue_model.json`` (made by ``make train-quotes``)."""
    try:
        raw = json.loads(files("eventwire.resources").joinpath("cue_model.json").read_text("utf-8"))
        return CueModel(
            {str(k): float(v) for k, v in raw["weights"].items()},
            float(raw["threshold"]),
            tuple(float(x) for x in raw.get("dense", [])),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(
            "E154", f"cannot load resources/cue_model.json ({exc}); run make train-quotes"
        ) from None
