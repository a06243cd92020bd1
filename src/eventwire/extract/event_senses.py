"""Word senses that are no PLOVER act, common in business and economic news.

Learned from judged Reuters news (``bench/reuters_event_verdicts*.tsv``), where most wrong
events came from a trigger word read in its ordinary sense:

- **Participles before a title**: "*visiting* U.S. Under-Secretary Allen Wallis said".
- **Phrasal verbs**: a particle the rule does not ask for makes another verb ("*back
  up* a satellite", "*hit out*").
- **Speech**: "Melamed *conceded* (that) ...", "it has to be *recognized* (that) ...":
  conceding or recognising a point is saying something, not yielding or recognising a
  state.
- **Things as objects**: a verb whose rule wants an actor object but whose object names
  a thing ("*probing* defence strategy", "*released* 4,900 tonnes of tin", "*received* 35
  cents a share", "*pressed* Ankara's case") reports no act on an actor. Aid and support
  verbs are left alone: aid is goods, support can be of a plan.
- **Questions and formulas**: "*Asked what* form ...", "*Asked* about X, he said" (a
  reporter's question), "the analyst who *requested* anonymity".
- **Hit by something**: "ports were also *hit*", "*threatened by* pests", "*hit* a
  record": no one hit or threatened anyone.
- **A document's content**: "won a contract *to supply* X", "an agreement *to fund*
  drilling", "a bill *to aid* the homeless", "a plan *asking that* ...": what it provides
  for is not an act of its own (the signing is coded; a resolution *calling on* a party
  speaks for its issuer and is kept).
- **Dealings at a sale**: "*rejected* offers at its tender", "*requested* licences at
  today's EC tender", "*suspended* its money market assistance" are market operations.
- **Warnings of no hostile act**: "*warned against* complacency" is advice, unlike
  "warned of retaliation" or "warned Iran".
- **Market demand**: "lower equipment *demand*", "*demand for* oil" is no request; nor
  is a demand "*met*" or "*satisfied*", made before if ever.
- **Formulas and advocacy**: "*Thank God*", "would *fight for* a tax increase" (unless
  armed men fight, or for a place).
- **A clash of words**: "Regan and Volcker *clashed*", "*clashed over* the plan": people
  clashing with no armed side, or over an issue, disagree (110, disapprove).
- **A time mark**: "between now and the *summit*", "until the *talks*", "the first
  *since* the suspension".
- **A call for something**: "a *call* by X requesting ...", "the *call for* talks" is
  a demand, not a telephone call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_contests import comeback, fixture_clash, goal_strike, score_told
from .event_index import PHYSICAL_ACTS, WEAPONS, WORKING_PEOPLE
from .event_readings import to_infinitive
from .event_things import said_of_things
from .noun_kinds import names_no_actor

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from .event_lexicon import EventLexicon, TriggerRule

__all__ = ["DRILLS", "STATE_ENTS", "noun_not_an_act", "sense_code", "verb_not_an_act"]

# Entity labels of states and peoples ("Iran", "Iranian").
STATE_ENTS = frozenset({"GPE", "NORP"})

_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_SPEECH_CODES = ("08", "054")
# People an act can be done to that no sector names: "released the *hostages*".
_PEOPLE = frozenset(
    {"prisoner", "hostage", "detainee", "captive", "inmate", "person", "man", "woman"}
    | {"child", "suspect", "member", "leader", "official", "ally", "neighbour", "neighbor"}
    | {"partner", "creditor", "bank", "country", "state", "nation", "party", "side"}
)
_WH = frozenset({"what", "which", "whose", "how", "why", "when", "where", "who", "whether"})
_FORMULAS = frozenset({"anonymity", "confidentiality", "secrecy", "comment"})
_UNNAMED = frozenset({"identify", "name", "quote"})
_HOSTILE_TYPES = frozenset(
    {"SANCTION", "ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE", "REJECT"}
)
_HOSTILE_WORDS = frozenset(
    {"retaliation", "reprisal", "consequence", "action", "measure", "countermeasure"}
    | {"war", "violence", "force", "step", "move", "response"}
)
# Market readings of "demand": "*lower* demand", "*strong* demand for oil".
_PRICE_MOVES = frozenset({"rise", "fall", "gain", "climb", "jump", "drop", "ease", "rally", "slip"})
_SCALAR = frozenset(
    {"low", "high", "lower", "higher", "strong", "weak", "rising", "falling", "firm"}
    | {"slack", "sluggish", "increase", "increased", "reduced", "growing", "domestic"}
    | {"increasing", "decreasing", "declining", "strengthening", "weakening", "surging"}
    | {"world", "consumer", "industrial", "seasonal", "steady", "good", "poor", "heavy"}
    | {"light", "brisk", "robust", "healthy", "soft", "solid", "overall", "total", "strengthen"}
)
_REQUEST_MODS = frozenset({"acl", "relcl", "ccomp"})
_LEVELS = frozenset({"record", "high", "low", "level", "peak", "bottom", "ceiling", "floor"})
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_DOCUMENTS = frozenset(
    {"contract", "agreement", "accord", "deal", "pact", "order", "tender", "memorandum"}
    | {"protocol", "licence", "license", "option", "plan", "proposal", "bid", "offer"}
    | {"bill", "legislation", "law", "amendment", "measure", "program", "programme"}
    | {"scheme", "package", "project", "budget", "draft", "blueprint", "formula"}
    | {"recommendation", "guideline"}
)
# Documents whose terms ask for something ("a plan *asking that* NPPC be active", "a
# bill *calling for* sanctions"); a resolution, statement or letter is its issuer's voice.
_TERMS = _DOCUMENTS
_APPROX = frozenset({"about", "around", "nearly", "almost", "over", "some", "roughly"})
# Particles that make another verb ("back *up*", "hit *out*"); a violent verb stays
# violent with them ("beat *up*", "shot *out*").
_SENSE_PARTICLES = frozenset({"up", "out"})
# Rules whose actor object matters: a thing as object is no act on anyone.
_ACTOR_OBJECT_CODES = ("04", "054", "08", "09", "10", "16", "173")


def _under(tok: Token, preps: set[str]) -> list[Token]:
    """What the prepositions ``preps`` under ``tok`` govern ("fired *at* a hulk" -> hulk)."""
    return [o for p in tok.children if p.lower_ in preps for o in p.children]


def names_actor(tok: Token, actor_nouns: frozenset[str]) -> bool:
    """The word names an actor itself (not through a modifier), or a number of them
    ("hundreds *of* prisoners")."""
    if tok.ent_type_ in _ACTOR_ENTS or tok.pos_ in {"PROPN", "PRON"}:
        return True
    nouns = actor_nouns | _PEOPLE
    if tok.lemma_.lower() in nouns or tok.lower_ in nouns:
        return True
    if tok.lemma_.lower() not in _COUNTS and tok.pos_ != "NUM":
        return False  # "notes *of Energy Holdings*" are paper, not people
    of = (o for o in _under(tok, {"of"}) if o.dep_ == "pobj")
    return any(o.ent_type_ in _ACTOR_ENTS or o.lemma_.lower() in nouns for o in of)


# Words that count people: "hundreds *of* prisoners", "a group *of* rebels".
_COUNTS = frozenset(
    {"hundred", "thousand", "million", "dozen", "score", "group", "number", "handful"}
    | {"team", "delegation", "member", "some", "many", "most", "all", "part", "couple"}
    | {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)


def _phrasal(tok: Token, rule: TriggerRule) -> bool:
    if rule.particle:
        return False
    if rule.cameo[:2] in {"18", "19", "20"}:
        return False
    return any(c.dep_ == "prt" and c.lower_ in _SENSE_PARTICLES for c in tok.children)


def _speech(tok: Token, rule: TriggerRule) -> bool:
    """ "conceded that ...", "it has to be recognized the area was ...": saying so."""
    if not rule.cameo.startswith(_SPEECH_CODES):
        return False
    if tok.dep_ == "csubj":
        return True  # "the chairman *conceded* a combined rail group might prove a tough
        # rival", parsed as the subject of "might prove": conceding a point
    if tok.dep_ in {"ccomp", "parataxis"} and tok.i > tok.head.i:
        between = tok.doc[tok.head.i : tok.i]
        if any(t.is_quote or t.lower_ == "," for t in between):
            return True  # '"... many more than we anticipated," Melamed conceded.'
    return any(c.dep_ in {"ccomp", "parataxis"} for c in tok.children)


def _thing_object(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    if not rule.actor_object or not rule.cameo.startswith(_ACTOR_OBJECT_CODES):
        return False
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs.append(tok.head)  # "the *circular*, released to Reuters": what was released
    objs += [  # "released *about 4,900 tonnes* of tin": a quantity parsed as a phrase
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in _APPROX
        for o in p.children
        if o.dep_ == "pobj" and any(n.dep_ == "nummod" for n in o.children)
    ]
    nouns = lex.actor_words
    # The first object is the object ("received FDA approval to market *Cefadroxil*": a
    # second "object" is a misparse); a counted thing is an amount ("received *155 mln*
    # European Currency Units"), unless it counts people ("received *30* delegates").
    first = objs[:1] if objs and objs[0].dep_ in {"dobj", "nsubjpass"} else objs
    if first and first[0].lower_ == "it":
        return True  # "until *it* is officially released": a report, not a person
    if not objs and _caption(tok):
        return True  # "*Released* 11 March on Xbox.": a product's note, no one freed
    return bool(objs) and not any(_actor_not_amount(o, nouns) for o in first)


def _caption(tok: Token) -> bool:
    """A participle standing alone as a sentence, with no subject, auxiliary or object:
    "Released 11 March on Xbox."."""
    return (
        tok.dep_ == "ROOT"
        and tok.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children)
    )


def _actor_not_amount(tok: Token, nouns: frozenset[str]) -> bool:
    if not names_actor(tok, nouns):
        return False
    if not any(c.dep_ == "nummod" for c in tok.children):
        return True
    lemma = tok.lemma_.lower()  # counted: people ("30 delegates"), not an amount
    return lemma in nouns or lemma in _PEOPLE or tok.ent_type_ == "NORP"


def _question(tok: Token, rule: TriggerRule) -> bool:
    """ "Asked what form ...", "Asked about the talks, he said": a reporter's question."""
    if not rule.cameo.startswith("10"):
        return False
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if any(d.lower_ in _WH for d in obj.children if d.dep_ == "det"):
            return True
        if obj.lemma_.lower() in _FORMULAS:
            return True  # "requested anonymity"
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in _UNNAMED for c in tok.children):
        return True  # "asked not to be identified"
    if tok.lemma_.lower() == "ask" and any(c.lower_ == "?" for c in tok.children):
        return True  # '"Did people really expect a remedy?" he asked': a question
    first = next((t for t in tok.sent if not (t.is_space or t.is_punct)), None)
    if first is not None and first.lower_ in {"when", "if"} and first.i == tok.i - 1:
        first = tok  # "*When asked* on the program if he thought ..."
    opening = first is not None and first.i == tok.i
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    return opening and tok.dep_ in {"advcl", "ccomp"} and not subject


def _warning_of_nothing(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "warned against complacency": a warning whose object is no actor or hostile act."""
    if not rule.prep or lex.cameo[rule.cameo].type != "THREATEN":
        return False
    return not any(
        _hostile_or_actor(obj, lex)
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in rule.prep
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


# The public a warning is advice to: "warn *people* about rogue dialling".
_THE_PUBLIC = frozenset({"people", "public", "customer", "consumer", "user", "resident"})
_THE_PUBLIC |= frozenset({"motorist", "traveller", "traveler", "parent", "shopper", "viewer"})
_THE_PUBLIC |= frozenset({"passenger", "investor", "patient", "driver", "holidaymaker"})


def _public_advised(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "BT ... *warn people about* rogue dialling", "police warned residents about
    burglaries": advice to the public about a risk, no threat to them (a warning of a
    hostile act or of an actor, "warned people of reprisals", still threatens)."""
    if lex.cameo[rule.cameo].type != "THREATEN" or tok.lemma_.lower() != "warn":
        return False
    public = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _THE_PUBLIC]
    if not public:
        return False
    about = [  # "warned people *about* X", or "about X" hung on the people
        o
        for head in (tok, *public)
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in {"about", "of", "against", "over"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return bool(about) and not any(_hostile_or_actor(o, lex) for o in about)


def _hostile_or_actor(obj: Token, lex: EventLexicon) -> bool:
    """A hostile act or word ("reprisals", "action") or an actor ("the rebels")."""
    lemma = obj.lemma_.lower()
    hostile = any(lex.cameo[r.cameo].type in _HOSTILE_TYPES for r in lex.nouns.get(lemma, ()))
    return hostile or lemma in _HOSTILE_WORDS or names_actor(obj, lex.actor_words)


def _title_participle(tok: Token) -> bool:
    """ "*visiting* U.S. Under-Secretary Allen Wallis told ...": a participle before a
    title and name describes the person; it reports no act of its own."""
    if tok.tag_ != "VBG" or any(c.dep_ in {"nsubj", "aux"} for c in tok.children):
        return False
    words = [t for t in tok.doc[tok.i + 1 : tok.i + 6] if not t.is_space][:2]
    if len(words) < 2 or words[0].pos_ != "PROPN" or not words[1].is_title:
        return False
    nxt, after = words
    return after.ent_type_ not in {"DATE", "TIME"} and nxt.ent_type_ in {"GPE", "NORP", ""}


# What a ship or a vehicle runs into.
_SHOALS = frozenset({"mine", "reef", "rock", "rocks", "iceberg", "sandbank", "shoal"})


def _by_something(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "other ports were also *hit*", "the crop is *threatened by* pests", "the surplus
    *hit* a record", "the tanker *hit a mine*": hitting or threatening with no one doing
    it."""
    if rule.lemma == "hit" and any(
        c.dep_ == "dobj" and (c.ent_type_ in _AMOUNTS or _level(c)) for c in tok.children
    ):
        return True
    if rule.lemma in {"hit", "strike"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SHOALS for c in tok.children
    ):
        return True  # "a Soviet tanker *hit a mine*": the ship was struck, it struck no one
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
    nouns = lex.actor_words
    if passive and lex.cameo[rule.cameo].type in {
        "SUPPORT",
        "CONSULT",
    }:  # "cover *backed by letters of
        agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children]  # credit*"
        # ... or "the cost will be *met by the issue* of shares"
        return bool(agents) and not any(names_actor(o, nouns) or o.ent_type_ for o in agents)
    if rule.lemma != "hit" and lex.cameo[rule.cameo].type != "THREATEN":
        return False
    # "farmers *hit by* EC cost-cutting measures", "both hard *hit by* Japanese trade": a
    # participle with its agent is passive too
    passive = passive or (tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children))
    return passive and not any(
        names_actor(o, nouns) or o.lemma_.lower() in WEAPONS
        for a in tok.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    )


def _level(noun: Token) -> bool:
    """ "a record", "a record 83 billion dlrs", "5 pct": a level reached, no one hit."""
    kids = list(noun.children)
    return noun.lemma_.lower() in _LEVELS or any(
        c.lemma_.lower() in _LEVELS or c.dep_ == "nummod" for c in kids
    )


def _document_content(tok: Token) -> bool:
    """ "won a contract *to supply* Switzerland", "signed an agreement *to fund* drilling":
    what a document provides for is its content, not an act of its own."""
    if tok.dep_ not in {"acl", "relcl"} or tok.head.lemma_.lower() not in _DOCUMENTS:
        return False  # "a bill *to aid*" is parsed as either
    if tok.tag_ == "VBG":  # "a plan *asking that* ...", "a bill *calling for* ..."
        return tok.head.lemma_.lower() in _TERMS
    if tok.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in tok.children
    ):  # "a proposal by the Philippines *that called for* partial payment"
        return tok.head.lemma_.lower() in _TERMS
    return to_infinitive(tok)  # not "agreed by"


# Emergencies declared for a disaster: relief, not coercion ("a *flooding* emergency").
_DISASTERS = frozenset({"disaster", "drought", "flooding", "health", "weather", "famine"})


def _disaster_emergency(tok: Token, lex: EventLexicon) -> bool:
    """ "declared a *flooding emergency*", "declared a *disaster*", "signed a declaration of
    disaster emergency": relief, no coercion and no accord."""
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "signed a *declaration of disaster emergency*": the declaration stands for what it
    # declares
    objs += [o for d in objs if d.lemma_.lower() == "declaration" for o in _under(d, {"of"})]
    objs = [o for o in objs if o.lemma_.lower() in {"emergency", "disaster"}]
    return any(
        m.dep_ in {"compound", "amod", "nmod"}
        and (m.lemma_.lower() in _DISASTERS or m.lemma_.lower() in lex.non_actor_heads)
        for o in objs
        for m in o.children
    ) or any(o.lemma_.lower() == "disaster" for o in objs)


# What buyers and investors seek on a market: "customers *seek a better return*".
_GAINS = frozenset({"return", "yield", "profit", "gain", "bargain", "buyer", "price"})


def _market_seeking(tok: Token, rule: TriggerRule) -> bool:
    if tok.lemma_.lower() not in {"seek", "look"} or not rule.cameo.startswith("10"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _GAINS for c in tok.children)


def verb_not_an_act(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """The verb is read in a sense that reports no PLOVER act (see the module docstring)."""
    return (
        _title_participle(tok)
        or _by_something(tok, rule, lex)
        or _disaster_emergency(tok, lex)
        or _market_seeking(tok, rule)
        or _document_content(tok)
        or _phrasal(tok, rule)
        or _speech(tok, rule)
        or _thing_object(tok, rule, lex)
        or _question(tok, rule)
        or _warning_of_nothing(tok, rule, lex)
        or _public_advised(tok, rule, lex)
        or _staff_quit(tok, rule)
        or _resigned_to(tok, rule)
        or _dismissed(tok, rule)
        or _years_worked(tok, rule)
        or _weapon_test(tok, rule)
        or _research(tok, rule)
        or _labour_ban(tok, rule)
        or _executed_deal(tok, lex)
        or _labour_strike(tok, rule)
        or _business_strike(tok, rule)
        or _warned_of_outcome(tok, rule, lex)
        or _market_rally(tok)
        or _ships_broken_up(tok)
        or _price_retreat(tok)
        or _site_visit(tok)
        or _product_backed(tok)
        or _tipped_to_win(tok)
        or _budget_vow(tok)
        or _hosted_no_meeting(tok)
        or _holdings_handed_over(tok)
        or _summoned_for_help(tok)
        or _retreating_described(tok)
        or _cautioned(tok, rule, lex)
        or _warned_must(tok, rule, lex)
        or _verbal_attack(tok, rule, lex)
        or _struck_deal(tok, rule, lex)
        or _agreed_view(tok, rule, lex)
        or _corporate_finance(tok, rule, lex)
        or _freed_from_duty(tok, rule)
        or _adjectival_participle(tok)
        or _trading_halt(tok, rule, lex)
        or _welcomed_market_move(tok, rule, lex)
        or _site_inspection(tok, rule)
        or _surrendered_right(tok, rule)
        or _held_positions(tok, rule, lex)
        or _economic_harm(tok, rule, lex)
        or _appeal_to_buyers(tok, rule)
        or _accident_toll(tok, rule, lex)
        or _figurative_phrasal(tok, rule, lex)
        or _tender_dealing(tok)
        or _stranded_with(tok)
        or _thing_hit(tok, rule, lex)
        or _animal_struck(tok, rule, lex)
        or _ran_into(tok)
        or _drill(tok, rule, lex)
        or _self_harm(tok, rule, lex)
        or _birth_welcomed(tok)
        or _engine_fired(tok)
        or _work_described(tok, rule, lex)
        or _walked(tok)
        or _figure_of_speech(tok)
        or _award_received(tok)
        or _own_body_hit(tok, rule, lex)
        or _held_back(tok)
        or _bound_to_be(tok)
        or _travelled_to_join(tok, rule, lex)
        or _appeals_to_buyers(tok)
        or _beat_forecasts(tok, rule, lex)
        or _licence_given(tok, rule)
        or _participle_modifier(tok, rule, lex)
        or _aid_as_kind(tok)
        or _owned_or_backed(tok, rule, lex)
        or _won_or_shot_at_goal(tok, rule, lex)
        or _work_with_market(tok, rule, lex)
        or _accidental(tok, rule, lex)
        or _bound_by_pledge(tok)
        or _business_exit(tok)
        or _wired_link(tok, rule)
        or _evacuated(tok, rule, lex)
        or _claimed_breach(tok, rule, lex)
        or _hit_by_a_thing(tok, rule, lex)
        or _hard_hit(tok)
        or _unarmed_blow(tok, rule, lex)
        or _blamed_on_cause(tok, lex)
        or _back_in_use(tok, rule, lex)
        or _open_call(tok, rule, lex)
        or _policy_defended(tok, rule, lex)
        or _funds_raised(tok, rule, lex)
        or _the_wounded(tok)
        or _among_themselves(tok)
        or _met_a_thing(tok, rule, lex)
        or _manner_undoes(tok, rule, lex)
        or _occasion_clash(tok)
        or fixture_clash(tok)
        or comeback(tok)
        or said_of_things(tok)
        or _won_by_a_score(tok, rule, lex)
        or _service_halted(tok, rule, lex)
        or _filming(tok)
        or _fought_back(tok, rule, lex)
        or _travellers(tok, rule, lex)
        or _outdone(tok, rule, lex)
        or _conceded_in_play(tok, rule, lex)
        or _drew_on(tok, rule, lex)
        or _as_opposed_to(tok)
    )


# People who travel as a crowd, not as a party: "*tourists* flying to Spain".
_TRAVELLERS = frozenset({"tourist", "visitor", "holidaymaker", "traveller", "traveler"})
_TRAVELLERS |= frozenset({"passenger", "people", "fan", "student", "migrant", "backpacker"})
_TRAVELLERS |= frozenset({"shopper", "pilgrim", "commuter", "family", "worker"})
_JOURNEYS = frozenset({"travel", "fly", "go", "come", "flock", "head", "journey"})


def _travellers(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "driven by more *Germans travelling* to Britain on cheap flights", "tourists
    flying to Spain": a people or a crowd travelling, no party visiting another."""
    if lex.cameo[rule.cameo].type != "CONSULT" or tok.lemma_.lower() not in _JOURNEYS:
        return False
    who = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        who.append(tok.head)  # "Germans *travelling* to Britain"
    if not who and tok.dep_ == "xcomp":  # "Muslims *had to travel* to Llanelli"
        who = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return bool(who) and all(
        w.lemma_.lower() in _TRAVELLERS or (w.ent_type_ == "NORP" and w.tag_ == "NNPS") for w in who
    )


def _fought_back(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "City *did fight back*", "the shares fought back": recovering ground, with no one
    fought and no armed side ("troops fought back", "fought back against the rebels" are
    fighting)."""
    if lex.cameo[rule.cameo].type != "ASSAULT" or tok.lemma_.lower() != "fight":
        return False
    kids = list(tok.children)
    if not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in kids):
        return False
    if any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"against", "with", "on"})
        for c in kids
    ):
        return False
    subj = _shared_subject(tok)
    return subj is None or not _armed((t.lemma_.lower() for t in subj.subtree), lex)


# What a rival "threatens to" do by outgrowing another: no act held over anyone.
_OUTDOING = frozenset({"overshadow", "eclipse", "dwarf", "outshine", "upstage", "overtake"})
_OUTDOING |= frozenset({"outstrip", "outsell", "outpace", "surpass", "supplant"})


def _outdone(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "an icon *threatening to overshadow* Yahoo": a rival outgrowing another, no
    threat made."""
    if lex.cameo[rule.cameo].type != "THREATEN" or tok.lemma_.lower() != "threaten":
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _OUTDOING for c in tok.children)


# What a side concedes in play: a penalty, a goal, a try; not a point argued or defeat.
_CONCEDED_IN_PLAY = frozenset({"penalty", "goal", "try", "free-kick", "corner", "wicket"})
_CONCEDED_IN_PLAY |= frozenset({"equaliser", "equalizer", "touchdown", "set", "foul"})


def _conceded_in_play(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "Ireland *conceded a penalty* close to their own line": play, no concession."""
    if lex.cameo[rule.cameo].type != "CONCEDE" or tok.lemma_.lower() != "concede":
        return False
    given = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in _CONCEDED_IN_PLAY for o in given)


def _as_opposed_to(tok: Token) -> bool:
    """ "a person *as opposed to* a machine": "rather than", no one opposed."""
    doc = tok.doc
    return (
        tok.lower_ == "opposed"
        and tok.i > 0
        and doc[tok.i - 1].lower_ == "as"
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].lower_ == "to"
    )


def _drew_on(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "Microsoft *is calling on its* own *encyclopaedia* for answers": drawing
    on a thing of one's own, no party asked ("called on U.S. stock exchanges" asks)."""
    if lex.cameo[rule.cameo].type != "REQUEST" or tok.lemma_.lower() != "call":
        return False
    asked = [o for o in _under(tok, {"on", "upon"}) if o.dep_ == "pobj" and o.i > tok.i]
    return bool(asked) and all(
        any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
        and names_no_actor(o.lemma_)
        and not names_actor(o, lex.actor_words)
        for o in asked
    )


def _shared_subject(verb: Token) -> Token | None:
    """The verb's subject, or for a conjoined verb with none the first verb's ("futures
    opened higher and then *retreated*")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj


# What a carrier runs and may stop for its own reasons: "suspended *flights* to Saudi".
_SERVICES = frozenset({"flight", "service", "route", "sailing", "operation", "connection"})
_CARRIERS = frozenset({"airline", "carrier", "operator", "line", "firm", "company"})
# Words that make an organisation a state's own: "the aviation *ministry*".
_STATE_BODIES = frozenset({"ministry", "government", "authority", "department", "agency"})
_STATE_BODIES |= frozenset({"council", "commission", "regulator", "administration", "office"})


def _service_halted(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "BA *suspended flights* to Saudi Arabia", "BA will now suspend the Saudi flights":
    a firm stopping its own service, no sanction on the place it flew to (a state
    stopping flights, "Russia suspended flights to Egypt", still sanctions)."""
    if lex.cameo[rule.cameo].type != "SANCTION":
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _SERVICES for c in tok.children):
        return False
    subj = _shared_subject(tok)
    if subj is None:
        return False
    words = {t.lemma_.lower() for t in subj.subtree}
    if words & _STATE_BODIES:
        return False
    return subj.ent_type_ == "ORG" or subj.lemma_.lower() in _CARRIERS


# Kinds of act a result told with its score borrows the words of.
_SCORED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})


def _won_by_a_score(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "New Zealand *demolished them 52-3*": a match result, no destruction."""
    return lex.cameo[rule.cameo].type in _SCORED_TYPES and score_told(tok)


def _met_a_thing(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "Carlisle's *cross was met* by Scott", "*met the deadline*": what is met is a thing,
    no party, so no one meets anyone (the one met is a person, a body or a name in "met
    the delegation", "met Shamir"); and two who "*met as students*" became friends, they
    held no meeting."""
    if tok.lemma_.lower() != "meet" or lex.cameo[rule.cameo].type != "CONSULT":
        return False
    met = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not met:
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
    met += [o for m in met for p in m.children if p.lower_ == "of" for o in p.children]
    return not any(  # "met representatives *of Citibank*"
        names_actor(m, lex.actor_words) or m.ent_type_ or m.pos_ in {"PROPN", "PRON"} for m in met
    )


# Manners that take the act back: applause or praise given "*sarcastically*" is mockery
# (and blows dealt "*politically*" are words: the adverbs of ``_IN_WORDS``).
_MOCKING = frozenset({"sarcastically", "ironically", "mockingly", "jokingly", "facetiously"})


def _manner_undoes(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "I *attack* him *politically*", "was *sarcastically applauded*" by the fans."""
    manners = {c.lower_ for c in tok.children if c.dep_ == "advmod"}
    if manners & _MOCKING:
        return True
    in_words = any(m.endswith("ly") and m[:-2] in _IN_WORDS for m in manners)
    return in_words and lex.cameo[rule.cameo].type == "ASSAULT"  # political, verbal


# Occasions that clash in a calendar, not in a fight: "the *clash with* Sunday's Golden
# Globes *ceremony*".
_OCCASIONS = frozenset({"ceremony", "event", "date", "festival", "show", "holiday", "concert"})
_OCCASIONS |= frozenset({"premiere", "launch", "schedule", "awards", "election", "conference"})


def _occasion_clash(tok: Token) -> bool:
    """A clash "with" an occasion is one of dates ("the *clash with* the awards
    ceremony"), whoever holds it."""
    if tok.lemma_.lower() != "clash":
        return False
    return any(
        o.lemma_.lower() in _OCCASIONS
        for p in tok.children
        if p.lower_ == "with"
        for o in p.children
    )


def _among_themselves(tok: Token) -> bool:
    """ "industry leaders will *meet among themselves* to reach a consensus": one side's own
    meeting, no counterpart."""
    if tok.lemma_.lower() not in {"meet", "talk", "confer", "consult"}:
        return False
    return any(o.lower_ in {"themselves", "ourselves"} for o in _under(tok, {"among", "between"}))


def _the_wounded(tok: Token) -> bool:
    """ "planned to evacuate *wounded* from the camps": people hurt, named by the participle
    as a noun, no one wounding them."""
    if tok.lemma_.lower() not in {"wound", "injure", "wounded", "injured"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "agent"} for c in tok.children):
        return False
    if tok.dep_ == "xcomp" and tok.tag_ == "VBN":  # "evacuate *wounded*" read as a clause
        return not any(c.dep_ == "dobj" for c in tok.head.children)
    if tok.dep_ == "conj":  # "the dead and *wounded*", not "killed or *wounded* 1,500"
        return tok.head.pos_ in {"NOUN", "PROPN", "ADJ"}
    return tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}


def _funds_raised(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "Mahanagar Telephone Nigam *mobilised 3.83 billion rupees*": money raised, no
    forces mobilised."""
    if lex.cameo[rule.cameo].type != "MOBILIZE":
        return False
    return any(
        c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in _FUNDS)
        for c in tok.children
    )


_FUNDS = frozenset({"fund", "money", "capital", "cash", "finance", "resource", "saving"})
_FUNDS |= frozenset({"rupee", "dollar", "dlr", "yen", "mark", "franc", "pound", "peso"})


def _policy_defended(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "Gros *defended Brazil's recent economic record*", "Mulford *defended the U.S.
    strategy*": speaking up for a policy or record, mostly one's own side's, backs no
    party; "France *defended Iraq*" (an actor defended) is kept."""
    if tok.lemma_.lower() != "defend" or lex.cameo[rule.cameo].type != "SUPPORT":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    nouns = lex.actor_words
    return bool(objs) and not any(names_actor(o, nouns) for o in objs)


_CALLS_FOR = frozenset({"bid", "offer", "application", "tender", "proposal", "submission"})


def _open_call(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "Ecuador *is accepting bids* from companies", "regulators *have welcomed
    applications*": taking bids or applications in general is an open call, no offer of
    a party accepted; "accepted the offer", "has accepted bids" are kept."""
    if lex.cameo[rule.cameo].type not in {"AGREE", "SUPPORT"}:
        return False
    if tok.lemma_.lower() not in {"accept", "welcome", "invite", "consider"}:
        return False
    progressive = tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children
    )
    perfect = tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children
    )
    if not (progressive or (perfect and tok.lemma_.lower() != "accept")):
        return False  # "the CCC *has accepted bids* for export bonuses": bids taken up
    return any(
        c.dep_ == "dobj"
        and c.tag_ == "NNS"
        and c.lemma_.lower() in _CALLS_FOR
        and not any(d.dep_ in {"det", "nummod", "poss"} for d in c.children)
        for c in tok.children
    )


# What a thing is returned or restored to when it is put back to work.
_IN_USE = frozenset({"service", "use", "operation", "production", "duty", "normal", "work"})
_IN_USE |= frozenset({"profitability", "profit", "health", "market", "schedule"})


def _back_in_use(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "the carrier *returned* a third of its idle jets *to service*", "*restored* the
    mill to production": things put back to work, no return of property or retreat."""
    if lex.cameo[rule.cameo].type not in {"RETREAT", "CONCEDE"}:
        return False
    if tok.lemma_.lower() not in {"return", "restore", "bring"}:
        return False
    return any(o.lemma_.lower() in _IN_USE for o in _under(tok, {"to"}))


# What strikes in a war besides people: arms, vessels and raids ("an air *raid hit* a
# school", "Iranian *gunboats hit* a tanker").
_ARMED_THINGS = WEAPONS | frozenset(
    {"raid", "strike", "attack", "fire", "shelling", "bombardment", "barrage", "salvo"}
    | {"warship", "ship", "boat", "vessel", "tank", "gun", "grenade", "projectile"}
    | {"explosion", "blast", "bullet", "force", "unit", "squadron", "patrol"}
)


def _hit_by_a_thing(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "Labour's *reforms have hit* every sector", "the *strike hit* ferry services", "the
    *strike closed* the ports": a measure, a stoppage or a market that hits or shuts
    something harms it; no one attacks or blockades. Arms, vessels and raids that hit are
    kept ("*missiles hit* the tanker", "the *air strike* hit")."""
    kind = lex.cameo[rule.cameo].type
    hits = rule.lemma in {"hit", "strike"} and kind == "ASSAULT"
    closes = tok.lemma_.lower() in _CLOSING and kind in {"COERCE", "SANCTION"}
    if not (hits or closes):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in {"which", "that"} and tok.dep_ == "relcl":
        subj = tok.head  # "the seamen's strike, *which* has badly hit the port"
    if subj is None or names_actor(subj, lex.actor_words):
        return False
    word = subj.lemma_.lower()
    if word in {"strike", "attack"}:  # "the *air strike* hit", not "the strike closed the ports"
        return not any(c.lower_ in _ARMED_KINDS for c in subj.children)
    if word in _ARMED_THINGS or subj.lower_ in _ARMED_THINGS:
        return False
    return subj.pos_ in {"NOUN"} and not subj.ent_type_


def _blamed_on_cause(tok: Token, lex: EventLexicon) -> bool:
    """ "the player *blamed her defeat* by her rival *on a knee injury*": a setback put down
    to a cause, no party accused ("blamed the attack *on Iran*", "blamed *the EC's*
    crisis on ..." name one)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.lemma_.lower() != "blame" or not objs:
        return False
    owners = [m for o in objs for m in o.children if m.dep_ in _OWNER_DEPS and m.pos_ != "PRON"]
    if any(names_actor(o, lex.actor_words) for o in objs + owners):
        return False  # "blamed *the EC's* cash crisis on ...", "blamed *an inflexible U.S.*
        # position for the failure"
    causes = [o for h in (tok, *objs) for o in _under(h, {"on"}) if o.dep_ == "pobj"]
    return bool(causes) and not any(
        names_actor(t, lex.actor_words) for o in causes for t in o.subtree
    )  # not "on the reluctance *of governments*", "on an order *by Duvalier*"


_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


# How hard a blow fell: "particularly *hard hit*", "the *worst hit* areas".
_HOW_HARD = frozenset({"hard", "harder", "hardest", "badly", "worst", "severely", "heavily"})


def _hard_hit(tok: Token) -> bool:
    """ "Pensioners are *hard hit* by the price rises": how badly a group fared, told
    with no one hitting it (an active "rebels hit the town hard" is
    kept)."""
    if tok.lemma_.lower() not in {"hit", "strike", "affect"} or tok.tag_ != "VBN":
        return False  # not "pledged to *hit* ISIS even harder"
    if any(c.dep_ in {"nsubj", "agent", "dobj"} for c in tok.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _HOW_HARD for c in tok.children)


# Verbs of shutting a place: a strike, a storm or a fire that "closed the ports" blockades
# no one.
_CLOSING = frozenset({"close", "shut", "block", "paralyse", "paralyze", "halt"})
# What makes a strike or an attack an armed one: "the *air* strike", "a *missile* attack".
_ARMED_KINDS = frozenset({"air", "missile", "rocket", "military", "naval", "artillery"})
_ARMED_KINDS |= frozenset({"bombing", "guerrilla", "rebel", "commando", "mortar"})


# Words of war in a sentence: what makes a "hit" or an "offensive" an armed one.
_WAR_WORDS = (
    _ARMED_THINGS
    | _ARMED_KINDS
    | frozenset(
        {"war", "warplane", "troop", "soldier", "army", "military", "rebel", "guerrilla"}
        | {"militant", "gunman", "insurgent", "militia", "fighter", "navy", "police", "front"}
        | {"battle", "fighting", "combat", "weapon", "arms", "bombing", "terrorist", "offensive"}
    )
)
# Triggers that name a blow in any walk of life: a song, a product or a worm "hits", a
# politician goes "on the offensive".
_ANY_BLOW = frozenset({"hit", "offensive"})
# Offensives of words and charm: "a *charm* offensive", "a *diplomatic* offensive".
_SOFT_OFFENSIVES = frozenset({"charm", "diplomatic", "media", "legal", "publicity", "peace"})
_SOFT_OFFENSIVES |= frozenset({"marketing", "advertising", "sales", "propaganda", "verbal"})


# What a "hit" is or reaches in music, show business and the news: "hit *singles*", "hit
# the *headlines*", "hit the *shelves*".
_HITS_OF_NOTE = frozenset({"single", "song", "record", "album", "show", "film", "movie"})
_HITS_OF_NOTE |= frozenset({"series", "musical", "chart", "headline", "shelf", "screen"})
_HITS_OF_NOTE |= frozenset({"jackpot", "note", "high", "peak", "button", "airwave"})


def _unarmed_blow(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "the country *hit* Ring of Fire", "consoles *hit* the shops", "sites *hit* by a
    worm", "the Tory leader has gone *on the offensive*", "a *charm offensive*": a hit or
    an offensive in a sentence with no word of war in it (names aside: "Ring of *Fire*")
    is none, unless a country deals it ("Iran *hit* ...", an offensive in a sentence
    naming a country) or a person or a body is what is hit ("a man *hit* a policeman").
    Only a trigger whose rule reads an assault."""
    lemma = tok.lemma_.lower()
    if lemma not in _ANY_BLOW or lex.cameo[rule.cameo].type != "ASSAULT":
        return False
    if any(c.dep_ == "prt" for c in tok.children):
        return False  # "*hit out* at critics": words, read as such by ``sense_code``
    if lemma == "offensive" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _SOFT_OFFENSIVES for c in tok.children
    ):
        return True
    sent = [t for t in tok.sent if t.i != tok.i]
    if any(t.lemma_.lower() in _WAR_WORDS for t in sent if t.pos_ != "PROPN"):
        return False
    if lemma == "offensive":  # a country, not a party ("*Tory* leader", NORP too)
        return not any(t.ent_type_ == "GPE" for t in sent)
    hit = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if hit and all(h.lemma_.lower() in _HITS_OF_NOTE for h in hit):
        return True  # "12 *UK hit singles*" (read as a verb), "Iran *hit the headlines*"
    hitters = [c for c in tok.children if c.dep_ == "nsubj"]
    hitters += [o for a in tok.children if a.dep_ == "agent" for o in a.children]
    if any(h.ent_type_ in STATE_ENTS for h in hitters):
        return False
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        hit.append(tok.head)  # "the sites *hit* by Santy"
    return not any(names_actor(h, lex.actor_words) and h.pos_ != "PROPN" for h in hit)


_BREACHES = frozenset({"violate", "breach", "contravene", "infringe"})
# Verbs that tell a breach as one side's claim: "charging the offer *violated* securities
# laws", "miners who have said it *violated* an agreement".
_CLAIMING = frozenset(
    {"say", "charge", "allege", "claim", "contend", "argue", "accuse", "complain", "assert"}
    | {"maintain", "believe", "think", "suggest", "insist", "feel", "consider", "mean"}
)
_HEDGES = frozenset({"apparently", "allegedly", "reportedly", "possibly", "probably"})


def _claimed_breach(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """A breach of a law or an accord is mostly told as a party's claim, and a thing can
    breach nothing: "the company filed suit, charging the tender offer *violated* federal
    securities laws", "miners who have said it *violated* an agreement", "West Germany was
    *apparently breaching* the accord", "the announcement *breached* a confidential
    agreement" are no defiance done. "A newspaper *has violated* a ban by General Aoun",
    told as fact by an actor, is kept."""
    if tok.lemma_.lower() not in _BREACHES or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in tok.children):
        return True
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and not names_actor(subj, lex.actor_words):
        return True  # "the announcement breached": a thing
    node = tok
    for _ in range(3):  # the claim it is the content of: "said (that) it violated"
        if node.dep_ not in {"ccomp", "conj", "advcl"} or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in _CLAIMING:
            return True
    return False


def _evacuated(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "8,200 people had been *evacuated* from mountain areas" after floods: people moved
    out of danger by no one named, no aid given by one party to another."""
    if lex.cameo[rule.cameo].type != "AID" or tok.lemma_.lower() != "evacuate":
        return False
    return _passive(tok) and not any(c.dep_ == "agent" for c in tok.children)


# Links that carry data or traffic, not relations: "a direct *communications link*".
_WIRES = frozenset({"communication", "communications", "computer", "data", "telephone", "telex"})
_WIRES |= frozenset({"satellite", "electronic", "rail", "road", "air", "fibre", "fiber", "cable"})


def _wired_link(tok: Token, rule: TriggerRule) -> bool:
    """ "established a direct *communications link* between its reservations system and
    Budget Rent a Car": a technical connection, no relations established."""
    if rule.cameo != "054":
        return False
    links = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "link"]
    return any(m.lower_ in _WIRES for o in links for m in o.children)


_BOUND = frozenset({"pledge", "commit", "bind", "oblige", "obligate"})


def _bound_by_pledge(tok: Token) -> bool:
    """ "Norway *is pledged to supply* 40,000 tonnes of fish to the region yearly": a standing
    duty, in the present, of the one bound (not a pledge made to it); so is a course
    named by a noun ("a cabinet that *was pledged to* strict spending limits")."""
    lemma = tok.lemma_.lower()
    if lemma not in _BOUND:
        return False
    kids = list(tok.children)
    if any(c.dep_ == "agent" for c in kids):
        return False
    present = any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in kids)
    if present and tok.tag_ == "VBN" and any(c.dep_ == "xcomp" for c in kids):
        return True  # "is pledged to supply"
    if lemma != "pledge" or not _passive(tok):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)


_ACCIDENTALLY = frozenset({"accidentally", "inadvertently", "unintentionally"})


def _accidental(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "A West German navy ship was *accidentally hit* by artillery shells", "*by
    accident*": force used by mishap is no attack or seizure."""
    if lex.cameo[rule.cameo].type not in PHYSICAL_ACTS:
        return False
    verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # "... and three *injured*"
    for verb in verbs:
        if any(c.dep_ == "advmod" and c.lower_ in _ACCIDENTALLY for c in verb.children):
            return True
        if any(o.lower_ == "accident" for o in _under(verb, {"by"})):
            return True
    return False


def _owned_or_backed(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "the government *owns or backs* 608 companies": backing joined to owning is
    holding and financing, not support of a party."""
    if lex.cameo[rule.cameo].type != "SUPPORT":
        return False
    joined = [tok.head] if tok.dep_ == "conj" else []
    joined += [c for c in tok.children if c.dep_ == "conj"]
    return any(j.lemma_.lower() in {"own", "control", "finance", "fund"} for j in joined)


# Market counterparts: working with them is doing business.
_MARKET_SIDES = frozenset({"dealer", "customer", "client", "investor", "supplier", "retailer"})
_MARKET_SIDES |= frozenset({"distributor", "user", "underwriter", "broker", "buyer"})


def _work_with_market(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "will *work closely with dealers* ... to find the right pricing": business."""
    if lex.cameo[rule.cameo].type not in {"AGREE", "COOPERATE"}:
        return False
    if tok.lemma_.lower() not in {"work", "cooperate", "collaborate"}:
        return False
    return any(o.lemma_.lower() in _MARKET_SIDES for o in _under(tok, {"with"}))


def _thing_hit(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "The *pound, hit* by the inability of the government": a currency, market or
    measure "hit" by something is harmed, not assaulted."""
    if lex.cameo[rule.cameo].type != "ASSAULT" or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return False
    return tok.head.lemma_.lower() in lex.thing_heads


# Animals are no parties: a zoo gorilla put down or a bear shot is no assault.
_ANIMALS = frozenset({"gorilla", "ape", "bear", "lion", "tiger", "wolf", "shark", "dog", "cat"})
_ANIMALS |= frozenset({"elephant", "rhino", "leopard", "crocodile", "alligator", "animal"})
_ANIMALS |= frozenset({"horse", "cow", "pig", "bird", "monkey", "whale", "dolphin", "snake"})


def _animal_struck(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "a security team *killed the gorilla*", "the *gorilla killed* to save a boy"."""
    if lex.cameo[rule.cameo].type not in PHYSICAL_ACTS:
        return False
    victims = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        victims.append(tok.head)  # "Gorilla *Killed* To Save Boy"
    return any(v.lemma_.lower() in _ANIMALS for v in victims)


# What a drill is held during, and what is bombed in one: "fired *during an exercise*",
# "jets bombed a *firing range*" (``event_filters`` reads DRILLS too: "the *drills*
# included raids").
DRILLS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "game", "games"})
DRILLS |= frozenset({"rehearsal", "wargame"})
_RANGES = frozenset({"firing", "training", "bombing", "shooting", "test", "practice"})


def _drill(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """An assault in a drill: "a ballistic missile is *fired during an exercise*", "fighter
    jets *bombed a military firing range*"."""
    if lex.cameo[rule.cameo].type != "ASSAULT":
        return False
    if any(g.lemma_.lower() in DRILLS for g in _under(tok, {"during", "in"})):
        return True
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() == "range"
        and any(m.lower_ in _RANGES for m in c.children)
        for c in tok.children
    )


def _self_harm(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "the gunman *killed himself*": a suicide, no assault on anyone."""
    if lex.cameo[rule.cameo].type != "ASSAULT":
        return False
    return any(
        c.dep_ == "dobj" and c.lower_ in {"himself", "herself", "themselves"} for c in tok.children
    )


# What parents "welcome": a child born, no one supported.
_NEWBORNS = frozenset({"baby", "son", "daughter", "child", "arrival", "twin", "boy", "girl"})


def _birth_welcomed(tok: Token) -> bool:
    """ "Jessica Alba *welcomed a baby boy*", "welcomed their new arrival": a birth."""
    if tok.lemma_.lower() != "welcome":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _NEWBORNS for c in tok.children)


def _work_described(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "he was spooky *to work with*", "actresses *with whom he worked*": what working
    with someone is like, or whom one has worked with, not a joint act."""
    if tok.lemma_.lower() != "work" or lex.cameo[rule.cameo].type != "COOPERATE":
        return False
    stranded = any(
        c.dep_ == "prep" and c.lower_ == "with" and not any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    )  # "spooky to work *with*" (not "willing to work with any organization")
    if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and stranded:
        return True
    return tok.dep_ == "relcl" and any(
        c.dep_ == "prep" and any(g.lower_ in {"whom", "which"} for g in c.children)
        for c in tok.children
    )


def _walked(tok: Token) -> bool:
    """ "he crashed his car through a gate and *marched toward the classrooms*": one man
    walking, no protest march (unless he marched *with* others)."""
    if tok.lemma_.lower() != "march":
        return False
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    alone = subj is not None and subj.lower_ in {"he", "she"}
    return alone and not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def _figure_of_speech(tok: Token) -> bool:
    """ "who *hailed from* the Muslim Brotherhood" (came from), "to *break the tie*" (a
    score), "Marvel *struck back by releasing* a trailer", "*Welcome to* Los Angeles"."""
    lemma, kids = tok.lemma_.lower(), list(tok.children)
    if lemma == "hail" and any(c.dep_ == "prep" and c.lower_ == "from" for c in kids):
        return True
    if lemma == "break" and any(c.dep_ == "dobj" and c.lower_ == "tie" for c in kids):
        return True
    back = any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in kids)
    by_doing = any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.tag_ == "VBG" for g in c.children)
        for c in kids
    )
    if lemma == "strike" and back and by_doing:
        return True
    if lemma == "hit" and _show_hit(tok, kids):
        return True
    greeting = not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in kids)
    return (
        lemma == "welcome" and greeting and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)
    )


# What a show or a song is a hit on: "a West End *stage hit*", "a *box-office hit*";
# awards won ("received an Oscar").
_SHOWS = frozenset({"stage", "box-office", "office", "chart", "smash", "musical", "film"})
_SHOWS |= frozenset({"movie", "tv", "television", "pop", "dance", "comedy", "radio", "cult"})
_AWARDS = frozenset({"oscar", "oscars", "award", "awards", "prize", "medal", "bafta", "grammy"})
_AWARDS |= frozenset({"emmy", "trophy", "honour", "honor", "degree", "nomination", "knighthood"})


def _award_received(tok: Token) -> bool:
    """ "the composer *received an Oscar*": an award won, no visitor received."""
    return tok.lemma_.lower() == "receive" and any(
        c.dep_ == "dobj" and c.lower_ in _AWARDS for c in tok.children
    )


def _show_hit(tok: Token, kids: list[Token]) -> bool:
    """ "the song *has hit home* with listeners" (struck a chord), "the West End *stage
    hit* Blood Brothers" (a success, the noun read as a verb with no subject)."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.lower_ == "home" and after.head.i == tok.i:
        return True  # not "to hit the US territory - *home* to the air base"
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids) or tok.i == 0:
        return False
    return tok.doc[tok.i - 1].lower_ in _SHOWS


# Parts of one's own body: "slipped on a wet floor and *hit his head*".
_BODY = frozenset({"head", "knee", "leg", "arm", "face", "back", "shoulder", "hand", "foot"})


def _own_body_hit(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    if lex.cameo[rule.cameo].type != "ASSAULT":
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _BODY
        and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
        for c in tok.children
    )


def _held_back(tok: Token) -> bool:
    """ "troops who *refused to respond*" to slaps: restraint, no demand rejected."""
    if tok.lemma_.lower() not in {"refuse", "decline"}:
        return False
    return any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in {"respond", "react", "retaliate"}
        and not any(p.dep_ == "prep" for p in c.children)
        for c in tok.children
    )


def _bound_to_be(tok: Token) -> bool:
    """ "the wolf moon, *promised to be* one of the biggest": a forecast, not a pledge."""
    if tok.lemma_.lower() not in {"promise", "vow", "pledge"}:
        return False
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in tok.children):
        return False  # "He promised to be properly congratulatory": his own pledge
    return any(c.dep_ == "xcomp" and c.lemma_.lower() == "be" for c in tok.children)


# Those a product or a firm "appeals to": buyers, not a party asked.
_AUDIENCES = frozenset({"consumer", "customer", "user", "buyer", "fan", "viewer", "reader"})
_AUDIENCES |= frozenset({"people", "voter", "shopper", "listener", "audience", "mass"})


def _appeals_to_buyers(tok: Token) -> bool:
    """ "help Apple *appeal to the mass of consumers*": to attract, not to request."""
    if tok.lemma_.lower() != "appeal" or tok.pos_ != "VERB":
        return False
    return any(g.lemma_.lower() in _AUDIENCES for g in _under(tok, {"to"}))


# Figures one "hits" or "defies": a target met, the pundits proved wrong.
_FIGURES_MET = frozenset({"growth", "inflation", "sales", "profit", "revenue", "output"})
_FIGURES_MET |= frozenset({"production", "spending", "borrowing", "deficit", "budget"})
_DEFIED = frozenset({"pundit", "expectation", "odds", "forecast", "prediction", "critic"})
_DEFIED |= frozenset({"sceptic", "skeptic", "gravity", "logic", "analyst", "doubter"})


def _beat_forecasts(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "the minister *defied the pundits* by *hitting her growth target*", "*pulling out all
    the stops*": figures of speech."""
    lemma, kids = tok.lemma_.lower(), list(tok.children)
    objs = [c for c in kids if c.dep_ == "dobj"]
    if lemma == "defy" and any(o.lemma_.lower() in _DEFIED for o in objs):
        return True
    if lemma == "pull" and any(o.lemma_.lower() == "stop" for o in objs):
        return True
    if lex.cameo[rule.cameo].type != "ASSAULT" or lemma not in {"hit", "miss", "beat"}:
        return False
    return any(
        o.lemma_.lower() in {"target", "goal", "forecast"}
        and any(m.lower_ in _FIGURES_MET for m in o.children)
        for o in objs
    )


def _travelled_to_join(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "residents *travel to Syria to fight* for Islamic State": going to fight, no visit."""
    if lex.cameo[rule.cameo].type != "CONSULT" or tok.lemma_.lower() not in {"travel", "go"}:
        return False
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and c.lemma_.lower() in {"fight", "join", "work", "study", "live", "settle"}
        for c in tok.children
    )


_ENGINES = frozenset({"engine", "thruster", "booster", "motor"})


def _engine_fired(tok: Token) -> bool:
    """ "the upper stage's Merlin *engine will fire* three times": a rocket burn."""
    if tok.lemma_.lower() != "fire":
        return False
    return any(
        w.lemma_.lower() in _ENGINES
        for c in tok.children
        if c.dep_ in {"nsubj", "nsubjpass"}
        for w in c.subtree
    )  # "the nine first-stage *engines will be fired* together at launch"


# Where a shot at goal goes: "slammed well over *the bar*", "smashed against *the post*".
_GOALMOUTH = frozenset({"bar", "crossbar", "post", "upright", "goal", "net", "keeper"})
_GOALMOUTH |= frozenset({"goalkeeper", "line", "woodwork", "target", "stand", "top"})
_BALL = frozenset({"ball", "shot", "effort", "header", "volley", "drive", "penalty", "kick"})


def _ran_into(tok: Token) -> bool:
    """ "Raikkonen *slammed into* the barrier": a car or ship running into something, not
    words slamming anyone; "Ronaldo *slammed well over the bar*", "*smashed wide*",
    "slammed the ball against the post": a shot at goal."""
    if tok.lemma_.lower() not in {"slam", "smash", "crash", "plough", "plow", "careen"}:
        return False
    kids = list(tok.children)
    objs = [c for c in kids if c.dep_ == "dobj"]
    if any(o.lemma_.lower() not in _BALL for o in objs):
        return False
    preps = [c for c in kids if c.dep_ == "prep"]
    if not objs and any(p.lower_ in {"into", "onto"} for p in preps):
        return True
    aimed = any(
        p.lower_ in {"over", "past", "against", "into", "off", "wide"}
        and any(o.lemma_.lower() in _GOALMOUTH for o in p.children)
        for p in preps
    )
    return aimed or any(c.dep_ == "advmod" and c.lower_ in {"wide", "home"} for c in kids)


def _licence_given(tok: Token, rule: TriggerRule) -> bool:
    """ "was *granted* an additional concession of land to mine gold": a licence."""
    if not rule.cameo.startswith("08") or tok.lemma_.lower() != "grant":
        return False
    return any(c.dep_ == "dobj" and _licence_granted(c) for c in tok.children)


def _participle_modifier(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "*Financially pressed* Ecuador": a participle describing a noun (even misparsed as
    an adverbial) says how it is, no one pressed anyone."""
    if lex.cameo[rule.cameo].type != "REQUEST" or tok.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False
    manner = any(
        c.dep_ == "advmod" and c.i < tok.i and c.lower_.endswith("ly") for c in tok.children
    )
    if manner and tok.i - tok.sent.start <= 2:
        return True  # "Financially pressed Ecuador ..." read as a verb with no subject
    if tok.dep_ not in {"amod", "advmod"}:
        return False
    return not any(c.dep_ in {"dobj", "prep", "xcomp", "ccomp"} for c in tok.children)


# Actors named for what they give or do: "*aid donors*", "*aid agencies*".
_GIVERS = frozenset({"donor", "agency", "worker", "official", "group", "organisation"})
_GIVERS |= frozenset({"organization", "community", "consortium"})


def _aid_as_kind(tok: Token) -> bool:
    """ "*Aid donors* to Indonesia pledged ...": the word names the donors, no aid given
    (the model may read it as a verb with "donors" as its object)."""
    if tok.lemma_.lower() != "aid" or tok.i + 1 >= len(tok.doc):
        return False
    return tok.doc[tok.i + 1].lemma_.lower() in _GIVERS


def _stranded_with(tok: Token) -> bool:
    """ "fewer companies *to work with*": a verb describing a noun, with its "with" left
    dangling, says what the noun is for; no one worked with anyone."""
    if tok.dep_ not in {"acl", "relcl"}:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and not any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    )


# Bids and offers at a tender or auction: market dealings, not acts between parties.
_DEALING_VERBS = frozenset({"accept", "reject", "request", "refuse", "seek", "turn"})
_SALES = frozenset({"tender", "auction"})


def _tender_dealing(tok: Token) -> bool:
    """ "*rejected* offers at its tender", "*requested* licences ... at today's EC
    tender", "*accepted* bids at its money-market tender": a buyer, seller or regulator
    dealing at its own sale."""
    if tok.lemma_.lower() not in _DEALING_VERBS:
        return False
    objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    sale = any(
        t.lemma_.lower() in _SALES and t.dep_ == "pobj" and t.head.lower_ in {"at", "in"}
        for t in tok.subtree
    )
    return sale or (
        bool(objs & {"bid", "offer"}) and any(t.lemma_.lower() in _SALES for t in tok.sent)
    )


# What is fought for in a real fight: "fought for *control of* the town".
_HELD = frozenset({"control", "possession", "town", "city", "village", "hill", "territory"})
_HELD |= frozenset({"position", "base", "airport", "road", "bridge", "port", "ground"})

# Ends of something: supporting one is opposing its owner.
_ENDINGS = frozenset({"dismissal", "rejection", "removal", "repeal", "cancellation", "ouster"})
_ENDINGS |= frozenset({"abolition", "withdrawal", "termination", "scrapping", "end"})
# Where a product or broadcast arrives; premises a tenant occupies.
_OUTLETS = frozenset(
    {"airwave", "airwaves", "shelf", "shelves", "headline", "headlines", "store", "stores"}
    | {"itunes", "chart", "charts", "cinema", "cinemas", "theater", "theaters", "theatre"}
    | {"theatres", "screen", "screens", "showroom", "showrooms", "newsstand", "newsstands"}
)
_PREMISES = frozenset({"space", "premises", "building", "office", "offices", "floor", "floors"})
_PREMISES |= frozenset({"headquarters", "embassy", "site", "lot", "tower"})
# Posts one "occupies": holding a job, not occupying ground.
_POSTS = frozenset({"position", "post", "seat", "job", "role", "office", "chair", "place"})


def _figurative_phrasal(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "the Democrat *shot back*" (replied), "*refused comment*", "*pledging for* an
    extension" (pressing for it), "will *occupy* key *positions*" (hold posts)."""
    lemma, kind = tok.lemma_.lower(), lex.cameo[rule.cameo].type
    prts = {c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod"}}
    if lemma in {"shoot", "fire", "hit", "strike"} and "back" in prts and kind == "ASSAULT":
        return not any(c.dep_ == "dobj" for c in tok.children)
    objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    if kind == "REJECT" and (objs & {"comment"} or _declined_to_say(tok)):
        return True
    if lemma == "pledge" and any(o.lemma_.lower() in _COLLATERAL for o in _under(tok, {"as"})):
        return True  # "assets ... are *pledged as security* for its debts"
    if lemma in _VOWING and kind == "AGREE" and _own_course(tok):
        return True  # "vowed to *veto* any tax increase", "vowed to *press on* with his plan"
    if (
        lemma in {"pledge", "promise"}
        and not objs
        and not any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children)
    ):
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
    if _campaign_lawsuit_or_product(tok, kind, objs, lex):
        return True
    if (
        kind == "REQUEST"
        and "protection" in objs
        and any(t.lemma_.lower() in _COURT_SHELTER for t in tok.subtree)
    ):
        return True  # "was forced to *seek* bankruptcy protection": a court filing
    if _said_not_done(tok, lemma, kind):
        return True
    if (
        kind == "PROTEST"
        and lemma == "rally"
        and any(c.dep_ == "prep" and c.lower_ in {"behind", "around", "to"} for c in tok.children)
    ):
        return True  # "lawmakers *rallied behind* President Reagan": support
    if kind in {"COERCE", "SANCTION", "CONCEDE", "RETREAT"} and _market_measure(tok, lemma, objs):
        return True  # "Taiwan *imposed currency controls*": a domestic policy
    if kind == "MOBILIZE" and objs & {"effort", "energy", "resource"}:
        return True  # "had *deployed considerable efforts* to stabilise prices"
    if kind == "SUPPORT" and objs & _ENDINGS:
        return True  # "supported *dismissal* of the TWA application": against its owner
    return _idiom(tok, lemma, objs)


# Trade itself as what a measure controls: "*banned the sale* of petrol on weekends".
_TRADE = frozenset({"control", "sale", "trading", "use", "production", "price", "consumption"})
_RULING = frozenset({"impose", "ban", "limit", "restrict", "prohibit", "curb"})
_EASING = frozenset({"ease", "lift", "relax", "loosen", "remove"})
# What easing rules at home is about ("controls on exports", "a limit on the establishment
# of outlets"); easing import controls opens a market to other countries and stays.
_DOMESTIC = frozenset({"export", "sale", "price", "lending", "outlet", "establishment"})
_HOLDERS = frozenset({"company", "firm", "bank", "carrier", "producer", "exporter", "importer"})


def _view(clause: Token) -> bool:
    """A that-clause stating how things are: "(agreed) that the company should *have* the
    same results"; not "that there should *be* talks"."""
    return (
        clause.dep_ == "ccomp"
        and clause.lemma_.lower() in {"be", "have", "seem"}
        and not any(c.dep_ == "expl" for c in clause.children)
    )


def _one_agreeing(verb: Token) -> bool:
    """One speaker agreeing, with no one named to agree with: concurring, not a pact
    ("The ministers agreed that ...", "agreed with Japan that ..." are pacts)."""
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return True  # "told Reuters ..., but *agreed* that": the speaker's own view
    plural = subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in {"they", "we"}
    return not plural and not any(c.dep_ == "conj" for c in subj.children)


def _market_measure(tok: Token, lemma: str, objs: set[str]) -> bool:
    """A measure on trade with no party named in it (a domestic policy, not a sanction on
    anyone): "Taiwan imposed currency controls", "Ecuador banned the sale of petrol"."""
    if lemma in _EASING and objs & {"control", "restriction", "curb", "limit"}:
        obj = next(c for c in tok.children if c.dep_ == "dobj")
        words = [*obj.subtree, *(t for o in _under(tok, {"on"}) for t in o.subtree)]
        trade = {t.lemma_.lower() for t in words}
        heads = {t.lemma_.lower() for t in words if t.dep_ in {"pobj", "dobj"}}
        named = bool(heads & _HOLDERS) or any(  # "restrictions on the phone *companies*"
            t.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} for t in words
        )
        # "*ease* official *controls on exports*", "*relaxed its limit on* the
        # establishment of new bank branch outlets": rules on trade, no party named
        return bool(trade & _DOMESTIC) and not named
    if lemma not in _RULING or not objs & _TRADE:
        return False
    obj = next(c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _TRADE)
    return not any(t.ent_type_ in {"GPE", "NORP", "ORG"} for t in obj.subtree)


_TENDERS = frozenset({"bid", "tender", "application"})


def _dismissal_or_tender(tok: Token, lemma: str, kind: str) -> bool:
    """ "its board has *released* DiGaicomo *as president*": a dismissal, no captive
    freed; "the Air Force has *called for new bids*": a tender, no demand on a party."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if kind == "RETREAT" and lemma == "release":
        return any(p.lower_ == "as" for p in preps)
    if kind == "REQUEST" and lemma == "call":
        bids = (o for p in preps if p.lower_ == "for" for o in p.children if o.dep_ == "pobj")
        return any(o.lemma_.lower() in _TENDERS for o in bids)
    return False


def _asked_for(tok: Token) -> bool:
    """What "ask" asks for: "asked the U.S. *for* a computer", "asked Congress *to*
    replace", "asked *that* ..."; the one asked alone is a question put to them."""
    return any(
        c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "prep" and c.lower_ == "for")
        for c in tok.children
    )


def _demand_content(tok: Token) -> bool:
    return any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "dative"} for c in tok.children)


def _said_not_done(tok: Token, lemma: str, kind: str) -> bool:
    """ "traders *protesting that* rebates are set too low" (a complaint), "The Fed
    *demonstrated that* ..." or "the cooperation that *was demonstrated*" (showed), "*A
    majority of Americans* disapprove" (a poll), "blood *donated* to the Red Cross" (donors
    in general)."""
    if kind == "PROTEST" and lemma == "protest" and any(c.dep_ == "ccomp" for c in tok.children):
        return True
    if _dismissal_or_tender(tok, lemma, kind):
        return True
    if lemma == "demand" and tok.dep_ == "xcomp" and not _demand_content(tok):
        return True  # "goods ill-adapted *to demand*" read as a verb: nothing asked
    if lemma == "ask" and kind == "REQUEST" and not _asked_for(tok):
        return True  # '"...?" *asked the U.S. official*': a question, nothing asked for
    if lemma == "demonstrate" and (  # "*demonstrated that*", "the cooperation *that was
        # demonstrated*", "resolve demonstrated by": showing, no protest
        tok.dep_ == "acl"
        or any(c.dep_ in {"ccomp", "dobj", "nsubjpass", "auxpass"} for c in tok.children)
    ):
        return True
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if kind in {"ACCUSE", "SUPPORT"} and subj is not None:
        # a poll ("*A majority of Americans* disapprove"), not "a majority of the committee
        # urged Reagan"
        return subj.lemma_.lower() in _SHARES_OF_PEOPLE
    if kind == "AID" and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return not any(c.dep_ == "agent" for c in tok.children)
    return False


_COLLATERAL = frozenset({"security", "collateral", "guarantee"})
_VOWING = frozenset({"vow", "pledge", "promise", "swear"})
# What one vows that is no cooperation: blocking others, or keeping on one's own course.
_BLOCKING = frozenset({"veto", "block", "oppose", "resist", "fight", "defeat"})
_KEEPING = frozenset({"continue", "press", "stick", "persist", "pursue"})
# Giving in: a vow never to do it is defiance.
_YIELDING = frozenset({"surrender", "give", "yield", "abandon", "relinquish", "capitulate"})
_YIELDING |= frozenset({"bow", "back", "retreat", "concede", "stop", "cease", "quit"})
_NAMING_LINKS = frozenset({"dobj", "dative", "conj"})
_NAMING_PREPS = frozenset({"with", "to", "for", "between"})


def _names_party(verb: Token) -> bool:
    """The verb's object or "with"/"to" phrase names a party: "continue talks *with
    Iran*"; not "press on with his plan *despite the LDP's defeat*"."""
    links = [
        c
        for c in verb.children
        if c.dep_ in _NAMING_LINKS or (c.dep_ == "prep" and c.lower_ in _NAMING_PREPS)
    ]
    return any(t.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} for c in links for t in c.subtree)


# What firms bring out and back: a product, a format, a standard
# ("programs to *support* Apple's new computers": compatibility, no backing of a party).
_PRODUCTS = frozenset({"product", "format", "software", "standard", "technology", "computer"})
_PRODUCTS |= frozenset({"chip", "system", "version", "model", "device", "service"})

# Decisions and deals fought in courts and councils, beside the lexicon's documents.
_CONTESTED = frozenset({"order", "ruling", "decision", "takeover", "merger", "tax", "move"})
_CONTESTED |= frozenset({"extradition", "deportation", "expulsion", "conviction", "charge"})
_CONTESTED |= frozenset({"ban", "verdict", "sentence", "case", "claim", "lawsuit", "suit"})
_CONTESTED |= frozenset({"appeal", "eviction", "closure", "cut", "plan", "proposal", "bill"})
_CONTESTED |= frozenset({"law"})


def _campaign_lawsuit_or_product(tok: Token, kind: str, objs: set[str], lex: EventLexicon) -> bool:
    """A fight for a cause (see ``_advocacy``) or against a ruling in court (see
    ``_fought_in_law``); "programs to *support* Apple's new Macintosh computers":
    compatibility with a product, no backing of a party."""
    lemma = tok.lemma_.lower()
    if lemma in {"fight", "battle", "campaign"} and not objs and _advocacy(tok, lex):
        return True
    if lemma in {"fight", "battle"} and kind == "ASSAULT":
        return _fought_in_law(tok, lex)
    return lemma == "support" and kind == "SUPPORT" and bool(objs & _PRODUCTS)


def _fought_in_law(tok: Token, lex: EventLexicon) -> bool:
    """ "The order, which *is being fought by* Canada", "*fought* the takeover", "is still
    *fighting against extradition*": a ruling, law or deal opposed in court or council, not
    a battle."""
    fought = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.dep_ == "relcl" and any(c.lower_ in {"which", "that"} for c in fought):
        fought.append(tok.head)
    against = [o for p in tok.children if p.lower_ in {"against", "over"} for o in p.children]
    words = lex.document_nouns | _CONTESTED
    return any(c.lemma_.lower() in words for c in fought) or (
        bool(against) and all(o.lemma_.lower() in words for o in against)
    )


def _own_course(tok: Token) -> bool:
    for comp in (c for c in tok.children if c.dep_ == "xcomp"):
        lemma = comp.lemma_.lower()
        yields = lemma in _YIELDING and any(c.dep_ == "neg" for c in comp.children)
        if lemma in _BLOCKING or yields:
            return True  # "vowed to *veto*", "vowed *never to surrender*": a refusal (but
            # "promised not to raise taxes" is a pledge)
        up = lemma == "keep" and any(c.dep_ == "prt" and c.lower_ == "up" for c in comp.children)
        if (lemma in _KEEPING or up) and not _names_party(comp):  # "to *keep up* such raids"
            return True
    return False


_LIKENESSES = frozenset({"comparison", "analogy", "parallel", "likeness"})
# What one "strikes" or "hits" in a figure of speech: a tone taken, a balance found.
_STRUCK_FIGURES = frozenset({"tone", "note", "chord", "balance", "pose", "nerve", "posture"})
_STRUCK_FIGURES |= frozenset({"blow"})  # "*strike a blow* for democracy"
# Where patients are "released from": a discharge, no captive freed.
_WARDS = frozenset({"hospital", "clinic", "care", "ward", "infirmary"})


def _thanks(tok: Token) -> bool:
    """ "thank you" with no one thanking: a sign-off, no act."""
    kids = list(tok.children)
    return (
        tok.lemma_.lower() == "thank"
        and any(c.dep_ == "dobj" and c.lower_ == "you" for c in kids)
        and not any(c.dep_ in {"nsubj", "aux"} for c in kids)
    )


def _discharged(tok: Token, lemma: str) -> bool:
    """A patient "released from hospital": a discharge, no captive freed."""
    return lemma in {"release", "discharge"} and any(
        o.lemma_.lower() in _WARDS for o in _under(tok, {"from"})
    )


def _idiom(tok: Token, lemma: str, objs: set[str]) -> bool:
    """ "Thank God", "It *strikes me* odd", "ABC *hit the airwaves*", a seat "occupied"."""
    if (lemma == "thank" and "god" in objs) or _discharged(tok, lemma) or _thanks(tok):
        return True  # "Thank God, Volcker was available": a formula; "four people ...
        # were *released from hospitals*"; "Vivienne Walt with TIME, *thank you*"
    kids = list(tok.children)
    impersonal = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids)
    if (
        lemma == "strike"
        and impersonal
        and any(
            c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}
            or (c.dep_ == "dobj" and c.lower_ in {"me", "us", "him", "her"})
            for c in kids
        )
    ):
        return True  # "It *strikes me* odd"
    if lemma in {"hit", "strike"} and objs & (_OUTLETS | _STRUCK_FIGURES):
        return True  # "ABC *hit the airwaves*", "products *hit the shelves*", "*struck a
        # conciliatory tone*", "*hit a nerve*", "*strike a balance*"
    if (
        lemma == "occupy"
        and tok.dep_ in {"acl", "relcl"}
        and tok.head.lemma_.lower() in (_POSTS | _PREMISES)
    ):  # "the *seat* on the board currently *occupied by* a grouping", "the *site* once
        return True  # *occupied by* a department store"
    subj = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if lemma == "occupy" and subj is not None and _tenant(tok, subj):
        return True  # "First Wisconsin will occupy the area", "*under a 15 year lease*"
    if lemma == "occupy" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "continue":
        return True  # "it will *continue to occupy* the area": a standing state
    if (lemma == "yield" and _yield_figure(tok)) or (lemma == "reject" and objs & _LIKENESSES):
        return True  # "priced ... *to yield 25 basis points*"; "*rejected a comparison*"
    if lemma == "ban" and objs & {"practice", "trading", "use"}:
        return True  # "proposed *banning the practice*" of dual trading: a market rule
    if lemma == "wound" and any(c.dep_ == "prt" and c.lower_ == "up" for c in kids):
        return True  # "to have the ITC *wound up*": liquidated
    if lemma == "seize" and objs & _CHANCES:
        return True  # "*seized the opportunity* to tell Sarney", "*seizing the tools* we
        # have given them": taking up a chance or a means
    if lemma == "plead" and any(c.lower_ in {"guilty", "innocent", "contest"} for c in kids):
        return True  # "*pleaded guilty* to two misdemeanors": a plea in court
    if lemma in {"fire", "shoot", "meet"}:
        return _shot_or_reception(tok, lemma, objs)
    places = _POSTS | _PREMISES | _FACULTIES | _STANDINGS
    return lemma == "occupy" and bool(_occupied(tok, objs) & places)


# Places in a ranking: "reissued singles *occupying spots* in the top 20" (not "occupied
# *ground* held by" a division).
_STANDINGS = frozenset({"spot", "slot", "rank", "ranking"})


def _yield_figure(tok: Token) -> bool:
    """ "set the bond issue at par *to yield 40 basis points* over comparable gilts":
    a return on paper, no one yields."""
    return any(t.lemma_.lower() in {"point", "pct", "percent"} for t in tok.subtree if t is not tok)


_FIRMS = frozenset({"firm", "company", "bank", "corporation", "unit", "subsidiary", "group"})


def _price_retreat(tok: Token) -> bool:
    """ "Wendy's *retreated from an earlier high*" (a ``_LEVELS`` word): a share price
    eased; nobody pulled out. "The *government retreated* in the face of public opinion":
    a body that bears no arms backs down in politics; no force withdraws."""
    if tok.lemma_.lower() != "retreat":
        return False
    subj = _shared_subject(tok)  # "futures opened higher and then *retreated*"
    if subj is not None and subj.lemma_.lower() in _UNARMED_BODIES:
        return True
    if subj is not None and any(t.lemma_.lower() in _MARKETS for t in subj.subtree):
        return True  # "Comex silver *futures* ... *retreated* slightly": a price move
    return any(o.lemma_.lower() in _LEVELS for o in _under(tok, {"from"}))


_UNARMED_BODIES = frozenset({"government", "administration", "cabinet", "ministry", "party"})
_UNARMED_BODIES |= frozenset({"company", "firm", "management", "board", "union", "bank"})


# Places one tours: "will *visit Bank-funded projects*" meets no one.
_TOURED = frozenset({"project", "site", "plant", "factory", "facility", "mine", "farm", "field"})
_TOURED |= frozenset({"dam", "port", "refinery", "installation", "exhibition", "fair", "area"})
_TOURED |= frozenset({"place", "constituency", "seat", "marginal", "school", "hospital", "shop"})
# Where the dead are honoured: "visited *the tomb of* Yasser Arafat" meets no one.
_RESTING_PLACES = frozenset({"tomb", "grave", "graveside", "mausoleum", "cemetery", "shrine"})
_RESTING_PLACES |= frozenset({"memorial", "monument", "cenotaph"})


def _site_visit(tok: Token) -> bool:
    """ "the World Bank chief will *visit Bank-funded projects*": a tour of sites."""
    if tok.lemma_.lower() not in {"visit", "tour", "inspect"}:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if objs and all(o.lemma_.lower() in _SUBDIVISIONS | _RESTING_PLACES for o in objs):
        return True  # "visited the Anglo and Ketu *districts*": places, no party met
    if any(c.dep_ == "poss" or c.ent_type_ for o in objs for c in o.children):
        return False  # "visited *Lamborghini's* production plant": its owner
    return bool(objs) and all(o.lemma_.lower() in _TOURED for o in objs)


_BACKING_VERBS = frozenset({"support", "back", "endorse", "promote", "adopt"})


def _product_backed(tok: Token) -> bool:
    """ "CBS/Fox will *support the new S-VHS format*": a firm backs a product, no party."""
    if tok.lemma_.lower() not in _BACKING_VERBS or tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(_product(o) for o in objs)


# What a side is tipped to do in a contest: "backed New Zealand *to win* the series".
_CONTEST_AIMS = frozenset({"win", "beat", "lift", "clinch", "claim", "retain", "regain"})
_CONTEST_AIMS |= frozenset({"triumph", "qualify", "top", "finish", "reach", "prevail"})


def _tipped_to_win(tok: Token) -> bool:
    """ "the former captain *backed Australia to win* the series": a forecast of a result,
    no support given (not "backed him to lead the party": an endorsement, not refused
    here)."""
    if tok.lemma_.lower() not in {"back", "tip", "fancy"}:
        return False
    return any(
        c.dep_ in {"xcomp", "advcl", "ccomp"}
        and c.lemma_.lower() in _CONTEST_AIMS
        and to_infinitive(c)
        for c in tok.children
    )


def _product(noun: Token) -> bool:
    """A product noun, or a name put in apposition to one ("S-VHS, or Super VHS
    high-resolution *format*")."""
    if noun.lemma_.lower() in _PRODUCTS:
        return True
    return any(c.dep_ in {"appos", "conj"} and c.lemma_.lower() in _PRODUCTS for c in noun.children)


# What a budget is cut or saved in: a sum pledged "in cuts" is a vow about one's own books.
_BUDGET_STEPS = frozenset({"cut", "saving", "savings", "reduction", "economy", "economies"})
_PLEDGING = frozenset({"pledge", "promise", "vow", "commit"})


def _budget_vow(tok: Token) -> bool:
    """ "the council has now *pledged 300 million in cuts*": no promise to a party."""
    if tok.lemma_.lower() not in _PLEDGING or tok.pos_ != "VERB":
        return False
    sums = [c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ in {"MONEY", "CARDINAL"}]
    return any(o.lemma_.lower() in _BUDGET_STEPS for s in sums for o in _under(s, {"in"}))


# Parts of a country one tours, named or not: no party met there.
_SUBDIVISIONS = frozenset({"district", "region", "province", "county", "village", "town"})


# What a presenter hosts; holdings handed over as book-keeping.
_BROADCASTS = frozenset({"show", "program", "programme", "broadcast", "series", "telethon"})
_HOLDINGS = frozenset({"asset", "loan", "account", "property", "fund", "portfolio", "stake"})


def _done_to(tok: Token) -> set[str]:
    """The lemmas of what a verb acts on: its object, its passive subject, or the noun
    its relative clause hangs on ("the 400-odd *assets that* the banks are handing over")."""
    objs = {c.lemma_.lower() for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}}
    if tok.dep_ == "relcl":
        objs.add(tok.head.lemma_.lower())
    return objs


def _hosted_no_meeting(tok: Token) -> bool:
    """ "The *show will be hosted* by Michael Reagan": a presenter, no host of a visit;
    "China and Russia *host* tens of thousands of *workers*": employers; "Chris Rock will
    *host the event*": a show. No meeting."""
    if tok.lemma_.lower() != "host":
        return False
    counted = [g for o in tok.children if o.dep_ == "dobj" for g in _under(o, {"of"})]
    hosted = _done_to(tok) | {g.lemma_.lower() for g in counted}  # "thousands *of workers*"
    return bool(hosted & (_BROADCASTS | _HOSTED))


# What is "hosted" that is no meeting: workers and refugees a country takes in for long,
# and shows, ceremonies and games put on.
_HOSTED = frozenset({"worker", "refugee", "migrant", "labourer", "laborer", "immigrant"})
_HOSTED |= frozenset({"student", "tourist", "troop", "base", "asylum-seeker"})
_HOSTED |= frozenset({"event", "ceremony", "award", "awards", "festival", "concert", "gala"})
_HOSTED |= frozenset({"tournament", "championship", "olympics", "games", "contest"})


def _holdings_handed_over(tok: Token) -> bool:
    """Banks *handing over assets* to a state trust: book-keeping, no concession."""
    if tok.lemma_.lower() not in {"hand", "turn"}:
        return False
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children)
    return over and bool(_done_to(tok) & _HOLDINGS)


# What envoys may be summoned to hear besides a protest.
_SUMMONED_FOR = frozenset({"appeal", "aid", "assistance", "help", "briefing", "brief"})


def _summoned_for_help(tok: Token) -> bool:
    """ "summoned envoys of some 25 states, *to whom she made an appeal for urgent
    relief aid*": called in to be asked for help (or briefed), no complaint."""
    if tok.lemma_.lower() != "summon":
        return False
    return any(t.lemma_.lower() in _SUMMONED_FOR for t in tok.subtree if t.i > tok.i)


def _retreating_described(tok: Token) -> bool:
    """ "forces were pursuing *retreating Iranian troops*": the parser may hang the
    participle describing the troops on the verb, with the troops as its object; one
    does not retreat something."""
    if tok.lemma_.lower() not in {"retreat", "flee"} or tok.tag_ != "VBG":
        return False
    return tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.children)


_SCRAPPING = frozenset({"demolish", "scrap", "dismantle", "break"})
_HULLS = frozenset({"vessel", "ship", "tanker", "hull", "carrier", "tonnage"})


def _ships_broken_up(tok: Token) -> bool:
    """ "Taiwanese breakers *demolished* a record 344 vessels", "South Korea *demolished
    ships* of 910,000 ldt": shipbreaking, an industry, not destroying anyone's property."""
    if tok.lemma_.lower() not in _SCRAPPING:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _HULLS for c in tok.children)


def _tenant(verb: Token, subj: Token) -> bool:
    """A firm occupying space, or anyone doing so under a lease."""
    if subj.ent_type_ == "ORG" or subj.lemma_.lower() in _FIRMS:
        return True
    return any(t.lemma_.lower() == "lease" for t in verb.subtree)


# What one declines to say: "refused *to answer* a question", "declined *to elaborate*".
_UNSAID = frozenset({"answer", "comment", "elaborate", "discuss", "say", "disclose", "specify"})
_UNSAID |= frozenset({"confirm", "deny", "identify", "name", "reveal", "speculate"})
_UNSAID |= frozenset({"prejudge", "predict", "guess", "forecast", "estimate"})  # "refuses to
# prejudge the outcome": no view given, no proposal rejected


# What marks "beat" as violence: "beat *back*", "beat *up*", "beaten *to death*", "beaten
# *unconscious*"; and who beats people: police, guards, crowds (soldiers and rebels are
# read from the lexicon's actor words).
_BEATING_MARKS = frozenset({"back", "up", "off", "death", "unconscious", "senseless"})
_BEATING_MARKS |= frozenset({"badly", "severely", "brutally", "savagely"})
_BEATERS = frozenset({"police", "policeman", "policemen", "guard", "guards", "mob", "gang"})
_BEATERS |= frozenset({"crowd", "thug", "thugs", "attacker", "attackers", "assailant"})


# What one is beaten "to" and hurt: "to death", "to the ground" (not "to a prize").
_BEATEN_TO_HARM = frozenset({"death", "pulp", "ground", "floor", "unconsciousness"})


def _won_or_shot_at_goal(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "Ljubicic *beat* Henman", "Citigroup *beat* Standard Chartered to buy Koram bank",
    "Newcastle were well *beaten*": a win, not a beating; "Blair *shot* basketball hoops",
    "Garcia *shot* wildly over the top", "the band *shot* to prominence": no one shot."""
    if lex.cameo[rule.cameo].type != "ASSAULT":
        return False
    lemma = tok.lemma_.lower()
    if lemma == "beat":
        reached = [o for o in _under(tok, {"to"}) if o.dep_ == "pobj"]
        if reached and not any(o.lemma_.lower() in _BEATEN_TO_HARM for o in reached):
            return True  # "U2 *were beaten to a prize* by boy band Blue": a race lost
        marks = {c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod", "acomp"}}
        marks |= {o.lower_ for p in tok.children if p.dep_ == "prep" for o in p.children}
        agents = [c for c in tok.children if c.dep_ == "nsubj"]
        agents += [o for p in tok.children if p.dep_ == "agent" for o in p.children]
        words = [a.lemma_.lower() for a in agents] + [a.lower_ for a in agents]
        if marks & _BEATING_MARKS or _armed(words, lex) or set(words) & _BEATERS:
            return False
        # "a *diplomat* was beaten": a person beaten
        beaten = [c for c in _passive_of(tok) if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
        return not any(names_actor(p, lex.actor_words) for p in beaten)
    if lemma != "shoot":
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in _passive_of(tok)):
        return False  # "a British soldier *was shot*", "were knifed and *shot* to death"
    if any(c.dep_ == "prep" and c.lower_ in {"at", "on", "into"} for c in tok.children):
        return False  # "troops *shot at* the crowd"
    shooters = [c.lemma_.lower() for c in tok.children if c.dep_ == "nsubj"]
    ups = any(c.dep_ == "prt" and c.lower_ in {"up", "down"} for c in tok.children)
    if _armed(shooters, lex) or set(shooters) & _BEATERS or ups:
        return False  # "*gunmen* shot up a bus", "shot down an airliner"
    if any(c.lower_ == "dead" for c in tok.children) or "death" in {
        o.lower_ for p in tok.children if p.dep_ == "prep" for o in p.children
    }:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return not any(names_actor(o, lex.actor_words) for o in objs)


def _passive_of(verb: Token) -> list[Token]:
    """The verb's own children, and those of the verb it is conjoined to ("was beaten
    and *abducted*", "were knifed and *shot*" share the first verb's subject and aux)."""
    kids = list(verb.children)
    if verb.dep_ == "conj":
        kids += [c for c in verb.head.children if c.dep_ in {"nsubjpass", "auxpass"}]
    return kids


# What is seized as a chance or a means, not taken from anyone.
_CHANCES = frozenset({"opportunity", "chance", "initiative", "moment", "occasion", "tool"})
_CHANCES |= frozenset({"advantage", "momentum", "imagination", "limelight", "headline"})


def _declined_to_say(tok: Token) -> bool:
    """ "Baker *refused to answer* a question whether ...", "*refuses to be drawn* on the
    Lions": no comment, no rejection."""
    return any(
        c.dep_ == "xcomp"
        and (c.lemma_.lower() in _UNSAID or (c.lemma_.lower() == "draw" and _passive(c)))
        for c in tok.children
    )


def _passive(verb: Token) -> bool:
    """The verb has a passive auxiliary ("*was* evacuated", "*be* drawn")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _shot_or_reception(tok: Token, lemma: str, objs: set[str]) -> bool:
    """ "to *fire a shot across Japan's bow*": a warning in words; "shares *shot up*
    11-5/8": rose (unless something is shot up: "gunmen shot up a bus"); "*shooting
    for* an average": aiming; "*met with strong objections*": a reception."""
    if lemma == "meet":
        return _reactions_met(tok, objs)
    if lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return all(_amount(o) for o in tok.children if o.dep_ == "dobj")
    if lemma == "shoot" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return True  # "the Fed probably is *shooting for* a borrowings average": aiming
    return "shot" in objs and any(t.lower_ == "bow" for t in tok.subtree)


def _amount(tok: Token) -> bool:
    """ "11-5/8", "50 *yen*", "12 pct": a number or a measure, not a thing or a person."""
    if tok.pos_ == "NUM" or tok.ent_type_ in _AMOUNTS:
        return True
    return any(c.dep_ == "nummod" for c in tok.children)


# What keeps a body busy: "would *occupy much of BfG's energies*".
_FACULTIES = frozenset({"time", "energy", "attention", "mind", "effort", "thought", "resource"})
_SHARE_WORDS = frozenset({"much", "most", "part", "some", "all", "half", "lot"})


def _occupied(tok: Token, objs: set[str]) -> set[str]:
    """What is occupied, also when the parser hangs it on "through" ("occupy the 17th
    *through 21st floors*") or on a share of it ("*much of* BfG's energies")."""
    shares = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _SHARE_WORDS]
    parts = {o.lemma_.lower() for c in shares for o in _under(c, {"of"})}
    return objs | parts | {o.lemma_.lower() for o in _under(tok, {"through", "to"})}


# What a plan, bid or person "meets with": a reception, not a meeting.
_REACTIONS = frozenset({"objection", "opposition", "resistance", "criticism", "hostility"})
_REACTIONS |= frozenset({"skepticism", "scepticism", "approval", "disapproval", "success"})
_REACTIONS |= frozenset({"failure", "response", "reaction", "enthusiasm", "indifference"})
_REACTIONS |= frozenset({"rejection", "refusal", "silence", "protest", "favour", "favor"})
_REACTIONS |= frozenset({"acceptance", "support", "interest", "difficulty", "problem"})


def _reactions_met(tok: Token, objs: set[str]) -> bool:
    """ "he *met with strong objections* from EC heads", "the plan *met stiff
    resistance*": what one meets is how one is received."""
    met = objs | {o.lemma_.lower() for o in _under(tok, {"with"})}
    return bool(met & _REACTIONS)


def _advocacy(tok: Token, lex: EventLexicon) -> bool:
    """ "would *fight for* a tax increase" (press for it), "*fight against* a proposed tax"
    (oppose it); "fight for the city", "fight for the liberation of Chad" and armed men's
    fights are fights."""
    aims = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in {"for", "against"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    nouns = lex.actor_words
    near = [
        t
        for g in aims
        for t in (
            g,
            *(c for c in g.children if c.dep_ in {"compound", "poss"}),
            *(o for p in g.children if p.dep_ == "prep" for o in p.children),
        )
    ]  # "the liberation *of Chad*", not "low-priced *South Korean* competition"
    named = any(
        t.ent_type_ in _ACTOR_ENTS | {"LOC", "FAC"} or t.lemma_.lower() in _HELD for t in near
    ) or any(g.pos_ != "PRON" and names_actor(g, nouns) for g in aims)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    words = () if subj is None else (subj.lemma_.lower(), subj.lower_, subj.lower_[:-1])
    return bool(aims) and not named and not _armed(words, lex)


def _armed(words: Iterable[str], lex: EventLexicon) -> bool:
    """One of the words names a military or rebel actor ("warplanes", "guerrillas")."""
    return any(lex.actor_nouns.get(w) in {"MIL", "REB"} for w in words)


_SHARES_OF_PEOPLE = frozenset({"majority", "minority", "percent", "pct", "third", "half"})


# What crashes, sinks or collapses: its toll is an accident's, not an assault's ("the jet
# which *crashed* into a mountain, *killing* 520 people").
_MISHAPS = frozenset({"crash", "collapse", "sink", "derail", "capsize", "erupt", "overturn"})
_VEHICLES = frozenset({"jet", "plane", "aircraft", "airliner", "train", "bus", "ship", "ferry"})
_VEHICLES |= frozenset({"car", "truck", "helicopter", "boat", "tanker", "vessel"})


# What a vehicle does in an accident: "when an airliner *flew into* power lines".
_VEHICLE_MISHAPS = frozenset({"fly", "plunge", "tumble", "collide", "skid", "veer", "hit"})
_VEHICLE_ACCIDENTS = _MISHAPS | _VEHICLE_MISHAPS

# What kills people in a disaster, beside ``non_actor_heads``: "a *cloud* of *gas*".
_HAZARDS = frozenset({"gas", "cloud", "fume", "smoke", "chemical", "radiation", "wave"})


def _when_disaster(tok: Token, lex: EventLexicon) -> bool:
    """ "2,413 people were *killed* ... *when a cloud of* methyl isocyanate *gas* ...
    enveloped Bhopal": a toll taken by a disaster, with no attacker named."""
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    for clause in (c for v in verbs for c in v.children if c.dep_ == "advcl"):
        if not any(m.lower_ in {"when", "as"} for m in clause.children if m.dep_ == "advmod"):
            continue
        subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        words = {t.lemma_.lower() for t in subj.subtree} if subj is not None else set()
        if words & (_HAZARDS | lex.non_actor_heads) and not words & {"bomb", "shell", "attack"}:
            return True
        if words & _VEHICLES and _mishap(clause):
            return True  # "killed ... *when an airliner flew into* electricity lines"
    return False


def _mishap(verb: Token) -> bool:
    """What a vehicle does in an accident: "*flew into* power lines", "*ran aground*"."""
    lemma = verb.lemma_.lower()
    if lemma == "run":
        return any(c.lower_ == "aground" for c in verb.children)
    return lemma in _VEHICLE_ACCIDENTS


def _accident_toll(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    kind = lex.cameo[rule.cameo].type
    if kind == "COERCE":  # "The port ... *was closed when* a tanker *ran aground*"
        return _when_disaster(tok, lex)
    if kind != "ASSAULT":
        return False
    if tok.dep_ in {"relcl", "acl"} and any(
        a.lemma_.lower() in _MISHAPS | lex.non_actor_heads for a in list(tok.ancestors)[:7]
    ):
        return True  # "the 1994 *crash* of a cargo airliner off the coast which *killed* 9",
        # "a *crash* on a test run outside a desert air base, which *killed*";
        # "A powerful *earthquake* of magnitude 7.1 on the Richter scale *hit*" (on "scale")
    if _when_disaster(tok, lex):
        return True
    if tok.dep_ == "relcl" and tok.head.ent_type_ in {"GPE", "LOC", "FAC"}:
        before = tok.doc[tok.sent.start : tok.i]
        if any(t.lemma_.lower() in _MISHAPS for t in before):
            return True  # "after a *crash* during a flight near El Centro, *which killed*":
            # no place kills; the clause tells the crash's toll
    if tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return False
    cause = tok.head
    if cause.lemma_.lower() in _MISHAPS:
        return True
    subj = next((c for c in cause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and cause.dep_ == "conj":  # "a quake registering 6.9 *hit* Japan"
        subj = next((c for c in cause.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.lower_ in {"which", "that"} and cause.dep_ == "relcl":
        subj = cause.head
    return subj is not None and subj.lemma_.lower() in lex.non_actor_heads


# Buyers a product "appeals to": marketing, not a request.
_BUYERS_OF = frozenset({"buyer", "consumer", "customer", "shopper", "investor", "reader"})
_BUYERS_OF |= frozenset({"viewer", "audience", "taste", "market", "user", "motorist"})


def _appeal_to_buyers(tok: Token, rule: TriggerRule) -> bool:
    if not rule.cameo.startswith("10") or tok.lemma_.lower() != "appeal":
        return False
    to = [o for o in _under(tok, {"to"}) if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _BUYERS_OF for o in to)


# Rights and holdings given up: "*surrendered the licence*" is no military surrender.
_RIGHTS = frozenset({"licence", "license", "permit", "right", "stake", "control", "charter"})
_RIGHTS |= frozenset({"seat", "title", "franchise", "concession", "claim", "share"})


# Securities handed in: "the *debentures* will be *surrendered for conversion*".
_PAPERS = frozenset({"debenture", "note", "bond", "warrant", "certificate", "stock", "security"})
_PAPERS |= frozenset({"share", "unit", "preferred", "coupon", "option"})
_REDEMPTIONS = frozenset({"conversion", "redemption", "exchange", "cancellation", "payment"})
_GIVEN_UP = _RIGHTS | _PAPERS  # what is surrendered when it is the passive subject


def _surrendered_right(tok: Token, rule: TriggerRule) -> bool:
    """ "*surrendered the licence*", "the debentures will be *surrendered for
    conversion*": rights and papers given up, no side yielding to another."""
    if not rule.cameo.startswith("087") or tok.lemma_.lower() != "surrender":
        return False
    if any(o.lemma_.lower() in _REDEMPTIONS for o in _under(tok, {"for"})):
        return True
    kids = list(tok.children)
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _RIGHTS for c in kids) or any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in _GIVEN_UP for c in kids
    )


# Military positions whose "defending" is holding ground, not verbal support.
_POSITIONS = frozenset({"line", "position", "force", "troop", "unit", "garrison", "army"})


def _held_positions(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    if lex.cameo[rule.cameo].type != "SUPPORT" or tok.lemma_.lower() != "defend":
        return False
    holder = (
        tok.head
        if tok.dep_ == "acl"
        else next((c for c in tok.children if c.dep_ == "nsubj"), None)
    )  # "assault on Iraqi *lines defending* Basra"
    return holder is not None and holder.lemma_.lower() in _POSITIONS


# Economic bodies "injured" or "hurt" by trade: harm in figures, not violence.
_ECONOMIC = frozenset({"industry", "economy", "sector", "market", "business", "trade"})
_ECONOMIC |= frozenset({"export", "producer", "manufacturer", "interest", "competitiveness"})


def _economic_harm(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    if lex.cameo[rule.cameo].type not in PHYSICAL_ACTS:
        return False
    if tok.lemma_.lower() not in {"injure", "hurt", "harm", "damage", "cripple", "wound"}:
        return False
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in _ECONOMIC for o in objs)


# Foods sold without their shells: "corn, rice and *shelled peanuts*".
_SHELLED = frozenset({"peanut", "nut", "egg", "shrimp", "almond", "walnut", "pecan", "pistachio"})
_SHELLED |= frozenset({"corn", "seed", "bean", "pea", "oyster", "mussel", "cashew", "hazelnut"})


def _adjectival_participle(tok: Token) -> bool:
    """ "the company *has promising* acreage": a "-ing" form after "have" alone is an
    adjective misread as a verb (a progressive needs "be"); "a group of investors
    *opposed to* Shell's policies": "opposed to" after a noun describes a stance held."""
    if tok.lemma_.lower() == "oppose" and tok.dep_ == "acl":
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
    if tok.lemma_.lower() == "shell" and tok.i + 1 < len(tok.doc):
        return tok.doc[tok.i + 1].lemma_.lower() in _SHELLED  # "*shelled* peanuts": a food
    if tok.tag_ != "VBG":
        return False
    auxes = [c.lemma_.lower() for c in tok.children if c.dep_ == "aux"]
    return "have" in auxes and "be" not in auxes


# Words of a court's shelter from creditors: "*sought protection under Chapter 11*".
_COURT_SHELTER = frozenset({"bankruptcy", "chapter", "creditor", "receivership"})


# What trades on a market: its halt is no sanction ("*trading* in shares was suspended").
_DEALINGS = frozenset({"trading", "dealing", "dealings", "quotation", "listing"})


def _trading_halt(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    if lex.cameo[rule.cameo].type != "SANCTION":
        return False
    subjects = [c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}]
    if any(s.lower_ in _DEALINGS for s in subjects):
        return True
    # "suspended its daily *money market* assistance": a central bank's market operation
    return any(c.dep_ == "compound" and c.lower_ == "market" for s in subjects for c in s.children)


# Moves of markets: welcoming one supports no party ("welcomed the *rise in the yen*").
_MOVES = frozenset({"rise", "fall", "increase", "decline", "drop", "gain", "recovery", "slide"})


_RESULTS = frozenset({"profit", "result", "earnings", "figure", "growth", "performance"})
_RESULTS |= frozenset({"failure", "defeat", "collapse", "downfall", "setback"})


def _welcomed_market_move(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    if lex.cameo[rule.cameo].type != "SUPPORT" or tok.lemma_.lower() not in {"welcome", "hail"}:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if objs and any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
        return True  # "we *welcome* AMC shareholders *into* the Chrysler family"
    hailed_as = _under(tok, {"as"})
    if hailed_as and all(c.lemma_.lower() in _RESULTS for c in hailed_as):
        return True  # "what Baghdad *hailed as* Iran's failure"
    if objs and all(c.lemma_.lower() in _RESULTS for c in objs):
        return True  # "welcomed Mercantile and General trading *profits*"
    moves = [c for c in objs if c.lemma_.lower() in _MOVES]
    of = [o for m in moves for o in _under(m, {"in", "of"})]
    nouns = lex.actor_words
    # "welcomed the 1.2 pct rise *in the index* of factory orders reported on Friday"
    return any(
        o.lemma_.lower() in lex.thing_heads
        or o.lemma_.lower() in _STATISTICS
        or not names_actor(o, nouns)
        for o in of
    )


# What a figure measures: "an increase *in the Index* of Leading Economic Indicators".
_STATISTICS = frozenset({"index", "indicator", "rate", "price", "output", "production"})
_STATISTICS |= frozenset({"growth", "surplus", "deficit", "export", "import", "inflation"})


# Places one inspects after a disaster: no party is investigated.
_SITES = frozenset({"site", "scene", "damage", "area", "wreckage", "crop", "field", "region"})


def _site_inspection(tok: Token, rule: TriggerRule) -> bool:
    if not rule.cameo.startswith("09") or tok.lemma_.lower() != "inspect":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _SITES for c in tok.children)


def _freed_from_duty(tok: Token, rule: TriggerRule) -> bool:
    """ "the filing *freed Texaco from posting a bond*": relief from a duty, or a firm
    "released", is no release of people."""
    if not rule.cameo.startswith("084"):
        return False
    if any(c.dep_ == "dobj" and c.ent_type_ == "ORG" for c in tok.children):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(
            g.dep_ == "pcomp" or g.tag_ == "VBG" or g.lemma_.lower() in _CONDITIONS_OF
            for g in c.children
        )
        for c in tok.children
    )  # "releasing the company *from receivership*"


_CONDITIONS_OF = frozenset({"receivership", "bankruptcy", "obligation", "liability", "contract"})
_CONDITIONS_OF |= frozenset({"commitment", "agreement", "debt", "duty", "restriction"})
_CONDITIONS_OF |= frozenset({"prosecution", "charge", "custody", "suit"})

# Deals a firm pays for: "*financed the acquisition* of GSX with a stock issue" is
# corporate finance, not aid.
_DEALS = frozenset({"acquisition", "purchase", "takeover", "merger", "buyout", "expansion"})
_DEALS |= frozenset({"transaction", "repurchase", "buyback", "deal", "bid", "offer"})


def _corporate_finance(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    if lex.cameo[rule.cameo].type != "AID" or tok.lemma_.lower() not in {"finance", "fund"}:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _DEALS for c in tok.children)


# What one is warned "to" do that is only care: "warned investors *to bear in mind* the
# risk", "cautioned them *to be* careful".
_CARE = frozenset({"bear", "be", "remain", "beware", "prepare", "expect", "take", "keep"})
_CARE |= frozenset({"exercise", "avoid", "watch", "consider", "remember", "stay", "study"})
_CARE |= frozenset({"depend", "rely", "count", "assume"})  # "warned farmers not to depend on aid"


def _warned_must(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "warned Tokyo its economic package *must* be significant": what the warned must
    do, with no act of the speaker's own held over them, is a demand, not a threat."""
    if tok.lemma_.lower() not in {"warn", "caution"} or lex.cameo[rule.cameo].type != "THREATEN":
        return False
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None or not any(
        c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in clause.children
    ):
        return False
    return not any(t.lower_ in {"or", "unless", "if"} for t in tok.subtree)


def _cautioned(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "warned investors to bear in mind the political risk": advice to take care, with
    no act of the speaker's own held over them (not "warned Iran to stop *or face* ...")."""
    if tok.lemma_.lower() not in {"warn", "caution"} or lex.cameo[rule.cameo].type != "THREATEN":
        return False
    clause = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if clause is None or clause.lemma_.lower() not in _CARE:
        return False
    return not any(t.lower_ in {"or", "unless", "if"} for t in tok.subtree)


# What is attacked in words: "openly *attacked* Japan's tight-fisted fiscal *policy*".
_VIEWS = frozenset({"policy", "policies", "plan", "proposal", "decision", "stance", "view"})
_VIEWS |= frozenset({"remark", "statement", "comment", "idea", "approach", "handling"})
_VIEWS |= frozenset({"practice", "record", "performance", "conduct", "strategy", "theory"})
# Words and figures put out by others: "attacked OECD *forecasts*", "press *reports*".
_VIEWS |= frozenset({"forecast", "estimate", "prediction", "projection", "assessment"})
_VIEWS |= frozenset({"criticism", "claim", "allegation", "argument", "article", "story"})
# What a product or a policy "attacks" in trade talk: a business, a market, a problem.
_TRADE_WORDS = frozenset({"core", "business", "market", "franchise", "profit", "margin"})
_TRADE_WORDS |= frozenset({"inflation", "deficit", "problem", "unemployment", "cost"})


def _struck_deal(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "*struck* agreement with commercial banks", "struck a deal": an agreement made."""
    if tok.lemma_.lower() != "strike":
        return False
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in lex.document_nouns:
        return True  # "the *agreement struck between* securities traders"
    if lex.cameo[rule.cameo].type != "ASSAULT":
        return False
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in lex.document_nouns for o in objs)


_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})  # not "'": "the rebels' positions"


def _verbal_attack(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """An attack on a policy, plan or remark is criticism, not an assault."""
    kind = lex.cameo[rule.cameo].type
    if kind not in {"ASSAULT", "THREATEN"} or tok.lemma_.lower() != "attack":
        return False
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    objs += _what_called(tok)
    if any(o.lemma_.lower() in _VIEWS or o.lemma_.lower() in lex.document_nouns for o in objs):
        return True
    if any(o.lemma_.lower() in _TRADE_WORDS for o in objs):
        return True  # "would *attack the core* of Glaxo's worldwide business": a rival drug
    if kind == "THREATEN":
        return False
    # "attacked the *"profit before everything"* mentality": a slogan quoted as its object,
    # by no armed force ("warplanes attacked a large *"naval target"*" is a strike)
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [o for p in tok.children if p.dep_ == "agent" for o in p.children]
    if any(_armed((t.lemma_.lower() for t in d.subtree), lex) for d in doers):
        return False
    if _called_as(tok):
        return True  # "attacked Labour's pledges *as "vacuous"*", "attacked ... *as
        # blasphemy*": criticism
    speaking = any(_one_speaking(c) for c in tok.children if c.dep_ == "nsubj")
    if speaking and (_for_doing(tok) or _saying_so(tok) or _over_issue(tok)):
        return True  # "Kennedy *attacked* Mr Brown *for failing* to mention", "Mbeki
        # attacked British imperialists, *saying* they ...", "attacked the government
        # *over Iraq*": criticism
    if any(_holding_views(d) for d in doers):
        return True  # "I am being attacked by *people who think* we ought to ...": words
    if speaking and objs and not any(_can_be_struck(o, lex) for o in objs):
        return True  # "Letwin *attacked* government *red tape* and debt": words
    return any(t.text in _QUOTES for o in objs if o.i > tok.i for t in tok.doc[tok.i + 1 : o.i])


# What an attack can strike besides a party: places, buildings, vehicles and forces.
_STRUCK = (
    _ARMED_THINGS
    | _VEHICLES
    | frozenset(
        {"building", "embassy", "office", "home", "house", "headquarters", "base", "station"}
        | {"convoy", "vehicle", "village", "town", "city", "camp", "post", "position"}
        | {"target", "installation", "facility", "plant", "school", "church"}
    )
)


def _can_be_struck(obj: Token, lex: EventLexicon) -> bool:
    """An object an assault can be aimed at: a party, a name, a noun WordNet does not rule
    out as one ("attacked the *driver*"), or a place or thing that is hit in a war
    ("attacked the *embassy*", "attacked a *convoy*")."""
    return (
        names_actor(obj, lex.actor_words)
        or bool(obj.ent_type_)
        or not names_no_actor(obj.lemma_)
        or obj.lemma_.lower() in _STRUCK
        or any(c.dep_ == "conj" and _can_be_struck(c, lex) for c in obj.children)
    )


# Who attacks with words: a named person or one who speaks for a body.
_SPEAKERS = frozenset({"leader", "chairman", "co-chairman", "minister", "spokesman", "mp"})
_SPEAKERS |= frozenset({"spokeswoman", "secretary", "president", "senator", "critic", "chief"})


def _one_speaking(subj: Token) -> bool:
    return subj.ent_type_ == "PERSON" or any(t.lemma_.lower() in _SPEAKERS for t in subj.subtree)


def _for_doing(tok: Token) -> bool:
    """What one is attacked "for" doing: words, not blows."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "for" and g.dep_ == "pcomp" and g.tag_ == "VBG"
        for prep in tok.children
        for g in prep.children
    )


# Spans of time an attack goes on "over": "attacked the town *over the weekend*".
_SPANS = frozenset({"weekend", "night", "day", "week", "month", "year", "period", "decade"})
_SPANS |= frozenset({"hour", "past", "course", "summer", "winter", "spring", "autumn"})


def _over_issue(tok: Token) -> bool:
    """What one is attacked "over": an issue ("over Iraq", "over its response"), not a
    span of time (the parse may hang it on the one attacked)."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any(
        o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"} and o.lemma_.lower() not in _SPANS
        for h in heads
        for o in _under(h, {"over"})
    )


# What those attacking in words are said to hold: "people *who think* we ought to ...".
_HOLDING = frozenset({"think", "believe", "feel", "argue", "insist", "reckon"})


def _holding_views(doer: Token) -> bool:
    return any(c.dep_ == "relcl" and c.lemma_.lower() in _HOLDING for c in doer.children)


# What an attack is "as" a share of, not a name it calls: "attacked *as part of* a raid".
_NOT_NAMES = frozenset({"part", "result", "consequence", "retaliation", "revenge"})


def _called_as(tok: Token) -> bool:
    """What one is attacked "as" being ("as blasphemy", "as "vacuous"", "as racist"):
    words, not blows."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"):
        kids = list(prep.children)
        if any(t.text in _QUOTES for t in prep.subtree) or any(g.pos_ == "ADJ" for g in kids):
            return True
        if any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() not in _NOT_NAMES
            for g in kids
        ):
            return True
    return False


# Speech told with an attack: "attacked British imperialists, *saying* they ...".
_SAYING_SO = frozenset({"say", "call", "describe", "accuse", "argue", "claim", "tell"})


def _saying_so(tok: Token) -> bool:
    return any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _SAYING_SO
        for c in tok.children
    )


def _what_called(tok: Token) -> list[Token]:
    """ "attacked *what he called* biased press *reports*": the noun the free relative names
    (spaCy hangs "called" on the verb, or on "what" as a relative clause)."""
    called = [c for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() == "call"]
    called += [
        r
        for o in tok.children
        if o.dep_ == "dobj" and o.lower_ == "what"
        for r in o.children
        if r.dep_ == "relcl" and r.lemma_.lower() == "call"
    ]
    called = [v for v in called if any(c.lower_ == "what" for c in v.children)]
    return [c for v in called for c in v.children if c.dep_ in {"oprd", "attr"}]


_VIEW_NOUNS = frozenset({"desirability", "need", "necessity", "importance", "urgency"})
_VIEW_NOUNS |= frozenset({"merit", "value", "wisdom", "danger", "likelihood", "view"})


def _agreed_view(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "agreed *that the surplus would persist*": sharing a view of how a measure or a
    market will go, not an agreement between parties."""
    if tok.lemma_.lower() != "agree":
        return False
    if any(_view(c) for c in tok.children) and _one_agreeing(tok):
        return True  # "agreed that the company should have the same results": a view
    if lex.cameo[rule.cameo].type != "AGREE":
        return False
    on = _under(tok, {"on", "about"})
    if any(o.lemma_.lower() in _VIEW_NOUNS for o in on):
        return True  # "ministers were generally agreed *on the desirability* of ..."
    if (
        on
        and tok.tag_ in {"VBP", "VBZ"}
        and not any(c.dep_ in {"aux", "xcomp"} for c in tok.children)
    ):
        return True  # "all the leaders *agree on* the main direction": a view they share
    bare = not any(c.dep_ in {"xcomp", "dobj", "prep"} for c in tok.children)
    if bare and any(
        c.dep_ == "conj" and c.lemma_.lower() in {"say", "add", "note"} for c in tok.children
    ):
        return True  # "Michael German of AGA *agreed and said*, ..."
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None:
        # "Wisenbaker *agreed, saying* that it would turn into a shambles": assent to a view
        told = [
            c
            for c in tok.children
            if c.lemma_.lower() in {"say", "add", "note"}
            and (c.dep_ in {"advcl", "conj"} or (c.dep_ == "xcomp" and c.tag_ == "VBG"))
        ]
        bare = not any(c.dep_ in {"xcomp", "dobj", "prep"} and c not in told for c in tok.children)
        if bare and _one_agreeing(tok) and _a_person(tok):
            return True  # "The other Republican member of the board, Marvin Duncan, *agreed*."
        return bare and bool(told)  # "*agreed, saying* ...", "*agreed and said* ...",
        # "Verstappen *agreed saying*, I think ..." (the parser's xcomp)
    if _forecast_or_advice(tok, clause):
        return True
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subj is not None and subj.lower_ == "there":
        return True  # "agreed *there should be* some reduction of pressure"
    if subj is None or names_actor(subj, lex.actor_words):
        return False
    lemma = subj.lemma_.lower()  # a measure or market ("surplus", "prices"), not "talks"
    passive = _passive(clause)  # "litigation will be stayed"
    if clause.lemma_.lower() in _STATES_OF_THINGS and not passive and lemma not in lex.nouns:
        return True  # "agreed the banking sector's *health would remain* a key concern"
    return lemma in lex.thing_heads and lemma not in lex.nouns


def _forecast_or_advice(verb: Token, clause: Token) -> bool:
    """ "agreed that consideration ... *likely* would be delayed": a forecast; "Feiter
    *agreed the European Community must* take greater heed": one person's advice on what
    someone else must or should do (not what the one agreeing will do, "he would resign")."""
    if any(c.dep_ == "advmod" and c.lower_ in _LIKELY for c in clause.children):
        return True
    if not any(
        c.dep_ == "aux" and c.lower_ in {"must", "should", "ought"} for c in clause.children
    ):
        return False
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    others = subj is not None and subj.lower_ not in {"i", "we", "he", "she", "they"}
    return others and _one_agreeing(verb) and _a_person(verb)


_LIKELY = frozenset({"likely", "probably", "possibly", "unlikely", "certainly", "surely"})
# People who concur with what was said ("Marvin Duncan *agreed*"); states accept offers.
_CONCURRING = frozenset({"member", "analyst", "economist", "trader", "dealer", "expert"})
_CONCURRING |= frozenset({"banker", "colleague", "spokesman", "spokeswoman", "observer"})
_CONCURRING |= frozenset({"adviser", "advisor", "consultant", "professor", "researcher"})


def _a_person(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    named = [subj, *(c for c in subj.children if c.dep_ == "appos")]
    return any(t.ent_type_ == "PERSON" or t.lemma_.lower() in _CONCURRING for t in named)


# How things go: what one "agrees" a thing will do is a view.
_STATES_OF_THINGS = frozenset({"remain", "persist", "rise", "fall", "grow", "decline"})
_STATES_OF_THINGS |= frozenset({"improve", "worsen", "recover", "slow", "weaken", "strengthen"})


def _warned_of_outcome(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """ "warned ministers *that failure* to agree would leave a hole": a warning of what a
    thing will bring about, not a threat of the speaker's own act."""
    if tok.lemma_.lower() not in {"warn", "caution"} or lex.cameo[rule.cameo].type != "THREATEN":
        return False
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    subj = (
        None
        if clause is None
        else next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    )
    if clause is not None and clause.pos_ == "NOUN":
        subj = clause  # "warned that *failure* to agree ... would": parsed as the clause
    if subj is None or subj.pos_ in {"PRON", "PROPN"} or subj.ent_type_:
        return False
    nouns = lex.actor_words
    return not names_actor(subj, nouns) and subj.lemma_.lower() not in _HOSTILE_WORDS


def _business_strike(tok: Token, rule: TriggerRule) -> bool:
    """ "it makes sense for *Sun Chemical* to strike before the offering": a firm that
    strikes acts decisively; only working people strike in protest ("its *forces* ...
    *struck at* a second platform" is no walkout either, nor is anything "*was struck*")."""
    if rule.cameo[:2] != "14" or tok.lemma_.lower() != "strike":
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
        return True  # "The ship ... *was struck* while watching exercises": hit, no walkout
    clock = {"hrs", "hours", "noon", "midnight", "gmt", "edt", "est"}
    aimed = [o for o in _under(tok, {"at"}) if o.ent_type_ not in {"TIME", "DATE"}]
    if any(not o.is_digit and o.lower_ not in clock for o in aimed):
        return True  # "struck at a second platform": a blow aimed at something
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        subj = next(iter(_under(tok, {"for"})), None)
    if subj is None or subj.ent_type_ != "ORG":
        return False
    return not any(
        t.lemma_.lower() in WORKING_PEOPLE | {"federation", "worker"} for t in subj.subtree
    )


def _labour_strike(tok: Token, rule: TriggerRule) -> bool:
    """ "as *striking* railway workers halted the metro" (read as striking the workers):
    workers on strike are protesting, nobody is hit."""
    if rule.lemma != "strike":
        return False
    return any(
        c.dep_ in {"dobj", "nsubj"} and c.lemma_.lower() in WORKING_PEOPLE for c in tok.children
    )


# Verbs whose object "demand" is buyers' demand: forecast, met, spurred or curbed.
_DEMAND_VERBS = frozenset(
    {"anticipate", "expect", "forecast", "predict", "project", "estimate", "see", "meet"}
    | {"satisfy", "stimulate", "boost", "spur", "curb", "dampen", "reduce", "weaken"}
)
# Verbs of satisfying a demand: the demand is background, not made in this sentence.
_MET = frozenset({"meet", "satisfy", "fulfil", "fulfill"})
_BUYERS = frozenset({"investor", "buyer", "consumer", "customer", "importer", "user"})
_STAFF = frozenset({"employee", "worker", "staff", "member", "teacher", "nurse", "doctor"})


_EXECUTED = frozenset({"lease", "order", "trade", "transaction", "swap", "sale", "purchase"})


def _executed_deal(tok: Token, lex: EventLexicon) -> bool:
    """ "*executed* a ground lease with Federated": a deal carried out, not a killing."""
    if tok.lemma_.lower() != "execute":
        return False
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    objs += [g for c in objs for g in c.children if g.dep_ == "conj"]  # "employment and
    # non-competition *agreements*"
    deals = _EXECUTED | lex.document_nouns
    return any(o.lemma_.lower() in deals for o in objs)


def _weapon_test(tok: Token, rule: TriggerRule) -> bool:
    """ "Iran has *test-fired* its new missile", "fired one *test* missile against a
    hulk": a weapons test, not an attack."""
    if rule.lemma not in {"fire", "launch"}:
        return False
    if tok.lower_.startswith("test") or any(c.lower_ == "test" for c in tok.children):
        return True
    if any(g.lemma_.lower() in _HULKS for g in _under(tok, {"at"})):
        return True  # "fired the Chinese-made missile *at a hulk*": a test
    aimed = [
        g
        for g in _under(tok, {"at", "on", "against"})
        if g.dep_ == "pobj" and g.ent_type_ not in _WHENS and g.lower_ not in _DAYS
    ]
    if not aimed and _shown_not_aimed(tok):
        return True  # "fired a missile *over Japan*", "*into the sea*": a show of force
    return any(
        m.dep_ in {"compound", "amod"} and m.lemma_.lower() in _TRIALS
        for o in tok.children
        if o.dep_ == "dobj"
        for m in o.children
    )


_TRIALS = frozenset({"test", "trial", "practice", "training", "dummy", "experimental"})
# Where a missile fired at no one comes down: open water.
_WATERS = frozenset({"sea", "ocean", "water", "waters", "pacific", "atlantic"})
_MISSILES = frozenset({"missile", "rocket", "projectile"})
_HEADINGS = frozenset({"eastward", "westward", "northward", "southward", "seaward"})
_HEADINGS |= frozenset({"eastwards", "westwards", "northwards", "southwards", "skyward"})
# Missiles whose launch with no one aimed at is a test or a show of force.
_LONG_RANGE = frozenset({"ballistic", "intercontinental", "intermediate-range", "icbm"})
_LONG_RANGE |= frozenset({"long-range", "medium-range", "submarine-launched", "hwasong"})
_WHENS = frozenset({"DATE", "TIME"})
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_DAYS |= frozenset({"morning", "afternoon", "evening", "night", "weekend", "day"})


def _shown_not_aimed(tok: Token) -> bool:
    """A missile or rocket fired *over* a country or *into the sea*, aimed at no one:
    the weapon shown (CAMEO 15), no assault."""
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    missiles = [o for o in objs if o.lemma_.lower() in _MISSILES]
    if not missiles:
        return False
    if any(m.lower_ in _LONG_RANGE for o in missiles for m in o.subtree):
        return True  # "fired a *ballistic* missile" at no one: a test or a show of force
    if any(
        c.dep_ == "advmod" and c.lower_ in _HEADINGS for h in (tok, *missiles) for c in h.children
    ):
        return True  # "fired an unidentified missile *eastward*"
    into = (
        w
        for w in tok.subtree
        if w.dep_ == "pobj" and w.head.lower_ == "into" and w.head.head.i >= tok.i
    )
    if any(w.lemma_.lower() in _WATERS or w.lower_ in _WATERS for w in into):
        return True  # "... over Japan's northern Hokkaido island *into the sea*"
    return any(
        w.ent_type_ in {"GPE", "LOC", "NORP"} or w.lemma_.lower() in {"airspace", "island"}
        for h in (tok, *objs)
        for g in _under(h, {"over"})
        for w in g.subtree
    )  # "over *Japan*", "over the northern *Japanese island* of Hokkaido"


_HULKS = frozenset({"hulk", "barge", "drone", "dummy", "wreck"})


_FINDINGS = frozenset({"idea", "way", "possibility", "option", "feasibility", "alternative"})
_FINDINGS |= frozenset({"opportunity", "market", "use", "method", "technology", "potential"})
_FINDINGS |= frozenset({"means", "approach", "solution", "remedy"})
_FINDINGS |= frozenset({"ramification", "implication", "consequence", "impact", "merit"})
# What a buyer looks a firm over "for": "investigating a number of companies *for possible
# acquisitions*".
_DEALS_FOR = frozenset({"acquisition", "purchase", "investment", "merger", "takeover"})


def _research(tok: Token, rule: TriggerRule) -> bool:
    """ "companies are *investigating* a new generation of ideas": research, not an inquiry."""
    if not rule.cameo.startswith("09") and tok.lemma_.lower() not in {"investigate", "study"}:
        return False
    if any(c.lemma_.lower() == "diligence" for c in tok.children):
        return True  # "a due diligence *investigation*": a buyer's checks
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [o for c in objs for o in _under(c, {"of"})]  # "a number *of companies* for"
    if any(o.lemma_.lower() in _DEALS_FOR for t in (tok, *objs) for o in _under(t, {"for"})):
        return True  # "investigating companies *for possible acquisitions*": a buyer's search
    return any(
        c.dep_ == "dobj" and ({c.lemma_.lower(), c.lower_} & (_FINDINGS | {"generation"}))
        for c in tok.children
    )


def _labour_ban(tok: Token, rule: TriggerRule) -> bool:
    """ "maritime *unions imposed* bans", "a *ban on overtime* by its works councils": work
    bans are labour action, not restrictions."""
    if not rule.cameo.startswith("17"):
        return False
    if any(o.lemma_.lower() in {"overtime", "work", "shift"} for o in _under(tok, {"on"})):
        return True
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in WORKING_PEOPLE


def _years_worked(tok: Token, rule: TriggerRule) -> bool:
    """ "he will have *worked 28 years* with Texas Instruments", "Dornbusch *works with*
    the NBER as well as MIT": employment, no cooperation."""
    if tok.lemma_.lower() != "work":
        return False
    if tok.tag_ in {"VBZ", "VBP"} and not any(c.dep_ == "aux" for c in tok.children):
        return True  # "I *work* very closely with Ken": a standing relationship
    spans = (c for c in tok.children if c.dep_ in {"npadvmod", "dobj", "obl", "advmod"})
    return any(c.lemma_.lower() in {"year", "month", "decade"} for c in spans)


def _dismissed(tok: Token, rule: TriggerRule) -> bool:
    """ "*fired* seven flight attendants on the spot": people fired from their jobs (a
    weapon fired is its object: "fired rockets at")."""
    if rule.lemma != "fire" or not rule.prep or rule.objects:  # "fired *tear gas at*"
        return False
    return any(c.dep_ == "dobj" for c in tok.children)


def _resigned_to(tok: Token, rule: TriggerRule) -> bool:
    """ "banks are *resigned to* not recouping loans", "resigned himself": acceptance, not a
    resignation; "to succeed the ailing and *resigned William Casey*": a man described."""
    if rule.cameo != "0831":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return True
    return tok.lemma_.lower() == "resign" and any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_.endswith("self"))
        for c in tok.children
    )


def _staff_quit(tok: Token, rule: TriggerRule) -> bool:
    """ "every *employee* who resigned": staff leaving their jobs is no change of
    leadership conceded (CAMEO 0831 is a leader's or a board's resignation)."""
    if rule.cameo != "0831":
        return False
    verb = tok
    while verb.dep_ == "xcomp" and verb.head is not verb:  # "employees who decided to resign"
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subj = verb.head  # "every employee *who* resigned"
    return subj is not None and subj.lemma_.lower() in _STAFF


_QUANTITY = frozenset({"enough", "little", "much", "more", "less", "sufficient", "insufficient"})
# Demand that is forecast is a market's: "the company's *forecast* demand for its refineries".
_QUANTITY |= frozenset({"forecast", "projected", "expected", "estimated", "anticipated"})


def _market_demand(tok: Token) -> bool:
    if tok.lemma_.lower() not in {"demand", "request"}:
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _MET:
        return True  # "the results did not *meet* the Party's demands": made before, if ever
    if tok.lemma_.lower() != "demand" or tok.tag_ != "NN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return True  # "sovereign paper was *in demand*"
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "to"
        and not any(c.dep_ in {"det", "poss"} for c in tok.children)
    ):
        return True  # "goods ill-adapted *to demand*"
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _PRICE_MOVES:
        return True  # "Jaguar *rose* 12p mainly *on U.S. demand*"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DEMAND_VERBS:
        return True  # "traders *anticipate* carryover demand", "to *meet* demand"
    if any(t.lemma_.lower() in _BUYERS for t in tok.subtree):
        return True  # "demand *on the part of foreign investors* for local government bonds"
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _PRICE_MOVES | _CHANGING:
        return True  # "Japan's edible oil demand *will rise* 1.5 pct": what buyers take
    kids = list(tok.children)
    if any(c.lower_ in _QUANTITY for c in kids if c.dep_ in {"amod", "det", "advmod", "compound"}):
        return True  # "not *enough* demand from shipping companies to warrant an opening"
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"by", "from"}) for c in kids):
        return False
    if any(c.dep_ in _REQUEST_MODS for c in kids):
        return False  # "a demand that Israel withdraw"
    scalar = any(c.dep_ == "amod" and c.lemma_.lower() in _SCALAR for c in kids)
    thing = any(c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_ for c in kids)
    return scalar or thing or any(c.dep_ == "prep" and c.lower_ == "for" for c in kids)


def _call_for(tok: Token, rule: TriggerRule) -> bool:
    """ "a call by X requesting ...", "the call for talks": a demand, no phone call; calls
    priced as a service are no one's."""
    if tok.lemma_.lower() != "call" or not rule.cameo.startswith("04"):
        return False
    if any(c.dep_ in _REQUEST_MODS for c in tok.children):
        return True
    # "the government's *call* at the hearing *for* a 10 dlr rise"
    if any(t.dep_ == "prep" and t.lower_ == "for" for t in tok.subtree if t.i > tok.i):
        return True
    # "will cut rates *for calls within Ontario*": calls paid for, with no one on the line
    # ("a *call to* Gorbachev", "telephone *calls with* Kohl", "*his* call")
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "poss" for c in kids):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"to", "with", "between"} for c in kids)


def _time_mark(tok: Token) -> bool:
    """ "between now and the Venice *summit*", "until the *talks*", "the first *since*
    Brazil's suspension of payments": the event dates a span of time; it is not reported
    as happening here. A date ("on *March* 9") is no march."""
    if tok.ent_type_ in {"DATE", "TIME"}:
        return True
    if tok.dep_ == "conj" and tok.head.lower_ in {"now", "today"}:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "between":  # "between now and the summit"
        return any(c.lower_ in {"now", "today"} for c in tok.children)
    return tok.dep_ == "pobj" and tok.head.lower_ in {"until", "till", "pending", "since"}


# Private trips: "shopping *trips* to West Germany" visit no party.
_LEISURE = frozenset({"shopping", "fishing", "ski", "skiing", "holiday", "vacation", "hunting"})
_LEISURE |= frozenset({"round"})  # "customers would buy a *round trip* to London": a ticket


def _leisure_trip(tok: Token) -> bool:
    return any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _LEISURE for c in tok.children
    ) and tok.lemma_.lower() in {"trip", "visit", "journey", "tour"}


def noun_not_an_act(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """The event noun is read in a sense that reports no PLOVER act."""
    return (
        _domestic_limits(tok)
        or _called_a_threat(tok)
        or _business_exit(tok)
        or _trade_service(tok)
        or _personal_withdrawal(tok)
        or _leisure_trip(tok)
        or _market_demand(tok)
        or _call_for(tok, rule)
        or _time_mark(tok)
        or _assessed(tok)
        or _market_rally(tok)
        or _clause_noun(tok)
        or _attack_in_words(tok)
        or _money_withdrawn(tok)
        or _names_a_document(tok)
        or _licence_granted(tok)
        or _guarded_against(tok)
        or _market_raid(tok)
        or any(c.lemma_.lower() == "diligence" for c in tok.children)  # a buyer's checks
        or _labour_ban(tok, rule)
        or _call_for_bids(tok)
        or _halt_of_trading(tok)
        or _loans_to_clients(tok)
        or _state_borrowing(tok)
        or _court_of_appeals(tok)
        or _kind_of_kit(tok)
        or _space_probe(tok)
        or _state_of_emergency(tok)
        or fixture_clash(tok)
        or _unarmed_blow(tok, rule, lex)
        or _occasion_clash(tok)
        or _attack_on_machines(tok)
        or goal_strike(tok)
        or said_of_things(tok)
        or _filming(tok)
        or _calls_sold(tok)
    )


# Words of making a film: "*Shooting* on the Bond film ... the *sequel* ..., *starring*".
_FILM_WORDS = frozenset({"film", "movie", "sequel", "prequel", "starring", "star", "scene"})
_FILM_WORDS |= frozenset({"director", "studio", "cast", "actor", "actress", "episode"})
_FILM_WORDS |= frozenset({"set", "location", "production", "script", "screenplay"})
# Words that say someone was shot: "*killed*", "*wounded*", "*gunman*".
_SHOT_WORDS = frozenset({"kill", "dead", "death", "wound", "injure", "gunman", "gun", "police"})
_SHOT_WORDS |= frozenset({"victim", "murder", "fire", "bullet", "suspect", "die"})


def _filming(tok: Token) -> bool:
    """ "*Shooting* on the Bond film is due to start once its star has finished the sequel
    ...": making a film, in a sentence with words of film and none of anyone
    shot."""
    if tok.lemma_.lower() not in {"shooting", "shoot"}:
        return False
    words = {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}
    return bool(words & _FILM_WORDS) and not words & _SHOT_WORDS


# Words that make calls a telephone service sold, not a call between parties: "*free
# evening and weekend* calls", "*net voice* calls", "non-*emergency* phone calls".
_CALL_SERVICES = frozenset({"free", "cheap", "cheaper", "cheapest", "unlimited", "local"})
_CALL_SERVICES |= frozenset({"evening", "weekend", "voice", "net", "emergency"})
_CALL_SERVICES |= frozenset({"internet", "broadband", "nuisance", "hoax", "landline"})


def _calls_sold(tok: Token) -> bool:
    """ "BT is offering customers *free internet telephone calls*": a service."""
    if tok.lemma_.lower() != "call" or tok.pos_ != "NOUN":
        return False
    return bool(_modifier_words(tok) & _CALL_SERVICES)


# Machines and code an attack can be aimed at with no one hurt: "a criminal *attack on its
# software*", "attacks on computer networks".
_MACHINES = frozenset({"software", "computer", "system", "network", "website", "server"})
_MACHINES |= frozenset({"pc", "browser", "program", "programme", "database", "email"})


def _light_subject(noun: Token) -> Token | None:
    """The subject of the verb an event noun is the object of ("*rebels* launched an
    attack")."""
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _attack_on_machines(tok: Token) -> bool:
    """An attack on software, computers or a network, no party's and by no armed side:
    no PLOVER assault ("rebels attacked *the army's* network" is kept)."""
    if tok.lemma_.lower() not in {"attack", "assault"}:
        return False
    aims = [o for o in _under(tok, {"on", "against"}) if o.dep_ == "pobj"]
    if not aims or not all(o.lemma_.lower() in _MACHINES for o in aims):
        return False
    owners = [t for o in aims for t in o.subtree if t is not o and t.pos_ != "PRON"]
    if any(t.ent_type_ in _ACTOR_ENTS or t.lemma_.lower() in _ARMS_WORDS for t in owners):
        return False
    doer = _light_subject(tok)
    word = "" if doer is None else doer.lemma_.lower()
    return word not in _RAIDERS and word.removesuffix("s") not in _RAIDERS


# What makes a "probe" a spacecraft: "China's first *lunar* probe".
_SPACE = frozenset({"lunar", "space", "mars", "moon", "planetary", "solar", "venus", "deep"})
_SPACE |= frozenset({"interplanetary", "robotic", "orbital", "martian", "jupiter", "chang'e"})


def _space_probe(tok: Token) -> bool:
    """ "China's first *lunar probe* lifts off": a spacecraft, no inquiry."""
    if tok.lemma_.lower() != "probe":
        return False
    if any(t.dep_ in {"amod", "compound"} and t.lower_ in _SPACE for t in tok.sent):
        return True  # "the new probe marks a further stage in Beijing's *lunar* programme"
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in {
        "lift",
        "land",
        "orbit",
        "launch",
        "blast",
    }


def _state_of_emergency(tok: Token) -> bool:
    """ "would now extend its *state of emergency*": a measure at home, no threat (a state
    of emergency *declared* or *imposed* is coded on that verb, CAMEO 1724)."""
    up = tok.head
    return (
        tok.lemma_.lower() == "emergency"
        and tok.dep_ == "pobj"
        and up.lower_ == "of"
        and up.head.lemma_.lower() == "state"
    )


# Things named for the act they serve: "*riot* police", "an *attack* helicopter".
_KIT = {
    "riot": frozenset({"police", "officer", "gear", "shield", "squad", "unit", "van", "control"}),
    "attack": frozenset({"helicopter", "submarine", "aircraft", "dog", "ad", "craft", "jet"}),
    "assault": frozenset({"rifle", "weapon", "gun", "craft", "vehicle", "ship", "course"}),
}


def _kind_of_kit(tok: Token) -> bool:
    """ "German *riot* police officers take their positions": no riot."""
    kinds = _KIT.get(tok.lemma_.lower())
    return (
        kinds is not None
        and tok.dep_ in {"compound", "amod", "nmod"}
        and tok.head.lemma_.lower() in kinds
    )


def _court_of_appeals(tok: Token) -> bool:
    """ "from the Texas *court of appeals*", "the *appeals* court": a court's name."""
    if tok.lemma_.lower() != "appeal":
        return False
    if tok.dep_ == "compound":
        return tok.head.lemma_.lower() in {"court", "panel", "judge", "board"}
    up = tok.head
    return tok.dep_ == "pobj" and up.lower_ == "of" and up.head.lemma_.lower() == "court"


# Lines of business a firm leaves: "*withdrawal from the general contracting business*".
_BUSINESSES = frozenset({"business", "market", "industry", "field", "sector", "venture"})
_BUSINESSES |= frozenset({"operation", "line", "trade", "activity", "segment", "partnership"})


def _business_exit(tok: Token) -> bool:
    """ "the disposal finishes Acme's *withdrawal from the retail banking
    business*", "*withdrew from* the venture": a firm leaving a line of business."""
    if tok.lemma_.lower() not in {"withdrawal", "withdraw", "pullout", "exit", "retreat"}:
        return False
    return any(o.lemma_.lower() in _BUSINESSES for o in _under(tok, {"from"}))


def _called_a_threat(tok: Token) -> bool:
    """ "sees automation ... as *the greatest single threat* to the livelihoods of its
    workers", "inflation *is a threat*": a thing described as a threat, no one threatens."""
    if tok.lemma_.lower() not in {"threat", "danger"}:
        return False
    superlative = any(c.dep_ == "amod" and c.tag_ == "JJS" for c in tok.children)
    return superlative or tok.dep_ in {"attr", "oprd"}


# What limits at home are on: "severe *output* restrictions" on a bloc's own crops.
_HOME_LIMITS = frozenset({"restriction", "curb", "limit", "control", "ceiling", "cap"})
_LIMITED = frozenset({"output", "production", "price", "credit", "wage", "spending"})


def _domestic_limits(tok: Token) -> bool:
    """ "the Commission is now proposing severe *output restrictions*": limits on one's
    own output, prices or credit are policy at home, not a threat or sanction."""
    if tok.lemma_.lower() not in _HOME_LIMITS:
        return False
    return any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _LIMITED for c in tok.children
    )


def _personal_withdrawal(tok: Token) -> bool:
    """ "*His withdrawal* was announced" (of a nomination): a person's, no troops'."""
    if tok.lemma_.lower() != "withdrawal":
        return False
    own = any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in tok.children)
    return own and not _under(tok, {"of", "from"})


def _trade_service(tok: Token) -> bool:
    """ "the office offers *import and export assistance* and market research to members":
    a service sold to firms, no aid."""
    if tok.lemma_.lower() not in {"assistance", "help", "support"}:
        return False
    return bool(_modifier_words(tok) & {"import", "export", "marketing", "business", "sales"})


def _modifier_words(noun: Token) -> set[str]:
    """Lemmas of a noun's modifiers and of the words joined to them: "*import and
    export* assistance", "*free evening and weekend* calls"."""
    mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    mods += [g for m in mods for g in m.children if g.dep_ in {"conj", "compound", "amod"}]
    return {m.lemma_.lower() for m in mods}


def _loans_to_clients(tok: Token) -> bool:
    """ "Thai banks have offered credit-worthy *clients loans* at market rates": lending."""
    if tok.lemma_.lower() not in {"loan", "credit"}:
        return False
    return any(t.lemma_.lower() in _CLIENTS for t in tok.sent)


_CLIENTS = frozenset({"client", "customer", "borrower", "depositor"})
_STATE_PAPER = frozenset({"state", "treasury", "government", "federal"})


def _state_borrowing(tok: Token) -> bool:
    """ "plans a new fixed eight-year *state loan* at 6-1/4 pct", "*Treasury Loan* stock":
    a government's bond issue (it borrows on the market), no aid, unless lent *to* someone."""
    if tok.lemma_.lower() != "loan" or _under(tok, {"to", "for"}):
        return False
    if any(c.dep_ in {"dative", "iobj"} for c in tok.head.children) or _under(tok.head, {"to"}):
        return False  # "will extend a government loan *to Poland*"
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in _STATE_PAPER for c in tok.children)


# One's own armed acts: halting them is a de-escalation, not a sanction on anyone.
_FIGHTING = frozenset({"attack", "bombing", "raid", "offensive", "fighting", "hostility"})
_FIGHTING |= frozenset({"assault", "shelling", "sabotage", "kidnapping", "kidnaping"})


def _halt_of_trading(tok: Token) -> bool:
    """ "an immediate *suspension in futures trading*": a market halt; "announced the
    *suspension of its bombings* of oil pipelines": a group halting its own attacks."""
    lemma = tok.lemma_.lower()
    if lemma in {"suspend", "halt"}:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _FIGHTING for c in tok.children)
    if lemma not in {"suspension", "halt", "freeze"}:
        return False
    halted = {o.lemma_.lower() for o in _under(tok, {"in", "of"})}
    return bool(halted & ({"trading", "dealing", "trade"} | _FIGHTING))


def _call_for_bids(tok: Token) -> bool:
    """ "issued a *request for proposals* to buy the project": a sale's tender."""
    if tok.lemma_.lower() not in {"request", "call", "invitation"}:
        return False
    return any(
        o.lemma_.lower() in {"proposal", "bid", "offer", "tender"} for o in _under(tok, {"for"})
    )


_RESOURCES = frozenset({"land", "mining", "oil", "gas", "logging", "timber", "exploration"})


def _licence_granted(tok: Token) -> bool:
    """ "was granted an additional *concession* of land to mine gold": a licence."""
    if tok.lemma_.lower() != "concession":
        return False
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod"}}
    of = {o.lemma_.lower() for o in _under(tok, {"of"})}
    return bool((mods | of) & _RESOURCES)


_GUARDING = frozenset({"protect", "shield", "defend", "guard", "insure", "secure", "safeguard"})


def _guarded_against(tok: Token) -> bool:
    """ "to protect the tankers *from Iranian attacks*": attacks guarded against, in general."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"from", "against"}:
        return False
    gov = tok.head.head
    if gov.pos_ in {"NOUN", "PROPN"}:  # "protect *the tankers* from attacks"
        gov = gov.head
    return gov.lemma_.lower() in _GUARDING


def _market_raid(tok: Token) -> bool:
    """ "a 95 mln dlr *share raid*": buying a stake fast, not a raid."""
    return tok.lemma_.lower() == "raid" and any(
        c.dep_ == "compound" and c.lemma_.lower() in _MARKETS for c in tok.children
    )


# Documents an event noun can name the subject of: "the South African *sanctions bill*".
_TITLED = frozenset({"bill", "law", "legislation", "act", "package", "resolution", "plan"})


def _names_a_document(tok: Token) -> bool:
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in _TITLED


_MONEY = frozenset({"fund", "money", "deposit", "capital", "cash", "saving", "asset", "reserve"})
_MONEY |= frozenset({"investment", "offer", "bid", "application", "product", "licence", "license"})


def _money_withdrawn(tok: Token) -> bool:
    """ "a *withdrawal of* surplus funds from pension schemes": money or an offer taken
    back, not a retreat."""
    if tok.lemma_.lower() not in {"withdrawal", "pullout"}:
        return False
    of = (o for o in _under(tok, {"of"}) if o.dep_ == "pobj")
    return any(o.lemma_.lower() in _MONEY for o in of)


def _clause_noun(tok: Token) -> bool:
    """ "proposed that the incoming directors open buyout *talks* with Zenco": a noun the parser
    made the head of a reported clause stands for a misread verb phrase; what the clause
    says cannot be read from it."""
    return tok.dep_ in {"ccomp", "csubj"} and tok.head.pos_ == "VERB"


_MARKETS = frozenset({"market", "stock", "share", "bond", "price", "dollar", "yen", "currency"})
_MARKETS |= frozenset({"index", "future", "equity", "sterling", "mark", "franc", "bourse"})
_MARKETS |= frozenset({"futures", "exchange", "gold", "silver", "crude", "commodity", "yield"})
_MARKETS |= frozenset({"soybean", "wheat", "corn", "cotton", "sugar", "coffee", "cocoa", "grain"})


# What shares rally "on": "*on signs* of strong demand", "on hopes of a deal".
_MARKET_NEWS = frozenset({"sign", "hope", "news", "data", "optimism", "expectation", "report"})
_MARKET_NEWS |= frozenset({"earnings", "speculation", "result", "forecast", "outlook"})


def _market_rally(tok: Token) -> bool:
    """ "sparked a *rally* in local financial markets", "petroleum futures posted a
    *rally*", "gold futures *rallied*", "Chicago *rallied*" (a city for its exchange):
    prices rose; nobody marched."""
    if tok.lemma_.lower() != "rally":
        return False
    if tok.pos_ != "VERB" and any(
        t.lemma_.lower() in _MARKETS for t in tok.subtree if t is not tok
    ):
        return True
    if any(t.lower_ == "street" and t.i > 0 and t.nbor(-1).lower_ == "wall" for t in tok.sent):
        return True  # "staged an explosive rally on *Wall Street*"
    verb = tok if tok.pos_ == "VERB" else tok.head
    if tok.pos_ == "VERB" and any(
        t.lemma_.lower() in {"exchange", "bourse"}
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in {"on", "in"}
        for t in p.subtree
    ):
        return True  # "pork bellies *rallied on the Chicago Mercantile Exchange*"
    if tok.pos_ == "VERB" and any(o.lemma_.lower() in _MARKET_NEWS for o in _under(tok, {"on"})):
        return True  # "chipmakers *rally on signs* that orders for phones are picking up"
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if tok.pos_ == "VERB" and any(s.ent_type_ == "GPE" and s.dep_ == "nsubj" for s in subjects):
        return True  # "the dollar remained steady and *Chicago rallied*": its market did
    return any(t.lemma_.lower() in _MARKETS for s in subjects for t in s.subtree)


_ASSESSING = frozenset({"pose", "represent", "constitute"})


def _assessed(tok: Token) -> bool:
    """ "missiles *posed* a threat", "the strike *represents* a challenge", "is no longer
    a *threat* to", "did not view IBM *as a threat*": the noun rates how dangerous
    something is; no one voiced or did the act."""
    if tok.dep_ in {"dobj", "attr"} and tok.head.lemma_.lower() in _ASSESSING:
        return True
    if tok.lemma_.lower() not in _RATED:
        return False
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _CHANGING:
        return True  # "the threat to Americans *has increased*"
    if any(c.dep_ == "amod" and c.lower_ in _TRENDING for c in tok.children):
        return True  # "the *growing* missile threat from North Korea": a standing danger
    if _national_threat(tok):
        return True  # "referring to *the North Korean threat*"
    if tok.dep_ == "pobj" and tok.head.lower_ in {"under", "with"}:
        return True  # "has come *under threat* from Pyongyang", "lived *with that threat*"
    head = tok
    while head.dep_ == "conj":  # "a reckless breach ... and a *major threat*"
        head = head.head
    return head.dep_ in {"attr", "oprd"} or (head.dep_ == "pobj" and head.head.lower_ == "as")


def _national_threat(tok: Token) -> bool:
    """ "the North Korean threat", "the Soviet threat": a country as a danger, with no act
    threatened ("to fire missiles") or aimed at anyone."""
    kids = list(tok.children)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
    national = any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" for c in kids)
    said = any(c.dep_ in {"acl", "prep", "relcl"} for c in kids)
    return the and national and not said


_CHANGING = frozenset({"increase", "rise", "grow", "diminish", "decline", "recede", "remain"})
_CHANGING |= frozenset({"persist", "fade", "ease", "mount", "loom", "exist"})
# How a standing danger goes: "the *growing* threat from North Korea".
_TRENDING = frozenset({"growing", "increasing", "rising", "mounting", "looming", "constant"})
_TRENDING |= frozenset({"persistent", "ever-present", "potential", "long-standing", "existential"})


_STATE_BODIES = frozenset({"administration", "government", "ministry", "embassy", "cabinet"})
_RATED = frozenset({"threat", "danger", "menace", "challenge", "risk"})
# Words that make an "attack" one in words: "the *constitutional* attack by Bolton".
_IN_WORDS = frozenset({"verbal", "constitutional", "legal", "political", "personal", "public"})
_IN_WORDS |= frozenset({"rhetorical", "written", "scathing", "bitter", "stinging", "editorial"})


def _attack_in_words(tok: Token) -> bool:
    """ "the *constitutional* attack by Bolton", "joined *attacks on a wage freeze*":
    an attack on a policy or measure is made in words."""
    if tok.lemma_.lower() != "attack":
        return False
    if any(c.dep_ == "amod" and c.lemma_.lower() in _IN_WORDS for c in tok.children):
        return True
    if any(
        o.ent_type_ == "PERSON" or (o.pos_ == "PROPN" and o.ent_type_ not in _ACTOR_ENTS)
        for o in _under(tok, {"from"})
    ):
        return True  # "the *attack from Braks*": a politician's words
    on = _under(tok, {"on", "against"})
    if any(o.lemma_.lower() in _VIEWS | _MEASURES | _MARKETS for o in on):
        return True
    # "though loath to criticize Bonn's budget policy, *joined in the attack*": an attack with
    # no one attacked, in a sentence about criticism and with no arms in it
    words = {t.lemma_.lower() for t in tok.sent}
    return not on and bool(words & _CRITICISM) and not words & _ARMS_WORDS


_CRITICISM = frozenset({"criticize", "criticise", "criticism", "critic", "critical"})
_ARMS_WORDS = WEAPONS | frozenset({"gun", "troop", "soldier", "army", "guerrilla", "rebel"})
_ARMS_WORDS |= frozenset({"force", "kill", "wound"})


# Measures and rules: what is attacked in words ("attacks on a wage *freeze*").
_MEASURES = frozenset({"freeze", "law", "tax", "measure", "reform", "budget", "bill", "rule"})
_MEASURES |= frozenset({"market", "markets", "sector", "industry", "problem", "issue"})


def _verbal_clash(tok: Token, rule: TriggerRule) -> bool:
    if rule.lemma not in {"clash", "quarrel", "feud", "spar"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"over", "about"} for c in tok.children):
        return True
    people = [c for c in tok.children if c.dep_ == "nsubj"]
    people += _under(tok, {"with"})
    people += [c for p in people for c in p.children if c.dep_ == "conj"]
    if any(c.dep_ == "amod" and c.lemma_.lower() in _IN_WORDS for c in tok.children):
        return True  # "a *political* clash"
    return bool(people) and all(
        p.ent_type_ in {"PERSON", "ORG"} or p.lemma_.lower() in _POLITICAL for p in people
    )  # "deepening a clash *with the opposition*", "the pilots' union had clashed with
    # Eastern's parent": a dispute between people, parties or firms


# Bodies whose clashes are political: "a clash with the *opposition*".
_POLITICAL = frozenset({"opposition", "party", "parliament", "congress", "senate", "house"})
_POLITICAL |= frozenset({"cabinet", "administration", "government", "management", "union"})
_POLITICAL |= frozenset({"company", "firm", "airline", "parent", "board", "shareholder"})
_POLITICAL |= frozenset({"leader", "politician", "candidate", "minister", "mp", "lawmaker"})
_POLITICAL |= frozenset({"senator", "chancellor", "premier"})  # "the two leaders *clashed*"


_UNITS = frozenset({"brigade", "division", "battalion", "regiment", "force", "troop", "unit"})
_UNITS |= frozenset({"army", "column", "garrison", "platoon", "company"})


def _military_object(tok: Token) -> bool:
    objs = [c for c in tok.children if c.dep_ == "nsubjpass"]  # "brigades *were destroyed*"
    return any(o.lemma_.lower() in _UNITS for o in objs)


_MILITARY_AIMS = frozenset({"target", "position", "base", "installation", "platform", "rig"})


_RAIDED = frozenset({"base", "position", "camp", "village", "town", "hideout", "stronghold"})
_RAIDED |= frozenset({"arsenal", "barracks", "garrison", "outpost", "depot", "airfield"})
# Armed raiders: "rebels *staged a raid* on ...", "guerrillas raided ...".
_RAIDERS = _UNITS | frozenset({"rebel", "guerrilla", "soldier", "commando", "insurgent"})
_RAIDERS |= frozenset({"militia", "militiaman", "gunman", "fighter", "marine", "paratrooper"})


def _military_raid(tok: Token) -> bool:
    """A raid by a state or its forces on bases, camps or a country is an attack; a
    police raid on an office seizes things."""
    if tok.lemma_.lower() != "raid":
        return False
    kids = list(tok.children)
    aims = [c for c in kids if c.dep_ == "dobj"] + _under(tok, {"on", "against"})
    if any(o.lemma_.lower() in _RAIDED or o.ent_type_ in STATE_ENTS for o in aims):
        return True
    if any(m.dep_ == "amod" and m.lower_ == "military" for o in aims for m in o.children):
        return True  # "a raid on a Freetown *military* arsenal"
    subj = next((c for c in kids if c.dep_ in {"nsubj", "poss", "compound", "amod"}), None)
    if subj is None:  # "rebels *staged* an unsuccessful raid"
        subj = _light_subject(tok)
    if subj is None:
        return False
    word = subj.lemma_.lower()
    return subj.ent_type_ in STATE_ENTS or word in _RAIDERS or word[:-1] in _RAIDERS


def _military_strike(noun: Token) -> bool:
    """A country's strike against a country's targets is an attack, not a walkout."""
    if noun.lemma_.lower() != "strike":
        return False
    state = any(
        c.dep_ in {"compound", "poss", "amod"} and c.ent_type_ in STATE_ENTS for c in noun.children
    )
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"launch", "carry", "mount"}:
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        state = state or (subj is not None and subj.ent_type_ in STATE_ENTS)
    aims = _under(noun, {"against", "on"})
    return state and any(
        o.lemma_.lower() in _MILITARY_AIMS
        or any(m.ent_type_ in STATE_ENTS for m in o.children if m.dep_ != "prep")
        for o in aims
    )


def sense_code(tok: Token, rule: TriggerRule) -> str:
    """The rule's code, or the code of the sense the context shows (a clash of words)."""
    if _verbal_clash(tok, rule):
        return "110"
    if rule.lemma in {"hit", "lash"} and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in tok.children
    ):
        return "111"  # "Jowell *hit out at* critics of the bill": criticism
    if rule.cameo == "1712" and _military_object(tok):
        return "190"  # "two brigades *had been destroyed* in the fighting": an assault
    if rule.cameo == "143" and _military_strike(tok):
        return "190"  # "the *U.S. strike against Iranian targets*": an attack
    if rule.cameo == "171" and _military_raid(tok):
        return "190"  # "Pretoria has *raided* alleged ANC *bases*", "the U.S. *raid on Libya*"
    if rule.lemma == "protest" and any(c.dep_ == "dobj" for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.ent_type_ == "GPE" or subj.lemma_.lower() in _STATE_BODIES):
            return "114"  # "the administration *protested* the law": an official complaint
    return rule.cameo
