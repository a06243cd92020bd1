"""Property tests against the OpenAPI description (Schemathesis strategies driven by
Hypothesis): no request makes a 5xx, and every JSON error uses the one shape.

Schemathesis's pytest plugin does not run under this pytest, so each operation's
strategy is driven with Hypothesis's ``@given`` directly.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="pip install schemathesis")
pytest.importorskip("fastapi", reason="the web extra is not installed")

from hypothesis import HealthCheck, given, settings  # noqa: E402 - after the skips above

pytestmark = pytest.mark.filterwarnings("ignore:Using .httpx. with:UserWarning")


def _operations() -> list[tuple[str, str]]:
    from eventwire.web import create_app

    spec = create_app(Path("unused.db")).openapi()  # routes only; nothing is opened
    return [(m.upper(), p) for p, ops in spec["paths"].items() for m in ops]


OPERATIONS = _operations()


@pytest.fixture(scope="module")
def api_schema(web_db: Path) -> Any:
    from eventwire.web import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(web_db))


def test_every_page_and_endpoint_is_described() -> None:
    paths = {p for _, p in OPERATIONS}
    assert {"/", "/search", "/events", "/map", "/actors/{name}", "/articles/{doc_id}"} <= paths
    assert {"/api/v1/overview", "/api/v1/search", "/api/v1/events", "/api/v1/events.csv",
            "/api/v1/events.json", "/api/v1/map", "/api/v1/actors/{name}",
            "/api/v1/articles/{doc_id}", "/api/v1/extract"} <= paths  # fmt: skip


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_server_errors(api_schema: Any, method: str, path: str) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=20, deadline=None, database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )  # fmt: skip
    def check(case: Any) -> None:
        response = case.call()
        assert response.status_code < 500, (case.path, case.query, response.text[:300])
        kind = response.headers.get("content-type", [""])
        kind = kind[0] if isinstance(kind, list) else kind
        if response.status_code >= 400 and kind.startswith("application/json"):
            body = response.json()
            assert body["ok"] is False and body["status"] == response.status_code, body

    check()
