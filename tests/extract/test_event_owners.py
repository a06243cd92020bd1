"""Whose act it is, and whether anyone acts (issue #6 precision, round 4).

General classes from judged Reuters news (``bench/reuters_event_verdicts*.tsv``), each
with hand-written sentences and controls that must stay coded:

- an event noun under a verb that does something *to* it is not that verb's subject's
  act ("the court dismissed the complaint"); taking part in it is ("farmers joined");
- a nationality adjective is the actor of an event noun ("a Taiwanese boycott");
- an infinitive or gerund adjunct with no actor is a purpose, not an act;
- a deontic clause stating a state ("must receive a certificate") or business advice to
  firms in general is no demand;
- (round 16) one blamed *on* is the target; a complaint's forum is not; a test firing, a
  prevented or an intended act is not done; co-buyers are both sources; the same
  one-sided act reported twice is one event;
- (round 17) "none of X are known to have been", "would" in a relative clause, a gerund
  argued for, routines "every year", duties conjoined, research "means" and topics of a
  future meeting are not done; a quoted "they" is not the speaker;
- (round 18) refusing to oppose is no rejection; vowed retaliation is a threat; duties
  ("have to be agreed", "require that") are not done; a "call for" is no phone call,
  "meeting complaints" no meeting, a clash with the opposition no assault; a subject
  misparsed as a conjoined object and a purpose after an object name no target;
- (round 19) "enough demand from" is market demand; financing an acquisition is no aid;
  a scandal or tax is no party; agreeing how the economy will go is a view; a quoted
  "it" with no antecedent is a thing speaking;
- (round 20) a rock fall is an accident, crowds storming shops riot, relief "from"
  a duty is no release, a meeting "scheduled" is not held, and where goods on sale go is
  no party to accepting an offer;
- (round 21) a question "asked", "has promising" (an adjective), a trading halt, a
  market move welcomed and disaster sites inspected are no acts;
- (round 22) "its neighbour" is not the possessor; a meeting's "on" is its topic; a
  policy is its possessor's; "appear to", struggles "to regain", supply contracts, rights
  surrendered, positions defended and industries "injured" are no acts;
- (round 23) a takeover "fought off", a product that "appeals to buyers", a shopping trip
  and a fact reported under a framed verb are no acts; "a plea by X" names the target; a
  meeting "between" others is not the clause subject's;
- (round 24) a digest's dateline ("MANILA -") is no actor; a crash's toll is no assault;
  an event noun told twice by the same side is one event;
- (round 25) quakes, questions "when asked", replies "shot back", comment refused, posts
  occupied, bans in force, forecasts and listed demands are no acts; a verb's "with"
  counterparts are not its sources; a nation named twice is one party;
- (round 26) a board's or governors' own meeting, dealings at a tender, a strike only
  threatened, acts one is "set to" do, a document's terms, "fight for" a policy, "Thank
  God", demands "met", a wish for others' acts and money-market operations are no acts;
  "at the request of X" names X as the asker; mergers and remarks are no parties; a place
  beside a court and a place where people fought "each other" are no targets;
- (round 27) habits ("talked often"), acts not ruled out, encouraged or with "few signs",
  due diligence, welcomed profits, forecasts of a firm's performance, a body's own
  committee meeting, events dating a span ("the first since ...") and what a noun is "to
  work with" are no acts; routine violence stays an event (the PLOVER gold codes it);
- (round 28) "fight against" a tax, bankruptcy protection sought, an inverted condition
  ("Should Japan open ..."), acts "almost certain", intents given up ("had wanted to")
  and standing stances ("has always supported") are no acts; posts resigned, requirements
  and whom a demanded act is done to are not parties;
- (round 29) "none" who asked, views agreed ("agreed that ... likely would"), suspicions,
  routines of bare plurals ("farmers sign contracts"), failures hailed and a proposal's
  terms are no acts; commodities, wars and the court a suit is heard in are no parties;
- (round 30) a body's meetings dated "next week's", visits "under consideration",
  employment ("works with"), launches ("hit the airwaves"), premises occupied and an
  unnamed many holding talks are no acts; a city a pact is named after, beneficiaries of
  an appeal and convictions are no parties;
- (round 31) an ending told ("the lifting of the suspension"), "might be willing", a
  firm's start of operations, a merger's welcome, negotiations a deal "opened the door
  to" and a complaint "protesting that" are no acts; "the sanctions" told again is one
  event; the source's own country beside another target is whom the act was for;
- (round 32) views "agreed and said", an option's terms, a request's content ("for the
  Institute to ask"), market fights, backing and costs met by things are no acts; a
  principal "on whose behalf" one visits is not visited;
- (round 33) deaths in floods, analysts who "agreed" and prices defended are no acts;
  company-name tails ("Co Ltd"), a venture one withdraws "from", the party whose act is
  criticised only through its owner, payments and the several counterparts of talks
  "with" are no parties; "signed the agreement" told again is one event;
- (round 34) a missile fired at a hulk, "It strikes me odd", support of a dismissal,
  release from receivership and forecasts of operations are no acts; "signed the
  agreement with X" told again is one event; a court's district is no party;
- (round 35) acts "until" others agree, a crash's toll in a relative clause, support
  "rallied behind", efforts "deployed", an overtime ban, a request for proposals, strikes
  only voted for and "no assurance" of an act are no acts; a delegation one heads and a
  summit's city are no parties; a country's strike against targets is an attack; "will
  not agree to" a ceasefire is a refusal;
- (round 36) a contract's services, a trading halt sought, a trend of many, freedom from
  prosecution, hopes that others act, currency controls and a strike settled are no acts;
  topics to discuss and the destination of goods are no parties; "the agreement was
  signed by" told again is one event;
- (round 37) views "agreed and said", donations in general, "demonstrated that", loans
  to clients and polls are no acts; a country's launched strike is an attack; a firm's
  city, a position as the antecedent of "he", a trade round named after a country and
  spending are no parties;
- (round 38) questions are no acts; a letter's recipients do not "seek" what it seeks;
  raids by a state on bases, camps or a country are attacks, police raids seizures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.config import Config, load_config
from eventwire.model import Article, Document, Event
from eventwire.pipeline import build_pipeline

CodeEvents = Callable[[str, dict[str, str]], list[Event]]


def _sources(events: list[Event], kind: str) -> list[list[str]]:
    return [[s.text for s in e.source_actors] for e in events if e.type == kind]


NOT_THE_SUBJECTS_ACT = [
    ("The lower court dismissed the complaint against the bank.", {}, "ACCUSE", "court"),
    ("Iraq said its forces repelled the offensive near Basra.", {"Iraq": "GPE"}, "ASSAULT", "Iraq"),
    ("The government reported strikes at two mines.", {}, "PROTEST", "government"),
]


@pytest.mark.parametrize(("text", "actors", "kind", "actor"), NOT_THE_SUBJECTS_ACT)
def test_what_is_done_to_an_event_is_not_its_act(
    code_events: CodeEvents, text: str, actors: dict[str, str], kind: str, actor: str
) -> None:
    found = _sources(code_events(text, actors), kind)
    assert not any(actor in s for sources in found for s in sources), found


def test_taking_part_in_an_event_makes_it_ones_own(code_events: CodeEvents) -> None:
    found = _sources(code_events("About 5,000 farmers joined the demonstrations.", {}), "PROTEST")
    assert found and "farmers" in found[0][0]


def test_a_nationality_adjective_is_the_actor_of_an_event_noun(code_events: CodeEvents) -> None:
    text = "The decision caused a Taiwanese boycott of the bank's meeting."
    assert _sources(code_events(text, {"Taiwanese": "NORP"}), "PROTEST") == [["Taiwanese"]]


OWNERLESS_CLAUSE = [
    (
        "Aides were more interested in keeping their skirts clean than supporting the president.",
        {},
    ),
    (
        "The move came after halting payment to the banks of Placid Oil Co.",
        {"Placid Oil Co": "ORG"},
    ),
    ("The grand jury investigating the Iran arms scandal met again on Tuesday.", {"Iran": "GPE"}),
]


@pytest.mark.parametrize(("text", "actors"), OWNERLESS_CLAUSE)
def test_a_gerund_or_purpose_with_no_actor_is_no_act(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    assert code_events(text, actors) == []


def test_an_agentless_passive_stays_coded(code_events: CodeEvents) -> None:
    events = code_events("About 20 protesters were arrested in the capital.", {})
    assert [e.type for e in events] == ["COERCE"]


NO_DEMAND = [
    (
        "Angelo Mozilo told analysts that the company should have a portfolio of 11 billion dlrs.",
        {"Angelo Mozilo": "PERSON"},
    ),
    ("Cummins said the company should make progress on costs this year.", {"Cummins": "ORG"}),
]


@pytest.mark.parametrize(("text", "actors"), NO_DEMAND)
def test_states_and_business_advice_are_no_demand(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    assert not [e for e in code_events(text, actors) if e.type == "REQUEST"]


DEMANDS = [
    (
        "Straw said the Sudanese government and the rebels must reach an agreement.",
        {"Straw": "PERSON"},
    ),
    (
        "Industrial firms should issue convertible bonds, the finance ministry spokesman said.",
        {},
    ),
]


@pytest.mark.parametrize(("text", "actors"), DEMANDS)
def test_demands_on_parties_stay_coded(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    assert [e.type for e in code_events(text, actors)] == ["REQUEST"]


def test_a_plan_calling_for_something_is_no_request(code_events: CodeEvents) -> None:
    text = "The Democrat budget plan calls for 19 billion dlrs in new taxes next year."
    assert code_events(text, {"Democrat": "NORP"}) == []


def test_holders_of_a_firms_paper_are_not_the_firm(code_events: CodeEvents) -> None:
    text = (
        "Holders of subordinated notes of Harcourt Brace Jovanovich Inc threatened to "
        "sue the publisher over its recapitalization."
    )
    events = code_events(text, {"Harcourt Brace Jovanovich Inc": "ORG"})
    assert all("Harcourt" not in s.text for e in events for s in e.source_actors)


def test_a_possible_summit_is_no_meeting(code_events: CodeEvents) -> None:
    text = (
        "Observers think Reagan and the Democratic leadership may at last sit down at a "
        "budget summit to settle the deficit dispute."
    )
    assert not [e for e in code_events(text, {"Reagan": "PERSON"}) if e.type == "CONSULT"]


@pytest.fixture(scope="module")
def analyse(cfg: Config) -> Callable[[str], Document]:
    """The whole pipeline (entities resolve "its board" to the firm)."""
    pipeline = build_pipeline(cfg)
    return lambda text: pipeline.run(Article(text, "test", id="test"))


def test_a_boards_own_meetings_are_no_intent_to_meet(analyse: Callable[[str], Document]) -> None:
    text = (
        "AMC said its board had hired outside financial and legal advisers and expects "
        "to meet several times in the coming weeks to study the offer."
    )
    assert analyse(text).events == ()


def test_goods_supplied_to_makers_are_trade(analyse: Callable[[str], Document]) -> None:
    text = (
        "Fujitsu designs comparable memory chips and supplies them to several U.S. "
        "computer makers, the analysts said."
    )
    assert analyse(text).events == ()


def test_aid_supplied_to_a_country_stays(code_events: CodeEvents) -> None:
    text = "Japan supplied food aid to Ethiopia last month."
    assert [e.type for e in code_events(text, {"Japan": "GPE", "Ethiopia": "GPE"})] == ["AID"]


def test_a_warning_to_take_care_is_no_threat(code_events: CodeEvents) -> None:
    text = "However, she warned traders to bear in mind the legal risks of the merger."
    assert code_events(text, {}) == []


def test_a_warning_with_a_consequence_stays_a_threat(code_events: CodeEvents) -> None:
    text = "Iran warned Kuwait to stop helping Iraq or face attacks on its ships."
    events = code_events(text, {"Iran": "GPE", "Kuwait": "GPE", "Iraq": "GPE"})
    assert "THREATEN" in [e.type for e in events]


def test_agreeing_on_how_a_measure_will_go_is_no_agreement(code_events: CodeEvents) -> None:
    text = "Smolinski of Data Resources agreed that the trade gap would likely narrow by 1989."
    assert code_events(text, {"Smolinski": "PERSON", "Data Resources": "ORG"}) == []


def test_one_firm_named_with_commas_is_one_party(analyse: Callable[[str], Document]) -> None:
    text = (
        "Mindscape Inc said it agreed to acquire the school software division of Holt, "
        "Rinehart and Winston Inc, a unit of Harcourt Brace Jovanovich Inc, for an "
        "undisclosed sum."
    )
    events = analyse(text).events
    assert [len(e.target_actors) for e in events] == [1]


def test_sanctions_only_recommended_are_not_imposed(code_events: CodeEvents) -> None:
    text = (
        "The White House Economic Policy Council decided on Thursday to recommend "
        "sanctions against Japan for breaking the 1986 microchip pact."
    )
    events = code_events(text, {"White House Economic Policy Council": "ORG", "Japan": "GPE"})
    assert not [e for e in events if e.type == "SANCTION"]


def test_a_noun_parsed_as_a_clause_is_no_event(code_events: CodeEvents) -> None:
    text = (
        "Several big investors suggested that a freshly elected board pursue merger "
        "talks with Imtec."
    )
    assert code_events(text, {"Imtec": "ORG"}) == []


def test_aircraft_raids_are_air_strikes(code_events: CodeEvents) -> None:
    text = "Israeli helicopter gunships raided south Lebanon on Monday."
    events = code_events(text, {"Israeli": "NORP", "Lebanon": "GPE"})
    assert [(e.type, e.cameo) for e in events] == [("ASSAULT", "195")]


NOT_DONE_OR_NOT_SO = [
    ("Wright, a Texas Democrat, called the meeting two weeks ago.", {"Wright": "PERSON"}),
    (
        "Under legislation cleared by a Senate panel, the U.S. Treasury would be "
        "required to ask its trading partners for their opinions.",
        {"U.S. Treasury": "ORG"},
    ),
    (
        "The United States has publicly attacked Japan's cautious budget policy.",
        {"United States": "GPE", "Japan": "GPE"},
    ),
    (
        "Washington warned Tokyo that it must open its markets.",
        {"Washington": "GPE", "Tokyo": "GPE"},
    ),
    (
        (
            "Officials of the U.S. rice industry have indicated they would consider lodging "
            "a new complaint against the Japan rice import ban."
        ),
        {"U.S.": "GPE", "Japan": "GPE"},
    ),
]


@pytest.mark.parametrize(("text", "actors"), NOT_DONE_OR_NOT_SO)
def test_convened_required_verbal_or_considered_acts(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    assert code_events(text, actors) == []


def test_where_a_pledge_was_made_is_no_party(code_events: CodeEvents) -> None:
    text = "Japan pledged in Paris in February to take steps to stimulate its economy."
    events = code_events(text, {"Japan": "GPE", "Paris": "GPE"})
    assert [[t.text for t in e.target_actors] for e in events] == [[]]


def test_agreeing_there_should_be_something_is_an_opinion(code_events: CodeEvents) -> None:
    text = (
        "De Vries praised the move to dispose of surplus butter stocks and agreed there "
        "should be less strain on storage capacity."
    )
    assert "AGREE" not in [e.type for e in code_events(text, {"De Vries": "PERSON"})]


ROUND_SIX = [
    # market commentators named with others
    (
        "The brokers and analysts complained that such sharp price swings would scare "
        "retail investors away from the exchange.",
        {},
    ),
    # a pact's purpose, still to be signed
    (
        (
            "<Mitsui Investment Management Co Ltd> (MIMCL) and <Alliance Capital Management "
            "International Inc> (ACMII) will sign an accord early next month to cooperate "
            "in global asset management, an MIMCL official said."
        ),
        {
            "Mitsui Investment Management Co Ltd": "ORG",
            "Alliance Capital Management International Inc": "ORG",
        },
    ),
]


@pytest.mark.parametrize(("text", "actors"), ROUND_SIX)
def test_commentary_money_and_purposes_are_no_acts(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    assert [e.type for e in code_events(text, actors) if e.type != "AGREE"] == []


def test_a_court_a_suit_is_filed_in_is_no_target(code_events: CodeEvents) -> None:
    text = "Baker filed a lawsuit in Texas district court on Monday."
    events = code_events(text, {"Baker": "PERSON", "Texas": "GPE"})
    assert [[t.text for t in e.target_actors] for e in events] == [[]]


def test_a_firms_own_shareholder_meeting_is_no_intent_to_meet(code_events: CodeEvents) -> None:
    text = (
        "Heritage Communications Inc, the cable operator, said it now expects to hold a "
        "special shareholder meeting at the end of May."
    )
    assert code_events(text, {"Heritage Communications Inc": "ORG"}) == []


def test_lending_between_firms_is_no_aid(analyse: Callable[[str], Document]) -> None:
    text = (
        "The state-owned Philippine National Bank will fund Toyota Motor Corp's planned "
        "purchase of its former local partner's manufacturing facilities."
    )
    assert [e.type for e in analyse(text).events if e.type == "AGREE"] == []


def test_continuing_to_ask_stays_a_request(code_events: CodeEvents) -> None:
    text = (
        "She said the Japanese side will continue to ask the miners to improve delivery schedules."
    )
    assert "REQUEST" in [e.type for e in code_events(text, {"Japanese": "NORP"})]


def test_money_withdrawn_is_no_retreat(analyse: Callable[[str], Document]) -> None:
    text = (
        "Ultramar said the charge also covered the cost of another restructuring, "
        "partly balanced by a withdrawal of excess funds from U.S. Pension schemes, and "
        "a provision for the sale of its tanker fleet."
    )
    assert [e.type for e in analyse(text).events if e.type == "RETREAT"] == []


def test_what_is_sold_or_held_is_no_party(code_events: CodeEvents) -> None:
    sale = (
        "Bank of America's branch in West Germany said on Monday it is negotiating a "
        "sale of Bankhaus Centrale Credit AG, which it bought in 1965 as a small "
        "regional lender."
    )
    assert code_events(sale, {"Bank of America": "ORG", "Bankhaus Centrale Credit AG": "ORG"}) == []
    holding = (
        "Two members of the Billes family have agreed to tender their combined 60 pct "
        "holding of Canadian Tire's voting shares to the bid."
    )
    events = code_events(holding, {"Billes": "PERSON", "Canadian Tire": "ORG"})
    assert all("Canadian Tire" not in t.text for e in events for t in e.target_actors)


def test_a_pact_misread_as_a_participle_asks_no_one(code_events: CodeEvents) -> None:
    text = (
        "The pact, hammered out last July after weeks of tense talks, called on Japan "
        "to end sales of cheap chips in third countries."
    )
    assert code_events(text, {"Japan": "GPE"}) == []


def test_reinforced_petitions_are_no_troops(
    code_events: CodeEvents, analyse: Callable[[str], Document]
) -> None:
    text = (
        "Niagara said it is worried by the steady cuts in its allowed returns and has "
        "reinforced petitions to grant it a fair profit on equity."
    )
    assert analyse(text).events == ()
    troops = code_events("Iraq reinforced its troops along the border.", {"Iraq": "GPE"})
    assert [e.type for e in troops] == ["MOBILIZE"]


MARKET_AND_WORDS = [
    (
        (
            "Heating oil futures staged a modest rally on the New York Mercantile Exchange "
            "on Friday."
        ),
        {"New York Mercantile Exchange": "ORG"},
    ),
    (
        "Gold futures rallied on the Commodity Exchange in New York.",
        {"Commodity Exchange": "ORG", "New York": "GPE"},
    ),
    (
        "Martin said he did not view IBM as a real threat to DEC in minicomputers.",
        {"Martin": "PERSON", "IBM": "ORG", "DEC": "ORG"},
    ),
    (
        "The legal attack by Assistant Attorney General John Bolton was the "
        "administration's first formal objection to the law.",
        {"John Bolton": "PERSON"},
    ),
    (
        (
            "International Business Machines Corp should begin a come-back late next year, "
            "according to analyst Rick Martin of Sanford C. Bernstein Co Inc."
        ),
        {"International Business Machines Corp": "ORG", "Rick Martin": "PERSON"},
    ),
    (
        (
            "Harada said Japan should not view growth in domestic demand as something "
            "forced on it by pressure from abroad."
        ),
        {"Harada": "PERSON", "Japan": "GPE"},
    ),
]


@pytest.mark.parametrize(("text", "actors"), MARKET_AND_WORDS)
def test_markets_ratings_words_and_forecasts_are_no_acts(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    assert code_events(text, actors) == []


def test_people_still_rally_and_protest(code_events: CodeEvents) -> None:
    text = "Thousands of farmers rallied in Paris against the EC price cuts."
    assert [e.type for e in code_events(text, {"Paris": "GPE", "EC": "ORG"})] == ["PROTEST"]


def test_they_is_not_a_singular_firm(analyse: Callable[[str], Document]) -> None:
    text = (
        "The company said it locked out striking union members because they threatened "
        "to sabotage production."
    )
    assert all("company" not in s.text for e in analyse(text).events for s in e.source_actors)


def test_a_coordinated_active_verb_is_not_passive(code_events: CodeEvents) -> None:
    text = "Only Brazil was mentioned in the closing statement and promised anything, Sodano said."
    events = code_events(text, {"Brazil": "GPE", "Sodano": "PERSON"})
    assert [[s.text for s in e.source_actors] for e in events] == [["Brazil"]]


def test_a_request_that_may_be_made_is_not_made(code_events: CodeEvents) -> None:
    text = (
        "Diplomats in London said King Fahd may ask Britain to resume ties with Syria "
        "during his visit."
    )
    actors = {"King Fahd": "PERSON", "Britain": "GPE", "Syria": "GPE"}
    assert code_events(text, actors) == []


def test_not_all_agreeing_is_no_agreement(code_events: CodeEvents) -> None:
    text = (
        "Alliance Well Service Inc said not all of its lenders have yet agreed to the "
        "planned restructuring of Alliance debt it announced last month."
    )
    assert code_events(text, {"Alliance Well Service Inc": "ORG", "Alliance": "ORG"}) == []


def test_what_a_firm_or_state_buys_is_no_party(code_events: CodeEvents) -> None:
    planes = "Saudi Arabia has agreed to buy 50 combat aircraft, among them 30 Hawk trainers."
    events = code_events(planes, {"Saudi Arabia": "GPE"})
    assert [[t.text for t in e.target_actors] for e in events] == [[]]
    shares = "Teck Corp agreed to purchase 2.8 mln Trilogy treasury shares at 1.25 dlrs each."
    events = code_events(shares, {"Teck Corp": "ORG", "Trilogy": "ORG"})
    assert [[t.text for t in e.target_actors] for e in events] == [[]]


def test_a_firm_bought_stays_the_party(code_events: CodeEvents) -> None:
    text = "Peripheral Systems Inc said it agreed to acquire Nucell Inc."
    events = code_events(text, {"Peripheral Systems Inc": "ORG", "Nucell Inc": "ORG"})
    assert [[t.text for t in e.target_actors] for e in events] == [["Nucell Inc."]]


def test_workers_of_a_firm_act_for_themselves(code_events: CodeEvents) -> None:
    text = (
        "Nearly 800 employees of Bangladesh Shipping Corp called off their week-long "
        "strike on Tuesday."
    )
    events = code_events(text, {"Bangladesh Shipping Corp": "ORG"})
    assert [[s.text for s in e.source_actors] for e in events] == [
        ["Nearly 800 employees of Bangladesh Shipping Corp"]
    ]
    assert all(not e.sources for e in events)  # the nominal workers, not the firm's entity


def test_goods_supplied_to_a_company_are_trade(analyse: Callable[[str], Document]) -> None:
    text = "Fujitsu said it supplied computer chips to Siemens AG of West Germany last year."
    assert analyse(text).events == ()


def test_an_event_given_as_a_cause_is_no_intent(analyse: Callable[[str], Document]) -> None:
    text = (
        "With the mark so strong and the wage negotiations between Germany's "
        "engineering employers and the unions still open, the Bundesbank would be "
        "unlikely to make any move on interest rates, dealers said."
    )
    assert [e.type for e in analyse(text).events] == ["CONSULT"]


def test_securities_are_no_security_forces(code_events: CodeEvents) -> None:
    text = (
        "Officials said the Securities and Exchange Commission is investigating "
        "suspected price rigging in securities for which Shearson Lehman Brothers Inc "
        "acted as market maker."
    )
    actors = {"Securities and Exchange Commission": "ORG", "Shearson Lehman Brothers Inc": "ORG"}
    assert all(t.text != "securities" for e in code_events(text, actors) for t in e.target_actors)


def test_attacks_on_a_measure_and_shared_views_are_words(code_events: CodeEvents) -> None:
    attacks = (
        "Trade union leaders in Belgrade have joined the attacks on a disputed pay "
        "freeze in Yugoslavia."
    )
    assert code_events(attacks, {"Belgrade": "GPE", "Yugoslavia": "GPE"}) == []
    view = "Baudouin said that most ministers were broadly agreed on the merits of reviving growth."
    assert code_events(view, {"Baudouin": "PERSON"}) == []
    raid = code_events("Iraq launched attacks on Iranian positions.", {"Iraq": "GPE"})
    assert [e.type for e in raid] == ["ASSAULT"]


DATES_MARKETS_AND_UNWILLING = [
    (
        "At its weekly tender on April 6, the Bank of France will offer 4 billion "
        "francs of Treasury bills, it said.",
        {"Bank of France": "ORG"},
    ),
    (
        "He said that sovereign issues were mainly in demand, with U.S. bank paper "
        "largely ignored by investors.",
        {"U.S.": "GPE"},
    ),
    (
        "Texaco was unwilling to pledge the stock of its foreign subsidiaries to the banks.",
        {"Texaco": "ORG"},
    ),
    (
        "Leigh-Pemberton attacked the practice of putting a company into play.",
        {"Leigh-Pemberton": "PERSON"},
    ),
]


@pytest.mark.parametrize(("text", "actors"), DATES_MARKETS_AND_UNWILLING)
def test_dates_demand_unwillingness_and_practices(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    assert code_events(text, actors) == []


def test_the_island_where_soldiers_were_killed_is_no_target(code_events: CodeEvents) -> None:
    text = (
        "Communist guerrillas killed 18 soldiers in an ambush on Mindanao island, in "
        "the south of the Philippines."
    )
    events = code_events(text, {"Mindanao": "GPE", "Philippines": "GPE"})
    assert [[t.text for t in e.target_actors] for e in events] == [["18 soldiers"]]


NOT_ACTS_ROUND_TEN = [
    (
        (
            "Venezuela, Chile and the Philippines have already struck rescheduling "
            "agreements with their creditor banks."
        ),
        {"Venezuela": "GPE", "Chile": "GPE", "Philippines": "GPE"},
    ),
    (
        (
            "The Reagan administration is still not inclined to bow to Congressional "
            "pressure for new banking rules."
        ),
        {"Reagan": "PERSON", "Congressional": "ORG"},
    ),
    (
        "Conservative Republicans have traditionally opposed U.S. funding for the banks.",
        {"Republicans": "NORP", "U.S.": "GPE"},
    ),
    (
        "Quintette Coals and Japanese steelmakers failed to agree on the coal base price.",
        {"Quintette Coals": "ORG", "Japanese": "NORP"},
    ),
    (
        "Congress passed the tough South African sanctions bill last October.",
        {"Congress": "ORG", "South African": "NORP"},
    ),
]


@pytest.mark.parametrize(("text", "actors"), NOT_ACTS_ROUND_TEN)
def test_deals_dispositions_stances_failures_and_titles(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    assert code_events(text, actors) == []


def test_jets_still_strike(code_events: CodeEvents) -> None:
    events = code_events("Iraqi jets struck an Iranian oil platform.", {"Iraqi": "NORP"})
    assert [e.type for e in events] == ["ASSAULT"]


def test_a_mislemmatised_cue_still_frames(code_events: CodeEvents) -> None:
    text = "A dealer said his company hoped to meet Texaco officials in person next week."
    events = code_events(text, {"Texaco": "ORG"})
    assert [(e.type, e.cameo) for e in events] == [("AGREE", "036")]


ROUND_ELEVEN = [
    (
        "We are launching an all-out attack on the Asian tablet market, Ferraro said.",
        {"Ferraro": "PERSON"},
    ),
    (
        "Worry is growing that gains in domestic corn output threaten the U.S. ethanol program.",
        {"U.S.": "GPE"},
    ),
]


@pytest.mark.parametrize(("text", "actors"), ROUND_ELEVEN)
def test_sales_pushes_and_things_that_threaten(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    assert code_events(text, actors) == []


def test_an_act_backed_keeps_its_own_target(code_events: CodeEvents) -> None:
    text = (
        "The U.S. Senate overwhelmingly backed President Reagan's punitive strike "
        "against Iranian naval targets in the Gulf."
    )
    events = code_events(text, {"U.S. Senate": "ORG", "Reagan": "PERSON", "Iranian": "NORP"})
    kinds = {e.type: [t.text for t in e.target_actors] for e in events}
    assert kinds["SUPPORT"] == ["President Reagan's punitive strike"]
    assert kinds["ASSAULT"] == ["Iranian naval targets in the Gulf"]


def test_strikes_in_support_of_a_union_do_not_target_it(code_events: CodeEvents) -> None:
    text = (
        "The union said 12,400 workers held brief warning strikes on Tuesday in support "
        "of the union's demands for better pay."
    )
    events = code_events(text, {})
    assert all(not e.target_actors for e in events if e.type == "PROTEST")


def test_an_act_only_favoured_is_not_done(code_events: CodeEvents) -> None:
    text = (
        "Markey said he did not favor outlawing hostile bids but believed the rules "
        "needed tightening."
    )
    assert code_events(text, {"Markey": "PERSON"}) == []


def test_wall_street_rallies_and_rising_demand_are_markets(code_events: CodeEvents) -> None:
    rally = (
        "General Motors Corp staged a sharp rally on Wall Street following news of a "
        "stock repurchase plan."
    )
    assert code_events(rally, {"General Motors Corp": "ORG", "Wall Street": "LOC"}) == []
    demand = "The telexes reflect a poor Cuban crop and increasing Soviet demand, traders said."
    assert code_events(demand, {"Cuban": "NORP", "Soviet": "NORP"}) == []


def test_a_coordinated_progressive_is_active(code_events: CodeEvents) -> None:
    text = "TRE had been questioned by SEC staff last month and was cooperating with the inquiry."
    events = code_events(text, {"TRE": "ORG", "SEC": "ORG"})
    coop = [e for e in events if e.type == "COOPERATE"]
    assert [[s.text for s in e.source_actors] for e in coop] == [["TRE"]]


ROUND_TWELVE = [
    (
        "As part of the deal, Principal Neo-Tech received cash and preferred stock of "
        "Energy Holdings.",
        {"Principal Neo-Tech": "ORG", "Energy Holdings": "ORG"},
    ),
    (
        "Saudi Arabia's 11 commercial banks are resigned to not being able to recoup loans.",
        {"Saudi Arabia": "GPE"},
    ),
    (
        (
            "Western envoys said they detected no signs of an immediate intention to impose "
            "sanctions against Japan."
        ),
        {"Japan": "GPE"},
    ),
    (
        (
            "Equitable said on Tuesday it has executed a 99-year ground lease with "
            "Federated Department Stores Inc."
        ),
        {"Equitable": "ORG", "Federated Department Stores Inc": "ORG"},
    ),
    (
        (
            "France said Deutsche should report earnings of 62 marks per share for 1987 on "
            "the German DVFA basis."
        ),
        {"Deutsche": "ORG", "France": "PERSON"},
    ),
    (
        "A bank spokeswoman said the Chicago meeting will be held to inform the shareholders.",
        {"Chicago": "GPE"},
    ),
]


@pytest.mark.parametrize(("text", "actors"), ROUND_TWELVE)
def test_paper_acceptance_no_intention_deals_results_and_venues(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    assert code_events(text, actors) == []


def test_a_price_is_no_party(code_events: CodeEvents) -> None:
    text = (
        "Bond Corp Holdings Ltd said it has agreed to buy a 65 pct interest in Merlin "
        "from Crowley Maritime Corp for 72.4 mln U.S. Dlrs."
    )
    actors = {
        "Bond Corp Holdings Ltd": "ORG",
        "Crowley Maritime Corp": "ORG",
        "U.S. Dlrs": "PERSON",
    }
    events = code_events(text, actors)
    assert [[t.text for t in e.target_actors] for e in events] == [["Crowley Maritime Corp"]]


def test_executions_and_refugees_stay(code_events: CodeEvents) -> None:
    executed = code_events("Iraq executed two Iranian prisoners.", {"Iraq": "GPE"})
    assert [e.type for e in executed] == ["ASSAULT"]
    received = code_events("Israel received hundreds of refugees.", {"Israel": "GPE"})
    assert [e.type for e in received] == ["CONSULT"]


def test_a_first_conjunct_means_is_no_target(code_events: CodeEvents) -> None:
    text = (
        "Iran has used its offshore Gulf platforms as bases to launch helicopter and "
        "speedboat attacks on neutral shipping."
    )
    events = code_events(text, {"Iran": "GPE", "Gulf": "LOC"})
    assert all("helicopter" not in t.text for e in events for t in e.target_actors)


def test_staff_fired_are_dismissed(code_events: CodeEvents) -> None:
    text = "Harlow said that Delta had fired nine baggage handlers on the spot last Friday."
    assert code_events(text, {"Harlow": "PERSON", "Delta": "ORG"}) == []
    troops = code_events("Troops fired on the demonstrators.", {})
    assert [e.type for e in troops] == ["ASSAULT"]


def test_a_pact_named_for_a_city_is_not_the_citys(analyse: Callable[[str], Document]) -> None:
    text = (
        "Chirac told reporters that James Baker, the U.S. Treasury Secretary, was "
        "determined to support the February 22 Paris agreement to keep currencies "
        "stable."
    )
    events = analyse(text).events
    assert all("Paris" not in t.text for e in events for t in e.target_actors)


ROUND_THIRTEEN = [
    (
        "The waiver enables Redland to accept the CSR offer before the end of the year.",
        {"Redland": "ORG"},
    ),
    (
        "The reflagging is designed to protect Kuwaiti tankers from Iranian attacks in the Gulf.",
        {"Iranian": "NORP"},
    ),
    (
        "ETL built up an 11.2 pct holding in Monier in a 78 mln dlr share raid last week.",
        {"ETL": "ORG", "Monier": "ORG"},
    ),
    (
        (
            "Iran has test-fired a Chinese-made Silkworm missile near the Strait of Hormuz, "
            "U.S. officials said."
        ),
        {"Iran": "GPE"},
    ),
    (
        "Keller said refiners are investigating a fresh wave of techniques that promise "
        "cheaper fuel.",
        {"Keller": "PERSON"},
    ),
    ("Port officials said the maritime unions imposed bans on late Thursday.", {}),
]


@pytest.mark.parametrize(("text", "actors"), ROUND_THIRTEEN)
def test_powers_protection_markets_tests_research_and_work_bans(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    assert code_events(text, actors) == []


def test_real_inquiries_and_attacks_stay(code_events: CodeEvents) -> None:
    probe = code_events("The SEC is investigating Boesky.", {"SEC": "ORG", "Boesky": "PERSON"})
    assert [e.type for e in probe] == ["ACCUSE"]
    hits = code_events(
        "Kuwait's ships have been the target of Iranian attacks.", {"Iranian": "NORP"}
    )
    assert [e.type for e in hits] == ["ASSAULT"]


def test_a_report_released_and_a_firm_striking_are_no_events(code_events: CodeEvents) -> None:
    report = (
        "Boeing said it will not discuss the safety study until it is formally released next month."
    )
    assert code_events(report, {"Boeing": "ORG"}) == []
    firm = "It would be smart, one analyst said, for Sun Chemical to strike before the share sale."
    assert code_events(firm, {"Sun Chemical": "ORG"}) == []
    freed = code_events("Kidnappers released the hostages.", {})
    assert [e.type for e in freed] == ["RETREAT"]


def test_declining_comment_and_own_shareholders_meetings(code_events: CodeEvents) -> None:
    comment = (
        "Louisiana Pacific refused to indicate when its Oregon sawmill might resume operations."
    )
    assert code_events(comment, {"Louisiana Pacific": "ORG"}) == []
    meeting = (
        "The company said it will hold a special shareholders' meeting on June 2 to "
        "vote on the plan."
    )
    assert code_events(meeting, {}) == []
    refusal = code_events("Iran refused to negotiate with Iraq.", {"Iran": "GPE", "Iraq": "GPE"})
    assert [e.type for e in refusal] == ["REJECT"]


def test_analysts_applause_and_hedged_forecasts_are_no_acts(code_events: CodeEvents) -> None:
    applause = (
        "Arlene Barnes, an analyst at First Boston Corp, applauded the utility's "
        "decision despite the drop in its shares."
    )
    assert code_events(applause, {"First Boston Corp": "ORG", "Arlene Barnes": "PERSON"}) == []
    forecast = (
        "Shiratori said Nakasone will almost certainly step down once the Diet passes the budget."
    )
    assert code_events(forecast, {"Nakasone": "PERSON", "Shiratori": "PERSON"}) == []


def test_a_partys_home_country_is_no_second_party(analyse: Callable[[str], Document]) -> None:
    text = (
        "Allied-Signal Inc said it has agreed to sell its Bendix brakes unit to Robert "
        "Bosch GmbH of West Germany."
    )
    targets = [t.text for e in analyse(text).events for t in e.target_actors]
    assert targets and "West Germany" not in targets


ROUND_FOURTEEN = [
    (
        "By then he will have worked 31 years with Texas Instruments, a spokesman said.",
        {"Texas Instruments": "ORG"},
    ),
    (
        "Many analysts seemed to agree with Chicago Mercantile Exchange pit traders "
        "that the hog report would be bullish.",
        {"Chicago Mercantile Exchange": "ORG"},
    ),
    (
        (
            "Sumitomo said it and three other trading houses had jointly concluded "
            "negotiations to ship steel pipes to China and the Soviet Union."
        ),
        {"Sumitomo": "ORG", "China": "GPE", "Soviet Union": "GPE"},
    ),
    (
        "Nova Scotia and Manitoba had opposed the pipeline deal at Energy Board hearings.",
        {"Nova Scotia": "GPE", "Manitoba": "GPE", "Energy Board": "ORG"},
    ),
]


@pytest.mark.parametrize(("text", "actors"), ROUND_FOURTEEN)
def test_employment_commentary_destinations_and_hearings(
    code_events: CodeEvents, text: str, actors: dict[str, str]
) -> None:
    events = code_events(text, actors)
    assert all(
        t.text not in {"Texas Instruments", "Soviet Union", "Energy Board hearings"}
        for e in events
        for t in e.target_actors
    )
    assert all(e.type not in {"COOPERATE", "CONSULT"} for e in events)


def test_a_growing_threat_is_a_rating(code_events: CodeEvents) -> None:
    text = "She said the threat to Americans abroad has grown sharply in recent weeks."
    assert code_events(text, {"Americans": "NORP"}) == []


ROUND_FIFTEEN = [
    (
        "President Reagan told reporters he had ordered the administration to open "
        "talks with congressional leaders on a deficit package.",
        {"Reagan": "PERSON"},
        "CONSULT",
    ),
    (
        "Reagan said he was prepared to order spending cuts, but preferred to negotiate with "
        "Congress.",
        {"Reagan": "PERSON", "Congress": "ORG"},
        "CONSULT",
    ),
    (
        "Jaguar was one of the few gainers, up 9p at 612 largely on U.S demand, dealers said.",
        {"Jaguar": "ORG", "U.S": "GPE"},
        "REQUEST",
    ),
    (
        (
            "Its joint venture was granted a second concession of land in Ghana to prospect "
            "for and mine gold."
        ),
        {"Ghana": "GPE"},
        "CONCEDE",
    ),
    (
        (
            "The FDA said it had detained 22 shipments of latex gloves made by firms in "
            "Korea since January."
        ),
        {"FDA": "ORG", "Korea": "GPE"},
        "COERCE",
    ),
    ("Kahl's paper urged farmers to buy put options.", {"Kahl": "PERSON"}, "REQUEST"),
]


@pytest.mark.parametrize(("text", "actors", "kind"), ROUND_FIFTEEN)
def test_ordered_preferred_markets_licences_goods_and_papers(
    code_events: CodeEvents, text: str, actors: dict[str, str], kind: str
) -> None:
    assert kind not in [e.type for e in code_events(text, actors)]


def test_units_destroyed_are_assaulted_and_people_still_detained(
    code_events: CodeEvents, analyse: Callable[[str], Document]
) -> None:
    text = (
        "Both the 21st Brigade and the al-Ghadeer Brigade of the Iranian Revolutionary "
        "Guards were destroyed in the battle, the agency said."
    )
    assert [(e.type, e.cameo) for e in analyse(text).events] == [("ASSAULT", "190")]
    held = code_events("Police detained 20 demonstrators in the capital.", {})
    assert [e.type for e in held] == ["COERCE"]


def _targets(events: list[Event], kind: str) -> list[list[str]]:
    return [[t.text for t in e.target_actors] for e in events if e.type == kind]


# Round 16 (fresh samples judged with v50): whom an act is aimed at, and acts not done.


def test_one_blamed_on_is_the_target_not_what_for(code_events: CodeEvents) -> None:
    text = (
        "The Commission has blamed the EC's latest budget crisis on the twelve member governments."
    )
    found = _targets(code_events(text, {"Commission": "ORG", "EC": "ORG"}), "ACCUSE")
    assert found and not any("crisis" in t for ts in found for t in ts), found


def test_a_complaint_is_filed_with_a_body_not_against_it(code_events: CodeEvents) -> None:
    actors = {"Upjohn": "ORG", "International Trade Commission": "ORG", "Merck": "ORG"}
    text = (
        "Upjohn said it had filed a patent complaint with the International Trade "
        "Commission on Friday."
    )
    found = _targets(code_events(text, actors), "ACCUSE")
    assert not any("Commission" in t for ts in found for t in ts), found
    control = "Upjohn filed a complaint against Merck with the International Trade Commission."
    assert _targets(code_events(control, actors), "ACCUSE") == [["Merck"]]


ACTS_NOT_DONE = [
    (
        (
            "A shipping source said Iran had fired a test missile against a disused hulk in "
            "the Gulf."
        ),
        {"Iran": "GPE"},
        "ASSAULT",
    ),
    (
        "Their vetoes repeated the action they took to bar selective sanctions against Pretoria.",
        {"Pretoria": "GPE"},
        "SANCTION",
    ),
    (
        "American Express said it intends to comply with all requests and to cooperate fully.",
        {"American Express": "ORG"},
        "COOPERATE",
    ),
    (
        (
            "The fund said its representatives will be attending the annual meeting of "
            "Pennsylvania Enterprises next month."
        ),
        {"Pennsylvania Enterprises": "ORG"},
        "AGREE",
    ),
]


@pytest.mark.parametrize(("text", "actors", "kind"), ACTS_NOT_DONE)
def test_tests_prevented_intended_future_and_stances_on_things(
    code_events: CodeEvents, text: str, actors: dict[str, str], kind: str
) -> None:
    assert kind not in [e.type for e in code_events(text, actors)]


ACTS_DONE = [
    ("Iran fired missiles at a Kuwaiti tanker in the strait.", {"Iran": "GPE"}, "ASSAULT"),
    ("Washington imposed sanctions against Pretoria.", {"Washington": "GPE"}, "SANCTION"),
    (
        "Egypt said it had signed the agreement with the IMF after long talks.",
        {"Egypt": "GPE", "IMF": "ORG"},
        "SUPPORT",
    ),
]


@pytest.mark.parametrize(("text", "actors", "kind"), ACTS_DONE)
def test_controls_for_acts_done(
    code_events: CodeEvents, text: str, actors: dict[str, str], kind: str
) -> None:
    assert kind in [e.type for e in code_events(text, actors)]


def test_a_request_owned_by_another_is_not_the_subjects(code_events: CodeEvents) -> None:
    text = "He said Argentina's creditor banks were divided on the country's debt request."
    found = _sources(code_events(text, {"Argentina": "GPE"}), "REQUEST")
    assert not any("banks" in s for sources in found for s in sources), found


def test_co_agreeing_buyers_are_both_sources(code_events: CodeEvents) -> None:
    actors = {"Gordon Capital Corp": "ORG", "Dominion Securities Inc": "ORG"}
    text = (
        "Underwriters Gordon Capital Corp and Dominion Securities Inc agreed to "
        "purchase the whole offering."
    )
    events = [e for e in code_events(text, actors) if e.type == "AGREE"]
    assert [len(e.source_actors) for e in events] == [2]
    assert not events[0].target_actors
    pair = {"Iran": "GPE", "Iraq": "GPE"}
    mutual = code_events("Iran and Iraq agreed to exchange prisoners.", pair)
    assert _sources(mutual, "AGREE") == [["Iran"]] and _targets(mutual, "AGREE") == [["Iraq"]]


def test_a_pact_signed_is_between_its_parties(code_events: CodeEvents) -> None:
    actors = {"U.K.": "GPE", "Securities and Exchange Commission": "ORG"}
    text = "A U.K. agreement with the Securities and Exchange Commission was signed last year."
    found = [e for e in code_events(text, actors) if e.type == "SUPPORT"]
    assert [[t.text for t in e.target_actors] for e in found] == [
        ["Securities and Exchange Commission"]
    ]


def test_the_same_one_sided_act_reported_twice_is_one_event(
    code_events: CodeEvents,
) -> None:
    actors = {"USDA": "ORG", "Algeria": "GPE"}
    text = (
        "USDA accepted Algeria's bid for 75,000 tonnes of wheat. "
        "USDA accepted Algeria's bid of 94 dlrs per tonne for 50,000 tonnes."
    )
    assert [e.type for e in code_events(text, actors)].count("AGREE") == 1
    actors = {"Boyd Jefferies": "PERSON"}
    control = (
        "Boyd Jefferies agreed to plead guilty to two felony counts. "
        "Boyd Jefferies also agreed to purchase stocks for a client."
    )
    assert [e.type for e in code_events(control, actors)].count("AGREE") == 2


def test_a_pact_to_be_signed_after_a_future_act_is_not_signed(
    analyse: Callable[[str], Document],
) -> None:
    text = (
        '"Egypt will approach Gulf and European lenders for credit right after the '
        'agreement with the IMF is signed," the official said.'
    )
    assert "SUPPORT" not in [e.type for e in analyse(text).events]


# Round 17 (fresh samples judged with v51): negation, hypotheses and routines; whose words.

NOT_REPORTED_AS_DONE = [
    (
        (
            "None of the Soviet tankers chartered by Kuwait are known to have been attacked "
            "by Iran so far."
        ),
        {"Iran": "GPE"},
        "ASSAULT",
    ),
    (
        '"That is not the sort of matter the President would get into negotiations '
        'about," Lyng told reporters.',
        {"Lyng": "PERSON"},
        "AGREE",
    ),
    (
        "The FSIS inspects an estimated 127 mln head of cattle every year.",
        {"FSIS": "ORG"},
        "ACCUSE",
    ),
    (
        (
            "Quantech Electronics Corp, which is short of cash, said it is investigating "
            "several possible means of raising new capital."
        ),
        {"Quantech Electronics Corp": "ORG"},
        "ACCUSE",
    ),
    (
        "Stepp said he will meet with reporters on the union's negotiations with American Motors.",
        {"Stepp": "PERSON", "American Motors": "ORG"},
        "AGREE",
    ),
]


@pytest.mark.parametrize(("text", "actors", "kind"), NOT_REPORTED_AS_DONE)
def test_negated_hypothetical_routine_required_and_topical_acts(
    code_events: CodeEvents, text: str, actors: dict[str, str], kind: str
) -> None:
    assert kind not in [e.type for e in code_events(text, actors)]


def test_a_case_argued_or_a_duty_is_not_the_act(
    code_events: CodeEvents, analyse: Callable[[str], Document]
) -> None:
    text = (
        "Industry and congressional analysts say American Telephone and Telegraph Co "
        "will struggle to persuade U.S. regulators that lifting controls on its "
        "long-distance service would help consumers."
    )
    assert "CONCEDE" not in [e.type for e in analyse(text).events]
    duty = (
        "In all other cases banks would still be required to identify their customers "
        "and pledge not to actively assist tax evasion or capital flight."
    )
    assert "AGREE" not in [e.type for e in analyse(duty).events]
    done = code_events("The FCC lifted controls on ATT's business.", {"FCC": "ORG", "ATT": "ORG"})
    assert [e.type for e in done] == ["CONCEDE"]


def test_an_inspection_reported_once_stays(code_events: CodeEvents) -> None:
    done = code_events("The SEC is investigating the source of the leak.", {"SEC": "ORG"})
    assert [e.type for e in done] == ["ACCUSE"]


def test_a_quoted_third_person_pronoun_is_not_the_speaker(code_events: CodeEvents) -> None:
    actors = {"Britain": "GPE", "China": "GPE"}
    text = '"They have also asked Britain and China to lease tankers," one official told Reuters.'
    assert not any(
        "official" in s for ss in _sources(code_events(text, actors), "REQUEST") for s in ss
    )
    named = '"They (the Kuwaitis) have also asked Britain to lease tankers," an official said.'
    assert _sources(code_events(named, {**actors, "Kuwaitis": "NORP"}), "REQUEST") == [["Kuwaitis"]]
    own = '"We have asked Britain to lease tankers," the oil minister told Reuters.'
    found = _sources(code_events(own, {**actors, "oil minister": "PERSON"}), "REQUEST")
    assert found == [["oil minister"]]


def test_the_same_rejection_with_fewer_words_is_one_event(code_events: CodeEvents) -> None:
    text = (
        "Employees at the plant rejected a tentative contract agreement on Saturday. "
        "The company said the employees narrowly rejected the agreement."
    )
    assert [e.type for e in code_events(text, {})] == ["REJECT"]


def test_one_ruling_on_an_appeal_did_not_appeal(code_events: CodeEvents) -> None:
    actors = {"FCC": "ORG", "Gencorp": "ORG"}
    found = _sources(
        code_events("The FCC said it would rule on the appeals soon.", actors), "REQUEST"
    )
    assert not any("FCC" in s for ss in found for s in ss), found
    owned = code_events(
        (
            "The FCC has not indicated when it would rule on the appeals by Gencorp and two "
            "other firms."
        ),
        actors,
    )
    assert _sources(owned, "REQUEST") in ([], [["Gencorp"]])


# Round 18 (fresh samples judged with v52): double refusals, vowed retaliation, duties,
# senses of "call", "meet" and "clash", and stray subjects.

NOT_THESE_ACTS = [
    (
        (
            "Shultz will not oppose a grain subsidy for the Soviets, but other hurdles "
            "remain, officials said."
        ),
        {"Shultz": "PERSON", "Soviets": "NORP"},
        "REJECT",
    ),
    (
        (
            "The reforms have to be agreed unanimously by all twelve member states before "
            "they take effect."
        ),
        {},
        "AGREE",
    ),
    (
        "Tokyo is therefore striving to meet U.S. Complaints over its farm import barriers.",
        {"Tokyo": "GPE", "U.S. Complaints": "ORG"},
        "CONSULT",
    ),
    (
        "The ruling party pushed the budget through, deepening a clash with the opposition.",
        {},
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("text", "actors", "kind"), NOT_THESE_ACTS)
def test_double_refusals_duties_and_other_senses(
    code_events: CodeEvents, text: str, actors: dict[str, str], kind: str
) -> None:
    assert kind not in [e.type for e in code_events(text, actors)]


THESE_ACTS = [
    ("Japan will not accept the U.S. demands.", {"Japan": "GPE", "U.S.": "GPE"}, "REJECT"),
    ("Iraqi troops clashed with Iranian forces near Basra.", {}, "ASSAULT"),
    ("Iran promised to cooperate with the IAEA.", {"Iran": "GPE", "IAEA": "ORG"}, "AGREE"),
    ("Rafsanjani promised retaliation.", {"Rafsanjani": "PERSON"}, "THREATEN"),
    (
        "Iran promised to retaliate against the United States.",
        {"Iran": "GPE", "United States": "GPE"},
        "THREATEN",
    ),
]


@pytest.mark.parametrize(("text", "actors", "kind"), THESE_ACTS)
def test_refusals_armed_clashes_and_vowed_retaliation(
    code_events: CodeEvents, text: str, actors: dict[str, str], kind: str
) -> None:
    assert [e.type for e in code_events(text, actors)] == [kind]


def test_a_subject_misparsed_as_a_conjoined_object_is_no_target(code_events: CodeEvents) -> None:
    text = (
        "U.S. navy ships shelled an Iranian gas platform and American special forces "
        "boarded another, wrecking radar gear."
    )
    found = _targets(code_events(text, {"U.S.": "GPE", "Iranian": "NORP"}), "ASSAULT")
    assert found and not any("forces" in t for ts in found for t in ts), found


FULL_PIPELINE_NOT = [
    (
        (
            "Islamic Jihad for the Liberation of Palestine said American teacher Alann "
            'Steen is in its hands. "Humanitarian motives require that we free him for 400 '
            "detainees held in the occupation's prisons,\" said the statement, which came "
            "with a picture of Steen."
        ),
        "RETREAT",
    ),
    (
        "The ruling is a middle course between the Federal government's call for an "
        "eight dlr weekly rise at the Wage Case hearing and the 18 dlr claim of the "
        "Australian Council of Trade Unions (ACTU).",
        "CONSULT",
    ),
]


def test_a_purpose_after_an_object_names_no_one_asked(
    analyse: Callable[[str], Document],
) -> None:
    text = (
        "Brokers say MITI, Japan's trade ministry, had requested the production "
        "cutbacks to meet the terms of its 1986 chip pact with the U.S."
    )
    found = [e for e in analyse(text).events if e.type == "REQUEST"]
    assert found and not any(e.target_actors for e in found)


def test_the_asker_is_shown_by_the_words_that_name_it(
    analyse: Callable[[str], Document],
) -> None:
    text = (
        "The SPD official said the cabinet should not abandon its target of balancing "
        "the federal budget by 1992."
    )
    found = [e for e in analyse(text).events if e.type == "REQUEST"]
    assert [[a.text for a in e.source_actors] for e in found] == [["SPD official"]]


# Round 19 (fresh samples judged with v52): market demand, corporate finance, things as
# targets, shared views and quoted things.

FULL_PIPELINE_NOT_19 = [
    (
        "The Seaway is already clear of ice after the mild winter and could open to "
        'ships today, "but there does not seem to be enough demand from shipping '
        'companies to justify an early start," the Canadian official said.',
        "REQUEST",
    ),
    (
        "Laidlaw said it financed its U.S. unit's acquisition of GSX with a 150 mln "
        "Canadian dlr preferred share issue and bank loans.",
        "AID",
    ),
    (
        "The Senate voted on Thursday to condemn the proposed European Community tax on "
        "oilseed products and said it would trigger retaliation.",
        "ACCUSE",
    ),
    (
        "Jeffrey Leeds of Chemical Bank agreed that the pace of growth would remain the "
        "key factor for Fed policy.",
        "AGREE",
    ),
    ('"It condemns Japan without a fair hearing," a senior Japanese official said.', "ACCUSE"),
]


def test_a_scandal_investigated_is_no_party(analyse: Callable[[str], Document]) -> None:
    text = (
        "The Senate and House committees investigating the Iran arms scandal said they "
        "want to hear recordings of telephone calls."
    )
    found = [e for e in analyse(text).events if e.type == "ACCUSE"]
    assert found and not any(e.target_actors for e in found)
    named = analyse("The Senate committee is investigating Oliver North.").events
    assert [[a.text for a in e.target_actors] for e in named] == [["Oliver North"]]


def test_views_of_parties_and_quoted_speakers_stay(analyse: Callable[[str], Document]) -> None:
    agreed = analyse("The ministers agreed that the talks would remain open to all members.")
    assert [e.type for e in agreed.events] == ["AGREE"]
    said = analyse("The ministry said it accused Japan of dumping.")
    assert [e.type for e in said.events] == ["ACCUSE"]
    stayed = analyse(
        "USAir and TWA have further agreed that all litigation between the two airlines "
        "will be suspended until May 1."
    )
    assert [e.type for e in stayed.events] == ["AGREE"]


def test_a_country_guessed_from_the_other_side_is_dropped(
    analyse: Callable[[str], Document],
) -> None:
    urged = analyse("Agriculture Secretary Richard Lyng urged Japan to open its rice market.")
    assert [(e.source_codes, e.target_codes) for e in urged.events] == [(("GOV",), ("JPN",))]
    # countries the actors name themselves stay
    kept = analyse("Iraqi troops attacked Iranian positions near Basra.")
    assert [(e.source_codes, e.target_codes) for e in kept.events] == [(("IRQMIL",), ("IRN",))]


# Round 20 (fresh samples judged with v55): accidents, riots, duties relieved, scheduled
# meetings, goods' destinations and pacts named after landmarks.

FULL_PIPELINE_NOT_20 = [
    (
        "Filing for bankruptcy freed Texaco from posting a bond on the judgment while "
        "it appeals in the Texas courts.",
        "RETREAT",
    ),
    (
        "Four black miners were killed and three hurt in a rock fall two km below "
        "ground at a South African coal mine, the mine's owners said on Monday.",
        "ASSAULT",
    ),
    (
        "Tokyo oil dealers mostly expect crude prices to hold firm until late June, "
        "when the next meeting of the Organization of Petroleum Exporting Countries "
        "(Opec) is scheduled to take place.",
        "CONSULT",
    ),
    (
        (
            "Funaro still remembered the IMF austerity plan imposed on Brazil early in the "
            "1980s, a time when hungry crowds stormed supermarkets."
        ),
        "ASSAULT",
    ),
]


def test_riots_releases_and_armed_storming_stay(analyse: Callable[[str], Document]) -> None:
    riot = analyse("Hungry crowds stormed supermarkets in Sao Paulo.").events
    assert [(e.type, e.cameo) for e in riot] == [("PROTEST", "145")]
    freed = analyse("Rebels freed 20 hostages on Monday.").events
    assert [e.type for e in freed] == ["RETREAT"]
    stormed = analyse("Troops stormed the rebel stronghold.").events
    assert [e.type for e in stormed] == ["ASSAULT"]


def test_where_goods_go_is_no_party_to_accepting_an_offer(
    analyse: Callable[[str], Document],
) -> None:
    text = (
        "The Commodity Credit Corporation (CCC) accepted an exporter's bonus offer for "
        "selling 450 dairy heifers to Tunisia, the Agriculture Department said."
    )
    found = [e for e in analyse(text).events if e.type == "AGREE"]
    assert found and not any(e.target_actors for e in found)
    banned = analyse("The United States banned the sale of arms to Iran.").events
    assert [[a.text for a in e.target_actors] for e in banned] == [["Iran"]]


# Round 21 (fresh samples judged with v55): questions asked, adjectives read as verbs,
# trading halts, market moves welcomed, disaster sites inspected.

FULL_PIPELINE_NOT_21 = [
    ('"Did anyone seriously expect a quick fix?" she asked.', "REQUEST"),
    (
        'Murray told shareholders that even after the cuts "the company has promising '
        "leases to drill as well as large gas reserves to produce.",
        "AGREE",
    ),
    (
        "Trading in shares of Schweizerische Aluminium AG was suspended on the Zurich stock "
        "exchange after the announcement by the company.",
        "SANCTION",
    ),
    (
        "Central bank sources said that, in private, West Germany welcomed the rise of "
        "the yen against the U.S. currency.",
        "SUPPORT",
    ),
    (
        "The death toll may climb as relief crews inspect flooded villages from the air.",
        "ACCUSE",
    ),
]


def test_acceptances_requests_and_welcomes_of_parties_stay(
    analyse: Callable[[str], Document],
) -> None:
    assert [e.type for e in analyse("Sarney accepted the proposals.").events] == ["AGREE"]
    asked = analyse("Japan asked the U.S. to lift the sanctions.").events
    assert [e.type for e in asked] == ["REQUEST"]
    welcomed = analyse("West Germany welcomed the U.S. decision.").events
    assert [e.type for e in welcomed] == ["SUPPORT"]


# Round 22 (known errors of earlier samples): relational nouns, meeting topics, a policy's
# owner, hedges, struggles, rights surrendered, positions defended, economic harm and
# supply contracts.

FULL_PIPELINE_NOT_22 = [
    (
        "With interest rates now falling, investors appear to welcome the new rules, "
        "bond analysts said.",
        "SUPPORT",
    ),
    (
        "President Reagan, fighting to regain the public's trust after the Iran arms "
        "affair, conceded on Wednesday that the initiative had failed.",
        "ASSAULT",
    ),
    (
        (
            "British Aerospace Plc has won a 175 mln stg contract to supply Switzerland "
            "with defence equipment, including a batch of Hawk trainers."
        ),
        "AID",
    ),
    (
        (
            "Earlier on Sunday IRNA said Iran's forces were consolidating newly won "
            "positions after their assault on Iraqi lines defending Basra."
        ),
        "SUPPORT",
    ),
    (
        (
            "Royal Canada has surrendered the banking licence of its subsidiary Orion Royal "
            "Pacific Ltd, which still holds a few assets."
        ),
        "RETREAT",
    ),
    (
        (
            "Trade experts said the step was aimed at Japan's chip marketing practices, "
            "which are believed to have injured the U.S. chip industry."
        ),
        "ASSAULT",
    ),
]


def test_whose_act_and_whom_by_the_noun_phrase(analyse: Callable[[str], Document]) -> None:
    raids = analyse(
        "Israel's air raids on its northern neighbour, which now come about twice a "
        "month, mainly target Palestinian guerrilla camps, the army says."
    ).events
    assert [[a.text for a in e.source_actors] for e in raids] == [["Israel"]]
    protest = analyse(
        "Hundreds of Spanish farmers blocked a frontier post on the French border in a "
        "protest against the Socialist government's EC policy."
    ).events
    assert [[a.text for a in e.target_actors] for e in protest] == [["Socialist government"]]
    topic = analyse(
        "Kramer gave the forecast at a meeting on Austria's economic outlook on Tuesday "
        "that Chancellor Franz Vranitzky also attended."
    ).events
    assert not any("outlook" in a.text for e in topic for a in e.target_actors)
    held = analyse("Shultz held a meeting with Gorbachev on arms control.").events
    assert [[a.text for a in e.target_actors] for e in held] == [["Gorbachev"]]
    surrendered = analyse("The rebels surrendered to government troops.").events
    assert [e.type for e in surrendered] == ["RETREAT"]


# Round 23 (fresh samples judged with v57): takeovers fought off, a "by" phrase on an
# object, marketing appeals, leisure trips, meetings between others and facts reported
# under a framed verb.

FULL_PIPELINE_NOT_23 = [
    (
        "The step comes weeks after the Wallenberg group fought off an unwelcome bid "
        "for Swedish Match AB.",
        "ASSAULT",
    ),
    (
        "The new Nissan sports coupes will be priced in the low-30,000-dlr range to "
        "appeal to buyers of Italian and British performance cars, it said.",
        "REQUEST",
    ),
    (
        "The Danish government plans to cut excise duties to discourage Danes from "
        "making shopping trips to West Germany, it said.",
        "CONSULT",
    ),
    (
        "The SEC charged in an administrative complaint that Allied and its lawyers "
        "failed to promptly tell investors and the commission that it had begun talks "
        "with developer Edward DeBartolo to counter Campeau's hostile bid.",
        "REJECT",
    ),
]


def test_a_by_phrase_on_an_object_and_meetings_between_others(
    analyse: Callable[[str], Document],
) -> None:
    plea = analyse(
        "The Supreme Court of Cyprus has now rejected a plea by an offshore share "
        "dealing company against a Central Bank decision, taken in March, to withdraw "
        "its operating licence."
    ).events
    assert [[a.text for a in e.source_actors] for e in plea] == [["Supreme Court of Cyprus"]]
    agenda = analyse(
        "Lammers will not serve as a mediator but will draw up a schedule and "
        "procedures for meetings between the employers and the unions on a new "
        "work-practice agreement."
    ).events
    assert not any("Lammers" in a.text for e in agenda for a in e.source_actors)
    refused = analyse("Iran refused to hold talks with Iraq.").events
    assert [e.type for e in refused] == ["REJECT"]


# Round 24 (fresh samples judged with v59): datelines in digests, accident tolls, and an
# event noun told twice.


def test_a_dateline_is_neither_actor_nor_evidence(analyse: Callable[[str], Document]) -> None:
    text = (
        "MANILA - Communist guerrillas said they had blown up a key army radio relay "
        "station in the northern Philippines.\\n- - - -\\nFREETOWN, Sierra Leone - "
        "Sierra Leone's former interior minister Joseph Kamara, sacked after a foiled "
        "putsch in the spring, has been detained over an alleged plot, "
        "police sources said."
    )
    events = analyse(text).events
    spans = [a.text for e in events for a in (*e.source_actors, *e.target_actors)]
    assert spans and not any(s.startswith(("MANILA", "FREETOWN")) for s in spans), spans


def test_an_accident_toll_is_no_assault(analyse: Callable[[str], Document]) -> None:
    crash = analyse(
        "Boeing Co made the Japan Air Lines jumbo jet which crashed into a mountainside "
        "in central Japan in August 1985, killing 520 people on board."
    ).events
    assert "ASSAULT" not in [e.type for e in crash]
    bomb = analyse("A car bomb exploded in Beirut, killing 10 people.").events
    assert [e.type for e in bomb] == ["ASSAULT"]


def test_an_event_noun_told_twice_is_one_event(analyse: Callable[[str], Document]) -> None:
    text = (
        "Iraq said it had repelled an Iranian attack on lines held by its third army "
        "corps east of Basra. A military communique said an Iranian brigade, backed by "
        "armour, launched the dawn attack."
    )
    assert [e.type for e in analyse(text).events] == ["ASSAULT"]
    two = analyse(
        "Nevin agreed to remain as chief executive. Nevin agreed not to engage in a "
        "competitive business."
    ).events
    assert [e.type for e in two] == ["AGREE", "AGREE"]


# Round 25 (fresh samples judged with v60): quakes, questions "when asked", replies "shot
# back", comment refused, "pledging for", posts occupied, standing bans, forecasts of
# results, listed demands, a verb's "with" counterparts and a nation named twice.

FULL_PIPELINE_NOT_25 = [
    (
        "Last Tuesday a quake measuring 6.1 on the Richter scale hit northern Japan, "
        "killing three people.",
        "ASSAULT",
    ),
    (
        'When asked on the Sunday television program, "Meet the Press," if he thought '
        "Gates would win Senate approval, the Georgia Democrat shot back: 'I would not "
        "put money on it.'",
        "REQUEST",
    ),
    (
        (
            "When asked on the show whether Gates would get through, the Georgia Democrat "
            'shot back: "I would not bet a nickel on that."'
        ),
        "ASSAULT",
    ),
    ("A spokesman for the Treasury Department refused comment on Ortner's remarks.", "REJECT"),
    (
        "Mexico is pledging for an extension of the repayment schedule for another two years.",
        "AGREE",
    ),
    (
        "According to Pemex, Mexicans will occupy senior positions such as chief accountant.",
        "THREATEN",
    ),
    (
        "The committee was reported to be weighing immunity for Oliver North over the "
        "transfer of arms profits, which broke a Congressional ban in force at the time "
        "on military aid to the contras.",
        "COERCE",
    ),
    (
        "For 1989, Whitfield said Norcross should experience a 15 pct rise in our operating "
        "profit.",
        "REQUEST",
    ),
    (
        "These included reopening negotiations, releasing jailed students and lifting "
        "the house arrest of opposition leader Kim Young-sam, the newspaper reported.",
        "RETREAT",
    ),
]


def test_counterparts_of_a_verb_and_a_nation_named_twice(
    analyse: Callable[[str], Document],
) -> None:
    agreed = analyse(
        "NV Philips Gloeilampenfabrieken <PGLO.AS> said on Friday it had agreed with "
        "Matsushita Electric Industrial Co Ltd and Nippon Gakki Co Ltd of Japan to "
        "jointly manufacture parts for the new laser video disc player."
    ).events
    assert not any("Matsushita" in a.text for e in agreed for a in e.source_actors)
    both = analyse(
        "No joint venture has been completed yet under the new Soviet legislation, "
        "though several protocols of intent have been agreed between western companies "
        "and the Soviet Union."
    ).events
    for e in both:
        sides = [a.text for a in (*e.source_actors, *e.target_actors)]
        assert not ("Soviet" in sides and "Soviet Union" in sides), sides
    released = analyse("The rebels released 20 hostages.").events
    assert [e.type for e in released] == ["RETREAT"]


# Round 26 (fresh samples judged with v61): a board's or governors' own meeting, dealings
# at a tender, hedged threats and plans, "at the request of", things opposed, a place
# beside a court, each other, a document's terms, "fight for", "Thank God", met demands,
# a wish for others and a money-market operation.

FULL_PIPELINE_NOT_26 = [
    (
        "Hartwell Industries Inc said its board will hold a special meeting on October "
        "14 to weigh a restructuring proposal drawn up by its executives.",
        "AGREE",
    ),
    (
        "The executive directors should wrap up their meetings tomorrow and the ADB "
        "Governors will open a three-day annual meeting in Manila on Monday.",
        "AGREE",
    ),
    (
        "Egypt, however, rejected offers at its tender for 30,000 tonnes of soybean oil "
        "and may return to the market later this month, dealers said.",
        "REJECT",
    ),
    (
        "West German exporters have requested licences to ship 120,000 tonnes of barley "
        "at this week's European Community tender, grain traders said.",
        "REQUEST",
    ),
    (
        (
            "Army units moved into the oil fields because of the threat of a strike by some "
            "40,000 petroleum workers."
        ),
        "PROTEST",
    ),
    (
        (
            "Washington and its summit partners are now set to turn their focus to Japan "
            "and press Nakasone for comparable steps, officials said."
        ),
        "REQUEST",
    ),
    (
        "On animal health, delegates voted for a proposal asking that NPPC be active in "
        "creating a national disease monitoring network.",
        "REQUEST",
    ),
    (
        "The House approved a 250 mln dlr measure to aid thousands of jobless farm "
        "families across the Midwest.",
        "AID",
    ),
    (
        "Senate Majority Leader Robert Byrd told Finance Committee Democrats on Tuesday "
        "he would fight for higher excise taxes next year to cut the budget deficit.",
        "THREATEN",
    ),
    (
        'Thank God, Jim Baker was in charge through those weeks of market panic," Dole said.',
        "SUPPORT",
    ),
    (
        (
            "The Council of Ministers stressed that last year's output did not meet the "
            "Communist Party's strict demands for a thorough overhaul of industry, Tass "
            "reported."
        ),
        "REQUEST",
    ),
    (
        (
            "The U.S. wants its Group of Seven partners to agree to closer consultations "
            "whenever the indicators suggest a member is straying from its economic "
            "pledges."
        ),
        "AGREE",
    ),
    (
        "The Bank of Italy suspended its regular money market operations on Tuesday and "
        "offered to drain liquidity through repurchase agreements, dealers said.",
        "SANCTION",
    ),
    ("Elders opposes the Allied merger and brokers say Elders needs a 30 pct stake.", "ACCUSE"),
]


def test_the_one_who_asks_and_parties_that_are_no_places(
    analyse: Callable[[str], Document],
) -> None:
    asked = analyse(
        "The troops were deployed at the request of the state-oil company Petroperu, "
        "which feared a stoppage by 25,000 pipeline workers."
    ).events
    assert [(e.type, [a.text for a in e.source_actors]) for e in asked] == [
        ("REQUEST", ["state-oil company"])
    ]
    assert [a.text for a in asked[0].target_actors] == ["troops"]
    fought = analyse(
        "Police said rival groups of miners started attacking each other with knives "
        "and clubs at a hostel near the Vaal Reefs mine, about 150 kms southwest of "
        "Johannesburg."
    ).events
    assert [(e.type, e.target_actors) for e in fought] == [("ASSAULT", ())]
    sued = analyse(
        "Burlington Mills sued the investor group in federal court in North Carolina last week."
    ).events
    assert not any("North Carolina" in a.text for e in sued for a in e.target_actors)
    armed = analyse("Rebels fought for control of the town.").events
    assert [e.type for e in armed] == ["ASSAULT"]
    called = analyse("The Security Council passed a resolution calling on Iraq to withdraw.")
    assert [e.type for e in called.events] == ["REQUEST"]


# Round 27 (fresh samples judged with v62): habits, possibilities not ruled out, acts one
# is encouraged to do, "few signs" of an act, a buyer's due diligence, welcomed profits,
# forecasts of a firm's performance, a body's own committee meeting, an event that dates
# a span ("the first since ...") and what a noun is "to work with".

FULL_PIPELINE_NOT_27 = [
    (
        (
            "IMF Managing Director Michel Camdessus said he talked often with World Bank "
            "President Barber Conable about a broad range of topics."
        ),
        "CONSULT",
    ),
    (
        "Cullinet's chairman declined to say what his role would be once the deal "
        "closes, but he did not rule out working together with Computer Associates.",
        "COOPERATE",
    ),
    (
        "A senior Iranian official said Iraq had played up reports of shelling to encourage "
        "anti-Tehran Arab tribesmen to support its army.",
        "SUPPORT",
    ),
    ("Diplomats say there are few signs Korea's import curbs will be lifted soon.", "AGREE"),
    (
        "It said conditions of the proposal include satisfactory completion of a due diligence "
        "investigation by Laidlaw.",
        "ACCUSE",
    ),
    ("He added that he welcomed Sun Alliance trading profits in the second half.", "SUPPORT"),
    (
        (
            "Susan Hale, a fund manager, said Lufthansa should outperform the broader "
            "European market this year."
        ),
        "REQUEST",
    ),
    (
        "Addressing the World Bank's Development Committee, Funaro said Brazil had "
        "given clear proof that it is negotiating seriously with its creditor banks.",
        "CONSULT",
    ),
    (
        "The session will be the first in New York since Peru's unilateral suspension "
        "of debt service on 14 billion dlrs of foreign loans last July.",
        "THREATEN",
    ),
    (
        (
            "Investors are favouring Rolls-Royce because they have fewer companies to work "
            "with after the recent takeovers, Barclays analyst Peter Lowe said."
        ),
        "COOPERATE",
    ),
]


def test_routine_violence_and_two_leaders_meeting_stay_events(
    analyse: Callable[[str], Document],
) -> None:
    beat = analyse(
        "Israeli troops routinely beat up Palestinian prisoners held in the Gaza Strip."
    ).events
    assert [e.type for e in beat] == ["ASSAULT"]
    met = analyse("Reagan and Gorbachev held the Geneva summit meeting in November.").events
    assert [e.type for e in met] == ["CONSULT"]
    urged = analyse("The U.S. urged Japan to encourage imports.").events
    assert [e.type for e in urged] == ["REQUEST"]


# Round 28 (fresh samples judged with v63): posts resigned, "fight against" a tax,
# bankruptcy protection sought, an inverted condition ("Should Japan open ..."), a
# strike "almost certain", an intent given up ("had wanted to"), a standing stance ("has
# always supported"), requirements as parties and whom a demanded act is done to.

FULL_PIPELINE_NOT_28 = [
    (
        (
            "An Irish minister said a planned European Community levy would push up the "
            "cost of a pint of beer and he pledged the government would fight against it."
        ),
        "THREATEN",
    ),
    (
        "Harvey Miller, an attorney for LTV Corp, told reporters that the steelmaker "
        "was forced to seek bankruptcy protection because of its heavy pension "
        "obligations.",
        "REQUEST",
    ),
    (
        "Should Japan open its markets, the trade dispute would end, Senator Bradley said.",
        "REQUEST",
    ),
    (
        "Canadian railway workers are almost certain to go on strike this summer after "
        "rejecting proposed pay cuts, union leader Tom McGrath said.",
        "PROTEST",
    ),
    (
        (
            "Senate banking chairman Jake Garn had wanted to ban all such activities begun "
            "after March 1, 1984, but resistance from fellow committee members forced him "
            "to rewrite the bill."
        ),
        "THREATEN",
    ),
    (
        "The minister told the assembly the government has always supported Northland Bank.",
        "SUPPORT",
    ),
]


def test_posts_requirements_and_whom_a_demanded_act_is_done_to_are_not_parties(
    analyse: Callable[[str], Document],
) -> None:
    resigned = analyse(
        "Harlan Mining Corp said Peter Voss resigned his posts of treasurer, senior "
        "vice president and board member."
    ).events
    assert [(e.type, e.target_actors) for e in resigned] == [("CONCEDE", ())]
    signed = analyse(
        "Central Vermont Public Service Corp said it signed an agreement to provide "
        "Stowe Electric Department, a municipal utility, with all its electricity "
        "requirements through 1995."
    ).events
    assert not any("requirements" in a.text for e in signed for a in e.target_actors)
    prod = analyse(
        "The Manila Chronicle said World Bank President Barber Conable should prod the "
        "Aquino government towards deeper market reforms."
    ).events
    assert [[a.text for a in e.target_actors] for e in prod] == [
        ["World Bank President Barber Conable"]
    ]
    duties = analyse(
        "Under the accord, Washington agreed to waive antidumping duties on Korean television sets."
    ).events
    assert [len(e.target_actors) for e in duties] == [1]


# Round 29 (fresh samples judged with v64): "none" who asked, views agreed, suspicions,
# routines of bare plurals, failures hailed, a proposal's terms, commodities and wars as
# parties, and the court a suit is heard in.

FULL_PIPELINE_NOT_29 = [
    ("Subroto said: None of the producer nations has asked for an emergency session.", "REQUEST"),
    (
        "Farm groups and USDA officials agreed that review of an EEP offer by "
        "interagency panels likely would be delayed because of confusion within the "
        "administration.",
        "AGREE",
    ),
    (
        "Dallas oilman Jack Morgan, chairman of Morgan Exploration Co, agreed, saying "
        "that the pact would probably collapse by summer.",
        "AGREE",
    ),
    (
        "The three men are suspected of having collaborated with the late Kazuo Nagano "
        "in cheating some 300 elderly investors out of 2 billion yen.",
        "COOPERATE",
    ),
    (
        "Under the rural reforms, farmers sign contracts with the state that commit "
        "them to sell set amounts of grain.",
        "SUPPORT",
    ),
    (
        "It came after festivities on Sunday marking what Iraq hailed as Iran's failure "
        "to capture Basra during its winter offensive.",
        "SUPPORT",
    ),
    (
        "U.S. Treasury officials indicated backing for a new Argentine proposal that "
        "called for partial payment of interest in exit bonds.",
        "REQUEST",
    ),
]


def test_commodities_wars_and_courts_are_not_parties(
    analyse: Callable[[str], Document],
) -> None:
    corn = analyse(
        "Portugal has agreed to buy 40,000 to 45,000 tonnes of French wheat for April shipment."
    ).events
    assert [(e.type, e.target_actors) for e in corn] == [("AGREE", ())]
    war = analyse(
        "The House defeated a bid to cut U.S. aid to Colombia in protest that it is not "
        "cooperating fully with the American war on narcotics."
    ).events
    assert not any("war" in a.text for e in war for a in e.target_actors)
    suit = analyse(
        "The Valley Power Users Association said it is seeking permission to intervene "
        "in TVA's lawsuit in federal district court against the DOE."
    ).events
    assert [[a.text for a in e.source_actors] for e in suit] == [["TVA"]]
    talks = analyse(
        "U.S. and Soviet negotiators go back to Geneva next week for talk on cutting "
        "long-range nuclear arsenals."
    ).events
    assert [e.type for e in talks] == ["CONSULT"]


# Round 30 (fresh samples judged with v65): a body's meetings dated "next week's", a pact
# named after a city, beneficiaries of an appeal, convictions as parties, visits "under
# consideration", employment ("works with"), launches ("hit the airwaves"), premises
# occupied and an unnamed many holding talks.

FULL_PIPELINE_NOT_30 = [
    (
        "Finance ministers of the Group of Five will use next week's World Bank "
        "meetings in Washington to review the Louvre accord.",
        "AGREE",
    ),
    (
        "I expect our first task will be to look at how the Louvre agreement has worked "
        "since it was agreed in February.",
        "AGREE",
    ),
    (
        "A Kremlin spokesman said a visit to Washington by Foreign Minister Eduard "
        "Shevardnadze for arms discussions was under consideration.",
        "CONSULT",
    ),
    (
        (
            "Lindqvist, a Yale-trained statistician, works with the Brookings Institution "
            "as well as Princeton."
        ),
        "COOPERATE",
    ),
    (
        "The company marks the first network startup since 1948, when ABC hit the airwaves.",
        "ASSAULT",
    ),
    (
        "Northern Trust said it will continue to occupy the building, renting it back "
        "from the new owner, Olympia and York.",
        "COERCE",
    ),
    (
        (
            "The ministry spokesman noted, however, that many firms are now holding talks "
            "with the Chinese."
        ),
        "CONSULT",
    ),
]


def test_beneficiaries_and_convictions_are_not_parties(
    analyse: Callable[[str], Document],
) -> None:
    appeal = analyse(
        "Bangladesh has appealed to 30 donor nations for emergency aid to help 1.8 mln "
        "people hit by the country's worst floods in 20 years, officials said."
    ).events
    assert [(e.type, e.target_actors) for e in appeal] == [("REQUEST", ())]
    convicted = analyse(
        "Shad had in mind the appeal by ex-Journal columnist R. Foster Winans of his "
        "conviction on securities fraud charges."
    ).events
    assert not any("conviction" in a.text for e in convicted for a in e.target_actors)
    occupied = analyse("Israeli troops occupied the area.").events
    assert [e.type for e in occupied] == ["COERCE"]
    pact = analyse("A U.K. agreement with the SEC was signed yesterday.").events
    assert [[a.text for a in e.source_actors] for e in pact] == [["U.K."]]


# Round 31 (fresh samples judged with v66): an ending told ("the lifting of the
# suspension"), "might be willing", a firm's start of operations, a merger's welcome,
# sanctions told again with "the", negotiations a deal "opened the door to", a complaint
# "protesting that", and the source's own country beside another target.

FULL_PIPELINE_NOT_31 = [
    (
        "The plea bargain provides for the lifting of the Pentagon's suspension, the "
        "withdrawal of a civil fraud suit and the dropping of charges against two "
        "executives.",
        "SANCTION",
    ),
    (
        "Last autumn, Czechoslovak Premier Lubomir Strougal said Prague might be "
        "willing to normalise relations with the EC in return for better access for its "
        "steel.",
        "AGREE",
    ),
    (
        "The joint venture should start operations by the end of next year, a Siemens "
        "spokeswoman said.",
        "REQUEST",
    ),
    (
        "A Ford press release quoted chairman Donald Petersen as saying, We welcome "
        "Jaguar employees into the Ford family.",
        "SUPPORT",
    ),
    (
        (
            "Peru's accord with the IMF opened the door to debt negotiations with the Paris "
            "Club and with Venezuela and Mexico."
        ),
        "CONSULT",
    ),
    (
        (
            "The commission took 600,000 tonnes of wheat into intervention last week from "
            "dealers protesting that export refunds are being fixed too low."
        ),
        "PROTEST",
    ),
]


def test_an_event_told_again_with_the_and_whom_an_act_was_for(
    analyse: Callable[[str], Document],
) -> None:
    sanctions = analyse(
        "Australia has imposed sanctions against Fiji after the country declared itself "
        "a republic, Foreign Minister Bill Hayden said. The sanctions were endorsed by "
        "cabinet shortly after Colonel Sitiveni Rabuka carried out his second coup in "
        "September."
    ).events
    assert [e.type for e in sanctions] == ["SANCTION"]
    thanked = analyse("Kenyan President Daniel arap Moi thanked the IMF for its help to Kenya.")
    assert [[a.text for a in e.target_actors] for e in thanked.events] == [["IMF"]]
    work = analyse(
        "Bundesbank President Karl Otto Poehl said the United States and Japan must "
        "work out their trade differences."
    ).events
    assert [len(e.target_actors) for e in work] == [2]
    protest = analyse("Thousands of students protested against the government in Seoul.")
    assert [e.type for e in protest.events] == ["PROTEST"]


# Round 32 (fresh samples judged with v67): views "agreed and said", an option's terms, a
# request's content ("a request ... for the Institute to ask"), market fights, backing
# and costs met by things, and a principal "on whose behalf" one visits.

FULL_PIPELINE_NOT_32 = [
    (
        (
            "Janet Price of Texaco agreed and said, Even so, a buyer for a few hundred "
            "million barrels of oil a year matters when supplies are plentiful."
        ),
        "AGREE",
    ),
    (
        (
            "Ajax Systems Inc said Boeing Co has exercised its 1988 purchase option calling "
            "for cockpit display units for the 767 jetliner."
        ),
        "REQUEST",
    ),
    (
        "She said the IBC agreed with a request by growers for the Institute to ask the "
        "finance ministry for a quarterly adjustment of the minimum support price.",
        "REQUEST",
    ),
    (
        "In steel, Nippon Kokan is fighting back against cheap Brazilian imports by "
        "concentrating on high-grade specialty products.",
        "ASSAULT",
    ),
    (
        (
            "Officials noted that the agency has kept short-term export cover open for "
            "Kenya, which was backed by letters of credit from the Central Bank of Kenya."
        ),
        "SUPPORT",
    ),
    (
        "Most of the price will be met by the issue of 4.6 mln new Hartley shares, "
        "which are being placed with institutions at 180p each.",
        "AGREE",
    ),
]


def test_a_principal_is_not_visited_and_real_fights_stay(
    analyse: Callable[[str], Document],
) -> None:
    visited = analyse(
        "Ecuador's Energy Minister Javier Espinosa said Mexico, Malaysia and Oman "
        "agreed to help OPEC by curbing output after he visited them on OPEC's behalf "
        "last month."
    ).events
    assert not any(
        e.type == "CONSULT" and any(a.text == "OPEC" for a in e.target_actors) for e in visited
    )
    fought = analyse("Rebels fought against government troops.").events
    assert [e.type for e in fought] == ["ASSAULT"]
    # (v129: the same words under "as long as ..., we will stand by its side" are now read
    # as a condition, as two of the three pool verdicts on them had it; the fight told
    # outright stays)
    liberation = analyse("GUNT rebels continue to fight for the liberation of Chad.").events
    assert "ASSAULT" in [e.type for e in liberation]


# Round 33 (fresh samples judged with v68): deaths in floods, analysts who "agreed",
# split company names ("C. Itoh and Co Ltd"), a withdrawal "from" a venture, the owner of
# an act criticised, a signing told again, prices and payments as parties, and the
# counterparts of talks "with" several parties.

FULL_PIPELINE_NOT_33 = [
    (
        "Thirty people were killed or hurt in floods in northern Pakistan and five more "
        "died in landslides after torrential rain, Radio Pakistan said on Sunday.",
        "ASSAULT",
    ),
    ("Paul Mlotok, oil analyst at Salomon Brothers in New York, agreed.", "AGREE"),
    (
        "He defended the department's loan rate differentials, saying that they mirror "
        "average market prices over the whole season.",
        "SUPPORT",
    ),
]


def test_split_names_leavings_owners_and_signings_told_again(
    analyse: Callable[[str], Document],
) -> None:
    itoh = analyse(
        "C. Itoh and Co Ltd <CITT.T> has agreed in principle to buy two mainframe "
        "computers from Hitachi Ltd <HIT.T> for 12 mln dlrs, the trading house said."
    ).events
    assert [[a.text for a in e.source_actors] for e in itoh] == [["C. Itoh"]]
    left = analyse(
        "CRA Ltd said its improved earnings reflected lower costs and its withdrawal "
        "from an Indonesian copper venture."
    ).events
    assert not any("venture" in a.text for e in left for a in e.source_actors)
    owner = analyse(
        "Broadbent, the New Democratic Party leader, has criticized Dome's acceptance "
        "of a 5.5 billion Canadian dlr bid from Amoco Corp as handing Canada's oil "
        "patch to foreigners."
    ).events
    assert not any("Amoco" in a.text for e in owner for a in e.target_actors)
    signed = analyse(
        "Pacific Telecom Bhd (PTB) signed an agreement to form a joint venture company "
        "with Japan's NEC Corp to lay the undersea link by 1990, it said. PTB Chairman "
        "Ahmad Razak Ismail and NEC Executive Director Kenji Ota signed the agreement."
    ).events
    assert [e.type for e in signed] == ["SUPPORT"]
    talks = analyse(
        '"We believe progress is possible on this issue," she told a news conference '
        "after informal talks with the U.S., Canadian and European Community (EC) farm "
        "ministers."
    ).events
    assert not any(e.type == "CONSULT" and e.source_actors for e in talks)
    froze = analyse(
        "Volcker backed the plan to reschedule loans to Peru, even though the country "
        "later froze its payments to foreign bank creditors."
    ).events
    assert not any("payments" in a.text for e in froze for a in e.target_actors)


# Round 34 (fresh samples judged with v69): a missile fired at a hulk, "It strikes me
# odd", support of a dismissal, release from receivership, forecasts of operations, a
# signing told again "with" its counterpart, and a court's district as a party.

FULL_PIPELINE_NOT_34 = [
    (
        (
            "Diplomats said Iran had fired a new Chinese-made missile at a hulk moored off "
            "Bandar Abbas during a test and scored a hit."
        ),
        "ASSAULT",
    ),
    (
        (
            "It strikes me odd, the Ohio Republican said, that so few women serve as air "
            "traffic controllers."
        ),
        "ASSAULT",
    ),
    (
        "The DOT ruled a day after the Justice Department revealed that it supported "
        "dismissal of the USAir request.",
        "SUPPORT",
    ),
    (
        "Orbit Systems Ltd said a British Columbia court has signed an order approving "
        "its debt repayment plan and releasing the company from receivership.",
        "RETREAT",
    ),
    (
        "Given current demand, refineries should operate at around 80 pct of capacity "
        "over the summer, Buckler said.",
        "REQUEST",
    ),
]


def test_a_signing_told_again_and_a_courts_district(
    analyse: Callable[[str], Document],
) -> None:
    signed = analyse(
        "Harbor Ventures Inc said it has signed an agreement to open at least 25 Yogurt "
        "Palace stores in central Texas. It said it signed the agreement with Lone Star "
        "Holdings Inc, which received 1,200,000 Harbor shares."
    ).events
    assert [e.type for e in signed] == ["SUPPORT"]
    filed = analyse(
        "Ashland said it filed the trade secrets complaint in the United States "
        "District Court for the Eastern District of Kentucky, and a separate contract "
        "complaint in Circuit Court, Fayette County, Ky."
    ).events
    assert not any("Kentucky" in a.text for e in filed for a in e.target_actors)


# Round 35 (fresh samples judged with v70): acts "until" others agree, a crash's toll in
# a relative clause, support "rallied behind", efforts "deployed", an overtime ban, a
# request for proposals, strikes voted for, a delegation one heads, "no assurance" of an
# act, a summit's city, a military strike, and a refusal "will not agree to" a ceasefire.

FULL_PIPELINE_NOT_35 = [
    (
        "Senate Republicans have said they will not bargain over the spending bill "
        "until House Democrats are able to agree among themselves.",
        "AGREE",
    ),
    (
        "A federal judge decided that damage claims arising from the 1985 crash of a "
        "Delta Air Lines jumbo jet which killed 137 people near Dallas will be heard in "
        "Fort Worth.",
        "ASSAULT",
    ),
    (
        "Congressional leaders rallied behind Reagan after the U.S. strike against "
        "Iranian oil platforms in the Gulf.",
        "PROTEST",
    ),
    (
        "He said Iran and Algeria had deployed considerable efforts to stablise petroleum prices.",
        "MOBILIZE",
    ),
    (
        (
            "He said BMW was unlikely to lose any production because of a ban on overtime "
            "called by its own works councils."
        ),
        "COERCE",
    ),
    (
        "The Interior Department issued a request for proposals to purchase the Eklutna "
        "hydroelectric dam in Alaska.",
        "REQUEST",
    ),
    ("Argentine teachers voted to launch a national strike next week.", "PROTEST"),
    (
        "The company cautioned that there could be no assurance a merger would be "
        "completed or that Holiday would agree to talks.",
        "REJECT",
    ),
]


def test_heads_of_delegations_cities_military_strikes_and_refusals(
    analyse: Callable[[str], Document],
) -> None:
    arrived = analyse(
        "Oil Minister Arturo Hernandez Grisanti of Venezuela arrived in Riyadh at the "
        "head of a high-level delegation for talks on OPEC output quotas."
    ).events
    assert not any("delegation" in a.text for e in arrived for a in e.target_actors)
    struck = analyse(
        "Congressional leaders rallied behind Reagan after the U.S. strike against "
        "Iranian oil platforms in the Gulf."
    ).events
    assert [e.type for e in struck] == ["ASSAULT"]
    walkout = analyse("Workers began a strike against General Motors.").events
    assert [e.type for e in walkout] == ["PROTEST"]
    refused = analyse("Iran will not agree to a ceasefire, Rafsanjani said.").events
    assert [e.type for e in refused] == ["REJECT"]
    asked = analyse("Iraq did not ask for talks.").events
    assert asked == ()


# Round 36 (fresh samples judged with v71): a contract's services, a trading halt sought,
# topics to discuss, a trend of many, a commodity as a party, a signing told again in the
# passive, freedom from prosecution, hopes that others act, currency controls, a strike
# settled, and the destination of goods whose export bonuses are accepted.

FULL_PIPELINE_NOT_36 = [
    (
        "Harbor Analytics Inc said it was awarded a 30-month contract valued at 6.2 mln "
        "dlrs to provide technical assistance to the Federal Aviation "
        "Administration.",
        "AID",
    ),
    (
        "The PMB had sought a temporary suspension of futures trading and asked the "
        "LPFA to intervene.",
        "THREATEN",
    ),
    (
        "Interstate banking is spreading anyway, since state legislatures are agreeing "
        "to allow bank takeovers across borders within regional compacts.",
        "AGREE",
    ),
    (
        (
            "However, Dattel was freed from prosecution once doctors certified he was too "
            "ill to stand trial."
        ),
        "RETREAT",
    ),
    (
        "The bidder said it hopes Sealy's directors will reconsider their stance and "
        "enter into serious negotiations.",
        "AGREE",
    ),
    (
        "South Korea imposed currency controls on Monday in what dealers described as a "
        "last-ditch effort to curb speculation.",
        "COERCE",
    ),
    (
        "Prospects of a larger Argentine crop and the settlement of the Argentine "
        "dockworkers strike will weigh further on prices.",
        "PROTEST",
    ),
]


def test_topics_commodities_destinations_and_signings_told_again(
    analyse: Callable[[str], Document],
) -> None:
    topics = analyse(
        "Moscow has for the first time agreed to discuss the issues of Afghanistan and "
        "Cambodia at its talks with Beijing, a Chinese foreign ministry official said."
    ).events
    assert not any("Afghanistan" in a.text for e in topics for a in e.target_actors)
    bonus = analyse(
        "The CCC has accepted bids for export bonuses covering 25,000 tonnes of barley "
        "for shipment to Saudi Arabia, the Agriculture Department said."
    ).events
    assert [(e.type, e.target_actors) for e in bonus] == [("AGREE", ())]
    signed = analyse(
        "Zambia and France signed an accord to reschedule Zambia's "
        "government-guaranteed debts. The accord was signed by Zambian Finance Minister "
        "Gibson Chigaga and the French ambassador in Lusaka."
    ).events
    assert [e.type for e in signed] == ["SUPPORT"]
    offer = analyse("Syria accepted an offer of talks from Israel.").events
    assert [[a.text for a in e.target_actors] for e in offer] == [["Israel"]]


# Round 37 (fresh samples judged with v72): analysts who "agreed and said", a firm's
# city as a party, donations in general, "demonstrated that", loans to clients, a
# position as the antecedent of "he", a trade round named after a country, polls,
# spending blamed and a country's launched strike.

FULL_PIPELINE_NOT_37 = [
    (
        (
            "Janet Price of Texaco agreed and said, Even so, a buyer for a few hundred "
            "million barrels of oil a year matters when supplies are plentiful."
        ),
        "AGREE",
    ),
    (
        (
            "The new screening kits will be used on blood donated to the Red Cross, a "
            "company spokesman said."
        ),
        "AID",
    ),
    (
        "The Fed demonstrated that its stance is unchanged, said Maury Harris, an "
        "economist at PaineWebber.",
        "PROTEST",
    ),
    (
        "Dealers said several Malaysian banks have offered prime corporate customers "
        "loans at close to interbank rates.",
        "AGREE",
    ),
    (
        "Most Britons disapprove of the way Margaret Thatcher has handled the health "
        "service, an opinion survey showed.",
        "ACCUSE",
    ),
    (
        (
            "Traders said one rumor was that the United States had launched a naval strike "
            "against Iranian oil platforms."
        ),
        "PROTEST",
    ),
]


def test_seats_positions_rounds_and_spending_are_not_parties(
    analyse: Callable[[str], Document],
) -> None:
    seat = analyse(
        "Brightway Corp said Henkel KGaA of Dusseldorf, West Germany, agreed to lift "
        "its holding in Brightway to 35 pct from the present 28 pct."
    ).events
    assert not any("Dusseldorf" in a.text for e in seat for a in e.source_actors)
    met = analyse(
        "A foreign ministry spokesman said Athens' position was made clear to Turkish "
        "ambassador Nazmi Akiman when he met Deputy Foreign Minister Theodoros Pangalos "
        "on Monday."
    ).events
    assert not any("position" in a.text for e in met for a in e.source_actors)
    round_ = analyse(
        "President Reagan, who has firmly supported the Uruguay trade round as a way to "
        "open markets, warned that the U.S. will impose duties on Japanese goods."
    ).events
    assert not any("Uruguay" in a.text for e in round_ for a in e.target_actors)
    urged = analyse(
        "Most members of the House Agriculture Committee urged President Reagan to drop "
        "his opposition to the farm bill."
    ).events
    assert [e.type for e in urged] == ["REQUEST"]


# Round 38 (fresh samples judged with v73): questions, a letter's recipients "seeking"
# support, military raids, and the product that distribution rights are "to".


def test_questions_letters_raids_and_rights(analyse: Callable[[str], Document]) -> None:
    assert analyse("Is the president going to ask him?").events == ()
    letter = analyse(
        "Sen. Alan Dixon said in a letter to fellow senators seeking votes for his bill "
        "to restrict the loans."
    ).events
    assert not any("senators" in a.text for e in letter for a in e.source_actors)
    raid = analyse(
        "South Africa has in the past raided suspected ANC bases in neighbouring "
        "Botswana and Zimbabwe."
    ).events
    assert [e.type for e in raid] == ["ASSAULT"]
    police = analyse("Police raided the offices of the newspaper.").events
    assert [e.type for e in police] == ["COERCE"]
    diverted = analyse(
        "Money from the secret weapons deals was funnelled to contra rebels fighting "
        "the Sandinista government in Nicaragua."
    ).events
    assert any(e.type == "ASSAULT" and e.source_actors for e in diverted)


# Round 39 (the final pool of session 8, seeds 72601-72606, judged with v74): meetings
# not yet held, unconfirmed reports, stranded "with", views agreed to, demands' clauses,
# measures on trade, decisions to strike, currencies "hit", backgrounds, attempts, land
# concessions, participles as adjectives, "aid donors" and disaster tolls.

FULL_PIPELINE_NOT_39 = [
    (
        "Finance Minister Svetozar Rikanovic, speaking before his meeting with the "
        "Paris Club creditor group, said Yugoslavia hoped to reschedule about 1.5 "
        "billion dlrs of debt.",
        "CONSULT",
    ),
    (
        "Officials would not comment on press reports from Tokyo that central bank "
        "deputies would attend the Venice gathering.",
        "AGREE",
    ),
    (
        "Not wanting to upset the Swiss banks they now cooperate with, Japanese "
        "securities houses may look for new borrowers in the franc market.",
        "COOPERATE",
    ),
    (
        "Robert Keller, chief financial officer of MCI's Atlanta-based Southern "
        "Division, told reporters he could not predict second-quarter earnings, but "
        "agreed that for the full year the division should have roughly the same "
        "earnings as in 1986.",
        "AGREE",
    ),
    (
        "The marchers also voiced their support for a demand that imprisoned ANC leader "
        "Nelson Mandela be released.",
        "RETREAT",
    ),
    (
        "Nicaragua also banned the sale of gasoline on Sundays and rationed sales "
        "during the week, the energy ministry said in a statement.",
        "COERCE",
    ),
    (
        "Members of the United Steelworkers union, local 1010, voted Friday to go on "
        "strike against Inland Steel's Indiana Harbor plant, starting Monday.",
        "PROTEST",
    ),
    (
        "The Lebanese pound, hit by the failure of the country's deeply divided "
        "leadership to end the civil war, has shed more than 70 pct of its value "
        "against the dollar since January.",
        "ASSAULT",
    ),
    (
        "Against a background of Western trade sanctions, shrinking incomes, high "
        "unemployment and double-digit inflation, ministers say reviving growth is "
        "their main goal.",
        "SANCTION",
    ),
    (
        "A U.N. spokesman said Perez de Cuellar declined to comment on the raid, which "
        "followed his call on Monday for restraint as he pursued efforts to obtain a "
        "ceasefire in the Gulf war.",
        "RETREAT",
    ),
    (
        "Golden Star Resources said its 45 pct-owned Bogoso Gold Ltd unit was granted a "
        "further concession of land in Ghana to explore for and mine gold.",
        "CONCEDE",
    ),
    (
        "Financially pressed Nigeria, one of OPEC's biggest African producers, has "
        "lately been pumping about 1.3 mln barrels per day (bpd), a petroleum ministry "
        "official said.",
        "REQUEST",
    ),
    (
        "Aid donors to the Philippines pledged a total of 2.7 billion dlrs in fresh "
        "funds to Manila, according to a statement released after the donor group's "
        "two-day session in Tokyo.",
        "AID",
    ),
    (
        "Government figures show that over 2,500 people were killed and about 200,000 "
        "injured when poison gas escaped from a Union Carbide plant in Bhopal in "
        "December 1984.",
        "ASSAULT",
    ),
]


def test_meetings_held_later_reports_asked_for_and_acts_that_stay(
    analyse: Callable[[str], Document], rules: Callable[[str], Document]
) -> None:
    # the rules keep the meeting; the v165 check puts it just over its cut (p .504)
    told = rules(
        'Lawson told the group that before a meeting with Baker on Friday, "There had '
        'been some unexpected sharp words."'
    ).events
    assert [e.type for e in told] == ["CONSULT"]
    asked = analyse(
        "But the agency, in a much-delayed report requested by Congress in 1985, "
        "stopped short of setting a deadline."
    ).events
    assert [e.type for e in asked] == ["REQUEST"]
    blamed = analyse("In private, they blame U.S. carmakers for poor quality.").events
    assert [e.type for e in blamed] == ["ACCUSE"]
    ruled = analyse(
        "A federal judge in Delaware said she would rule on Monday on Gencorp Inc's "
        "request for an injunction to block a hostile tender offer by AFG Industries."
    ).events
    assert [e.type for e in ruled] == ["REQUEST"]
    killed = analyse("Five people were killed when a bomb exploded in a market.").events
    assert [e.type for e in killed] == ["ASSAULT"]


def test_co_complainants_and_the_employer_of_one_charged(
    analyse: Callable[[str], Document],
) -> None:
    complaints = analyse(
        "A spokesman for the Corporate Affairs Commission of New South Wales said the "
        "arrest was the result of an investigation prompted by complaints from Westpac "
        "and <Kleinwort Benson Australia Ltd>."
    ).events
    assert complaints and not any(
        "Kleinwort" in a.text for e in complaints for a in e.target_actors
    )
    charged = analyse(
        "Police in Sydney said they had charged a former foreign-exchange dealer of "
        "Westpac Banking Corp <WSTP.S> with stealing 12,500 dlrs last month in a "
        "suspected currency fraud."
    ).events
    assert [e.type for e in charged] == ["ACCUSE"]
    assert not any("Westpac" in a.text for e in charged for a in e.target_actors)
    signed = analyse("Japan and Britain have signed a memorandum on securities markets.").events
    assert [[a.text for a in e.target_actors] for e in signed] == [["Britain"]]


# Round 40 (seeds 72701-72706 judged with v75): holdings and contract work as backing,
# seizures being moved to, measures maintained or eased on trade, requirements and
# reasons, bans agreed to, idioms and pleas, routine business and forecasts.

FULL_PIPELINE_NOT_40 = [
    (
        "The Malaysian government owns or backs about 400 firms through two state "
        "holding groups with combined assets of over six billion dlrs, the study found.",
        "SUPPORT",
    ),
    (
        "The commission is moving to seize the two traders' American holdings, which "
        "they would lose unless they fight the case in court, an SEC lawyer said.",
        "COERCE",
    ),
    (
        "The firm said it has supported the Ames center's climate modelling program for "
        "eight years and will fold that earlier work into the new award.",
        "SUPPORT",
    ),
    (
        (
            "President Alan Garcia said Peru would therefore maintain July's suspension of "
            "interest payments on its foreign bank debt."
        ),
        "THREATEN",
    ),
    (
        "A Senate subcommittee voted to sharply ease federal curbs on high-technology "
        "exports while other panels pressed ahead with a broad overhaul of trade law.",
        "CONCEDE",
    ),
    (
        "Sanctions could be set off by a provision requiring that the administration "
        "investigate whether American exporters were treated unfairly abroad.",
        "ACCUSE",
    ),
    (
        "The West German ruling coalition said after long wrangling that it would agree "
        "to a superpower ban on shorter-range atomic missiles.",
        "THREATEN",
    ),
    (
        (
            "Local papers reported that several of the 30 bankers present seized the "
            "opportunity to tell Alfonsin they wanted Sourrouille out of his post."
        ),
        "COERCE",
    ),
    (
        "The unit, Garden State Trust Co of Newark, pleaded guilty to three "
        "misdemeanors in U.S. District Court in Trenton.",
        "REQUEST",
    ),
    (
        "Lawmakers cite last year's record trade gap with Tokyo as a reason to press "
        "Japan to purchase more American farm products.",
        "REQUEST",
    ),
    (
        "He said Legal and General will work closely with dealers on the paper program "
        "to find a price level that satisfies investor demand.",
        "AGREE",
    ),
    (
        "A Mexico Fund, through which foreign investors could buy shares of Mexican "
        "companies, should start operating within about three months, the Securities "
        "and Exchange Commission said.",
        "REQUEST",
    ),
    (
        '"Lufthansa should be riding a strong tide of demand this summer," the analyst said.',
        "REQUEST",
    ),
]


def test_destinations_lists_and_companies_formed_are_not_parties(
    analyse: Callable[[str], Document],
) -> None:
    called = analyse(
        "Some businessmen have called for a return to the IMF, saying it would open the "
        "way to fresh credit for the country."
    ).events
    assert [e.type for e in called] == ["REQUEST"]
    assert not any("IMF" in a.text for e in called for a in e.target_actors)
    listed = analyse(
        "Elias Zinn, president of Entertainment Marketing Inc, has demanded a list of "
        "Crazy Eddie Inc's shareholders from the electronics retailer."
    ).events
    assert not any("shareholders" in a.text for e in listed for a in e.target_actors)
    formed = analyse(
        "Harland Media Inc said 62 pct-owned The Morning Courier PLC, of Edinburgh, "
        "agreed to form a joint venture printing company in Leeds, England with "
        "Northern Press PLC."
    ).events
    assert not any("printing" in a.text for e in formed for a in e.target_actors)
    # what stays: a plain demand, real backing, a ban imposed and work with a government
    assert [e.type for e in analyse("Iraq urged Iran to end the war.").events] == ["REQUEST"]
    backed = analyse("Damascus has supported anti-Turkish Kurdish guerrillas.").events
    assert [e.type for e in backed] == ["SUPPORT"]
    banned = analyse("The government banned the opposition party.").events
    assert [e.type for e in banned] == ["COERCE"]


# Round 41 (seeds 72801-72806 judged with v76): disputes between firms, tenants, protests
# and strikes still to come, forecasts, collateral, comparisons, sales to manufacturers,
# causes fought for, the employer of a chief executive charged and support sought for a
# stance.

FULL_PIPELINE_NOT_41 = [
    (
        "The bank said it will continue to occupy three floors of the building, renting "
        "them back from the new owner, Hines Interests.",
        "COERCE",
    ),
    (
        (
            "Taiwan, a founding member of the bank, will boycott its annual meeting again "
            "this year in protest against Beijing's admission."
        ),
        "PROTEST",
    ),
    (
        "He said the nation must guard against internal rifts at a time when foreign "
        'powers aimed to "crush the revolution...And destroy all of us."',
        "COERCE",
    ),
    (
        "The Teamsters union said more than 800 of its members will demonstrate Friday "
        "at Acme Holdings Corp's headquarters protesting Acme's planned 900 mln dlr "
        "takeover of Midwest Grocers Inc.",
        "PROTEST",
    ),
    (
        "South Korea has relaxed its limit on the number of branches brokerage houses "
        "may open, to serve a growing pool of small investors, the Finance Ministry "
        "said.",
        "CONCEDE",
    ),
    (
        (
            "The National Maritime Union has said it will likely go on strike this summer "
            "to protest shipowners' demands for pay cuts."
        ),
        "PROTEST",
    ),
    (
        "A joint Canadian-American trade mission to market the St. Lawrence route to "
        "European shippers should result in more ships using the waterway this year, "
        "Blair said.",
        "REQUEST",
    ),
    (
        (
            "Given its weak finances, the company said, nearly all its Canadian assets "
            "apart from receivables are pledged as security for its loans."
        ),
        "AGREE",
    ),
    (
        "The minister rejected any comparison between today's market turmoil and the "
        "Wall Street crash of 1929.",
        "REJECT",
    ),
    (
        "Hitachi has supplied video recorders to British manufacturers for sale under "
        "their own labels since 1985.",
        "AID",
    ),
    (
        "Noting that the mechanics' union had repeatedly clashed with Eastern's parent, "
        "Texas Air Corp, Bryan said the two had a difficult relationship.",
        "ASSAULT",
    ),
]


def test_causes_employers_and_stances_are_not_parties(
    analyse: Callable[[str], Document],
) -> None:
    fight = analyse(
        '"So long as the GUNT movement continues to fight for the liberation of Chad, '
        'Libya will remain on its side," Gaddafi said.'
    ).events
    assert not any("Chad" in a.text for e in fight for a in e.target_actors)
    charged = analyse(
        "Prosecutors in Seoul on Friday charged the president of Pan Ocean Shipping "
        "Company with tax evasion and embezzlement."
    ).events
    assert [e.type for e in charged] == ["ACCUSE"]
    assert not any("Pan Ocean" in a.text for e in charged for a in e.target_actors)
    sought = analyse(
        "Gros and finance minister Dilson Funaro have just completed a tour of Europe and "
        "Japan to seek official support for Brazil's debt stance."
    ).events
    assert not any("Brazil" in a.text for e in sought for a in e.target_actors)
    # what stays: import controls eased (a market opened), restrictions lifted on firms,
    # a ban on another country's goods, and signings summed over the years
    relax = analyse(
        "South Korea will relax import controls on dozens of consumer goods next month."
    ).events
    assert [e.type for e in relax] == ["AGREE"]
    lifting = analyse(
        "The Justice Department has proposed lifting some restrictions on the seven "
        "regional Bell companies."
    ).events
    assert [e.type for e in lifting] == ["AGREE"]
    ban = analyse(
        "Growers plan to file a petition challenging Taiwan's ban of U.S. fruit imports."
    ).events
    assert [e.type for e in ban] == ["COERCE"]
    signed = analyse(
        "Tanzania has signed mineral prospecting agreements with three foreign mining "
        "groups since 1984."
    ).events
    assert [e.type for e in signed] == ["SUPPORT"]


# Round 42 (seeds 72901-72906 judged with v77): vows to veto or to press on, free
# relatives, trade services, a company's own special meeting, capabilities, standing
# charges, cases referred for investigation, generalities, and an example followed.

FULL_PIPELINE_NOT_42 = [
    (
        "The president has repeatedly vowed to veto any tax rise that lawmakers send "
        "him for the coming fiscal year.",
        "AGREE",
    ),
    (
        (
            "\"She won't sit down and bargain over a spending plan when we can't be sure "
            'that whatever the governor agrees to will actually be delivered," he said.'
        ),
        "AGREE",
    ),
    (
        "The firm said its Hong Kong partner will provide import and export assistance, "
        "market and trade information, contacts and introductions in China.",
        "AGREE",
    ),
    (
        "The company said it will hold a special shareholder meeting on September 22 "
        "for a vote on approval of the merger at the offer price.",
        "AGREE",
    ),
    (
        (
            "Iran is working with Peking on a missile of greater range capable of hitting "
            "nearly all of Iraq, a British Sunday paper said."
        ),
        "ASSAULT",
    ),
    (
        "Nakasone vowed on Tuesday to press on with his tax reform despite the ruling "
        "Liberal Democratic Party's surprise loss in a weekend by-election.",
        "AGREE",
    ),
    (
        "South Korea, which has been accused of dumping goods from televisions to steel "
        "pipe abroad, is now under attack for alleged price-cutting in shipbuilding.",
        "ACCUSE",
    ),
    (
        "The Army paid 95 mln dlrs to settle the contractor's claims in 1982 and later "
        "referred the matter to the Justice Department for investigation of possible "
        "fraud.",
        "ACCUSE",
    ),
    (
        "No land reform anywhere in the world has ever succeeded without peasants "
        "occupying land, the bishop said.",
        "COERCE",
    ),
]


def test_an_example_followed_is_no_party_and_vows_and_tolls_that_stay(
    analyse: Callable[[str], Document],
) -> None:
    follow = analyse(
        "Peru has threatened to follow Brazil in suspending interest payments unless "
        "its creditor banks agree to new terms."
    ).events
    assert [e.type for e in follow] == ["THREATEN"]
    assert not any("Brazil" in a.text for e in follow for a in e.target_actors)
    kept = analyse(
        "Washington has vowed to keep the Strait of Hormuz open to tanker traffic."
    ).events
    assert [e.type for e in kept] == ["AGREE"]
    arrested = analyse(
        "It coincides with a police investigation in which 114 people have been arrested for "
        "alleged drug dealing, police said today."
    ).events
    assert "COERCE" in [e.type for e in arrested]
    aid = analyse(
        "The oil, which has been supplied to Jordan as emergency relief crude, was "
        "priced separately."
    ).events
    assert [e.type for e in aid] == ["AID"]


# Round 43 (the final pool, seeds 73001-73006, judged with v78): a person's withdrawal,
# commodity rallies, strikes aimed "at" something, a practice banned, standing refusals,
# unconfirmed reports, firms "wound up"; whom a complaint is made to, and installations
# whose owner is not given.

FULL_PIPELINE_NOT_43 = [
    (
        "The nominee's withdrawal was announced at a White House briefing by spokesman "
        "Marlin Fitzwater, who said Reagan had accepted it with regret.",
        "RETREAT",
    ),
    (
        "Corn futures rallied after a USDA report on Thursday that growers plan to sow "
        "67 mln acres this spring.",
        "PROTEST",
    ),
    (
        "Washington said U.S. Navy ships destroyed an Iranian offshore platform and "
        "struck at another one on Monday in reprisal for an Iranian missile strike on a "
        "tanker.",
        "PROTEST",
    ),
    (
        "Last month some CBOT floor traders, worried that dual trading looked open to "
        "abuse, proposed banning the practice.",
        "THREATEN",
    ),
    (
        "Britain, unlike Norway which has curbed its North Sea output, has consistently "
        "refused to intervene in the oil market.",
        "REJECT",
    ),
    (
        "The official Philippine News Agency reported that at least 12 guerrillas died "
        "in the clash, but army officers could not confirm the toll.",
        "ASSAULT",
    ),
    (
        (
            "The council was told of the appeal lodged on Monday by Shearson Lehman in the "
            "legal bid it led on behalf of creditor banks to have the ITC wound up."
        ),
        "ASSAULT",
    ),
]


def test_addressees_of_complaints_and_unowned_installations_are_not_parties(
    analyse: Callable[[str], Document],
) -> None:
    syria = analyse(
        "Jordan has complained to the United Nations that Israeli authorities were "
        "preventing West Bank farmers from exporting their olive oil."
    ).events
    assert [e.type for e in syria] == ["ACCUSE"]
    assert not any("United Nations" in a.text for e in syria for a in e.target_actors)
    japan = analyse(
        "U.S. trade officials have complained to Japan that American builders are being "
        "shut out of contracts for the new airport."
    ).events
    assert [[a.text for a in e.target_actors] for e in japan] == [["Japan"]]
    rig = analyse(
        "Reagan told reporters he had ordered the strike on the first platform by three "
        "U.S. destroyers, which fired roughly 1,000 shells at the Rostam oil rig 100 "
        "miles off Bahrain."
    ).events
    assert not any("Rostam" in a.text for e in rig for a in e.target_actors)
    owned = analyse(
        "Two U.S. destroyers on Monday destroyed an Iranian oil platform in the central Gulf."
    ).events
    assert [[a.text for a in e.target_actors] for e in owned] == [["Iranian oil platform"]]
    union = analyse(
        "The union has threatened to strike at midnight on Friday unless a tentative "
        "deal with the carmaker is reached by then."
    ).events
    assert [e.type for e in union] == ["THREATEN"]


# A place attached to the act itself comes before one elsewhere in the sentence.


def test_the_place_attached_to_the_act_comes_first(analyse: Callable[[str], Document]) -> None:
    doc = analyse(
        "After the talks in Geneva, Iraqi troops attacked Iranian positions in Basra on Monday."
    )
    places = {p.id: p.span.text for p in doc.places}
    assert [places.get(e.place or "") for e in doc.events if e.type == "ASSAULT"] == ["Basra"]


# Round 44: offices one person holds at once are that person, once; two office holders
# each with their own determiner stay two.


def test_offices_held_by_one_person_are_one_party(
    analyse: Callable[[str], Document],
) -> None:
    def sources(text: str) -> list[list[str]]:
        return [[a.text for a in e.source_actors] for e in analyse(text).events]

    assert sources(
        "Harbor Mills Corp said its chairman and chief executive officer Ellen Grant resigned "
        "on Friday."
    ) == [["Ellen Grant"]]
    assert sources(
        "The airline said president and chief executive Mark Dolan resigned last week."
    ) == [["Mark Dolan"]]
    assert sources(
        "Apex Foods Inc said its director and former president resigned from the board."
    ) == [["its director"]]
    two = analyse("The president and the prime minister met in the capital on Monday.").events
    assert [len(e.source_actors) + len(e.target_actors) for e in two] == [2]


FULL_PIPELINE_NOT_44 = [
    (
        "Bankers praised the close cooperation that was demonstrated between the World Bank "
        "(IBRD) and the lenders during the crisis.",
        "PROTEST",
    ),
    # round 45: what is opposed, offered as "no ...", inferred from figures, a market's
    # rally, a stoppage only called, and advice to one's own country
    (
        "The Federal Reserve said it opposes putting restrictions on the use of junk bonds.",
        "COERCE",
    ),
    ("The ministry opposes imposing sanctions on South Africa.", "SANCTION"),
    ("Pyongyang said it would impose no restrictions on the visiting diplomats.", "THREATEN"),
    (
        "Falling export figures indicated Nigeria was insisting on higher official prices.",
        "REQUEST",
    ),
    ("Sterling held firm and Chicago rallied, dealers said.", "PROTEST"),
    ("Teachers in Madrid called a strike for next week.", "PROTEST"),
    (
        "Brazil should widen its coffee sales to Asia, the Bank of Brazil said in a report.",
        "REQUEST",
    ),
]


FULL_PIPELINE_NOT_46 = [
    # restrictions no verb puts in place, and passive endorsements of things: background
    (
        "Exporters blamed Korea's self-imposed restrictions on shipments to Europe for the "
        "drop in sales.",
        "COERCE",
    ),
    (
        "The company said it cannot ship the cars there because of Brazilian import restrictions.",
        "COERCE",
    ),
    ("The firm adopted the network protocol standard endorsed by General Motors.", "SUPPORT"),
    (
        "Its new radar was endorsed by the Federal Aviation Administration, the company said.",
        "SUPPORT",
    ),
    # vowing to keep on one's own course promises nothing to anyone
    (
        "Chirac vowed to press on with his reform plan despite the defeat of the ruling "
        "Socialist Party in Sunday's vote.",
        "AGREE",
    ),
    (
        "Libya said its jets had struck the base and vowed to keep up such raids until the "
        "war ends.",
        "AGREE",
    ),
]


FULL_PIPELINE_NOT_47 = [
    # buyers' inquiries are questions asked, not investigations
    (
        (
            "Traders said they were getting nearly daily inquiries from Europe and Japan "
            "about the notes."
        ),
        "ACCUSE",
    ),
]


FULL_PIPELINE_NOT_49 = [
    # an accident's toll, a figure of speech, a ruling fought in court, a product supported
    (
        "Twelve people were killed and 30 injured when a Nigerian airliner flew into power "
        "lines and crashed near the airport.",
        "ASSAULT",
    ),
    (
        "Retaliation was demanded by the chip industry and its union, both hard hit by Korean "
        "semiconductor trade.",
        "ASSAULT",
    ),
    (
        "The ruling, which is being fought by Mexico, bars U.S. buyers from paying certain "
        "Mexican freight charges.",
        "ASSAULT",
    ),
    (
        "Dozens of software companies announced programs to support Commodore International "
        "Ltd's new Amiga computers.",
        "SUPPORT",
    ),
]


def test_the_news_agency_told_is_no_party(analyse: Callable[[str], Document]) -> None:
    """ "officials told *Reuters* the G-7 will meet": the agency is the one told, never
    part of the name after it or of the actor that meets."""
    for text in (
        "Japanese officials travelling with the minister told Reuters the G-7 will meet today.",
        "Two dealers told Reuters West African cocoa growers will meet next month.",
    ):
        doc = analyse(text)
        names = {e.id: e.name for e in doc.entities}
        sources = [names.get(s, "") for e in doc.events for s in e.sources]
        assert sources and not any("Reuters" in n for n in sources), (text, sources)


def test_a_state_protesting_complains_and_crowds_protest(
    analyse: Callable[[str], Document],
) -> None:
    """ "Spain protested to the EC about its plan": an official complaint (ACCUSE 114);
    farmers or workers protesting stay PROTEST."""
    official = analyse(
        "Spain has protested to the European Community about its plan to raise duties on "
        "olive oil, the trade minister said."
    ).events
    assert [(e.type, e.cameo) for e in official] == [("ACCUSE", "114")]
    street = analyse("Thousands of farmers staged a protest in Madrid on Monday.").events
    assert [e.type for e in street] == ["PROTEST"]


FULL_PIPELINE_NOT_58 = [
    # a dismissal "as" a post, and a call for bids
    (
        "Acme Corp said its board has released John Smith as chief executive, but he will "
        "stay on the board.",
        "RETREAT",
    ),
    ("The Navy has called for new bids on the frigate contract, officials said.", "REQUEST"),
]


FULL_PIPELINE_NOT_65 = [
    # refusals made consistently or repeatedly are standing policies
    (
        "Norway's neighbour Canada has consistently refused to cooperate with OPEC output cuts.",
        "REJECT",
    ),
    (
        "Mexico's government has repeatedly refused to approach the Fund, arguing it would "
        "bring recession.",
        "REJECT",
    ),
]


FULL_PIPELINE_NOT_66 = [
    # force used by mishap, and whatever it hurts in the same breath, is no attack
    (
        (
            "A Swedish coastguard vessel was accidentally hit on Tuesday by shells from a "
            "Soviet warship in the Baltic and two crewmen were wounded, the Swedish navy "
            "said."
        ),
        "ASSAULT",
    ),
    # a ship "was struck": hit, no walkout
    (
        (
            "The patrol boat, the Kiel Star, was struck while watching Soviet naval "
            "exercises off the Baltic coast, a defence ministry official said."
        ),
        "PROTEST",
    ),
    # papers handed in for conversion are no side yielding
    (
        "The company expects nearly all of the notes will be surrendered for conversion into "
        "common stock.",
        "AGREE",
    ),
    # a tenant's floors, even when the parser hangs them on "through"
    (
        "Conrail said it will move its offices into the tower and occupy the 10th through 14th "
        "floors.",
        "THREATEN",
    ),
    # what a plan "meets with" is how it is received
    (
        (
            "European Commission chief Jacques Delors told reporters he met with strong "
            "objections from several heads of government to his proposed reform of the EC "
            "budget."
        ),
        "CONSULT",
    ),
    # a standing duty of the one bound, not a pledge made to it
    (
        "Under the convention, France is pledged to deliver 200,000 tonnes of wheat each year.",
        "AGREE",
    ),
    # a port closed by a ship running aground: an accident
    (
        "The port of Norfolk was closed when a Greek oil tanker, Aegean Star, ran aground after "
        "hitting a bridge, a Coast Guard spokesman said.",
        "COERCE",
    ),
    # firms supplying goods trade; they give no aid
    ("Reynolds Metals began supplying blanks to the Denver and Philadelphia mints in 1982.", "AID"),
]


FULL_PIPELINE_NOT_67 = [
    # a quake misread as hanging on the scale that measures it still hits nobody
    (
        "A strong earthquake measuring 7.1 on the open-ended Richter scale hit southern Peru "
        "early today, the Geophysical Institute reported.",
        "ASSAULT",
    ),
    # pests (joined to disease) destroy and threaten crops, not parties
    (
        "Pests and disease, which destroyed 2 mln tonnes of rice in India last year, are "
        "threatening crops on 8 mln hectares, the Hindu newspaper said.",
        "COERCE",
    ),
    (
        "Pests and disease, which destroyed 2 mln tonnes of rice in India last year, are "
        "threatening crops on 8 mln hectares, the Hindu newspaper said.",
        "THREATEN",
    ),
    # what a recommendation proposes is not done
    (
        "Ameritech said it opposes the Justice Department recommendation that regional "
        "telephone companies be banned from offering long distance services.",
        "COERCE",
    ),
    # one person concurring with what was said
    ("The other Democratic member of the three-man FCA board, Robert Lane, agreed.", "AGREE"),
    # sanctions "likely to take effect" are not yet in force
    (
        "White House spokesman Marlin Fitzwater said the new U.S. trade sanctions "
        "against Japan were likely to take effect next week.",
        "SANCTION",
    ),
    # a firm leaving a line of business
    (
        "The company said the sale will complete Harcourt's withdrawal from the commercial "
        "printing business.",
        "AGREE",
    ),
    # talks set off as scheduled are not yet held, wherever the parser hangs "scheduled"
    (
        "Two rounds of talks between President Reagan and Chancellor Kohl, scheduled for Monday "
        "and Tuesday, come on the heels of new U.S. tariffs on European goods.",
        "CONSULT",
    ),
    # talks under way are held: no intent to negotiate
    (
        "He said he hoped talks under way with the London Club, grouping Peru's commercial bank "
        "creditors, would shortly solve the problem of arrears.",
        "AGREE",
    ),
]


FULL_PIPELINE_NOT_68 = [
    # what one braces for has not come
    (
        "Other U.S. officials who work on sugar policy said they are bracing for a "
        "diplomatic and trade offensive from exporting nations led by the Philippines "
        "and the Dominican Republic.",
        "ASSAULT",
    ),
    # an act named as a possible outcome
    (
        (
            "Such a move could lead to urgent appeals from heavily indebted Latin American "
            "countries to the U.S. Treasury department for an easing of its terms, "
            "officials said."
        ),
        "REQUEST",
    ),
    # a figure of speech
    (
        (
            "Analyst Smith believes Washington is attempting to fire a shot across Japan's "
            "bow to show it is in earnest about opening markets."
        ),
        "ASSAULT",
    ),
    # people evacuated by no one named
    (
        "Tass said 9,000 people had been evacuated from mountain areas after the floods, and "
        "3,000 houses had been damaged.",
        "AID",
    ),
    # agreements executed, no one killed
    (
        "The company said it has also executed five-year employment contracts and "
        "non-compete agreements with two of the target's top executives.",
        "ASSAULT",
    ),
    # a reproach for what should have been done
    (
        (
            "Neil Kinnock, leader of the opposition Labour Party, said the Conservatives "
            "should have used the oil windfall to modernise British factories."
        ),
        "REQUEST",
    ),
    # a technical link, no relations
    (
        (
            "UAL Inc said it established a direct computer link between its Apollo "
            "reservations system and Hertz Corp."
        ),
        "SUPPORT",
    ),
]


FULL_PIPELINE_NOT_69 = [
    # a bill's provisions, told in the present, are not in force
    (
        "The House bill also bars new bank powers for a year and bans so-called "
        "non-bank banks, two provisions the Senate opposes.",
        "COERCE",
    ),
    # hearsay: "are reported to have"
    (
        "Retreating Libyan troops are reported to have blown up their fuel and "
        "munitions depots late on Wednesday before pulling back to the north.",
        "COERCE",
    ),
]


def test_who_is_jailed_who_holds_and_who_bought(analyse: Callable[[str], Document]) -> None:
    """ "ordered *Warner jailed*": Warner is jailed, not the jailer; "*holders of* Acme Video
    debentures" are not Acme Video; "an investigation of *the sale of arms to Iran*" does
    not investigate Iran, the buyer; a toll "*reported killed*" stays."""
    jailed = analyse(
        "Common Pleas Judge Richard Niehaus in Cincinnati on Tuesday ordered Warner "
        "jailed in lieu of a 2 mln dlr bond."
    ).events
    coerced = [e for e in jailed if e.type == "COERCE"]
    assert coerced and not any(a.text == "Warner" for e in coerced for a in e.source_actors)
    held = analyse(
        "The company also said holders of Acme Video convertible debentures agreed to "
        "exchange the notes for some 275,000 dlrs in Paralax shares."
    ).events
    assert not any("debentures" in a.text for e in held for a in e.source_actors)
    probe = analyse(
        "The newspaper reported that Walsh, in his investigation of the sale of weapons "
        "to Iran and the flow of money to the contras, was running out of time."
    ).events
    assert probe and not any(a.text == "Iran" for e in probe for a in e.target_actors)
    toll = analyse(
        "Fifty-one people were reported killed yesterday in the fighting, the radio said."
    )
    assert [e.type for e in toll.events] == ["ASSAULT"]


FULL_PIPELINE_NOT_70 = [
    # a firm's space under a lease
    (
        "The firm said it will occupy 220,000 square feet beginning January 1988 under a 20 "
        "year lease.",
        "THREATEN",
    ),
    # hailstorms and winds kill nobody as an actor
    (
        "Hailstorms and strong winds in southern India killed five people, injured 30 and "
        "damaged crops, a newspaper reported.",
        "ASSAULT",
    ),
    # an aim ('to ensure that ... be allowed')
    (
        "Ministers agreed the measures at a cabinet session on Thursday and aim to keep "
        "up pressure to ensure that British banks be allowed the same access to Tokyo "
        "markets that Japanese banks have in London.",
        "RETREAT",
    ),
    # a recommendation to reject, nothing rejected yet
    (
        (
            "Acme Tool Co's board said it would recommend to shareholders that they reject "
            "the proposed merger with Baker International Corp at Friday's meeting."
        ),
        "REJECT",
    ),
    # a report's content, joined to another by 'and'
    (
        "Dealers said reports that Iran had launched a new offensive in the south and "
        "Iraq attacked Iranian oil terminals were also supportive.",
        "ASSAULT",
    ),
]


def test_sides_of_agreements_gapped_clauses_and_offices(
    analyse: Callable[[str], Document],
) -> None:
    """ "members *were agreed* on ...": the members agree; "Brigade 412 was shattered and
    350 of its soldiers *killed*": the dead are the ones hit; "president and board member
    Robert Weaver": one man."""
    killed = analyse(
        "The statement said what was left of Iraqi Brigade 412 was shattered and 350 of "
        "its soldiers killed or wounded."
    ).events
    assert killed and not any(e.source_actors for e in killed)
    agreed = analyse(
        "Aqazadeh said OPEC's Gulf producers were agreed on keeping output steady."
    ).events
    assert [[a.text for a in e.source_actors] for e in agreed] == [["OPEC's Gulf producers"]]
    resigned = analyse(
        "Carolina Freight Systems Corp said president and board member Robert Weaver "
        "resigned to take a job elsewhere."
    ).events
    assert [[a.text for a in e.source_actors] for e in resigned] == [["Robert Weaver"]]


FULL_PIPELINE_NOT_71 = [
    # conceding a point (read as the subject of "would be"), not yielding to a party
    (
        "But the analyst conceded a combined Northwest-Republic would be a formidable rival.",
        "CONCEDE",
    ),
    # limits on one's own output are policy at home
    (
        (
            "Such a step would support crops the Community still imports in bulk, like "
            "protein feeds, even though the Commission is now proposing severe output "
            "restrictions for them."
        ),
        "THREATEN",
    ),
]


def test_a_currency_named_after_an_amount_is_no_party(
    analyse: Callable[[str], Document],
) -> None:
    events = analyse(
        "Redcliff Resources Ltd said it has agreed to a private-placement deal covering "
        "400,000 common shares with Kestrel Mining Corp at 60 cts each to "
        "raise 240,000 dlrs Canadian."
    ).events
    assert events and not any("Canadian" in a.text for e in events for a in e.target_actors)


FULL_PIPELINE_NOT_72 = [
    # a quoted statement after "agreed:" is what was said, no intent to meet
    (
        "Canada's trade minister, Pat Carney, also agreed: \"We are meeting at a time "
        'of real trade friction."',
        "AGREE",
    ),
    # embassies occupied are premises
    (
        "Reagan said neither Washington nor Moscow would occupy new embassies in the "
        "other's capital until he was satisfied the new Moscow building was secure.",
        "THREATEN",
    ),
    # an "alleged" attack is unconfirmed
    (
        (
            "Reagan reviewed the crisis with his aides; it broke out on the same day U.S. "
            "naval forces retaliated for last week's alleged Iranian missile attack on a "
            "reflagged Kuwaiti tanker."
        ),
        "ASSAULT",
    ),
    # the backing one pleads for is asked of others, not given
    (
        "Republican Senate leader Robert Dole pleaded with fellow party members to back "
        "Reagan, saying the vote could decide how strong the presidency is.",
        "SUPPORT",
    ),
]


def test_pleas_and_sales_to_a_state(analyse: Callable[[str], Document]) -> None:
    """ "pleaded with the government to release": a request to the government; "will plead
    guilty ... of aiding": a plea in court; "agreed to sell power *to Maine*": Maine (a US
    state) is where the power goes; "to Cuba" (a country) stays the counterpart."""
    plea = analyse("The Red Cross pleaded with the government to release the prisoners.").events
    assert [(e.type, [a.text for a in e.target_actors]) for e in plea] == [
        ("REQUEST", ["government"])
    ]
    court = analyse(
        "It said Boyd Jefferies will plead guilty to one charge of aiding and abetting "
        "a Boesky company in falsifying its records."
    ).events
    assert "REQUEST" not in [e.type for e in court]
    maine = analyse(
        "Hydro-Quebec, which in March agreed to sell 12 billion dlrs of power to Maine "
        "over 20 years, still needs the board's approval."
    ).events
    assert maine and not any(a.text == "Maine" for e in maine for a in e.target_actors)
    cuba = analyse("The Soviet Union agreed to sell oil to Cuba.").events
    assert [[a.text for a in e.target_actors] for e in cuba] == [["Cuba"]]


FULL_PIPELINE_NOT_73 = [
    # declining to answer is no comment, no rejection
    (
        "Volcker refused to answer a question whether West Germany had done enough to "
        "spur its economy for the Fed to support the dollar.",
        "REJECT",
    ),
    # a thing described as a threat: no one threatens
    (
        "The union paper calls the shift of Ford's parts work to overseas plants "
        "perhaps the biggest single threat to its members' job security.",
        "THREATEN",
    ),
    # what pressure is meant to get done is not done
    (
        "Moves by Belgian pig farmers are putting pressure on the farm board to urge "
        "the Belgian government to seek a full review of the rules in Brussels.",
        "REQUEST",
    ),
]


FULL_PIPELINE_NOT_74 = [
    # a price that "shot up", a resigned man named as one to succeed, a pact's terms
    ("Honda Motor shot up 50 yen to 1,450 yen in Tokyo trading.", "ASSAULT"),
    ("Shares of Honda shot up 50 yen to 1,450 yen.", "ASSAULT"),
    (
        "The White House said Gates had written to Reagan requesting his name be "
        "withdrawn from the nomination to succeed the sick and resigned William Casey "
        "at the CIA.",
        "CONCEDE",
    ),
    (
        "The 1986 semiconductor accord, signed after a year of talks, calls on Japan to "
        "stop selling memory chips below cost in other countries.",
        "REQUEST",
    ),
]


def test_something_shot_up_is_still_shot(analyse: Callable[[str], Document]) -> None:
    """ "Gunmen *shot up* a bus": an attack; only a rise by an amount is a price move."""
    events = analyse("Gunmen shot up a bus carrying Sikh passengers in Punjab.").events
    assert [(e.type, [a.text for a in e.source_actors]) for e in events] == [
        ("ASSAULT", ["Gunmen"])
    ]


def test_a_demand_is_made_of_someone() -> None:
    """ "Evaluation of results should put Petro-Canada in a position ..., the company said":
    a capitalised word opening the sentence with no entity type names no one a demand can
    be made of (the parser may tag it a proper noun); "Toyota should ..." does."""
    import spacy
    from spacy.tokens import Doc

    from eventwire.extract.event_frames import _deontic_cue
    from eventwire.extract.event_lexicon import load_event_lexicon

    rows = [  # word, part of speech, dependency, head
        ("of", "ADP", "prep", 0),
        ("results", "NOUN", "pobj", 1),
        ("should", "AUX", "aux", 4),
        ("put", "VERB", "ccomp", 12),
        ("Petro-Canada", "PROPN", "dobj", 4),
        ("in", "ADP", "prep", 4),
        ("a", "DET", "det", 8),
        ("position", "NOUN", "pobj", 6),
        (",", "PUNCT", "punct", 12),
        ("the", "DET", "det", 11),
        ("company", "NOUN", "nsubj", 12),
        ("said", "VERB", "ROOT", 12),
        (".", "PUNCT", "punct", 12),
    ]

    def clause(first: str, ent: str) -> Doc:
        words = [first, *(r[0] for r in rows)]
        return Doc(
            spacy.blank("en").vocab,
            words=words,
            pos=["PROPN", *(r[1] for r in rows)],
            deps=["nsubj", *(r[2] for r in rows)],
            heads=[4, *(r[3] for r in rows)],
            lemmas=[w.lower() if w != "said" else "say" for w in words],
            ents=[ent, *("B-ORG" if r[0] == "Petro-Canada" else "O" for r in rows)],
            sent_starts=[True, *(False for _ in rows)],
        )

    lex = load_event_lexicon()
    assert _deontic_cue(clause("Evaluation", "O")[4], lex) is None
    assert _deontic_cue(clause("Toyota", "B-ORG")[4], lex) is not None


def test_talks_between_two_sides_have_no_third(analyse: Callable[[str], Document]) -> None:
    """ "Talks between Italy and Libya over the repayment of a credit *by the former king*":
    the sides are Italy and Libya; the "by" hangs on the repayment."""
    events = analyse(
        "Talks between Italy and Libya over the repayment of a 400 mln dlr credit by "
        "the former king are going well, the Italian trade minister said."
    ).events
    assert [sorted(a.text for a in (*e.source_actors, *e.target_actors)) for e in events] == [
        ["Italy", "Libya"]
    ]


def test_where_a_meeting_is_held_is_no_side(analyse: Callable[[str], Document]) -> None:
    """ "a meeting *at the U.S. embassy* with the Soviet delegation": the embassy is the
    venue; the Soviet delegation is met."""
    events = analyse(
        "Kampelman presented the draft treaty during a three-hour meeting at the U.S. "
        "embassy with the Soviet delegation on Friday."
    ).events
    assert [[a.text for a in e.target_actors] for e in events] == [["Soviet delegation"]]


def test_naming_a_strike_is_not_striking(analyse: Callable[[str], Document]) -> None:
    """ "The government has *called* the miners' strike part of a campaign": it names the
    strike; the miners strike ("called a strike" alone would be calling one)."""
    events = analyse(
        "Facing growing unrest, the government has called the miners' strike and hunger "
        "fasts part of a plot to discredit it."
    ).events
    assert [[a.text for a in e.source_actors] for e in events] == [["miners"]]


FULL_PIPELINE_NOT_75 = [
    # a promise on a condition, objects of a meeting verb, a petition only drafted, a ship
    (
        "The Asian Development Bank will support Nepal's investment program provided "
        "the government cuts its fiscal deficit, the finance ministry said.",
        "AGREE",
    ),
    (
        (
            "Japanese carmakers are clearly shifting exports to the EC, he told a news "
            "conference after meeting U.S., Japanese, and Canadian trade ministers."
        ),
        "CONSULT",
    ),
    (
        "The U.S. pork industry has prepared a petition requesting Washington to "
        "retaliate against the Canadian duty.",
        "REQUEST",
    ),
    ("Mykon Wave arrived in Durban recently with sugar from Maputo.", "CONSULT"),
]


def test_an_asker_with_no_name_is_not_the_one_asked(
    analyse: Callable[[str], Document],
) -> None:
    """ "The Bank of Japan is considering expanding the limit *at the request of the
    securities industry*": the bank is asked, even when the asker is no actor."""
    events = analyse(
        "The Bank of Japan is considering raising the 60 billion yen daily ceiling on "
        "brokers' positions in the call money market at the request of the securities "
        "industry, central bank officials said."
    ).events
    asks = [e for e in events if e.type == "REQUEST"]
    assert [
        ([a.text for a in e.source_actors], [a.text for a in e.target_actors]) for e in asks
    ] == [([], ["Bank of Japan"])]


def test_the_same_bare_verb_by_the_same_actor_is_told_again(
    analyse: Callable[[str], Document],
) -> None:
    """ "Poindexter, who *resigned* last November ... the day that Poindexter *resigned*":
    one resignation; "resigned as president ... resigned as a director" stay two."""
    once = analyse(
        "The paper said John Poindexter, who resigned last November when the transfer was "
        "disclosed, was ready to break his silence. The committee could grant immunity to "
        "Oliver North, who was fired on the same day that Poindexter resigned."
    ).events
    assert [e.trigger.text for e in once if e.type == "CONCEDE"] == ["resigned"]
    twice = analyse(
        "John Smith resigned as president of Acme Corp in March. Smith resigned as a "
        "director of Acme Corp in May."
    ).events
    assert len([e for e in twice if e.type == "CONCEDE"]) == 2


def test_where_goods_are_sold_is_no_signer(analyse: Callable[[str], Document]) -> None:
    """ "signed a distribution agreement with <Beel Electronics> for sales ... *in
    Canada*": Canada is where the goods go, not the other side."""
    events = analyse(
        "The firm said it has also signed a distribution agreement with <Norlec Ltd> "
        "for sales of its motor controllers in Canada."
    ).events
    assert events and not any(a.text == "Canada" for e in events for a in e.target_actors)


FULL_PIPELINE_NOT_76 = [
    # calls priced as a service, shipbreaking, a study's warning
    ("The company will cut rates for calls within Ontario and Quebec by two pct.", "AGREE"),
    (
        "In 1986 shipbreakers in Taiwan demolished 290 old vessels with a combined 3.1 "
        "million light displacement tons.",
        "COERCE",
    ),
    (
        "The plan draws on an Energy Department study issued on Monday warning that the "
        "country was threatened by rising reliance on foreign oil.",
        "THREATEN",
    ),
]


def test_telephone_calls_between_leaders_stay_calls(
    analyse: Callable[[str], Document],
) -> None:
    """Only calls priced as a service are no one's: "held a telephone call", "in a
    telephone call, Reagan and Kohl discussed" are talks."""
    for text in (
        "Reagan and Kohl held a telephone call on Monday.",
        "In a telephone call, Reagan and Kohl discussed the dollar.",
    ):
        assert [e.type for e in analyse(text).events] == ["CONSULT"], text


def test_a_bodys_members_are_not_its_other_side(analyse: Callable[[str], Document]) -> None:
    """ "a meeting *of finance ministers from the G-5 nations*", "the meeting *of
    delegates from 40 Asian countries*": the ministers and delegates are the body's own."""
    for text, members in (
        (
            (
                "Canada was left out of a meeting of finance ministers from the G-5 nations, "
                "which groups the United States, Japan, West Germany, Britain and France."
            ),
            "finance ministers",
        ),
        (
            "The three-day meeting of delegates from 40 Asian countries was called to agree "
            "a common position.",
            "delegates",
        ),
    ):
        events = analyse(text).events
        assert not any(a.text == members for e in events for a in e.target_actors), text


FULL_PIPELINE_NOT_77 = [
    # a price easing, a site tour
    ("McDonald's retreated from an earlier high of 58-1/4, and gave up 3/4.", "RETREAT"),
    (
        "Tomorrow the Asian Development Bank president will visit ADB-funded projects "
        "in the central part of Luzon.",
        "AGREE",
    ),
]


FULL_PIPELINE_NOT_78 = [
    # a presenter, assets handed over, a standing commitment, a forecast's figures
    (
        "The program will be hosted by Maureen Reagan, the President's daughter, the network said.",
        "AGREE",
    ),
    (
        "Officials said about 60 pct of the assets that the DBP and PNB are handing "
        "over to the APT are bad loans rather than physical property.",
        "RETREAT",
    ),
    (
        (
            "Moret was alluding to the re-election of Ruud Lubbers, whose centre-right "
            "coalition was pledged to a strict budget policy that underpinned the guilder."
        ),
        "AGREE",
    ),
    (
        "The firm said it issued the profit estimate because of analysts' projections, "
        "which it said called for earnings of 40 to 45 cts a share.",
        "REQUEST",
    ),
]


def test_an_amount_is_no_party(analyse: Callable[[str], Document]) -> None:
    """ "agreed to convert ... at a conversion price of *55 cts* a share": an amount, even
    one the entity stage took for a name, is no party; "Reagan hosted Gorbachev" keeps its
    guest."""
    events = analyse(
        "Pacific Vista Media Inc said its note holders agreed to convert 2.4 mln dlrs "
        "of 10 pct convertible notes into common stock at a conversion price of 55 "
        "cts per share."
    ).events
    assert events and not any(e.target_actors for e in events)
    hosted = analyse("Reagan hosted Gorbachev at the White House.").events
    assert [[a.text for a in e.target_actors] for e in hosted] == [["Gorbachev"]]


FULL_PIPELINE_NOT_79 = [
    # a slogan quoted as what is attacked
    (
        (
            "Rong Yiren, the CITIC chairman and China's best-known businessman, attacked "
            'the "money above all" mentality which he blamed for graft and theft.'
        ),
        "ASSAULT",
    ),
]


def test_an_attack_on_positions_stays_an_assault(analyse: Callable[[str], Document]) -> None:
    """The possessive "'" is no quotation: "attacked *the rebels'* positions" is fighting;
    so is an armed force attacking a quoted "naval target"."""
    events = analyse("Iraqi forces attacked the rebels' positions near Basra.").events
    assert [e.type for e in events] == ["ASSAULT"]
    struck = analyse(
        'Iraqi jets attacked and hit a large "naval target" in the northern Gulf on '
        "Sunday, a phrase Baghdad uses for a tanker or cargo ship."
    ).events
    assert [e.trigger.text for e in struck if e.type == "ASSAULT"] == ["attacked"]


FULL_PIPELINE_NOT_80 = [
    # a body's energies taken up, envoys called in for an appeal, troops described as
    # retreating, a summit named after its city
    (
        "The chairman said restructuring the bank, which was planned before the "
        "takeover, would occupy most of its management's energies in 1987.",
        "THREATEN",
    ),
    (
        "In Quito, Foreign Minister Rafael Garcia Velasco on Saturday summoned "
        "ambassadors from some 35 nations, to whom he issued an appeal for emergency "
        "aid after the earthquake.",
        "ACCUSE",
    ),
    ("Iraqi units were chasing retreating Iranian forces east of Basra.", "RETREAT"),
    (
        "The talks will lead to the Venice economic summit where leaders will adopt a "
        "commitment to reform.",
        "AGREE",
    ),
]


def test_a_letter_to_someone_urging_is_the_writers(analyse: Callable[[str], Document]) -> None:
    """ "Dunmore had sent three letters *to Lyng urging* such a program": Dunmore urges; Lyng
    is written to. Troops occupying land and a summoned envoy scolded stay acts."""
    events = analyse(
        "Asked about reports that House agriculture committee chairman Walter Dunmore had "
        "sent three letters to Lyng urging such a program, the official said the agency "
        "had received only a handful of calls."
    ).events
    assert [[a.text for a in e.source_actors] for e in events if e.type == "REQUEST"] == [
        ["House agriculture committee chairman Walter Dunmore"]
    ]
    kept = analyse(
        "Israeli troops occupied much of southern Lebanon. China summoned the U.S. ambassador "
        "to protest against the arms sale."
    ).events
    assert [e.type for e in kept] == ["COERCE", "ACCUSE"]


FULL_PIPELINE_NOT_81 = [
    # an appeal on a trip still under way, a course weighed, a recommendation's content
    (
        "The president is going to Capitol Hill on Thursday to personally urge "
        "Republican senators to sustain his veto of the highway bill, Dole said.",
        "REQUEST",
    ),
    (
        (
            "Defence analysts say it is not feasible for the United States to withdraw its "
            "warships from the region now."
        ),
        "RETREAT",
    ),
    (
        "Pacific Telesis Group will urge the federal court to approve the Justice "
        "Department's plan easing restrictions on new lines of business for the Bell "
        "companies, its chairman said.",
        "CONCEDE",
    ),
]


def test_a_trip_made_keeps_its_purpose(analyse: Callable[[str], Document]) -> None:
    """Only a trip still under way leaves its purpose undone: "Reagan *went* to the
    Capitol to urge senators" did urge them."""
    events = analyse("Reagan went to the Capitol to urge senators to support his veto.").events
    assert [e.type for e in events] == ["REQUEST"]


def test_the_side_one_signs_for_is_ones_own(analyse: Callable[[str], Document]) -> None:
    """ "who signed the accord *for Mexico*": on Mexico's behalf, not with it; "an agreement
    *for Orimedia* to become a sales representative" stays with Orimedia."""
    mexico = analyse(
        "Gustavo Petricioli, the finance minister who signed the accord for Mexico, "
        "said it showed how ties between the two nations had grown stronger."
    ).events
    assert mexico and not any(a.text == "Mexico" for e in mexico for a in e.target_actors)
    orimedia = analyse(
        "MarkitStar Inc said it had signed an agreement for Orimedia of Paris to become "
        "its sales representative in Europe."
    ).events
    assert [[a.text for a in e.target_actors] for e in orimedia] == [["Orimedia of Paris"]]


def test_what_is_demanded_for_someone_is_not_asked_of_them(
    analyse: Callable[[str], Document],
) -> None:
    """ "demanded *access for U.S. ranchers* to the Korean market": the ranchers would
    gain; they are not the ones asked."""
    events = analyse(
        "Washington, which sees Seoul's beef policy as blatant protectionism, has "
        "demanded access for U.S. ranchers to South Korea's market."
    ).events
    assert [e.type for e in events] == ["REQUEST"]
    assert not any("ranchers" in a.text for e in events for a in e.target_actors)


def test_who_undergoes_an_act_and_who_only_announces_it(
    analyse: Callable[[str], Document],
) -> None:
    """ "Walsh has *come in for* tough criticism": Walsh is criticised, not the critic;
    "the news agency, *announcing the ban*": the agency made the ban known; "the LDP
    defeat ... has *forced the party to* agree": the party agreed, not the defeat;
    "600,000 tonnes of *alumina*" is what is bought, even when tagged as a place."""

    def sources(text: str) -> list[str]:
        return [a.text for e in analyse(text).events for a in e.source_actors]

    assert "Walsh" not in sources(
        "Walsh has come in for tough criticism over the way he managed the gravest "
        "crisis of his term."
    )
    criticised = analyse(
        "Donald Regan faced tough criticism from Congress for his handling of the affair."
    )
    assert [
        ([a.text for a in e.source_actors], [a.text for a in e.target_actors])
        for e in criticised.events
    ] == [(["Congress"], ["Donald Regan"])]
    assert not any(
        "news agency" in s
        for s in sources(
            "Kenya's official news agency, KNA, announcing the ban last night, quoted the "
            "agriculture minister as saying only canned meat would be allowed into the country."
        )
    )
    assert not any(
        "defeat" in s
        for s in sources(
            "The LDP's unexpected loss in Osaka, on top of Nakasone's falling popularity, "
            "has forced the party to reach a compromise with opposition parties and agree "
            "to put off hearings."
        )
    )
    bought = analyse(
        "Roubatis said Moscow has agreed to buy the refinery's whole yearly output of "
        "600,000 tonnes of alumina."
    ).events
    assert bought and not any(a.text == "alumina" for e in bought for a in e.target_actors)


def test_who_is_never_a_place_and_an_agreement_is_not_its_own_party(
    analyse: Callable[[str], Document],
) -> None:
    """ "a French diplomat in Beirut, *who* was later freed": the diplomat was freed, not
    Beirut; "signed a defence agreement *(DCA)*": the bracketed name is the document's."""
    freed = analyse(
        "The row began with the kidnapping of a French diplomat in Beirut, who was later freed."
    ).events
    assert not any(a.text == "Beirut" for e in freed for a in e.target_actors)
    assert any("diplomat" in a.text for e in freed for a in e.target_actors)
    signed = analyse(
        "Greece and the United States signed a defence cooperation agreement (DCA) on Monday."
    ).events
    assert signed and not any(a.text == "DCA" for e in signed for a in e.target_actors)


def test_an_act_told_again_with_its_doer_is_one_act(analyse: Callable[[str], Document]) -> None:
    """ "Walsh was arrested ... Walsh was arrested by police an hour later": one arrest,
    which the second telling lends its doer; two charges told without a doer stay two."""
    arrest = analyse(
        "Peter Walsh was arrested on March 3 after a fight in a bar. Walsh was arrested by "
        "police an hour later and was taken to a cell, officials said."
    ).events
    coerced = [e for e in arrest if e.type == "COERCE"]
    assert len(coerced) == 1
    assert [a.text for a in coerced[0].source_actors] == ["police"]
    charges = analyse(
        "Robert Jones was charged with fraud in May. Jones was later charged with tax evasion "
        "in a separate case."
    ).events
    assert [e.type for e in charges] == ["ACCUSE", "ACCUSE"]


def test_states_supply_aid_and_firms_agree_to_supply(analyse: Callable[[str], Document]) -> None:
    def types(text: str) -> list[str]:
        return [e.type for e in analyse(text).events]

    assert "AID" in types("Iran supplied the rebels with weapons last year.")
    assert "AGREE" in types(
        "The company said Bond's U.S. subsidiary also agreed to supply a minimum 50 mln dlrs "
        "line of credit to the new company."
    )
    assert "CONSULT" in types("The minister met with officials of the European Community.")


def test_a_recipient_is_not_the_one_opposed(analyse: Callable[[str], Document]) -> None:
    """ "opposed a grant of 30 mln dlrs *to the Angolan rebels*": the rebels would receive
    the grant; they are not the ones opposed."""
    events = analyse(
        "The U.S. Senate today opposed a grant of 30 mln dlrs to the Angolan rebels until the "
        "president accounts for earlier aid."
    ).events
    assert not any("rebels" in a.text for e in events for a in e.target_actors)
    loan = analyse("The World Bank approved a loan to India.").events
    assert [[a.text for a in e.target_actors] for e in loan] == [["India"]]


FULL_PIPELINE_NOT_63 = [
    # an act named as a possible outcome
    (
        "The minister said the tariff was unfair, and this could lead to Italian firms "
        "demanding counter-measures.",
        "REQUEST",
    ),
]


FULL_PIPELINE_NOT_60 = [
    # a body's own regular meeting is no intent to meet another party
    ("The chairman announced that the IMF's 1990 meeting would be held in Bangkok.", "AGREE"),
    ("The bank's governors will start a two-day annual meeting in Manila on Monday.", "AGREE"),
]


def test_a_place_inside_another_partys_words_is_no_party() -> None:
    """ "to *<Banco de Santander> of Spain*": Spain, inside the buyer's words, is where it
    is based, not a second buyer."""
    from types import SimpleNamespace

    from eventwire.extract.event_actors import RoleActor
    from eventwire.extract.events import _inside_other
    from eventwire.model import Span

    bank = RoleActor(Span(10, 38, "Banco de Santander> of Spain"), "ESP", "e-bank")
    spain = RoleActor(Span(33, 38, "Spain"), "ESP", "e-spain")
    index = SimpleNamespace(gpe={"e-spain"})
    assert _inside_other(spain, [bank, spain], index)  # type: ignore[arg-type]
    assert not _inside_other(bank, [bank, spain], index)  # type: ignore[arg-type]
    assert not _inside_other(spain, [spain], index)  # type: ignore[arg-type]


FULL_PIPELINE_NOT_59 = [
    # a firm's own programme suspended, and what officials normally do
    (
        "Acme Corp suspended its share repurchase program while it studies a dividend increase.",
        "SANCTION",
    ),
    (
        "Australian and Japanese negotiators normally meet in the autumn before the start of "
        "a new contract year.",
        "CONSULT",
    ),
]


FULL_PIPELINE_NOT_56 = [
    # an act delayed, a forecast market demand, a round-trip ticket
    (
        "Ottawa said leading Caribbean nations have delayed accepting a Canadian compromise "
        "proposal on reforms of the fund.",
        "AGREE",
    ),
    (
        (
            "Shell aims to balance its crude supply against the forecast demand for its own "
            "refineries, a company spokesman said."
        ),
        "REQUEST",
    ),
    (
        "Under the promotion, travellers would buy a round trip from Canada to Paris and get a "
        "free ticket to Rome.",
        "AGREE",
    ),
]


def test_a_buyers_home_town_is_not_the_buyer(analyse: Callable[[str], Document]) -> None:
    """ "to Dayton, Ohio-based Miller Corp": the firm is the party, the town where it is
    based is not."""
    events = analyse(
        "Acme Inc said its Delta unit agreed to sell its Italian business to Dayton, "
        "Ohio-based Miller Corp for undisclosed terms."
    ).events
    targets = [a.text for e in events for a in e.target_actors]
    assert targets and all("Miller Corp" in t for t in targets)


FULL_PIPELINE_NOT_53 = [
    # a question put to someone asks for nothing
    (
        '"Who will pay for the cleanup in the end?"\nasked the Canadian official, who '
        "declined to be identified.",
        "REQUEST",
    ),
]


def test_a_party_is_not_its_member_owning_it(analyse: Callable[[str], Document]) -> None:
    """ "rejected by Labour and *her own* Conservative party": the party rejects, and
    Thatcher (whose plan it was) is the target, not a source."""
    events = analyse(
        "Thatcher's own budget plan was rejected in parliament by a combination of Labour and "
        "her own Conservative party."
    ).events
    assert [[a.text for a in e.target_actors] for e in events] == [["Thatcher"]]
    assert all("Thatcher" not in [a.text for a in e.source_actors] for e in events)


FULL_PIPELINE_NOT_51 = [
    # market demand is no demand on a party
    (
        "Portuguese shoe exports had become ill-adapted to demand and too costly, the "
        "survey found.",
        "REQUEST",
    ),
]

FULL_PIPELINE_NOT_50 = [
    # a visit to a town or landmark that is no seat of government meets no party
    ("Mr Hanson was visiting Chicago for talks with investors, his office said.", "CONSULT"),
    ("The minister travelled from Belgrade to Subotica last week.", "CONSULT"),
]


def test_a_visit_to_a_capital_is_a_visit_to_its_government(
    analyse: Callable[[str], Document],
) -> None:
    visits = analyse("Thatcher will visit Moscow next month.").events
    assert [[a.text for a in e.target_actors] for e in visits] == [["Moscow"]]
    bonn = analyse("The Japanese finance minister visited Bonn on Monday.").events
    assert [[a.text for a in e.target_actors] for e in bonn] == [["Bonn"]]


def test_a_town_where_a_walkout_is_held_and_a_missile_strike_stay(
    analyse: Callable[[str], Document],
) -> None:
    walkout = analyse(
        "Last week's three-day walkout by 4,000 auto workers at Flint, Mich., followed longer "
        "strikes at two plants."
    ).events
    assert [(e.type, [a.text for a in e.target_actors]) for e in walkout][:1] == [("PROTEST", [])]
    hit = analyse("The tanker, hit by an Iranian missile, was towed to port.").events
    assert [e.type for e in hit] == ["ASSAULT"]
    fought = analyse("Iraqi troops fought Iranian forces near Basra.").events
    assert [e.type for e in fought] == ["ASSAULT"]


def test_inquiries_opened_or_into_something_stay(analyse: Callable[[str], Document]) -> None:
    for text in (
        "A British government inquiry was told the ferry left port with its doors open.",
        "The SEC is conducting an inquiry into the trading.",
    ):
        assert [e.type for e in analyse(text).events] == ["ACCUSE"], text


def test_restrictions_imposed_endorsements_and_vows_that_stay(
    analyse: Callable[[str], Document],
) -> None:
    def types(text: str) -> list[str]:
        return [e.type for e in analyse(text).events]

    assert "COERCE" in types("Japan imposed restrictions on imports of Korean silk last week.")
    assert "SUPPORT" in types("The cabinet endorsed the French proposal on Monday.")
    assert "AGREE" in types(
        "The U.S. has vowed to keep the sea lanes of the Gulf open to neutral shipping."
    )


def test_a_bid_rejected_twice_and_a_clash_between_two_sides(
    analyse: Callable[[str], Document],
) -> None:
    """ "rejected *the bid*" tells again the rejection of the bid told before; one side
    of a clash is not also its source."""
    twice = analyse(
        "Acme Corp rejected a 45 dlr a share bid from an investor group last week. The "
        "company said it rejected the bid as too low."
    ).events
    assert [e.type for e in twice] == ["REJECT"]
    clash = analyse(
        "Navy units reported a clash between Iraqi patrol boats and several Iranian boats "
        "carrying men to attack an oil terminal."
    ).events
    assert clash and all(not set(e.sources) & set(e.targets) for e in clash)
    kept = analyse("Teachers in Madrid went on strike on Monday.").events
    assert [e.type for e in kept] == ["PROTEST"]
    opposed = analyse(
        "She said Paris and Rome continue to oppose the tax after the Commission "
        "proposed limiting it in time and promising compensation to any exporters that "
        "lose sales."
    ).events
    assert "AGREE" in [e.type for e in opposed]


FULL_PIPELINE_NOT_82 = [
    # a caution about a course of things, a term inside an agreement
    (
        "The comptroller opposes a state income tax but has warned lawmakers that if they "
        "tire of every other remedy, that is the only option left.",
        "THREATEN",
    ),
    (
        "The IMF has warned Israel in a report that a rapid rise in wages could undo the "
        "gains of its stabilisation programme.",
        "THREATEN",
    ),
    (
        (
            "Redland has agreed with CSR that it will not accept the offer for its "
            "shareholding for the time being, CSR said."
        ),
        "REJECT",
    ),
]


def test_a_warning_of_a_reprisal_stays_a_threat(analyse: Callable[[str], Document]) -> None:
    """Only a caution is no threat: a warning naming a reprisal or the warner's own act
    stays one."""
    for text in (
        "Brazil warned the United States it could take retaliatory measures if the "
        "proposed duties are imposed.",
        "Washington warned Iran on Wednesday that it stood ready for any new hostile action.",
    ):
        assert "THREATEN" in [e.type for e in analyse(text).events], text


def test_a_refusal_said_outright_stays_a_refusal(analyse: Callable[[str], Document]) -> None:
    """Only a refusal agreed as a term is none: "Iran said it will not accept a ceasefire"
    is a rejection."""
    events = analyse("Iran said it will not accept a ceasefire.").events
    assert [e.type for e in events] == ["REJECT"]


def test_titled_people_in_a_list_are_whole_and_apart(
    analyse: Callable[[str], Document],
) -> None:
    """The parse cuts "Trade and Industry Secretary Peter Lam" at its "and", leaves "Trade
    Minister" apart from "Hajime Tamura", and reads two titled ministers joined by "and" as
    one phrase; each person is one whole actor."""
    cases = {
        "The delegation met Governor Alan Price and Trade and Industry Secretary Peter Lam.": [
            "Governor Alan Price",
            "Trade and Industry Secretary Peter Lam",
        ],
        "Baker met Finance Minister Kiichi Miyazawa and Trade Minister Hajime Tamura on Monday.": [
            "Finance Minister Kiichi Miyazawa",
            "Trade Minister Hajime Tamura",
        ],
        (
            "He will also meet Budget Secretary Alberto Romulo and Trade and Industry "
            "Secretary Jose Concepcion."
        ): [
            "Budget Secretary Alberto Romulo",
            "Trade and Industry Secretary Jose Concepcion",
        ],
    }
    for text, want in cases.items():
        events = analyse(text).events
        assert [[a.text for a in e.target_actors] for e in events] == [want], text


FULL_PIPELINE_NOT_83 = [
    # a complaint still to come from an official body
    (
        "Its chairman said the NSA would also protest a USDA move to award the sugar "
        "shortfall to the Dominican Republic.",
        "THREATEN",
    ),
]


def test_street_protests_to_come_stay_threats(analyse: Callable[[str], Document]) -> None:
    """Only an official body's protest to come is a complaint: a union's is a threat of
    protest."""
    events = analyse("The farmers union said it will protest against the Commission plan.").events
    assert "THREATEN" in [e.type for e in events]


def test_what_is_blamed_on_someone_is_no_party(analyse: Callable[[str], Document]) -> None:
    """ "blamed X on Y": Y is the one accused, X the harm, also when the parse hangs "on Y"
    on X; "blamed the attack on Iran" accuses Iran, it reports no attack on it."""
    losses = analyse(
        "Mueller blamed Autolatina's losses on Brazil's government price restrictions."
    )
    assert [[a.text for a in e.target_actors] for e in losses.events] == [
        ["Brazil's government price restrictions"]
    ]
    talks = analyse(  # "talks *on* buffer stocks" names no one to blame
        "Ghanaian Trade Minister Kwame Mensah blamed a rigid U.S. stance "
        "for the collapse of this month's International Cocoa Organization talks on "
        "buffer stocks."
    ).events
    assert [[a.text for a in e.target_actors] for e in talks] == [["rigid U.S. stance"]]
    attack = analyse("Officials blamed the attack on Iran.").events
    assert [(e.type, [a.text for a in e.target_actors]) for e in attack] == [("ACCUSE", ["Iran"])]


FULL_PIPELINE_NOT_84 = [
    # a firm making its goods work with a product
    (
        "Novell Inc said it supports Apple Computer Inc's Macintosh family of computers and "
        "will provide network software for them.",
        "SUPPORT",
    ),
]


def test_the_body_a_protest_is_lodged_with_is_not_its_target(
    analyse: Callable[[str], Document],
) -> None:
    """ "protested to the United Nations over violations by the Turkish air force": the
    UN hears the protest; "complained to Japan about its trade barriers" keeps Japan."""
    cyprus = analyse(
        "Greece has protested to the United Nations over alleged violations of its "
        "airspace by Turkish military jets, the government said."
    ).events
    assert [(e.type, [a.text for a in e.target_actors]) for e in cyprus] == [("ACCUSE", [])]
    japan = analyse("Washington complained to Japan about its trade barriers.").events
    assert [[a.text for a in e.target_actors] for e in japan] == [["Japan"]]


def test_supporting_a_partys_motion_stays_support(analyse: Callable[[str], Document]) -> None:
    """Only goods are no party: "the company supports FERC's motion for a stay" backs FERC."""
    events = analyse(
        "The pipeline company said on Monday that it supports FERC's motion for a stay "
        "of the order."
    ).events
    assert [e.type for e in events] == ["SUPPORT"]


FULL_PIPELINE_NOT_85 = [
    # what an accord or a demand "calls for" is not yet done
    (
        "Penney said the pact also calls for Beeba's to work with Penney on junior specialty "
        "shops.",
        "COOPERATE",
    ),
    ("The United States called for Iraq to withdraw its troops.", "RETREAT"),
    # a chartist's forecast, a pact's terms
    (
        "Over the coming week, Jones calls for June mark futures to climb toward the 0.5600 level.",
        "REQUEST",
    ),
    (
        (
            "The deal, agreed to last summer, called for Tokyo to stop selling memory chips "
            "at less than cost."
        ),
        "REQUEST",
    ),
]


def test_calling_for_someone_to_act_asks_them(analyse: Callable[[str], Document]) -> None:
    """ "called for Iraq to withdraw its troops": a demand made of Iraq."""
    events = analyse("The United States called for Iraq to withdraw its troops.").events
    assert [(e.type, [a.text for a in e.target_actors]) for e in events] == [("REQUEST", ["Iraq"])]


FULL_PIPELINE_NOT_86 = [
    # a ship striking a mine, a pact's terms, firms leaving a market
    ("A Soviet freighter hit a mine near Kuwait earlier this week.", "ASSAULT"),
    (
        "The agreement, reached in July after heated negotiations, called on Japan to stop "
        "selling cheap chips abroad.",
        "REQUEST",
    ),
    (
        "Three companies which pulled out due to poor market conditions were Ford "
        "Philippines, General Motors Pilipinas and Delta Motors Corp.",
        "RETREAT",
    ),
]


def test_jets_that_hit_a_tanker_still_attack(analyse: Callable[[str], Document]) -> None:
    """Only what a ship runs into is no target: "Iraqi jets hit a tanker" is an attack."""
    events = analyse("Iraqi jets hit a tanker in the Gulf on Tuesday.").events
    assert [e.type for e in events] == ["ASSAULT"]


FULL_PIPELINE_NOT_87 = [
    # aircraft checked for a defect, a site a store stood on, a threat an analyst says a
    # country ought to make
    (
        ("JAL said every 747 in its fleet had been inspected and no similar defect had turned up."),
        "ACCUSE",
    ),
    (
        (
            "Mobil said it has put off plans for an office tower on the site once occupied "
            "by a Montgomery Ward store."
        ),
        "COERCE",
    ),
    (
        "He said Washington should also threaten to blockade and mine Iranian ports if "
        "Tehran kept up the war.",
        "THREATEN",
    ),
]


def test_bids_accepted_and_told_again_as_offers_are_one(
    analyse: Callable[[str], Document],
) -> None:
    """ "accepted bids for export bonuses ...; the CCC accepted three bonus offers": the
    same acceptance told again."""
    doc = analyse(
        "The USDA's Commodity Credit Corporation has accepted bids for export bonuses "
        "on sales of wheat flour to Egypt, the department said. The CCC accepted two "
        "bonus offers from a single exporter, it said."
    )
    assert [e.type for e in doc.events] == ["AGREE"]


def test_a_threat_made_stays(analyse: Callable[[str], Document]) -> None:
    """Only a threat one ought to make is none: "Iran threatened to blockade the Gulf"."""
    assert [e.type for e in analyse("Iran threatened to blockade the Gulf.").events] == ["THREATEN"]


FULL_PIPELINE_NOT_88 = [
    # a caution whose reprisal word names what is warned of, a deal only expected
    (
        "Reagan warned the Senate that the tariff bill would undercut his ability to "
        "bargain with Japan.",
        "THREATEN",
    ),
    (
        "He said he expects an agreement to be concluded between the mining firm and "
        "the Indonesian government within a month, the paper reported.",
        "AGREE",
    ),
]


def test_backing_a_curb_on_someone_does_not_back_them(
    analyse: Callable[[str], Document],
) -> None:
    """ "welcomed the new limits on Japan": Japan is the one curbed, not the one
    supported."""
    events = analyse("Washington welcomed the new limits on Japan.").events
    assert [[a.text for a in e.target_actors] for e in events] == [[]]
    kept = analyse("The EC welcomed the Japanese measures.").events
    assert [[a.text for a in e.target_actors] for e in kept] == [["Japanese"]]


FULL_PIPELINE_NOT_89 = [
    # a moratorium declared, aiming at a figure, a meeting a traveller is off to, a
    # standing arrangement to meet
    (
        (
            "Brazil, which owes 110 billion dlrs abroad, called an indefinite moratorium on "
            "interest payments on its commercial bank debt in February."
        ),
        "REQUEST",
    ),
    ("Liro said the Fed is probably shooting for a borrowings average of 300 mln dlrs.", "ASSAULT"),
    (
        "Jorio Dauster, who heads the coffee institute, left Brazil this morning to attend a "
        "weekend meeting of Latin American producers in Managua.",
        "CONSULT",
    ),
    (
        "She said the ministry and the donor group would meet annually to review "
        "funding requirements.",
        "AGREE",
    ),
]


def test_a_call_on_someone_still_asks_them(analyse: Callable[[str], Document]) -> None:
    """Only a call with a thing declared is none: "called on Iraq to withdraw" asks Iraq."""
    events = analyse("The United States called on Iraq to withdraw its troops.").events
    assert [e.type for e in events] == ["REQUEST"]


FULL_PIPELINE_NOT_90 = [
    # a market rally, a note's yield, market demand
    (
        "Soybean futures and live cattle rallied on the Chicago Board of Trade, while "
        "wheat finished weaker.",
        "PROTEST",
    ),
    (
        (
            "Sallie Mae said it priced its 200 mln dlr issue of short-term floating rate "
            "notes at par to yield 30 basis points over the bond-equivalent yield of the "
            "three-month Treasury bill."
        ),
        "CONCEDE",
    ),
    (
        "The agency estimates South Korea's feed grain demand will climb 2.3 pct next year to "
        "9.4 mln tonnes.",
        "REQUEST",
    ),
]


def test_yielding_to_pressure_stays(
    analyse: Callable[[str], Document],
) -> None:
    """Only a bond's yield is no act: yielding to pressure (refusing to) stays."""
    refused = analyse("Iran refused to yield to U.S. pressure.").events
    assert [e.type for e in refused] == ["REJECT"]


def test_whom_a_decision_is_on_is_not_the_one_opposed(
    analyse: Callable[[str], Document],
) -> None:
    """ "criticized the U.S. action against Libya": the U.S. is criticised, not Libya;
    "welcomed the decision by Japan" keeps Japan."""
    criticised = analyse("France criticized the U.S. action against Libya.").events
    assert [[a.text for a in e.target_actors] for e in criticised] == [["U.S. action"]]
    backed = analyse("Britain backed the EC decision on Japan.").events
    assert [[a.text for a in e.target_actors] for e in backed] == [["EC decision"]]
    kept = analyse("Britain welcomed the decision by Japan.").events
    assert [[a.text for a in e.target_actors] for e in kept] == [["Japan"]]


# Round 92: a measure decided is taken, not threatened; a breach told as a claim, hedged
# or done by a thing is no defiance; a measure or a stoppage that "hits" assaults no one.
FULL_PIPELINE_NOT_92 = [
    # a breach claimed by critics or in a suit, hedged, or done by a thing
    (
        (
            "The U.S. defended its tin disposals after complaints from Malaysian mining "
            "groups who have said it violated an understanding with Asian producers."
        ),
        "REJECT",
    ),
    (
        "Gencorp said it has asked a federal judge to halt the bid because it violates "
        "state takeover laws.",
        "REJECT",
    ),
    ("Baker had said that Bonn was apparently breaching the Paris accord.", "REJECT"),
    (
        "Conwest said it does not consider the proposal a formal bid because the pipeline "
        "firm's statement breached a confidentiality pact the two sides had signed.",
        "REJECT",
    ),
    # a reform that hits
    ("Labour's reforms have hit every sector of the economy, he said.", "ASSAULT"),
]


def test_a_measure_decided_is_taken_not_threatened(
    analyse: Callable[[str], Document],
) -> None:
    """ "has decided to break relations with Iran" is the break (SANCTION), not a threat;
    a decision that may still come ("may decide to") and a strike decided stay intents."""
    broke = analyse(
        "Morocco has decided to break diplomatic relations with Iran, a ministry "
        "statement announced on Tuesday."
    ).events
    assert [(e.type, e.cameo) for e in broke] == [("SANCTION", "161")]
    maybe = analyse("Mexico may decide to close its border to fruit from California.").events
    assert "COERCE" not in [e.type for e in maybe]
    strike = analyse("The dockers' union decided to strike on Monday.").events
    assert "PROTEST" not in [e.type for e in strike]


def test_a_breach_told_as_fact_by_an_actor_is_kept(
    analyse: Callable[[str], Document],
) -> None:
    """A party that breaches a ban, told as fact, defies it (CAMEO 128); missiles that hit
    a tanker attack it."""
    defied = analyse("A Beirut newspaper has violated a ban by General Michel Aoun.").events
    assert [e.type for e in defied] == ["REJECT"]
    hit = analyse("An Iraqi missile hit the tanker.").events
    assert [e.type for e in hit] == ["ASSAULT"]


# Round 93: things put back "to service", a crash's toll told in a clause hung on a
# place, a class's standing view in the simple present and a view agreed "on" now are
# no acts.
FULL_PIPELINE_NOT_93 = [
    (
        (
            "The Air Force grounded a third of its fighters for inspection but has since "
            "returned most of the grounded aircraft to service, a spokeswoman said."
        ),
        "RETREAT",
    ),
    (
        "The planes were grounded after a crash on a training flight near Yuma, Ariz., which "
        "killed both pilots.",
        "ASSAULT",
    ),
    (
        "Dutch banks object to the commercial paper market, which they see as a threat to "
        "their lending.",
        "ACCUSE",
    ),
    ("All the ministers agree on the main lines of the budget, he said.", "AGREE"),
    # a speaker's forecast that a party will not agree; a government backing down
    ("There is no way the French will agree to more spending, an official said.", "REJECT"),
    ("The Nigerian government retreated in the face of strong public criticism.", "RETREAT"),
]


def test_acts_kept_beside_round_93(analyse: Callable[[str], Document]) -> None:
    """Officials voicing blame now, an agreement reached "on" a plan and a raid whose toll
    is told in a clause stay coded."""
    blamed = analyse("Zairean officials blame their difficulties on the IMF plan.").events
    assert [e.type for e in blamed] == ["ACCUSE"]
    agreed = analyse("The two ministers agreed on a plan to cut tariffs.").events
    assert [e.type for e in agreed] == ["AGREE"]
    raid = analyse("Rebels attacked a village near Kandahar, which killed ten people.").events
    assert [e.type for e in raid] == ["ASSAULT"]
    refused = analyse("Bonn said it will not agree to extra financing.").events
    assert [e.type for e in refused] == ["REJECT"]
    withdrew = analyse("Iraqi troops retreated from the town.").events
    assert [e.type for e in withdrew] == ["RETREAT"]


# Round 94: looking firms over for a purchase and studying an outcome are no inquiry; the
# one a sale or transfer goes to is not the one probed or opposed.
FULL_PIPELINE_NOT_94 = [
    (
        "We are investigating a number of companies for possible acquisitions, Panic said.",
        "ACCUSE",
    ),
    ("Bethlehem Steel has investigated the ramifications of a bankruptcy filing.", "ACCUSE"),
    # a trend of opinion, a stance that describes a group, an open call for bids
    ("A growing number of legislators oppose the administration's farm policies.", "ACCUSE"),
    (
        "A group of church investors opposed to Mobil's South African operations filed a proposal.",
        "ACCUSE",
    ),
    ("Venezuela is accepting bids from foreign companies for the oil field.", "AGREE"),
    # a policy or a record defended
    (
        "Mulford again defended the U.S. strategy on third world debt before the committee.",
        "SUPPORT",
    ),
    ("The central bank governor defended Taiwan's policy on reserves, he said.", "SUPPORT"),
    # talks one has only set off for
    (
        "Treasury Secretary James Baker left Washington on Sunday for talks with Japanese "
        "officials.",
        "CONSULT",
    ),
]


def test_raids_by_armed_men_are_attacks(analyse: Callable[[str], Document]) -> None:
    """Guerrillas raiding a post and a raid on a military arsenal are attacks (190), not
    seizures of property; a police raid on offices stays a seizure (171)."""
    post = analyse("Guerrillas raided a police station in the north.").events
    assert [(e.type, e.cameo) for e in post] == [("ASSAULT", "190")]
    arsenal = analyse("Rebels staged an unsuccessful raid on a Freetown military arsenal.")
    assert [e.type for e in arsenal.events] == ["ASSAULT"]
    police = analyse("Police raided the offices of the newspaper.").events
    assert [(e.type, e.cameo) for e in police] == [("COERCE", "171")]


def test_talks_set_off_for_are_an_intent(analyse: Callable[[str], Document]) -> None:
    """ "left Washington for talks with Japanese officials": the talks are still ahead, an
    intent to meet (036) with the same parties; talks held stay CONSULT."""
    left = analyse(
        "Treasury Secretary James Baker left Washington on Sunday for talks with Japanese "
        "officials."
    ).events
    assert [(e.type, e.cameo, [a.text for a in e.target_actors]) for e in left] == [
        ("AGREE", "036", ["Japanese officials"])
    ]


def test_a_party_defended_is_supported(analyse: Callable[[str], Document]) -> None:
    """Defending a party backs it, unlike defending a policy."""
    backed = analyse("France defended Iraq at the United Nations.").events
    assert [(e.type, [a.text for a in e.target_actors]) for e in backed] == [("SUPPORT", ["Iraq"])]


def test_offers_accepted_stay_coded(analyse: Callable[[str], Document]) -> None:
    """An offer or a number of bids accepted is an acceptance, unlike bids taken in."""
    took = analyse("The company has accepted the offer from Ford.").events
    assert [e.type for e in took] == ["AGREE"]
    bids = analyse("The CCC has accepted three bids from exporters.").events
    assert [e.type for e in bids] == ["AGREE"]
    bonus = analyse("The CCC has accepted bids for export bonuses on wheat to Iraq.").events
    assert [e.type for e in bonus] == ["AGREE"]


def test_whom_a_transfer_goes_to_is_not_the_one_probed(
    analyse: Callable[[str], Document],
) -> None:
    """ "investigate the arms sales to Iran", "opposed the transfer of technology to foreign
    governments": the receiver is no target; an inquiry into brokers keeps its doer."""
    probe = analyse("The Tower Commission was named to investigate U.S. arms sales to Iran.")
    assert [[a.text for a in e.target_actors] for e in probe.events] == [[]]
    opposed = analyse("Weinberger opposed the transfer of technology to governments and firms.")
    assert [[a.text for a in e.target_actors] for e in opposed.events] == [[]]
    inquiry = analyse("The SEC is investigating a number of brokers for insider trading.").events
    assert [e.type for e in inquiry] == ["ACCUSE"]


# Round 95: an appeal is heard by a court, never made by it; a tally of threats is no one
# threat; threats "from" a party are its own, and the one "disappointed at" them is their
# target; an attacker's own dead are not whom it attacked.
FULL_PIPELINE_NOT_95 = [
    (
        (
            "Dresser Industries said on Friday that the U.S. Court of Appeals had ruled "
            "against it in its appeal of a lower court judgment from 1985."
        ),
        "REQUEST",
    ),
    (
        "President Reagan has threatened or imposed trade retaliation six times in the last "
        "two years.",
        "THREATEN",
    ),
]


def test_threats_from_a_party_are_its_own(analyse: Callable[[str], Document]) -> None:
    """ "Tokyo is disappointed at the recent threats of trade sanctions from the EC": the EC
    threatens Tokyo; attacks told "three times this week" stay an attack."""
    threats = analyse(
        "Tokyo is disappointed at the recent threats of trade sanctions from the European "
        "Community, the minister said."
    ).events
    sides = [
        ([a.text for a in e.source_actors], [a.text for a in e.target_actors]) for e in threats
    ]
    assert sides == [(["European Community"], ["Tokyo"])]
    raids = analyse("Iraqi jets attacked the terminal three times this week.").events
    assert [e.type for e in raids] == ["ASSAULT"]
    rival = analyse(
        "Cathay was forced to fly some routes because of the threat of competition from Dragon Air."
    ).events
    assert "THREATEN" not in [e.type for e in rival]
    plea = analyse(
        "Judge R.K. Sethi said he had made the appeal because the hearings had run on for months."
    )
    assert [[a.text for a in e.source_actors] for e in plea.events] == [["Judge R.K. Sethi"]]


def test_the_attackers_own_dead_are_no_target(analyse: Callable[[str], Document]) -> None:
    """ "up to 500 guerrillas attacked the base, and 20 guerrillas were killed": the
    guerrillas killed are not whom they attacked; soldiers killed by rebels are."""
    own = analyse(
        "The army said up to 500 leftist guerrillas attacked the base, and 20 guerrillas "
        "were killed."
    ).events
    assert [[a.text for a in e.target_actors] for e in own] == [[]]
    other = analyse("Rebels attacked the town and killed 30 soldiers.").events
    assert [[a.text for a in e.target_actors] for e in other] == [["30 soldiers"]]


# Round 96: a strike that shuts ports blockades no one; money mobilised is raised, not
# forces; refusing to prejudge an outcome rejects nothing.
FULL_PIPELINE_NOT_96 = [
    ("The strike closed New Zealand's 15 ports.", "COERCE"),
    (
        "Mahanagar Telephone Nigam mobilised 2.5 billion rupees last year from a public bond sale.",
        "MOBILIZE",
    ),
    ("The minister refuses to prejudge the outcome of the talks.", "REJECT"),
]


def test_forces_mobilised_stay_coded(analyse: Callable[[str], Document]) -> None:
    """Troops and reserves mobilised are mobilisation, unlike funds."""
    troops = analyse("Iran mobilised 100,000 troops on the border.").events
    assert [e.type for e in troops] == ["MOBILIZE"]
    reserves = analyse("The government mobilised reserves for the offensive.").events
    assert [e.type for e in reserves] == ["MOBILIZE"]


# Round 97: the wounded evacuated, a strike only threatened, what forces are sent "to" do
# and a strike "which has hit" a port are no acts; a vessel with no owner given is no
# party.
FULL_PIPELINE_NOT_97 = [
    ("Rescue workers planned to evacuate wounded from refugee camps in Beirut.", "THREATEN"),
    (
        "The company called in the army because of a threatened strike by 40,000 dock workers.",
        "PROTEST",
    ),
    (
        "The government had earlier dispatched about 800 marines to occupy the largest "
        "harbours after a court declared the seamen's walkout illegal.",
        "COERCE",
    ),
    (
        "Nothing suggests an early end to the dockers' strike, which has badly hit the port "
        "of Santos.",
        "ASSAULT",
    ),
]


def test_a_vessel_with_no_owner_is_no_party(analyse: Callable[[str], Document]) -> None:
    """ "occupied one ship": the ship is a thing; "a Greek tanker" names its flag."""
    ship = analyse("Troops and police occupied one ship, the Rio Negro, the seamen's union said.")
    assert [[a.text for a in e.target_actors] for e in ship.events] == [[]]
    tanker = analyse("Iranian gunboats attacked a Greek tanker in the Gulf.").events
    assert [[a.text for a in e.target_actors] for e in tanker] == [["Greek tanker"]]
    hurt = analyse("Gunmen wounded three policemen.").events
    assert [e.type for e in hurt] == ["ASSAULT"]
    toll = analyse(
        "Iran said on Tuesday that its forces had killed or wounded more than 4,000 "
        "Iraqis in the offensive."
    ).events
    assert [[a.text for a in e.target_actors] for e in toll] == [["more than 4,000 Iraqis"]]
    mounted = analyse("Israel on Friday mounted its long-threatened invasion of southern Lebanon.")
    assert [e.type for e in mounted.events] == ["ASSAULT"]


# Round 98: a rise in an index welcomed and leaders meeting "among themselves" are no
# acts towards a party.
FULL_PIPELINE_NOT_98 = [
    (
        "The White House welcomed the 1.2 pct rise in the leading indicators index for "
        "May, a gauge of future economic activity.",
        "SUPPORT",
    ),
    ("Major U.S. meat industry leaders will meet among themselves to reach a consensus.", "AGREE"),
]


# Round 99: a firm backing a product or recognising it "as a standard" backs no party.
FULL_PIPELINE_NOT_99 = [
    (
        "IBM added that it will support Microsoft Corp's Windows software as the "
        "standard graphical interface for its new personal computers.",
        "AGREE",
    ),
    ("IBM recognizes OS/2 as a standard but declined to discuss its long-term plans.", "SUPPORT"),
]


def test_a_state_recognised_or_backed_stays(analyse: Callable[[str], Document]) -> None:
    """A government recognised, or a plan a state will back, stays coded."""
    recognised = analyse("France recognized the new government of Chad.").events
    assert [e.type for e in recognised] == ["SUPPORT"]
    backed = analyse("Britain said it will support the U.S. plan.").events
    assert [e.type for e in backed] == ["AGREE"]


# Round 100: a plan's terms told in a relative clause, a visit still to come in an
# infinitive relative, what a thing "has been used to" do, and acts a step "would mean".
FULL_PIPELINE_NOT_100 = [
    (
        (
            "The proposal resembles Baker's debt strategy, which called for bigger "
            "contributions by commercial banks, governments and the World Bank."
        ),
        "REQUEST",
    ),
    (
        "He will be the first senior U.S. official to visit Japan since the dispute began.",
        "CONSULT",
    ),
    (
        "It has been used by Iranian gunboats to fire on U.S. helicopters, the Pentagon said.",
        "ASSAULT",
    ),
    (
        "If the guild walks out, it would mean strikes against the two largest cable "
        "networks at once.",
        "THREATEN",
    ),
    ("The move would trigger attacks on U.S. ships.", "THREATEN"),
]


def test_a_past_first_visit_and_a_use_in_one_attack_stay(
    analyse: Callable[[str], Document],
) -> None:
    """A visit already made, a weapon used in one attack and a resolution's call stay coded."""
    made = analyse("He was the first senior U.S. official to visit Japan since the dispute began.")
    assert [e.type for e in made.events] == ["CONSULT"]
    used = analyse("Iraq has used chemical weapons to attack Iranian troops.").events
    assert [e.type for e in used] == ["ASSAULT"]
    voiced = analyse("The resolution, which called on Iran to end the war, was adopted.").events
    assert [e.type for e in voiced] == ["REQUEST"]
    threat = analyse("The union said it will stage strikes against the networks.").events
    assert [e.type for e in threat] == ["THREATEN"]


# Round 101: a protest only threatened with the act it comes with, and a state's own
# bond issue (a "state loan"), which is borrowing, not aid.
FULL_PIPELINE_NOT_101 = [
    (
        "European growers have threatened to offer 500,000 tonnes of butter to "
        "intervention stores as a protest against Commission export rules.",
        "PROTEST",
    ),
    (
        "The Belgian finance ministry plans a new ten-year state loan with a coupon of 7 pct.",
        "AGREE",
    ),
]


def test_a_protest_made_and_a_state_loan_to_a_country_stay(
    analyse: Callable[[str], Document],
) -> None:
    """A protest that went with an act done, and a state loan given to a country, stay."""
    made = analyse("Farmers blocked roads as a protest against EC policies.").events
    assert [e.type for e in made] == ["PROTEST"]
    lent = analyse("Japan gave Poland a government loan.").events
    assert [(e.type, e.target_codes) for e in lent] == [("AID", ("POL",))]
    pledged = analyse("Japan will extend a government loan to Poland.").events
    assert [e.type for e in pledged] == ["AGREE"]


# Round 102: an act denied of "no" thing ("no action is promised"), a welcome only
# imagined ("would welcome"), talks held "from time to time", and a body criticised by
# "its members" (the members criticise, not the body).
FULL_PIPELINE_NOT_102 = [
    ("We would welcome if they wrote off a third of our arrears, Ndiaye said.", "AGREE"),
    (
        "Although no Japanese budget stimulus is promised before next spring, Treasury "
        "officials would welcome such a step.",
        "AGREE",
    ),
    ("Japan would welcome a visit by the Soviet leader.", "AGREE"),
    (
        (
            "Miyazawa said he talks with Treasury Secretary James Baker from time to time "
            "about currency matters."
        ),
        "CONSULT",
    ),
]


def test_acts_done_beside_the_round_102_readings_stay(
    analyse: Callable[[str], Document],
) -> None:
    """The same acts done or welcomed stay coded; a body criticised by its own members is
    the target, never the critic."""
    welcomed = analyse("Japan welcomed the visit by the Soviet leader.").events
    assert [e.type for e in welcomed] == ["SUPPORT"]
    talked = analyse("Miyazawa said he talked with the U.S. Treasury Secretary on economic issues.")
    assert [e.type for e in talked.events] == ["CONSULT"]
    criticised = analyse("The ADB was criticised by its members.").events
    assert [(e.type, e.source_actors, len(e.target_actors)) for e in criticised] == [
        ("ACCUSE", (), 1)
    ]


# Round 103: acts under a condition ("as long as").
FULL_PIPELINE_NOT_103 = [
    ("As long as the rebels continue to fight the army, Libya will back them.", "ASSAULT"),
]


@pytest.fixture(scope="module")
def rules() -> Callable[[str], Document]:
    """The whole pipeline without the learned check (``events.gate=1``): the rules alone."""
    pipeline = build_pipeline(load_config(overrides=["events.gate=1"]))
    return lambda text: pipeline.run(Article(text, "test", id="test"))


def test_a_quote_an_agency_reports_is_the_quoted_speakers(
    rules: Callable[[str], Document],
) -> None:
    """ "the agency quoted him as saying": "we" in the quote is the one quoted, never the
    agency that carries the words; a raid in the past week stays an event. (The learned
    check, on by default, drops this threat: p(wrong) .65, mostly for the quote.)"""
    doc = rules(
        '"We will attack Kuwait," the Iranian news agency IRNA quoted Rafsanjani as saying.'
    )
    assert [[s.text for s in e.source_actors] for e in doc.events] == [["Rafsanjani"]]
    said = [s for s in doc.statements if s.cue.text == "quoted"]
    assert len(said) == 1 and said[0].speaker is not None
    speaker = next(e for e in doc.entities if e.id == said[0].speaker)
    assert speaker.name == "Rafsanjani"
    week = rules("Pretoria raided ANC bases in Botswana in the past week.").events
    assert [e.type for e in week] == ["ASSAULT"]


# Round 104: criticism of "what he called" ideas, a call for talks only weighed ("will
# consider when ministers should be called"), a tax's effect read through "it" resolved
# to three countries, a price that "retreated", and criticism voiced "in London".
FULL_PIPELINE_NOT_104 = [
    (
        "Treasury official David Mulford criticized what he called sweeping remedies "
        "like writing off debt.",
        "ACCUSE",
    ),
    (
        "De Keersmaeker said he would consider when the ministers should be called "
        "together for another round of talks.",
        "REQUEST",
    ),
    (
        "Diplomats said Denmark, Britain and Spain maintained their opposition to the "
        "levy despite efforts by the Commission to persuade them it would not unfairly "
        "hit imports from non-EC countries.",
        "REJECT",
    ),
    (
        "Comex gold futures opened three to four dlrs higher and then retreated "
        "slightly when fresh buying dried up.",
        "RETREAT",
    ),
    (
        "Brazil's Funaro sharply criticized the bank advisory panels in New York on Tuesday.",
        "ACCUSE",
    ),
]


def test_round_104_keeps_what_is_done(analyse: Callable[[str], Document]) -> None:
    """A place inside what is criticised stays its target; troops still retreat; a
    country that will not attack still refuses."""
    closure = analyse("Britain criticized the closure of guest houses in Kenya.").events
    assert [(e.type, e.target_codes) for e in closure] == [("ACCUSE", ("KEN",))]
    troops = analyse("Iranian troops retreated from the border.").events
    assert [e.type for e in troops] == ["RETREAT"]
    refusal = analyse("Syria said it would not attack Israel.").events
    assert [(e.type, e.source_codes) for e in refusal] == [("REJECT", ("SYR",))]


# Round 105: districts toured (places, named or not), and a product a firm backs.
FULL_PIPELINE_NOT_105 = [
    (
        "A Ghanaian government delegation visited the Anglo and Ketu districts to assess "
        "flood damage.",
        "CONSULT",
    ),
    (
        "She said CBS/Fox will support the new Super VHS high-resolution tape format, "
        "releasing titles as demand grows.",
        "AGREE",
    ),
]


def test_round_105_keeps_parties_visited_and_backed(analyse: Callable[[str], Document]) -> None:
    """A country visited and a government or plan backed stay coded."""
    visited = analyse("Reagan visited China.").events
    assert [(e.type, e.target_codes) for e in visited] == [("CONSULT", ("CHN",))]
    backed = analyse("Japan will back the Philippine government.").events
    assert [e.type for e in backed] == ["AGREE"]
    plan = analyse("Britain said it will support the U.S. plan.").events
    assert [e.type for e in plan] == ["AGREE"]


# Round 106: a sum pledged "in cuts" (a budget vow), checked below with the party asked
# when a removal or deregulation "of" someone is called for.
FULL_PIPELINE_NOT_106 = [
    (
        (
            "Ruding said the coalition has already pledged 1.5 billion in cuts to close the "
            "shortfall."
        ),
        "AGREE",
    ),
]


def test_the_one_an_asked_act_is_done_to_is_not_the_one_asked(
    analyse: Callable[[str], Document],
) -> None:
    """ "called for the deregulation of AT&T", "calling for the removal of Funaro": the
    request stays, aimed at no one named; an arrest ordered keeps its target, and aid
    pledged to a country stays a promise to it."""
    for text in (
        "MCI Communications Corp. called for the swift federal deregulation of American "
        "Telephone and Telegraph Co., its main long-distance rival.",
        (
            "Influential state governors in Brazil have been calling for the removal of "
            "Finance Minister Dilson Funaro, press reports said."
        ),
    ):
        events = analyse(text).events
        assert [(e.type, e.target_actors) for e in events] == [("REQUEST", ())]
    arrest = analyse("Police ordered the arrest of the rebel leaders.").events
    assert [(e.type, e.target_codes) for e in arrest] == [("COERCE", ("REB",))]
    aid = analyse("Japan pledged 1.2 billion dlrs in aid to the Philippines.").events
    assert [(e.type, e.target_codes) for e in aid] == [("AGREE", ("PHL",))]


# Round 107: a group halting its own bombings, Chapter 11 protection sought, a warning
# not to depend on aid, sanctions still pending.
FULL_PIPELINE_NOT_107 = [
    (
        "A Colombian guerrilla faction announced the suspension of its bombings of "
        "crude pipelines while it waits for the government to levy a social tax.",
        "SANCTION",
    ),
    ("The rebels suspended their attacks on the army.", "SANCTION"),
    (
        "Several steelmakers, including LTV, sought protection under Chapter 11 in recent years.",
        "REQUEST",
    ),
    (
        "Farm officials in Washington have warned growers not to depend on more federal "
        "aid next season.",
        "THREATEN",
    ),
    (
        "Economists revised forecasts after news of pending U.S. trade sanctions against Japan.",
        "SANCTION",
    ),
]


def test_round_107_keeps_sanctions_threats_and_letter_names(
    analyse: Callable[[str], Document],
) -> None:
    """Aid suspended, sanctions imposed and a warning not to intervene stay coded; two
    single letters joined by "and" before a suffix are one firm's name."""
    aid = analyse("The United States suspended aid to Nicaragua.").events
    assert [(e.type, e.target_codes) for e in aid] == [("SANCTION", ("NIC",))]
    imposed = analyse("The U.S. imposed trade sanctions against Japan.").events
    assert [(e.type, e.target_codes) for e in imposed] == [("SANCTION", ("JPN",))]
    warned = analyse("Rafsanjani warned the United States not to intervene in the Gulf.").events
    assert [e.type for e in warned] == ["THREATEN"]
    bought = analyse(
        "Willcox and Gibbs Inc said it would buy B and W Electric Supply Co, an Atlanta "
        "distributor of electrical parts, on undisclosed terms."
    )
    names = [e.name for e in bought.entities]
    assert "B and W Electric Supply Co" in names
    assert "W Electric Supply Co" not in names
    delayed = analyse(
        "Kidder's application for a seat has been put on hold pending investigation by the "
        "Commodity Futures Trading Commission."
    ).events
    assert "ACCUSE" in [e.type for e in delayed]
    two = analyse("IBM and Hitachi Ltd signed a pact.")
    assert sorted(e.name for e in two.entities) == ["Hitachi Ltd", "IBM"]


# Round 108: a product that "would attack" a rival's business, and one adviser agreeing
# what another body must do.
FULL_PIPELINE_NOT_108 = [
    (
        (
            '"Any drug that offers a genuinely different way to treat ulcers would attack '
            "the heart of Glaxo's global franchise, which is Zantac,\" said Peter Hollins, "
            "an industry analyst."
        ),
        "THREATEN",
    ),
    (
        "Franz-Josef Feiter, Chancellor Helmut Kohl's farm adviser, agreed the European "
        "Community must pay more attention to market realities when it sets farm "
        "prices.",
        "AGREE",
    ),
]


def test_round_108_keeps_threatened_attacks_and_pacts(analyse: Callable[[str], Document]) -> None:
    """A state's threatened attack on a state, ministers agreeing what the EC must do and
    one agreeing with a partner stay coded."""
    threat = analyse("Iran said it would attack Kuwait.").events
    assert [(e.type, e.target_codes) for e in threat] == [("THREATEN", ("KWT",))]
    ministers = analyse("The ministers agreed that the EC must cut prices.").events
    assert [e.type for e in ministers] == ["AGREE"]
    partner = analyse("Baker agreed with Miyazawa that Japan should stimulate its economy.")
    assert [e.type for e in partner.events] == ["AGREE"]


# Round 109: a rocket "destroyed" after going out of control (a thing, no party), and acts
# told as a claim or a guess ("allegedly", "probably").
FULL_PIPELINE_NOT_109 = [
    (
        "A Delta rocket carrying a weather satellite went out of control seconds after "
        "liftoff and was destroyed, an Air Force spokesman said.",
        "COERCE",
    ),
    ("Iran allegedly attacked the ship.", "ASSAULT"),
    ("Japan probably rejected the U.S. proposal.", "REJECT"),
]


def test_round_109_keeps_reported_acts_and_property_destroyed(
    analyse: Callable[[str], Document],
) -> None:
    """An act told as reported stays coded (the PLOVER gold codes "has reportedly
    conceded"), and so does rebels destroying a government helicopter."""
    reported = analyse("Iran reportedly attacked Kuwait.").events
    assert [(e.type, e.target_codes) for e in reported] == [("ASSAULT", ("KWT",))]
    destroyed = analyse("Rebels destroyed a government helicopter.").events
    assert [(e.type, e.source_codes) for e in destroyed] == [("COERCE", ("REB",))]
    freed = analyse(
        "Human rights monitors said scores of prisoners had been freed over the past "
        "month, perhaps to make room for a fresh government crackdown."
    ).events
    assert [e.type for e in freed] == ["RETREAT"]


# Round 110: acts that a move "depended on" or a loan is "contingent on" (conditions).
FULL_PIPELINE_NOT_110 = [
    (
        "She added, however, that such a step depended on other EMS members lifting "
        "their remaining currency controls.",
        "CONCEDE",
    ),
    ("The loan is contingent on Brazil signing an accord with the IMF.", "AGREE"),
]


def test_round_110_troops_wielded_are_no_target(analyse: Callable[[str], Document]) -> None:
    """Troops one threatens to use, or refuses to deploy, are the means: the target is
    where or against whom (if anyone is named); an act done by one a condition names stays
    coded."""
    troops = analyse(
        "The new decree led the premier to threaten to use troops should street "
        "protests endanger the ruling Communist Party."
    ).events
    assert [(e.type, e.target_actors) for e in troops] == [("THREATEN", ())]
    force = analyse("Iran threatened to use force against Kuwait.").events
    assert [(e.type, e.target_codes) for e in force] == [("THREATEN", ("KWT",))]
    refused = analyse("Pakistan has refused to deploy peacekeepers in Iraq.").events
    assert [(e.type, e.target_codes) for e in refused] == [("REJECT", ("IRQ",))]
    aid = analyse("Japan promised to send aid to Bangladesh.").events
    assert [(e.type, e.target_codes) for e in aid] == [("AGREE", ("BGD",))]
    signed = analyse("The agreement depended on Japan, which signed the accord.").events
    assert [e.type for e in signed] == ["SUPPORT"]


def test_round_111_peers_and_placements(analyse: Callable[[str], Document]) -> None:
    """ "Greece and Turkey's NATO allies" are one party of their own, not Greece and
    Turkey; "Brazil's creditors" are not Brazil; investors shares are placed with are no
    party to the placing firm's agreement, while a buyer named in a sale stays one."""
    allies = analyse(
        "Greece and Turkey's NATO allies on Friday called on both countries to show restraint."
    )
    (event,) = allies.events
    named = {e.id: e.name for e in allies.entities}
    assert len(event.sources) == 1
    assert [named.get(s) for s in event.sources] != ["Greece"]
    creditors = analyse("Brazil's creditors rejected the plan.")
    brazil = [e.id for e in creditors.entities if e.name == "Brazil"]
    assert [e.type for e in creditors.events] == ["REJECT"]
    assert not set(creditors.events[0].sources) & set(brazil)
    placed = analyse(
        "Kleinwort Grieveson and Co has agreed to privately place 450,000 new common "
        "shares of Nord Resources Corp with institutions outside the U.S., Nord said."
    ).events
    assert [(e.type, e.target_actors) for e in placed] == [("AGREE", ())]
    sold = analyse("Metromedia agreed to sell KHJ-TV to Walt Disney Co.").events
    assert [t.text for e in sold for t in e.target_actors] == ["Walt Disney Co."]
    field = analyse(
        "The field's partners have agreed to develop Draugen using a single-shaft "
        "concrete platform, the company spokesman said."
    ).events
    assert [(e.type, e.target_actors) for e in field] == [("AGREE", ())]
    fields = analyse("Japan agreed to develop oil fields with China.").events
    assert [(e.type, e.target_codes) for e in fields] == [("AGREE", ("CHN",))]
    cannot = analyse(
        '"We simply cannot continue negotiating with our bank creditors each year," the '
        "finance minister told reporters."
    )
    assert cannot.events == ()
    talks = analyse("Brazil continued talks with Citibank.").events
    assert [e.type for e in talks] == ["CONSULT"]


def test_round_112_a_firm_described_again_is_the_same_act(
    analyse: Callable[[str], Document],
) -> None:
    """ "Texaco sued Pennzoil Co ... Texaco sued the Houston oil company": the firm named
    and then described with "the" is one act told twice; a second firm named in an
    apposition is a second suit."""
    again = analyse(
        "Texaco sued Pennzoil Co in Houston. Later Texaco sued the Houston oil company again "
        "in New York."
    ).events
    assert [e.type for e in again] == ["ACCUSE"]
    other = analyse(
        "Texaco sued Pennzoil Co in Houston. Later Texaco sued Shell, the Dutch oil company."
    ).events
    assert [e.type for e in other] == ["ACCUSE", "ACCUSE"]


FULL_PIPELINE_NOT_113 = [
    ("Lyng attacked what he called biased press reports on meat inspection.", "ASSAULT"),
    ("Tokyo has also attacked the OECD forecasts for its economy.", "ASSAULT"),
    (
        "The United States, long reluctant to criticize Japan's budget, joined in the attack, "
        "he said.",
        "ASSAULT",
    ),
    (
        "China has raised the state purchase prices of rice, cottonseed and shelled peanuts to "
        "encourage farmers.",
        "ASSAULT",
    ),
    ("Chevron won an order from the Texas court of appeals against Exxon.", "REQUEST"),
    (
        (
            "The South Korean government wants Tokyo to relax a range of import curbs on "
            "Korean products."
        ),
        "AGREE",
    ),
    (
        "The sources said a shortage of money might force the USDA to suspend the "
        "export subsidy scheme.",
        "THREATEN",
    ),
    (
        "The sliding pound has sent funds pouring into the anchor currency of the grid, the "
        "Swiss franc.",
        "AID",
    ),
    (
        (
            "Auditors gave the firm a qualified opinion on its 1986 results, subject to its "
            "ability to resolve negotiations with its Canadian lenders."
        ),
        "AGREE",
    ),
    (
        "Sweden's ruling party gave full power to the government to decree trade sanctions "
        "against South Africa.",
        "SANCTION",
    ),
    (
        (
            "The party said this came before Sweden's long-held rule of only adopting "
            "sanctions that carry the backing of the UN Security Council."
        ),
        "SANCTION",
    ),
    ("Under the proposal, Texaco will support Shell's plan to build a refinery.", "AGREE"),
    (
        (
            "Dutch banks traditionally cast their proxy votes at shareholder meetings to "
            "support the board of the company."
        ),
        "SUPPORT",
    ),
    ("Trading houses are looking to new sources to supply Taiwan's needs.", "AID"),
]


def test_round_113_acts_that_stay_coded(analyse: Callable[[str], Document]) -> None:
    """Round 113 keeps the acts it must: guns that shelled positions, a complaint whose
    addressee is a body's secretariat (no target but the accused), a sanction decided, an
    intent to negotiate, a plan adopted."""
    shelled = analyse("Iraqi guns shelled Iranian positions near Basra.").events
    assert [(e.type, e.target_codes) for e in shelled] == [("ASSAULT", ("IRN",))]
    told = analyse(
        "Ghana complained to the secretariat of the World Trade Organization that Nigeria's "
        "import ban breaks its rules."
    ).events
    assert [(e.type, e.source_codes) for e in told] == [("ACCUSE", ("GHA",))]
    assert all("World Trade" not in a.text for e in told for a in e.target_actors)
    decided = analyse("The government decided to impose sanctions against South Africa.").events
    assert [(e.type, e.target_codes) for e in decided] == [("SANCTION", ("ZAF",))]
    talks = analyse("Iran wants to negotiate with Iraq.").events
    assert [(e.type, e.target_codes) for e in talks] == [("AGREE", ("IRQ",))]
    pact = analyse("China and Japan signed an agreement to cooperate in energy.").events
    assert [e.type for e in pact] == ["SUPPORT"]


def test_round_114_assets_bought_are_no_party(analyse: Callable[[str], Document]) -> None:
    """ "agreed to buy the U.S. assets of Reichold": the assets are a thing, the seller whose
    assets they are is the other party (not the country the assets lie in)."""
    bought = analyse("Sico Inc said it agreed to buy the U.S. assets of Reichold Chemicals Inc.")
    assert [[a.text for a in e.target_actors] for e in bought.events] == [
        ["Reichold Chemicals Inc."]
    ]
    both = analyse(
        "Great American Industrial Group Inc has agreed to purchase the British and "
        "American assets of Pfaudler Co."
    ).events
    assert [[a.text for a in e.target_actors] for e in both] == [["Pfaudler Co."]]


FULL_PIPELINE_NOT_115 = [
    (
        "Hawke told parliament that Australia could not go it alone on sanctions against Fiji.",
        "SANCTION",
    ),
    (
        "There have been occasional but regular demonstrations by dairy farmers "
        "protesting over lower milk prices.",
        "PROTEST",
    ),
    (
        "A British minister said he had given Tokyo a clear warning of sanctions against "
        "Japanese banks if Japan did not open its markets.",
        "SANCTION",
    ),
    (
        "Ridley said that under the new law the government had considerable flexibility in "
        "taking sanctions against Japanese banks.",
        "SANCTION",
    ),
    ("Deposits are shrinking as Kuwaiti customers seek a better return on their money.", "REQUEST"),
    (
        "An analyst said cuts in Japanese chip output are aiding U.S. chip maker orders and sales.",
        "AID",
    ),
    (
        (
            "The minister said Kuwait was not a party to the conflict, despite Iranian "
            "charges that Kuwait is supporting Iraq."
        ),
        "SUPPORT",
    ),
    (
        "The governor, who on Thursday declared a flooding emergency for central Iowa, was "
        "expected to ask for federal relief.",
        "COERCE",
    ),
    (
        (
            "Britain and the United States vetoed a Security Council resolution that would "
            "have imposed mandatory economic sanctions on South Africa."
        ),
        "SANCTION",
    ),
]


def test_round_115_parties_of_charges_and_requests(analyse: Callable[[str], Document]) -> None:
    """Round 115: a task force one urges be created is no one asked; the country whose laws
    were broken is not charged; "Black and Decker Inc" is one firm; a veto, a state of
    emergency and repeated attacks stay coded."""
    urged = analyse("Senator Heinz urged creation of a task force headed by Paul Volcker.").events
    assert [(e.type, e.target_actors) for e in urged] == [("REQUEST", ())]
    charged = analyse(
        "Zenith has charged a number of Japanese television companies with violating "
        "U.S. antitrust law."
    ).events
    assert [(e.type, e.target_codes) for e in charged] == [("ACCUSE", ("JPNBUS",))]
    firm = analyse("Pittway Corp charged Black and Decker Inc with infringing its patent.").events
    assert [[a.text for a in e.target_actors] for e in firm] == [["Black and Decker Inc"]]
    vetoed = analyse(
        "Britain and the United States vetoed a Security Council resolution that would "
        "have imposed mandatory economic sanctions on South Africa."
    ).events
    assert [e.type for e in vetoed] == ["REJECT"]
    emergency = analyse("The army declared a state of emergency in the capital.").events
    assert [e.type for e in emergency] == ["COERCE"]
    repeated = analyse(
        "Kuwaiti-flagged ships have come under repeated Iranian attack in the Gulf this year."
    ).events
    assert [(e.type, e.source_codes) for e in repeated] == [("ASSAULT", ("IRN",))]


FULL_PIPELINE_NOT_116 = [
    ('"As a central banker Poehl shouldn\'t do that," Wyttenbach said.', "REQUEST"),
    (
        "The minister added that in the end, any government must take its decisions in light of "
        "the national interest.",
        "REQUEST",
    ),
    (
        "Under the agreement struck between bond and futures traders, the CCE will coordinate "
        "their supervisory bodies.",
        "PROTEST",
    ),
    ("Yeutter said he will not ask Seoul to open fully its beef market.", "REJECT"),
]


def test_round_116_diplomats_withdrawn_are_no_target(
    analyse: Callable[[str], Document],
) -> None:
    """Round 116: the diplomats a state withdraws are its own; the target is where they
    served. Diplomats expelled are another state's, and stay the target."""
    withdrawn = analyse("Canada withdrew three more diplomats from its embassy in Havana.").events
    assert [(e.type, e.target_codes) for e in withdrawn] == [("SANCTION", ("CUB",))]
    expelled = analyse("Iran expelled four British diplomats.").events
    assert [(e.type, e.target_codes) for e in expelled] == [("SANCTION", ("GBRGOV",))]


# Round 117: realis read from MEANTIME's factuality gold (``eventwire eval realis``), in
# our own sentences: an event called off or put off, a headline's "X to do", a start or
# an ability still ahead, and a purpose clause are no acts done.
FULL_PIPELINE_NOT_117 = [
    ("Talks between the government and the rebels have been called off.", "CONSULT"),
    ("The meeting of foreign ministers was postponed until next month.", "CONSULT"),
    (
        "Opposition leaders denounced the now-cancelled visit by the French president to Iran.",
        "CONSULT",
    ),
    ("Japan to impose sanctions on Iran", "SANCTION"),
    ("Iran will be able to attack shipping in the Gulf.", "ASSAULT"),
    ("Iran will begin to withdraw its troops from the border.", "RETREAT"),
]


def test_round_117_acts_done_stay_coded(analyse: Callable[[str], Document]) -> None:
    """Round 117: a start already made, a price's "to close at" and the help a dispatch
    gives ("to help support") are no acts left undone."""
    began = analyse("Iran began to withdraw its troops from the border.").events
    assert [e.type for e in began] == ["RETREAT"]
    helped = analyse(
        "Saudi Arabia has mobilized lobby groups in Washington to help support the "
        "Palestinian cause."
    ).events
    assert "SUPPORT" in [e.type for e in helped]
    called = analyse("Syria called on Arabs to unite and mobilize against Israel.").events
    assert "MOBILIZE" in [e.type for e in called] or "REQUEST" in [e.type for e in called]


# Round 118: read from the BBC pools (news from another desk and decade): a win is no
# beating, a shot at goal or to fame no shooting, and "hit out at" is criticism.
FULL_PIPELINE_NOT_118 = [
    ("Ljubicic beat Tim Henman in the last eight.", "ASSAULT"),
    ("A year ago Citigroup beat Standard Chartered to buy Koram bank.", "ASSAULT"),
    ("Newcastle were well beaten at Anfield.", "ASSAULT"),
    ("Mr Blair shot basketball hoops with students.", "ASSAULT"),
    (
        "The Scottish rock band Franz Ferdinand, who shot to fame last year, won two awards.",
        "ASSAULT",
    ),
    ("Home Secretary David Blunkett has hit out at critics of the identity card plan.", "ASSAULT"),
]


def test_round_118_beatings_and_shootings_stay(analyse: Callable[[str], Document]) -> None:
    """Round 118: beatings by police or soldiers, beating back an attack, shooting at or
    shooting dead people stay assaults; hitting out at critics is criticism."""
    for text in (
        "Police beat the demonstrators with batons.",
        "Iraqi troops beat back a fresh Iranian offensive near the border.",
        "Gunmen shot two policemen in Belfast.",
        "A British soldier was shot dead in Belfast.",
        "Troops shot at the crowd.",
        "Seven youths were knifed and shot to death in the township.",
        "A British diplomat was beaten and abducted in the Iranian capital.",
    ):
        assert "ASSAULT" in [e.type for e in analyse(text).events], text
    words = analyse("Home Secretary David Blunkett hit out at the judges.")
    assert [e.type for e in words.events] == ["ACCUSE"]


# Round 119: read from the Giveme5W1H news pool (web copy of 2016-17): a toll of a crash or a
# fire is no assault, a declaration of emergency signed is no accord, and "no more talks" or
# "no longer attack" is no meeting and no threat.
FULL_PIPELINE_NOT_119 = [
    ("Two freight trains collided outside the station on Monday, injuring a driver.", "ASSAULT"),
    ("Four people were hurt when a ferry caught fire off the coast.", "ASSAULT"),
    ("Nine people were killed when a tram took a bend too fast and derailed.", "ASSAULT"),
    ("A small plane crash in the hills on Sunday killed six tourists.", "ASSAULT"),
    ("The mayor signed a declaration of disaster emergency for the county.", "SUPPORT"),
    ("The rebels said they would hold no more talks with the government.", "AGREE"),
    ("The group said it will no longer attack civilians.", "THREATEN"),
]


def test_round_119_tolls_of_attacks_stay(analyse: Callable[[str], Document]) -> None:
    """Round 119: a toll with an attacker in view stays an assault, even near a crash."""
    for text in (
        "Three people were killed when a gunman opened fire at a bus station.",
        "Two soldiers were wounded when rebels attacked their convoy after it crashed.",
        "Nine people were killed and scores more were wounded in the bus station.",
    ):
        assert "ASSAULT" in [e.type for e in analyse(text).events], text


def test_round_119_parties_of_acts_done_to_their_owner(
    analyse: Callable[[str], Document],
) -> None:
    """Round 119: "Neu's arrest" is done to Neu, "was forced to apologize" is her apology,
    and those who "died in a bombing" did not bomb."""
    [arrest] = analyse("Neu's arrest came after a long inquiry by the city police.").events
    assert (arrest.type, [a.text for a in arrest.target_actors]) == ("COERCE", ["Neu"])
    assert not arrest.source_actors
    [sorry] = analyse("Jackson was forced to apologize to the players.").events
    assert [a.text for a in sorry.source_actors] == ["Jackson"]
    died = analyse("A dozen hostages died in a bombing more than a year ago.").events
    assert not any(a.text.endswith("hostages") for e in died for a in e.source_actors)


def test_round_119_a_lead_repeated_under_a_photo_is_one_event(
    analyse: Callable[[str], Document],
) -> None:
    lead = "Police in Reno have named the man an officer shot on Saturday evening."
    body = (
        "The shooting took place in a parking lot on the north side, where the man had "
        "been threatening his wife with a handgun, the police chief told reporters on "
        "Sunday.\nTheir son was standing close by, and an officer led him away before "
        "the man was rushed to hospital, where he died early on Monday."
    )
    text = f"{lead}\n{body}\n(Photo: city police)\n{lead}"
    events = [e for e in analyse(text).events if e.trigger.text == "shot"]
    assert len(events) == 1


def test_round_119_one_shooting_told_three_times_is_one(
    analyse: Callable[[str], Document],
) -> None:
    text = (
        "Tavon Alleyne was shot by an unidentified person on Tuesday. "
        "The singer called for an end to gun violence after the death of Alleyne, who was "
        "shot several times. Alleyne was shot near his home, the police said."
    )
    shot = [e for e in analyse(text).events if e.trigger.text == "shot"]
    assert len(shot) == 1


def test_round_119_a_crash_story_counts_no_assaults(cfg: Config) -> None:
    """In a story whose headline and lead tell of a crash, those hurt with no one named
    who hurt them were hurt in the crash."""
    text = (
        "A tram left the rails in the south of the city on Wednesday morning.\n"
        "Everyone was screaming, and a lot of people were injured.\n"
        "Police arrested Alan Jones, the driver, on suspicion of manslaughter."
    )
    doc = build_pipeline(cfg).run(Article(text, "test", id="t", title="Tram derails in city"))
    types = [e.type for e in doc.events]
    assert "ASSAULT" not in types
    assert "COERCE" in types


# Round 120: read from the Giveme5W1H news pools (web copy of 2016-17): a ship that strikes
# a bridge is a mishap, a tone struck is no blow, a missile fired over a country or into
# the sea is a show of force, a vow never to surrender is no pledge to cooperate, web
# copy's curly apostrophes negate as straight ones do, a release from hospital frees no
# one, rates and acts "every time" are routines, whoever is "found guilty" in a law is no
# one, mock targets and the brink of an act are no act, agreeing "saying, I think" is a
# view, a car slamming into a barrier is no criticism, and animals are no victims.
FULL_PIPELINE_NOT_120 = [
    (
        "A tourist ship struck a highway bridge on the Danube, and 25 people were injured.",
        "ASSAULT",
    ),
    ("A lorry ploughed into a concrete barrier on the motorway.", "ASSAULT"),
    ("The president struck a conciliatory tone in his speech to the nation.", "ASSAULT"),
    ("North Korea fired a ballistic missile over Japan on Tuesday.", "ASSAULT"),
    ("Iran fired a missile into the Gulf waters during the drill.", "ASSAULT"),
    ("The rebels vowed never to surrender to the government.", "AGREE"),
    ("North Korea hasn\u2019t fired a missile since the talks began.", "ASSAULT"),
    ("The army didn\u2019t attack the town, the governor said.", "ASSAULT"),
    ("The journalist was released from hospital on Monday.", "RETREAT"),
    ("The minister struck a blow for reform in parliament.", "ASSAULT"),
    ("The police arrest about 200 people per year in the district.", "COERCE"),
    ("Protesters clash with police every time the authorities try to crack down.", "COERCE"),
    (
        "A person found guilty of assaulting a serving soldier could face seven years in prison.",
        "ASSAULT",
    ),
    ("Anyone found guilty of attacking a police officer faces prison.", "ASSAULT"),
    ("The troops attacked a mock village during the exercise.", "ASSAULT"),
    ("Soldiers fired at dummy targets during the drill.", "ASSAULT"),
    ("Russia was on the verge of invading Ukraine.", "ASSAULT"),
    ("The mob was on the edge of attacking the embassy.", "ASSAULT"),
    ("Daily raids by the army have terrorised the villagers.", "COERCE"),
    ("Max Verstappen agreed saying, I think the team did a good job.", "AGREE"),
    ("Raikkonen slammed into the nearside barrier on the first lap.", "ACCUSE"),
    ("A security team killed the gorilla to save the boy.", "ASSAULT"),
    ("Police shot a bear that had wandered into the town.", "ASSAULT"),
]


# Round 120: a missile that strikes a bridge, rockets fired at a country and a curly
# "it\u2019s" leave the assault coded; a vow to cooperate stays a pledge; the acts near
# the round's readings stay coded.
STILL_CODED_120 = [
    ("A Russian missile struck a bridge in Odesa on Monday.", "ASSAULT"),
    ("Hamas fired rockets at Israel on Monday.", "ASSAULT"),
    ("It\u2019s clear that the army attacked the town, the governor said.", "ASSAULT"),
    ("The court found him guilty of assaulting a soldier.", "ASSAULT"),
    ("Israeli troops came within metres of the border and fired on protesters.", "ASSAULT"),
    ("The rebels released the hostages on Monday.", "RETREAT"),
    ("Protesters clashed with police in the capital.", "PROTEST"),
    ("Police cracked down on protesters every time they marched.", "COERCE"),
    ("Iran agreed to the deal, saying it was fair.", "AGREE"),
    ("Militants killed two police officers and a dog.", "ASSAULT"),
    ("The senator slammed the governor over the budget cuts.", "ACCUSE"),
    ("Keating and Hawke have promised not to increase taxes.", "AGREE"),
    ("Iraqi warplanes hit the western jetty at Iran's Kharg island terminal.", "ASSAULT"),
    ("Finance ministers attended this week's annual meetings of the IMF.", "CONSULT"),
    ("The rebels vowed to cooperate with the United Nations.", "AGREE"),
]


def test_round_120_kin_are_the_party_not_those_they_are_kin_to(
    analyse: Callable[[str], Document],
) -> None:
    """ "met relatives of Japanese citizens abducted by North Korea": the relatives were
    met, not the abductees; families and survivors are parties of their own."""
    doc = analyse(
        "Abe also met relatives of Japanese nationals kidnapped by North Korean spies in the 1970s."
    )
    [met] = [e for e in doc.events if e.type == "CONSULT"]
    assert [t.text for t in met.target_actors] == ["relatives"]
    doc = analyse("Rebels attacked the family of the governor.")
    [hit] = [e for e in doc.events if e.type == "ASSAULT"]
    assert [t.text for t in hit.target_actors] == ["family of the governor"]
    assert "CONSULT" in [
        e.type for e in analyse("The minister met survivors of the attack.").events
    ]


def test_round_120_hamas_is_no_german_city(analyse: Callable[[str], Document]) -> None:
    """A one-word organisation is read as a city's team only under the city's own name:
    "Hamas" is one of Hamm's foreign names, and no place."""
    doc = analyse("Hamas fired rockets at Israel on Monday.")
    assert [p.country for p in doc.places] == ["ISR"]
    [event] = doc.events
    assert event.source_codes != ("DEU",)


# Round 121: read from news pool NC (Giveme5W1H, seed 81201): a ballistic missile fired at
# no one, or fired in an exercise, is a test; a firing range bombed is a drill; a gunman
# who killed himself assaulted no one; parents welcoming a baby support no one; a song
# that "hit iTunes", a rocket engine that will "fire", riot police, shares that "rally on
# signs" of demand, a standing or growing threat, "spooky to work with", a gunman who
# "marched toward the classrooms", workers a country "hosts" and a sign-off "thank you"
# report no act; and the sheriff who tells that "he killed a neighbor" is not the killer.
FULL_PIPELINE_NOT_121 = [
    (  # a crash story with police at the scene counts no assault
        "A tram overturned in south London. A police cordon is in place on Addiscombe Road "
        "and 40 people were injured.",
        "ASSAULT",
    ),
    (
        (
            "“Early this morning North Korea fired an unidentified missile eastward from "
            "near Wonsan,” the JCS said."
        ),
        "ASSAULT",
    ),
    (
        "Abe told lawmakers the security environment around Japan had grown more "
        "severe, citing the North Korean threat.",
        "THREATEN",
    ),
    (
        (
            "Pyongyang fired a ballistic missile over the island of Hokkaido in northern "
            "Japan on Friday."
        ),
        "ASSAULT",
    ),
    (
        "North Korea fired a medium-range missile over Japan's Tohoku region into the "
        "Pacific late on Sunday.",
        "ASSAULT",
    ),
    ("A South Korean ballistic missile is fired during an exercise on September 15.", "ASSAULT"),
    (
        "Two South Korean fighter jets bombed a military firing range near the border on Monday.",
        "ASSAULT",
    ),
    (
        (
            "Police said the gunman had killed himself by the time officers forced their "
            "way into the flat."
        ),
        "ASSAULT",
    ),
    ("Singer Ella Stone welcomed a baby girl named Ivy on Christmas Eve.", "SUPPORT"),
    (
        (
            "One fan complained that the clip came out at a bad time, since her new single "
            "Golden Hour hit iTunes that very day."
        ),
        "ASSAULT",
    ),
    (
        "The booster\u2019s second-stage engine will fire twice during Thursday\u2019s "
        "flight, extending the test mission\u2019s trials long after launch.",
        "THREATEN",
    ),
    ("French riot police officers take up positions outside the stadium.", "PROTEST"),
    ("Chip stocks rally on signs of strong smartphone demand in China.", "PROTEST"),
    ("The growing missile threat from North Korea is driving a regional arms race.", "THREATEN"),
    ("Europe has lived with the threat from Russian missiles for decades.", "THREATEN"),
    ("Guam has come under threat from Pyongyang in recent weeks.", "THREATEN"),
    (
        "Jens Stoltenberg, NATO's secretary general, said the test was a \"clear breach "
        'of UN resolutions" and a "major threat" to world peace.',
        "THREATEN",
    ),
    ("Weinstein was spooky to work with initially, she said.", "COOPERATE"),
    (
        (
            "Scores of women have accused Weinstein of abuse since reports surfaced on how "
            "he treated women, among them young actresses with whom he worked."
        ),
        "COOPERATE",
    ),
    (
        (
            "Minutes later, Neal began shooting at the school, where he rammed his truck "
            "through a locked gate and marched toward the classrooms."
        ),
        "PROTEST",
    ),
    ("China and Russia host tens of thousands of the North workers.", "CONSULT"),
    ("Peter Lund with Newsweek magazine, thank you.", "SUPPORT"),
]


# Round 121: a ballistic missile fired at a country, rockets on a weekday, a threat to
# act, a protest march, a summit hosted and a rally in the streets stay coded.
STILL_CODED_121 = [
    ("Iran fired ballistic missiles at US bases in Iraq.", "ASSAULT"),
    ("Russia fired missiles on Kyiv on Monday.", "ASSAULT"),
    ("North Korea's threat to fire missiles toward Guam alarmed the region.", "THREATEN"),
    ("The North Korean threat to strike Guam alarmed the region.", "THREATEN"),
    ("Thousands marched toward parliament on Sunday.", "PROTEST"),
    ("Egypt hosted thousands of delegates at the summit.", "CONSULT"),
    ("Protesters rallied on Sunday in the capital.", "PROTEST"),
    ("The two governments worked with the UN to end the crisis.", "COOPERATE"),
    ("Syrian troops fired on protesters during the demonstration.", "ASSAULT"),
]


def test_round_121_the_one_who_tells_is_not_the_doer(
    analyse: Callable[[str], Document],
) -> None:
    """ "He fired shots at the women, Cohen said": the prosecutor tells of the gunman."""
    text = (
        "Kevin Neal then headed to the home of a neighbor, Assistant Sheriff Phil "
        "Johnston said. There, he killed a woman who had obtained a restraining order "
        "against him, Johnston said."
    )
    for event in analyse(text).events:
        assert "Johnston" not in [s.text for s in event.source_actors]
    doc = analyse("He fired shots at the women, Cohen said.")
    for event in doc.events:
        assert "Cohen" not in [s.text for s in event.source_actors]


def test_round_121_a_photo_credit_is_no_part_of_a_name(
    analyse: Callable[[str], Document],
) -> None:
    doc = analyse("Associated Press North Korea fired a missile at a South Korean ship.")
    [event] = [e for e in doc.events if e.type == "ASSAULT"]
    assert [s.text for s in event.source_actors] == ["North Korea"]


def test_round_121_an_inquiry_told_twice_is_one(analyse: Callable[[str], Document]) -> None:
    text = (
        "Transport safety officials began to investigate the derailment on Saturday. "
        "Transport safety officials were continuing to investigate what caused the "
        "derailment."
    )
    assert len([e for e in analyse(text).events if e.type == "ACCUSE"]) == 1


# Round 122: read from news pool ND (Giveme5W1H, seed 81301): rocket engines fired in a
# test, a lunar probe, a man who "hailed from" a group, a tie broken in baseball, a
# greeting, a fall, soldiers' restraint, a moon "promised to be" bright, residents who
# travel to fight, a state of emergency extended, advice not to praise "too quick", and
# threats and defiance told as a routine ("routinely", "repeatedly") report no act.
FULL_PIPELINE_NOT_122 = [
    (
        "The static fire test will mark the first time all 27 of the Falcon Heavy's "
        "Merlin engines are fired together.",
        "THREATEN",
    ),
    (
        "The Chang'e 4 probe is the next stage of China's ambitious lunar exploration effort.",
        "ACCUSE",
    ),
    (
        (
            "Chang'e 1, China's first lunar probe, blasts off from the Xichang launch "
            "centre in Sichuan province in October 2007."
        ),
        "ACCUSE",
    ),
    (
        "The ex-leader, who hailed from the banned Muslim Brotherhood, is now serving a "
        "long prison term on espionage charges.",
        "SUPPORT",
    ),
    (
        "Late in the game the shortstop lined a double into the right field corner to "
        "break the tie.",
        "SANCTION",
    ),
    (
        # the greeting is no act ("thanks her husband" is one since v166: kin are actors)
        "She thanks him for the lovely holiday, to which he deadpans: 'Welcome to New York.'",
        "SUPPORT",
    ),
    ("A day before the race, the coach slipped on an icy step and hit his head.", "ASSAULT"),
    (
        "A military court charged a Palestinian teenager on Monday after she was filmed "
        "in the West Bank slapping Israeli soldiers who refused to respond.",
        "REJECT",
    ),
    (
        "Wednesday's 'blue moon' - promised to be one of the brightest full moons in "
        "years - lit up skies over much of Europe.",
        "AGREE",
    ),
    (
        "The town of 80,000, with a large migrant community, has seen several young men "
        "travel to Iraq to fight for Islamic State.",
        "CONSULT",
    ),
    (
        "Still, the White House shouldn't be too quick to praise Pyongyang's recent restraint.",
        "SUPPORT",
    ),
    (
        "In speeches and through state media, Kim has routinely threatened Seoul, Tokyo "
        "and Washington with nuclear destruction.",
        "THREATEN",
    ),
    (
        "Kim Jong-un repeatedly defies UN sanctions, so another breach of the embargo "
        "would hardly be a surprise",
        "REJECT",
    ),
    (
        "Hide Caption 4 of 18 Photos: Mourning in Nice: Scenes after the truck attack "
        "on the seafront French President François Hollande said France would now "
        "extend its state of emergency by three months.",
        "THREATEN",
    ),
]


# Round 122: acts near the round's readings stay coded.
STILL_CODED_122 = [
    ("Iran broke ties with Saudi Arabia on Sunday.", "SANCTION"),
    ("The rebels refused to respond to the government's offer.", "REJECT"),
    ("The minister promised to raise pensions.", "AGREE"),
    ("The Senate launched a probe into the sale.", "ACCUSE"),
    ("Police routinely beat detainees, the report said.", "ASSAULT"),
    ("Palestinians have since hailed Ahed Tamimi as an icon.", "SUPPORT"),
    ("Pyongyang threatened to sink Japan.", "THREATEN"),
    ("U.S. officials have repeatedly accused Japanese chipmakers of dumping.", "ACCUSE"),
    ("The crowd was the largest since South Africa declared a state of emergency.", "COERCE"),
]


# Round 123: read from BBC pool BD (seed 80301): a politician who "attacked" a rival
# "for failing" to do something or a pledge "as vacuous" criticised, a product that
# will "appeal to consumers", pundits "defied", "all the stops" pulled out, and an
# awards show hosted report no act of the type given.
FULL_PIPELINE_NOT_123 = [
    (
        "Charles Kennedy, the Liberal Democrat leader, attacked Mr Brown for failing to "
        "say anything about pensions and for his record on poverty.",
        "ASSAULT",
    ),
    (
        "The Tory party chairman attacked Labour's five election pledges as "
        '"meaningless" and said Mr Blair was nervous.',
        "ASSAULT",
    ),
    (
        "Some analysts believe the cheap new Mac mini will help Apple appeal to "
        "ordinary consumers at last.",
        "REQUEST",
    ),
    (
        "The firm says radio on 3G phones is going to appeal to people with flat-rate data plans.",
        "REQUEST",
    ),
    (
        "In his budget speech the chancellor told MPs he had defied the pundits by "
        "meeting his 3% growth forecast for the year.",
        "REJECT",
    ),
    (
        '"We\'re pulling out all the stops for this one," said the head of security at '
        "the city's police department.",
        "RETREAT",
    ),
    (
        "Comedian Jon Stewart will host the show, which will be aired with a five-second delay.",
        "AGREE",
    ),
    (
        (
            "In the Commons Mr Brown told MPs he had defied his critics by hitting a 3.2% "
            "growth target for 2005."
        ),
        "ASSAULT",
    ),
]


# Round 123: acts near the round's readings stay coded.
STILL_CODED_123 = [
    ("Taliban fighters attacked police officers for refusing to leave the village.", "ASSAULT"),
    ("Gunmen attacked the journalist for writing about corruption.", "ASSAULT"),
    ("The president appealed to the UN for help.", "REQUEST"),
    ("Iraq defied the UN inspectors.", "REJECT"),
    ("The army pulled out its troops from the town.", "RETREAT"),
]


# Round 124: read from BBC pool BD (seed 80301) and news pool ND (seed 81301), in our own
# words: a fixture called a "clash", a group "hard hit" by joblessness, a side "backed to
# win", a strike date "earmarked", a defeat blamed on an injury, a bank's house rule, a
# standing working relationship and a request nobody made report no act of the type given.
FULL_PIPELINE_NOT_124 = [
    (
        "Ireland's captain will miss Saturday's Six Nations clash against Scotland with a "
        "knee injury.",
        "ASSAULT",
    ),
    ("The coach watched Arsenal's clash with Porto at the Emirates as a Uefa observer.", "ACCUSE"),
    ("Young workers are particularly hard hit with 40% out of work.", "ASSAULT"),
    ("Smith backed England to win the three-Test series.", "SUPPORT"),
    ("Jonah Lomu has backed the All Blacks to win the World Cup.", "SUPPORT"),
    ("The unions have earmarked 14 May for a national strike.", "PROTEST"),
    (
        "Maria Sharapova lost in Rome. She blamed her defeat by Kim Clijsters on a shoulder "
        "injury.",
        "ACCUSE",
    ),
    (
        "Lloyds Banking Group said it has banned customers from buying cryptocurrencies "
        "with credit cards.",
        "COERCE",
    ),
    ("I work very closely with Sadiq Khan on transport.", "COOPERATE"),
    ("Jane Smith boarded the bus in Selma. Nobody came over to ask her to leave.", "REQUEST"),
]


# Round 124: acts near the round's readings stay coded.
STILL_CODED_124 = [
    ("Rebels clashed with government troops near the border.", "ASSAULT"),
    ("Six soldiers died in a clash with rebels near the border.", "ASSAULT"),
    ("The prime minister blamed the bombing on Hamas.", "ACCUSE"),
    ("Riot police fired rubber bullets at protesters.", "ASSAULT"),
    ("The government banned the opposition party.", "COERCE"),
    ("Gunmen nearly killed the governor in an ambush last year.", "ASSAULT"),
    (
        "The Commission blamed the bloc's cash crisis on the reluctance of governments to pay.",
        "ACCUSE",
    ),
    ("The president pledged to hit the militants even harder.", "THREATEN"),
]


def test_round_124_tear_gas_fired_at_protesters_represses_them(
    analyse: Callable[[str], Document],
) -> None:
    """ "fired tear gas *at* protesters": a repression (CAMEO 175) aimed at them."""
    [event] = analyse("Police fired tear gas at protesters in Nairobi.").events
    assert (event.type, event.cameo) == ("COERCE", "175")
    assert [s.text for s in event.source_actors] == ["Police"]
    assert [s.text for s in event.target_actors] == ["protesters in Nairobi"]


def test_round_124_a_forum_a_topic_or_a_home_is_no_target(
    analyse: Callable[[str], Document],
) -> None:
    """The body a complaint is filed with, the topic of a record criticised and the
    country in its investigator's name are not the party acted on."""
    doc = analyse("The EU filed a complaint against Washington with the WTO over farm subsidies.")
    [event] = doc.events
    assert [s.text for s in event.target_actors] == ["Washington"]
    [event] = analyse("The senator criticised the government's record on the NHS.").events
    assert [s.text for s in event.target_actors] == ["government"]
    text = (
        "Already facing an inquiry by Germany's market regulator BaFin, the company "
        "said it was probing how the document leaked."
    )
    for event in analyse(text).events:
        assert "Germany" not in [s.text for s in event.target_actors]


def test_round_124_those_consulted_do_not_consult_each_other(
    analyse: Callable[[str], Document],
) -> None:
    doc = analyse("The minister said the police and the prosecutors would be consulted.")
    for event in doc.events:
        assert "police" not in [s.text for s in event.source_actors]


def test_round_124_a_gallery_count_and_date_are_no_part_of_a_name(
    analyse: Callable[[str], Document],
) -> None:
    text = (
        "14/30 12 March 2018 Labour MP Jane Doe is congratulated by party leader John Roe "
        "at the conference."
    )
    [event] = analyse(text).events
    assert [s.text for s in event.target_actors] == ["Labour MP Jane Doe"]
    text = "In January 25 people who ran a sham marriage ring were jailed for 35 years."
    [event] = analyse(text).events  # a date's last word is the count of people
    assert event.target_actors[0].text.startswith("25 people")


def test_round_124_a_picture_agency_is_no_part_of_the_police(
    analyse: Callable[[str], Document],
) -> None:
    text = "Getty Images Forensic police investigate the van that struck pedestrians in Barcelona"
    for event in analyse(text).events:
        assert not any("Getty" in s.text for s in event.source_actors)


# Round 125: read from BBC pool BE (seed 80401), in our own words: a song that "hit home",
# a "stage hit", records "occupying spots" in a chart, an award "received" and an attack
# on software report no act of the type given.
FULL_PIPELINE_NOT_125 = [
    ("The track Wonderwall has hit home with a younger audience.", "ASSAULT"),
    ("He will star in a revival of the West End stage hit Blood Brothers.", "ASSAULT"),
    ("Five re-released Madonna tracks are occupying spots in the top 40.", "COERCE"),
    ("Hans Zimmer received an Oscar for his score.", "CONSULT"),
    ("Oracle said it was examining a malicious attack on its software.", "ASSAULT"),
]


# Round 125: acts near the round's readings stay coded.
STILL_CODED_125 = [
    ("Rebels hit the town with rockets overnight.", "ASSAULT"),
    ("The president received the Iranian envoy on Tuesday.", "CONSULT"),
    ("Rebels launched an attack on the army's communications network.", "ASSAULT"),
    ("Guerrillas launched an attack on a radio network in the south.", "ASSAULT"),
    ("Troops occupied the border town after the ceasefire collapsed.", "COERCE"),
    ("The army said rebels had occupied ground held by a government brigade.", "COERCE"),
    (
        "North Korea has threatened to hit the island - home to a large air base - with missiles.",
        "THREATEN",
    ),
]


# Round 126: read from BBC pool BF (seed 80501), in our own words: people "bombarded with"
# adverts, a router that "blew up", a fight against extradition, a browser "released",
# "backing singers", a news programme that "investigates", a shot at goal called a
# "strike", a warning "about the dangers", a habit ("met frequently"), and what an app
# "lets people" do report no act of the type given.
FULL_PIPELINE_NOT_126 = [
    ("Users can end up with people being bombarded with adverts that never close.", "ASSAULT"),
    ("Tomas said his Samsung router blew up last week and he lost his files.", "COERCE"),
    ("Irish-born Canadian Sean Kelly is still fighting against extradition to the US.", "ASSAULT"),
    (
        "Users now have a strong rival in the long-awaited Opera 8 web browser, which has "
        "just been released.",
        "RETREAT",
    ),
    ("backing singers Lola and Jade.", "SUPPORT"),
    ("backing singers Coco and Dee.", "SUPPORT"),
    (
        "Ahead of the vote, angry Tory MPs this week warned Mr Howard and Mr Davis about the "
        "dangers of a split.",
        "THREATEN",
    ),
    ("BBC Newsnight investigates how the scheme worked and who profited.", "ACCUSE"),
    ("Keane's stunning 30-yard strike levelled the score in the 80th minute.", "PROTEST"),
    ('"It was a superb strike from the Chelsea forward," the manager said.', "PROTEST"),
    (
        "Rebel Conservative MPs warned Mr Howard and Mr Davis about the dangers of a split.",
        "THREATEN",
    ),
    ("Mr Adams told the jury he met frequently with Mr Clark to discuss the accounts.", "CONSULT"),
    ("The new app lets people donate money to the Red Cross from their phones.", "AID"),
]


# Round 126: acts near the round's readings stay coded.
STILL_CODED_126 = [
    ("Rebels bombarded the city with mortars overnight.", "ASSAULT"),
    ("Rebels blew up a bridge near the border.", "COERCE"),
    ("Government troops are fighting rebels in the north.", "ASSAULT"),
    ("The United States is backing the rebels in the north.", "SUPPORT"),
    ("Police are investigating the company over the missing funds.", "ACCUSE"),
    ("The two hostages, who were released on Tuesday, flew home.", "RETREAT"),
    ("Dock workers began a 24-hour strike on Monday.", "PROTEST"),
    ("Miners staged a superb strike that shut every pit in the valley.", "PROTEST"),
    ("Russia warned Georgia of a military response.", "THREATEN"),
]


# Round 127: read from BBC pool BG (seed 80601), in our own words: a soap character
# "killed off", leaders who "clashed" (in words), refusing "to become attached", a place
# "where people get shot every day", target practice and hunting, "looks forward to
# working with", voters "inclined to back" a party report no act of the type given.
FULL_PIPELINE_NOT_127 = [
    ('More than 10 million viewers saw "Nasty" Nick Cotton killed off on Friday.', "ASSAULT"),
    ("The two party leaders clashed just days after the start of the campaign.", "ASSAULT"),
    (
        "Smith says the deal matters, but he is refusing to become emotionally attached to it.",
        "REJECT",
    ),
    ('"We lived in Chicago where people get shot every day and we never felt safe."', "ASSAULT"),
    ("A Texas firm now lets people practise shooting at targets online.", "ASSAULT"),
    ("He plans to let people shoot at deer on his ranch.", "ASSAULT"),
    (
        "Tony Blair has said he looks forward to renewing his close ties with George Bush and "
        "working with him in his second term as president.",
        "COOPERATE",
    ),
    ("Voters may be more inclined to back the Greens after the scandal.", "SUPPORT"),
]


# Round 127: acts near the round's readings stay coded.
STILL_CODED_127 = [
    ("Police shot dead a gunman outside the bank.", "ASSAULT"),
    ("Troops shot at protesters in the square.", "ASSAULT"),
    ("Army tanks fired two shells at targets near the border town, residents said.", "ASSAULT"),
    ("Rebel leaders clashed with government troops near the border.", "ASSAULT"),
    ("The union refused to accept the pay offer.", "REJECT"),
    ("The army killed 12 rebels in the north.", "ASSAULT"),
]


# Round 128: read from BBC pool BH (seed 80701), in our own words: a minister
# "bombarded with a barrage of questions", a player who "rallied to beat" a rival, and
# one who "hit upon the idea" report no act of the type given.
FULL_PIPELINE_NOT_128 = [
    (
        "Opposition MPs bombarded the minister with a barrage of questions about the letter.",
        "ASSAULT",
    ),
    ("Top seed Andy Murray rallied to beat Spain's David Ferrer 3-6 7-6 6-4.", "PROTEST"),
    ("Ms Lee eventually hit upon the idea of turning old tyres into shoes.", "ASSAULT"),
]


# Round 128: acts near the round's readings stay coded.
STILL_CODED_128 = [
    ("Rebels bombarded the town with a barrage of shells.", "ASSAULT"),
    (
        "Thousands of opposition supporters rallied against the government in the capital.",
        "PROTEST",
    ),
    ("Rebels hit the convoy with rockets.", "ASSAULT"),
]


# Round 129 (read from BBC pool BI): a party whose head noun names no one ("a damp British
# summer sky"; the WordNet check of ``events._no_actor``) is no source, whatever country
# its modifier gives it.
FULL_PIPELINE_NOT_129 = [
    (
        "Fans reached the ground under a damp British summer sky that threatened rain all "
        "afternoon.",
        "THREATEN",
    ),
    (
        "Guests arrived at the gala to a fickle Irish spring that promised sunshine one hour "
        "and hail the next.",
        "AGREE",
    ),
    # a risk told: an attack some thing is open to is no attack (``_exposed_to``)
    ("The report said many power stations were vulnerable to attack by militants.", "ASSAULT"),
    ("Old computers are susceptible to attack by hackers, the agency warned.", "ASSAULT"),
    # a passive "to be" clause tells what is still to be done (``_infinitive_relative``)
    (
        "The finalists are playing for a prize of 10,000 pounds, to be donated to a charity "
        "of their choice.",
        "AID",
    ),
]


# Round 129: parties that are people, bodies or things attacked stay.
STILL_CODED_129 = [
    ("Iranian warplanes attacked the Kuwaiti oil platform.", "ASSAULT"),
    ("The French ministry condemned the Dutch proposal.", "ACCUSE"),
    ("U.S. exchanges complained about the new rule.", "ACCUSE"),
    ("The ministry banned the play after protests.", "COERCE"),
    ("Rebels launched an attack on the town, which was vulnerable after the floods.", "ASSAULT"),
    ("The government sent 500 troops to the border, to be deployed near the river.", "MOBILIZE"),
    ("Canada's eastern provinces urged Ottawa to build the pipeline.", "REQUEST"),
]


# Round 130 (read from BBC pool BI): a claim dismissed, or said to be wrong, tells no act
# (``event_realis._denied_content``, ``_in_false_claim``).
FULL_PIPELINE_NOT_130 = [
    (
        "The premier flatly dismissed the claim she had reneged on her deal with the nurses.",
        "REJECT",
    ),
    (
        "The deal also proved claims of a clash between farmers and herders were wrong, "
        "Mr Blair said.",
        "ASSAULT",
    ),
]


# Round 130: acts near the round's readings stay coded.
STILL_CODED_130 = [
    ("The US was wrong to attack Iraq, the senator said.", "ASSAULT"),
    (
        "The minister dismissed the claim as old news and said troops had attacked the rebel camp.",
        "ASSAULT",
    ),
]


# Round 132 (read from BBC pool BL): the toll and the blows of a flood or a storm.
FULL_PIPELINE_NOT_132 = [
    (
        "Floods swept the coast on Sunday. The worst-hit areas are the north and the east, "
        "with at least 300 people killed.",
        "ASSAULT",
    ),
    (
        "Early estimates match the aid given after Hurricane Mitch. "
        "Mitch killed about 10,000 people in 1998.",
        "ASSAULT",
    ),
    (
        "An earthquake shook the islands overnight. The quake left 400 people dead, with "
        "Chile and Peru worst hit.",
        "ASSAULT",
    ),
]


# Round 132: attacks told in the same shapes stay.
STILL_CODED_132 = [
    ("Gunmen attacked the village on Sunday, with at least 20 people killed.", "ASSAULT"),
    ("Rebels killed ten soldiers near the border after the storm.", "ASSAULT"),
    ("Typhoon relief stalled. Rebels hit an army convoy in the hills.", "ASSAULT"),
]


# Round 133 (read from BBC pool BM): blows, offensives, stories and meetings of things.
# Read by the rules alone (the learned check drops some of them too), below.
NOT_BY_RULES_133 = [
    (
        "Jim Reeves, co-writer of the country hit Blue Moon Road, has died of cancer aged 70.",
        "ASSAULT",
    ),
    ("The Nintendo DS, the Sony PSP and the Gizmondo all hit the shops in 2005.", "ASSAULT"),
    ("Users of the forums hit by Santy will not lose their posts.", "ASSAULT"),
    ("The opposition leader went on the offensive over the school plans.", "ASSAULT"),
    ("The ministry began a charm offensive in Madrid to win over teachers.", "ASSAULT"),
    (
        "Dark Hours, shown on Channel 4 last year, depicts a dirty bomb attack on the City "
        "of Leeds.",
        "ASSAULT",
    ),
    ("Smith's cross was met by Jones.", "CONSULT"),
    ("Forty protesters who stormed the town hall were charged on Monday.", "ASSAULT"),
]


# Round 133: blows and meetings of war and diplomacy stay.
STILL_BY_RULES_133 = [
    ("Warplanes hit a tanker in the Gulf on Monday.", "ASSAULT"),
    ("Iran launched a new offensive against Iraq on Tuesday.", "ASSAULT"),
    ("Iraq hit an Iranian oil platform on Monday.", "ASSAULT"),
    ("Rebels hit the town of Kassala overnight.", "ASSAULT"),
    ("The president met the delegation in Cairo on Sunday.", "CONSULT"),
    ("Forty protesters who stormed the town hall were charged on Monday.", "PROTEST"),
]


# Round 134 (read from BBC pool BN): manners that undo an act, words told as attacks,
# calendars that clash and goals that strike. Read by the rules alone.
NOT_BY_RULES_134 = [
    (
        "Smith has been targeted by City fans and was sarcastically applauded when he was "
        "taken off against Everton in March.",
        "SUPPORT",
    ),
    (
        "The group formed in 1999 when Hall and Parker met as students at Leeds University.",
        "CONSULT",
    ),
    ("But Tom Jones, for the Liberal Democrats, attacked government waste and debt.", "ASSAULT"),
    (
        'The prime minister told the Daily News: "If you look at my record, I attack Michael '
        'Brown politically."',
        "ASSAULT",
    ),
    (
        "Problems with flights, the clash with last Sunday's Brit Awards ceremony in London "
        "and other factors have forced some stars to cancel.",
        "ASSAULT",
    ),
    ("They went down to strikes from Wayne Rooney and Steven Gerrard.", "PROTEST"),
]


# Round 134: attacks, meetings, strikes and applause of the ordinary kind stay.
STILL_BY_RULES_134 = [
    ("Rebels attacked the town and a police post on Sunday.", "ASSAULT"),
    ("Gunmen attacked the car carrying the minister.", "ASSAULT"),
    ("The minister met union leaders on Tuesday.", "CONSULT"),
    ("Workers at the car plant began a strike on Monday.", "PROTEST"),
    ("The crowd applauded the president when he arrived.", "SUPPORT"),
]


# Round 135 (read from BBC pool BO): a denied consequence, shots and scores, deals still
# sought, a firm's own flights, advice to the public, "going to" ask. Read by the rules alone.
NOT_BY_RULES_135 = [
    ("The minister said the vote did not mean that Chile had cut ties with Peru.", "SANCTION"),
    ("Rooney had another shot blocked while Messi slammed well over the bar again.", "ACCUSE"),
    ("Australia demolished them 48-6 at Twickenham last year.", "COERCE"),
    ("Deals are now being sought to deport some of the prisoners.", "THREATEN"),
    ("Mr Smith said efforts would continue to deport them to Algeria.", "COERCE"),
    ("Qantas suspended flights to Indonesia after a government warning.", "SANCTION"),
    ("Qantas will now suspend the Bali flights from March.", "THREATEN"),
    ("BT warned people about rogue dialling programs.", "THREATEN"),
    ("The union is going to ask the government to act.", "REQUEST"),
]


# Round 135: sanctions, shots, deportations, warnings and requests of the ordinary kind stay.
STILL_BY_RULES_135 = [
    ("The minister said the vote meant that Chile had cut ties with Peru.", "SANCTION"),
    ("The senator slammed the president over the budget.", "ACCUSE"),
    ("Rebels destroyed the bridge on Sunday.", "COERCE"),
    ("Britain deported the suspects to Algeria on Monday.", "COERCE"),
    ("Russia suspended flights to Egypt.", "SANCTION"),
    ("The army warned people about the rebels.", "THREATEN"),
    ("The union asked the government to act.", "REQUEST"),
]


# Round 136 (read from BBC pool BP): words told as attacks, film and chart "hits" and
# "shooting", "refuses to be drawn", a side that fights back, crowds that travel, chances
# seized, opinions agreed. Read by the rules alone.
NOT_BY_RULES_136 = [
    (
        "Kenyan president Daniel Moi has attacked colonial rulers, saying they treated "
        "farmers like slaves.",
        "ASSAULT",
    ),
    ("The novels have been attacked by church teachers and by the press as blasphemy.", "ASSAULT"),
    ("She has had nine UK hit singles, including two number ones.", "ASSAULT"),
    (
        "Shooting on Dark Harbour is expected to begin once Craig has finished work on the "
        "sequel, starring Jones.",
        "ASSAULT",
    ),
    ("O'Connell is enjoying his rise but refuses to be drawn on the Lions.", "REJECT"),
    ("The Rovers did fight back and Fowler missed another great chance.", "ASSAULT"),
    ("The rise was driven by more Germans travelling to Britain on cheap flights.", "CONSULT"),
    (
        "Schools and local education authorities are seizing the tools ministers gave them "
        "to cut truancy.",
        "COERCE",
    ),
    ("Johnson agreed receiving the medal capped off a hard season for the runner.", "AGREE"),
]


# Round 136: attacks, shootings, refusals, travel and seizures of the ordinary kind stay.
STILL_BY_RULES_136 = [
    ("Gunmen attacked the convoy as part of a wider offensive.", "ASSAULT"),
    ("Iraq hit an Iranian oil platform on Monday.", "ASSAULT"),
    ("A gunman shot the director outside his studio.", "ASSAULT"),
    ("Iran refused to accept the resolution.", "REJECT"),
    ("The villagers fought back against the rebels.", "ASSAULT"),
    ("The French minister travelled to Berlin for talks.", "CONSULT"),
    ("Police seized the weapons at the border.", "COERCE"),
]


# Round 137 (read from BBC pool BQ): plots still to be carried out, a product's release
# date. Read by the rules alone.
NOT_BY_RULES_137 = [
    ("Police foiled a plot to kill the president.", "ASSAULT"),
    ("Released 3 May on PlayStation.", "RETREAT"),
]


# Round 137: killings and releases of the ordinary kind stay.
STILL_BY_RULES_137 = [
    ("Gunmen killed the president on Monday.", "ASSAULT"),
    ("The hostages were released on Monday.", "RETREAT"),
    ("Police and troops deployed at bus stations to prevent attacks.", "MOBILIZE"),
]


# Readings the rules alone leave uncoded, and acts near them they still code (since round
# 133; the learned check, when on, would hide a rule that stopped working).
# Round 138 (pool BR): prizes lost, rivals outgrowing, graves visited, play conceded,
# calls sold, sources drawn on, places toured, attacks in words, travelling believers.
NOT_BY_RULES_138 = [
    ("The rock band U2 were beaten to the top award by boy band Blue.", "ASSAULT"),
    ("Google is threatening to eclipse Yahoo.", "THREATEN"),
    ("Mr Brown visited the grave of Mr Smith in Edinburgh.", "CONSULT"),
    ("Scotland conceded a penalty just inside their own half.", "CONCEDE"),
    ("BT is offering users free internet telephone calls if they join before May.", "AGREE"),
    ("The search firm is calling on its own encyclopaedia to supply answers to users.", "REQUEST"),
    ("Next week the party leader will visit marginal seats across the north.", "AGREE"),
    ("Tom Hardy also attacked the cabinet over Iraq and the floods.", "ASSAULT"),
    ("I am being attacked by people who believe we should cut taxes further.", "ASSAULT"),
    ("At times Muslims had to travel to Llanelli for cultural festivals.", "CONSULT"),
    ("The protesters were beaten by police.", "PROTEST"),  # beaten, not rioting
]

STILL_BY_RULES_138 = [
    ("Riot police beat the protesters to the ground.", "ASSAULT"),
    ("The union threatened to strike over the pay offer.", "THREATEN"),
    ("Mr Blair visited Mr Arafat in Ramallah.", "CONSULT"),
    ("The rebels conceded defeat after the siege.", "CONCEDE"),
    ("Mr Bush made a phone call to Mr Putin on Monday.", "CONSULT"),
    ("The rebels attacked the town over the weekend.", "ASSAULT"),
    ("The foreign minister had to travel to Paris for talks with Mr Chirac.", "CONSULT"),
    ("The protesters were beaten by police.", "ASSAULT"),
    ("Hungry crowds stormed supermarkets in the capital.", "PROTEST"),
]

# Round 139: people named by plain nouns ("a man", "his son") are actors; idioms and
# classes of people are not acts.
NOT_BY_RULES_139 = [
    ("Reporters prefer Mr Brown as opposed to Mr Blair.", "ACCUSE"),
]

STILL_BY_RULES_139 = [
    ("Police arrested a man in the city centre.", "COERCE"),
    ("A woman was shot dead by police.", "ASSAULT"),
    ("His son was arrested on Monday.", "COERCE"),
    ("Police detained two teenagers after the fire.", "COERCE"),
]

NOT_BY_RULES = [
    *NOT_BY_RULES_133,
    *NOT_BY_RULES_134,
    *NOT_BY_RULES_135,
    *NOT_BY_RULES_136,
    *NOT_BY_RULES_137,
    *NOT_BY_RULES_138,
    *NOT_BY_RULES_139,
]
STILL_BY_RULES = [
    *STILL_BY_RULES_133,
    *STILL_BY_RULES_134,
    *STILL_BY_RULES_135,
    *STILL_BY_RULES_136,
    *STILL_BY_RULES_137,
    *STILL_BY_RULES_138,
    *STILL_BY_RULES_139,
]


@pytest.mark.parametrize(("text", "kind"), NOT_BY_RULES)
def test_readings_the_rules_leave_uncoded(
    rules: Callable[[str], Document], text: str, kind: str
) -> None:
    assert kind not in [e.type for e in rules(text).events]


@pytest.mark.parametrize(("text", "kind"), STILL_BY_RULES)
def test_acts_the_rules_still_code(rules: Callable[[str], Document], text: str, kind: str) -> None:
    assert kind in [e.type for e in rules(text).events], text


# Participles read as passives whatever subject the parse gives them: the one they act on
# is the target, never the source.
PASSIVE_PARTICIPLES = [
    # "was suspended and sued by ...": the subject belongs to "was"
    (
        "Patel once sold films, but was suspended and sued by his bosses over pirated copies.",
        "sued",
        "Patel",
    ),
    # a reduced passive: the people are the accused
    (
        "But 36 people accused in connection with the attacks asked for the film to be stopped.",
        "accused",
        "36 people",
    ),
]


def test_a_past_tense_with_a_preposition_keeps_its_subject(
    rules: Callable[[str], Document],
) -> None:
    """ "A spokesman ... called on Mr Lee": no reduced passive, the spokesman called."""
    doc = rules("A spokesman for the government called on Mr Lee to quit the assembly.")
    called = [e for e in doc.events if e.trigger.text == "called"]
    assert called and all("spokesman" in [a.text for a in e.source_actors] for e in called)


@pytest.mark.parametrize(("text", "trigger", "undergoer"), PASSIVE_PARTICIPLES)
def test_the_one_a_passive_participle_acts_on_is_the_target(
    rules: Callable[[str], Document], text: str, trigger: str, undergoer: str
) -> None:
    found = [e for e in rules(text).events if e.trigger.text == trigger]
    assert found
    assert all(undergoer not in [a.text for a in e.source_actors] for e in found)
    assert all(undergoer in [a.text for a in e.target_actors] for e in found)


# Who is judged for an act done to others: its doer, never those it was done to.
JUDGED_ACTS = [
    "Amnesty International criticised the detention of two journalists.",
    "The charity condemned the killing of three aid workers.",
    "Human Rights Watch denounced the jailing of two journalists.",
]


@pytest.mark.parametrize("text", JUDGED_ACTS)
def test_those_an_act_was_done_to_are_not_the_ones_judged(
    rules: Callable[[str], Document], text: str
) -> None:
    judged = [e for e in rules(text).events if e.type == "ACCUSE"]
    sufferers = {"two journalists", "three aid workers"}
    assert all(not sufferers & {a.text for a in e.target_actors} for e in judged)


def test_a_lawsuit_filed_with_a_court_is_not_aimed_at_the_court(
    rules: Callable[[str], Document],
) -> None:
    doc = rules("The lawsuit was filed with the Los Angeles Superior Court on Friday.")
    assert all("Court" not in a.text for e in doc.events for a in e.target_actors)


# Kin stand for themselves, not for those they are kin to.
KIN_HARMED = [
    ("The mother of Mr Smith was killed in the attack.", "Mr Smith"),
    ("Gunmen killed the wife of Mr Jones.", "Mr Jones"),
]


@pytest.mark.parametrize(("text", "kin_of"), KIN_HARMED)
def test_kin_are_not_those_they_are_kin_to(
    rules: Callable[[str], Document], text: str, kin_of: str
) -> None:
    found = [e for e in rules(text).events if e.type == "ASSAULT"]
    assert found
    assert all(kin_of not in [a.text for a in e.target_actors] for e in found)


def test_a_class_named_by_what_it_has_undergone_reports_no_act(
    rules: Callable[[str], Document],
) -> None:
    """ "survivors who have been attacked" is whoever has; "the two ... who" names them."""
    assert not rules("Survivors who have been attacked get help from the charity.").events
    named = rules("The two survivors who have been attacked will give evidence.").events
    assert "ASSAULT" in [e.type for e in named]


def test_man_on_man_is_no_one(rules: Callable[[str], Document]) -> None:
    doc = rules("Police arrested a man after the forwards defended man on man.")
    targets = [a.text for e in doc.events for a in e.target_actors]
    assert targets.count("man") <= 1


def test_a_second_act_joined_to_a_reported_clause_is_the_speakers(
    rules: Callable[[str], Document],
) -> None:
    """ "X said the ruling was fair and praised ...": X praised, not the ruling."""
    doc = rules(
        'Mrs Jones of Amnesty said the Court\'s verdict was "in line with the law" and '
        "praised the judges."
    )
    praise = [e for e in doc.events if e.type == "SUPPORT"]
    assert [[a.text for a in e.source_actors] for e in praise] == [["Mrs Jones of Amnesty"]]


# Every reading of the lists above reports no act of the type given, read by the whole
# pipeline (entities resolve pronouns and "its board" to their owners).
NOT_CODED = [
    *FULL_PIPELINE_NOT,
    *FULL_PIPELINE_NOT_19,
    *FULL_PIPELINE_NOT_20,
    *FULL_PIPELINE_NOT_21,
    *FULL_PIPELINE_NOT_22,
    *FULL_PIPELINE_NOT_23,
    *FULL_PIPELINE_NOT_25,
    *FULL_PIPELINE_NOT_26,
    *FULL_PIPELINE_NOT_27,
    *FULL_PIPELINE_NOT_28,
    *FULL_PIPELINE_NOT_29,
    *FULL_PIPELINE_NOT_30,
    *FULL_PIPELINE_NOT_31,
    *FULL_PIPELINE_NOT_32,
    *FULL_PIPELINE_NOT_33,
    *FULL_PIPELINE_NOT_34,
    *FULL_PIPELINE_NOT_35,
    *FULL_PIPELINE_NOT_36,
    *FULL_PIPELINE_NOT_37,
    *FULL_PIPELINE_NOT_39,
    *FULL_PIPELINE_NOT_40,
    *FULL_PIPELINE_NOT_41,
    *FULL_PIPELINE_NOT_42,
    *FULL_PIPELINE_NOT_43,
    *FULL_PIPELINE_NOT_44,
    *FULL_PIPELINE_NOT_46,
    *FULL_PIPELINE_NOT_47,
    *FULL_PIPELINE_NOT_49,
    *FULL_PIPELINE_NOT_50,
    *FULL_PIPELINE_NOT_51,
    *FULL_PIPELINE_NOT_53,
    *FULL_PIPELINE_NOT_56,
    *FULL_PIPELINE_NOT_58,
    *FULL_PIPELINE_NOT_59,
    *FULL_PIPELINE_NOT_60,
    *FULL_PIPELINE_NOT_63,
    *FULL_PIPELINE_NOT_65,
    *FULL_PIPELINE_NOT_66,
    *FULL_PIPELINE_NOT_67,
    *FULL_PIPELINE_NOT_68,
    *FULL_PIPELINE_NOT_69,
    *FULL_PIPELINE_NOT_70,
    *FULL_PIPELINE_NOT_71,
    *FULL_PIPELINE_NOT_72,
    *FULL_PIPELINE_NOT_73,
    *FULL_PIPELINE_NOT_74,
    *FULL_PIPELINE_NOT_75,
    *FULL_PIPELINE_NOT_76,
    *FULL_PIPELINE_NOT_77,
    *FULL_PIPELINE_NOT_78,
    *FULL_PIPELINE_NOT_79,
    *FULL_PIPELINE_NOT_80,
    *FULL_PIPELINE_NOT_81,
    *FULL_PIPELINE_NOT_82,
    *FULL_PIPELINE_NOT_83,
    *FULL_PIPELINE_NOT_84,
    *FULL_PIPELINE_NOT_85,
    *FULL_PIPELINE_NOT_86,
    *FULL_PIPELINE_NOT_87,
    *FULL_PIPELINE_NOT_88,
    *FULL_PIPELINE_NOT_89,
    *FULL_PIPELINE_NOT_90,
    *FULL_PIPELINE_NOT_92,
    *FULL_PIPELINE_NOT_93,
    *FULL_PIPELINE_NOT_94,
    *FULL_PIPELINE_NOT_95,
    *FULL_PIPELINE_NOT_96,
    *FULL_PIPELINE_NOT_97,
    *FULL_PIPELINE_NOT_98,
    *FULL_PIPELINE_NOT_99,
    *FULL_PIPELINE_NOT_100,
    *FULL_PIPELINE_NOT_101,
    *FULL_PIPELINE_NOT_102,
    *FULL_PIPELINE_NOT_103,
    *FULL_PIPELINE_NOT_104,
    *FULL_PIPELINE_NOT_105,
    *FULL_PIPELINE_NOT_106,
    *FULL_PIPELINE_NOT_107,
    *FULL_PIPELINE_NOT_108,
    *FULL_PIPELINE_NOT_109,
    *FULL_PIPELINE_NOT_110,
    *FULL_PIPELINE_NOT_113,
    *FULL_PIPELINE_NOT_115,
    *FULL_PIPELINE_NOT_116,
    *FULL_PIPELINE_NOT_117,
    *FULL_PIPELINE_NOT_118,
    *FULL_PIPELINE_NOT_119,
    *FULL_PIPELINE_NOT_120,
    *FULL_PIPELINE_NOT_121,
    *FULL_PIPELINE_NOT_122,
    *FULL_PIPELINE_NOT_123,
    *FULL_PIPELINE_NOT_124,
    *FULL_PIPELINE_NOT_125,
    *FULL_PIPELINE_NOT_126,
    *FULL_PIPELINE_NOT_127,
    *FULL_PIPELINE_NOT_128,
    *FULL_PIPELINE_NOT_129,
    *FULL_PIPELINE_NOT_130,
    *FULL_PIPELINE_NOT_132,
]


@pytest.mark.parametrize(("text", "kind"), NOT_CODED)
def test_readings_that_report_no_such_act(
    analyse: Callable[[str], Document], text: str, kind: str
) -> None:
    assert kind not in [e.type for e in analyse(text).events]


# Acts close to the readings above that must stay coded, read by the whole pipeline.
STILL_CODED = [
    *STILL_CODED_120,
    *STILL_CODED_121,
    *STILL_CODED_122,
    *STILL_CODED_123,
    *STILL_CODED_124,
    *STILL_CODED_125,
    *STILL_CODED_126,
    *STILL_CODED_127,
    *STILL_CODED_128,
    *STILL_CODED_129,
    *STILL_CODED_130,
    *STILL_CODED_132,
]


@pytest.mark.parametrize(("text", "kind"), STILL_CODED)
def test_readings_that_stay_coded(analyse: Callable[[str], Document], text: str, kind: str) -> None:
    assert kind in [e.type for e in analyse(text).events], text


# Round 131 (events v158): a demand's "that" clause the parse hangs on the verb taking the
# noun names whom the demand is aimed at; a wrong done "by" someone "against" others is
# aimed, when investigated or condemned, at whoever did it.
def test_a_demands_clause_on_the_verb_names_whom_it_asks(
    analyse: Callable[[str], Document],
) -> None:
    doc = analyse("The nurses' union repeated its demand on Monday that the government raise pay.")
    demand = next(e for e in doc.events if e.type == "REQUEST")
    assert [a.text for a in demand.target_actors] == ["government"]


def test_a_wrong_done_by_someone_is_aimed_at_the_doer(
    analyse: Callable[[str], Document],
) -> None:
    doc = analyse("The government is investigating abuses by the army against villagers.")
    probe = next(e for e in doc.events if e.type == "ACCUSE")
    assert [a.text for a in probe.target_actors] == ["army"]
    doc = analyse("Prosecutors are investigating the fraud at Volkswagen, a spokesman said.")
    probe = next(e for e in doc.events if e.type == "ACCUSE")
    assert [a.text for a in probe.target_actors] == ["Volkswagen"]  # no doer named: as before
    doc = analyse("The senator condemned the crimes of the militia against the refugees.")
    assert all("refugees" not in a.text for e in doc.events for a in e.target_actors), (
        "the victims are not whom the condemnation is aimed at"
    )
