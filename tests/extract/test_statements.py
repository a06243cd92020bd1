from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from eventwire.config import Config
from eventwire.errors import StageError
from eventwire.extract.statement_cues import token_contexts
from eventwire.extract.statement_nesting import outermost
from eventwire.extract.statement_parts import object_content
from eventwire.extract.statement_speakers import subject
from eventwire.extract.statements import (
    extract_statements,
    find_quotes,
    load_cue_lexicon,
    load_cue_model,
    make_statements,
)
from eventwire.model import Article, Document, Entity, Mention, Span, Statement

LEXICON = load_cue_lexicon()
MODEL = load_cue_model()
Parse = Callable[..., Document]


def _with_entities(
    doc: Document, names: tuple[str, ...], pronouns: tuple[tuple[str, str], ...] = ()
) -> Document:
    """Hand-built entities: every occurrence of each name is a mention; ``pronouns``
    adds (pronoun text, name) pronoun mentions at the pronoun's first occurrence."""
    ents = []
    for name in names:
        mentions = [Mention(doc.span(m.start(), m.end())) for m in re.finditer(name, doc.text)]
        for pron, target in pronouns:
            if target == name:
                m = re.search(rf"\b{pron}\b", doc.text)
                assert m is not None
                mentions.append(Mention(doc.span(m.start(), m.end()), "pronoun"))
        ents.append(Entity(f"e-{name}", name, "PERSON", tuple(mentions)))
    return replace(doc, entities=tuple(ents))


def _statements(parse: Parse, text: str, *names: str) -> list[Statement]:
    return extract_statements(_with_entities(parse(text), names), lexicon=LEXICON, model=MODEL)


def _only(stmts: list[Statement]) -> Statement:
    assert len(stmts) == 1, [(s.cue.text, s.content.text) for s in stmts]
    return stmts[0]


@pytest.mark.parametrize(
    ("text", "cue", "content", "kind"),
    [
        ("Biden said that prices will rise.", "said", "prices will rise", "indirect"),
        ("Biden said prices will rise.", "said", "prices will rise", "indirect"),
        ("Prices will rise, Biden said.", "said", "Prices will rise", "indirect"),
        ("Biden pointed out that trade grew.", "pointed out", "trade grew", "indirect"),
        (
            "Biden stressed that the talks were useful.",
            "stressed",
            "the talks were useful",
            "indirect",
        ),
        ("Biden told reporters that prices will rise.", "told", "prices will rise", "indirect"),
        ('"Prices will rise," Biden said.', "said", "Prices will rise", "direct"),
        ('Biden said: "Prices will rise."', "said", "Prices will rise", "direct"),
        ("Biden said: \u201cPrices will rise.\u201d", "said", "Prices will rise", "direct"),
        (
            '"Prices will rise. Wages will too," Biden said.',
            "said",
            "Prices will rise. Wages will too",
            "direct",
        ),
        (
            'Biden said prices would "rise sharply. We are ready."',
            "said",
            'prices would "rise sharply. We are ready',
            "mixed",
        ),
        ("According to Biden, prices will rise.", "According to", "prices will rise", "indirect"),
        ("Prices will rise, according to Biden.", "according to", "Prices will rise", "indirect"),
        (
            "Biden, who arrived on Monday, said that prices will rise.",
            "said",
            "prices will rise",
            "indirect",
        ),
        (
            "Biden was quoted as saying that the deal is dead.",
            "was quoted",
            "the deal is dead",
            "indirect",
        ),
        (
            "Biden urged Congress to pass the bill.",
            "urged",
            "Congress to pass the bill",
            "indirect",
        ),
    ],
)
def test_statement_patterns(parse: Parse, text: str, cue: str, content: str, kind: str) -> None:
    stmt = _only(_statements(parse, text, "Biden"))
    assert (stmt.speaker, stmt.cue.text, stmt.content.text, stmt.kind) == (
        "e-Biden",
        cue,
        content,
        kind,
    )
    assert stmt.source is not None and stmt.source.text == "Biden"


def test_stances_and_actions_are_statements_too(parse: Parse) -> None:
    # PolNeAR counts expressed stances as attributions ("expressed his gratitude").
    stmts = _statements(
        parse, "Biden expressed his gratitude and pointed out that aid arrived quickly.", "Biden"
    )
    got = [(s.speaker, s.cue.text, s.content.text) for s in stmts]
    assert got == [
        ("e-Biden", "expressed", "his gratitude"),
        ("e-Biden", "pointed out", "aid arrived quickly"),
    ]


def test_sentence_final_attribution_content_excludes_speaker_and_cue(parse: Parse) -> None:
    doc = _with_entities(parse("The talks failed, Biden said on Monday."), ("Biden",))
    stmt = _only(extract_statements(doc, lexicon=LEXICON, model=MODEL))
    assert stmt.content.text == "The talks failed"
    assert not stmt.content.overlaps(stmt.cue)
    assert stmt.source is not None and not stmt.content.overlaps(stmt.source)


def test_pronoun_subject_uses_the_entity_pronoun_mention(parse: Parse) -> None:
    doc = parse("Biden arrived in Paris. He said that the talks went well.")
    stmt = _only(
        extract_statements(
            _with_entities(doc, ("Biden",), (("He", "Biden"),)), lexicon=LEXICON, model=MODEL
        )
    )
    assert (stmt.speaker, stmt.source and stmt.source.text) == ("e-Biden", "He")


def test_unresolved_subject_leaves_speaker_none_at_lower_confidence(parse: Parse) -> None:
    resolved = _only(_statements(parse, "Biden said that the talks failed.", "Biden"))
    for text in (
        "Biden arrived. He said that the talks failed.",
        "Officials said the talks failed.",
    ):
        stmt = _only(_statements(parse, text, "Biden"))
        assert stmt.speaker is None
        assert stmt.source is not None and stmt.source.text in {"He", "Officials"}
        assert stmt.confidence < resolved.confidence


def test_coordinated_subject_speaks_as_first_conjunct(parse: Parse) -> None:
    stmts = _statements(
        parse, "Presidents Putin and Xi said the talks were fruitful.", "Putin", "Xi"
    )
    stmt = _only(stmts)
    assert stmt.speaker == "e-Putin"
    assert stmt.source is not None and stmt.source.text == "Presidents Putin and Xi"
    assert stmt.content.text == "the talks were fruitful"


def test_cue_without_own_subject_borrows_from_governing_verb(parse: Parse) -> None:
    text = (
        "Mishustin conveyed to Xi the sympathies of the people over the earthquake that "
        "struck Gansu and said Russia is ready to provide relief aid."
    )
    stmt = next(s for s in _statements(parse, text, "Mishustin", "Xi") if s.cue.text == "said")
    assert stmt.speaker == "e-Mishustin"
    assert stmt.content.text == "Russia is ready to provide relief aid"


@pytest.mark.parametrize(
    "text",
    [
        "Biden said nothing.",
        "The talks failed on Monday.",
        "He is a man who said little.",
    ],
)
def test_no_statement_without_content(parse: Parse, text: str) -> None:
    assert _statements(parse, text, "Biden") == []


def test_every_span_matches_the_text(parse: Parse) -> None:
    text = (
        '"We will win," Biden said. Biden said: \u201cThe economy is strong.\u201d '
        "According to Xi, prices will rise. Xi stressed that trade grew."
    )
    doc = _with_entities(parse(text), ("Biden", "Xi"))
    stmts = extract_statements(doc, lexicon=LEXICON, model=MODEL)
    assert len(stmts) == 4
    for stmt in stmts:
        spans = [stmt.cue, stmt.content] + ([stmt.source] if stmt.source else [])
        assert all(s.text == doc.text[s.start : s.end] for s in spans)
        assert stmt.content.text == stmt.content.text.strip(' ,.;:"\u201d')
    assert len({s.id for s in stmts}) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a "b" c "d"', [(3, 4), (9, 10)]),
        ("\u201cb\u201d", [(1, 2)]),
        ("x ''yes'' y", [(4, 7)]),
        ('"open para\n"next"', [(1, 10), (12, 16)]),
        ('tail "unclosed', [(6, 14)]),
        ("no quotes", []),
    ],
)
def test_find_quotes(text: str, expected: list[tuple[int, int]]) -> None:
    assert find_quotes(text) == expected


def test_stage_contract_and_missing_parse() -> None:
    stage = make_statements(Config())
    assert (stage.name, stage.requires, stage.produces) == (
        "statements",
        frozenset({"parsed", "sentences", "entities"}),
        frozenset({"statements"}),
    )
    with pytest.raises(StageError, match="E340"):
        stage.run(Document.from_article(Article("Biden said so.", "t")))


def _entity_stage_available() -> bool:
    return importlib.util.find_spec("eventwire.extract.entities") is not None


@pytest.mark.skipif(not _entity_stage_available(), reason="entities stage not written yet")
def test_seed_statements_attributed_to_the_right_people(
    seed_article: Article, parse_stage, cfg: Config
) -> None:
    from eventwire.extract.entities import make_entities

    doc = make_entities(cfg).run(parse_stage.run(Document.from_article(seed_article)))
    doc = make_statements(cfg).run(doc)
    names = {e.id: e.name for e in doc.entities}
    got = [(names.get(s.speaker or ""), s.cue.text, s.content.text) for s in doc.statements]
    expected = [
        ("Xi Jinping", "pointed out", "since the beginning of this year, he has met"),
        ("Xi Jinping", "said", "in the first 11 months of this year, bilateral"),
        ("Xi Jinping", "stressed", "the fundamentals of China's economy"),
        ("Mikhail Mishustin", "said", "Presidents Vladimir Putin and Xi Jinping held"),
        ("Mikhail Mishustin", "said", "Russia is ready to provide relief aid"),
        ("Xi Jinping", "pointed out", "after the earthquake that hit Gansu"),
    ]
    for name, cue, prefix in expected:
        assert any(g[:2] == (name, cue) and g[2].startswith(prefix) for g in got), (name, prefix)
    assert not {n for n, _, _ in got} & {"Vladimir Putin", "Wang Yi"}
    by_cue = {s.cue.start: s for s in doc.statements}
    stressed = next(s for s in by_cue.values() if s.cue.text == "stressed")
    assert stressed.content.text == (
        "the fundamentals of China's economy, characterized by strong resilience, great "
        "potential, ample room for rebound and long-term sustainability, remain unchanged"
    )
    relief = next(s for s in by_cue.values() if s.content.text.startswith("Russia is ready"))
    assert (
        relief.content.text == "Russia is ready to provide relief aid in response to China's needs"
    )


def test_relative_pronoun_is_the_source_and_its_antecedent_the_speaker(parse: Parse) -> None:
    text = "The board thanked Maria Lopez, who said the school would reopen in May."
    stmt = next(s for s in _statements(parse, text, "Maria Lopez") if s.cue.text == "said")
    assert stmt.source is not None and stmt.source.text == "who"
    assert stmt.speaker == "e-Maria Lopez"
    assert stmt.content.text == "the school would reopen in May"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            ('"This is turning into the fight of a generation," said David Brock, a Clinton ally.'),
            "David Brock",
            "This is turning into the fight of a generation",
        ),
        (
            '"The drop is directly attributable to the emails," said a person close to the '
            "Clintons.",
            "a person close to the Clintons",
            "The drop is directly attributable to the emails",
        ),
        (  # the parse gives "said" two subjects, "it" (in the quotation) and Acton
            (
                '"Pyongyang has not used nuclear arms against anyone so far, it will do so one '
                'day, likely sooner than people expect," said James Acton, a physicist.'
            ),
            "James Acton",
            (
                "Pyongyang has not used nuclear arms against anyone so far, it will do so one "
                "day, likely sooner than people expect"
            ),
        ),
    ],
)
def test_inverted_cue_takes_the_name_after_it(
    parse: Parse, text: str, source: str, content: str
) -> None:
    stmt = _only(_statements(parse, text))
    assert stmt.source is not None and stmt.source.text == source
    assert (stmt.cue.text, stmt.content.text, stmt.kind) == ("said", content, "direct")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Biden called himself a friend of labour.", "called", "himself a friend of labour"),
        (
            "A lawmaker is calling for Trump to be banned from the country.",
            "is calling",
            "Trump to be banned from the country",
        ),
    ],
)
def test_small_clause_and_for_clause_content(
    parse: Parse, text: str, cue: str, content: str
) -> None:
    stmt = _only(_statements(parse, text))
    assert (stmt.cue.text, stmt.content.text) == (cue, content)


def test_dense_weights_score_the_tok2vec_rows(parse: Parse) -> None:
    doc = parse("Biden said prices will rise.")
    assert doc.parsed is not None
    tensor, heads = doc.parsed.tensor, [t.head.i for t in doc.parsed]
    one = (1.0,) + (0.0,) * (tensor.shape[1] - 1)
    got = replace(MODEL, dense={"tok": one}).dense_scores(doc.parsed, heads)
    assert got.tolist() == pytest.approx([float(row[0]) for row in tensor], abs=1e-5)
    # "said" (1) governs Biden (0), rise (4) and the period (5): the mean of their rows
    kids = replace(MODEL, dense={"kids": one}).dense_scores(doc.parsed, heads)
    assert float(kids[1]) == pytest.approx(float(tensor[[0, 4, 5], 0].mean()), abs=1e-5)
    assert float(kids[0]) == 0.0  # a leaf governs nothing


def test_dense_scores_are_zero_without_a_tensor_of_the_model_width(parse: Parse) -> None:
    doc = parse("Biden said prices will rise.")
    assert doc.parsed is not None
    model = replace(MODEL, dense={"tok": (1.0, 2.0)})
    heads = [t.head.i for t in doc.parsed]
    assert model.dense_scores(doc.parsed, heads).tolist() == [0.0] * len(doc.parsed)


def test_shipped_cue_model_loads_with_consistent_dense_widths(parse: Parse) -> None:
    doc = parse("Biden said prices will rise.")
    assert doc.parsed is not None
    assert set(MODEL.dense) <= {"tok", "kids"}
    assert {len(v) for v in MODEL.dense.values()} <= {doc.parsed.tensor.shape[1]}
    assert len(MODEL.weights) > 10_000 and -3.0 < MODEL.threshold < 3.0


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            '"It is not the position that all is well," Gene Sperling, a Clinton adviser, '
            "said at an event in Iowa.",
            "Gene Sperling",  # parsed as the subject: the parse's source stands
            "It is not the position that all is well",
        ),
        (
            (
                '"They were veterans, but also challengers," William Daley, a former chief of '
                "staff, said of their time."
            ),
            "William Daley, a former chief of staff",
            "They were veterans, but also challengers",
        ),
        ('"We will win," the minister told reporters.', "the minister", "We will win"),
    ],
)
def test_speaker_between_a_quotation_and_its_cue(
    parse: Parse, text: str, source: str, content: str
) -> None:
    stmt = _only(_statements(parse, text))
    assert stmt.source is not None
    assert (stmt.source.text, stmt.content.text, stmt.kind) == (source, content, "direct")


@pytest.mark.parametrize(
    ("text", "cue", "has_source"),
    [
        ("Prices seem to be rising again.", "seem", False),
        ("The statistics appear to be fabricated.", "appear", False),
        ("Sanders had been told that the vote was close.", "told", False),
        ("Sanders was told by aides that the vote was close.", "told", True),
        ("Smith was quoted as saying that the vote was close.", "quoted", True),
        ("Asked about the polls, Smith said the vote was close.", "Asked", False),
        ("The group, known as the Golden Week, votes early.", "known", False),
        ("Smith asked whether the vote was close.", "asked", True),
        ("When pressed about the vote, Smith said it was close.", "pressed", False),
        ("Sanders said that the vote was close.", "said", True),
    ],
)
def test_evidential_and_agentless_passive_cues_name_no_source(
    parse: Parse, text: str, cue: str, has_source: bool
) -> None:
    doc = parse(text)
    assert doc.parsed is not None
    tok = next(t for t in doc.parsed if t.text == cue)
    assert (subject(tok) is not None) is has_source


def test_token_contexts_mark_quotes_per_token(parse: Parse) -> None:
    doc = parse('He said: "We will win." Then he left the room.')
    assert doc.parsed is not None
    ctx = {
        t.text: set(c)
        for t, c in zip(doc.parsed, token_contexts(doc.parsed, find_quotes(doc.text)), strict=True)
    }
    assert {"sent_quote", "quote_right"} <= ctx["said"] and "in_quote" not in ctx["said"]
    assert "in_quote" in ctx["win"]
    assert ctx["room"] == set()


def test_participle_after_a_quotation_keeps_its_own_object(parse: Parse) -> None:
    text = '"We will win this state," she said on Monday, citing the latest polls.'
    stmts = _statements(parse, text)
    citing = [s for s in stmts if s.cue.text == "citing"]
    assert citing and citing[0].content.text == "the latest polls"
    said = [s for s in stmts if s.cue.text == "said"]
    assert said and said[0].content.text == "We will win this state"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He is deeply mistrustful of the political establishment.", "the political establishment"),
        (
            "The senator was eager to testify before the committee.",
            "to testify before the committee",
        ),
    ],
)
def test_predicate_adjective_content(parse: Parse, text: str, content: str) -> None:
    doc = parse(text)
    assert doc.parsed is not None
    verb = next(t for t in doc.parsed if t.dep_ == "ROOT")
    got = object_content(verb, LEXICON)
    assert got is not None and doc.text[got[0] : got[1]] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Trump targeted the neighbour, calling its migrants criminals.",
            "calling",
            "its migrants criminals",
        ),
        ("The plan was endorsed by the mayor.", "endorsed", "The plan"),
    ],
)
def test_object_content_prefers_own_arguments(
    parse: Parse, text: str, cue: str, content: str
) -> None:
    doc = parse(text)
    assert doc.parsed is not None
    verb = next(t for t in doc.parsed if t.text == cue)
    got = object_content(verb, LEXICON)
    assert got is not None and doc.text[got[0] : got[1]] == content


def test_relative_clause_content_starts_after_the_cue(parse: Parse) -> None:
    text = "He attacked the trade policies, which he said had harmed the economy."
    said = [s for s in _statements(parse, text) if s.cue.text == "said"]
    assert said and said[0].content.text == "had harmed the economy"
    assert said[0].source is not None and said[0].source.text == "he"


def test_participle_on_an_expletive_clause_borrows_the_speaker_above(parse: Parse) -> None:
    text = (
        'The two lawmakers, however, argue that "there is a clear basis for a charge," '
        "citing a case in which that was done."
    )
    citing = [s for s in _statements(parse, text) if s.cue.text == "citing"]
    assert citing and citing[0].source is not None
    assert citing[0].source.text == "The two lawmakers"


@pytest.mark.parametrize(
    ("text", "cues", "contents"),
    [
        (
            "Smith said Jones had said the plan failed.",
            ["said"],
            ["Jones had said the plan failed"],
        ),
        (
            "The minister told reporters that the report said prices would rise.",
            ["told"],
            ["the report said prices would rise"],
        ),
        (
            "Mishustin conveyed the sympathies of his government and said Russia is ready to help.",
            ["conveyed", "said"],
            ["the sympathies of his government", "Russia is ready to help"],
        ),
    ],
)
def test_a_cue_inside_another_statements_content_is_no_statement_of_its_own(
    parse: Parse, text: str, cues: list[str], contents: list[str]
) -> None:
    stmts = _statements(parse, text)
    assert [s.cue.text for s in stmts] == cues
    assert [s.content.text for s in stmts] == contents


def _stmt(text: str, cue: str, source: str, content: str) -> Statement:
    def span(part: str) -> Span:
        start = text.index(part)
        return Span.of(text, start, start + len(part))

    return Statement("s", None, span(source), span(cue), span(content), "indirect", 0.9, "t")


@pytest.mark.parametrize(
    ("inner_source", "outer_content"),
    [
        ("Jones", None),  # another speaker inside the content: dropped
        ("who", "Maria Lopez"),  # a relative clause: the outer content ends before it
    ],
)
def test_outermost_drops_or_cuts_nested_reports(
    inner_source: str, outer_content: str | None
) -> None:
    text = f"Smith praised Maria Lopez and {inner_source} said the plan failed."
    outer = _stmt(text, "praised", "Smith", text[text.index("Maria") : -1])
    inner = _stmt(text, "said", inner_source, "the plan failed")
    got = outermost(text, [outer, inner])
    if outer_content is None:
        assert got == [outer]
    else:
        assert [s.content.text for s in got] == [outer_content, "the plan failed"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The law was passed last year, an arrangement the union has long opposed.",
            "opposed",
            "an arrangement",
        ),
        ("She praised the act, which Obama signed in March.", "signed", "the act, which"),
        ("It is a deal that she once supported.", "supported", "a deal that"),
        ("She thanked the nurse who spoke.", "spoke", None),
    ],
)
def test_object_relative_clause_content_is_its_noun(
    parse: Parse, text: str, cue: str, content: str | None
) -> None:
    doc = parse(text)
    assert doc.parsed is not None
    verb = next(t for t in doc.parsed if t.text == cue)
    got = object_content(verb, LEXICON)
    assert (None if got is None else doc.text[got[0] : got[1]]) == content


def test_dateline_parsed_as_subject_stands_for_the_name_beside_it(parse: Parse) -> None:
    stmt = _only(
        _statements(
            parse,
            (
                "WASHINGTON (AP) — President Obama, opening the Smithsonian's new museum of "
                "black history on Saturday, said it would tell a story shared by all Americans."
            ),
        )
    )
    assert stmt.source is not None and stmt.source.text == "President Obama"
    control = _only(_statements(parse, "NATO said it would send more ships."))
    assert control.source is not None and control.source.text == "NATO"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "\u201cHe represents our greatest shame.\u201d \u2015 Sonya Herridge\n"
            "\u201cHe is ignorant of our culture.\u201d\u2015 Pamela Padilla.\n",
            ["Sonya Herridge", "Pamela Padilla"],
            ["He represents our greatest shame.", "He is ignorant of our culture."],
        ),
        (  # a wrong-way opening mark: the line up to the closing one
            "\u201dWe need law and order.\u201d \u2014 Ana Ruiz, a nurse in Texas\n",
            ["Ana Ruiz"],
            ["We need law and order."],
        ),
    ],
)
def test_quotation_credited_by_a_dash_and_a_name(
    parse: Parse, text: str, source: list[str], content: list[str]
) -> None:
    stmts = [s for s in _statements(parse, text) if s.cue.text in {"\u2015", "\u2014"}]
    assert [s.source.text for s in stmts if s.source is not None] == source
    assert [s.content.text for s in stmts] == content
    assert all(s.kind == "direct" for s in stmts)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will win\u201d \u2014 and the crowd cheered.\n",  # not a name
        "He was, in a word, \u201cdone\u201d \u2014 Smith said so at the time.\n",  # line goes on
        "The vote \u2014 Smith Jones\n",  # no quotation before the dash
    ],
)
def test_dash_after_a_quotation_without_a_credit_line_is_no_statement(
    parse: Parse, text: str
) -> None:
    assert not [s for s in _statements(parse, text) if s.cue.text == "\u2014"]


def test_transcript_speaker_labels_are_statements(parse: Parse) -> None:
    text = (
        'Mike Pence sat down with Chris Wallace on Sunday.\n"WALLACE: Is Gennifer '
        'Flowers coming to the debate?\n"PENCE: Gennifer Flowers is not going to be at '
        "the debate.\nUPDATE: A campaign aide later said the same.\n"
        # not a name the article uses
    )
    stmts = [s for s in _statements(parse, text) if s.cue.text == ":"]
    assert [(s.source.text if s.source else None, s.content.text) for s in stmts] == [
        ("WALLACE", "Is Gennifer Flowers coming to the debate?"),
        ("PENCE", "Gennifer Flowers is not going to be at the debate"),
    ]


def test_according_to_parsed_as_the_root_still_reports_the_rest(parse: Parse) -> None:
    stmt = _only(
        _statements(
            parse,
            "According to veteran talk radio host Rush Limbaugh, the decision smells of "
            "panic and weakness.",
        )
    )
    assert stmt.source is not None and stmt.source.text.endswith("Rush Limbaugh")
    assert stmt.content.text == "the decision smells of panic and weakness"


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (  # a thing causes the feeling: its object holds it
            "The surprisingly robust jobs report cheered Democrats.",
            "cheered",
            "Democrats",
            "The surprisingly robust jobs report",
        ),
        ("Clinton cheered the ruling.", "cheered", "Clinton", "the ruling"),  # control
        (
            "Trump has faced criticism from rivals that his tone was too harsh.",
            "criticism",
            "rivals",
            "his tone was too harsh",
        ),
    ],
)
def test_who_holds_a_feeling_or_a_stance(
    parse: Parse, text: str, cue: str, source: str, content: str
) -> None:
    stmt = next(s for s in _statements(parse, text) if s.cue.text.endswith(cue))
    assert stmt.source is not None
    assert (stmt.source.text, stmt.content.text) == (source, content)


def test_a_name_parsed_as_a_modifier_of_the_cue_is_its_source(parse: Parse) -> None:
    stmt = _only(
        _statements(
            parse,
            (
                "Trump predicts that as Ted Cruz and the other rivals drop out, he will be the "
                "nominee."
            ),
        )
    )
    assert stmt.source is not None and stmt.source.text == "Trump"


def test_relative_pronoun_object_leaves_the_predicate_as_content(parse: Parse) -> None:
    stmts = _statements(
        parse,
        'The city bid for the convention partly to shed what Gilbert called "a '
        'perception problem."',
    )
    stmt = next(s for s in stmts if s.cue.text == "called")
    assert stmt.source is not None
    assert (stmt.cue.text, stmt.source.text, stmt.content.text) == (
        "called",
        "Gilbert",
        "a perception problem",
    )


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (  # the dateline and the name are both parsed as subjects
            "GREENVILLE, S.C. - Sen. Ted Cruz (R-Tex.) continued his verbal assault on "
            "Donald Trump on Friday, casting him as a closet liberal.",
            "casting",
            "Sen. Ted Cruz",
        ),
        (  # an infinitive after an object: the object does it
            "The win prompted party chairman Reince Priebus to declare that the race was over.",
            "to declare",
            "party chairman Reince Priebus",
        ),
        (  # the agent of a reporting passive, not its subject
            "The donation story was first reported by The Washington Post last week.",
            "reported",
            "The Washington Post",
        ),
        (  # a participle after "X said," speaks for X, wherever the parse hung it
            (
                '"Most Americans simply do not agree with Trump," Sanders said, suggesting some '
                'questions, among them, "Mr. Trump, why should the richest people get another '
                'huge tax cut?"'
            ),
            "suggesting",
            "Sanders",
        ),
        (  # the subject the parse found sits in a quotation after the cue
            (
                "“There is no trust between this administration and our military,” Flynn, a top "
                "Trump surrogate, said Friday morning on Fox News’s “Fox and Friends.”"
            ),
            "said",
            "Flynn, a top Trump surrogate",
        ),
        (  # a date after the cue is not an inverted subject
            "Trump, in Kentucky, said Tuesday that Marco Rubio was a lightweight.",
            "said",
            "Trump, in Kentucky",
        ),
    ],
)
def test_subject_repairs(parse: Parse, text: str, cue: str, source: str) -> None:
    stmt = next(s for s in _statements(parse, text) if s.cue.text == cue)
    assert stmt.source is not None and stmt.source.text == source


def test_of_two_subjects_before_the_cue_the_nearer_speaks(parse: Parse) -> None:
    doc = parse('"We want men of substance." People like Scott, he said.')
    assert doc.parsed is not None
    said = next(t for t in doc.parsed if t.text == "said")
    assert sorted(c.text for c in said.children if c.dep_ == "nsubj") == ["People", "he"]
    spk = subject(said)
    assert spk is not None and doc.text[spk.source[0] : spk.source[1]] == "he"


def test_bare_pronoun_object_is_the_content(parse: Parse) -> None:
    text = "His voice had started to crack by the time he said that."
    stmt = next(s for s in _statements(parse, text) if s.cue.text == "said")
    assert stmt.content.text == "that"


def test_content_may_contain_its_own_cue(parse: Parse) -> None:
    text = "It is now clear that her answer will depend on how the Murdochs decide to respond."
    stmt = next(s for s in _statements(parse, text) if s.cue.text == "decide")
    assert stmt.content.text == "how the Murdochs decide to respond"


def test_a_line_opened_by_a_name_and_a_colon_is_a_statement(parse: Parse) -> None:
    text = "Gingrich: Trump Should Pick A Running Mate Who Knows Washington.\nNo more news today.\n"
    doc = _with_entities(parse(text), ("Gingrich", "Trump"))
    stmts = extract_statements(doc, lexicon=LEXICON, model=MODEL)
    colon = [s for s in stmts if s.cue.text == ":"]
    assert [(s.source.text if s.source else None, s.content.text) for s in colon] == [
        ("Gingrich", "Trump Should Pick A Running Mate Who Knows Washington")
    ]


def test_a_name_colon_line_with_its_own_cue_is_not_doubled(parse: Parse) -> None:
    text = 'Trump said: "So I have a belt, and it held."\n'
    doc = _with_entities(parse(text), ("Trump",))
    stmts = extract_statements(doc, lexicon=LEXICON, model=MODEL)
    assert [s.cue.text for s in stmts] == ["said"]


def test_a_saying_verb_in_a_relative_clause_reports_on_its_own(parse: Parse) -> None:
    text = (
        "Bamberg also said the footage fails to show whether Scott was holding an "
        "object in his hands, which he said were down by his waist when the officer "
        "fired."
    )
    cues = [s.cue.text for s in _statements(parse, text)]
    assert cues.count("said") == 2, cues
