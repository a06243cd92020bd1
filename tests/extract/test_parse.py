from __future__ import annotations

import pytest

from eventwire.config import load_config
from eventwire.errors import ConfigError, StageError
from eventwire.extract.parse import make_parse, reading_text, repair_sentences, unwrapped
from eventwire.model import Article, Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It grew in many fields. developed in a healthy way. Then it ended.",
            ["It grew in many fields. developed in a healthy way.", "Then it ended."],
        ),
        ("One. Two.", ["One.", "Two."]),
        ("  Padded.  ", ["Padded."]),
    ],
)
def test_repair_sentences_joins_lowercase_starts_after_period(
    text: str, expected: list[str]
) -> None:
    naive = []
    start = 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            naive.append((start, i + 1))
            start = i + 1
    naive.append((start, len(text)))
    got = repair_sentences(text, naive)
    assert [s.text for s in got] == expected
    assert all(text[s.start : s.end] == s.text for s in got)


def test_parse_stage_joins_broken_sentence(parse) -> None:
    doc = parse(
        "Trade grew in various fields. developed in a healthy and regular manner. The talks ended."
    )
    assert [s.text for s in doc.sentences] == [
        "Trade grew in various fields. developed in a healthy and regular manner.",
        "The talks ended.",
    ]
    assert doc.parsed is not None and doc.parsed.text == doc.text


def test_parse_stage_rejects_empty_and_huge(cfg) -> None:
    stage = make_parse(load_config(environ={}, overrides=["nlp.max_chars=20"]))
    with pytest.raises(StageError, match=r"E301 empty.txt"):
        stage.run(Document.from_article(Article("  \n", "empty.txt")))
    with pytest.raises(StageError, match=r"E302 big.txt: .*over nlp.max_chars=20"):
        stage.run(Document.from_article(Article("x" * 21, "big.txt")))


def test_missing_model_says_how_to_install() -> None:
    with pytest.raises(ConfigError, match=r"E110 .*pip install"):
        make_parse(load_config(environ={}, overrides=["nlp.model=no_such_model_xyz"]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy: a paragraph starts on a new, indented line, even after "Inc."
        (
            (
                "The index was built by Morgan Stanley\nGroup Inc.\n    Morgan Stanley said it "
                "would license it to fund managers."
            ),
            ["The index was built by Morgan Stanley\nGroup Inc.", "Morgan Stanley said it"],
        ),
        # a blank line ends a paragraph too
        ("Talks in Geneva\n\nThe minister left early.", ["Talks in Geneva", "The minister"]),
        # a plain line wrap inside a sentence is no break
        ("He met the\nPresident of France on Monday.", ["He met the\nPresident of France"]),
        # web copy, a paragraph per line: a link or caption line ends at its line break
        (
            (
                "READ MORE: Two more girls rescued by Army\nThe president, who promised to "
                "crush the insurgents when he took office two years ago, said he was glad the "
                "students had been released before he left for France.\n“We must keep going "
                "until every one of them is home,” he said in a statement his spokesman read to "
                "reporters at the airport."
            ),
            ["READ MORE: Two more girls rescued by Army", "The president, who", "\u201cWe"],
        ),
    ],
)
def test_parse_stage_starts_a_sentence_at_a_paragraph(
    parse, text: str, expected: list[str]
) -> None:
    sentences = [s.text for s in parse(text).sentences]
    assert len(sentences) == len(expected)
    assert all(s.startswith(e) for s, e in zip(sentences, expected, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "McDonnell Douglas wanted Airbus to help build the MD-11 while Airbus\n"
            "insisted that the U.S. maker drop that plane and cooperate over McDonnell\n"
            "Douglas's own plans for a new long range wide body aircraft, the company\n"
            "said in a statement issued in St. Louis on Tuesday afternoon.",
            "McDonnell Douglas wanted Airbus to help build the MD-11 while Airbus "
            "insisted that the U.S. maker drop that plane and cooperate over McDonnell "
            "Douglas's own plans for a new long range wide body aircraft, the company "
            "said in a statement issued in St. Louis on Tuesday afternoon.",
        ),
        # one sentence or heading per line: not wrapped at a width, left as it is
        ("SOCCER - LATE GOALS\nAL-AIN 1996-12-06\nJapan won.\nChina lost.", None),
        ("One.\n    Two.", "One.\n    Two."),  # an indented line starts a paragraph
        ("One.\n\nTwo.", "One.\n\nTwo."),  # so does a blank line
        ("Ends with a break\n", "Ends with a break\n"),
        ("no breaks", "no breaks"),
    ],
)
def test_unwrapped_keeps_length_and_paragraphs(text: str, expected: str | None) -> None:
    out = unwrapped(text)
    assert out == (text if expected is None else expected)
    assert len(out) == len(text)


def test_wrapped_name_is_one_entity_and_offsets_hold(parse) -> None:
    text = (
        "The board of directors of the aircraft and missile maker McDonnell\n"
        "Douglas Corp met on Monday in St. Louis to discuss the offer made by the\n"
        "European consortium Airbus Industrie for a joint program, a spokesman\n"
        "for the company said."
    )
    doc = parse(text)
    assert doc.parsed is not None
    names = [e.text for e in doc.parsed.ents if e.label_ == "ORG"]
    assert any("McDonnell" in n and "Douglas" in n for n in names)
    for tok in doc.parsed:
        assert text[tok.idx : tok.idx + len(tok.text)] == tok.text or tok.text == " "
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<VMS Realty Partners> of Chicago", " VMS Realty Partners  of Chicago"),
        ("Canon Inc <CANN.T> said", "Canon Inc  CANN.T  said"),
        ("if a < b and c > d", "if a < b and c > d"),  # not markup
    ],
)
def test_reading_text_drops_wire_brackets(text: str, expected: str) -> None:
    assert reading_text(text) == expected


def test_curly_apostrophes_read_as_straight_ones(parse) -> None:
    """Web copy's "hasn\u2019t" is read as "hasn't" (the model and the negation words know
    only the straight one), one character for one; quotation marks are left alone."""
    text = "Korea hasn\u2019t fired, he said: \u2018no\u2019 and \u201cnever\u201d."
    read = reading_text(text)
    assert len(read) == len(text)
    assert "hasn't" in read
    assert "\u2018no\u2019" in read and "\u201cnever\u201d" in read
    doc = parse(text)
    assert doc.parsed is not None
    assert any(t.dep_ == "neg" for t in doc.parsed)
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)
