"""Helpers the publication renderers (PDF and EPUB) share: templates, CSS values, glyph and
name checks, dates for metadata, and the cover file they both show.

The words, dates and marked terms themselves come from `highlights.presentation`, which the
images use too.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from highlights.errors import HighlightsError
from highlights.fonts import require_glyphs
from highlights.model import Language
from highlights.paths import templates_dir
from highlights.presentation import iso_date, mark_segments
from highlights.publication import Publication
from highlights.theme import Theme

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


def marked(text: str, terms: Iterable[str] = ()) -> Markup:
    """HTML with the highlighted terms in <mark>; every piece of text escaped."""
    parts = (
        Markup("<mark>{}</mark>").format(piece) if flag else escape(piece)
        for piece, flag in mark_segments(text, terms)
    )
    return Markup("").join(parts)


def meta_date(record: Publication) -> str | None:
    """The date for document metadata: the record's, else SOURCE_DATE_EPOCH's, never now."""
    date = iso_date(record.date)
    if date:
        return date
    epoch = source_epoch(record)
    if epoch is None:
        return None
    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def source_epoch(record: Publication) -> int | None:
    """Seconds for SOURCE_DATE_EPOCH: the record's date at noon UTC, else the caller's value."""
    date = iso_date(record.date)
    if date:
        day = dt.datetime.fromisoformat(date).replace(hour=12, tzinfo=dt.UTC)
        return int(day.timestamp())
    env = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(env) if env.isdigit() else None


def check_glyphs(text: str, theme: Theme, language: Language, where: str) -> None:
    """A character no face of the sans or the serif chain has is an error, never a tofu box."""
    require_glyphs(text, theme, language, where)
    require_glyphs(text, theme, language, where, style="serif")


def check_slug(slug: str) -> str:
    """The output name must stay inside the output folder whatever the caller passes."""
    if not slug or slug.startswith(".") or Path(slug).name != slug or "\\" in slug:
        raise ValueError(f"unsafe output name {slug!r}")
    return slug


def copy_cover(record: Publication, stage: Path, work: Path) -> str | None:
    """The cover renderer's file, copied into the renderer's private folder (the only folder
    WeasyPrint and pandoc may read); its name there, or None for a record without a cover."""
    if not record.cover:
        return None
    made = stage / record.cover
    if not made.is_file():
        raise HighlightsError(
            record.origin or None,
            f"the cover image {record.cover} is not in the staging folder",
            "render the cover before the PDF and EPUB (the render pool does)",
        )
    name = "cover" + made.suffix
    shutil.copyfile(made, work / name)
    return name
