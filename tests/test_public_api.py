from __future__ import annotations

import eventwire


def test_all_names_exist_and_are_sorted() -> None:
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name
    assert list(eventwire.__all__) == sorted(eventwire.__all__)


def test_error_tree() -> None:
    for cls in (
        eventwire.ConfigError,
        eventwire.IngestError,
        eventwire.StageError,
        eventwire.StoreError,
    ):
        assert issubclass(cls, eventwire.EventwireError)
    err = eventwire.IngestError("E201", "invalid JSON at column 3", where="feed.jsonl:4")
    assert str(err) == "E201 feed.jsonl:4: invalid JSON at column 3"
    assert err.code == "E201"
