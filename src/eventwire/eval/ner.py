"""Score named-entity recognition against CoNLL-2003 (IOB2), next to the bare spaCy model.

Each ``-DOCSTART-`` document becomes one text: tokens joined by spaces, sentences by
newlines, so every gold entity is a character span. Two systems run in the same pass:
the bare spaCy model (the parse stage's entities, mapped PERSON->PER, GPE/LOC/FAC->LOC,
ORG->ORG) and eventwire's entities stage (every ``name`` mention, typed by its entity).
MISC and NORP are not scored; pronouns and role nouns are not names and never count.
Scores are exact-span precision, recall and F1 per type and overall.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import IngestError
from ..model import Article, Document
from .base import EvalReport, analyser

__all__ = [
    "ConllDoc",
    "Prf",
    "evaluate_ner",
    "eventwire_spans",
    "read_conll",
    "score_spans",
    "spacy_spans",
]

TYPES = ("PER", "LOC", "ORG")
_MAP = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}

Labelled = tuple[int, int, str]


@dataclass(frozen=True)
class ConllDoc:
    """One CoNLL document as text, with its gold entities (MISC included) as char spans."""

    text: str
    entities: tuple[Labelled, ...]


@dataclass(frozen=True)
class Prf:
    tp: int
    fp: int
    fn: int

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def _sentences(lines: Iterable[str], where: str) -> Iterator[list[tuple[str, str]] | None]:
    """Sentences as (token, tag) lists; ``None`` marks a document break."""
    sent: list[tuple[str, str]] = []
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if sent:
                yield sent
                sent = []
            if parts:
                yield None
            continue
        if len(parts) < 2:
            raise IngestError("E244", f"{where}:{n}: expected 'token ... tag'; is this CoNLL?")
        sent.append((parts[0], parts[-1]))
    if sent:
        yield sent


def _build(sents: list[list[tuple[str, str]]]) -> ConllDoc:
    parts: list[str] = []
    ents: list[Labelled] = []
    pos = 0
    for si, sent in enumerate(sents):
        if si:
            parts.append("\n")
            pos += 1
        open_: list[Any] | None = None
        for ti, (tok, tag) in enumerate(sent):
            if ti:
                parts.append(" ")
                pos += 1
            start, pos = pos, pos + len(tok)
            parts.append(tok)
            if tag.startswith("I-") and open_ is not None and open_[2] == tag[2:]:
                open_[1] = pos
                continue
            if open_ is not None:
                ents.append((open_[0], open_[1], open_[2]))
                open_ = None
            if tag != "O":
                open_ = [start, pos, tag[2:]]
        if open_ is not None:
            ents.append((open_[0], open_[1], open_[2]))
    return ConllDoc("".join(parts), tuple(ents))


def read_conll(path: Path) -> list[ConllDoc]:
    """Documents of a CoNLL-2003 file (IOB2 tags in the last column)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise IngestError("E245", f"{path}: cannot read CoNLL file: {exc}") from None
    docs: list[ConllDoc] = []
    current: list[list[tuple[str, str]]] = []
    for sent in _sentences(lines, str(path)):
        if sent is None:
            if current:
                docs.append(_build(current))
            current = []
        else:
            current.append(sent)
    if current:
        docs.append(_build(current))
    return docs


def spacy_spans(doc: Document) -> set[Labelled]:
    """The bare model's entities (from the parse stage), mapped to CoNLL types."""
    if doc.parsed is None:
        return set()
    return {(e.start_char, e.end_char, _MAP[e.label_]) for e in doc.parsed.ents if e.label_ in _MAP}


def eventwire_spans(doc: Document) -> set[Labelled]:
    """Every name mention of eventwire's entities, typed by its entity."""
    return {
        (m.span.start, m.span.end, _MAP[ent.type])
        for ent in doc.entities
        if ent.type in _MAP
        for m in ent.mentions
        if m.kind == "name"
    }


def score_spans(gold: set[Labelled], pred: set[Labelled], label: str | None = None) -> Prf:
    """Exact-span counts, for one type or (``label`` None) all of them."""
    if label is not None:
        gold = {g for g in gold if g[2] == label}
        pred = {p for p in pred if p[2] == label}
    tp = len(gold & pred)
    return Prf(tp, len(pred) - tp, len(gold) - tp)


def _add(a: Prf, b: Prf) -> Prf:
    return Prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn)


def _metrics(totals: dict[str, Prf], prefix: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for key, prf in totals.items():
        head = prefix + ("" if key == "all" else key.lower() + "_")
        out.update({head + "p": prf.p, head + "r": prf.r, head + "f1": prf.f1})
    return out


def evaluate_ner(gold: Path, *, cfg: Config, limit: int | None = None) -> EvalReport:
    """Exact-span P/R/F1 for PER, LOC, ORG and overall: eventwire vs the bare model."""
    docs = read_conll(gold)[:limit]
    run = analyser(cfg, ("parse", "entities"))
    keys = ("all", *TYPES)
    ours = dict.fromkeys(keys, Prf(0, 0, 0))
    bare = dict.fromkeys(keys, Prf(0, 0, 0))
    for i, cdoc in enumerate(docs):
        doc = run(Document.from_article(Article(text=cdoc.text, source=f"{gold}#{i}")))
        truth = {e for e in cdoc.entities if e[2] in TYPES}
        mine, base = eventwire_spans(doc), spacy_spans(doc)
        for key in keys:
            label = None if key == "all" else key
            ours[key] = _add(ours[key], score_spans(truth, mine, label))
            bare[key] = _add(bare[key], score_spans(truth, base, label))
    metrics = {**_metrics(ours, ""), **_metrics(bare, "baseline_")}
    metrics["gain"] = metrics["f1"] - metrics["baseline_f1"]
    metrics["documents"] = float(len(docs))
    details = {k: {"ours": vars(ours[k]), "bare": vars(bare[k])} for k in keys}
    return EvalReport("ner", str(gold), metrics, details)
