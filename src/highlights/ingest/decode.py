"""Bytes → text: BOMs, UTF-16, GB18030/GBK, Big5 via charset-normalizer; refuse binary data."""

from __future__ import annotations

import codecs
import threading
from pathlib import Path

from charset_normalizer import from_bytes

from highlights.errors import InputError
from highlights.model import InvalidBytes

# Magic numbers of formats that sometimes arrive under a .txt/.html name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV) file"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (docx/epub?)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BM", "a BMP image"),
    (b"\x7fELF", "an executable"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)

# charset-normalizer names the legacy Chinese code pages differently; GB18030 is a superset of
# GBK/GB2312 and decodes everything they do, so prefer it.
_PREFER = {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030"}


def _refuse(path: Path, reason: str, hint: str) -> InputError:
    return InputError(path, reason, hint)


MAX_SPOTS = 10_000  # a file this damaged is reported by its first spots; the text is kept
_CONTEXT = 12  # bytes of context on each side of a damaged spot
_spans = threading.local()


def _record(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    _spans.found.append((exc.start, exc.end))
    return "\ufffd", exc.end


codecs.register_error("highlights-record", _record)


def _lenient_utf8(data: bytes) -> tuple[str, list[tuple[int, int]]]:
    """UTF-8 with every undecodable byte sequence replaced by U+FFFD, and where each was."""
    _spans.found = []
    try:
        text = data.decode("utf-8", "highlights-record")
        spans: list[tuple[int, int]] = []
        for start, end in _spans.found:  # adjacent bad bytes make one spot
            if spans and spans[-1][1] == start:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        return text, spans
    finally:
        _spans.found = []


def _context(data: bytes, start: int, end: int) -> str:
    left, right = max(0, start - _CONTEXT), min(len(data), end + _CONTEXT)
    while left < start and 0x80 <= data[left] < 0xC0:  # not in the middle of a character
        left += 1
    while right > end and right < len(data) and 0x80 <= data[right] < 0xC0:
        right -= 1
    before = data[left:start].decode("utf-8", "replace")
    after = data[end:right].decode("utf-8", "replace")
    return " ".join(f"{before}\ufffd{after}".split())


def _report(data: bytes, spans: list[tuple[int, int]]) -> list[InvalidBytes]:
    return [
        InvalidBytes(
            offset=start,
            length=end - start,
            hex=data[start:end].hex(" "),
            context=_context(data, start, end),
        )
        for start, end in spans[:MAX_SPOTS]
    ]


def _mostly_utf8(text: str, spans: list[tuple[int, int]]) -> bool:
    """More characters decoded as UTF-8 multi-byte sequences than bytes that failed: UTF-8
    with damage. Text in a legacy code page (GBK, Big5) read as UTF-8 fails almost
    everywhere, so it goes on to detection."""
    bad = sum(end - start for start, end in spans)
    good = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    return bad <= max(4, len(text) // 1000) or good > bad


def decode(path: Path, data: bytes) -> tuple[str, str, list[InvalidBytes]]:
    """Return (text with "\\n" line ends, encoding name, damaged spots) or raise InputError.

    Damaged UTF-8 is decoded with U+FFFD where bytes fail, each spot reported; a file is
    refused as undecodable only when most of it fails."""
    if not data.strip():
        raise _refuse(path, "the file is empty", "nothing to publish")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _refuse(
                path, f"the file is {what}, not text", "give a .txt, .md or .html article"
            )
    text, encoding, spans = _decode_bytes(path, data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise _refuse(path, "the file holds only whitespace", "nothing to publish")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > max(8, len(text) // 100):
        raise _refuse(path, "the file looks like binary data", "give a .txt, .md or .html article")
    return text, encoding, _report(data, spans)


Decoded = tuple[str, str, list[tuple[int, int]]]


def _decode_bytes(path: Path, data: bytes) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            if name == "utf_8_sig":
                text, spans = _lenient_utf8(data)
                return text.removeprefix("\ufeff"), "utf-8-sig", spans
            return data.decode(name), name.replace("_", "-"), []
    try:
        # Most input is UTF-8; a strict decode is exact and cheaper than detection.
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    damaged, spans = _lenient_utf8(data)
    if _mostly_utf8(damaged, spans):
        # UTF-8 with broken bytes: keep the text; each spot is reported (and normalise marks
        # every U+FFFD as damage in the article's report).
        return damaged, "utf-8", spans
    best = from_bytes(data).best()
    wide = best is not None and best.encoding.startswith(("utf_16", "utf_32"))
    if b"\x00" in data and not wide:
        # NUL bytes in anything but UTF-16/32 text mean binary data.
        for name in ("utf-16-le", "utf-16-be"):
            if _looks_utf16(data, name):
                return data.decode(name), name, []
        raise _refuse(path, "the file looks like binary data", "give a .txt, .md or .html article")
    if best is None:
        if 2 * sum(end - start for start, end in spans) < len(data):
            return damaged, "utf-8", spans  # most of it decodes: publish, damage reported
        raise _refuse(
            path, "the text encoding cannot be recognised (most bytes fail)", "save it as UTF-8"
        )
    name = _PREFER.get(best.encoding, best.encoding)
    try:
        return data.decode(name), name.replace("_", "-"), []
    except UnicodeDecodeError:
        return str(best), best.encoding.replace("_", "-"), []


def _looks_utf16(data: bytes, name: str) -> bool:
    """BOM-less UTF-16 that detection missed: it decodes cleanly to mostly printable text."""
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    return printable >= 0.98 * len(text)
