"""Mojibake found by character statistics and repaired only by an exact re-encoding round trip.

Text decoded with the wrong code page reads as runs of rare characters (`鍏ㄤ細` for 全会:
UTF-8 read as GBK) or of Latin-1 letters (`ÖйúÌØÉ«` for 中国特色: GBK read as Latin-1). A
stretch is repaired when encoding it back with the wrong code page and decoding it with the
right one succeeds without errors and gives text that is far more common Chinese than before;
everything repaired is reported, and nothing is guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from highlights.chars import count_han, is_han
from highlights.paths import assets_dir

# (read as, written in): how the bytes were mis-decoded, and what they really were.
ROUND_TRIPS = (
    ("latin-1", "gbk", "GBK read as Latin-1"),
    ("cp1252", "gbk", "GBK read as Windows-1252"),
    ("gbk", "utf-8", "UTF-8 read as GBK"),
    ("big5", "utf-8", "UTF-8 read as Big5"),
    ("latin-1", "utf-8", "UTF-8 read as Latin-1"),
    ("cp1252", "utf-8", "UTF-8 read as Windows-1252"),
    ("latin-1", "big5", "Big5 read as Latin-1"),
)
# A stretch worth trying: Latin-1 letters and symbols, or Han text, without line breaks.
_STRETCH = re.compile(r"[^\s\x00-\x7f]+(?:[\x20-\x7e]{1,3}[^\s\x00-\x7f]+)*")
MIN_GAIN = 0.35  # the repaired text must be this much more common Chinese than the original
MIN_COMMON = 0.85
MIN_LETTERS = 3  # shorter stretches (a pinyin gloss, a name) are never "repaired"
MAX_LOST = 0.2  # share of characters a round trip may leave undecodable (U+FFFD, reported)


@lru_cache(maxsize=1)
def common_hanzi() -> frozenset[str]:
    table = assets_dir() / "data" / "common-hanzi.txt"
    return frozenset(table.read_text(encoding="utf-8").replace("\n", ""))


def _letters(text: str) -> list[str]:
    return [c for c in text if not c.isascii() and (c.isalpha() or is_han(c))]


def _content(text: str) -> int:
    """Characters that carry text in a stretch: Latin-1 letters and symbols, Han, kana…
    (not CJK or full-width punctuation, which round-trips into nonsense)."""
    return sum(
        1
        for c in text
        if ord(c) >= 0xA0 and not 0x3000 <= ord(c) <= 0x303F and not 0xFF00 <= ord(c) <= 0xFF65
    )


def commonness(text: str) -> float:
    """Share of the text's letters that are common Han characters (ASCII is left out)."""
    letters = _letters(text)
    if not letters:
        return 0.0
    common = common_hanzi()
    return sum(c in common for c in letters) / len(letters)


@dataclass(frozen=True)
class Repair:
    start: int  # in the original text
    end: int
    before: str
    after: str
    reason: str


def _bytes_of_mixed(text: str) -> bytes:
    """Bytes a "UTF-8, else Latin-1 per byte" decoder saw: `Öйú` is GBK's D6 D0 B9 FA (中国)."""
    return b"".join(c.encode("latin-1") if ord(c) < 256 else c.encode("utf-8") for c in text)


@lru_cache(maxsize=65536)
def _gbk(ch: str) -> bool:
    try:
        return ch == "€" or bool(ch.encode("gbk"))
    except UnicodeEncodeError:
        return False


def _candidates(stretch: str) -> list[tuple[str, str]]:
    """Each round trip's result; a few undecodable bytes become U+FFFD (reported later)."""
    tries: list[tuple[bytes, str, str]] = []
    for wrong, right, reason in ROUND_TRIPS:
        if wrong == "gbk":  # Windows' GBK (cp936) reads 0x80 as €, Python's codec does not
            data = b"".join(c.encode("gbk") if c != "€" else b"\x80" for c in stretch if _gbk(c))
            if len(data) >= len(stretch):
                tries.append((data, right, reason))
            continue
        try:
            tries.append((stretch.encode(wrong), right, reason))
        except UnicodeEncodeError:
            continue
    tries.append((_bytes_of_mixed(stretch), "gbk", "GBK read as mixed UTF-8/Latin-1"))
    out: list[tuple[str, str]] = []
    for data, right, reason in tries:
        after = data.decode(right, errors="replace")
        if after.count("\ufffd") <= 2 + MAX_LOST * len(after):  # a cut last character
            out.append((after, reason))
    return out


def _round_trip(stretch: str, min_gain: float = MIN_GAIN) -> tuple[str, str] | None:
    before = commonness(stretch)
    best: tuple[float, str, str] | None = None
    for after, reason in _candidates(stretch):
        if min_gain < MIN_GAIN and all(unicodedata.category(c).startswith("P") for c in after):
            return after, reason  # `銆傦紝` → `。，`: marks, in a text shown to be mojibake
        score = commonness(after)
        han = count_han(after)
        if han < 2 or (han < 4 and score < 1.0):
            continue  # a short stretch is repaired only into wholly common Chinese
        if after.count("\ufffd") >= han:
            continue  # `“&中?liá` → `鈥�&涓�?li�`: more lost than read is no repair
        if score >= MIN_COMMON and score - before >= min_gain and (not best or score > best[0]):
            best = (score, after, reason)
    return (best[1], best[2]) if best else None


_GBK_MARK_PAIRS = re.compile(r"(?:[\xa1-\xa3][\xa1-\xfe])+")


def _marks(stretch: str) -> tuple[str, str] | None:
    """`people¡¯s`, `¡°In this way,¡±`: GBK's curly quotes and dashes read as Latin-1 in an
    English page (two Latin-1 symbols each); repaired when every pair is a punctuation mark."""
    if not _GBK_MARK_PAIRS.fullmatch(stretch):
        return None
    after = stretch.encode("latin-1").decode("gbk", errors="replace")
    if all(unicodedata.category(c).startswith("P") for c in after):
        return after, "GBK punctuation read as Latin-1"
    return None


SEEMS_CHINESE = 0.6  # a stretch this common already reads as Chinese: left alone…
# …unless the text was shown to be mojibake elsewhere: then a stretch whose wrong characters
# happen to be common ones (`骞翠腑鍥藉伐` for 年中国工, 0.63 common) is tried too, the round
# trip still the judge
IN_MOJIBAKE = MIN_COMMON
GAIN_IN_MOJIBAKE = 0.25  # (`鍏抽敭璇嶏細…`, 0.65 common, reads 关键词：… wholly common)
_TRIPS = frozenset(reason for _, _, reason in ROUND_TRIPS)


def mojibake_guard(texts: Iterable[str]) -> float:
    """How common a stretch may be and still be tried: higher in a text that round-trips."""
    for text in texts:
        if any(r.reason in _TRIPS for r in repair_mojibake(text)[1]):
            return IN_MOJIBAKE
    return SEEMS_CHINESE


def repair_mojibake(text: str, seems_chinese: float = SEEMS_CHINESE) -> tuple[str, list[Repair]]:
    """The text with every round-trippable mojibake stretch repaired, and the repairs."""
    if text.isascii() or commonness(text) >= 0.97:
        return text, []  # clean Chinese or English: the fast path for nearly every block
    gain = MIN_GAIN if seems_chinese == SEEMS_CHINESE else GAIN_IN_MOJIBAKE
    repairs: list[Repair] = []
    out: list[str] = []
    pos = 0
    for m in _STRETCH.finditer(text):
        stretch = m.group(0)
        fixed = _marks(stretch)
        if fixed is None and (
            _content(stretch) < MIN_LETTERS or commonness(stretch) >= seems_chinese
        ):
            continue  # punctuation alone, or text that already reads as Chinese
        fixed = fixed or _round_trip(stretch, gain)
        if fixed is None:
            continue
        out += [text[pos : m.start()], fixed[0]]
        pos = m.end()
        repairs.append(Repair(m.start(), m.end(), stretch, fixed[0], fixed[1]))
    out.append(text[pos:])
    return "".join(out), repairs


_DOUBLED = re.compile(r"[,，、。；;][,，、。；;]+")  # `舉行,。全會`: a scraper's doubled marks
_MARKUP = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9]{0,15}\b[^<>]{0,200}>|&(?:#\d{1,7}|[a-zA-Z]{2,8});"
    r"|(?<![A-Za-z0-9<])/(?:p|div|span|a|li|td|tr|b|strong|em|font)>"  # `豐富?!/p>`
    r"|\b[a-z][a-z-]{1,15}=\"[^\"<>]{0,60}\"\s*/?>"  # `class="pmingcheng">`: a tag's tail
    r"|(?:(?<=[^\x00-\x7f])|(?<=\)))pagebreak\b|_ueditor_page_break_tag_"  # a CMS page-break marker
    r"|_x000[DA]_"  # a spreadsheet's escaped line end
    r"|!\[[^\[\]\n]{0,80}\]\([^()\s]{0,300}\)|\[(attach|img)\][^\[\]\n]{0,300}\[/\1\]"  # pictures
)
_AROUND = 4


def find_remnants(text: str) -> list[Repair]:
    """Damage that later rules repair (doubled punctuation, markup), reported where it was."""
    found: list[Repair] = []
    for pattern, reason in ((_DOUBLED, "doubled punctuation"), (_MARKUP, "HTML remnant")):
        for m in pattern.finditer(text):
            start, end = max(0, m.start() - _AROUND), min(len(text), m.end() + _AROUND)
            found.append(Repair(m.start(), m.end(), text[start:end], "", reason))
    return found


# `????新華網北京…`: the paragraph's indent of full-width spaces, decoded as `?` by a scraper
# (then any space: `??? 2月5日，…`); `？？` is punctuation, or cleanup's to drop
_LOST_INDENT = re.compile(r"^\s*\?{2,}\s*(?=[^\s?？])")


def strip_lost_indent(text: str) -> tuple[str, list[Repair]]:
    """The text without an indent that became question marks, and the repair to report."""
    m = _LOST_INDENT.match(text)
    if not m:
        return text, []
    seen = text[: m.end() + _AROUND * 2]
    return text[m.end() :], [Repair(0, m.end(), seen, "", "indent decoded as ?")]
