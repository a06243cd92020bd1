"""When and where an event happened: the date and place its sentence gives for a trigger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Document, Place, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_place", "find_time"]

LOC_PREPS = frozenset({"at", "in", "near", "inside", "outside", "across", "throughout"})
_DATE_TYPES = frozenset({"DATE", "TIME"})


def _root_in(doc: Document, span: Span) -> Token | None:
    if doc.parsed is None:
        return None
    chars = doc.parsed.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None or len(chars) == 0:
        return None
    return chars.root


def _attachment(tok: Token) -> Token:
    """The word a phrase modifies: its head, or the head of its preposition."""
    head = tok.head
    return head.head if head.dep_ == "prep" else head


def _ancestors(tok: Token) -> set[int]:
    return {a.i for a in tok.ancestors}


def find_time(doc: Document, sentence: Span, anchors: tuple[Token, ...]) -> TimeExpr | None:
    """The sentence's own date for an event: one modifying the trigger (or its light verb
    or cue) first, else one modifying a word above the trigger ("On Tuesday he said he
    met ..."). A date inside another phrase ("the anniversary ... next year") is not it."""
    direct = {a.i for a in anchors}
    above = set().union(*(_ancestors(a) for a in anchors)) - direct
    ranked: list[tuple[int, int, TimeExpr]] = []
    for tx in doc.times:
        if not sentence.contains(tx.span) or tx.type not in _DATE_TYPES or not tx.value:
            continue
        root = _root_in(doc, tx.span)
        if root is None:
            continue
        at = _attachment(root).i
        if at in direct or root.i in direct:
            ranked.append((0, tx.span.start, tx))
        elif at in above:
            ranked.append((1, tx.span.start, tx))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def find_place(
    doc: Document, sentence: Span, anchors: tuple[Token, ...], *, actor_spans: tuple[Span, ...]
) -> Place | None:
    """A place in a locative phrase (at/in/near ...), attached to the trigger first."""
    candidates: list[tuple[int, Place]] = []
    for place in doc.places:
        if not sentence.contains(place.span) or any(place.span.overlaps(s) for s in actor_spans):
            continue
        root = _root_in(doc, place.span)
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in LOC_PREPS:
            continue
        attached = any(root.head.head.i == a.i for a in anchors)
        candidates.append((0 if attached else 1, place))
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], c[1].span.start))[1]
