"""The rules every output shows the same way: labels, dates, names, colour contrast, marks.

The PDF, the EPUB and the images each used to carry their own copy of these; a reader who
sees the PDF beside the cards must find the same words, the same date and the same marked
terms.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from highlights.model import Language

RGB = tuple[int, int, int]

LABELS: dict[Language, dict[str, str]] = {
    "zh-Hant": {
        "highlights": "劃重點", "article": "全文", "source": "來源", "editors": "編輯",
        "reporters": "記者", "photographers": "攝影", "count": "{n} 個重點", "contents": "目錄",
        "continued": "（續）",
    },
    "zh-Hans": {
        "highlights": "划重点", "article": "全文", "source": "来源", "editors": "编辑",
        "reporters": "记者", "photographers": "摄影", "count": "{n} 个重点", "contents": "目录",
        "continued": "（续）",
    },
    "en": {
        "highlights": "Key points", "article": "Full text", "source": "Source",
        "editors": "Editors", "reporters": "Reporters", "photographers": "Photographers",
        "count": "{n} key points", "contents": "Contents", "continued": " (cont.)",
    },
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

# WCAG 2: AA contrast for body text, and sRGB's linear segment ends at 0.04045.
AA_CONTRAST = 4.5
SRGB_LINEAR_END = 0.04045


# --- words -------------------------------------------------------------------------------------

def count_label(n: int, language: Language) -> str:
    return LABELS[language]["count"].format(n=n)


def continued(language: Language) -> str:
    return LABELS[language]["continued"]


def colon(language: Language) -> str:
    return ": " if language == "en" else "："


def names(people: Sequence[str], language: Language) -> str:
    """張三、李四 or Ann, Bob."""
    return (", " if language == "en" else "、").join(people)


def credit_line(label: str, people: Sequence[str], language: Language) -> str:
    """編輯：張三、李四 / Editors: Ann, Bob; empty when nobody is named."""
    if not people:
        return ""
    return LABELS[language][label] + colon(language) + names(people, language)


# --- dates -------------------------------------------------------------------------------------

def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD when `value` starts with a real date, else None (for metadata)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def date_label(value: str | None, language: Language) -> str:
    """2021-07-15 → 2021年7月15日 / 15 July 2021; any other text is shown as given."""
    if not value:
        return ""
    iso = iso_date(value)
    if iso is None:
        return value
    y, mo, d = (int(part) for part in iso.split("-"))
    if language == "en":
        return f"{d} {MONTHS[mo - 1]} {y}"
    return f"{y}年{mo}月{d}日"


# --- colour ------------------------------------------------------------------------------------

def rgb(hex_colour: str) -> RGB:
    h = hex_colour.lstrip("#")
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def luminance(colour: RGB) -> float:
    """Relative luminance of an sRGB colour (WCAG 2)."""

    def linear(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= SRGB_LINEAR_END else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB | str, b: RGB | str) -> float:
    """WCAG 2 contrast ratio of two colours (RGB tuples or #RRGGBB)."""
    la, lb = (luminance(rgb(c) if isinstance(c, str) else c) for c in (a, b))
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def readable(background: str, *choices: str) -> str:
    """The first choice with AA contrast on the background, else the one with the most."""
    for choice in choices:
        if contrast(choice, background) >= AA_CONTRAST:
            return choice
    return max(choices, key=lambda choice: contrast(choice, background))


# --- marked terms ------------------------------------------------------------------------------

def term_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Every occurrence of every term (exact substrings), longest terms first, no overlaps:
    where a shorter term falls inside a longer one, the longer one is marked."""
    taken = [False] * len(text)
    spans: list[tuple[int, int]] = []
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            if not any(taken[start:end]):
                spans.append((start, end))
                taken[start:end] = [True] * len(term)
            start = text.find(term, end)
    return sorted(spans)


def mark_segments(text: str, terms: Iterable[str]) -> list[tuple[str, bool]]:
    """Text as (piece, is_marked) runs, from `term_spans`."""
    flags = [False] * len(text)
    for a, b in term_spans(text, terms):
        flags[a:b] = [True] * (b - a)
    segments: list[tuple[str, bool]] = []
    for ch, flag in zip(text, flags, strict=True):
        if segments and segments[-1][1] == flag:
            segments[-1] = (segments[-1][0] + ch, flag)
        else:
            segments.append((ch, flag))
    return segments
