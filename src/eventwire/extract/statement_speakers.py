"""Who speaks: the source and speaker of a cue, read off the dependency parse
(statements stage).

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

Repairs of common misparses: of two subjects the parse gives a verb, the one after it
('"…, it will," said James Acton'; only after a closing quote mark, or a name that ends
the report); a dateline parsed as the subject ("WASHINGTON (AP) — President Obama, …,
said") stands for the name in apposition to it; a capitalised word the parse hung on a
subjectless cue as a modifier ("Trump predicts that …" read as a compound noun) is the
source. Stances held by someone other than the subject: the object of a feeling verb
whose subject is a thing ("the jobs report cheered Democrats", ``stimulus``) and the
holder of a stance noun ("criticism from rivals", "support among women").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import Entity, Span
from .statement_parts import REL_PRONOUNS, SUBJECT_DEPS, quoted_object
from .statement_quotes import within_line

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "Speaker",
    "entity_at",
    "quoted_speaker",
    "source_range",
    "speaker_in_line",
    "stimulus",
    "subject",
]

Range = tuple[int, int]

_SOURCE_DROP = {"relcl", "acl", "appos", "punct", "parataxis", "advmod"}
_CLIMB_STOP = {"ccomp", "ROOT"}
_EDGE_PUNCT = set(',;:-\u2013\u2014\u2015"\u201c\u201d()')
_RAISING = {"seem", "appear"}
_CLOSING_MARKS = {'"', "\u201d", "''", "'", "\u2019"}
_DASHES = {"-", "--", "\u2013", "\u2014"}
_WHEN = {"DATE", "TIME"}
_WHEN_WORDS = {"when", "if", "once", "after", "before", "while", "as"}
_NAME_MODIFIER = {"compound", "advmod", "npadvmod", "nmod", "dep"}
# verbs whose object, not subject, holds the feeling ("the ruling angered Democrats")
_FEELINGS = frozenset(
    {"anger", "cheer", "worry", "alarm", "frustrate", "upset", "irritate", "annoy"}
    | {"please", "delight", "embolden", "vex", "remind", "trouble", "disturb", "dismay"}
    | {"outrage", "infuriate", "enrage", "reassure", "hearten"}
)


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
        (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.tag_ in REL_PRONOUNS), None
    )


def _inverted(verb: Token) -> Token | None:
    """'"…, it will," said James Acton': of two subjects the parse gave a verb, the one
    after it (the first sits in the quotation)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[-1].i < verb.i:
        return None
    after, doc = subjects[-1], verb.doc
    prev = verb.i - 1 - (verb.i > 1 and doc[verb.i - 1].text == ",")
    if prev >= 0 and doc[prev].text in _CLOSING_MARKS:
        return after  # '"…," said Cruz'
    # '…, said Geert Wilders, founder of …': the name ends the sentence's report
    late = {"ccomp", "xcomp", "dobj", "advcl", "conj"}
    close = after.pos_ == "PROPN" and after.i - verb.i <= 4 and after.ent_type_ not in _WHEN
    if close and not any(c.i > after.i and c.dep_ in late for c in verb.children):
        return after
    return None


def _dateline(subj: Token) -> Token:
    """'WASHINGTON (AP) — President Obama, …, said': the dateline parsed as the subject
    stands for the name in apposition to it."""
    if not (subj.is_upper and subj.i == subj.sent.start):
        return subj
    names = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return names[-1] if names else subj  # the last: "(AP)" comes first


def _in_dateline(tok: Token) -> bool:
    """Whether ``tok`` lies in a capitalised dateline opening its sentence, before a dash."""
    sent = tok.sent
    dash = next((t.i for t in sent if t.text in _DASHES), None)
    if dash is None or dash < tok.i or not tok.is_upper:
        return False
    return all(t.is_upper or not t.is_alpha for t in sent if t.i <= tok.i)


def _own_subject(verb: Token) -> Token | None:
    if (after := _inverted(verb)) is not None:
        return after
    if (said_by := quoted_object(verb)) is not None:
        return said_by  # "the agency WAM *quoted him* as saying": he speaks, not the agency
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in REL_PRONOUNS]
    if len(subjects) > 1:  # 'MYRTLE BEACH, S.C. - Sen. Ted Cruz continued': not the place
        subjects = [c for c in subjects if not _in_dateline(c)] or subjects
    if len(subjects) > 1 and subjects[1].i < verb.i:  # "People like Scott, he said."
        subjects = subjects[1:]
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.tag_ not in REL_PRONOUNS:
            return _dateline(subjects[0])
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        quoted = child.dep_ == "nsubjpass" and verb.lemma_.lower() in {"quote", "report"}
        if quoted and not any(c.dep_ == "agent" for c in verb.children):  # not "… by X"
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
        if tok.dep_ == "xcomp" and (controller := _object_controller(tok)) is not None:
            return controller, True
        tok = tok.head
    return None


def _object_controller(xcomp: Token) -> Token | None:
    """'The victory led Reince Priebus to declare …': an infinitive after an object
    has that object, not the governing verb's subject, as its doer."""
    head = xcomp.head
    if xcomp.tag_ != "VB" or head.pos_ != "VERB":
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < xcomp.i), None)


def source_range(head: Token) -> Range:
    """Characters of the noun phrase naming the speaker, minus clauses and appositions."""
    kept = [head]
    for child in head.children:
        if child.dep_ not in _SOURCE_DROP:
            kept.extend(child.subtree)
    dash = max((t.i for t in kept if t.text in _DASHES and t.i < head.i), default=-1)
    kept = [t for t in kept if t.i > dash]  # "S.C. - Sen. Ted Cruz": after a dateline
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
        return Speaker(after, source_range(after), True, False)
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
    if "agent" in deps or lemma in {"quote", "report"}:
        return False
    if "auxpass" in deps:
        return True
    if _questioned(cue, deps):
        return True
    # a bare passive participle: "Asked about the polls, she …", "a group known as …"
    return (
        cue.tag_ == "VBN"
        and not deps & {"aux", "nsubj", "nsubjpass"}
        and cue.dep_ in {"advcl", "acl"}
    )


def _questioned(cue: Token, deps: set[str]) -> bool:
    """'Asked whether …, Daley said', 'When pressed about …': the one asked answers later;
    the asker is not named (the small model often tags such an "Asked" as past tense)."""
    if cue.lower_ not in {"asked", "pressed", "questioned"} or deps & {"nsubj", "nsubjpass"}:
        return False
    return cue.i == cue.sent.start or cue.doc[cue.i - 1].lower_ in _WHEN_WORDS


def stimulus(cue: Token) -> Token | None:
    """The thing that causes the feeling of a feeling verb's object ("the jobs report
    cheered Democrats"): a subject that is a common noun naming no one."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in _FEELINGS:
        return None
    if not any(c.dep_ == "dobj" for c in cue.children):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return None
    return subj


def _holder(cue: Token) -> Token | None:
    """Whose attitude a stance reports when it is not the subject: the experiencer of
    a feeling the subject causes ("the ruling angered Democrats") and the holder of a
    stance noun ("criticism from rivals", "support among women")."""
    if stimulus(cue) is not None:
        return next(c for c in cue.children if c.dep_ == "dobj")
    if cue.pos_ == "NOUN":
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "among"}:
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _name_before(cue: Token) -> Token | None:
    """A capitalised word right before a cue the parse gave no subject, attached to it
    as a modifier ("Trump predicts that …" parsed as a compound noun)."""
    if cue.i == cue.sent.start:
        return None
    left = cue.doc[cue.i - 1]
    if left.head.i != cue.i or left.dep_ not in _NAME_MODIFIER or left.is_stop:
        return None
    return left if left.text.istitle() else None
    return None


def _said_before(cue: Token) -> Token | None:
    """'"…," Sanders said, suggesting …': a participle right after a speech verb and a
    comma speaks for that verb's subject, wherever the parse hung it (here inside the
    quotation that follows)."""
    if cue.tag_ != "VBG" or cue.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    doc = cue.doc
    verb = doc[cue.i - 2]
    if doc[cue.i - 1].text != "," or verb.pos_ != "VERB" or verb.sent != cue.sent:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)


def subject(cue: Token) -> Speaker | None:
    """The cue's speaker: its own subject or (borrowed) that of a governing verb."""
    if _sourceless(cue):
        return None
    if (holder := _holder(cue)) is not None:
        return Speaker(holder, source_range(holder), False, False)
    found = _subject(cue)
    if (prior := _said_before(cue)) is not None:
        found = (prior, True)
    if found is None and (left := _name_before(cue)) is not None:
        return Speaker(left, source_range(left), False, False)
    if found is None:
        return _fallback(cue)
    subj, borrowed = found
    if subj.tag_ in REL_PRONOUNS:  # source is the pronoun; "who" names its antecedent
        named = subj.head.head if subj.lower_ == "who" else subj
        return Speaker(named, (subj.idx, subj.idx + len(subj.text)), borrowed, False)
    coordinated = any(c.dep_ == "conj" for c in subj.children)
    return Speaker(subj, source_range(subj), borrowed, coordinated)


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
    the cue and the parse found no subject of the cue's own, or one inside a quotation
    ("They were professionals," X said; '…, X said on "Fox and Friends"'), the speaker
    is the noun phrase between them and the content is the quotation. None when the
    pattern does not hold."""
    before = [q for q in quotes if q[1] <= cue.idx and "\n" not in text[q[1] : cue.idx]]
    if not before:
        return None
    q_start, q_end = max(before, key=lambda q: q[1])
    if _sourceless(cue):
        return None
    quoted = any(qs <= spk.head.idx < qe for qs, qe in quotes) if spk is not None else False
    if spk is not None and not spk.borrowed and not quoted:  # a subject outside quotations
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
