"""Decoding, binary and size checks, and the plain-text reader."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.text import (
    check_binary,
    decode,
    read_file_bytes,
    read_plain,
    read_stream_bytes,
)


@pytest.mark.parametrize(
    ("data", "text", "meta"),
    [
        (b"caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d", "café “quoted”", ()),
        (codecs.BOM_UTF8 + b"BOM dropped", "BOM dropped", ()),
        (b"a\r\nb\r\n", "a\r\nb\r\n", ()),
        (b"caf\xe9 \x93quoted\x94", "café “quoted”", (("encoding", "cp1252"),)),
        ("UTF-16 text".encode("utf-16"), "UTF-16 text", (("encoding", "utf-16"),)),
    ],
)
def test_decode(data: bytes, text: str, meta: tuple[tuple[str, str], ...]) -> None:
    assert decode(data, "a.txt") == (text, meta)


def test_decode_neither_utf8_nor_cp1252_names_line_column_and_byte() -> None:
    data = b"first line\nsecond \x81 line"  # 0x81 is undefined in cp1252
    with pytest.raises(IngestError) as info:
        decode(data, "dir/a.txt")
    assert info.value.code == "E203"
    assert str(info.value) == (
        "E203 dir/a.txt:2: invalid UTF-8 byte 0x81 at column 8 (byte 18), "
        "and not valid cp1252 either; re-save the file as UTF-8"
    )


def test_decode_line_offset_for_a_record() -> None:
    with pytest.raises(IngestError) as info:
        decode(b'{"text": "\x81"}', "feed.jsonl", line=7)
    assert info.value.where == "feed.jsonl:7"


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.4\n" + b"x" * 8000 + b"\x00"],
)
def test_check_binary_refuses_nul_bytes(data: bytes) -> None:
    with pytest.raises(IngestError) as info:
        check_binary(data, "img.txt")
    assert info.value.code == "E207"
    assert str(info.value).startswith("E207 img.txt: binary data")


def test_check_binary_looks_only_at_the_first_8_kb() -> None:
    check_binary(b"x" * 8192 + b"\x00", "late-nul.txt")  # no error


def test_read_file_bytes_refuses_big_files(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(IngestError) as info:
        read_file_bytes(str(path), max_bytes=100)
    assert info.value.code == "E208"
    assert "is 101 bytes, over the 100-byte limit" in str(info.value)
    assert read_file_bytes(str(path), max_bytes=101) == b"x" * 101


def test_read_stream_bytes_refuses_long_streams() -> None:
    with pytest.raises(IngestError) as info:
        read_stream_bytes(io.BytesIO(b"x" * 11), "<stdin>", max_bytes=10)
    assert str(info.value).startswith("E208 <stdin>: input is more than 10 bytes")


@pytest.mark.parametrize("text", ["", "   ", "\n\r\n\t"])
def test_read_plain_refuses_empty_text(text: str) -> None:
    with pytest.raises(IngestError) as info:
        read_plain(text, "empty.txt")
    assert info.value.code == "E202"
    assert "empty.txt" in str(info.value)


def test_read_plain_keeps_everything() -> None:
    raw = "date 2024-03-19\n\nBody.\r\n"
    article = read_plain(raw, "a.txt")
    assert (article.text, article.published) == (raw, None)


def test_read_file_bytes_os_error_is_e209(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("x")
    path = str(tmp_path / "file.txt" / "inside.txt")
    with pytest.raises(IngestError) as info:
        read_file_bytes(path, max_bytes=100)
    assert str(info.value) == (
        f"E209 {path}: cannot read the file (Not a directory); check that it exists and is readable"
    )
