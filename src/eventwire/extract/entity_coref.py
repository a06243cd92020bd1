"""Pronouns and role nouns for the entities stage.

"he/him/his" and "she/her" go to a person in the same sentence before the pronoun or in
the previous sentence. Subjects beat other mentions and, among equals, the nearest wins,
so in "Xi Jinping pointed out that ..., he has met with President Vladimir Putin" the
"he" is Xi Jinping. A pronoun object never takes the subject of its own verb ("Putin
praised him"). "its" goes to the nearest country or organisation earlier in the same
sentence. "the prime minister" becomes a nominal mention of the one person with that
title, and is left alone when two people share it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Document, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

    from .entity_cluster import Cluster
    from .entity_tables import EntityTables

__all__ = ["add_pronouns", "add_role_nouns"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "pobj", "iobj"})


@dataclass(frozen=True, slots=True)
class _Anchor:
    start: int
    sent: int
    cluster: int
    head: Token

    @property
    def is_subject(self) -> bool:
        return self.head.dep_ in _SUBJECTS


def _sentence_index(doc: Document) -> tuple[list[int], int]:
    starts = [s.start for s in doc.sentences]
    return starts, len(starts)


def _sent_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _anchors(
    doc: Document, parsed: SpacyDoc, clusters: list[Cluster], types: tuple[str, ...]
) -> list[_Anchor]:
    starts, _ = _sentence_index(doc)
    out: list[_Anchor] = []
    for idx, cl in enumerate(clusters):
        if cl.type not in types:
            continue
        for m in cl.mentions:
            span = parsed.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is not None:
                out.append(_Anchor(m.span.start, _sent_of(starts, m.span.start), idx, span.root))
    out.sort(key=lambda a: a.start)
    return out


def _binds(pron: Token, anchor: _Anchor) -> bool:
    """True if ``anchor`` is the subject of the verb the object pronoun hangs off."""
    if pron.dep_ not in _OBJECTS or not anchor.is_subject:
        return False
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    return anchor.head.head == verb


def _pick(pron: Token, sent: int, anchors: list[_Anchor]) -> _Anchor | None:
    pool = [a for a in anchors if a.start < pron.idx and sent - 1 <= a.sent <= sent]
    pool = [a for a in pool if not _binds(pron, a)]
    if not pool:
        return None
    # Same sentence first, then subjects, then the nearest.
    return max(pool, key=lambda a: (a.sent == sent, a.is_subject, a.start))


def _honorific_genders(
    parsed: SpacyDoc, people: list[_Anchor], tables: EntityTables
) -> dict[int, str]:
    """Cluster index -> 'm'/'f' when a name follows 'Mr.' or 'Mrs.' (and never both)."""
    seen: dict[int, set[str]] = {}
    for anchor in people:
        first = parsed.char_span(anchor.start, anchor.start + 1, alignment_mode="expand")
        prev = parsed[first.start - 1] if first is not None and first.start > 0 else None
        gender = tables.honorific_gender.get(prev.lower_) if prev is not None else None
        if gender:
            seen.setdefault(anchor.cluster, set()).add(gender)
    return {idx: g.pop() for idx, g in seen.items() if len(g) == 1}


def _pronoun_tokens(parsed: SpacyDoc, tables: EntityTables) -> list[Token]:
    """The tokens spelled like a pronoun or "its", found by comparing string hashes (a
    hash names one string) rather than building every Token."""
    strings = parsed.vocab.strings
    wanted = {strings[w] for w in (*tables.pronouns, "its")}
    lowers = parsed.to_array("LOWER").tolist()
    return [parsed[i] for i, h in enumerate(lowers) if h in wanted]


def add_pronouns(
    doc: Document, parsed: SpacyDoc, clusters: list[Cluster], tables: EntityTables
) -> None:
    """Link personal pronouns and 'its' to entities (in place, as 'pronoun' mentions)."""
    starts, _ = _sentence_index(doc)
    people = _anchors(doc, parsed, clusters, ("PERSON",))
    things = _anchors(doc, parsed, clusters, ("GPE", "ORG"))
    genders = _honorific_genders(parsed, people, tables)
    for tok in _pronoun_tokens(parsed, tables):
        low = tok.lower_
        if (low not in tables.pronouns and low != "its") or tok.pos_ != "PRON":
            continue
        sent = _sent_of(starts, tok.idx)
        if low == "its":
            near = [a for a in things if a.start < tok.idx and a.sent == sent]
            chosen = near[-1] if near else None
        else:
            gender = tables.pronouns[low]
            ok = [a for a in people if genders.get(a.cluster, gender) == gender]
            chosen = _pick(tok, sent, ok)
            if chosen is not None:
                genders[chosen.cluster] = gender
                anchor = _Anchor(tok.idx, sent, chosen.cluster, tok)
                bisect.insort(people, anchor, key=lambda a: a.start)
        if chosen is not None:
            span = doc.span(tok.idx, tok.idx + len(tok.text))
            clusters[chosen.cluster].mentions.append(Mention(span, "pronoun"))


def _role_at(parsed: SpacyDoc, i: int, tables: EntityTables) -> tuple[str, int] | None:
    """A lowercase singular title starting at token ``i`` and heading its phrase."""
    for n in range(min(tables.max_title_words, len(parsed) - i), 0, -1):
        words = parsed[i : i + n]
        phrase = " ".join(w.lower_ for w in words)
        last = words[-1]
        if phrase not in tables.titles or not words[0].text[:1].islower():
            continue
        follows = parsed[last.i + 1] if last.i + 1 < len(parsed) else None
        if last.dep_ in ("compound", "amod") or (follows is not None and follows.pos_ == "PROPN"):
            return None
        return phrase, last.i + 1
    return None


def add_role_nouns(
    doc: Document, parsed: SpacyDoc, clusters: list[Cluster], tables: EntityTables
) -> None:
    """'the prime minister' -> the one person titled Prime Minister (nominal mention)."""
    by_title: dict[str, list[int]] = {}
    for idx, cl in enumerate(clusters):
        if cl.type == "PERSON" and cl.title:
            by_title.setdefault(cl.title.lower(), []).append(idx)
    if not by_title:
        return
    taken = [m.span for cl in clusters for m in cl.mentions]
    the = parsed.vocab.strings["the"]  # compare hashes rather than build every Token
    for i in (i for i, h in enumerate(parsed.to_array("LOWER").tolist()) if h == the):
        tok = parsed[i]
        if tok.lower_ != "the" or tok.i + 1 >= len(parsed):
            continue
        j = tok.i + 1
        country = tables.demonyms.get(parsed[j].lower_)
        found = _role_at(parsed, j + (country is not None), tables)
        if found is None or len(by_title.get(found[0], ())) == 0:
            continue
        owners = [i for i in by_title[found[0]] if country in (None, clusters[i].country)]
        last = parsed[found[1] - 1]
        span = doc.span(tok.idx, last.idx + len(last.text))
        if len(owners) == 1 and not any(span.overlaps(t) for t in taken):
            clusters[owners[0]].mentions.append(Mention(span, "nominal"))
            taken.append(span)
