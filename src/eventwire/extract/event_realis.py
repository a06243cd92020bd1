"""Realis for the events stage: whether a candidate's clause reports its act as done.

Hedged ("*due* to attend", "*speculation* X would demand") and habitual ("who currently
*chairs* meetings") mentions are no events; nor are conditions, possibilities and
counterfactuals ("*if* Dixons accepted", "*may* accept", "*would have* announced"),
forecasts ("*is expected to* receive"), or acts denied ("*denied* threatening", "it was
*not true* that ..."), prohibited ("the treaty *bans* deploying"), only believed or
expected by someone ("*assumes* talks will proceed") or only wished for or permitted
("*anxious* to work with", "*free* to continue talks").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_match import NOUN_POS
from .event_readings import that_clause, to_infinitive
from .event_roles import quoted

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .event_lexicon import EventLexicon
    from .event_match import Candidate

__all__ = [
    "FUTURE_AUX",
    "clause_verb",
    "is_denied_or_unreal",
    "is_double_refusal",
    "is_forecast",
    "is_habitual",
    "is_hedged",
    "is_hypothetical",
]

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would"})
# Governors that make an act scheduled, expected or rumoured rather than done: "*due* to
# attend a summit", "*likely* to tell", "*speculation* Venezuela would demand".
_HEDGE_NOUNS = frozenset({"speculation", "rumor", "rumour", "rumors", "rumours"})
# Links from an act up to the word that hedges it ("in *hopes* of freeing").
_HEDGED_DEPS = frozenset(
    {"xcomp", "ccomp", "acl", "acomp", "relcl", "pcomp", "prep", "pobj", "dobj", "advcl"}
)
_IF = frozenset({"if", "unless", "whether"})
_SIGNS = frozenset({"sign", "signs", "indication", "indications", "evidence"})
_WHEN = frozenset({"when", "after", "before", "once", "until", "as soon as"})
_HEDGES = frozenset(
    {
        "due",
        "likely",
        "unlikely",
        "expected",
        "scheduled",
        "set",
        "speculation",
        "hope",
        "hopes",
        "rumor",
        "rumour",
        "possibility",
        "prospect",
        "fear",
        "likelihood",
        "chance",
        "idea",
        "risk",
        "threat",
        "danger",
        "warning",  # "a clear *warning of* sanctions against Japanese companies"
        "confident",
        "certain",
        "assurance",
        "optimistic",
        "hopeful",
        "difficult",
        "hard",
        "impossible",
    }
)
# "is *expected* to meet", "is *scheduled* to visit": someone else's forecast or plan.
_FORECAST_CUES = frozenset({"expect", "schedule", "set", "slate", "due", "plan", "tip"})
_WEIGHING = frozenset({"consider", "contemplate", "mull", "ponder", "weigh"})
_HEARSAY = frozenset({"report", "say", "believe", "think", "rumour", "rumor", "allege"})


def _seeming_or_hearsay(clause: Token) -> bool:
    """ "*appear* to", "*seem* to"; "*are reported* to have", "*is said* to have", "*is
    believed* to have" ("Libyan forces are reported to have blown up stocks"); not
    "people *were reported killed*" (a toll reported)."""
    verb = clause.head
    if verb.lemma_.lower() in {"appear", "seem"}:
        return True
    if not to_infinitive(clause):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and verb.lemma_.lower() in _HEARSAY


# Where an event noun is the setting of another act ("will ratify *at* the meeting").
_SETTING = frozenset({"at", "during", "before", "after", "following", "ahead", "until"})
_POSSIBLE = frozenset({"may", "might", "could"})
# A power held, not used ("Reagan *can* reject sanctions"); "cannot accept" is a refusal.
_ABLE = frozenset({"can", "ca"})
# Words above an act that say it was not done (a denial, a prohibition), is only someone's
# belief or expectation, or only wished for or permitted: "*denied* threatening", "it was
# *not true* that X threatened", "the treaty *prohibits* deploying", "*assumes* talks will
# proceed", "is *anxious* to work with", "is *free* to continue talks".
_DENIALS = frozenset({"deny", "refute", "disclaim"})
_PROHIBITIONS = frozenset({"ban", "prohibit", "bar", "forbid", "outlaw", "prevent", "preclude"})
_AVERTED = frozenset({"avert", "avoid", "veto", "forestall"})
_BELIEFS = frozenset({"expect", "assume", "anticipate", "predict", "forecast", "believe"})
_BELIEFS |= frozenset({"foresee", "suppose", "presume", "doubt", "envisage", "envision"})
# Verbs of wanting what another does: "*wants* Japan to agree" is a wish, not an intent.
_DESIRES = frozenset({"want", "wish", "like", "prefer", "need"})
_WISHES = frozenset({"anxious", "keen", "free", "happy", "interested", "glad"})
_WISHES |= frozenset({"inclined", "disposed"})  # "voters more *inclined to back* Labour"
# Nouns for a belief held, not a fact reported: "a *perception* (that) Japan had reneged".
_BELIEF_NOUNS = frozenset({"perception", "speculation", "rumour", "rumor", "impression"})
_BELIEF_NOUNS |= frozenset({"fear", "suspicion", "expectation", "belief", "feeling", "view"})
# Reports are unconfirmed: "no comment on *reports* that ministers would attend" (a
# content clause, not "a report *requested by* Congress").
_REPORT_NOUNS = frozenset({"report", "hint", "suggestion", "claim"})
# What is proposed or asked for is not done: "the Justice Department *recommendation that*
# regional holding companies *be banned*".
_REPORT_NOUNS |= frozenset({"recommendation", "proposal", "idea", "demand", "request", "call"})
# What one needs to do is not done: "the president *needs to* begin working with".
# What one alleges another did is an allegation, coded on the allegation itself: "CBT
# officials *complained* the CFTC was reneging".
_ALLEGATIONS = frozenset({"allege", "complain", "claim", "contend", "charge"})
_ALLEGATIONS |= frozenset({"suspect", "accuse"})  # "*suspected of* having collaborated"
# An act one stopped doing is not reported as done: "the SEC *stopped* demanding".
_STOPPED = frozenset({"stop", "cease", "quit"})
_STOPPED |= frozenset({"delay", "postpone", "defer"})  # "have *delayed accepting* a proposal"
_OPPOSED = frozenset({"oppose", "resist"})  # "opposes *putting restrictions* on junk bonds"
# What a possible outcome is reached by: "could *lead to*", "could *result in*".
_CONSEQUENCES = frozenset({"lead", "result", "degenerate"})
# Verbs whose object is a consequence: "it would *mean* strikes", "could *spark* attacks".
_CAUSING = frozenset({"mean", "cause", "trigger", "spark", "provoke", "prompt", "bring"})
_UNDONE = _DENIALS | _PROHIBITIONS | _BELIEFS | _WISHES | _ALLEGATIONS | _STOPPED
# Verbs by which a fact or figure points to a conclusion: "output levels *indicated* Saudi
# Arabia was insisting on" is an inference, not a report that anyone insisted.
_EVIDENCING = frozenset({"indicate", "suggest", "show", "signal", "imply", "reflect"})
# "foreign powers *aimed to* ... destroy", "having *trouble* getting a majority to agree"
_UNDONE |= frozenset({"need", "aim", "trouble", "difficulty"})
_UNDONE |= frozenset({"recommend", "ensure", "insure"})  # "would *recommend* ... that they
# reject a merger", "to *ensure that* U.K. firms be allowed": advised or aimed at
_EXCLUDING = frozenset({"exclude", "deny", "preclude", "discount", "dismiss"})
_TRUTH = frozenset({"true", "correct", "accurate", "so"})
_MISTAKEN = frozenset({"wrong", "mistaken", "incorrect", "inaccurate", "misleading"})
_FALSEHOODS = frozenset({"untrue", "false", "baseless", "groundless", "unfounded"})
_UNDONE_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep", "conj", "advcl", "acomp"})


def clause_verb(tok: Token) -> Token:
    """The verb whose clause a word is in: itself, or the verb an event noun hangs on
    ("would take part *in the meeting*" -> take)."""
    node = tok
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"} or node.head is node:
            return node
        node = node.head
    return node


_STANDING = frozenset({"force", "effect", "place", "existence"})
_BACKDROPS = frozenset({"background", "backdrop", "climate", "atmosphere", "legacy"})
_KEPT = frozenset({"maintain", "keep", "retain", "uphold", "preserve"})


def _standing_measure(noun: Token) -> bool:
    """ "a Congressional ban *in force* at the time", "restrictions *in place*", "against
    a *background of* Western sanctions": a measure that stands, mentioned as
    background, not one imposed here."""
    of = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    if noun.pos_ in NOUN_POS and of and noun.head.head.lemma_.lower() in _BACKDROPS:
        return True
    if noun.pos_ in NOUN_POS and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _KEPT:
        return True  # "would *maintain* January's suspension of interest payments"
    return noun.pos_ in NOUN_POS and any(
        p.lower_ == "in" and any(o.lemma_.lower() in _STANDING for o in p.children)
        for p in noun.children
        if p.dep_ == "prep"
    )


# Stances and words, which a class of people holds in the simple present: "Japanese
# banks object to ...", "U.S. farmers favour ...". Acts of force are left alone.
_STANCE_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12"})
# Those who speak for a body: "Zairean *officials blame* the IMF plan" reports what they
# said, not a standing view of a class.
_VOICES = frozenset({"official", "leader", "minister", "diplomat", "lawmaker", "legislator"})
_VOICES |= frozenset({"delegate", "negotiator", "senator", "congressman", "spokesman"})


def _class_present(cand: Candidate, verb: Token) -> bool:
    """A bare plural in the simple present: a routine ("under the reforms, *farmers sign*
    contracts") or, for a stance or words, a view a class holds ("*Japanese banks object*
    to the short-term paper market")."""
    if verb.tag_ != "VBP" or verb.dep_ != "ROOT":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS":
        return False
    if not list(subj.children):
        return True  # "under the reforms, *farmers sign* contracts with the state"
    # "*Japanese banks object* to the short-term paper market": a view
    return (
        cand.rule.cameo[:2] in _STANCE_ROOTS
        and subj.lemma_.lower() not in _VOICES
        and all(c.dep_ == "amod" for c in subj.children)
    )


# Adjectives that make an event noun a run of acts: "*sporadic but frequent* demonstrations".
# ("the 28th *regular* meeting", "the *weekly* meeting" are one meeting of a series.)
_FREQUENT = frozenset({"frequent", "occasional", "constant", "continual", "recurrent"})


def _frequent(trigger: Token) -> bool:
    """A run of acts, or a participle telling one of them ("frequent demonstrations by
    farmers *protesting* over prices")."""
    if trigger.dep_ == "acl":
        return any(_frequent(a) for a in list(trigger.ancestors)[:4])
    return trigger.pos_ in NOUN_POS and any(
        c.dep_ in {"amod", "conj"} and c.lower_ in _FREQUENT
        for a in trigger.children
        if a.dep_ == "amod"
        for c in (a, *a.children)
    )


def _habit_heads(cand: Candidate, verb: Token) -> list[Token]:
    """The words a habit adverb may hang on: the verb, its cue, and the verb a "to" clause
    is the purpose of ("*traditionally use* their proxy votes *to support* the management")."""
    heads = [verb] if cand.cue is None else [verb, cand.cue]
    if verb.dep_ in {"xcomp", "advcl"} and any(c.lower_ == "to" for c in verb.children):
        heads.append(verb.head)
    return heads


def is_habitual(cand: Candidate) -> bool:
    """ "de Keersmaeker, who currently *chairs* ministers' meetings": a simple-present
    relative clause describes a role, it reports no event."""
    if _standing_measure(cand.trigger) or _frequent(cand.trigger):
        return True
    verb = cand.verb
    if verb.pos_ in NOUN_POS:
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    heads = _habit_heads(cand, verb)
    if any(
        (c.dep_ == "advmod" and c.lower_ in _HABITUALLY) or _from_time_to_time(c)
        for h in heads
        for c in h.children
    ):
        return True  # "who have *traditionally* opposed", "has *consistently* refused to",
        # "she *talks* with the central bank chief *from time to time*"
    if any(_refused_again(h) or _routine(h) or _as_a_rule(cand, h) for h in heads):
        return True  # "the cabinet has *repeatedly refused* to seek aid from the Fund";
        # "the agency *inspects* 40 mln hogs *every year*": a routine;
        # "*every time* the authorities *try to crack down*"
    if (verb.tag_ in {"VBZ", "VBP"} and _per_period(verb)) or _series_of(cand.trigger):
        return True  # "registers 5,000 firms *per year* but also *rejects* 30": a rate;
        # "*weekly protests* ... have been held for years"
    if _growing_number(verb):
        return True
    if cand.rule.cameo[:2] not in {"18", "19", "20"} and _times_over(verb):
        return True  # attacks told "three times this week" stay an event (PLOVER GSR)
    if cand.rule.cameo[:2] in {"03", "04", "05", "06"} and _many_doing(verb):
        return True  # "many companies are holding talks with the Soviets": a generality
    if _class_present(cand, verb):
        return True
    if cand.rule.cameo[:2] in {"03", "05", "06"} and _for_years(verb):
        return True  # "has funded the Orbis study *for 8 years*"
    if _standing_charge(verb) or _used_to(verb) or _class_undergoing(verb):
        return True  # "Korea, *which has been accused of* dumping goods from chips to cars",
        # "the pier *has been used* by smugglers *to fire on* patrol boats", "a safe area
        # for *women who have been assaulted*": whoever has
    if verb.tag_ in {"VBZ", "VBP"} and _stranded(verb):
        return True  # "German banks they now *cooperate with*": a relation that stands
    return verb.dep_ == "relcl" and verb.tag_ in {"VBZ", "VBP"}


def _class_undergoing(verb: Token) -> bool:
    """A present-perfect passive relative clause on a bare plural names a class by what
    it has undergone ("women who *have been assaulted*"), not an act done to some of
    them ("*the* three women who have been ..." names them)."""
    if verb.dep_ != "relcl" or verb.head.tag_ != "NNS":
        return False
    if any(c.dep_ in {"det", "nummod", "poss"} for c in verb.head.children):
        return False
    kids = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "have" for c in kids) and any(
        c.dep_ == "auxpass" for c in kids
    )


_PERFECT = frozenset({"has", "have", "had"})
_PERIODS = frozenset({"year", "month", "week", "day", "night", "annum"})
# How often acts of a series come: "*weekly* protests", "*daily* raids". (A singular
# "weekly meeting" is one meeting of a series; talks are plural when there is one.)
_SERIES = frozenset({"daily", "nightly", "weekly", "monthly", "yearly", "annual", "regular"})


def _as_a_rule(cand: Candidate, head: Token) -> bool:
    """ "Kim *has routinely threatened* the U.S. mainland", "*repeatedly defies*
    international law": words and stances told as a habit (attacks told so stay events:
    PLOVER GSR ASSAULT-0003)."""
    if cand.rule.cameo[:2] in {"18", "19", "20"}:
        return False
    adverbs = {c.lower_ for c in head.children if c.dep_ == "advmod"}
    perfect = any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in head.children)
    present = head.tag_ in {"VBZ", "VBP"}
    # "has *repeatedly* urged Xi", "have complained repeatedly": acts done, again and again
    return ("routinely" in adverbs and (present or perfect)) or (
        "repeatedly" in adverbs and present
    )


def _routine(head: Token) -> bool:
    """A present act done "every year", "whenever", or "every time" something happens."""
    if head.dep_ == "relcl" and _every_time(head.head):
        return True
    present = head.tag_ in {"VBZ", "VBP"} or (  # "where people *get shot* every day"
        head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in head.children)
    )
    return present and any(
        (c.dep_ == "npadvmod" and any(d.lower_ in {"every", "each"} for d in c.children))
        or (c.dep_ == "advmod" and c.lower_ == "whenever")
        for c in head.children
    )


def _every_time(noun: Token) -> bool:
    """ "*every time* the authorities try": a noun of occasions that every/each counts."""
    return noun.lower_ in {"time", "occasion"} and any(
        d.lower_ in {"every", "each"} for d in noun.children
    )


def _per_period(verb: Token) -> bool:
    """A rate in the verb's clause (or the clause it is joined to): "*per year*"."""
    clause = verb.head if verb.dep_ == "conj" else verb
    return any(
        t.lower_ == "per" and any(c.lemma_.lower() in _PERIODS for c in t.children)
        for t in clause.subtree
    )


def _series_of(trigger: Token) -> bool:
    """A plural act noun counted by how often it comes: "*weekly protests*" (not "this
    week's semi-annual meetings" or "the annual meetings": those are the ones held)."""
    kids = list(trigger.children)
    return (
        trigger.tag_ == "NNS"
        and trigger.lemma_.lower() not in {"talk", "negotiation"}
        and any(c.dep_ == "amod" and c.lower_ in _SERIES for c in kids)
        and not any(c.dep_ in {"poss", "det"} for c in kids)
    )


def _from_time_to_time(prep: Token) -> bool:
    """ "from time to time", however the parse hangs "to time" (on "time" or the verb)."""
    if prep.lower_ != "from" or not any(o.lower_ == "time" for o in prep.children):
        return False
    doc, i = prep.doc, prep.i
    return i + 3 < len(doc) and doc[i + 2].lower_ == "to" and doc[i + 3].lower_ == "time"


def _used_to(verb: Token) -> bool:
    """What a thing "has been used to" do is told of its past uses, no one act."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "used to not only launch attacks ... but *to fire on*"
    head = verb.head
    return (
        verb.dep_ in {"advcl", "xcomp"}
        and _aux(verb, frozenset({"to"}))
        and head.lemma_.lower() == "use"
        and any(c.dep_ == "auxpass" for c in head.children)
        and _aux(head, _PERFECT)
    )


def _refused_again(cue: Token) -> bool:
    """A refusal made again and again is a standing policy, not one refusal."""
    if cue.lemma_.lower() not in {"refuse", "decline"}:
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "repeatedly" for c in cue.children)


def _standing_charge(verb: Token) -> bool:
    """ "*accused*" in a passive perfect relative clause with no accuser named."""
    if verb.lemma_.lower() != "accuse" or verb.dep_ != "relcl":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children)
    return perfect and not any(c.dep_ == "agent" for c in verb.children)


def _for_years(verb: Token) -> bool:
    """A relation held over a span of time ("has supported ... *for 12 years*")."""
    spans = {"year", "month", "decade"}
    return any(
        o.lemma_.lower() in spans and o.tag_ == "NNS"
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
    )


def _stranded(verb: Token) -> bool:
    """A preposition left without its object at the end of a contact clause."""
    return any(c.dep_ == "prep" and c.i > verb.i and not list(c.children) for c in verb.children)


def _believed(node: Token) -> bool:
    """ "there was a *perception* Japan had reneged", "*reports* from Osaka *that* deputy
    ministers would attend": a clause stating what is believed or reported."""
    if node.dep_ in {"acl", "relcl"} and node.head.lemma_.lower() in _BELIEF_NOUNS:
        return True
    # a content clause ("reports *that* X would attend"), not a participle ("a report
    # *requested* by Congress")
    return node.dep_ == "acl" and node.head.lemma_.lower() in _REPORT_NOUNS and that_clause(node)


def _times_over(verb: Token) -> bool:
    """ "has threatened or imposed tariffs *six times* over the past two years": a
    tally of acts, no one event ("once" and "twice" may tell one or two, left alone)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        heads.append(verb.head)  # "has threatened or imposed tariffs six times"
    return any(
        c.dep_ in {"npadvmod", "advmod", "dobj"}
        and c.lemma_.lower() == "time"
        and c.tag_ == "NNS"
        and any(d.dep_ in {"nummod", "amod"} for d in c.children)
        for h in heads
        for c in h.children
    )


def _growing_number(verb: Token) -> bool:
    """ "a *growing number* of legislators oppose the policies": a trend, no one act."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() != "number" or verb.tag_ not in {"VBP", "VBZ"}:
        return False
    return any(
        c.dep_ == "amod" and c.lower_ in {"growing", "increasing", "rising"} for c in subj.children
    )


def _many_doing(verb: Token) -> bool:
    """A present act of an unnamed many ("*many companies are* holding talks", "*state
    legislatures are agreeing* to permit mergers")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS" or any(c.dep_ == "det" for c in subj.children):
        return False
    many = any(c.dep_ == "amod" and c.lower_ in {"many", "most", "some"} for c in subj.children)
    bare = not any(c.dep_ in {"poss", "nummod", "amod", "prep"} for c in subj.children)
    if not many and not (bare and verb.tag_ == "VBG"):
        return False
    present = verb.tag_ in {"VBP", "VBZ"} or any(
        c.dep_ == "aux" and c.lower_ in {"are", "is", "have", "has"} for c in verb.children
    )
    return present


_HABITUALLY = frozenset({"traditionally", "historically", "habitually", "typically", "usually"})
# "talked *often* with": a habit. "*routinely* beat up detainees" is coded by the PLOVER
# gold (GSR ASSAULT-0003): a reported practice of violence stays an event.
_HABITUALLY |= frozenset({"often", "seldom", "rarely", "always"})  # "has always supported"
_HABITUALLY |= frozenset({"consistently", "persistently"})  # "has consistently refused to"
_HABITUALLY |= frozenset({"frequently", "occasionally", "sometimes"})  # "met *frequently* with"
_HABITUALLY |= frozenset({"normally", "customarily"})  # "officials *normally* meet in the summer"
_HABITUALLY |= frozenset({"annually", "yearly", "monthly", "weekly", "regularly"})  # "would
# *meet annually* to gauge financing needs": a standing arrangement


def _to_come(node: Token, verb: Token) -> bool:
    """ "Kuroda *is to hold* meetings" (scheduled), "will demonstrate Monday ...
    *protesting* the takeover", "the agency *is moving to seize* the assets": not yet."""
    if node.dep_ == "xcomp" and node.head.lemma_ == "be" and _aux(node, frozenset({"to"})):
        return True
    if node.dep_ == "ROOT" and node.i == verb.i and _aux(node, frozenset({"to"})):
        return True  # a headline's "Apple *to give* free cases": announced, not yet done
    if node.dep_ == "xcomp" and _future_aspect(node.head):
        return True  # "it *will begin to fly* in 2009", "*will be able to* attack shipping"
    if node.i == verb.i and node.dep_ in {"advcl", "acl"} and node.tag_ == "VBG":
        governor = next((a for a in node.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if governor is not None and _aux(governor, FUTURE_AUX):
            return True
    if node.i == verb.i and node.dep_ in {"acl", "relcl"} and _aux(node, frozenset({"to"})):
        governor = next((a for a in node.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if governor is not None and _aux(governor, FUTURE_AUX):
            return True  # "he *will be* the first U.S. official *to visit* Japan since"
    return node.dep_ == "xcomp" and node.head.lemma_ == "move" and node.head.tag_ == "VBG"


# Verbs of starting: their future is their complement's. Not "continue": one who "will
# continue to ask" is asking now.
_ASPECTUAL = frozenset({"begin", "start", "resume"})


def _future_aspect(head: Token) -> bool:
    """ "*will begin* to", "*will be able* to": a start or an ability still ahead."""
    if head.lower_ == "able" and head.dep_ == "acomp":
        head = head.head
    elif head.lemma_.lower() not in _ASPECTUAL:
        return False
    return _aux(head, FUTURE_AUX)


_FREE = frozenset({"whatever", "whichever", "whoever", "anything"})


def _open_ended(verb: Token) -> bool:
    """ "*whatever* the president agrees to", "a missile *capable of* hitting Iraq", "a
    reform *without the people occupying* land": no act told."""
    before = verb.doc[max(verb.sent.start, verb.i - 5) : verb.i]
    free = [t for t in before if t.lower_ in _FREE]
    if free and not any(t.pos_ in {"VERB", "AUX"} for t in before if t.i > free[-1].i):
        return True  # the model parses "whatever X agrees to" in many ways
    able = verb.head.head.lemma_.lower() in {"capable", "able", "incapable"}
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and able:
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj":
        return verb.head.head.lower_ == "without"
    return False


def is_hypothetical(cand: Candidate) -> bool:
    """ "if Dixons accepted", "whether Japan is reneging", "without consulting", "when he
    visits Washington", "after it receives approval": a condition, a question, an act
    left undone or a present tense that speaks of the future."""
    node = clause_verb(cand.verb)
    if _counterfactual(node) or _possible(cand, node) or _future_setting(cand):
        return True
    if _possible_outcome(cand.verb) or (_question(cand.trigger) and not quoted(cand.trigger)):
        return True  # "Is the president going to ask him?": a question
    if _open_ended(node):
        return True
    if _own_deontic(cand, node) or _expected_noun(cand.trigger) or _provided(node):
        return True
    if _imagined(node):
        return True
    if node.tag_ == "VBG" and node.dep_ in {"csubj", "csubjpass"} and _aux(node.head, _OBLIGED):
        return True  # "that *lifting* controls *will* benefit consumers": a case argued
    for _ in range(3):
        if _to_come(node, cand.verb):
            return True
        marks = {c.lower_ for c in node.children if c.dep_ in {"mark", "advmod"}}
        if marks & _IF or (node.dep_ == "pcomp" and node.head.lower_ == "without"):
            return True
        if node.dep_ == "advcl" and marks & _WHEN and _present(node):
            return True
        as_long_as = "as" in marks and node.head.lower_ == "long"
        if node.dep_ == "advcl" and (marks & {"until", "unless"} or as_long_as):
            return True  # "would not negotiate *until* the Democrats were able to agree",
            # "*as long as* this movement continues to fight": a condition
        if node.dep_ not in {"xcomp", "conj", "acomp"} or node.head is node:
            return False
        node = node.head
    return False


def _imagined(node: Token) -> bool:
    """ "the kind of issue the President *would* get into negotiations about", "U.S.
    officials *would welcome* such a move": an act or a welcome only imagined."""
    if node.dep_ == "relcl" and _aux(node, frozenset({"would"})):
        return True
    return node.lemma_.lower() == "welcome" and _aux(node, _WOULD)


def _possible_outcome(verb: Token) -> bool:
    """ "this *could lead to* British firms *demanding* counter-measures": an act named as
    a possible outcome, through the noun it describes."""
    if verb.dep_ != "acl" or verb.head.dep_ != "pobj":
        return False
    return _may_lead_to(verb.head.head.head)


def _may_lead_to(gov: Token) -> bool:
    """ "could *lead to*", "would *result in*": what follows is a possible outcome."""
    return gov.lemma_.lower() in _CONSEQUENCES and _aux(gov, _POSSIBLE | {"would"})


def _question(tok: Token) -> bool:
    """The sentence of ``tok`` ends with a question mark (read off its last word)."""
    last = next((t for t in reversed(tok.sent) if not t.is_space), None)
    return last is not None and last.text.endswith("?")


def _present(verb: Token) -> bool:
    """ "when he *visits*", "after the agreement *is signed*": a present tense."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _own_deontic(cand: Candidate, verb: Token) -> bool:
    """ "the percentage *should be agreed* by the core companies": what ought to happen
    is not done (demands read off "X must/should" are coded as requests elsewhere)."""
    if cand.rule.cameo.startswith("10"):
        return False
    if cand.frame is not None:  # "the United States *should* also *threaten* to blockade
        cue = cand.cue  # Iran": what a frame verb ought to do is not done either
        return cand.frame.kind != "request" and cue is not None and _aux(cue, _OUGHT)
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "have" and verb.head.tag_ in {"VBP", "VBZ"}:
        return True  # "the proposals *have to be agreed* by member governments"
    return _aux(verb, _OUGHT)


_OUGHT = frozenset({"should", "must", "ought"})
_SCHEDULED = frozenset({"expect", "schedule", "plan", "due", "set", "slate"})
_LIKELY = frozenset({"likely", "unlikely", "due", "expected", "set", "slated"})


_ANNOUNCING = frozenset({"threaten", "plan", "intend", "vow", "propose", "consider", "want"})


def _announced(act: Token) -> bool:
    """An act only threatened, planned or still to come: "*threatened to sell*", "*will
    sell*"."""
    if act.pos_ != "VERB":
        return False
    if act.dep_ == "xcomp" and act.head.lemma_.lower() in _ANNOUNCING:
        return True
    return _aux(act, FUTURE_AUX)


def _expected_noun(noun: Token) -> bool:
    """ "Beesley's request *expected tomorrow*", "the next OPEC meeting *is scheduled* to
    take place": an act still to come."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in _SCHEDULED:
        return True
    head = noun.head.head if noun.head.dep_ in {"aux", "auxpass"} else noun.head
    if noun.dep_ == "nsubj" and any(
        c.dep_ in {"acomp", "advmod"} and c.lower_ in _LIKELY for c in head.children
    ):
        return True  # "EU *sanctions* on the regime *were likely* to start soon"
    if noun.dep_ == "pobj" and noun.head.lower_ in {"to", "in"} and _may_lead_to(noun.head.head):
        return True  # "That *could lead to* fresh *appeals* from debtor states in Asia"
    if noun.dep_ == "pobj" and noun.head.lower_ in {"as", "in"} and _announced(noun.head.head):
        return True  # "have *threatened to sell* grain to the state *as a protest*"
    if (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _CAUSING
        and _aux(noun.head, _POSSIBLE | {"would", "will"})
    ):
        return True  # "Should the dockers walk out it *would mean* parallel *strikes*"
    phrase = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        phrase = noun.head.head  # "two *rounds of talks*"
    if any(_set_off_schedule(t) for t in phrase.subtree):
        return True  # "three rounds of talks between the two premiers, *scheduled for*"
    verb = clause_verb(noun)  # "the next cartel meeting *is scheduled* to take place"
    if verb is not noun and verb.lemma_.lower() in _SCHEDULED:
        return any(c.dep_ == "auxpass" for c in verb.children)
    return any(c.dep_ in {"acl", "amod"} and c.lemma_.lower() in _SCHEDULED for c in noun.children)


def _set_off_schedule(tok: Token) -> bool:
    """ ", *scheduled for* Thursday and Friday,": a schedule set off by a comma describes
    the whole phrase, wherever the parser hangs it."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in _SCHEDULED:
        return False
    return tok.i > 0 and tok.nbor(-1).lower_ == ","


def _aux(verb: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)


def _counterfactual(verb: Token) -> bool:
    """ "Mexico *would have* announced a suspension", "*if I were* Nakasone, I *would*
    attend the summit", "*Should* Citicorp place the loans ...": it was not done, only
    imagined."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and any(
        c.dep_ == "aux" and c.lower_ in {"should", "had", "were"} and c.i < subj.i
        for c in verb.children
    ):
        return not _question(verb)  # an inverted condition
    if not _aux(verb, frozenset({"would", "could", "might", "should"})):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return True
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _IF for m in c.children)
        and (c.lower_ == "were" or any(a.lower_ == "had" for a in c.children if a.dep_ == "aux"))
        for c in verb.children
    )  # "if I *were*", "if they *had* known"; not "would meet him if he gave a veto"


_PROVIDED = frozenset({"provided", "providing"})
_WOULD = frozenset({"would", "could", "might"})


def _provided(verb: Token) -> bool:
    """ "The World Bank *will support* Sri Lanka's program *provided* the country reduces
    its deficits": a promise on a condition still to be met."""
    if not _aux(verb, frozenset({"will", "would"})):
        return False
    return any(c.lower_ in _PROVIDED and _conjunction(c) for c in verb.children)


def _conjunction(word: Token) -> bool:
    """ "provided" opening a condition, not the verb of a clause ("until proof *is
    provided*")."""
    if word.dep_ in {"prep", "mark", "advmod", "cc"}:
        return True
    passive = ("nsubjpass", "auxpass", "mark")
    return word.dep_ == "advcl" and not any(g.dep_ in passive for g in word.children)


def _possible(cand: Candidate, verb: Token) -> bool:
    """ "holders *may* accept", "could trigger more *attacks*", "*can* reject": a
    possibility or a power, not an act
    (a framed act keeps its frame: "said it might ask for talks" is left to the cue)."""
    if cand.cue is not None and cand.cue.pos_ != "AUX":
        # the cue's own modal: "King Fahd *may ask* Britain to restore relations"
        cue = cand.cue
        if cue.pos_ == "ADJ" and cue.dep_ == "acomp" and _aux(cue.head, _POSSIBLE):
            return True  # "Hungary *might be willing* to normalise relations"
        return _aux(cue, _POSSIBLE) and cand.frame is not None and cand.frame.kind == "request"
    noun = cand.trigger
    if noun.pos_ in NOUN_POS and noun is cand.verb:  # the noun is an argument of the verb
        if noun.dep_ not in {"dobj", "nsubj", "nsubjpass", "attr"}:
            return False
        verb = noun.head
    scope = [verb]
    while scope[-1].dep_ in {"conj", "xcomp"} and len(scope) < 4:  # "may continue to seek
        scope.append(scope[-1].head)  # ... or accept the settlement"
    if any(_aux(v, _POSSIBLE) for v in scope):
        return True
    return any(_aux(v, _ABLE) and not _has_neg(v) for v in scope)  # "Reagan *can* reject"


def _has_neg(verb: Token) -> bool:
    """ "can*not* accept", "do *not* expect": a negation on the word itself."""
    return any(c.dep_ == "neg" for c in verb.children)


def _future_setting(cand: Candidate) -> bool:
    """ "will ratify both boards *at the July 2 meeting*", "during his visit" under a
    future verb, "*may* sit down *at a summit*": the noun is where a future or possible
    act happens, not an event that happened."""
    noun = cand.trigger
    answer = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_ in _IN_ANSWER
    if answer and _aux(clause_verb(noun.head), FUTURE_AUX):
        return True  # "will boycott the meeting ... *in protest* against": to come
    if answer and any(c.lower_ in _PLANNED for c in noun.head.head.children):
        return True  # "the *planned* sales into intervention *in protest*": to come
    if noun.pos_ in NOUN_POS and noun.dep_ == "pobj" and _ahead_of(noun.head):
        # "speaking *before a meeting with* the Paris Club": not yet held; not "before a
        # meeting on Monday, there *had been* criticism", told from after it
        return not _aux(noun.head.head, frozenset({"had", "'d"}))
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or noun.head.lower_ not in _SETTING:
        return _manner_of_plan(noun)
    node = noun.head.head
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"}:
            scope = [node, node.head] if node.dep_ in {"conj", "xcomp"} else [node]
            return any(_aux(v, FUTURE_AUX | _POSSIBLE) for v in scope)
        node = node.head
    return False


_OBLIGED = frozenset({"would", "will", "should", "must", "could", "may", "might"})


# Nouns for what an act answers: "(will boycott) *in protest*", "*in retaliation*".
_IN_ANSWER = frozenset({"protest", "retaliation", "response", "solidarity", "reprisal"})
_PLANNED = frozenset({"planned", "proposed", "threatened", "possible", "intended"})


def _ahead_of(prep: Token) -> bool:
    """ "before", "ahead of", "prior to": what the noun names comes later."""
    if prep.lower_ == "before":
        return True
    return (prep.lower_, prep.head.lower_) in {("of", "ahead"), ("to", "prior")}


def _manner_of_plan(noun: Token) -> bool:
    """ "would have to enact a program *in consultation with* the IMF": talks that are
    the manner of an act still required or planned are not held."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    verb = noun.head.head
    scope = [verb, verb.head] if verb.dep_ in {"xcomp", "conj"} else [verb]
    return verb.pos_ in {"VERB", "AUX"} and any(_aux(v, _OBLIGED) for v in scope)


def is_forecast(verb: Token) -> bool:
    """ "X *was expected to* assure Y that he will not agree": someone else's forecast;
    "there is *no way* the Germans will agree": the speaker's."""
    if (
        verb.dep_ == "relcl"
        and verb.head.lemma_.lower() in {"way", "chance", "likelihood"}
        and any(c.dep_ == "det" and c.lower_ in {"no", "little"} for c in verb.head.children)
    ):
        return True
    node = verb
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp"}:
            return False
        node = node.head
        passive = any(c.dep_ == "auxpass" for c in node.children)
        if passive and node.lemma_.lower() in _FORECAST_CUES:
            return True
    return False


_CONFIRMING = frozenset({"confirm", "substantiate", "verify", "corroborate"})
_ALLEGED = frozenset({"alleged", "purported", "suspected", "rumoured", "rumored", "supposed"})


def unconfirmed(tok: Token) -> bool:
    """ "..., but the military officials *could not confirm* the report", "sources were
    *unable to substantiate* reports": what the sentence reports is unconfirmed; so is
    "last Friday's *alleged* Iranian missile attack"."""
    if any(c.dep_ == "amod" and c.lower_ in _ALLEGED for c in tok.children):
        return True
    for t in tok.sent:
        if t.lemma_.lower() not in _CONFIRMING or t.i == tok.i:
            continue
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in {"unable", "decline", "refuse"}:
            return True
        if t.dep_ == "xcomp" and t.head.dep_ == "acomp" and t.head.lower_ == "unable":
            return True
    return False


_WH = frozenset({"when", "whether", "how", "if", "where", "what", "which"})


def _wh_clause(clause: Token) -> bool:
    """A clause opened by "when", "whether", "how" ...: a question weighed, no act told."""
    return any(c.dep_ in {"advmod", "mark"} and c.lower_ in _WH for c in clause.children)


def is_hedged(cand: Candidate) -> bool:
    if unconfirmed(cand.trigger):
        return True
    top = cand.cue if cand.cue is not None and cand.cue.pos_ != "AUX" else cand.verb
    subj = next((c for c in top.children if c.dep_ == "nsubj"), None)
    if subj is not None and any(t.lower_ in _HEDGE_NOUNS for t in subj.subtree):
        return True  # "speculation Venezuela would demand" parsed as one noun phrase
    if top.lemma_.lower() in _FORECAST_CUES and any(c.dep_ == "auxpass" for c in top.children):
        return True  # "is expected to receive", "is scheduled to meet"
    if top.dep_ == "xcomp" and _seeming_or_hearsay(top):
        return True  # "investors *appear to welcome* the change": an impression
    weighed = top.dep_ in {"xcomp", "dobj"} or (top.dep_ == "ccomp" and _wh_clause(top))
    if weighed and top.head.lemma_.lower() in _WEIGHING:
        return True  # "prompted him to *consider stepping down*", "will *consider when*
        # ministers should be called for talks": only weighed
    if top.dep_ in {"relcl", "acl"} and top.head.pos_ == "NOUN" and top.head.lower_ in _SIGNS:
        return True  # "there are few *signs* Japan's restrictions will be lifted"
    node = top
    while node.dep_ == "conj" and node.head.dep_ in {"xcomp", "ccomp", "acl"}:
        node = node.head  # "set to shift attention ... and *press* Kohl": one governor
    for _ in range(4):
        if node.dep_ not in _HEDGED_DEPS or node.head is node or node.dep_ == "relcl":
            return False  # a relative clause states a fact about its noun
        node = node.head
        if node.lemma_.lower() in _HEDGES or node.lower_ in _HEDGES:
            return True
        if node.pos_ == "NOUN" and node.lower_ in _SIGNS:
            return True  # "no *sign* that Japan will lift ..."
        if any(c.dep_ == "acomp" and c.lower_ in _HEDGES for c in node.children):
            return True  # "officials are *confident* that X will ..."
    return False


def _other_subject(clause: Token) -> bool:
    """A complement clause with a subject of its own ("expect *China* will sign")."""
    return clause.dep_ in {"ccomp", "xcomp"} and any(
        g.dep_ in {"nsubj", "nsubjpass"} for g in clause.children
    )  # "expects *a deal* to be concluded"


# Nouns of an allegation whose "that" clause tells what is alleged.
_ALLEGATION_NOUNS = frozenset({"charge", "allegation", "accusation", "claim", "complaint"})
_CLAIM_NOUNS = _REPORT_NOUNS | _ALLEGATION_NOUNS  # what may be said to be false


def _alleged(node: Token) -> bool:
    """A conduct alleged as going on ("charges that Kuwait *is supporting* Iraq"); a past act
    a complaint charges ("charges that Jefferies *agreed* with Boesky") is told as done."""
    if node.dep_ != "acl" or node.head.lemma_.lower() not in _ALLEGATION_NOUNS:
        return False
    ongoing = node.tag_ in {"VBZ", "VBP"} or (
        node.tag_ == "VBG" and any(c.lower_ in {"is", "are"} for c in node.children)
    )
    return ongoing and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)


def is_denied_or_unreal(cand: Candidate) -> bool:
    """An act under a denial, prohibition, belief or wish ("*denied* threatening", "the
    treaty *bans* deploying", "*assumes* talks will proceed", "*anxious* to work with")
    or a falsehood ("it was *not true* that X threatened"): not reported as done."""
    cue = cand.cue
    if (
        cue is not None
        and cue.lemma_.lower() in _BELIEFS
        and any(c.dep_ == "dobj" or _other_subject(c) for c in cue.children)
    ):
        return True  # "they expect *the Administration* to retreat": a belief about another
    if cue is not None and _other_subject(cue) and cue.head.lemma_.lower() in _DESIRES:
        return True  # "the U.S. *wants* other G7 countries *to agree* to ...": a wish
    if (
        cue is not None
        and (cue.lemma_.lower() in _DESIRES | {"hope"} or cue.lower_ in _HOPES)
        and any(c.dep_ == "ccomp" and _other_subject(c) for c in cue.children)
    ):
        return True  # "it *hopes that Buckhorn's board will* enter into negotiations",
        # "Seoul *wants Tokyo to ease* restrictions": Tokyo's act, only wished for
    if (
        cue is not None
        and cue.lemma_.lower() in _DESIRES | {"plan", "intend", "hope"}
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children)
    ):
        return True  # "Proxmire *had wanted* to ban ...": an intent given up
    top = cand.cue if cand.cue is not None and cand.cue.pos_ != "AUX" else cand.verb
    node = clause_verb(top)
    noun = cand.trigger
    if (
        noun.pos_ in NOUN_POS
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _PROHIBITIONS | _AVERTED
    ):
        return True  # "to *bar* selective sanctions", "to *avoid* a strike": not done
    if (
        _believed(node)
        or (node.dep_ == "conj" and _believed(node.head))
        or _alleged(node)
        or _denied_content(node)
        or _in_false_claim(noun, node)
    ):
        return True  # "reports that Iran opened a front *and Iraq attacked*": reported too;
        # "Iranian *charges that* Kuwait is supporting Iraq": alleged; "dismissed the claim
        # he had reneged", "claims of a clash ... were wrong": denied
    for _ in range(5):
        dep = node.dep_
        gerund = dep in {"dobj", "pobj"} and node.pos_ == "VERB"  # "bans *deploying*"
        if (dep not in _UNDONE_DEPS and not gerund) or node.head is node:
            return False
        below, node = node, node.head
        if dep == "conj":  # "developing, testing or *deploying*"; not "denied X and
            continue  # *threatened* Y"
        lemma = node.lemma_.lower()
        if lemma in _BELIEFS and not _own_clause(below) and not _has_neg(node):  # "do *not* expect"
            continue  # "a woman *believed* linked to ... was extradited": a misparse
        if lemma in _UNDONE or ((lemma == "be" or lemma in _FALSEHOODS) and _false_claim(node)):
            return True
        if _leaves_undone(node, dep, cand) or _opposed_or_inferred(node, below, dep):
            return True
    return False


def _opposed_or_inferred(node: Token, below: Token, dep: str) -> bool:
    """ "opposes *putting* restrictions" (not "continues to oppose the tax *after* the
    Commission proposed ..."); "production levels *indicated* Saudi Arabia was insisting"."""
    lemma = node.lemma_.lower()
    gerund = dep in {"dobj", "pobj"} and below.pos_ == "VERB"
    if lemma in _OPPOSED and (gerund or dep in {"xcomp", "ccomp", "pcomp"}):
        return True
    if dep == "prep" and _may_lead_to(node):
        return True  # "a revaluation *could result in* South Korea ... being forced to renege"
    return dep == "ccomp" and lemma in _EVIDENCING and _thing_subject(node)


_FIGURES = frozenset({"level", "figure", "data", "statistic", "output", "production", "price"})
_FIGURES |= frozenset({"move", "rise", "fall", "drop", "decline", "increase", "trend", "result"})


def _thing_subject(verb: Token) -> bool:
    """The verb's subject is a figure or a market move: "the lower *production levels*
    indicated", "the *rise* suggests"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in _FIGURES


# "hopes", "hoped" are lemmatised as "hop" by the small English model.
_HOPES = frozenset({"hope", "hopes", "hoped", "hoping", "wishes", "wished"})


def _leaves_undone(node: Token, dep: str, cand: Candidate) -> bool:
    """A governor whose complement is not done: "our motives *require* that we free him",
    "did not *rule out* working with Wang", "to *encourage* rebels to support its
    troops", "these *included* resuming talks, *releasing* detainees" (a list), what
    parties "*agreed* that" one of them will do or an accord "*calls for*" (its terms), what
    one "*looks forward to*"."""
    lemma = node.lemma_.lower()
    if dep == "prep" and lemma == "look" and any(c.lower_ == "forward" for c in node.children):
        return True  # "he *looks forward to* working with him": hoped for
    if lemma == "require" and dep == "ccomp":
        return True
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in node.children):
        return True
    if lemma == "encourage" and dep == "xcomp":
        return True
    if lemma == "agree" and dep == "ccomp" and _aux(cand.verb, FUTURE_AUX):
        return True  # "agreed with Acme that Borex *will not accept* the bid": a term
    if (
        lemma == "call"
        and dep == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in cand.verb.children)
    ):
        return True  # "the agreement *calls for* Beeba's *to work* with Penney": a term
    if (lemma in {"hope", "wish"} or node.lower_ in _HOPES) and dep == "ccomp":
        return True  # "it *hopes that* Buckhorn's board will enter into negotiations"
    return lemma == "include" and cand.trigger.tag_ == "VBG"


def is_double_refusal(cand: Candidate, lex: EventLexicon) -> bool:
    """ "refused to *rule out* retaliation", "declined to *deny*": refusing to exclude
    something rejects nothing."""
    reject = next((f for f in lex.frames if f.kind == "reject"), None)
    verb = cand.trigger
    if reject is None or verb.lemma_.lower() not in reject.cues:
        return False
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        lemma = comp.lemma_.lower()
        out = any(p.dep_ == "prt" and p.lower_ == "out" for p in comp.children)
        if lemma in _EXCLUDING or (lemma == "rule" and out):
            return True
    return False


def _own_clause(clause: Token) -> bool:
    """A believed clause names what is believed: "believes *Iran* attacked", "is
    believed *to* have attacked"."""
    if clause.dep_ == "xcomp":
        return True
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)


def _false_claim(node: Token) -> bool:
    """ "it was *not true* that ...", "the report was *untrue*", "claims of a clash were
    *wrong*" (a claim said to be wrong; "was wrong to attack" is another matter)."""
    if node.lemma_.lower() in _FALSEHOODS:
        return True
    states = {c.lower_ for c in node.children if c.dep_ == "acomp"}
    negated = any(c.dep_ == "neg" for c in node.children)
    if states & _MISTAKEN and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _CLAIM_NOUNS for c in node.children
    ):
        return True
    return bool(states & _FALSEHOODS) or (negated and bool(states & _TRUTH))


def _in_false_claim(noun: Token, node: Token) -> bool:
    """An event noun in the subject of a claim said to be false: "claims *of a clash*
    between farmers and herders were wrong"."""
    if noun.pos_ not in NOUN_POS or node.lemma_.lower() != "be" or not _false_claim(node):
        return False
    return any(c.dep_ == "nsubj" and noun in c.subtree for c in node.children)


def _denied_content(node: Token) -> bool:
    """ "dismissed *the claim he had reneged*": a clause on a report or claim that is
    denied, parsed as a relative clause for want of "that" (no relative word of its own:
    "rejected the report *which* ..." is another clause)."""
    claim = node.head
    if node.dep_ != "relcl" or claim.lemma_.lower() not in _CLAIM_NOUNS:
        return False
    if any(c.tag_ in {"WDT", "WP", "WP$", "WRB"} or c.lower_ == "that" for c in node.children):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
        return False
    return claim.dep_ == "dobj" and claim.head.lemma_.lower() in _EXCLUDING | _DENIALS
