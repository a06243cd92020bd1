"""Fixtures: hand-built Documents (no spaCy) and a store of every backend.

With --import-mode=importlib test modules cannot import helpers, so the builders live here
and reach tests through the ``docs`` fixture: [summit, ministry, floods].
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from eventwire.model import (
    Amount,
    Document,
    Entity,
    Event,
    Mention,
    Place,
    ReferenceDate,
    Span,
    Statement,
    TimeExpr,
    content_id,
)
from eventwire.store import Store, open_store

SUMMIT = (
    'Xi Jinping met Joe Biden in Beijing on Tuesday. "We will cooperate," Xi said. '
    "China pledged $5 billion in aid."
)
MINISTRY = (
    "Jürgen Müller criticised the ministry on 5 January 2024. "
    "The ministry said it would respond. Farmers protested."
)
FLOODS = "Heavy floods hit Dhaka. Officials in Bangladesh counted 12 dead."


def find(text: str, needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def _id(doc_id: str, kind: str, span: Span) -> str:
    return content_id(doc_id, kind, str(span.start), str(span.end), prefix=kind[0])


def summit_doc() -> Document:
    t = SUMMIT
    doc_id = content_id(t, prefix="a", length=20)
    xi = Entity(
        _id(doc_id, "entity", find(t, "Xi Jinping")),
        "Xi Jinping",
        "PERSON",
        (Mention(find(t, "Xi Jinping")), Mention(find(t, "Xi", 1))),
        title="President",
        country="CHN",
        sector="GOV",
    )
    biden = Entity(
        _id(doc_id, "entity", find(t, "Joe Biden")),
        "Joe Biden",
        "PERSON",
        (Mention(find(t, "Joe Biden")),),
        country="USA",
    )
    china = Entity(_id(doc_id, "entity", find(t, "China")), "China", "GPE",
                   (Mention(find(t, "China")),), country="CHN")  # fmt: skip
    tuesday = TimeExpr(_id(doc_id, "time", find(t, "Tuesday")), find(t, "Tuesday"), "DATE",
                       "2023-12-19", anchor="2023-12-20")  # fmt: skip
    beijing = Place(_id(doc_id, "place", find(t, "Beijing")), "Beijing", find(t, "Beijing"),
                    39.9042, 116.4074, "CHN", "Beijing", "city", 0.95)  # fmt: skip
    money = Amount(_id(doc_id, "amount", find(t, "$5 billion")), find(t, "$5 billion"), 5e9,
                   "USD", about="aid", about_span=find(t, "aid"))  # fmt: skip
    said = Statement(_id(doc_id, "statement", find(t, "said")), xi.id, find(t, "Xi", 1),
                     find(t, "said"), find(t, "We will cooperate,"), "direct", 0.9)  # fmt: skip
    met = Event(_id(doc_id, "event", find(t, "met")), "CONSULT", "visit", "042", (xi.id,),
                (biden.id,), find(t, "met"), find(t, "Xi Jinping met Joe Biden in Beijing on "
                "Tuesday."), "2023-12-19", beijing.id, 0.8, time=tuesday.id)  # fmt: skip
    pledged = Event(_id(doc_id, "event", find(t, "pledged")), "AID", "economic", "071",
                    (china.id,), (), find(t, "pledged"),
                    find(t, "China pledged $5 billion in aid."), "2023-12", None, 0.6)  # fmt: skip
    return Document(
        id=doc_id,
        text=t,
        source="summit.txt",
        input_id="wire-001",
        title="Summit in Beijing",
        url="https://example.org/summit",
        published=date(2023, 12, 20),
        reference_date=ReferenceDate(date(2023, 12, 20), "published"),
        sentences=(find(t, "Xi Jinping met Joe Biden in Beijing on Tuesday."),
                   find(t, '"We will cooperate," Xi said.'),
                   find(t, "China pledged $5 billion in aid.")),
        entities=(xi, biden, china),
        times=(tuesday,),
        places=(beijing,),
        amounts=(money,),
        statements=(said,),
        events=(met, pledged),
    )  # fmt: skip


def ministry_doc() -> Document:
    t = MINISTRY
    doc_id = content_id(t, prefix="a", length=20)
    muller = Entity(_id(doc_id, "entity", find(t, "Jürgen Müller")), "Jürgen Müller", "PERSON",
                    (Mention(find(t, "Jürgen Müller")),))  # fmt: skip
    ministry = Entity(_id(doc_id, "entity", find(t, "ministry")), "the ministry", "ORG",
                      (Mention(find(t, "the ministry")),
                       Mention(find(t, "The ministry"), "nominal")))  # fmt: skip
    farmers = Entity(_id(doc_id, "entity", find(t, "Farmers")), "Farmers", "OTHER",
                     (Mention(find(t, "Farmers")),))  # fmt: skip
    jan5 = TimeExpr(_id(doc_id, "time", find(t, "5 January 2024")), find(t, "5 January 2024"),
                    "DATE", "2024-01-05")  # fmt: skip
    said = Statement(_id(doc_id, "statement", find(t, "said")), None, find(t, "The ministry"),
                     find(t, "said"), find(t, "it would respond"), "indirect", 0.7)  # fmt: skip
    accuse = Event(_id(doc_id, "event", find(t, "criticised")), "ACCUSE", "disapprove", "111",
                   (muller.id,), (ministry.id,), find(t, "criticised"),
                   find(t, "Jürgen Müller criticised the ministry on 5 January 2024."),
                   "2024-01-05", None, 0.7, time=jan5.id)  # fmt: skip
    protest = Event(_id(doc_id, "event", find(t, "protested")), "PROTEST", None, "140",
                    (farmers.id,), (), find(t, "protested"), find(t, "Farmers protested."),
                    None, None, 0.5)  # fmt: skip
    return Document(
        id=doc_id,
        text=t,
        source="ministry.txt",
        title=None,
        entities=(muller, ministry, farmers),
        times=(jan5,),
        statements=(said,),
        events=(accuse, protest),
    )


def floods_doc() -> Document:
    t = FLOODS
    return Document(id=content_id(t, prefix="a", length=20), text=t, source="floods.txt",
                    title="Floods in Bangladesh")  # fmt: skip


@pytest.fixture
def docs() -> list[Document]:
    return [summit_doc(), ministry_doc(), floods_doc()]


@pytest.fixture(params=["sqlite", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of each backend."""
    url = str(tmp_path / "ew.db") if request.param == "sqlite" else ":memory:"
    with open_store(url) as st:
        yield st


@pytest.fixture
def filled(store: Store, docs: list[Document]) -> Store:
    """A store holding the three hand-built documents."""
    store.write_batch(docs, [], versions={"events": "1.0", "entities": "0.3"})
    return store
