"""Bytes → text: BOMs, UTF-16, GB18030/GBK, Big5 via charset-normalizer; refuse binary data."""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from highlights.errors import InputError

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


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Return (text with "\\n" line ends, encoding name) or raise InputError."""
    if not data.strip():
        raise _refuse(path, "the file is empty", "nothing to publish")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _refuse(
                path, f"the file is {what}, not text", "give a .txt, .md or .html article"
            )
    text, encoding = _decode_bytes(path, data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise _refuse(path, "the file holds only whitespace", "nothing to publish")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > max(8, len(text) // 100):
        raise _refuse(path, "the file looks like binary data", "give a .txt, .md or .html article")
    return text, encoding


def _decode_bytes(path: Path, data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name.replace("_sig", "-sig").replace("_", "-")
    try:
        # Most input is UTF-8; a strict decode is exact and cheaper than detection.
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = data.decode("utf-8", errors="replace")
    if damaged.count("\ufffd") <= max(4, len(damaged) // 1000):
        # UTF-8 with a few broken bytes: keep the text; normalise reports each U+FFFD as damage.
        return damaged, "utf-8"
    best = from_bytes(data).best()
    wide = best is not None and best.encoding.startswith(("utf_16", "utf_32"))
    if b"\x00" in data and not wide:
        # NUL bytes in anything but UTF-16/32 text mean binary data.
        for name in ("utf-16-le", "utf-16-be"):
            if _looks_utf16(data, name):
                return data.decode(name), name
        raise _refuse(path, "the file looks like binary data", "give a .txt, .md or .html article")
    if best is None:
        raise _refuse(path, "the text encoding cannot be recognised", "save the file as UTF-8")
    name = _PREFER.get(best.encoding, best.encoding)
    try:
        return data.decode(name), name.replace("_", "-")
    except UnicodeDecodeError:
        return str(best), best.encoding.replace("_", "-")


def _looks_utf16(data: bytes, name: str) -> bool:
    """BOM-less UTF-16 that detection missed: it decodes cleanly to mostly printable text."""
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    return printable >= 0.98 * len(text)
