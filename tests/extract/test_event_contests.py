"""Sport told in the words of conflict (``event_contests``): a match report's "beat",
"attacks" and "met" are no events; a ban or a charge in a sports story still is one.
The reports are written by the team."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.config import Config
from eventwire.extract.event_contests import contest_report, plays_in_contest
from eventwire.model import Article, Document
from eventwire.pipeline import build_pipeline

TENNIS = (
    "Third seed Carlos Moya beat Tommy Haas 6-4 7-6 to reach the semi-finals of the "
    "tournament in Rotterdam. The Spaniard lost his serve early in the second set but won "
    "the tiebreak, and he will meet the winner of the match between Ljubicic and Henman."
)
RUGBY = (
    "Scotland launched a series of attacks in the second half but Ireland held on to win "
    "18-12 at the stadium. The winger threatened a try after 60 minutes, and the referee "
    "awarded two penalties to the home side. Ireland will travel to Paris for their next "
    "match in the championship."
)
POLITICS = (
    "Iraqi troops attacked Kuwaiti positions near the border on Tuesday, and the Kuwaiti "
    "government said it had won the support of its Gulf neighbours after the victory of "
    "its forces in the first round of fighting."
)


def test_match_reports_read_as_contests_and_war_news_does_not() -> None:
    assert contest_report(TENNIS)
    assert contest_report(RUGBY)
    assert not contest_report(POLITICS)
    assert not contest_report("")
    assert not contest_report("Prices rose 5-6 pct in the 12-18 month period, traders said.")


def test_only_the_kinds_sport_borrows_are_dropped() -> None:
    assert plays_in_contest("ASSAULT", "190")
    assert plays_in_contest("AGREE", "036")  # "will travel to Paris" for a match
    assert not plays_in_contest("SANCTION", "163")
    assert not plays_in_contest("ACCUSE", "112")
    assert plays_in_contest("ACCUSE", "110", "clash")  # a collision on the pitch
    assert plays_in_contest("PROTEST", "141", "rallied")  # a player fighting back
    assert not plays_in_contest("PROTEST", "141", "marched")


FOOTBALL = (
    "Rovers 0-2 Town. Town moved up to fourth in the league after a scrappy win. Smith "
    "hooked a volley over the keeper and into his own net, and a Jones header went over the "
    "crossbar in the first half. Brown was forced off after an earlier clash with Peter "
    "Green, and White came on from midfield to replace him. Rovers did fight back and Black "
    "missed a chance from close range, then saw a goal ruled out for offside."
)


def test_a_football_report_with_its_volleys_is_a_contest() -> None:
    assert contest_report(FOOTBALL)


@pytest.fixture(scope="module")
def analyse(cfg: Config) -> Callable[[str], Document]:
    pipeline = build_pipeline(cfg)
    return lambda text: pipeline.run(Article(text, "test", id="test"))


@pytest.mark.parametrize("report", [TENNIS, RUGBY, FOOTBALL])
def test_play_in_a_match_is_no_event(analyse: Callable[[str], Document], report: str) -> None:
    kinds = {e.type for e in analyse(report).events}
    assert not kinds & {"ASSAULT", "THREATEN", "CONSULT", "AGREE", "ACCUSE"}


def test_war_news_keeps_its_attack(analyse: Callable[[str], Document]) -> None:
    assert "ASSAULT" in [e.type for e in analyse(POLITICS).events]


def test_a_charge_in_a_sports_story_stays(analyse: Callable[[str], Document]) -> None:
    text = (
        RUGBY + " After the match the Irish coach criticised the government for cutting "
        "funds to the sport."
    )
    assert "ACCUSE" in [e.type for e in analyse(text).events]
