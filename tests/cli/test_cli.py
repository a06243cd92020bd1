"""The command line, driven in-process: exit codes, stdout data, stderr messages."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

ARTICLE = """date 2023-06-07
title Ministers meet in Oslo

Norwegian Foreign Minister Anniken Huitfeldt met with German Foreign Minister Annalena Baerbock \
in Oslo on Tuesday. Huitfeldt said that the two countries would deepen cooperation on energy. \
Germany pledged $50 million in aid to Ukraine.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "oslo.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps(
            {"id": "row-1", "text": "Kenya protested to Uganda on Monday.", "date": "2023-05-02"}
        )
        + "\n{not json\n",
        encoding="utf-8",
    )
    return folder


def test_extract_writes_schema_valid_jsonl(runner: CliRunner, inputs: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(
        resources.files("eventwire.schema").joinpath("document.schema.json").read_text()
    )
    result = runner.invoke(app, ["extract", str(inputs / "oslo.txt")])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.strip().splitlines()
    record = json.loads(line)
    jsonschema.validate(record, schema)
    assert record["published"] == "2023-06-07"
    assert record["title"] == "Ministers meet in Oslo"
    names = {e["name"] for e in record["entities"]}
    assert {"Anniken Huitfeldt", "Annalena Baerbock"} <= names
    assert any(s["cue"]["text"] == "said" for s in record["statements"])


def test_extract_keeps_jsonl_ids_and_reports_bad_lines(runner: CliRunner, inputs: Path) -> None:
    result = runner.invoke(app, ["extract", str(inputs / "feed.jsonl"), "--format", "json"])
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert [r["id"] for r in records] == ["row-1"]
    assert "E201" in result.stderr and "feed.jsonl:2" in result.stderr


def test_ingest_is_idempotent_and_queries_work(
    runner: CliRunner, inputs: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "ew.db")
    first = runner.invoke(app, ["ingest", str(inputs), "--db", db])
    assert first.exit_code == 1  # the malformed JSONL line
    assert "added 2" in first.stderr and "failed 1" in first.stderr
    again = runner.invoke(app, ["ingest", str(inputs / "oslo.txt"), "--db", db])
    assert again.exit_code == 0 and "added 0" in again.stderr and "already stored 1" in again.stderr

    events = runner.invoke(app, ["events", "--db", db, "--json"])
    assert events.exit_code == 0
    assert any(e["type"] == "CONSULT" for e in json.loads(events.stdout))
    stmts = runner.invoke(app, ["statements", "--db", db, "--speaker", "Huitfeldt", "--json"])
    assert stmts.exit_code == 0 and len(json.loads(stmts.stdout)) >= 1
    hits = runner.invoke(app, ["search", "Oslo", "--db", db, "--json"])
    assert hits.exit_code == 0 and len(json.loads(hits.stdout)) == 1
    table = runner.invoke(app, ["search", "Oslo", "--db", db])
    assert "[Oslo]" in table.stdout  # highlights survive table rendering
    summary = runner.invoke(app, ["summary", "--db", db, "--json"])
    assert json.loads(summary.stdout)["articles"] == 2


def test_export_csv_and_jsonl(runner: CliRunner, inputs: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "ew.db")
    runner.invoke(app, ["ingest", str(inputs / "oslo.txt"), "--db", db])
    out = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--table", "events"])
    assert out.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and "type" in rows[0]
    out = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
    assert json.loads(out.stdout.splitlines()[0])["title"] == "Ministers meet in Oslo"
    pq = tmp_path / "events.parquet"
    out = runner.invoke(
        app, ["export", "--db", db, "--format", "parquet", "--table", "events", "-o", str(pq)]
    )
    assert out.exit_code == 0 and pq.stat().st_size > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "x.txt", "--set", "nlp.nope=1"], "E101"),
        (["events", "--since", "last tuesday"], "E402"),
        (["extract", "x.txt", "--input-format", "docx"], "E210"),
    ],
)
def test_usage_errors_exit_2_with_a_coded_message(
    runner: CliRunner, tmp_path: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(
        app, [*args, *(["--db", str(tmp_path / "e.db")] if args[0] == "events" else [])]
    )
    assert result.exit_code == 2, result.output
    assert message in result.stderr


def test_extract_reads_stdin(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "-"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["published"] == "2023-06-07"
    assert record["text"].startswith("Norwegian Foreign Minister")
