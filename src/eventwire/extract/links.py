"""Links stage: tie each statement to the events its content reports.

A statement reports an event when the event's trigger word lies inside the statement's
content ("Xi said [trade *grew* 20%]"). Runs after both the statements and the events
stage, so neither has to know about the other.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Document, Statement

if TYPE_CHECKING:
    from ..config import Config
    from ..pipeline import Stage

__all__ = ["extract_links", "make_links"]

VERSION = "1"


def extract_links(doc: Document) -> list[Statement]:
    """The statements with ``events`` set to the ids of events triggered inside their
    content."""
    out = []
    for stmt in doc.statements:
        ids = tuple(e.id for e in doc.events if stmt.content.contains(e.trigger))
        out.append(replace(stmt, events=ids) if ids != stmt.events else stmt)
    return out


def make_links(cfg: Config) -> Stage:
    """The links stage (no settings, nothing to load)."""
    from ..pipeline import Stage

    del cfg  # the signature is the factory contract

    def run(doc: Document) -> Document:
        return replace(doc, statements=tuple(extract_links(doc)))

    return Stage("links", VERSION, frozenset({"statements", "events"}), frozenset({"links"}), run)
