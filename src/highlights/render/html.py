"""Shared helpers for the publication renderers (PDF and EPUB): templates, labels, dates, marks.

Both renderers show the same words, dates and highlighted terms, so they come from here.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from highlights.errors import GlyphError
from highlights.fonts import face_index, font_file, missing_glyphs, require_glyphs
from highlights.model import Article, Deck, Language
from highlights.paths import templates_dir
from highlights.theme import Theme

LABELS: dict[Language, dict[str, str]] = {
    "zh-Hant": {
        "highlights": "劃重點", "article": "全文", "source": "來源", "editors": "編輯",
        "reporters": "記者", "photographers": "攝影", "count": "{n} 個重點", "contents": "目錄",
    },
    "zh-Hans": {
        "highlights": "划重点", "article": "全文", "source": "来源", "editors": "编辑",
        "reporters": "记者", "photographers": "摄影", "count": "{n} 个重点", "contents": "目录",
    },
    "en": {
        "highlights": "Key points", "article": "Full text", "source": "Source",
        "editors": "Editors", "reporters": "Reporters", "photographers": "Photographers",
        "count": "{n} key points", "contents": "Contents",
    },
}

_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")
_FAMILY = re.compile(r"[A-Za-z0-9 ]{1,64}")


@functools.cache
def environment() -> jinja2.Environment:
    """Templates under assets/templates. HTML is autoescaped so article text is never markup;
    CSS templates (`*.css.j2`) are not, since HTML escaping breaks CSS strings: every value they
    receive is validated (css_color, css_family_name) or fully escaped (css_string)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=lambda name: not (name or "").endswith(".css.j2"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["marked"] = marked
    return env


def render_template(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)


def css_color(value: str) -> str:
    """A theme colour checked to be '#RRGGBB', so a theme can never inject CSS."""
    if not _COLOR.fullmatch(value):
        raise ValueError(f"theme colour {value!r} is not #RRGGBB")
    return value


def css_rgba(value: str, alpha: float) -> str:
    hexa = css_color(value)[1:]
    r, g, b = (int(hexa[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r}, {g}, {b}, {max(0.0, min(alpha, 1.0)):.2f})"


def css_family_name(value: str) -> str:
    if not _FAMILY.fullmatch(value):
        raise ValueError(f"font family {value!r} has characters not allowed in CSS")
    return value


def css_string(text: str) -> str:
    """A CSS string literal holding any text: every non-alphanumeric character is hex-escaped."""
    body = "".join(ch if ch.isalnum() and ch.isascii() else f"\\{ord(ch):06x}" for ch in text)
    return f'"{body}"'


def mark_segments(text: str, terms: Iterable[str]) -> list[tuple[str, bool]]:
    """Split text into (piece, is_marked): every occurrence of a term, longest terms first."""
    marked_at = [False] * len(text)
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            if not any(marked_at[start:end]):  # overlapping a longer term: keep the longer one
                marked_at[start:end] = [True] * len(term)
            start = text.find(term, end)
    segments: list[tuple[str, bool]] = []
    for ch, flag in zip(text, marked_at, strict=True):
        if segments and segments[-1][1] == flag:
            segments[-1] = (segments[-1][0] + ch, flag)
        else:
            segments.append((ch, flag))
    return segments


def marked(text: str, terms: Iterable[str] = ()) -> Markup:
    """HTML with the highlighted terms in <mark>; every piece of text escaped."""
    parts = (
        Markup("<mark>{}</mark>").format(piece) if flag else escape(piece)
        for piece, flag in mark_segments(text, terms)
    )
    return Markup("").join(parts)


def kicker(deck: Deck, theme: Theme) -> str:
    return deck.kicker or theme.kicker.get(deck.language, "")


def pub_date(article: Article, deck: Deck) -> str | None:
    """The article's ISO date (YYYY-MM-DD) if it has a valid one."""
    for value in (article.meta.date, deck.date, deck.closing.date):
        if value:
            try:
                return dt.date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                continue
    return None


def meta_date(article: Article, deck: Deck) -> str | None:
    """The date for document metadata: the article's, else SOURCE_DATE_EPOCH's, never now."""
    date = pub_date(article, deck)
    if date:
        return date
    epoch = source_epoch(article, deck)
    if epoch is None:
        return None
    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def date_text(date: str | None, language: Language) -> str:
    """The date as readers write it: 2021年7月15日, or 15 July 2021."""
    if not date:
        return ""
    day = dt.date.fromisoformat(date)
    if language == "en":
        return f"{day.day} {day.strftime('%B')} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def source_epoch(article: Article, deck: Deck) -> int | None:
    """Seconds for SOURCE_DATE_EPOCH: the article's date at noon UTC, else the caller's value."""
    date = pub_date(article, deck)
    if date:
        day = dt.datetime.fromisoformat(date).replace(hour=12, tzinfo=dt.UTC)
        return int(day.timestamp())
    env = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(env) if env.isdigit() else None


def publication_text(article: Article, deck: Deck, theme: Theme) -> str:
    """Every string a publication can show, for one glyph check before anything is drawn."""
    meta, closing = article.meta, deck.closing
    parts: list[str] = [meta.title, meta.subtitle or "", meta.source or "", meta.place or ""]
    parts += meta.reporters + meta.photographers + meta.editors
    parts += [deck.title, deck.subtitle or "", deck.lead, kicker(deck, theme), closing.source or ""]
    parts += closing.editors + closing.reporters + closing.photographers
    parts += [*LABELS[deck.language].values(), "0123456789/·:："]
    for card in deck.cards:
        parts.append(card.title)
        parts += [point.text for point in card.points]
    for block in article.blocks:
        parts += [block.lead_in or "", block.text]
    return "\n".join(parts)


def check_glyphs(text: str, theme: Theme, language: Language, where: str) -> None:
    """A character missing from the sans or the serif face is an error, never a tofu box."""
    require_glyphs(text, theme, language, where)
    serif = font_file(theme, "serif", False)
    missing = missing_glyphs(text, serif, face_index(language))
    if missing:
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:8])
        raise GlyphError(
            where,
            f"characters missing from the font {serif.name}: {shown}",
            "replace them in the article, or install a font that has them",
        )


def check_slug(slug: str) -> str:
    """The output name must stay inside the output folder whatever the caller passes."""
    if not slug or slug.startswith(".") or Path(slug).name != slug or "\\" in slug:
        raise ValueError(f"unsafe output name {slug!r}")
    return slug


_COVER_LOCK = threading.Lock()
_COVERS: dict[str, bytes] = {}  # PNG bytes by deck and theme: the PDF and EPUB share one cover


def cover_png(deck: Deck, theme: Theme) -> bytes:
    """The PNG renderer's 1200×630 cover, drawn once when the PDF and EPUB run side by side."""
    from highlights.render.png import cover_image  # lazy: Pillow and its fonts load on first use

    key = hashlib.sha256((deck.model_dump_json() + theme.model_dump_json()).encode()).hexdigest()
    with _COVER_LOCK:  # held while drawing, so the second renderer waits and reuses it
        if key not in _COVERS:
            buffer = io.BytesIO()
            cover_image(deck, theme).convert("RGB").save(buffer, format="PNG", optimize=True)
            if len(_COVERS) >= 16:
                _COVERS.pop(next(iter(_COVERS)))
            _COVERS[key] = buffer.getvalue()
        return _COVERS[key]


def write_cover(deck: Deck, theme: Theme, folder: Path) -> Path:
    """The cover saved in the caller's private folder."""
    path = folder / "cover.png"
    path.write_bytes(cover_png(deck, theme))
    return path
