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

The speaker is found by ``statement_speakers``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .statement_cues import CueLexicon

__all__ = [
    "REL_PRONOUNS",
    "SUBJECT_DEPS",
    "clause_content",
    "object_content",
    "quoted_object",
    "subtree_chars",
    "words_range",
]

Range = tuple[int, int]


def quoted_object(verb: Token) -> Token | None:
    """The one "quoted as saying": the object of an active "quote" with an "as" phrase
    ("the agency WAM *quoted him* as saying"), who speaks, not the agency."""
    if verb.lemma_.lower() != "quote" or not any(c.lower_ == "as" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


REL_PRONOUNS = {"WDT", "WP"}
SUBJECT_DEPS = {"nsubj", "csubj"}
_VAGUE = {"nothing", "little", "much", "something", "anything", "more", "so"}
_OWN_ARGS = {"dobj", "oprd", "prep", "xcomp", "ccomp", "acomp"}
_CONTENT_PREPS = {"about", "against", "for", "on", "of", "to", "with", "over", "as", "that"}


def words_range(words: list[Token], least: int = 1) -> Range | None:
    """Characters from the first to the last of ``words``; None for fewer than ``least``."""
    if len(words) < max(least, 1):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


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
            # an object before the verb is a relative pronoun ("what Gilbert called
            # 'a perception problem'"): the predicate alone is what was said
            objs = (c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < child.i)
            obj = next(objs, child)
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
    if patient is not None and not _trivial(patient) and patient.tag_ not in REL_PRONOUNS:
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
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.tag_ in REL_PRONOUNS or subj.i > verb.i:
        return None
    rel = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ in REL_PRONOUNS), None)
    if rel is None and any(c.dep_ == "dobj" for c in verb.children):
        return None
    noun = verb.head
    end = rel.idx + len(rel.text) if rel is not None else noun.idx + len(noun.text)
    return noun.left_edge.idx, end


# --- speaker ----------------------------------------------------------------------
