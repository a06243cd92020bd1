"""Input paths: files, directories, globs and ``-`` (stdin), expanded in a stable order.

A directory is walked recursively in sorted order, skipping hidden files and directories
and files whose extension is not one of ``SUFFIX_FORMATS``. A path that does not exist
but contains ``*``, ``?`` or ``[`` is a glob (``**`` recurses); its matches are filtered
like a directory's files. A file named explicitly is read whatever its extension.
A missing path, a glob without matches or a directory without inputs is a Failure
(E211), so one typo does not lose the rest of a batch. A file reached twice is read once.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterator, Sequence

from ..errors import IngestError
from ..model import Failure
from .text import to_failure

__all__ = ["STDIN", "SUFFIX_FORMATS", "expand_paths", "format_of"]

STDIN = "-"
SUFFIX_FORMATS = {
    ".txt": "seed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}
_GLOB_MAGIC = re.compile(r"[*?[]")
_SUFFIXES = "/".join(sorted(SUFFIX_FORMATS))


def format_of(path: str, input_format: str | None) -> str:
    """The reader for ``path``: the forced format, else by extension, else seed."""
    if input_format is not None:
        return input_format
    return SUFFIX_FORMATS.get(os.path.splitext(path)[1].lower(), "seed")


def _is_input(path: str) -> bool:
    name = os.path.basename(path)
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIX_FORMATS


def _walk(root: str) -> list[str]:
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(os.path.join(folder, f) for f in files if _is_input(f))
    # Sort on path components so "a/b.txt" and "a.txt" order the same on every OS.
    return sorted(found, key=lambda p: os.path.relpath(p, root).split(os.sep))


def _glob(pattern: str) -> list[str]:
    return sorted(
        p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p) and _is_input(p)
    )


def _missing(path: str, what: str) -> Failure:
    return to_failure(IngestError("E211", what, where=path), path)


def _expand_one(path: str) -> list[str] | Failure:
    if path == STDIN or os.path.isfile(path):
        return [path]
    if os.path.isdir(path):
        return _walk(path) or _missing(
            path, f"no {_SUFFIXES} files in this directory; name other files explicitly"
        )
    if _GLOB_MAGIC.search(path):
        return _glob(path) or _missing(
            path, f"no {_SUFFIXES} files match this pattern; check the pattern"
        )
    if os.path.exists(path):  # a FIFO or device: let the reader try it
        return [path]
    return _missing(path, "no such file or directory; check the path (use - for stdin)")


def expand_paths(paths: Sequence[str]) -> Iterator[str | Failure]:
    """Each file to read, in order, or a Failure (E211) for a path that names none."""
    seen: set[str] = set()
    for path in paths:
        expanded = _expand_one(path)
        if isinstance(expanded, Failure):
            yield expanded
            continue
        for file in expanded:
            key = file if file == STDIN else os.path.realpath(file)
            if key not in seen or file == STDIN:
                seen.add(key)
                yield file
