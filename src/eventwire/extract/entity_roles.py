"""Titles, countries and sectors for the entities stage, read from the text around names.

A person's title comes from the words right before a name ("Russian Prime Minister
Mikhail Mishustin"), from a plural title shared by a coordination ("Presidents Vladimir
Putin and Xi Jinping") or from an apposition ("Wang Yi, China's foreign minister,"). The
country comes, in order of trust, from a nationality word or country possessive attached
to that title; from the possessor of a leadership phrase ("China on its achievements
under the leadership of President Xi Jinping"); and last from the small dated
``leaders.tsv`` fallback, used only when the article's date falls inside the term.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Document, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

    from .entity_cluster import Cluster
    from .entity_tables import EntityTables

__all__ = [
    "RoleHit",
    "assign_roles",
    "pair_countries",
    "title_after",
    "title_before",
    "title_before_comma",
    "title_case",
]

_LEAD_NOUNS = frozenset({"leadership", "rule", "government", "administration", "presidency"})
_SMALL_WORDS = frozenset({"of", "the", "and", "for"})
_UPPER_WORDS = frozenset({"ceo", "cfo", "mp"})
_STOP = frozenset({",", ".", ";", ":", "(", ")", "--", "—"})


@dataclass(frozen=True, slots=True)
class RoleHit:
    """A title found next to one mention, with the country attached to it if any."""

    title: str
    sector: str
    country: str | None
    plural: bool
    start: int  # character span of the role words
    end: int
    appositive: bool = False  # the role words are a nominal mention of the person


def title_case(phrase: str) -> str:
    """'secretary of state' -> 'Secretary of State', 'ceo' -> 'CEO'."""
    words = []
    for i, word in enumerate(phrase.split()):
        if word in _UPPER_WORDS:
            words.append(word.upper())
        elif i and word in _SMALL_WORDS:
            words.append(word)
        else:
            words.append("-".join(p.capitalize() for p in word.split("-")))
    return " ".join(words)


def _country_ending_at(parsed: SpacyDoc, k: int, tables: EntityTables) -> str | None:
    """Country named by the entity (or demonym) that ends at token ``k``."""
    if k < 0:
        return None
    tok = parsed[k]
    if tok.text in ("'s", "’s", "'") and k > 0:
        tok = parsed[k - 1]
    if tok.ent_type_ in ("GPE", "NORP"):
        start = tok.i
        while start > 0 and parsed[start].ent_iob_ == "I":
            start -= 1
        return tables.country_of(parsed[start : tok.i + 1].text)
    return tables.demonyms.get(tok.lower_)


def _match_title(words: list[Token], tables: EntityTables) -> tuple[str, str] | None:
    if any(w.text in _STOP for w in words) or words[-1].pos_ not in ("NOUN", "PROPN"):
        return None  # "the major Manchester hotels": an adjective, not a rank
    return tables.title_sector(" ".join(w.lower_ for w in words))


def title_before(parsed: SpacyDoc, i: int, lo: int, tables: EntityTables) -> RoleHit | None:
    """The longest title ending right before token ``i`` (not before token ``lo``)."""
    if i - 1 < lo or parsed[i - 1].pos_ not in ("NOUN", "PROPN"):
        return None  # every title ends in a noun (see ``_match_title``): most words (speed)
    for n in range(min(tables.max_title_words, i - lo), 0, -1):
        words = list(parsed[i - n : i])
        hit = _match_title(words, tables)
        if hit is None:
            continue
        k = i - n - 1
        while k >= lo and parsed[k].lower_ in tables.modifiers:
            k -= 1
        country = _country_ending_at(parsed, k, tables) if k >= lo else None
        plural = words[-1].lower_ != hit[0].split()[-1]
        end = words[-1].idx + len(words[-1].text)
        return RoleHit(title_case(hit[0]), hit[1], country, plural, words[0].idx, end)
    return None


def title_before_comma(parsed: SpacyDoc, i: int, lo: int, tables: EntityTables) -> RoleHit | None:
    """A fronted apposition: "Germany's chancellor, Olaf Scholz" or "the minister, X"."""
    if i - 1 <= lo or parsed[i - 1].text != ",":
        return None
    hit = title_before(parsed, i - 1, lo, tables)
    role = parsed.char_span(hit.start, hit.end) if hit else None
    if hit is None or role is None:
        return None
    k = role.start - 1
    while k >= lo and parsed[k].lower_ in tables.modifiers:
        k -= 1
    if hit.country is None:
        if k < lo or parsed[k].lower_ != "the":
            return None
    else:  # widen to the country words: "Germany's", "the United States'"
        k -= parsed[k].text in ("'s", "’s", "'")
        while k > lo and parsed[k].ent_iob_ == "I":
            k -= 1
        k -= k > lo and parsed[k - 1].lower_ == "the"
    start = parsed[max(k, lo)].idx
    return RoleHit(hit.title, hit.sector, hit.country, hit.plural, start, hit.end, appositive=True)


def _country_phrase(parsed: SpacyDoc, j: int, tables: EntityTables) -> tuple[str | None, int]:
    """Country at token ``j`` ('China's', 'Chinese', 'U.S.') and the token after it."""
    tok = parsed[j]
    if tok.ent_type_ in ("GPE", "NORP"):
        end = j + 1
        while end < len(parsed) and parsed[end].ent_iob_ == "I":
            end += 1
        if end < len(parsed) and parsed[end].text in ("'s", "’s"):
            end += 1
        return _country_ending_at(parsed, end - 1, tables), end
    if tok.lower_ in tables.demonyms:
        return tables.demonyms[tok.lower_], j + 1
    return None, j


def title_after(parsed: SpacyDoc, e: int, hi: int, tables: EntityTables) -> RoleHit | None:
    """An apposition right after a name: ', China's foreign minister,' or ', the minister of X'."""
    if e >= hi or parsed[e].text != ",":
        return None
    j = e + 1
    if j < hi and parsed[j].lower_ in ("the", "a", "an"):
        j += 1
    start_tok = j
    country, j = _country_phrase(parsed, j, tables) if j < hi else (None, j)
    while j < hi and parsed[j].lower_ in tables.modifiers:
        j += 1
    for n in range(min(tables.max_title_words, hi - j), 0, -1):
        hit = _match_title(list(parsed[j : j + n]), tables)
        if hit is None:
            continue
        after = j + n
        if after + 1 < hi and parsed[after].lower_ == "of":
            country = country or _country_phrase(parsed, after + 1, tables)[0]
            after = _country_phrase(parsed, after + 1, tables)[1] or after
        if after < len(parsed) and parsed[after].text not in _STOP and after < hi:
            return None
        last = parsed[after - 1]
        plural = parsed[j + n - 1].lower_ != hit[0].split()[-1]
        start, end = parsed[start_tok].idx, last.idx + len(last.text)
        return RoleHit(title_case(hit[0]), hit[1], country, plural, start, end, appositive=True)
    return None


def _resolve_possessor(parsed: SpacyDoc, poss: Token, tables: EntityTables) -> str | None:
    if poss.ent_type_ in ("GPE", "NORP"):
        return _country_ending_at(parsed, poss.i, tables)
    if poss.lower_ not in ("its", "their"):
        return None
    for k in range(poss.i - 1, poss.sent.start - 1, -1):
        if parsed[k].ent_type_ == "GPE":
            return _country_ending_at(parsed, k, tables)
    return None


def country_from_leadership(parsed: SpacyDoc, head: Token, tables: EntityTables) -> str | None:
    """'China on its achievements under the leadership of President X' -> China's code."""
    tok, led = head, False
    for _ in range(6):
        if tok.head is tok or tok.pos_ in ("VERB", "AUX"):
            return None
        tok = tok.head
        led = led or tok.lower_ in _LEAD_NOUNS
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if led and poss is not None:
            return _resolve_possessor(parsed, poss, tables)
    return None


def _doc_year(doc: Document) -> int | None:
    ref = doc.reference_date.value or doc.published
    return ref.year if ref else None


def leader_country(name: str, year: int | None, tables: EntityTables) -> str | None:
    """Fallback: the country of a listed office holder in office in ``year``."""
    terms = [t for t in tables.leaders.get(name.lower(), ()) if t.held_in(year)]
    countries = {t.country for t in terms}
    return countries.pop() if len(countries) == 1 else None


def _mention_roles(
    parsed: SpacyDoc, mention: Mention, prev: RoleHit | None, tables: EntityTables
) -> tuple[RoleHit | None, str | None]:
    """(title hit, leadership country) for one name mention; ``prev`` is the conjunct's."""
    span = parsed.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return None, None
    sent = span.sent
    hit = title_before(parsed, span.start, sent.start, tables)
    if hit is None and prev is not None and prev.plural:
        # "Presidents Vladimir Putin and Xi Jinping": the conjunct shares the title.
        start = mention.span.start
        hit = RoleHit(prev.title, prev.sector, None, True, start, start)
    if hit is None:
        hit = title_after(parsed, span.end, sent.end, tables)
    if hit is None:
        hit = title_before_comma(parsed, span.start, sent.start, tables)
    return hit, country_from_leadership(parsed, span.root, tables)


def _person_roles(
    doc: Document, parsed: SpacyDoc, clusters: list[Cluster], tables: EntityTables
) -> None:
    people = [
        (m, cl) for cl in clusters if cl.type == "PERSON" for m in cl.mentions if m.kind == "name"
    ]
    people.sort(key=lambda pair: pair[0].span.start)
    hits: dict[int, list[RoleHit]] = {}
    led: dict[int, list[str]] = {}
    prev: tuple[int, RoleHit | None] = (-1, None)
    for mention, cl in people:
        gap = doc.text[prev[0] : mention.span.start].strip() if prev[0] >= 0 else "x"
        conjunct = prev[1] if gap in ("and", ",") else None
        hit, country = _mention_roles(parsed, mention, conjunct, tables)
        prev = (mention.span.end, hit)
        if hit is not None:
            hits.setdefault(id(cl), []).append(hit)
        if country:
            led.setdefault(id(cl), []).append(country)
    persons = [c for c in clusters if c.type == "PERSON"]
    for cl in persons:
        _settle_person(cl, hits.get(id(cl), []), led.get(id(cl), []))
        _add_appositive_nominals(doc, cl, hits.get(id(cl), []))
    pair_countries(parsed, clusters)
    year = _doc_year(doc)
    for cl in persons:
        if cl.country is None:
            cl.country = leader_country(cl.name, year, tables)
            cl.sector = cl.sector or ("GOV" if cl.country else None)


def _settle_person(cl: Cluster, hits: list[RoleHit], led: list[str]) -> None:
    if hits:
        title = Counter(h.title for h in hits).most_common(1)[0][0]
        cl.title = title
        cl.sector = next(h.sector for h in hits if h.title == title)
    explicit = [h.country for h in hits if h.country] or led
    if explicit:
        cl.country = Counter(explicit).most_common(1)[0][0]


def _conj_pairs(
    parsed: SpacyDoc, clusters: list[Cluster]
) -> dict[int, list[tuple[Cluster, Cluster]]]:
    """Sentence start -> pairs of distinct clusters joined by 'and' ('Russia and China')."""
    roots: dict[int, Cluster] = {}
    for cl in clusters:
        for m in cl.mentions if cl.type in ("PERSON", "GPE") else ():
            span = parsed.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is not None and m.kind == "name":
                roots[span.root.i] = cl
    out: dict[int, list[tuple[Cluster, Cluster]]] = {}
    for i in sorted(roots):  # only a root can be the second conjunct (same order as a scan)
        tok = parsed[i]
        a, b = roots.get(tok.head.i), roots[i]
        if tok.dep_ == "conj" and a is not None and a is not b:
            out.setdefault(tok.sent.start, []).append((a, b))
    return out


def pair_countries(parsed: SpacyDoc, clusters: list[Cluster]) -> None:
    """'Presidents Putin and Xi ... Russia and China': one known country fixes the other.

    Only when a sentence coordinates exactly two people and exactly two countries, and
    one of the people is already known to belong to one of those countries.
    """
    for pairs in _conj_pairs(parsed, clusters).values():
        people = [p for p in pairs if p[0].type == p[1].type == "PERSON"]
        places = [p for p in pairs if p[0].type == p[1].type == "GPE" and p[0].country]
        if len(people) != 1 or len(places) != 1:
            continue
        codes = (places[0][0].country, places[0][1].country)
        if None in codes or codes[0] == codes[1]:
            continue
        for known, other in (people[0], people[0][::-1]):
            if other.country is None and known.country in codes:
                other.country = codes[1 - codes.index(known.country)]


def _add_appositive_nominals(doc: Document, cl: Cluster, hits: list[RoleHit]) -> None:
    for hit in hits:
        span = doc.span(hit.start, hit.end)
        if hit.appositive and not any(span.overlaps(m.span) for m in cl.mentions):
            cl.mentions.append(Mention(span, "nominal"))


def _ngrams(name: str) -> list[str]:
    """Every word n-gram of ``name``, lowercase, longest first."""
    words = name.lower().split()
    size = len(words)
    return [" ".join(words[i : i + n]) for n in range(size, 0, -1) for i in range(size - n + 1)]


def _org_roles(clusters: list[Cluster], tables: EntityTables) -> None:
    for cl in clusters:
        if cl.type not in ("ORG", "FAC", "NORP"):
            continue
        names = sorted(set(cl.names()), key=len, reverse=True)
        grams = [g for name in names for g in _ngrams(name)]
        sectors = [tables.org_sectors[g] for g in grams if g in tables.org_sectors]
        countries = [c for c in map(tables.country_of, grams) if c]
        cl.sector = cl.sector or (sectors[0] if sectors else None)
        cl.country = cl.country or (countries[0] if countries else None)


def assign_roles(
    doc: Document, parsed: SpacyDoc, clusters: list[Cluster], tables: EntityTables
) -> None:
    """Set title, country and sector on every cluster (in place)."""
    _person_roles(doc, parsed, clusters, tables)
    _org_roles(clusters, tables)
