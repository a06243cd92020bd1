"""The ``eventwire`` command: thin Typer commands over library calls.

Data (JSON/JSONL, tables) goes to stdout; progress, logs and errors to stderr.
Exit codes: 0 ok, 1 some inputs failed, 2 usage or configuration error.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from ..config import Config, load_config
from ..errors import ConfigError, EventwireError, IngestError, StoreError

__all__ = ["app", "main"]

app = typer.Typer(
    name="eventwire",
    help="News articles to who did what to whom, who said what, when, where and how much.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable[..., Any])

DbOpt = Annotated[
    str, typer.Option("--db", help="SQLite file (or store URL).", envvar="EVENTWIRE_DB")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
SetOpt = Annotated[
    list[str] | None, typer.Option("--set", help="Override a setting: key=value (repeatable).")
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="TOML settings file.", envvar="EVENTWIRE_CONFIG")
]
FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--input-format", "-f", help="seed | text | jsonl | json | html (default: by extension)."
    ),
]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows.")]


class OutFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


_PASSWORD = re.compile(r"//(?P<user>[^:/@]+):[^@]*@")  # hidden when a store URL is shown
_HIDDEN = r"//\g<user>:***@"


def err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def handles_errors(func: F) -> F:
    """Turn eventwire errors into a one-line message on stderr and the right exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (ConfigError, IngestError) as exc:
            err_console().print(f"[red]error[/red] {escape(str(exc))}")
            raise typer.Exit(2) from None
        except (StoreError, EventwireError) as exc:
            err_console().print(f"[red]error[/red] {escape(str(exc))}")
            raise typer.Exit(2 if isinstance(exc, StoreError) else 1) from None

    return wrapper  # type: ignore[return-value]


def _config(config: Path | None, overrides: list[str] | None) -> Config:
    return load_config(config, overrides=overrides or [])


@contextmanager
def _open(db: str) -> Iterator[Any]:
    from ..store import open_store

    store = open_store(db)
    try:
        yield store
    finally:
        store.close()


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


@app.command()
@handles_errors
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    input_format: FormatOpt = None,
    fmt: Annotated[OutFormat, typer.Option("--format", help="jsonl or json.")] = OutFormat.jsonl,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> None:
    """Analyse articles and print one JSON object per article (nothing is stored)."""
    from ..ingest import read_articles
    from ..model import Failure
    from ..pipeline import build_pipeline
    from ..runners.local import analyse
    from ..serialize import to_record

    items = read_articles(paths, input_format=input_format)  # E210 before the model loads
    cfg = _config(config, set_)
    pipeline = build_pipeline(cfg)
    records: list[dict[str, Any]] = []
    failed = 0
    for item in analyse(pipeline, items, batch_size=cfg.nlp.batch_size):
        doc, fail = (None, item) if isinstance(item, Failure) else (item.doc, item.failure)
        if fail is not None or doc is None:
            failed += 1
            err_console().print(f"[red]failed[/red] {escape(fail.message if fail else '?')}")
            continue
        rec = to_record(doc, versions=pipeline.versions)
        if fmt is OutFormat.jsonl:
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            records.append(rec)
    if fmt is OutFormat.json:
        _print_json(records)
    if failed:
        raise typer.Exit(1)


@app.command()
@handles_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOpt = "eventwire.db",
    input_format: FormatOpt = None,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction.")] = 64,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (default: setting pipeline.workers).")
    ] = None,
    engine: Annotated[
        Engine, typer.Option(help="local (this machine) or dask (a dask.distributed cluster).")
    ] = Engine.local,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (default: a local cluster).")
    ] = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> None:
    """Analyse articles and store them (idempotent: stored articles are skipped)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ..ingest import read_articles
    from ..runners import IngestOptions, run_ingest

    items = read_articles(paths, input_format=input_format)  # E210 before the model loads
    cfg = _config(config, set_)
    n_workers = cfg.pipeline.workers if workers is None else workers
    options = IngestOptions(engine.value, n_workers, batch_size, scheduler)
    console = err_console()
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn())
    with _open(db) as store, Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        report = run_ingest(
            cfg, store, items, options=options, on_progress=lambda n: bar.advance(task, n)
        )
    for fail in report.failures:
        console.print(f"[red]failed[/red] {escape(fail.message)}")
    console.print(
        f"read {report.read}, added {report.added}, already stored {report.skipped}, "
        f"failed {report.failed} -> {_PASSWORD.sub(_HIDDEN, db)}"
    )
    if report.failed:
        raise typer.Exit(1)


def _render(rows: list[Any], columns: list[str], as_json: bool) -> None:
    from rich.table import Table

    if as_json:
        _print_json([r.to_json() for r in rows])
        return
    table = Table(*columns, show_lines=False)
    for r in rows:
        data = r.to_json()
        table.add_row(*[escape(_cell(data.get(c))) for c in columns])
    Console(highlight=False).print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


@app.command()
@handles_errors
def events(
    db: DbOpt = "eventwire.db",
    actor: Annotated[str | None, typer.Option(help="Source or target name contains this.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, typer.Option(help="Event date on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Event date on or before YYYY-MM-DD.")] = None,
    limit: LimitOpt = 100,
    as_json: JsonOpt = False,
) -> None:
    """List stored events."""
    with _open(db) as store:
        rows = store.events(actor=actor, type=type_, since=since, until=until, limit=limit)
    _render(rows, ["date", "type", "cameo", "sources", "targets", "trigger", "place"], as_json)


@app.command()
@handles_errors
def statements(
    db: DbOpt = "eventwire.db",
    speaker: Annotated[str | None, typer.Option(help="Speaker name contains this.")] = None,
    limit: LimitOpt = 100,
    as_json: JsonOpt = False,
) -> None:
    """List stored statements (who said what)."""
    with _open(db) as store:
        rows = store.statements(speaker=speaker, limit=limit)
    _render(rows, ["speaker", "cue", "content", "kind"], as_json)


@app.command()
@handles_errors
def search(
    query: Annotated[
        str, typer.Argument(help='Full-text query (SQLite FTS5 syntax, e.g. "relief aid").')
    ],
    db: DbOpt = "eventwire.db",
    limit: LimitOpt = 20,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search over stored articles."""
    with _open(db) as store:
        rows = store.search(query, limit=limit)
    _render(rows, ["title", "source", "snippet"], as_json)


@app.command()
@handles_errors
def export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="jsonl, csv or parquet.")
    ] = ExportFormat.jsonl,
    table: Annotated[
        str, typer.Option(help="articles, events, statements or entities.")
    ] = "articles",
    output: Annotated[str, typer.Option("--output", "-o", help="File, or - for stdout.")] = "-",
    db: DbOpt = "eventwire.db",
) -> None:
    """Export stored data as JSONL, CSV or Parquet."""
    from ..store.export import write_export

    if fmt is ExportFormat.parquet and output == "-":
        raise ConfigError("E124", "parquet is binary; give --output FILE.parquet")
    with _open(db) as store:
        if output == "-":
            write_export(store, fmt.value, sys.stdout, table=table)
        else:
            write_export(store, fmt.value, Path(output), table=table)


@app.command()
@handles_errors
def summary(db: DbOpt = "eventwire.db", as_json: JsonOpt = False, top: int = 10) -> None:
    """Counts of what is stored, and the top events."""
    with _open(db) as store:
        info = store.summary()
        top_events = store.events(limit=top)
    if as_json:
        _print_json({**info.to_json(), "top_events": [e.to_json() for e in top_events]})
        return
    counts = info.to_json()
    Console(highlight=False).print(
        "  ".join(f"{k}: {v}" for k, v in counts.items() if isinstance(v, int))
    )
    _render(top_events, ["date", "type", "cameo", "sources", "targets", "trigger", "place"], False)


@app.command()
@handles_errors
def serve(
    db: DbOpt = "eventwire.db",
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    allow_extract: Annotated[
        bool, typer.Option("--allow-extract", help="Enable POST /api/v1/extract.")
    ] = False,
) -> None:
    """Serve the web pages and JSON API over the store (read-only)."""
    from ..web import serve as run_server

    err_console().print(f"serving {db} on http://{host}:{port} (Ctrl+C stops)")
    run_server(db, host=host, port=port, allow_extract=allow_extract)


eval_app = typer.Typer(help="Measure accuracy on gold data; check the pinned floors.")
app.add_typer(eval_app, name="eval")


def _print_report(report: Any, as_json: bool, problems: list[str]) -> None:
    if as_json:
        _print_json({**report.to_json(), "below_floor": problems})
        return
    from rich.table import Table

    table = Table("metric", "value", title=f"{report.task}: {report.gold}")
    for name, value in report.metrics.items():
        table.add_row(
            name, f"{value:.4f}" if isinstance(value, float) and value <= 1 else str(value)
        )
    Console(highlight=False).print(table)
    for line in problems:
        err_console().print(f"[red]below floor[/red] {escape(line)}")


def _eval_command(name: str, summary: str) -> None:
    @eval_app.command(name=name, help=summary)
    @handles_errors
    def command(
        gold: Annotated[
            Path | None, typer.Option(help="Gold file or folder (default: eval.data_dir).")
        ] = None,
        limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
        as_json: JsonOpt = False,
        config: ConfigOpt = None,
        set_: SetOpt = None,
    ) -> None:
        from ..eval.base import check_floors, load_floors, run_task

        report = run_task(name, cfg=_config(config, set_), gold=gold, limit=limit)
        full_run = gold is None and limit is None
        problems = check_floors(report, load_floors()) if full_run else []
        _print_report(report, as_json, problems)
        if problems:
            raise typer.Exit(1)


def _register_eval_commands() -> None:
    from ..eval.base import TASKS

    for task in TASKS.values():
        _eval_command(task.name, task.summary)


_register_eval_commands()


@eval_app.command(name="all")
@handles_errors
def eval_all(as_json: JsonOpt = False, config: ConfigOpt = None, set_: SetOpt = None) -> None:
    """Run every task whose gold data is present and check all pinned floors."""
    from ..eval.base import TASKS, check_floors, load_floors, run_task

    cfg = _config(config, set_)
    floors = load_floors()
    failed = False
    for name, task in TASKS.items():
        if not (Path(cfg.eval.data_dir) / task.default_gold).exists():
            err_console().print(f"skip {name}: no gold data under {cfg.eval.data_dir}")
            continue
        report = run_task(name, cfg=cfg)
        problems = check_floors(report, floors)
        failed = failed or bool(problems)
        _print_report(report, as_json, problems)
    if failed:
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    app()
