"""Cue recognition for the statements stage: the cue lexicon and the trained cue tagger.

The tagger scores each candidate token (verbs, nouns, adjectives, prepositions, colons)
as the head word of an attribution cue. It is a logistic regression over sparse string
features: the word (lemma, form, part of speech, dependency), its syntax (child
dependencies such as ``ccomp``/``xcomp``/``dobj`` and the lemmas of its objects and
complements, the subject's entity type or pronoun, the head word), whether the word is
in ``cue_verbs.json``, quote marks nearby or in the sentence, and what a colon follows.
The model may also weigh the token's spaCy tok2vec row (``CueModel.dense``); measured on
the held-out tenth of train that did not pay (cue overlap F1 .700 with it, .708 without;
attribution .596 vs .601), so the shipped weights are sparse only (``--dense`` trains it).

How the weights were made: ``make train-quotes`` runs
``python -m eventwire.extract.statement_train ../shared/data/polnear/train
src/eventwire/resources/cue_model.json`` on the PolNeAR *train* split only (840
articles, first annotator file each). The syntactic head of each gold Cue span is a
positive example, every other candidate token a negative one (about 450k examples).
Full-batch Adam, 150 steps, L2 1e-5, features seen fewer than 3 times dropped, weights
under 0.02 pruned. The threshold is the one that maximised cue-head F1 on a held-out
tenth of the train articles (model fitted on the other nine tenths); the shipped
weights are then refitted on all of train. ``resources/cue_model.json`` is plain JSON
(feature -> weight), about 0.9 MB.
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


def _subject_features(tok: Token) -> list[str]:
    subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
    if subj is None:
        return ["subj=none", f"subj=none|dep={tok.dep_}"]
    kind = subj.ent_type_ or ("PRON:" + subj.lower_ if subj.pos_ == "PRON" else subj.pos_)
    return [f"subj={subj.dep_}", f"subjtype={kind}", f"subjlemma={subj.lemma_.lower()}"]


def _quote_features(tok: Token) -> list[str]:
    doc = tok.doc
    out = []
    left = doc[max(0, tok.i - 4) : tok.i]
    right = doc[tok.i + 1 : tok.i + 5]
    if any(t.text in _QUOTES for t in left):
        out.append("quote_left")
    if any(t.text in _QUOTES for t in right):
        out.append("quote_right")
    return out


def _context_features(tok: Token) -> list[str]:
    """Whether the sentence quotes anyone; what surrounds a colon."""
    out = ["sent_quote"] if any(t.text in _QUOTES for t in tok.sent) else []
    if tok.text == ":" and tok.i > 0:
        prev = tok.nbor(-1)
        out.append(f"colon_prev={prev.ent_type_ or prev.pos_}")
        if tok.i + 1 < len(tok.doc) and tok.nbor(1).text in _QUOTES:
            out.append("colon_quote")
    return out


def cue_features(tok: Token, lexicon: CueLexicon) -> list[str]:
    """The sparse features of one candidate token."""
    lemma, pos, dep = tok.lemma_.lower(), tok.pos_, tok.dep_
    deps = sorted({c.dep_ for c in tok.children})
    feats = [
        "bias",
        f"lemma={lemma}",
        f"lower={tok.lower_}",
        f"pos={pos}",
        f"tag={tok.tag_}",
        f"dep={dep}",
        f"pos_dep={pos}|{dep}",
        f"lemma_dep={lemma}|{dep}",
        f"head={tok.head.lemma_.lower()}",
        f"headpos_dep={tok.head.pos_}|{dep}",
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
    feats += _subject_features(tok) + _quote_features(tok) + _context_features(tok)
    if lexicon.lemma_of(tok) is not None:
        feats.append("lexicon")
        feats.append(f"lexicon|dep={dep}")
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
