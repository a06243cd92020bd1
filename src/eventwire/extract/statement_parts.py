"""Content and speaker of a cue, read off the dependency parse (statements stage).

Content, in order of preference: the cue's clausal complement (``ccomp``, without a
leading "that"); an object plus infinitive or a bare infinitive ("urged Russia to stop",
"refused to testify"); the object of a cue preposition ("called for a ceasefire");
a quotation next to the cue (left to the caller); the subject of an agentless or
agentive passive ("the plan was endorsed by …"); the rest of the clause around a
parenthetical cue with no argument of its own ("Acts of protest, he said, are
patriotic"); a predicate adjective's complement ("is wary of the deal"); a direct
object ("criticised the plan"), the object of a preposition ("voted against the bill")
or the noun an object relative clause hangs on ("a deal she once supported").
In a relative clause whose pronoun the parser puts inside the complement ("the
policies, which he said had harmed the economy") the content starts after the cue.

Speaker: the cue's subject, the passive agent, a possessor ("Trump's criticism of"),
or, for a cue without its own subject ("… and said …", "…, saying …"), the subject of
the nearest governing verb (climbing past a clause with an expletive subject: "they
argue that there is precedent, citing …"). Evidential verbs ("seem", "appear") and
passives without an agent ("she is expected to win", "he had been told that …") name
no source, as PolNeAR marks them. In "Maria Lopez, who said …" the source is "who" (as
PolNeAR marks it) and the speaker its antecedent. With no subject in the parse at all:
the name right after an inverted cue ('"…," said David Brock'), else the nearest person
or organisation named earlier in the sentence (borrowed, so at lower confidence). When a
quotation ends right before the words naming the speaker and the cue ('"…," Gene
Sperling, a Clinton adviser, said') but the parse found no subject of the cue's own, or
put it inside the quotation, those words are the source and the quotation the content
(``quoted_speaker``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import Entity, Span
from .statement_quotes import within_line

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .statement_cues import CueLexicon

__all__ = [
    "Speaker",
    "clause_content",
    "entity_at",
    "object_content",
    "quoted_speaker",
    "speaker_in_line",
    "subject",
]

Range = tuple[int, int]

_REL_PRONOUNS = {"WDT", "WP"}
_SUBJECT_DEPS = {"nsubj", "csubj"}
_SOURCE_DROP = {"relcl", "acl", "appos", "punct", "parataxis", "advmod"}
_CLIMB_STOP = {"ccomp", "ROOT"}
_EDGE_PUNCT = set(',;:-\u2013\u2014\u2015"\u201c\u201d()')
_VAGUE = {"nothing", "little", "much", "something", "anything", "more", "so"}
_RAISING = {"seem", "appear"}
_OWN_ARGS = {"dobj", "oprd", "prep", "xcomp", "ccomp", "acomp"}
_CONTENT_PREPS = {"about", "against", "for", "on", "of", "to", "with", "over", "as", "that"}


def subtree_chars(tok: Token) -> Range:
    right = tok.right_edge
    return tok.left_edge.idx, right.idx + len(right.text)


def _longer_side(clause: Token, inner: Token) -> Range:
    """The longer part of ``clause``'s subtree left or right of ``inner``'s subtree."""
    c_start, c_end = subtree_chars(clause)
    i_start, i_end = subtree_chars(inner)
    return max(((c_start, i_start), (i_end, c_end)), key=lambda r: r[1] - r[0])


def _complement(verb: Token, comp: Token) -> Range:
    start, end = subtree_chars(comp)
    first = comp.left_edge
    # The small model sometimes tags the complementiser as a determiner ("pointed out
    # that aid arrived"); right after the cue word it is the complementiser.
    after_cue = first.i > 0 and verb in {first.nbor(-1), first.nbor(-1).head}
    if first.lower_ == "that" and (first.dep_ == "mark" or after_cue):
        start = first.nbor(1).idx if first.i + 1 < len(first.doc) else end
    return start, end


def clause_content(verb: Token, last: Token) -> Range | None:
    """Character range of the clause the cue introduces, or None."""
    # The nearest complement: a sentence the parser failed to split can hang a
    # neighbouring sentence's clause on the cue as a second ccomp.
    comps = [c for c in verb.children if c.dep_ in {"ccomp", "acl"} and c.pos_ in {"VERB", "AUX"}]
    comps = comps or [c for c in verb.children if c.dep_ == "ccomp"]
    if comps:
        start, end = _complement(verb, min(comps, key=lambda c: abs(c.i - verb.i)))
        if start <= verb.idx < end and last.i + 1 < len(verb.doc):
            # "the policies, which he said had harmed the economy": the fronted relative
            # pronoun belongs to the complement; what was said is what follows the cue
            start = verb.doc[last.i + 1].idx
        return (start, end) if start < end else None
    if last.dep_ == "prep" and last.i != verb.i:  # "called for a ceasefire"
        obj = next((c for c in last.children if c.dep_ == "pobj"), None)
        return None if obj is None else subtree_chars(obj)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        said = next((c for c in prep.children if c.dep_ == "pcomp"), None)
        comp = None if said is None else next((c for c in said.children if c.dep_ == "ccomp"), None)
        if said is not None and comp is not None:  # "was quoted as saying that …"
            return _complement(said, comp)
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if xcomp is not None:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i), None)
        start = obj.left_edge.idx if obj is not None else xcomp.left_edge.idx
        return start, subtree_chars(xcomp)[1]
    return None


def _trivial(obj: Token) -> bool:
    """A bare pronoun or quantifier object says nothing ("said nothing", "said it")."""
    return obj.left_edge.i == obj.right_edge.i and (obj.pos_ == "PRON" or obj.lower_ in _VAGUE)


def _small_clause(verb: Token) -> Range | None:
    """ "called himself pro-choice" (object + predicate); "calling for X to be banned"."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "oprd":
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < child.i), child)
            return obj.left_edge.idx, subtree_chars(child)[1]
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        if child.dep_ == "advcl" and mark is not None and mark.lower_ == "for":
            return mark.nbor(1).idx, subtree_chars(child)[1]
    return None


def _adjective_content(verb: Token) -> Range | None:
    """A predicate adjective's complement: "is wary of the deal" -> "the deal", "was
    eager to testify" -> "to testify", "is confident that …"."""
    adj = next((c for c in verb.children if c.dep_ == "acomp" and c.i > verb.i), None)
    if adj is None:
        return None
    for child in adj.children:
        if child.dep_ in {"xcomp", "ccomp"}:
            return _complement(adj, child)
        if child.dep_ == "prep" and child.i > adj.i:
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return subtree_chars(obj)
    return None


def object_content(verb: Token, lexicon: CueLexicon) -> Range | None:
    """The weaker fallbacks: around a parenthetical cue, a direct object, a preposition's
    object."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is not None and not _trivial(patient) and patient.tag_ not in _REL_PRONOUNS:
        return subtree_chars(patient)  # "the plan was endorsed by …": what was endorsed
    parenthetical = (
        verb.dep_ in {"parataxis", "advcl"}
        and verb.head.i != verb.i
        and not any(c.dep_ in _OWN_ARGS and c.i > verb.i for c in verb.children)
    )
    if parenthetical and lexicon.is_cue(verb.head) is None:
        side = _longer_side(verb.head, verb)
        if side[1] > side[0]:
            return side
    small = _small_clause(verb)
    if small is not None:
        return small
    adjective = _adjective_content(verb)
    if adjective is not None:
        return adjective
    for child in verb.children:
        if child.dep_ in {"dobj", "attr"} and child.i > verb.i and not _trivial(child):
            return subtree_chars(child)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS and child.i > verb.i:
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return subtree_chars(obj)
    return _antecedent(verb)


def _antecedent(verb: Token) -> Range | None:
    """An object relative clause's noun and pronoun ("a deal she supported", "the act,
    which Obama signed"); not a subject one ("a man who spoke": he is the speaker)."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is None or subj.tag_ in _REL_PRONOUNS or subj.i > verb.i:
        return None
    rel = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ in _REL_PRONOUNS), None)
    if rel is None and any(c.dep_ == "dobj" for c in verb.children):
        return None
    noun = verb.head
    end = rel.idx + len(rel.text) if rel is not None else noun.idx + len(noun.text)
    return noun.left_edge.idx, end


# --- speaker ----------------------------------------------------------------------


@dataclass(frozen=True)
class Speaker:
    head: Token  # the word that names the speaker (first conjunct)
    source: Range
    borrowed: bool  # taken from a governing verb, not the cue's own subject
    coordinated: bool


def _relative(verb: Token) -> Token | None:
    """The relative pronoun subject of "the minister, who said …" (PolNeAR's source)."""
    if verb.dep_ != "relcl":
        return None
    return next(
        (c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.tag_ in _REL_PRONOUNS), None
    )


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
        if child.dep_ == "poss" and verb.pos_ in {"NOUN", "PROPN"}:
            return child  # "Trump's criticism of …"
    return _relative(verb)


def _expletive(clause: Token) -> bool:
    """A clause with an expletive subject ("there is precedent") names no one: a
    participle hanging on it ("…, citing X") borrows the speaker of the verb above."""
    return any(c.dep_ == "expl" for c in clause.children)


def _subject(cue: Token) -> tuple[Token, bool] | None:
    tok = cue
    for depth in range(12):
        subj = _own_subject(tok) if depth == 0 or tok.pos_ in {"VERB", "AUX"} else None
        # A borrowed "that"/"which" is usually a misattached relative clause: climb on.
        if subj is not None and (depth == 0 or subj.lower_ not in {"that", "which"}):
            return subj, depth > 0
        if tok.head.i == tok.i or (tok.dep_ in _CLIMB_STOP and not _expletive(tok)):
            return None
        tok = tok.head
    return None


def _source_range(head: Token) -> Range:
    """Characters of the noun phrase naming the speaker, minus clauses and appositions."""
    kept = [head]
    for child in head.children:
        if child.dep_ not in _SOURCE_DROP:
            kept.extend(child.subtree)
    first = min(kept, key=lambda t: t.i)
    last = max(kept, key=lambda t: t.i)
    end = last.idx + len(last.text)
    if last.tag_ == "POS" and last.i != head.i:  # "Trump's" -> "Trump"
        end = last.idx
    return first.idx, end


def _after_cue(cue: Token) -> Token | None:
    """The name right after an inverted cue ('"…," said David Brock, a …')."""
    doc = cue.doc
    for tok in doc[cue.i + 1 : min(cue.i + 6, cue.sent.end)]:
        if tok.pos_ in {"PROPN", "NOUN"}:
            head = tok
            while head.dep_ in {"compound", "flat", "amod"} and head.head.i > head.i:
                head = head.head
            return head
        if tok.pos_ not in {"DET", "ADJ", "PUNCT"} or tok.text in {".", '"', "\u201c"}:
            return None
    return None


def _fallback(cue: Token) -> Speaker | None:
    """No subject in the parse: the name after an inverted speech verb whose content came
    first, else the nearest person or organisation named earlier in the sentence."""
    first = cue.sent[0].i
    if cue.pos_ == "VERB" and cue.i - first > 2 and (after := _after_cue(cue)) is not None:
        return Speaker(after, _source_range(after), True, False)
    names = [e for e in cue.sent.ents if e.label_ in {"PERSON", "ORG"} and e.end <= cue.i]
    if not names:
        return None
    ent = names[-1]
    return Speaker(ent.root, (ent.start_char, ent.end_char), True, False)


def _sourceless(cue: Token) -> bool:
    """Evidential and agentless passive cues name no source: "prices seem to rise",
    "she is expected to win", "he had been told that …" (but "was quoted as saying")."""
    lemma = cue.lemma_.lower()
    if lemma in _RAISING:
        return True
    deps = {c.dep_ for c in cue.children}
    return "auxpass" in deps and "agent" not in deps and lemma not in {"quote", "report"}


def subject(cue: Token) -> Speaker | None:
    """The cue's speaker: its own subject or (borrowed) that of a governing verb."""
    if _sourceless(cue):
        return None
    found = _subject(cue)
    if found is None:
        return _fallback(cue)
    subj, borrowed = found
    if subj.tag_ in _REL_PRONOUNS:  # source is the pronoun; "who" names its antecedent
        named = subj.head.head if subj.lower_ == "who" else subj
        return Speaker(named, (subj.idx, subj.idx + len(subj.text)), borrowed, False)
    coordinated = any(c.dep_ == "conj" for c in subj.children)
    return Speaker(subj, _source_range(subj), borrowed, coordinated)


_GAP_NAMES = {"PROPN", "NOUN", "PRON"}
_GAP_TAIL = {"ADV", "AUX", "PART", "PUNCT", "CCONJ", "SCONJ", "SPACE"}
_GAP_STOP = {"VERB", "AUX", "SCONJ"}


def _gap_words(cue: Token, start: int) -> list[Token] | None:
    """The words from character ``start`` up to the cue: a noun phrase with no verb of
    its own (trailing adverbs and auxiliaries dropped: "Smith also said")."""
    words = [t for t in cue.sent if start <= t.idx and t.i < cue.i]
    while words and words[-1].pos_ in _GAP_TAIL:
        words.pop()
    if not words or words[0].pos_ not in _GAP_NAMES | {"DET", "ADJ", "NUM"}:
        return None
    if any(t.pos_ in _GAP_STOP or t.text in {'"', "\u201c", "\u201d"} for t in words):
        return None
    return words


def quoted_speaker(
    text: str, quotes: list[Range], cue: Token, spk: Speaker | None
) -> tuple[Speaker, Range] | None:
    """'"…," Gene Sperling, a Clinton adviser, said': when a quotation ends right before
    the cue and the parse found no subject of the cue's own, or one inside that quotation
    ("They were professionals," X said), the speaker is the noun phrase between them and the
    content is the quotation. None when the pattern does not hold."""
    before = [q for q in quotes if q[1] <= cue.idx and "\n" not in text[q[1] : cue.idx]]
    if not before:
        return None
    q_start, q_end = max(before, key=lambda q: q[1])
    if _sourceless(cue):
        return None
    if spk is not None and not spk.borrowed and not q_start <= spk.head.idx < q_end:
        return None
    gap = text[q_end : cue.idx]
    lead = len(gap) - len(gap.lstrip(" ,\u2013\u2014-\"\u201d'"))
    words = _gap_words(cue, q_end + lead)
    if words is None or len(words) > 15 or words[0].idx != q_end + lead:
        return None
    head = next(t for t in words if t.pos_ in _GAP_NAMES | {"DET", "ADJ", "NUM"})
    head = next((t for t in words if t.pos_ in _GAP_NAMES), head)
    while head.dep_ in {"compound", "flat"} and head.head.i > head.i and head.head in words:
        head = head.head
    source = (words[0].idx, words[-1].idx + len(words[-1].text))
    return Speaker(head, source, False, False), (q_start, q_end)


def speaker_in_line(text: str, spk: Speaker | None, cue: Span) -> Speaker | None:
    """The speaker with its source clipped to the cue's line and stripped of edge
    punctuation; None if the naming word itself lies on another line."""
    if spk is None:
        return None
    head = (spk.head.idx, spk.head.idx + len(spk.head.text))
    line = within_line(text, spk.source, cue)
    if line is None:
        return None
    if not spk.source[0] <= head[0] < spk.source[1]:  # "who": the source names no entity
        return replace(spk, source=line)
    if not (line[0] <= head[0] and head[1] <= line[1]):
        return None
    start, end = line
    while start < head[0] and (text[start].isspace() or text[start] in _EDGE_PUNCT):
        start += 1
    while end > head[1] and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCT):
        end -= 1
    return replace(spk, source=(start, end))


def entity_at(entities: tuple[Entity, ...], tok: Token) -> Entity | None:
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
