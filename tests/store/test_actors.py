"""The cross-article actor registry (migration 0002) on every SQLite-backed store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventwire.model import Article, Document, Entity, Mention, Span
from eventwire.store import Store, open_store


def _doc(
    text: str, day: date, ents: list[tuple[str, str, list[str], str | None, str | None]]
) -> Document:
    """A document whose entities are (name, type, mention texts, title, country)."""
    doc = Document.from_article(Article(text=text, source="t", published=day))
    built = []
    for i, (name, type_, texts, title, country) in enumerate(ents):
        mentions = tuple(
            Mention(Span.of(text, text.index(t), text.index(t) + len(t))) for t in texts
        )
        built.append(Entity(f"e{i}", name, type_, mentions, title=title, country=country))  # type: ignore[arg-type]
    return replace(doc, entities=tuple(built))


@pytest.fixture(params=["sqlite", "memory"])
def actor_store(request: pytest.FixtureRequest, tmp_path: object) -> Store:
    url = ":memory:" if request.param == "memory" else f"{tmp_path}/ew.db"
    st = open_store(url)
    request.addfinalizer(st.close)
    st.write_batch(
        [
            _doc("President Xi Jinping met Joe Biden. Xi said so.", date(2023, 11, 15),
                 [("Xi Jinping", "PERSON", ["Xi Jinping", "Xi"], "President", "CHN"),
                  ("Joe Biden", "PERSON", ["Joe Biden"], None, "USA")]),
            _doc("Xi Jinping spoke in Beijing to the Foreign Ministry.", date(2023, 12, 20),
                 [("Xi Jinping", "PERSON", ["Xi Jinping"], "General Secretary", "CHN"),
                  ("Foreign Ministry", "ORG", ["Foreign Ministry"], None, "CHN")]),
            _doc("Xi visited Moscow.", date(2024, 3, 1),
                 [("Xi", "PERSON", ["Xi"], None, None)]),
            _doc("Xi Jinping of the Chinese hockey team won.", date(2022, 1, 5),
                 [("Xi Jinping", "PERSON", ["Xi Jinping"], None, "TWN")]),
        ],
        [],
    )  # fmt: skip
    return st


def test_same_full_name_type_and_country_is_one_actor(actor_store: Store) -> None:
    found = actor_store.actors(name="Xi Jinping")
    chinese = next(a for a in found if a.country == "CHN")
    assert chinese.articles == 3  # two full-name articles + the bare "Xi" one
    assert (chinese.first_seen, chinese.last_seen) == ("2023-11-15", "2024-03-01")
    assert chinese.aliases == ("Xi", "Xi Jinping")
    assert chinese.titles == ("General Secretary", "President")


def test_other_country_is_another_actor(actor_store: Store) -> None:
    found = actor_store.actors(name="Xi Jinping")
    assert sorted(a.country or "" for a in found) == ["CHN", "TWN"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Biden", ["Joe Biden"]), ("ministry", ["Foreign Ministry"]), ("nobody", [])],
)
def test_actors_filter_by_name_or_alias(
    actor_store: Store, query: str, expected: list[str]
) -> None:
    assert [a.name for a in actor_store.actors(name=query)] == expected


def test_actor_by_id_and_unknown_id(actor_store: Store) -> None:
    biden = actor_store.actors(name="Biden")[0]
    got = actor_store.actor(biden.id)
    assert got is not None
    assert (got.name, got.type, got.country, got.articles) == ("Joe Biden", "PERSON", "USA", 1)
    assert actor_store.actor("nope") is None


def test_actors_limit_orders_by_articles(actor_store: Store) -> None:
    (top,) = actor_store.actors(limit=1)
    assert (top.name, top.articles) == ("Xi Jinping", 3)
