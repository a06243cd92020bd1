"""The SQLite store's SQL, spoken to PostgreSQL.

The PostgreSQL store shares the SQLite store's row writers (``_sqlwrite``) and query
builders (``_sqlquery``) so a document becomes the same rows and a question the same
answer in both. The few dialect differences are rewritten here, statement by statement,
with fixed rules; a statement no rule understands fails loudly in the PostgreSQL tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["PgConnection", "to_pg"]

_CONTAINS = re.compile(r"ew_contains\((.+?), \?\)")
_RULES: tuple[tuple[str, str], ...] = (
    # Ingest order comes from the identity column's sequence: concurrent writers never
    # compute the same MAX(seq) + 1.
    (
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM articles",
        "SELECT nextval(pg_get_serial_sequence('articles', 'seq'))",
    ),
    ("GLOB '[0-9][0-9][0-9][0-9]*'", "~ '^[0-9]{4}'"),
    # A bare NULL-able parameter needs a type in PostgreSQL.
    ("(? IS NULL OR", "(?::text IS NULL OR"),
    # Byte order, as SQLite sorts, whatever the database's collation.
    ("e.date DESC", 'e.date COLLATE "C" DESC'),
    ("n.name, a.seq", 'n.name COLLATE "C", a.seq'),
    ("a.name, a.id", 'a.name COLLATE "C", a.id'),
)
# json_group_array over an ordered subquery -> json_agg; PostgreSQL 15 wants the alias.
_GROUP_ARRAY = re.compile(r"json_group_array\((\w+)\) FROM \((SELECT [^()]*?)\)\)")
_BARE_ORDER = re.compile(r"ORDER BY (\w+)$")


def _group_array(match: re.Match[str]) -> str:
    column, inner = match.group(1), match.group(2)
    order = _BARE_ORDER.search(inner)
    if order:  # SELECT DISTINCT x ... ORDER BY x: sort inside the aggregate, bytewise
        inner = inner[: order.start()].rstrip()
        agg = f'json_agg({column} ORDER BY {order.group(1)} COLLATE "C")'
    else:
        agg = f"json_agg({column})"
    return f"COALESCE({agg}, '[]'::json) FROM ({inner}) AS ordered)"


def to_pg(sql: str) -> str:
    """Rewrite one SQLite statement of the shared modules for PostgreSQL."""
    for old, new in _RULES:
        sql = sql.replace(old, new)
    sql = _CONTAINS.sub(r"strpos(lower(\1), lower(?)) > 0", sql)
    sql = _GROUP_ARRAY.sub(_group_array, sql)
    if sql.startswith("INSERT OR IGNORE INTO"):
        sql = "INSERT INTO" + sql[len("INSERT OR IGNORE INTO") :] + " ON CONFLICT DO NOTHING"
    return sql.replace("%", "%%").replace("?", "%s")


class PgConnection:
    """Just enough of ``sqlite3.Connection`` for ``_sqlwrite``, over a psycopg connection."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(to_pg(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        batch = [tuple(r) for r in rows]
        cur = self._conn.cursor()
        if batch:
            cur.executemany(to_pg(sql), batch)
        return cur
