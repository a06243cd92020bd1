"""Readings of a trigger that report no realised act (candidates refused before coding).

Learned from judged Reuters news (``bench/reuters_event_verdicts*.tsv``): business prose
trips verb triggers with readings that are not PLOVER events. ``unrealised`` refuses:

- a commercial supply ("supplied as standard equipment", "develop and deliver services"):
  a supply/deliver verb with no aid noun and no state actor on either side is trade;
- an act a bill, plan or proposal *would* bring about ("the bill would direct X to
  discuss"), and an event noun that is only approved, planned or rehearsed for ("cabinet
  approved negotiations", "rehearsals for a visit", "a proposal for talks");
- a suit its own subject was *named in* ("X was named in a lawsuit": X is the sued);
- a stance held, not voiced ("members were opposed to the tax");
- a body's own meeting ("the supervisory board will meet", "directors of X adjourned a
  meeting", "an executive committee meeting"): it meets no other party;
- an event noun only cancelled or postponed ("cancelled a trip to Australia"), or ended
  or undone ("suspending *protests*", "lifting *restrictions*").

Coded events are checked, and their confidence calibrated, in ``event_checks``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_match import NOUN_POS, conj_root
from .event_readings import to_infinitive
from .event_roles import quoted as _quoted
from .event_roles import subject_of
from .event_senses import DRILLS, STATE_ENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .event_match import Candidate

__all__ = ["set_off_for", "unrealised"]

_ORDERS = frozenset({"contract", "order", "deal", "tender"})
_SUPPLY = frozenset({"supply", "deliver", "provide", "furnish", "ship", "sell"})
_AID_NOUNS = frozenset(
    {"aid", "assistance", "relief", "food", "medicine", "loan", "grant", "credit", "weapon"}
    | {"arm", "troop", "refugee", "humanitarian", "emergency", "shelter", "support"}
    | {"ammunition", "missile", "grain", "weaponry"}
)
# Who supplies for a state: "the *government*", "his *country*".
_STATE_WORDS = frozenset({"government", "army", "military", "ministry", "state", "regime"})
_STATE_WORDS |= frozenset({"country", "nation"})
# Verbs that make a supply an undertaking, coded as one ("agreed to supply credit").
_UNDERTAKING = frozenset({"agree", "promise", "pledge", "offer", "undertake", "contract"})
# Buyers in trade: what is supplied to them is sold, whatever country they are in.
_CUSTOMERS = frozenset(
    {"maker", "manufacturer", "company", "firm", "customer", "client", "utility", "user"}
    | {"refinery", "mill", "plant", "buyer", "distributor", "retailer", "producer", "airline"}
)
_PLAN_SUBJECTS = frozenset(
    {"bill", "legislation", "plan", "proposal", "measure", "amendment", "draft", "law"}
    | {"scheme", "resolution", "package", "programme", "program", "recommendation"}
    | {"rule", "regulation", "reform", "change", "ruling", "decision", "order"}
    | {"effort", "attempt", "bid"}  # "efforts *would continue to deport* them"
)
_NOT_YET = frozenset({"approve", "authorize", "authorise", "plan", "schedule", "propose"})
_NOT_YET |= frozenset({"prepare", "rehearse", "consider", "endorse", "set", "arrange"})
_NOT_YET |= frozenset({"vote"})  # "voted to launch a nationwide strike this month"
# Verbs that put an event off or call it off ("cancelled a trip", "talks were postponed").
_PUT_OFF = frozenset({"cancel", "postpone", "defer", "scrap", "shelve"})
_NOT_YET |= _PUT_OFF | {"cut"}
_NOT_YET |= frozenset({"recommend", "suggest", "weigh", "mull", "contemplate", "study"})
_NOT_YET |= frozenset({"envisage", "envision", "float", "draft"})
_NOT_YET |= frozenset({"brace"})  # "are *bracing for* a diplomatic ... offensive"
_NOT_YET |= frozenset({"earmark", "pencil"})  # "*earmarked* 23 March *for* a one-day strike"
# Not "halt" or "stop": "halted his march" still reports the march (PETRARCH codes it).
_ENDING = frozenset({"suspend", "lift", "end", "ease", "remove", "relax", "abandon"})
_ENDING |= frozenset({"drop", "scrap", "cancel", "withdraw", "rescind", "revoke"})
_PREP_NOUNS = frozenset({"rehearsal", "preparation", "plan", "date", "agenda", "invitation"})
_PREP_NOUNS |= frozenset({"proposal", "suggestion", "offer", "idea", "prospect", "bid"})
_PREP_NOUNS |= frozenset({"door", "way", "path"})  # "opened the door to negotiations"
_OPENINGS = frozenset({"door", "way", "path"})
# Measures one agrees *to*: what is agreed is not yet imposed ("agree to a ban").
_CONSENTING = frozenset({"agree", "consent", "accede", "assent"})
_MEASURES = frozenset({"ban", "sanction", "embargo", "boycott", "freeze", "moratorium"})
_FUTURE = frozenset({"will", "would", "'ll", "shall"})
_PENDING = frozenset({"consideration", "discussion", "review", "study", "negotiation"})
_SUIT_NOUNS = frozenset({"lawsuit", "suit", "complaint", "action", "claim"})
_COUNTERPARTS = frozenset({"with", "between", "among", "to"})
_BODIES = frozenset(
    {"board", "committee", "council", "commission", "panel", "cabinet", "parliament"}
    | {"assembly", "congress", "senate", "house", "bureau", "conference", "subcommittee"}
    | {"group", "team", "caucus"}
)
_OWN_BODIES = _BODIES | frozenset({"government", "party"})
_MEMBERS = frozenset({"director", "member", "governor", "trustee", "shareholder"})
_OWN_MEETINGS = frozenset({"shareholder", "stockholder", "shareowner", "unitholder", "board"})
_GENERAL_MEETINGS = frozenset({"special", "annual", "extraordinary", "general"})
_REFERRING = frozenset({"refer", "submit", "send", "forward", "pass"})


def _subtree_lemmas(tok: Token) -> set[str]:
    return {t.lemma_.lower() for t in tok.subtree}


def _commercial_supply(cand: Candidate) -> bool:
    verb = cand.trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SUPPLY:
        return False
    if _subtree_lemmas(verb) & _AID_NOUNS:
        return False
    if "sale" in _subtree_lemmas(verb):
        return True  # "shipped the parts to German carmakers *for sale* under their own brands"
    if any(a.lemma_.lower() in _ORDERS for a in list(verb.ancestors)[:3]):
        return True  # "was awarded a 90 mln dlr *contract* to supply Norway with frigates"
    if any(o.lemma_.lower() in _CUSTOMERS or o.ent_type_ == "ORG" for o in _recipients(verb)):
        return True  # "sells them to Asian handset *makers*", "to *Philips NV*"
    if _supplied_by_a_firm(cand):
        return True
    return not any(t.ent_type_ in STATE_ENTS for t in verb.sent)


def _supplied_by_a_firm(cand: Candidate) -> bool:
    """ "Ball began *supplying blanks* to the mints", "Amtex was selected to *supply trunk
    floor carpets*", "Norwegian tankers *supplied* South Africa with crude": aid is supplied
    by states; anyone else's supply is trade (an agreement to supply stays one)."""
    verb = cand.trigger
    if verb.lemma_.lower() != "supply" or not cand.rule.cameo.startswith("07"):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _UNDERTAKING:
        return False
    subj = _supplier(verb)
    if subj is None:
        return False
    return subj.ent_type_ not in STATE_ENTS and subj.lemma_.lower() not in _STATE_WORDS


def _supplier(verb: Token) -> Token | None:
    """The subject of a supply clause, through "was selected to", "began"; none for a
    passive ("production ... which *is supplied* to Iraq": the supplier untold)."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "nsubjpass" for c in node.children):
            return None
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if node.dep_ not in {"xcomp", "conj", "advcl"}:
            return None
        node = node.head
    return None


def _recipients(verb: Token) -> list[Token]:
    to = [o for p in verb.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return to + [c for c in verb.children if c.dep_ == "dative"]


def _plan_would(cand: Candidate) -> bool:
    """ "the bill would direct the agency to discuss ...": an act of a plan's outcome."""
    trig = cand.trigger
    own = {trig.i, trig.head.i} if trig.dep_ == "conj" else {trig.i}  # "bars ... and *bans*"
    for tok in (trig, *trig.ancestors):
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        modal = _future(tok)
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.lower_ in {"that", "which"} and tok.dep_ == "relcl":
            subj = tok.head  # "recommendations *that would* loosen restrictions"
        if modal and subj is not None and subj.lemma_.lower() in _PLAN_SUBJECTS:
            return True
        if modal and any(
            p.dep_ == "prep" and p.lower_ == "under" and o.lemma_.lower() in _BIDS
            for p in tok.children
            for o in p.children
        ):
            return True  # "*Under the proposal*, Arkla will support IP's plan": its terms
        if (
            tok.i in own
            and subj is not None
            and subj.lemma_.lower() in _DRAFTS
            and (tok.tag_ in _PRESENT)
        ):
            return True  # "The Senate *bill* also bars new bank services ... and *bans*"
    return False


# Plans not yet in force, whose provisions are told in the present ("the bill *bans*").
_DRAFTS = frozenset({"bill", "legislation", "amendment", "draft", "proposal", "plan"})
_PRESENT = frozenset({"VBZ", "VBP"})
# What is only put forward: "*Under the proposal*, Arkla will support ..." ("under the
# disengagement plan, Israel will evacuate" tells an adopted plan's intent: GSR AGREE).
_BIDS = frozenset({"proposal", "offer", "bid", "draft", "bill"})


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)


def _not_begun(gov: Token, prep: Token) -> bool:
    """ "*will* likely *go on* strike", "*voted to go on* strike", what is "*referred* to
    the Justice Department *for* investigation": not yet begun."""
    if prep.lower_ == "for" and gov.lemma_ in _REFERRING:
        return True
    if gov.lemma_.lower() != "go":
        return False
    return _future(gov) or (gov.dep_ == "xcomp" and gov.head.lemma_.lower() in _NOT_YET)


def _consented(noun: Token) -> bool:
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or noun.lemma_.lower() not in _MEASURES:
        return False
    return prep.head.lemma_.lower() in _CONSENTING


# Gatherings and stoppages one "calls" (announces) before they are held.
_CALLED = frozenset({"strike", "walkout", "stoppage", "boycott", "protest", "demonstration"})
_CALLED |= frozenset({"rally", "meeting", "conference", "session", "summit", "talks"})


def _called(noun: Token) -> bool:
    """ "have *called* a 72-hour strike starting on Monday": announced, not yet held; not
    "called the attack barbaric" (a verdict on a done act)."""
    call = noun.head
    if noun.dep_ != "dobj" or call.lemma_.lower() != "call" or noun.lemma_.lower() not in _CALLED:
        return False
    return not any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in call.children)


# Words before an event noun that leave it still to come: "a *threatened* strike", "the
# *planned* boycott", "a *possible* embargo".
_UNREALISED_MODS = frozenset({"threatened", "planned", "proposed", "possible", "potential"})
_UNREALISED_MODS |= frozenset({"imminent", "looming", "prospective", "intended", "mooted"})
_UNREALISED_MODS |= frozenset({"pending", "impending"})  # "news of *pending* U.S. sanctions"


def _still_to_come(noun: Token) -> bool:
    """ "because of a *threatened strike* by 55,000 oil workers": a modifier that leaves the
    act ahead ("its *long-threatened* invasion", now mounted, is not one)."""
    return any(
        c.dep_ == "amod"
        and c.lower_ in _UNREALISED_MODS
        and not list(c.children)
        and c.nbor(-1).lower_ != "-"
        and not _pending_as_until(c)
        for c in noun.children
    )


# What undoes an event before it happens: "the *cancelled* deal", "the flight *was delayed*".
_CALLED_OFF = _PUT_OFF | {"delay", "abort"}
_CALLED_OFF_MODS = frozenset({"cancelled", "canceled", "postponed", "delayed", "deferred"})
_CALLED_OFF_MODS |= frozenset({"scrapped", "shelved", "aborted"})


def _called_off(cand: Candidate) -> bool:
    """ "the now-*cancelled* deal", "the test flight *was delayed*", "talks *have been
    postponed*": an event noun undone or put off, not held (a request once made stays
    made when the answer to it is delayed)."""
    noun = cand.trigger
    if cand.cameo.startswith("10"):
        return False
    if any(c.dep_ == "amod" and c.lower_ in _CALLED_OFF_MODS for c in noun.children):
        return True
    verb = noun.head
    return noun.dep_ == "nsubjpass" and (
        verb.lemma_.lower() in _CALLED_OFF
        or (verb.lemma_.lower() == "call" and any(c.lower_ == "off" for c in verb.children))
    )


def _pending_as_until(mod: Token) -> bool:
    """ "was delayed *pending investigation* by the SEC": "pending" as "until" after a
    verb or noun, the investigation under way (not "news of *pending* sanctions")."""
    return mod.lower_ == "pending" and mod.nbor(-1).pos_ in {"VERB", "AUX", "NOUN", "PROPN"}


def _not_yet_noun(cand: Candidate) -> bool:
    """ "approved negotiations", "rehearsals for a visit": an event noun only approved,
    planned or prepared for."""
    noun = cand.trigger
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if _still_to_come(noun) or _consented(noun) or _called_off(cand):
        return True  # "it would agree to an East-West *ban*": agreed, not imposed
    if _called(noun):
        return True
    if cand.cue is not None:
        return False
    if cand.verb is not noun:  # "would consider *filing* another complaint"
        light = cand.verb
        return light.dep_ in {"xcomp", "dobj", "pcomp"} and light.head.lemma_.lower() in _NOT_YET
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _NOT_YET:
        return True
    for anc in list(noun.ancestors)[:4]:  # "opened the door to (rescheduling) negotiations"
        if anc.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _OPENINGS for c in anc.children
        ):
            return True
    if noun.dep_ in {"nsubj", "nsubjpass"} and any(
        p.lower_ == "under" and any(o.lemma_.lower() in _PENDING for o in p.children)
        for p in noun.head.children
    ):
        return True  # "a *visit* to Moscow by Shultz was *under consideration*"
    tok = noun
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        gov = tok.head.head
        if gov.lemma_.lower() in _PREP_NOUNS | _NOT_YET:
            return True
        if gov.pos_ in {"VERB", "AUX"}:
            # "will ratify at the meeting" is left alone: PETRARCH-style coding counts a
            # scheduled visit or meeting under a future verb, and dropping it cost the
            # unit-test targets more than it gained on news. "*voted* to go on strike
            # effective Tuesday" is a decision, not the strike.
            return _not_begun(gov, tok.head)
        tok = gov
    return False


def _named_in_suit(cand: Candidate) -> bool:
    """ "X was named in a lawsuit": the subject is the sued, never the suer."""
    noun = cand.trigger
    if noun.lemma_.lower() not in _SUIT_NOUNS or noun.dep_ != "pobj":
        return False
    gov = noun.head.head
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in gov.children)


def _stative_stance(cand: Candidate) -> bool:
    """ "members were opposed to the tax": a state of mind, its subject is the opposer."""
    verb = cand.trigger
    if verb.pos_ != "VERB" or not cand.cameo.startswith("11"):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    passive = passive or (verb.dep_ == "acomp" and verb.head.lemma_ == "be")  # "are opposed"
    held = any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return passive and held and not any(c.dep_ == "agent" for c in verb.children)


def _own_meeting(cand: Candidate) -> bool:
    """ "the supervisory board will meet", "directors of the CME adjourned a meeting", "an
    executive committee meeting": a body meeting on its own business meets no one."""
    if not cand.rule.reciprocal or not cand.rule.cameo.startswith("04"):
        return False
    heads = (cand.trigger, cand.verb)
    counterpart = any(
        (c.dep_ in {"dobj", "dative"} and c.i != cand.trigger.i)
        or (c.dep_ == "prep" and c.lower_ in _COUNTERPARTS)
        for h in heads
        for c in h.children
    )
    noun = cand.trigger
    own = any(
        c.lemma_.lower() in _OWN_MEETINGS for c in noun.children if c.dep_ in {"compound", "poss"}
    )  # "a special *shareholders'* meeting"
    own = own or (
        any(c.dep_ == "amod" and c.lower_ == "annual" for c in noun.children)
        and any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in noun.children)
    )  # "will attend *Pennsylvania Enterprises' annual* meeting": a company's AGM
    own = own or (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in {"hold", "call", "convene"}
        and any(c.dep_ == "amod" and c.lower_ in _GENERAL_MEETINGS for c in noun.children)
    )  # "the bank said it *will hold a special meeting* late next month to vote"
    if own and not counterpart:
        return True  # "hold a special *shareholder* meeting": the firm's own
    if counterpart:
        return False
    verb = cand.verb
    if verb.pos_ in {"NOUN", "PROPN"}:
        mods = [
            c
            for c in verb.children
            if c.dep_ in {"compound", "poss"} and c.ent_type_ not in {"DATE", "TIME"}
        ]  # "next week's IMF meetings": the date owns nothing
        if mods:  # "an executive committee meeting", "OPEC's meeting"
            if len(mods) == 2 and {m.dep_ for m in mods} == {"poss", "compound"}:
                # "the IMF's Interim Committee meeting": a body of one organisation
                return all(_one_body(m) for m in mods) and any(
                    m.lemma_.lower() in _BODIES for m in mods if m.dep_ == "compound"
                )
            return len(mods) == 1 and _one_body(mods[0])
        verb = verb.head if verb.dep_ == "dobj" else verb  # "adjourned a meeting"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":  # "its board ... and *expects to meet*"
        subj = subject_of(verb)
    return subj is not None and _one_body(subj)


def _one_body(tok: Token) -> bool:
    """One organisation or its own members ("the board", "OPEC", "directors of X")."""
    if any(c.dep_ == "conj" for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNPS" and lemma.endswith("s"):  # "Governors" keeps its plural
        lemma = lemma[:-1]
    if lemma in _MEMBERS:  # "directors of X", "the IBD governors"
        return any(
            (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "compound" and c.pos_ == "PROPN")
            for c in tok.children
        )
    if tok.tag_ in {"NNS", "NNPS"}:  # "*House* Democrats", "French *government* ministers"
        return any(c.dep_ == "compound" and c.lemma_.lower() in _OWN_BODIES for c in tok.children)
    return lemma in _BODIES or (tok.ent_type_ == "ORG" and tok.pos_ == "PROPN")


def _ended_noun(cand: Candidate) -> bool:
    """ "suspending *protests*", "proposed lifting *restrictions*": an event noun that is
    the object of a verb ending or undoing it reports the ending, not the event."""
    noun = cand.trigger
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "the *lifting of* the suspension"
        return noun.head.head.lemma_.lower() in _ENDING | _ENDINGS
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ENDING


# Nouns of ending something: "the *lifting* of the government's suspension".
_ENDINGS = frozenset({"lifting", "end", "removal", "easing", "withdrawal", "cancellation"})
_ENDINGS |= frozenset({"repeal", "abolition", "termination", "suspension", "settlement"})

_OBLIGING = frozenset({"require", "oblige", "obligate", "compel", "force", "direct"})
_IRREALIS = frozenset({"would", "will", "could", "may", "might", "shall"})


def _would_be_required(cand: Candidate) -> bool:
    """ "the Treasury *would be required to* ask other countries under a bill": a duty a
    bill or rule would impose, not an act done."""
    verb = cand.cue if cand.cue is not None and cand.cue.pos_ == "VERB" else cand.verb
    if verb.dep_ == "conj" and verb.head.dep_ == "xcomp":
        verb = verb.head  # "would be required to identify clients *and pledge* not to"
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _OBLIGING:
        return False
    gov = verb.head
    passive = any(c.dep_ == "auxpass" for c in gov.children)
    scope = [gov, gov.head] if gov.dep_ == "xcomp" else [gov]  # "would continue to be required"
    return passive and any(
        c.dep_ == "aux" and c.lower_ in _IRREALIS for g in scope for c in g.children
    )


# Verbs of preference: an act one favours, advocates or prefers is not done by favouring it.
_PREFERRING = frozenset({"favor", "favour", "advocate", "prefer", "contemplate", "envisage"})


_ENABLING = frozenset({"enable", "allow", "permit", "entitle", "empower", "authorize"})


def _enabled(cand: Candidate) -> bool:
    """ "This *enables* Redland *to accept* the bid": a power given, not the act; so is
    what a thing "*lets* people *do*" (the present tense: "the site *lets* people
    *donate*"; "the army *let* them *go*" is done)."""
    verb = cand.verb
    if verb.dep_ not in {"xcomp", "ccomp"}:
        return False
    head = verb.head
    lets = head.lemma_.lower() == "let" and head.tag_ in {"VBZ", "VBP"}
    if not lets and head.lemma_.lower() not in _ENABLING:
        return False
    return not any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children)


_NO_COMMENT = frozenset({"say", "indicate", "comment", "disclose", "specify", "elaborate"})
_NO_COMMENT |= frozenset({"confirm", "reveal", "identify", "name", "discuss", "speculate"})


# How one feels or stands oneself: "refusing *to become* emotionally attached".
_OWN_STATE = frozenset({"become", "get", "feel", "seem"})


def _declined_comment(cand: Candidate) -> bool:
    """ "*refused to indicate* whether it would reopen the mill", "declined to specify what
    was holding up the talks": declining to comment rejects no one; nor does refusing to
    feel something ("is *refusing to become* emotionally attached to the idea")."""
    words = _NO_COMMENT | _OWN_STATE
    for tok in (cand.trigger, cand.cue):
        if tok is not None and tok.lemma_.lower() in {"refuse", "decline"}:
            return any(c.dep_ == "xcomp" and c.lemma_.lower() in words for c in tok.children)
    return False


_HEDGES = frozenset({"probably", "likely", "certainly", "possibly", "perhaps", "presumably"})


def _forecast_future(cand: Candidate) -> bool:
    """ "Nakasone will *almost certainly* step down as soon as ...": a prediction of a
    future act, not a stated intent."""
    cue = cand.cue
    if cue is None or cue.pos_ != "AUX" or cand.frame is None or cand.frame.kind != "intent":
        return False
    verb = cue.head
    return any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in verb.children)


_ORDERING = frozenset({"order", "direct", "instruct", "urge", "ask", "press", "call", "tell"})


def _ordered(cand: Candidate) -> bool:
    """ "ordered the administration *to begin talks* with congressional leaders": the act
    asked for is not done (the order is coded on its own verb)."""
    verb = cand.verb
    if cand.frame is not None or verb.pos_ != "VERB" or verb.tag_ != "VB":
        return False
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ORDERING


def _favoured(cand: Candidate) -> bool:
    """ "Markey said he did not *favor banning* takeovers", "advocates imposing quotas"."""
    verb = cand.verb
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBG", "VB"}:
        return False  # "*preferred to negotiate* with Congress" too
    return verb.dep_ in {"xcomp", "dobj", "pcomp"} and verb.head.lemma_.lower() in _PREFERRING


# Results a company "should report": "Deutsche *should report* 59 marks per share";
# courses things "should" take: "a fund *should start* operating in two months".
_RESULTS = frozenset({"report", "earn", "post", "show", "record", "achieve", "book", "turn"})
_RESULTS |= frozenset({"start", "begin", "rise", "fall", "grow", "improve", "recover"})
_RESULTS |= frozenset({"decline", "rebound", "peak", "benefit", "ride", "result"})


def _results_forecast(cand: Candidate) -> bool:
    if cand.rule.lemma != "must":
        return False
    verb = cand.verb
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "be" for c in verb.children):
        return True  # "British Airways *should be riding* a good wave": a forecast
    return verb.lemma_.lower() in _RESULTS


# Nouns whose "to" clause is only asked, planned or allowed: "a *request* ... to ask".
_ASKED_FOR = frozenset({"request", "plea", "call", "appeal", "demand", "plan", "proposal"})
_ASKED_FOR |= frozenset({"attempt", "effort", "bid", "move", "intention", "option", "offer"})
_ASKED_FOR |= frozenset({"permission", "approval", "authority", "right", "power", "chance"})
_ASKED_FOR |= frozenset({"undertaking", "commitment", "pledge"})  # "undertakings to accept"
# "a *requirement that* the administration investigate", "a *reason to* press Japan"
_ASKED_FOR |= frozenset({"requirement", "condition", "provision", "reason", "incentive"})


def _contract_content(cand: Candidate) -> bool:
    """ "awarded a *contract* ... to provide technical *assistance* to the EPA": an event
    noun a document provides for is its content, not an act."""
    noun = cand.trigger
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if not to_infinitive(verb):
        return False
    # "a contract *to provide*", "a contract valued at three mln dlrs *to provide*"
    heads = [verb.head, verb.head.head] if verb.dep_ in {"acl", "relcl", "advcl"} else []
    return any(h.lemma_.lower() in _CONTRACTS for h in heads)


_CONTRACTS = frozenset({"contract", "agreement", "accord", "deal", "order", "licence", "license"})


def _for_to_clause(cand: Candidate) -> bool:
    """ "a plea from growers *for the Board to ask* the ministry", "a demand
    *that* the detainees be freed": an act a noun asks or plans for someone, not done."""
    verb = cand.verb
    if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "dobj":
        verb = verb.head  # "efforts *to obtain a ceasefire*"
    if verb.pos_ != "VERB" or verb.dep_ not in {"acl", "relcl"}:
        return False
    if verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    # "a demand *that* Mandela *be released*": the same with a that-clause
    if not any((c.dep_, c.lower_) in {("aux", "to"), ("mark", "that")} for c in verb.children):
        return False
    return verb.head.lemma_.lower() in _ASKED_FOR


def _pressed_to(cand: Candidate) -> bool:
    """ "is putting *pressure* on the trade council *to urge* the cabinet": what
    the pressure is meant to get done, not done."""
    verb = cand.trigger
    if verb.dep_ != "advcl" or not any(c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "pressure" for c in verb.head.children)


def unrealised(cand: Candidate) -> bool:
    """The trigger reads as trade, a plan's outcome, a not-yet or ended event, a suit
    suffered or a body's own meeting."""
    return (
        _ended_noun(cand)
        or _pressed_to(cand)
        or _for_to_clause(cand)
        or _contract_content(cand)
        or _commercial_supply(cand)
        or _plan_would(cand)
        or _not_yet_noun(cand)
        or _named_in_suit(cand)
        or _stative_stance(cand)
        or _own_meeting(cand)
        or _subjunctive(cand)
        or _purpose_of_plan(cand)
        or _permitted(cand)
        or _unable(cand)
        or _for_a_thing(cand)
        or _commentary(cand)
        or _would_be_required(cand)
        or _favoured(cand)
        or _ordered(cand)
        or _enabled(cand)
        or _declined_comment(cand)
        or _forecast_future(cand)
        or _results_forecast(cand)
        or _unsent(cand)
        or _judged_course(cand)
        or _unconfirmed(cand)
        or _condition_of(cand)
        or _policy_of(cand)
        or _infinitive_relative(cand)
        or _near_miss(cand)
        or _simulated(cand)
        or _whoever_guilty(cand)
        or _too_soon(cand)
        or _exposed_to(cand)
        or _terms_sought(cand)
    )


# Verbs of looking for a deal, passive: "deals *are being sought*".
_SOUGHT = frozenset({"seek", "discuss", "negotiate", "propose", "consider", "draw", "draft"})
_TERMS = frozenset({"deal", "agreement", "accord", "arrangement", "pact", "treaty", "way"})
_TERMS |= frozenset({"means", "assurance", "guarantee", "plan", "proposal", "law"})


def _terms_sought(cand: Candidate) -> bool:
    """ "deals are being sought *to deport* the detainees": the act is
    what a deal still being sought would allow, not done."""
    verb = cand.verb
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.lemma_.lower() not in _SOUGHT:
        return False
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _TERMS for c in head.children)


# Words of a thing or place open to an act: "old computers *susceptible to* attack",
# "stations *vulnerable to* attack": a risk told, no act.
_EXPOSED = frozenset({"vulnerable", "susceptible", "prone", "exposed", "open", "liable"})
_EXPOSED |= frozenset({"immune", "resistant", "invulnerable", "impervious"})


def _exposed_to(cand: Candidate) -> bool:
    """An event noun after "to" of a word of exposure: "old computers *susceptible to attack*",
    "towns *vulnerable to* rebel *raids*" (not "open to talks": an offer, no exposure)."""
    noun = cand.trigger
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return False
    word = noun.head.head
    lemma = word.lemma_.lower() if word.pos_ == "ADJ" else word.lower_
    return lemma in _EXPOSED and not (lemma == "open" and cand.cameo.startswith("0"))


def _too_soon(cand: Candidate) -> bool:
    """ "the administration shouldn't be *too quick to praise*": too much to do."""
    node = cand.trigger
    if node.dep_ != "xcomp" or node.head.pos_ != "ADJ":
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "too" for c in node.head.children)


# "came *within feet of* hitting", "stopped *short of*", "on the *brink of*": nearly done.
_NEARLY = frozenset({"short", "brink", "verge", "edge"})
_NEAR_SPANS = frozenset({"feet", "foot", "inches", "inch", "metres", "meters", "yards"})
_NEAR_SPANS |= frozenset({"seconds", "minutes", "hours", "days", "moments", "whisker"})


def _near_miss(cand: Candidate) -> bool:
    """An act nearly done: "cars came *within feet of hitting* his Ferrari", "stopped
    *short of* imposing sanctions", "on the *brink of* war"."""
    node = cand.trigger
    if node.tag_ == "VBG" and any(
        c.dep_ == "advmod" and c.lower_ in {"nearly", "almost"} for c in node.children
    ):
        return True  # "the bullet that entered his back, *nearly killing* him": what the
        # shot nearly did ("gunmen nearly killed the governor" is an attack, and kept)
    if node.dep_ not in {"pcomp", "pobj"} or node.head.lower_ != "of":
        return False
    near = node.head.head
    if near.lower_ in _NEARLY:
        return True
    return near.lower_ in _NEAR_SPANS and near.dep_ == "pobj" and near.head.lower_ == "within"


# Acts played in an exercise or told in a story: "*simulated* attacks", "attacks against a
# *mock* site", "the *drills* included raids", "*rehearsed* an invasion", "the drama
# *depicts* a dirty bomb attack".
_SIMULATED = frozenset({"mock", "simulated", "dummy", "imaginary", "fictional", "fictitious"})
_PLAYING = frozenset({"practise", "practice", "stage", "include"})  # by a drill only
_PLAYED = frozenset({"simulate", "rehearse", "depict", "portray", "dramatise", "dramatize"})
_PLAYED |= frozenset({"fictionalise", "fictionalize", "imagine"})


def _simulated(cand: Candidate) -> bool:
    node = cand.trigger
    aimed = [o for p in node.children if p.dep_ == "prep" for o in p.children]
    aimed += [c for c in node.children if c.dep_ == "dobj"]
    if any(c.dep_ == "amod" and c.lower_ in _SIMULATED for t in (node, *aimed) for c in t.children):
        return True
    if node.dep_ != "dobj" or node.head.lemma_.lower() not in _PLAYING | _PLAYED:
        return False
    play = node.head
    if play.lemma_.lower() in _PLAYED:
        return True
    subj = next((c for c in play.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in DRILLS


# Whoever would be found guilty: "*An adult found guilty of* striking a guard faces up to
# ten years", "*anyone convicted of* attacking": a rule of law, no act done.
_ANYONE = frozenset({"a", "an", "any", "anyone", "anybody", "whoever", "those"})
_VERDICTS = frozenset({"guilty", "convicted"})


def _whoever_guilty(cand: Candidate) -> bool:
    node = cand.trigger
    if node.dep_ not in {"pcomp", "pobj"} or node.head.lower_ != "of":
        return False
    verdict = node.head.head
    if verdict.lower_ not in _VERDICTS:
        return False
    found = verdict.head if verdict.dep_ in {"oprd", "acomp", "amod"} else verdict
    who = (
        found.head
        if found.dep_ in {"acl", "relcl"}
        else next((c for c in found.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    )
    if who is None:
        return False
    return who.lower_ in _ANYONE or any(
        c.dep_ == "det" and c.lower_ in _ANYONE for c in who.children
    )


# Nouns whose "to" clause tells a step taken: "the *decision to* impose sanctions".
_TAKEN_STEPS = frozenset({"decision", "move", "step", "vote", "order", "ruling"})
_DEFEATING = frozenset({"veto", "reject", "block", "defeat", "oppose", "kill", "scuttle"})
_RANKED = frozenset({"first", "last", "only", "second", "third", "latest", "next"})


# Nouns of a scheme whose "to" clause tells what was meant to be done.
_SCHEMES = frozenset({"plot", "plan", "conspiracy", "scheme", "proposal", "threat"})


def _scheme_to(verb: Token) -> bool:
    """ "a plot by a secret order, the Brethren, *to blow up* the cathedral", "foiled a
    *plot to kill* the president" (the clause read as the verb's purpose): what a plot
    or plan was for is not done."""
    if verb.dep_ in {"acl", "relcl"}:  # hung on the plot, or on its "by" phrase
        node = verb.head
        for _ in range(3):
            if node.lemma_.lower() in _SCHEMES:
                return True
            if node.dep_ not in {"pobj", "prep"}:
                return False
            node = node.head
        return False
    if verb.dep_ != "advcl":
        return False
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SCHEMES and c.right_edge.i == verb.left_edge.i - 1
        for c in verb.head.children
    )


def _infinitive_relative(cand: Candidate) -> bool:
    """ "looking to alternative *sources to supply* South Korea's needs": a "to" clause on a
    noun says what the thing is for, not what was done, and a passive one ("a prize*, to
    be donated* to charity") what is still to be done; "the *first* country *to sign*" and
    "the *decision to* impose" tell acts."""
    verb = _clause_of_act(cand)
    if not to_infinitive(verb):
        return False
    if verb.dep_ in {"advcl", "acl", "relcl"} and any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children
    ):
        return True  # "playing for a prize*, to be donated* to charity": still to be done
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() in _DEFEATING:
        return any(  # "vetoed a *resolution to impose* sanctions" (parsed as a purpose)
            c.dep_ == "dobj" and c.lemma_.lower() in _DRAFTS | _BIDS | {"resolution", "motion"}
            for c in verb.head.children
        )
    if _scheme_to(verb):
        return True  # "foiled *a plot to kill* the president": planned, not done
    if verb.dep_ not in {"relcl", "acl"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].is_punct:
        return False  # "... a Moscow visit by Shultz*, to make* accusations": the clause's aim
    head = verb.head
    if head.pos_ != "NOUN" or head.lemma_.lower() in _TAKEN_STEPS:
        return False
    return not any(c.lower_ in _RANKED or c.dep_ == "nummod" for c in head.children)


# Nouns of a standing rule of conduct: "Sweden's *policy of* only adopting sanctions ...".
_STANDING_RULES = frozenset({"policy", "practice", "tradition", "principle", "habit", "custom"})


def _policy_of(cand: Candidate) -> bool:
    """The act is what a standing policy does ("a *policy of* adopting sanctions only with
    the backing of the Council", "the *practice of* dumping"): a rule, not one act."""
    node = _act_verb(cand)
    if node.pos_ in {"NOUN", "PROPN"} and node.dep_ == "dobj" and node.head.tag_ == "VBG":
        node = node.head  # "of adopting *sanctions*"
    if node.dep_ not in {"pcomp", "pobj"} or node.head.lower_ != "of":
        return False
    return node.head.head.lemma_.lower() in _STANDING_RULES


# Words an act is a condition of: "such a move *depended on* other EMS countries scrapping
# controls", "the loan is *contingent on* Brazil signing an accord".
_HINGING = frozenset({"depend", "hinge", "contingent", "conditional", "conditioned"})


def _act_verb(cand: Candidate) -> Token:
    """The verb that tells the act: the light verb or trigger verb, else the trigger."""
    return cand.verb if cand.verb.pos_ in {"VERB", "AUX"} else cand.trigger


def _clause_of_act(cand: Candidate) -> Token:
    """The act's verb, or the verb an event noun is the object of ("to decree *sanctions*")."""
    verb = _act_verb(cand)
    return verb.head if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "dobj" else verb


def _condition_of(cand: Candidate) -> bool:
    node = _act_verb(cand)
    if node.dep_ == "advcl" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _HINGING for c in node.head.children
    ):
        return True  # "is contingent on Brazil *signing*", the act parsed under "is"
    for _ in range(3):
        if node.dep_ not in {"acl", "pcomp", "pobj"} or node.head is node:
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ in {"on", "upon"}:
            return node.head.lemma_.lower() in _HINGING
    return False


# Adverbs that leave an act a claim or a guess: "Iran *allegedly* attacked the ship",
# "Japan *probably* rejected it". Not "reportedly" or "apparently": an act reported is
# coded ("Dos Santos has *reportedly* conceded": the PLOVER gold codes it).
_UNSURE = frozenset({"allegedly", "supposedly", "purportedly", "possibly", "probably"})
_UNSURE |= frozenset({"perhaps", "presumably"})


def _unconfirmed(cand: Candidate) -> bool:
    verb = _act_verb(cand)
    # before the verb: not "were let go last month, *possibly* to make room for others"
    return any(c.dep_ == "advmod" and c.lower_ in _UNSURE and c.i < verb.i for c in verb.children)


# What "it is ... for X to do": a judgement of a course, not the act.
_JUDGEMENTS = frozenset({"feasible", "possible", "impossible", "likely", "unlikely", "easy"})
_JUDGEMENTS |= frozenset({"necessary", "important", "essential", "difficult", "hard", "wise"})
_JUDGEMENTS |= frozenset({"unwise", "vital", "crucial", "desirable", "advisable", "logical"})


def _judged_course(cand: Candidate) -> bool:
    """ "it is not feasible *for America to withdraw* its force", "it is important for
    Japan to open its market": a course weighed, not taken."""
    verb = cand.cue if cand.cue is not None else cand.verb
    if not to_infinitive(verb):
        return False
    head = verb.head
    if verb.dep_ not in {"advcl", "ccomp", "xcomp"} or head.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "acomp" and c.lemma_.lower() in _JUDGEMENTS for c in head.children)


# Messages that carry a demand; verbs that make one ready without sending it.
_DEMAND_PAPERS = frozenset({"petition", "letter", "resolution", "motion", "appeal", "complaint"})
_READYING = frozenset({"prepare", "draft", "draw", "plan", "consider", "circulate"})


def _unsent(cand: Candidate) -> bool:
    """ "The meat industry *has prepared a petition requesting* the administration to
    retaliate": a message drafted, its demand not yet made."""
    verb = cand.verb
    if verb.dep_ != "acl" or verb.head.lemma_.lower() not in _DEMAND_PAPERS:
        return False
    noun = verb.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _READYING


# Market commentators: what they say or "agree" is an opinion on prices, not an act.
_COMMENTATORS = frozenset(
    {"analyst", "trader", "dealer", "economist", "broker", "strategist", "forecaster"}
    | {"commentator", "observer", "pundit", "chartist", "speculator"}
)
_SAYING = frozenset({"say", "add", "tell", "note", "predict", "comment", "argue", "agree"})
_SAYING |= frozenset({"believe", "think", "expect", "reckon", "suggest", "warn"})


def _commentary(cand: Candidate) -> bool:
    """ "Traders and analysts *agree* a reaffirmation will not be enough", " 'I couldn't see
    them backing him,' said *one analyst*", "trader *talk* on the LME": market commentary
    reports no act, whoever it names."""
    verb = cand.verb
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = subject_of(verb)  # "most *analysts* seemed to agree"
    people = [] if subj is None else [subj, *subj.children]
    if any(
        p.lemma_.lower() in _COMMENTATORS
        and p.dep_ in {"nsubj", "nsubjpass", "conj", "compound", "appos"}
        for p in people
    ):  # "Mehdi Varzi, *analyst* with stockbroker Kleinwort Grieveson, agreed"
        return True  # "the investors *and analysts* complained", "*analyst* Barnes applauded"
    if any(c.dep_ == "compound" and c.lemma_.lower() in _COMMENTATORS for c in verb.children):
        return True  # "trader talk"
    if cand.cue is not None and cand.frame is not None and cand.frame.kind == "request":
        speaker = next((c for c in cand.cue.children if c.dep_ == "nsubj"), None)
        named = [] if speaker is None else [speaker, *speaker.children]
        if any(
            t.lemma_.lower() in _COMMENTATORS and t.dep_ in {"nsubj", "compound", "appos"}
            for t in named
        ):
            return True  # "IBM *should* begin a come-back, *analyst* Rick Martin said"
    said = any(
        a.lemma_.lower() in _SAYING and _subject_lemma(a) in _COMMENTATORS for a in verb.ancestors
    )
    # "Japan held talks with China, analysts said": a fact they report, unless quoted
    return said and _quoted(cand.trigger)


def _subject_lemma(verb: Token) -> str:
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return "" if subj is None else subj.lemma_.lower()


_UNABLE = frozenset({"unable", "powerless", "impossible", "reluctant", "hesitant"})
_UNABLE |= frozenset({"unwilling", "loath", "loth", "disinclined"})


def _unable(cand: Candidate) -> bool:
    """ "is *unable to* supply its engines in time": an act that cannot be done."""
    verb = cand.verb
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in _UNABLE


def _for_a_thing(cand: Candidate) -> bool:
    """ "command posts *for planning* guerrilla attacks", "launching posts *for attacks*
    against Israel": an act that is what a thing is for is no act reported."""
    noun = cand.trigger
    node = noun.head if noun.dep_ == "dobj" and noun.head.tag_ == "VBG" else noun
    if node.dep_ == "pcomp" or (node.dep_ == "pobj" and node is noun):
        prep = node.head
        return prep.lower_ == "for" and prep.head.pos_ in {"NOUN", "PROPN"}
    return False


_LEAVE = frozenset({"approval", "permission", "authority", "authorization", "clearance"})
_LEAVE |= frozenset({"go-ahead", "right", "power", "mandate", "licence", "license"})
_LEAVE |= frozenset({"ability", "capacity", "freedom", "leeway", "latitude"})
_LEAVE |= frozenset({"flexibility", "discretion", "scope"})


def _permitted(cand: Candidate) -> bool:
    """ "received *approval* from a court *to sue* the IRS": leave to act is not the act,
    nor is the power or ability to act ("gave full power to the government *to decree*
    sanctions", "its ability *to resolve* negotiations")."""
    verb = _clause_of_act(cand)
    if verb.dep_ == "pcomp" and verb.head.lower_ in {"in", "of"}:
        return verb.head.head.lemma_.lower() in _LEAVE  # "*flexibility in taking* sanctions"
    if verb.dep_ not in {"acl", "advcl"} or not to_infinitive(verb):
        return False
    head = verb.head
    if verb.dep_ == "acl":
        return head.lemma_.lower() in _LEAVE
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _LEAVE for c in head.children)


def _purpose_of_plan(cand: Candidate) -> bool:
    """ "he would go to Peking *to sign* the agreement", "will sign an agreement *to
    cooperate*": the purpose of a trip, step or pact still to come is not done."""
    verb = cand.verb
    cue = cand.cue
    if cue is not None and cue.dep_ == "advcl" and _trip_under_way(cue.head):
        return True  # "is going to the Capitol *to urge* senators to support his veto"
    if _set_off_to_attend(verb):
        return True
    if _sent_to_do(verb):
        return True  # "dispatched more than 1,000 marines *to occupy* the main ports"
    deps = {"advcl", "acl"} if cand.cue is not None else {"advcl", "acl", "xcomp"}
    if verb.dep_ not in deps or not any(
        c.lower_ == "to" and c.dep_ == "aux" for c in verb.children
    ):
        return False
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _ASPECTUAL:
        return False  # "will *continue to* ask": under way already
    if verb.dep_ == "acl":  # "will sign an agreement *to cooperate*": the pact's purpose
        if head.pos_ not in {"NOUN", "PROPN"} or head.head.pos_ not in {"VERB", "AUX"}:
            return False
        head = head.head
    scope = [head, head.head] if head.dep_ in {"xcomp", "conj"} else [head]
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for v in scope for c in v.children):
        return True
    # "Reagan *is going* to the Capitol *to* personally *urge* senators": a trip arranged
    return verb.dep_ == "advcl" and _trip_under_way(head)


_TRAVELLING = frozenset({"go", "travel", "fly", "head", "leave"})
_SETTING_OFF = _TRAVELLING | {"depart", "set"}
# Setting off itself, which leaves what one goes "for" still ahead ("left for talks");
# "went to Moscow for talks" may tell the talks held.
_DEPARTING = _SETTING_OFF - {"go", "travel", "fly", "head"}


def set_off_for(noun: Token) -> bool:
    """ "Sourrouille *left* Buenos Aires today *for talks* with the IMF": meetings one has
    only set off for are still to come, an intent to meet (036), not a meeting held."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    return noun.head.head.lemma_.lower() in _DEPARTING


def _set_off_to_attend(verb: Token) -> bool:
    """ "Dauster *left* Brazil early today *to attend a weekend meeting*": the meeting is
    still to come when the trip has only begun, in whatever tense."""
    attend = verb.head if verb.pos_ in NOUN_POS and verb.dep_ == "dobj" else verb
    if attend.lemma_.lower() != "attend" or attend.dep_ not in {"advcl", "xcomp"}:
        return False
    to = to_infinitive(attend)
    return to and attend.head.lemma_.lower() in _SETTING_OFF


_SENDING = frozenset({"dispatch", "despatch", "send", "deploy", "rush", "airlift"})


def _sent_to_do(verb: Token) -> bool:
    """What forces are sent "to" do is the purpose of sending them, not told as done."""
    if verb.dep_ not in {"advcl", "xcomp"} or verb.head.lemma_.lower() not in _SENDING:
        return False
    return to_infinitive(verb)


def _trip_under_way(verb: Token) -> bool:
    """A journey told in the progressive ("is going", "are flying"): what it is for is
    still to come."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _TRAVELLING:
        return False
    return any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)


_ASPECTUAL = frozenset({"continue", "keep", "begin", "start", "resume", "go"})


# Verbs whose bare-infinitive clause did happen: "made them *pay*", "helped Iraq *rebuild*".
_CAUSING = frozenset({"make", "let", "have", "help", "see", "watch", "hear", "feel", "bid"})


def _subjunctive(cand: Candidate) -> bool:
    """ "Airbus insisted McDonnell *drop* the MD-11 and *cooperate*": a bare verb with its
    own subject and no auxiliary, as the clause of another verb, is what someone wants
    done, not a report that it was done. Demands ("demanded that Israel *withdraw*") are
    coded by their frame instead."""
    verb = cand.verb
    if verb.tag_ != "VB" or cand.frame is not None or cand.cue is not None:
        return False
    node = conj_root(verb)
    if node.tag_ != "VB" or node.dep_ not in {"ccomp", "xcomp"}:
        return False
    if node.head.lemma_.lower() in _CAUSING:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in (*node.children, *verb.children)):
        return False
    if node.dep_ == "xcomp":  # "insisted McDonnell *drop*", but "made them *pay*"
        own = any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
        return own or any(c.dep_ == "dobj" for c in node.head.children)
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
