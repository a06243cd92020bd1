"""The token attributes the cue tagger reads, taken from the spaCy doc in one pass.

Every ``doc[i]``, ``tok.head`` or ``tok.children`` builds new Token objects and every
``tok.lemma_`` looks a string up again; the cue tagger reads a few dozen attributes of
each of ~150 candidate tokens per article, so it reads plain lists instead. The lists
give exactly what the spaCy attributes give (``children`` in spaCy's order: by index).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .parse import TokenStrings

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

__all__ = ["TokenTable", "token_table"]


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Per token ``i`` of one spaCy doc: its attributes as plain lists."""

    text: list[str]
    lower: list[str]
    lemma: list[str]  # lowercased
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent: list[str]  # entity type or ""
    head: list[int]
    children: list[list[int]]  # by index, as ``Token.children`` yields them
    sent_start: list[int]  # index of the first token of the token's sentence
    sent_of: list[int]  # sentence number


_ATTRS = ("ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE")


def token_table(doc: SpacyDoc, strings: TokenStrings | None = None) -> TokenTable:
    """Read the tagger's token attributes once, as one array (``strings``: a stage's
    cache of vocabulary strings; a fresh one if None)."""
    n = len(doc)
    cols = (strings or TokenStrings()).columns(doc, list(_ATTRS))
    heads = [i + int(r) for i, r in enumerate(doc.to_array("HEAD").astype("int64").tolist())]
    children: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(heads):
        if h != i:
            children[h].append(i)
    sent_start = [0] * n
    sent_of = [0] * n
    for k, sent in enumerate(doc.sents):
        start = sent.start
        for i in range(start, sent.end):
            sent_start[i] = start
            sent_of[i] = k
    text, lower, lemma, pos, tag, dep, ent = cols
    return TokenTable(
        text=text,
        lower=lower,
        lemma=[x.lower() for x in lemma],
        pos=pos,
        tag=tag,
        dep=dep,
        ent=ent,
        head=heads,
        children=children,
        sent_start=sent_start,
        sent_of=sent_of,
    )
