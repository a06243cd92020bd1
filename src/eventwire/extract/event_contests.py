"""Sport told in the words of conflict: a match report's "beat", "launched a series of
attacks", "a clash against France", "met the Swiss", "threatened a try" tell play in a
contest, not acts between parties.

``contest_report`` reads a whole article: words only sport uses ("tiebreak", "wicket",
"midfielder") count two, words sport shares with other news ("won", "match", "season")
one, and a score ("7-5", "18-12") two; an article whose count reaches ``_MIN_SCORE`` and
``_MIN_DENSITY`` per word is a contest report. In one, the kinds of event sport borrows
(``CONTEST_TYPES``, and an intent to meet: "will travel to Paris" for a match) are no
events; a ban, a charge, praise or criticism told in a sports story still is one.

Measured on the BBC News sections (``bench/reuters_event_precision.py --corpus bbc`` reads
the same files, title and text): 406 of 511 sport articles are contest reports, 15 of the
1,714 others (mostly tech stories about games); 14 of the 19,043 Reuters-21578 articles (a
football club's owner, price tables). (Events v162; before the words of a football match,
"volley", "header", "offside" and the like, were added: 398 and 15.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .event_index import WORKING_PEOPLE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "CONTEST_TYPES",
    "comeback",
    "contest_report",
    "fixture_clash",
    "goal_strike",
    "plays_in_contest",
    "score_told",
]

# Words only sport uses (a word that business news uses too, as "goal", "match" or
# "seed", is in _SHARED instead).
_SPORT_ONLY = frozenset(
    {
        "tournament",
        "tournaments",
        "championship",
        "championships",
        "semi-final",
        "semi-finals",
        "quarter-final",
        "quarter-finals",
        "tiebreak",
        "tie-break",
        "tie-breaker",
        "goalkeeper",
        "striker",
        "strikers",
        "midfielder",
        "midfielders",
        "defender",
        "defenders",
        "squad",
        "squads",
        "fixture",
        "fixtures",
        "kick-off",
        "half-time",
        "innings",
        "wicket",
        "wickets",
        "batsman",
        "batsmen",
        "bowler",
        "bowlers",
        "rugby",
        "football",
        "footballer",
        "footballers",
        "soccer",
        "tennis",
        "cricket",
        "golf",
        "golfer",
        "athletics",
        "athlete",
        "athletes",
        "olympic",
        "olympics",
        "marathon",
        "sprinter",
        "hurdles",
        "medal",
        "medals",
        "referee",
        "scrum",
        "fly-half",
        "winger",
        "wingers",
        "premiership",
        "wimbledon",
        "stadium",
        "unbeaten",
        "atp",
        "wta",
        "uefa",
        "fifa",
        "iaaf",
        "doping",
        "teammate",
        "teammates",
        "team-mate",
        "team-mates",
        "knock-on",
        "touchdown",
        "try-scoring",
        "scorer",
        "relegation",
        "play-off",
        # how a football match is told: "hooked a *volley*", "a Scholes *header* over the bar"
        "volley",
        "volleys",
        "header",
        "headers",
        "free-kick",
        "free-kicks",
        "offside",
        "crossbar",
        "equaliser",
        "equalizer",
        "hat-trick",
        "touchline",
        "goalline",
        "midfield",
    }
)
_SHARED = frozenset(
    {
        "win",
        "wins",
        "won",
        "winning",
        "victory",
        "victories",
        "defeat",
        "defeated",
        "draw",
        "drew",
        "lost",
        "game",
        "games",
        "match",
        "matches",
        "season",
        "club",
        "clubs",
        "fans",
        "player",
        "players",
        "title",
        "champion",
        "champions",
        "cup",
        "league",
        "goal",
        "goals",
        "penalty",
        "penalties",
        "coach",
        "manager",
        "team",
        "teams",
        "side",
        "score",
        "scored",
        "scoring",
        "try",
        "tries",
        "minute",
        "minutes",
        "half",
        "round",
        "set",
        "sets",
        "final",
        "finals",
        "opener",
        "home",
        "away",
        "points",
    }
)
_WORD = re.compile(r"[a-z][a-z'-]*")
# A score: "7-5", "18-12", "1-0"; not a range of percentages, years or amounts.
_SCORE = re.compile(
    r"(?<![\d/.$-])\d{1,2}-\d{1,2}(?![\d/.-])"
    r"(?!\s*(?:pct|percent|%|per|year|month|day|week|mln|billion|dlr|vote))",
    re.IGNORECASE,
)
_MIN_SCORE = 10
_MIN_DENSITY = 0.05

# The kinds of event sport borrows: beating, attacking, threatening a score, meeting a
# side, pulling out of a tournament, calling up players.
CONTEST_TYPES = frozenset({"ASSAULT", "THREATEN", "CONSULT", "RETREAT", "MOBILIZE"})
_TO_MEET = "036"  # an intent to meet: "they will travel to Paris" for a match


def contest_report(text: str) -> bool:
    """Whether an article reads as a sports report (see the module docstring)."""
    words = _WORD.findall(text.lower())
    if not words:
        return False
    count = sum(2 if w in _SPORT_ONLY else w in _SHARED for w in words)
    count += 2 * len(_SCORE.findall(text))
    return count >= _MIN_SCORE and count / len(words) >= _MIN_DENSITY


def plays_in_contest(kind: str, cameo: str, trigger: str = "") -> bool:
    """An event of a kind sport borrows, or told by a word of play ("forced off after an
    earlier *clash with* Distin": a collision; "Vaidisova *rallied* well at times": a
    player fighting back), whatever kind it was read as: none in a contest report."""
    return kind in CONTEST_TYPES or cameo == _TO_MEET or trigger.lower() in _PLAY_WORDS


_PLAY_WORDS = frozenset({"clash", "clashes", "clashed", "clashing", "showdown"})
_PLAY_WORDS |= frozenset({"rally", "rallies", "rallied", "rallying"})


# Competitions a fixture is played in: "Saturday's *Six Nations* clash", "a *Cup* clash".
_COMPETITIONS = frozenset({"cup", "league", "premiership", "derby", "final", "semi-final"})
_COMPETITIONS |= frozenset({"quarter-final", "play-off", "playoff", "opener", "test", "tie"})
_COMPETITIONS |= frozenset({"heineken", "champions", "premier", "tri-nations"})
# Who clash in the street, not on the pitch: "fans' clash with *police*".
_STREET = frozenset({"police", "fans", "supporters", "hooligans", "protesters", "troops"})
_CLASHES = frozenset({"clash", "showdown"})
# Sport's own words that other news uses of people: striking workers, defenders of a cause.
_PEOPLE_TOO = frozenset({"striker", "strikers", "defender", "defenders", "squad", "squads"})
_NAMES_A_FIXTURE = _COMPETITIONS | _SHARED | _SPORT_ONLY  # words before the clash
_SPORT_IN_SENTENCE = _SPORT_ONLY - _PEOPLE_TOO


def fixture_clash(tok: Token) -> bool:
    """ "will miss Saturday's *Six Nations clash* against Wales", "watched *Arsenal's
    clash* with Porto as a *Uefa* observer": a match, named by its competition or told
    among words only sport uses; not fans' or police clashes."""
    if tok.lemma_.lower() not in _CLASHES:
        return False
    if tok.pos_ == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False  # "rebels clashed with troops" (a noun misread as a verb has none)
    words = {t.lower_ for t in tok.sent}
    if words & _STREET:
        return False
    before = tok.doc[max(tok.i - 4, tok.sent.start) : tok.i]
    if "six nations" in before.text.lower():
        return True
    named = {t.lower_ for t in before} | {t.lower_ for t in tok.subtree if t.i < tok.i}
    return bool(named & _NAMES_A_FIXTURE or words & _SPORT_IN_SENTENCE)


# How a shot at goal is told: its length ("a *25-yard* strike") or its beauty ("a *superb*
# strike"); a stoppage of work is "a 24-*hour* strike", "a *general* strike".
_LENGTHS = frozenset({"yard", "yards", "metre", "metres", "meter", "meters"})
_SHOT_PRAISE = frozenset({"superb", "stunning", "fantastic", "brilliant", "spectacular"})
_SHOT_PRAISE |= frozenset({"wonderful", "sweet", "thunderous", "cracking", "curling"})
_SHOT_PRAISE |= frozenset({"long-range", "close-range", "speculative", "deflected", "fine"})
# Working people and the words of a labour dispute keep "a superb strike *by the miners*"
# a walkout.
_LABOUR_WORDS = WORKING_PEOPLE | {"pay", "wage", "walkout", "picket", "ballot"}


def goal_strike(tok: Token) -> bool:
    """ "Bouba Diop's superb *25-yard strike* cancelled out the lead", "a fantastic
    *strike* from the Fulham player", "*strikes from* Rivaldo": a shot at goal, no
    walkout."""
    if tok.lemma_.lower() != "strike" or tok.pos_ != "NOUN":
        return False
    if any(t.lemma_.lower() in _LABOUR_WORDS for t in tok.sent):
        return False
    told = {t.lower_ for t in tok.subtree if t.i < tok.i}
    if told & (_LENGTHS | _SHOT_PRAISE):
        return True
    # "going down to *strikes from Rivaldo*, Luis Figo and Dani": shots by named players
    # (a walkout is by workers, and a labour word keeps it above)
    from_whom = [o for p in tok.children if p.lower_ == "from" for o in p.children]
    from_whom += [c for o in from_whom for c in o.conjuncts]
    return (
        bool(from_whom)
        and all(o.pos_ == "PROPN" for o in from_whom)
        and any(o.ent_type_ == "PERSON" for o in from_whom)
    )


# What a score given with a hostile word may follow: "demolished *them* 52-3".
_SCORE_LEAD = 4


def score_told(tok: Token) -> bool:
    """ "New Zealand *demolished them 52-3*", "*crushed* Fiji 60-0": a result with its
    score, however hostile the word; not a count ("*killed 12-15 people*")."""
    sent_end = tok.sent.end
    for i in range(tok.i + 1, min(tok.i + 1 + _SCORE_LEAD, sent_end)):
        end = _score_end(tok.doc, i, sent_end)
        if end is not None:
            after = tok.doc[end] if end < sent_end else None
            return after is None or after.pos_ not in {"NOUN", "PROPN", "NUM"}
        if tok.doc[i].pos_ in {"VERB", "AUX", "PUNCT"}:
            return False
    return False


def _score_end(doc: Doc, i: int, limit: int) -> int | None:
    """The index just past a score starting at token ``i`` ("52-3" as one token, or as
    "52", "-", "3"), or None."""
    first = doc[i].text
    if "-" in first:
        return i + 1 if _SCORE.fullmatch(first) else None
    if not first.isdigit() or i + 2 >= limit:
        return None
    if doc[i + 1].text != "-" or not doc[i + 2].text.isdigit():
        return None
    return i + 3 if _SCORE.fullmatch(f"{first}-{doc[i + 2].text}") else None


# What a side rallies to do in a match: "*rallied to beat* Enqvist", "rallied to win".
_WON = frozenset({"beat", "win", "claim", "reach", "draw", "level", "take", "defeat", "edge"})
_WON |= frozenset({"overcome", "secure", "force", "clinch", "snatch", "salvage", "earn"})
# What a side rallies from: "rallied *from two sets down*", "from a goal behind".
_BEHIND = frozenset({"deficit", "set", "goal", "point", "down", "behind", "break"})


def comeback(tok: Token) -> bool:
    """ "Andy Roddick *rallied to beat* Thomas Enqvist", "rallied from two sets down": a
    side fighting back in a match, no rally of protesters."""
    if tok.lemma_.lower() != "rally":
        return False
    if any(c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in _WON for c in tok.children):
        return True
    fro = [t for p in tok.children if p.lower_ == "from" for t in p.subtree]
    return any(t.lemma_.lower() in _BEHIND for t in fro)
