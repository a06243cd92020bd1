"""Name mentions for the entities stage: clean spaCy's spans, cluster variants, rescan.

Choices worth knowing:

- A name's span drops a leading "the", honorifics and (for persons) title words, and any
  trailing possessive, so "President Xi Jinping's" gives the mention "Xi Jinping".
- Country names and demonyms cluster by ISO code, so "the U.S." and "United States" are
  one entity. A NORP demonym ("the Russian people") is folded into its country's GPE
  entity when the article names that country; otherwise it stays a NORP entity. A
  demonym right before a title ("Russian Prime Minister") is evidence for the person's
  country, not a mention; hyphenated pairs ("Russian-Chinese") are neither.
- ORG/FAC spans naming seasons, agreements or events ("the China-Russia Year of Culture",
  "the Comprehensive Strategic Coordination Partnership") are not actors and are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Document, Mention
from .entity_names import join_company_names, told_the_agency
from .entity_relabel import spacy_labels
from .entity_roles import title_before, title_before_comma

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .entity_relabel import Relabeller
    from .entity_tables import EntityTables

__all__ = [
    "Candidate",
    "Cluster",
    "add_missed_mentions",
    "cluster_candidates",
    "collect_candidates",
]

LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
_TYPE_RANK = {label: i for i, label in enumerate(LABELS)}
_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVE = frozenset({"'s", "'", "’s", "’"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A cleaned spaCy entity span: character offsets into the document text."""

    start: int
    end: int
    label: str
    name: str
    country: str | None = None


@dataclass(slots=True)
class Cluster:
    """One actor while the stage builds it (mutable scratch; becomes a model.Entity)."""

    type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    surface: set[str] = field(default_factory=set)  # name strings worth rescanning for
    country: str | None = None
    title: str | None = None
    sector: str | None = None

    @property
    def first(self) -> int:
        return min(m.span.start for m in self.mentions)

    def names(self) -> list[str]:
        return [m.span.text for m in self.mentions if m.kind == "name"]


def _strip_tokens(tokens: list[Token], label: str, tables: EntityTables) -> list[Token]:
    while tokens and tokens[-1].text in _POSSESSIVE:
        tokens = tokens[:-1]
    while tokens and (
        tokens[0].lower_ in _ARTICLES
        or tokens[0].lower_ in tables.honorifics
        or (label == "PERSON" and len(tokens) > 1 and _is_title_word(tokens[0], tables))
    ):
        tokens = tokens[1:]
    return tokens


def _is_title_word(tok: Token, tables: EntityTables) -> bool:
    low = tok.lower_
    return low in tables.modifiers or any(t.split()[0] == low for t in tables.titles)


def _is_junk(doc: Document, cand: Candidate, tables: EntityTables) -> bool:
    if cand.label not in ("ORG", "FAC", "LOC"):
        return False
    low = cand.name.lower()
    if low.split()[-1] in tables.non_actor_heads:
        return True
    before = doc.text[max(0, cand.start - 24) : cand.start].lower()
    before = before.removesuffix("the ").rstrip()
    return any(p in low or before.endswith(p) for p in tables.non_actor_phrases)


def _norp_is_evidence(parsed: SpacyDoc, end_tok: int, name: str, tables: EntityTables) -> bool:
    """A demonym before a title ('Russian Prime Minister') or a hyphen pair is no mention."""
    if "-" in name:
        return True
    words = [t.lower_ for t in parsed[end_tok : end_tok + tables.max_title_words]]
    return any(tables.title_sector(" ".join(words[:n])) for n in range(1, len(words) + 1))


def _is_person(parsed: SpacyDoc, i: int, name: str, tables: EntityTables) -> bool:
    """A listed office holder, or a title right before token ``i`` ("the chancellor, X")."""
    if name.lower() in tables.leaders:
        return True
    prev = parsed[i - 1] if i > 0 else None
    if prev is None or (prev.pos_ not in ("NOUN", "PROPN") and prev.text != ","):
        return False  # no title (a noun) or comma right before it: most names (speed)
    lo = parsed[i].sent.start
    hit = title_before(parsed, i, lo, tables)
    if hit is not None:  # "Chancellor Olaf Scholz", not "market leader Best Buy"
        return parsed.text[hit.start].isupper()
    return title_before_comma(parsed, i, lo, tables) is not None


_FALLBACK = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_LEARNED_LABEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}


def _learned_label(cls: str, spacy_label: str) -> str | None:
    if cls == "LOC" and spacy_label in ("LOC", "FAC"):
        return spacy_label
    return _LEARNED_LABEL.get(cls)


def _entity_spans(
    doc: Document, parsed: SpacyDoc, relabeller: Relabeller | None
) -> Iterator[SpacySpan]:
    """spaCy's entities, or (with the relabeller) its chosen spans plus spaCy's NORPs."""
    from spacy.tokens import Span as SpacySpanType

    if relabeller is None:
        yield from parsed.ents
        return
    norps = [e for e in parsed.ents if e.label_ == "NORP"]
    yield from norps
    labels = spacy_labels(parsed)
    chosen = relabeller.choose(parsed, text=doc.text)
    for i, j, cls in chosen:
        label = _learned_label(cls, labels.get((i, j), ""))
        if label is not None and not any(n.start < j and i < n.end for n in norps):
            yield SpacySpanType(parsed, i, j, label=label)
    for ent in parsed.ents:  # a name the chooser saw no better span for keeps spaCy's
        if ent.label_ in _FALLBACK and not any(i < ent.end and ent.start < j for i, j, _ in chosen):
            yield ent


def collect_candidates(doc: Document, parsed: SpacyDoc, tables: EntityTables) -> list[Candidate]:
    """Clean the entity spans and drop non-actors."""
    out: list[Candidate] = []
    for ent in _entity_spans(doc, parsed, tables.relabeller):
        if ent.label_ not in LABELS:
            continue
        tokens = _strip_tokens(list(ent), ent.label_, tables)
        if not tokens or not any(c.isalpha() for c in tokens[0].text):
            continue
        if len(tokens) > 1 and told_the_agency(tokens[0]):  # "told *Reuters the G-7*": two
            wire = tokens[0]
            out.append(Candidate(wire.idx, wire.idx + len(wire.text), "ORG", wire.text))
            tokens = tokens[2:] if tokens[1].dep_ == "det" else tokens[1:]
            if not tokens:
                continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        name = doc.text[start:end]
        country = tables.country_of(name) if ent.label_ in ("GPE", "NORP") else None
        label = ent.label_
        if label != "PERSON" and country is None and _is_person(parsed, tokens[0].i, name, tables):
            label = "PERSON"  # spaCy-sm often tags "Chancellor Olaf Scholz" ORG
        cand = Candidate(start, end, label, name, country)
        if _is_junk(doc, cand, tables):
            continue
        if label == "NORP" and _norp_is_evidence(parsed, tokens[-1].i + 1, name, tables):
            continue
        out.append(cand)
    return join_company_names(doc.text, out)


def _group_key(cand: Candidate) -> str:
    if cand.country and cand.label in ("GPE", "NORP"):
        return "country:" + cand.country
    return "name:" + cand.name.casefold()


def _new_cluster(cands: list[Candidate], doc: Document) -> Cluster:
    labels = [c.label for c in cands]
    votes = Counter(labels).most_common()
    top = min((lab for lab, n in votes if n == votes[0][1]), key=_TYPE_RANK.__getitem__)
    if cands[0].country and "GPE" in labels:
        top = "GPE"
    named = [c for c in cands if c.label == top] or cands
    name = max(named, key=lambda c: (len(c.name), -c.start)).name
    mentions = [Mention(doc.span(c.start, c.end), "name") for c in cands]
    surface = {c.name for c in cands if not (c.label == "NORP" and c.country)}
    return Cluster(top, name, mentions, labels, surface, cands[0].country)


def _merge_short_names(clusters: list[Cluster]) -> list[Cluster]:
    """Fold 'Xi' / 'Merkel' into the one multi-word person it can be part of."""
    people = [c for c in clusters if c.type == "PERSON" and " " in c.name]
    kept: list[Cluster] = []
    for cl in clusters:
        hosts: list[Cluster] = []
        if " " not in cl.name and cl.type in ("PERSON", "ORG", "NORP", "LOC", "FAC"):
            hosts = [p for p in people if cl.name in (p.name.split()[0], p.name.split()[-1])]
        if len(hosts) == 1:
            hosts[0].mentions.extend(cl.mentions)
            hosts[0].surface |= cl.surface
        else:
            kept.append(cl)
    return kept


def _initials(name: str) -> str:
    skip = {"of", "the", "and", "for", "on", "in"}
    return "".join(w[0] for w in name.split() if w.lower() not in skip and w[:1].isupper())


def _merge_acronyms(clusters: list[Cluster]) -> list[Cluster]:
    orgs = [c for c in clusters if c.type == "ORG" and " " in c.name]
    kept: list[Cluster] = []
    for cl in clusters:
        hosts: list[Cluster] = []
        if cl.type == "ORG" and cl.name.isupper() and 2 <= len(cl.name) <= 6:
            hosts = [o for o in orgs if _initials(o.name) == cl.name]
        if len(hosts) == 1:
            hosts[0].mentions.extend(cl.mentions)
            hosts[0].surface |= cl.surface
        else:
            kept.append(cl)
    return kept


def cluster_candidates(doc: Document, cands: list[Candidate]) -> list[Cluster]:
    """One cluster per actor: same name or country, then short names and acronyms."""
    groups: dict[str, list[Candidate]] = {}
    for cand in cands:
        groups.setdefault(_group_key(cand), []).append(cand)
    clusters = [_new_cluster(group, doc) for group in groups.values()]
    return _merge_acronyms(_merge_short_names(clusters))


def _scan_strings(cl: Cluster) -> tuple[set[str], set[str]]:
    """(strings to find anywhere, strings to find only after a title or honorific)."""
    names = set(cl.surface)
    parts = cl.name.split()
    if cl.type != "PERSON" or len(parts) < 2:
        return names, set()
    names.add(parts[-1])
    return names, {parts[0]} - names


def _after_title(text: str, start: int, tables: EntityTables) -> bool:
    words = text[max(0, start - 40) : start].split()
    if not words:
        return False
    last = words[-1].lower()
    return last in tables.honorifics or tables.title_sector(last) is not None


def add_missed_mentions(doc: Document, clusters: list[Cluster], tables: EntityTables) -> None:
    """Add every exact occurrence of a known name that spaCy missed (in place)."""
    owner: dict[str, int] = {}
    titled: set[str] = set()
    for idx, cl in enumerate(clusters):
        plain, needs_title = _scan_strings(cl)
        titled |= needs_title
        for s in plain | needs_title:
            if len(s) > 1 and not s.islower():
                owner[s] = idx if owner.get(s, idx) == idx else -1
    strings = sorted((s for s, i in owner.items() if i >= 0), key=len, reverse=True)
    if not strings:
        return
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, strings)) + r")(?!\w)")
    taken = [m.span for cl in clusters for m in cl.mentions]
    for match in pattern.finditer(doc.text):
        span = doc.span(match.start(), match.end())
        if any(span.overlaps(t) for t in taken):
            continue
        if match.group() in titled and not _after_title(doc.text, span.start, tables):
            continue
        clusters[owner[match.group()]].mentions.append(Mention(span, "name"))
        taken.append(span)
