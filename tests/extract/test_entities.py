from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from types import MappingProxyType

import pytest

from eventwire.config import Config
from eventwire.errors import StageError
from eventwire.extract.entities import extract_entities, make_entities
from eventwire.extract.entity_roles import title_case
from eventwire.extract.entity_tables import EntityTables, Leader, load_entity_tables
from eventwire.model import Article, Document, Entity
from eventwire.pipeline import Stage

Parse = Callable[..., Document]


@pytest.fixture(scope="module")
def tables() -> EntityTables:
    return load_entity_tables()


@pytest.fixture(scope="module")
def no_leaders(tables: EntityTables) -> EntityTables:
    """The tables without the dated leaders fallback: only the text may give countries."""
    return replace(tables, leaders=MappingProxyType({}))


@pytest.fixture(scope="module")
def stage(cfg: Config) -> Stage:
    return make_entities(cfg)


@pytest.fixture(scope="module")
def seed_doc(seed_article: Article, parse_stage: Stage, stage: Stage) -> Document:
    return stage.run(parse_stage.run(Document.from_article(seed_article)))


def _by_name(entities: list[Entity] | tuple[Entity, ...], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, [e.name for e in entities]
    return found[0]


def _texts(ent: Entity, kind: str = "name") -> list[str]:
    return [m.span.text for m in ent.mentions if m.kind == kind]


# --- the seed article -------------------------------------------------------------


def test_stage_declares_requirements(stage: Stage) -> None:
    assert stage.name == "entities"
    assert stage.requires == frozenset({"parsed", "sentences"})
    assert stage.produces == frozenset({"entities"})


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Xi Jinping", ("PERSON", "President", "CHN", "GOV")),
        ("Mikhail Mishustin", ("PERSON", "Prime Minister", "RUS", "GOV")),
        ("Vladimir Putin", ("PERSON", "President", "RUS", "GOV")),
        ("Wang Yi", ("PERSON", None, "CHN", "GOV")),
        ("China", ("GPE", None, "CHN", None)),
        ("Russia", ("GPE", None, "RUS", None)),
        ("Chinese Communist Party", ("ORG", None, "CHN", "PTY")),
    ],
)
def test_seed_actors(seed_doc: Document, name: str, expected: tuple[str | None, ...]) -> None:
    ent = _by_name(seed_doc.entities, name)
    assert (ent.type, ent.title, ent.country, ent.sector) == expected


def test_seed_every_xi_jinping_is_one_entity(seed_doc: Document) -> None:
    xi = _by_name(seed_doc.entities, "Xi Jinping")
    assert _texts(xi).count("Xi Jinping") == seed_doc.text.count("Xi Jinping") == 8


def test_seed_he_after_pointed_out_is_xi(seed_doc: Document) -> None:
    xi = _by_name(seed_doc.entities, "Xi Jinping")
    he = seed_doc.text.index("he has met with President Vladimir Putin")
    assert any(m.kind == "pronoun" and m.span.start == he for m in xi.mentions)


def test_seed_xi_country_comes_from_text_not_the_fallback(
    seed_article: Article, parse_stage: Stage, no_leaders: EntityTables
) -> None:
    doc = parse_stage.run(Document.from_article(seed_article))
    ents = extract_entities(doc, tables=no_leaders)
    assert _by_name(ents, "Xi Jinping").country == "CHN"  # "China on its ... leadership of"
    assert _by_name(ents, "Mikhail Mishustin").country == "RUS"  # "Russian Prime Minister"
    # "Presidents Vladimir Putin and Xi Jinping ... of Russia and China", Xi being CHN
    assert _by_name(ents, "Vladimir Putin").country == "RUS"
    assert _by_name(ents, "Wang Yi").country is None  # nothing in the text says so


def test_seed_countries_are_single_entities_and_junk_is_dropped(seed_doc: Document) -> None:
    names = [e.name for e in seed_doc.entities]
    assert names.count("China") == names.count("Russia") == 1
    assert not any("Year" in n or n == "Dragon" or "Partnership" in n for n in names)
    assert "Russian-Chinese" not in names


def test_seed_entities_are_ordered_with_exact_spans(seed_doc: Document) -> None:
    firsts = [e.mentions[0].span.start for e in seed_doc.entities]
    assert firsts == sorted(firsts)
    for ent in seed_doc.entities:
        assert ent.version == "8" and ent.stage == "entities"
        for m in ent.mentions:
            assert seed_doc.text[m.span.start : m.span.end] == m.span.text
    assert len({e.id for e in seed_doc.entities}) == len(seed_doc.entities)


# --- hand-written sentences -------------------------------------------------------


def test_name_variants_cluster(parse: Parse, tables: EntityTables) -> None:
    doc = parse(
        "German Chancellor Angela Merkel arrived in Paris on Monday. Merkel met French "
        "officials. Later, Chancellor Merkel said she was pleased."
    )
    merkel = _by_name(extract_entities(doc, tables=tables), "Angela Merkel")
    assert _texts(merkel) == ["Angela Merkel", "Merkel", "Merkel"]
    assert _texts(merkel, "pronoun") == ["she"]
    assert (merkel.title, merkel.country, merkel.sector) == ("Chancellor", "DEU", "GOV")


def test_appositive_title_and_possessive_country(parse: Parse, no_leaders: EntityTables) -> None:
    doc = parse("Wang Yi, China's foreign minister, said the talks were useful.")
    wang = _by_name(extract_entities(doc, tables=no_leaders), "Wang Yi")
    assert (wang.title, wang.country, wang.sector) == ("Foreign Minister", "CHN", "GOV")
    assert _texts(wang, "nominal") == ["China's foreign minister"]


def test_fronted_possessive_title_and_role_noun(parse: Parse, no_leaders: EntityTables) -> None:
    doc = parse(
        "Germany's chancellor, Olaf Scholz, visited Poland. The chancellor said it went well."
    )
    scholz = _by_name(extract_entities(doc, tables=no_leaders), "Olaf Scholz")
    assert (scholz.type, scholz.title, scholz.country) == ("PERSON", "Chancellor", "DEU")
    assert _texts(scholz, "nominal") == ["Germany's chancellor", "The chancellor"]


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        (
            "Russian Prime Minister Mikhail Mishustin arrived.",
            "Mikhail Mishustin",
            ("Prime Minister", "RUS", "GOV"),
        ),
        (
            "U.S. Secretary of State Jane Roe spoke.",
            "Jane Roe",
            ("Secretary of State", "USA", "GOV"),
        ),
        ("Senator John Smith criticised the plan.", "John Smith", ("Senator", None, "LEG")),
        ("Judge Maria Lopez dismissed the case.", "Maria Lopez", ("Judge", None, "JUD")),
    ],
)
def test_title_before_name(
    parse: Parse, no_leaders: EntityTables, text: str, person: str, expected: tuple[str | None, ...]
) -> None:
    ent = _by_name(extract_entities(parse(text), tables=no_leaders), person)
    assert (ent.title, ent.country, ent.sector) == expected


def test_plural_title_is_shared_by_conjuncts(parse: Parse, no_leaders: EntityTables) -> None:
    doc = parse("Presidents Vladimir Putin and Xi Jinping held talks in Moscow.")
    ents = extract_entities(doc, tables=no_leaders)
    assert _by_name(ents, "Vladimir Putin").title == "President"
    assert _by_name(ents, "Xi Jinping").title == "President"


def test_pronoun_prefers_main_clause_subject(parse: Parse, tables: EntityTables) -> None:
    doc = parse(
        "John Smith said that since March he has met Peter Brown twice. Brown praised him warmly."
    )
    ents = extract_entities(doc, tables=tables)
    assert _texts(_by_name(ents, "John Smith"), "pronoun") == ["he", "him"]
    assert _texts(_by_name(ents, "Peter Brown"), "pronoun") == []


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. imposed sanctions on Monday. The United States said more would follow.",
        "The United States imposed sanctions. Officials in the U.S. agreed.",
    ],
)
def test_country_aliases_are_one_entity(parse: Parse, tables: EntityTables, text: str) -> None:
    ents = [e for e in extract_entities(parse(text), tables=tables) if e.country == "USA"]
    assert len(ents) == 1
    assert ents[0].name == "United States" and ents[0].type == "GPE"
    assert sorted(_texts(ents[0])) == ["U.S.", "United States"]


def test_acronym_joins_its_organisation(parse: Parse, tables: EntityTables) -> None:
    doc = parse(
        "The North Atlantic Treaty Organization (NATO) met in Brussels. NATO said it was ready."
    )
    nato = _by_name(extract_entities(doc, tables=tables), "North Atlantic Treaty Organization")
    assert _texts(nato).count("NATO") == 2
    assert nato.sector == "IGO"


def test_leaders_fallback_respects_the_article_year(
    parse_stage: Stage, tables: EntityTables
) -> None:
    text = "Olaf Scholz visited Paris."
    for year, expected in ((2023, "DEU"), (2010, None)):
        article = Article(text, "test", published=date(year, 5, 1))
        doc = parse_stage.run(Document.from_article(article))
        ents = extract_entities(doc, tables=tables)
        assert [e.country for e in ents if e.name == "Olaf Scholz"] == [expected]


@pytest.mark.parametrize(
    ("start", "end", "year", "expected"),
    [(2013, None, 2023, True), (2013, 2020, 2023, False), (2013, 2020, None, True)],
)
def test_leader_term(start: int, end: int | None, year: int | None, expected: bool) -> None:
    assert Leader("X Y", "CHN", "President", start, end).held_in(year) is expected


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the U.S.", "USA"),
        ("Britain", "GBR"),
        ("Russia", "RUS"),
        ("Russian", "RUS"),
        ("China", "CHN"),
        ("Atlantis", None),
    ],
)
def test_country_of(tables: EntityTables, name: str, code: str | None) -> None:
    assert tables.country_of(name) == code


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("prime minister", "Prime Minister"),
        ("secretary of state", "Secretary of State"),
        ("ceo", "CEO"),
    ],
)
def test_title_case(phrase: str, expected: str) -> None:
    assert title_case(phrase) == expected


def test_unparsed_document_is_a_stage_error(tables: EntityTables) -> None:
    doc = Document.from_article(Article("Xi Jinping spoke.", "test"))
    with pytest.raises(StageError) as err:
        extract_entities(doc, tables=tables)
    assert err.value.code == "E310"


def test_coordinated_people_and_countries_pair_up(parse: Parse, no_leaders: EntityTables) -> None:
    doc = parse(
        "American President John Doe and Pierre Martin discussed relations between the "
        "United States and France on Monday."
    )
    ents = extract_entities(doc, tables=no_leaders)
    assert _by_name(ents, "John Doe").country == "USA"
    assert _by_name(ents, "Pierre Martin").country == "FRA"


def test_honorific_gender_blocks_pronoun(parse: Parse, tables: EntityTables) -> None:
    doc = parse("Mr. Tom Hill met Ann Cole. Mr. Hill said she was kind to him.")
    ents = extract_entities(doc, tables=tables)
    assert "she" not in _texts(_by_name(ents, "Tom Hill"), "pronoun")
    assert "him" in _texts(_by_name(ents, "Tom Hill"), "pronoun")


# --- company names cut in two by the tagger -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Norton said it agreed to sell its business to <Global Mining and Industrial Corp> "
            "of South Africa.",
            "Global Mining and Industrial Corp",
        ),
        (
            (
                "Bear, Stearns and Co Inc later signed its own standstill accord with Bally "
                "Manufacturing."
            ),
            "Bear, Stearns and Co Inc",
        ),
        (
            (
                "The SEC sued a former bond trader of Merrill Lynch, Pierce, Fenner and Smith "
                "Ltd in Tokyo."
            ),
            "Merrill Lynch, Pierce, Fenner and Smith Ltd",
        ),
        (
            "Its Swiss subsidiary sued <Donaldson Lufkin and Jenrette Inc>, the New York bank.",
            "Donaldson Lufkin and Jenrette Inc",
        ),
        (
            (
                "Claremont said it plans to act in concert with Walsh, Greenwood and Co, its "
                "affiliated fund manager, on the bid."
            ),
            "Walsh, Greenwood and Co",
        ),
    ],
)
def test_joined_and_bracketed_company_names_are_one_actor(
    text: str, name: str, parse_stage: Stage, stage: Stage
) -> None:
    doc = stage.run(parse_stage.run(Document.from_article(Article(text=text, source="t"))))
    assert _by_name(doc.entities, name).type == "ORG"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("IBM and Hitachi Ltd said they agreed to revise the pact.", {"IBM", "Hitachi Ltd"}),
        (
            "Johnson Controls Inc and Lear Corp said they would merge.",
            {"Johnson Controls Inc", "Lear Corp"},
        ),
    ],
)
def test_two_firms_joined_by_and_stay_two(
    text: str, names: set[str], parse_stage: Stage, stage: Stage
) -> None:
    doc = stage.run(parse_stage.run(Document.from_article(Article(text=text, source="t"))))
    assert names <= {e.name for e in doc.entities}


def test_a_firm_named_in_full_before_and_stays_apart(parse_stage: Stage, stage: Stage) -> None:
    text = (
        "Westinghouse will take over from Rockwell International and UNC Nuclear Inc, "
        "who were criticized over repeated safety lapses at the Hanford plant."
    )
    doc = stage.run(parse_stage.run(Document.from_article(Article(text=text, source="t"))))
    assert "Rockwell International and UNC Nuclear Inc" not in {e.name for e in doc.entities}


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Washington wants the General Agreement on Tariffs and Trade (GATT) to be given "
            "more muscle in settling trade disputes. GATT delegates met in Geneva.",
            "General Agreement on Tariffs and Trade",
            "GATT",
        ),
        (
            "Delegates of the Organisation for European Economic Cooperation (OEEC) "
            "gathered in Paris on Thursday.",
            "Organisation for European Economic Cooperation",
            "OEEC",
        ),
    ],
)
def test_name_defined_by_its_acronym_is_one_actor(
    text: str, name: str, short: str, parse_stage: Stage, stage: Stage
) -> None:
    """'the Long Name (LN)': the words whose initials the bracketed acronym spells are
    one organisation, and the acronym is a mention of it."""
    doc = stage.run(parse_stage.run(Document.from_article(Article(text=text, source="t"))))
    ent = _by_name(doc.entities, name)
    assert ent.type == "ORG"
    assert short in {m.span.text for m in ent.mentions}
    assert not {"Tariffs", "Trade", "Economic Cooperation"} & {e.name for e in doc.entities}


def test_a_name_wrapped_before_its_acronym_ends_at_its_last_word(
    parse_stage: Stage, stage: Stage
) -> None:
    text = "Leaders of the United Democratic Front\n(UDF) met in Cape Town on Monday."
    doc = stage.run(parse_stage.run(Document.from_article(Article(text=text, source="t"))))
    ent = _by_name(doc.entities, "United Democratic Front")
    assert all(not m.span.text.endswith("\n") for m in ent.mentions)


def test_event_party_is_the_whole_name_its_acronym_defines(parse_stage: Stage) -> None:
    from eventwire.config import load_config
    from eventwire.pipeline import build_pipeline

    doc = build_pipeline(load_config()).run(
        Article(
            text="Canada has appealed for a faster way to settle disputes under the "
            "General Agreement on Tariffs and Trade (GATT).",
            source="t",
        )
    )
    targets = {a.text for e in doc.events for a in e.target_actors}
    assert "Tariffs" not in targets and "Trade" not in targets
