"""Company names that the name tagger cuts in two, made whole again.

Firm names often join partners' names with "and", "&" or commas before a corporate
suffix: "Global Mining and Industrial Corp", "Bear, Stearns and Co Inc", "Merrill Lynch,
Pierce, Fenner and Smith Ltd". The small English model tags the pieces as separate
organisations (or only the last), so one firm becomes two actors and an event gets a
fragment as a party. Wire copy also brackets the full name of an unlisted company:
"<Kleinwort Benson Australia Ltd>", "<Donaldson Lufkin and Jenrette Inc>"; a bracketed
ticker ("<AKZO.AS>", "<GLE>") is left alone.

An organisation's long name defined by a bracketed acronym, "the General Agreement on
Tariffs and Trade (GATT)", is one name as well: the capitalised words whose initials the
acronym spells (with "of", "on", "for", "and", "the", "in" between) become one ORG, which
the acronym's other mentions then join.

``join_company_names`` replaces the candidates inside such a name with one ORG
candidate over the whole name. It only joins capitalised words, so "Chrysler and Renault
Corp said" would join only when the text itself reads as one name before a suffix.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .entity_cluster import Candidate

__all__ = ["firm_suffixed", "join_company_names", "told_the_agency"]

# Corporate suffixes that end a firm's name.
_SUFFIX = r"(?:Inc|Corp|Corporation|Co|Cos|Company|Ltd|Limited|Plc|PLC|AG|SA|NV|Sarl|LP)\.?"
_SUFFIX_WORD = re.compile(_SUFFIX)
# Words that end a firm's full name without a suffix: what follows "and" is another firm.
_FIRM_ENDS = frozenset(
    {"International", "Industries", "Group", "Holdings", "Systems", "Bancorp", "Airlines"}
    | {"Enterprises", "Technologies", "Communications", "Resources", "Electronics"}
)
# A capitalised name word ("Lynch", "McLeod", "O'Brien"); no sentence words.
_WORD = r"[A-Z][A-Za-z'\-]*"
# "A[ B] (, C)* and D[ E] Suffix": two or more partners' names and a suffix.
_JOINED = re.compile(
    rf"\b{_WORD}(?:\s+{_WORD})*(?:,\s+{_WORD}(?:\s+{_WORD})*)*"
    rf"\s+(?:and|&)\s+{_WORD}(?:\s+{_WORD})*(?:,?\s+{_SUFFIX})+(?![A-Za-z])"
)
# "Walsh, Greenwood and Co", "Bear, Stearns and Co": partners' names, then "and Co".
_AND_CO = re.compile(rf"\b{_WORD}(?:,\s+{_WORD})+,?\s+(?:and|&)\s+Co\b\.?")
# "<Some Company Name>" with at least one lower-case letter or space: not a ticker.
_BRACKETED = re.compile(r"<([A-Z][^<>]{2,80}?)>")
_TICKER = re.compile(r"^[A-Z0-9.\-]+$")
# Words that start a sentence or clause and are not part of a name before them.
_NOT_NAME = frozenset(
    {"The", "A", "An", "In", "On", "At", "For", "But", "And", "Both", "Its", "His", "Her"}
    | {"Their", "Shares", "Units", "Analysts", "Officials", "Sources", "Traders"}
)


# "(GATT)": an acronym in brackets, and the words written before it.
_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
_LINK_WORDS = frozenset({"of", "on", "for", "and", "the", "in", "&"})
_WORDS = re.compile(r"\S+")


def _defined_by_acronym(text: str) -> list[tuple[int, int]]:
    """Spans of long names spelled out before their bracketed acronym."""
    found: list[tuple[int, int]] = []
    for m in _ACRONYM.finditer(text):
        acronym, window = m.group(1), max(0, m.start() - 200)
        words = list(_WORDS.finditer(text, window, m.start()))
        initials, start = "", None
        for w in reversed(words):
            if len(initials) == len(acronym):
                break
            word = w.group()
            if word[:1].isupper() and word.isalpha():
                initials, start = word[0] + initials, w.start()
            elif word not in _LINK_WORDS:
                break
        end = words[-1].end() if words else m.start()  # not a line break before "("
        if start is not None and initials == acronym and " " in text[start:end]:
            found.append((start, end))
    return found


_SUFFIXED = re.compile(rf"\b{_SUFFIX}(?![A-Za-z])")


def firm_suffixed(text: str) -> bool:
    """The text carries a corporate suffix ("Pennzoil Co", "Kraft Inc.")."""
    return _SUFFIXED.search(text) is not None


def told_the_agency(tok: Token) -> bool:
    """The news agency someone told something: "officials told *Reuters* the G-7 will
    meet". It is never part of the name or actor after it."""
    return (
        tok.lower_ in {"reuters", "reuter"} and tok.i > 0 and tok.nbor(-1).lemma_.lower() == "tell"
    )


def _letter_pair(left: str, right: str) -> bool:
    """ "B and W Electric Supply Co", "A and P Stores Inc": two single letters joined by
    "and" are one name's initials, not two firms."""
    return len(left) == 1 and len(right.split(maxsplit=1)[0]) == 1


def _spans(text: str, cands: list[Candidate]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for m in _BRACKETED.finditer(text):
        inner = m.group(1).strip()
        if _TICKER.match(inner):
            continue
        found.append((m.start(1), m.start(1) + len(inner)))
    for m in _JOINED.finditer(text):
        start, end = m.start(), m.end()
        left = re.split(r"\s+(?:and|&)\s+", text[start:end])[0]
        if any(_SUFFIX_WORD.fullmatch(w.rstrip(",")) or "-" in w for w in left.split()):
            continue  # "Johnson Controls Inc and Lear Corp": two firms, each with a suffix
        right = re.split(r"\s+(?:and|&)\s+", text[start:end], maxsplit=1)[1]
        if left.isupper() and " " not in left and not _letter_pair(left, right):
            continue  # "IBM and Hitachi Ltd": a firm known by its initials, and another
        if left.split()[-1] in _FIRM_ENDS:
            continue  # "Rockwell International and UNC Nuclear Inc": a firm's full name
        before = start + len(left)
        person = any(c.label == "PERSON" and c.start == start and c.end == before for c in cands)
        if person and " " in left.strip():
            continue  # "Morton Shulman and Guardman Investment Management Services Inc" (a
            # lone surname is a partner's name: "Black and Decker Inc")
        first = text[start:end].split(maxsplit=1)[0].rstrip(",")
        while first in _NOT_NAME:  # "The Bank of Boston and Trust Co": from "Bank"
            start = text.index(" ", start) + 1
            first = text[start:end].split(maxsplit=1)[0].rstrip(",")
        found.append((start, end))
    for m in _AND_CO.finditer(text):
        if text[m.start() : m.end()].split(maxsplit=1)[0].rstrip(",") not in _NOT_NAME:
            found.append((m.start(), m.end()))
    return found


def join_company_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the pieces of each joined, bracketed or acronym-defined name
    replaced by one ORG candidate over the whole name (see the module docstring)."""
    from .entity_cluster import Candidate  # entity_cluster imports this module

    spans = [(start, end, False) for start, end in _spans(text, cands)]
    spans += [(start, end, True) for start, end in _defined_by_acronym(text)]
    if not spans:
        return cands
    out = list(cands)
    for start, end, defined in spans:
        inside = [c for c in out if start <= c.start and c.end <= end]
        across = [c for c in out if c.start < end and start < c.end and c not in inside]
        if (not inside and not defined) or across:
            continue  # nothing tagged there, or a name that runs past it: leave as is
        out = [c for c in out if c not in inside]
        out.append(Candidate(start, end, "ORG", text[start:end], None))
    return sorted(out, key=lambda c: (c.start, c.end))
