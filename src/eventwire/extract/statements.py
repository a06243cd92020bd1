"""Statements stage: reported speech — who said what, by which cue.

A cue is a speech or cognition verb from ``resources/cue_verbs.json`` ("said",
"pointed out", "believes") or the prepositional cue "according to". For each cue:

- content: the verb's clausal complement (``ccomp``) without a leading "that", or, for
  cues like "urge", the object plus infinitive; failing both, a quotation right next
  to the cue ('"…," X said' / 'X said: "…"'). Content that lies inside one quotation
  becomes the quoted text (``direct``); content that is partly quoted, or whose quote
  runs on past the clause (across sentences), is ``mixed``; otherwise ``indirect``.
- speaker: the cue's subject, or the passive agent ("was said by X"), or the object of
  "according to". A cue without its own subject ("… and said …", "…, saying …",
  "was quoted as saying …") borrows the subject of the nearest governing verb. The
  subject's head word is mapped to the entity with a mention over it (names, and
  pronouns the entity stage resolved). We never guess: an unmapped subject ("officials",
  an unresolved "he") leaves ``speaker`` None with a lower confidence.
- coordinated subjects ("Presidents Putin and Xi said"): ``source`` covers every
  conjunct but ``speaker`` is the first conjunct's entity, at lower confidence — a
  Statement has one speaker and the first-named one is the usual lead voice.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from importlib.resources import files
from typing import TYPE_CHECKING

from ..errors import ConfigError, StageError
from ..model import Document, Entity, Span, Statement, StatementKind, content_id

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..config import Config
    from ..pipeline import Stage

__all__ = ["CueLexicon", "extract_statements", "load_cue_lexicon", "make_statements"]

VERSION = "1"

# Quote marks: straight, curly, and the doubled apostrophe of some wire/NYT copy.
_QUOTE_MARK = re.compile("''|[\"\u201c\u201d\n]")
_OPENERS = {'"', "\u201c", "''"}
_TRAIL = set(' \t\r\n,.;:-\u2013\u2014"\u201c\u201d')
_REL_PRONOUNS = {"WDT", "WP"}
_SUBJECT_DEPS = {"nsubj", "csubj"}
_SOURCE_DROP = {"relcl", "acl", "appos", "punct", "parataxis", "advmod"}
_CLIMB_STOP = {"ccomp", "ROOT"}
_LEAD_IN = re.compile(r"[^\"\u201c\u201d.]{0,60}[:,]\s*(?:''|[\"\u201c])")
_LEAD_OUT = re.compile(r"(?:''|[\"\u201d])[\s,\u2013\u2014-]*")
_FIRST_PERSON = {"i", "we", "you"}
_EDGE_PUNCT = set(',;:-\u2013\u2014\u2015"\u201c\u201d()')


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


# --- quotations -------------------------------------------------------------------


def find_quotes(text: str) -> list[tuple[int, int]]:
    """The insides of quotations, as ``(start, end)`` character ranges.

    Any opening mark pairs with the next closing one, straight or curly. A quote still
    open at a line break closes there (wire copy often drops the closing mark of a
    paragraph).
    """
    quotes: list[tuple[int, int]] = []
    inside: int | None = None
    for mark in _QUOTE_MARK.finditer(text):
        if inside is None:
            if mark.group() in _OPENERS:
                inside = mark.end()
        elif mark.group() != "\u201c":
            quotes.append((inside, mark.start()))
            inside = None
    if inside is not None:
        quotes.append((inside, len(text)))
    return [q for q in quotes if q[0] < q[1]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip surrounding space, leading ':'/',' and trailing punctuation and quote marks."""
    while start < end and (text[start].isspace() or text[start] in ":,"):
        start += 1
    while end > start and (text[end - 1] in _TRAIL or text.endswith("''", start, end)):
        end -= 2 if text.endswith("''", start, end) else 1
    return start, end


# --- content ----------------------------------------------------------------------


def _subtree_chars(tok: Token) -> tuple[int, int]:
    right = tok.right_edge
    return tok.left_edge.idx, right.idx + len(right.text)


def _longer_side(clause: Token, inner: Token) -> tuple[int, int]:
    """The longer part of ``clause``'s subtree left or right of ``inner``'s subtree
    (content around a parenthetical cue: "Acts of protest, he said, are patriotic")."""
    c_start, c_end = _subtree_chars(clause)
    i_start, i_end = _subtree_chars(inner)
    return max(((c_start, i_start), (i_end, c_end)), key=lambda r: r[1] - r[0])


def _clause_content(verb: Token, last: Token, lexicon: CueLexicon) -> tuple[int, int] | None:
    """Character range of what the cue introduces, without a leading "that"."""
    # The nearest complement: a sentence the parser failed to split can hang a
    # neighbouring sentence's clause on the cue as a second ccomp.
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    comp = min(comps, key=lambda c: abs(c.i - verb.i)) if comps else None
    if comp is None and last.dep_ == "prep":  # "called for a ceasefire"
        obj = next((c for c in last.children if c.dep_ == "pobj"), None)
        return None if obj is None else _subtree_chars(obj)
    if comp is None and verb.lemma_.lower() in lexicon.xcomp:
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if xcomp is not None:
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i), None)
            start = obj.left_edge.idx if obj is not None else xcomp.left_edge.idx
            return start, _subtree_chars(xcomp)[1]
    if comp is None:
        # "…, he said, …" — unless the head is itself a cue (then this one is nested).
        if verb.dep_ != "parataxis" or lexicon.is_cue(verb.head) is not None:
            return None
        return _longer_side(verb.head, verb)
    start, end = _subtree_chars(comp)
    first = comp.left_edge
    # The small model sometimes tags the complementiser as a determiner ("pointed out
    # that aid arrived"); right after the cue word it is the complementiser.
    after_cue = first.i > 0 and verb in {first.nbor(-1), first.nbor(-1).head}
    if first.lower_ == "that" and (first.dep_ == "mark" or after_cue):
        start = first.nbor(1).idx if first.i + 1 < len(first.doc) else end
    return start, end


def _adjacent_quote(
    text: str, quotes: list[tuple[int, int]], before: int, after: int
) -> tuple[int, int] | None:
    """A quotation ending just before ``before`` ('"…," X said') or opening just after
    ``after`` ('X said: "…"')."""
    for q_start, q_end in quotes:
        if q_end < before and _LEAD_OUT.fullmatch(text, q_end, before):
            return q_start, q_end
        if q_start > after and _LEAD_IN.fullmatch(text, after, q_start):
            return q_start, q_end
    return None


def _with_quotes(
    quotes: list[tuple[int, int]], content: tuple[int, int], cue: Span
) -> tuple[tuple[int, int], StatementKind]:
    """Widen content to the quotation(s) it touches and decide its kind."""
    start, end = content
    touching = [
        q for q in quotes if q[0] - 2 < end and start <= q[1] and not q[0] <= cue.start < q[1]
    ]
    if not touching:
        return (start, end), "indirect"
    q_start, q_end = touching[0]
    if len(touching) == 1 and q_start - 2 <= start and end <= q_end + 2:
        return (q_start, q_end), "direct"
    widened = (min(start, q_start), max(end, touching[-1][1]))
    if widened[0] < cue.start < widened[1]:  # widening must never swallow the cue
        return (start, end), "mixed"
    return widened, "mixed"


# --- speaker ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Speaker:
    head: Token  # the word that names the speaker (first conjunct)
    source: tuple[int, int]
    borrowed: bool  # taken from a governing verb, not the cue's own subject
    coordinated: bool


def _own_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS and child.tag_ not in _REL_PRONOUNS:
            return child
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ == "nsubjpass" and verb.lemma_.lower() in {"quote", "report"}:
            return child  # "X was quoted as saying …"
    if verb.dep_ == "relcl" and any(
        c.dep_ in _SUBJECT_DEPS and c.lower_ == "who" for c in verb.children
    ):
        return verb.head  # "the minister, who said …"; "that"/"which" are rarely speakers
    return None


def _subject(cue: Token) -> tuple[Token, bool] | None:
    """The cue's subject, or (borrowed=True) that of the nearest governing verb."""
    tok = cue
    for depth in range(12):
        subj = _own_subject(tok) if depth == 0 or tok.pos_ in {"VERB", "AUX"} else None
        if subj is not None:
            return subj, depth > 0
        if tok.dep_ in _CLIMB_STOP or tok.head is tok:
            return None
        tok = tok.head
    return None


def _source_range(head: Token) -> tuple[int, int]:
    """Characters of the noun phrase naming the speaker, minus clauses and appositions."""
    kept = [head]
    for child in head.children:
        if child.dep_ not in _SOURCE_DROP:
            kept.extend(child.subtree)
    first = min(kept, key=lambda t: t.i)
    last = max(kept, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def _speaker(subj: Token, borrowed: bool) -> _Speaker:
    start, end = _source_range(subj)
    coordinated = any(c.dep_ == "conj" for c in subj.children)
    return _Speaker(subj, (start, end), borrowed, coordinated)


def _entity_at(entities: tuple[Entity, ...], tok: Token) -> Entity | None:
    """The entity with a mention over ``tok``; the tightest mention wins."""
    start, end = tok.idx, tok.idx + len(tok.text)
    best: tuple[int, Entity] | None = None
    for ent in entities:
        for mention in ent.mentions:
            span = mention.span
            if span.start < end and start < span.end:
                size = span.end - span.start
                if best is None or size < best[0]:
                    best = (size, ent)
    return None if best is None else best[1]


# --- statements -------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    cue: tuple[int, int]
    content: tuple[int, int] | None
    speaker: _Speaker | None
    base: float


def _find_verb_cue(tok: Token, lexicon: CueLexicon) -> _Found | None:
    last = lexicon.is_cue(tok)
    if last is None:
        return None
    subj = _subject(tok)
    cognition = last is tok and lexicon.lemma_of(tok) in lexicon.cognition
    if cognition and subj is not None and subj[0].lower_ in _FIRST_PERSON:
        return None
    speaker = None if subj is None else _speaker(*subj)
    cue = (tok.idx, last.idx + len(last.text))
    return _Found(cue, _clause_content(tok, last, lexicon), speaker, 0.6 if cognition else 0.9)


def _find_according(tok: Token, lexicon: CueLexicon) -> _Found | None:
    """'according to X, …' and '…, according to X'."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or (tok.lower_, nxt.lower_) not in lexicon.attribution:
        return None
    obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    speaker = None if obj is None else _speaker(obj, False)
    content = None if tok.head is tok else _longer_side(tok.head, tok)
    return _Found((tok.idx, nxt.idx + len(nxt.text)), content, speaker, 0.85)


def _confidence(found: _Found, ent: Entity | None, kind: StatementKind) -> float:
    conf = found.base + (0.05 if kind != "indirect" else 0.0)
    if ent is None:
        conf *= 0.6
    if found.speaker is not None and found.speaker.borrowed:
        conf *= 0.9
    if found.speaker is not None and found.speaker.coordinated:
        conf *= 0.8
    return round(min(conf, 1.0), 3)


def _within_line(text: str, content: tuple[int, int] | None, cue: Span) -> tuple[int, int] | None:
    """Clip syntactic content to the cue's paragraph line: a paragraph break is a
    stronger boundary than a parse that ran two paragraphs together."""
    if content is None:
        return None
    start = max(content[0], text.rfind("\n", 0, cue.start) + 1)
    line_end = text.find("\n", cue.end)
    end = min(content[1], len(text) if line_end < 0 else line_end)
    return (start, end) if start < end else None


def _speaker_in_line(text: str, spk: _Speaker | None, cue: Span) -> _Speaker | None:
    """The speaker with its source clipped to the cue's line and stripped of edge
    punctuation; None if the naming word itself lies on another line."""
    if spk is None:
        return None
    head = (spk.head.idx, spk.head.idx + len(spk.head.text))
    line = _within_line(text, spk.source, cue)
    if line is None or not (line[0] <= head[0] and head[1] <= line[1]):
        return None
    start, end = line
    while start < head[0] and (text[start].isspace() or text[start] in _EDGE_PUNCT):
        start += 1
    while end > head[1] and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCT):
        end -= 1
    return replace(spk, source=(start, end))


def _to_statement(doc: Document, found: _Found, quotes: list[tuple[int, int]]) -> Statement | None:
    cue = doc.span(*found.cue)
    spk = _speaker_in_line(doc.text, found.speaker, cue)
    content = _within_line(doc.text, found.content, cue)
    if content is None:
        before = min(cue.start, spk.source[0]) if spk is not None else cue.start
        content = _adjacent_quote(doc.text, quotes, before, cue.end)
        if content is None:
            return None
    (start, end), kind = _with_quotes(quotes, content, cue)
    start, end = _trim(doc.text, start, end)
    if start >= end or (start < cue.end and cue.start < end):
        return None
    if spk is not None and start < spk.source[1] and spk.source[0] < end:
        spk = None  # the "subject" is inside what was said: a bad parse, not a speaker
    ent = None if spk is None else _entity_at(doc.entities, spk.head)
    found = replace(found, speaker=spk)
    return Statement(
        id=content_id(doc.id, "statement", str(cue.start), str(cue.end), prefix="s"),
        speaker=None if ent is None else ent.id,
        source=None if spk is None else doc.span(*spk.source),
        cue=cue,
        content=doc.span(start, end),
        kind=kind,
        confidence=_confidence(found, ent, kind),
        version=VERSION,
    )


def extract_statements(doc: Document, *, lexicon: CueLexicon) -> list[Statement]:
    """Every reported-speech statement in ``doc``, in text order (one per cue)."""
    if doc.parsed is None:
        raise StageError(
            "E340", "statements need the parse stage; add 'parse' first", where=doc.source
        )
    quotes = find_quotes(doc.text)
    out: list[Statement] = []
    for tok in doc.parsed:
        found = _find_verb_cue(tok, lexicon) or _find_according(tok, lexicon)
        stmt = None if found is None else _to_statement(doc, found, quotes)
        if stmt is not None:
            out.append(stmt)
    return out


def make_statements(cfg: Config) -> Stage:
    """The statements stage, with its cue lexicon loaded once."""
    from ..pipeline import Stage

    del cfg  # no settings yet; the signature is the factory contract
    lexicon = load_cue_lexicon()

    def run(doc: Document) -> Document:
        return replace(doc, statements=tuple(extract_statements(doc, lexicon=lexicon)))

    return Stage(
        "statements",
        VERSION,
        frozenset({"parsed", "sentences", "entities"}),
        frozenset({"statements"}),
        run,
    )
