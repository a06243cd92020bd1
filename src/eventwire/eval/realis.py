"""Score the events stage's realis against MEANTIME factuality gold.

An event is coded only when its clause reports the act as done: "may accept", "plans to
buy", "did not attack", "the now-cancelled deal" are no plain events. The realis check
(``event_frames.reported_as``) is scored here on every verb or noun event mention of the
NewsReader MEANTIME corpus (English Wikinews, CAT XML), whatever the mention's sense, so
the check is measured on news the event rules were never shown.

Gold: a mention is *real* when MEANTIME marks it ``certainty="CERTAIN"``,
``polarity="POS"`` and ``time="NON_FUTURE"``; *unreal* when it is ``POSSIBLE`` or
``PROBABLE``, ``NEG`` or ``FUTURE``; other mentions (underspecified) are not scored.
eventwire says "done" (a plain event), "framed" (recoded: an intent, a refusal) or
"undone". Metrics: ``done_precision`` (of the mentions read as done, the share that are
real: the errors #6's precision bar counts), ``unreal_recall`` (unreal mentions not read
as done) and ``real_recall`` (real ones read as done). ``details["subsets"]`` scores each
sub-corpus (airbus, apple, gm, stock) alone.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import IngestError
from ..model import Article, Document
from .base import EvalReport, analyser

if TYPE_CHECKING:
    from ..extract.event_lexicon import EventLexicon

__all__ = ["GoldMention", "MeantimeDoc", "evaluate_realis", "gold_realis", "read_meantime"]

_UNREAL = {"certainty": {"POSSIBLE", "PROBABLE"}, "polarity": {"NEG"}, "time": {"FUTURE"}}


@dataclass(frozen=True)
class GoldMention:
    start: int  # character offsets of the mention's words in ``MeantimeDoc.text``
    end: int
    certainty: str
    polarity: str
    time: str


@dataclass(frozen=True)
class MeantimeDoc:
    name: str
    text: str  # tokens joined by spaces, sentences by newlines (the title then a blank line)
    mentions: tuple[GoldMention, ...]


def gold_realis(m: GoldMention) -> bool | None:
    """True: told as done; False: possible, negated or future; None: not scored."""
    if any(getattr(m, attr) in values for attr, values in _UNREAL.items()):
        return False
    if (m.certainty, m.polarity, m.time) == ("CERTAIN", "POS", "NON_FUTURE"):
        return True
    return None


def read_meantime(path: Path) -> MeantimeDoc:
    """One MEANTIME CAT XML file: its text rebuilt from the tokens, and its event mentions."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        line = exc.position[0]
        raise IngestError("E231", f"not well-formed XML: {exc}", where=f"{path}:{line}") from exc
    tokens = root.findall("token")
    if not tokens:
        raise IngestError("E231", "no <token> elements; is this MEANTIME CAT XML?", where=str(path))
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    size, sentence = 0, None
    for tok in tokens:
        here = tok.get("sentence")
        if sentence is not None:
            gap = " " if here == sentence else ("\n\n" if sentence == "0" else "\n")
            parts.append(gap)
            size += len(gap)
        sentence, word = here, tok.text or ""
        offsets[tok.get("t_id", "")] = (size, size + len(word))
        parts.append(word)
        size += len(word)
    mentions = []
    for m in root.iter("EVENT_MENTION"):
        anchors = [offsets[a.get("t_id", "")] for a in m.findall("token_anchor")]
        if anchors:
            mentions.append(
                GoldMention(
                    anchors[0][0],
                    anchors[-1][1],
                    m.get("certainty", ""),
                    m.get("polarity", ""),
                    m.get("time", ""),
                )
            )
    return MeantimeDoc(path.name, "".join(parts), tuple(mentions))


def read_meantime_dir(root: Path) -> Iterator[tuple[str, MeantimeDoc]]:
    """(sub-corpus, document) for every ``.xml`` under ``root``, in path order."""
    for path in sorted(root.rglob("*.xml")):
        rel = path.relative_to(root).parts
        yield (rel[0] if len(rel) > 1 else "."), read_meantime(path)


Judged = tuple[bool, str]  # (gold real?, eventwire's reading)


def _judge(
    run: Callable[[Document], Document], gold: MeantimeDoc, lex: EventLexicon
) -> Iterator[Judged]:
    from ..extract.event_frames import reported_as

    doc = run(Document.from_article(Article(gold.text, gold.name)))
    assert doc.parsed is not None
    for m in gold.mentions:
        real = gold_realis(m)
        span = doc.parsed.char_span(m.start, m.end, alignment_mode="expand")
        if real is None or span is None:
            continue
        reading = reported_as(span.root, lex)
        if reading is not None:
            yield real, reading


def _scores(judged: list[Judged]) -> dict[str, float]:
    done = [real for real, reading in judged if reading == "done"]
    real = [reading for is_real, reading in judged if is_real]
    unreal = [reading for is_real, reading in judged if not is_real]
    return {
        "mentions": float(len(judged)),
        "done": float(len(done)),
        "done_precision": round(sum(done) / len(done), 4) if done else 0.0,
        "unreal_recall": round(sum(r != "done" for r in unreal) / len(unreal), 4)
        if unreal
        else 0.0,
        "real_recall": round(sum(r == "done" for r in real) / len(real), 4) if real else 0.0,
        "framed": float(sum(reading == "framed" for _, reading in judged)),
    }


def evaluate_realis(gold: Path, *, cfg: Config, limit: int | None = None) -> EvalReport:
    """The ``realis`` eval task: parse, then the events stage's realis check on every verb
    or noun MEANTIME event mention under ``gold``."""
    from ..extract.event_lexicon import load_event_lexicon

    run = analyser(cfg, ("parse",))
    lex = load_event_lexicon()
    by_subset: dict[str, list[Judged]] = {}
    docs = 0
    for subset, doc in islice(read_meantime_dir(gold), limit):
        by_subset.setdefault(subset.removeprefix("corpus_"), []).extend(_judge(run, doc, lex))
        docs += 1
    judged = [j for group in by_subset.values() for j in group]
    details = {
        "documents": docs,
        "subsets": {name: _scores(group) for name, group in sorted(by_subset.items())},
    }
    return EvalReport("realis", str(gold), _scores(judged), details)
