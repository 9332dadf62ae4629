"""The template context of the PDF: article blocks grouped, labels, sizes and theme CSS."""

from __future__ import annotations

from typing import Any

from highlights.chars import is_wide
from highlights.fonts import css_families
from highlights.model import Block
from highlights.presentation import LABELS, colon, count_label, date_label, names, readable
from highlights.publication import Publication
from highlights.render.html import (
    css_color,
    css_rgba,
    css_string,
    meta_date,
)
from highlights.render.pdf.punct import tight
from highlights.typeset import title_text_lines

PX_TO_PT = 0.33  # theme sizes are pixels on a 1080-px image; A4's text block is ~480 pt wide
HEADER_WIDTH = 80  # running header, in half-width units (a Han character counts 2)
A4_WIDTH_PT = 595.276
MIN_SIDE_PT = 56.693  # 20 mm
BODY_PT = 11.5  # the article's type size (style.css.j2): the text block is a whole number of it
TITLE_LINE_CHARS = 14  # Han characters per line of the cover title (31 pt on 166 mm)


def group_blocks(blocks: list[Block]) -> list[dict[str, Any]]:
    """Headings (h3–h6 under the article's h2), paragraphs, and runs of list items as lists."""
    grouped: list[dict[str, Any]] = []
    for block in blocks:
        if block.kind == "list_item":
            if not grouped or grouped[-1]["kind"] != "list":
                grouped.append({"kind": "list", "items": []})
            grouped[-1]["items"].append({"text": block.text, "lead_in": block.lead_in})
        elif block.kind == "heading":
            level = min(max(block.level, 1) + 2, 6)
            grouped.append({"kind": "heading", "level": level, "text": block.text})
        else:
            grouped.append({"kind": "paragraph", "text": block.text, "lead_in": block.lead_in})
    return grouped


def closing_rows(record: Publication) -> list[tuple[str, str]]:
    labels, credits = LABELS[record.language], record.credits
    rows = [
        ("source", record.source or ""),
        ("reporters", names(credits.reporters, record.language)),
        ("photographers", names(credits.photographers, record.language)),
        ("editors", names(credits.editors, record.language)),
    ]
    return [(labels[key], value) for key, value in rows if value]


def html_context(record: Publication, cover: str | None) -> dict[str, Any]:
    labels = LABELS[record.language]
    authors = record.credits.reporters or ([record.source] if record.source else [])
    return {
        "lang": record.language,
        "title": record.title,
        "title_lines": title_text_lines(record.title, record.language, TITLE_LINE_CHARS),
        "subtitle": record.subtitle,
        "authors": authors,
        "subject": record.lead or (record.cards[0].title if record.cards else ""),
        "keywords": [card.title for card in record.cards][:12],
        "date": meta_date(record),
        "date_text": date_label(record.date, record.language),
        "count_text": count_label(len(record.cards), record.language) if record.cards else "",
        "kicker": record.kicker,
        "source": record.source,
        "cover": cover,
        "cover_alt": record.title,
        "labels": labels,
        "lead": record.lead,
        "lead_highlights": record.lead_highlights,
        "cards": record.cards,
        "article_title": record.article_title,
        "article_subtitle": record.article_subtitle,
        "blocks": group_blocks(record.body),
        "closing": closing_rows(record),
        "tight": tight,
    }


def header_title(title: str) -> str:
    width, out = 0, ""
    for ch in title:
        width += 2 if is_wide(ch) else 1
        if width > HEADER_WIDTH:
            return out.rstrip() + "…"
        out += ch
    return out


def side_margin() -> float:
    """Left and right page margins (at least 20 mm) leaving a text block of whole body ems."""
    ems = int((A4_WIDTH_PT - 2 * MIN_SIDE_PT) // BODY_PT)
    return (A4_WIDTH_PT - ems * BODY_PT) / 2


def css_context(record: Publication) -> dict[str, str]:
    theme, language = record.theme, record.language
    colors, sizes = theme.colors, theme.sizes
    ctx = {
        # The fallback chain (fonts.chain): CJK, Latin (first for English), emoji, rare Han.
        "sans": css_families(theme, "sans", language),
        "serif": css_families(theme, "serif", language),
        "header_title": css_string(header_title(record.title)),
        # English is hyphenated (Pyphen, from lang="en"): justified lines without rivers.
        "hyphens": "auto" if language == "en" else "manual",
        # cover text on the primary colour and on the accent ribbons: AA contrast or the best
        "cover_kicker": readable(colors.primary, colors.accent, colors.on_primary),
        "ribbon_text": readable(colors.accent, colors.primary, colors.text, colors.on_primary),
        "colon": css_string(colon(language)),
        "side_margin": f"{side_margin():.3f}pt",
        "body_pt": f"{BODY_PT}",
        "highlighter": css_rgba(colors.highlighter, colors.highlighter_alpha),
    }
    for name in ("primary", "accent", "on_primary", "panel", "text", "muted", "term", "rule"):
        ctx[name] = css_color(getattr(colors, name))
    pts = {
        "kicker_pt": sizes.kicker * 0.4,
        "title_pt": sizes.title * 0.42,
        "section_pt": sizes.card_title * 0.4,
        "card_title_pt": sizes.card_title * PX_TO_PT,
        "point_pt": sizes.point * PX_TO_PT,
    }
    ctx.update({key: f"{value:.1f}" for key, value in pts.items()})
    return ctx
