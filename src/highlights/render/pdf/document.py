"""The template context of the PDF: article blocks grouped, labels, sizes and theme CSS."""

from __future__ import annotations

import functools
import math
from typing import Any

import budoux

from highlights.fonts import css_family
from highlights.model import Article, Block, Deck, Language
from highlights.render.html import (
    LABELS,
    css_color,
    css_family_name,
    css_rgba,
    css_string,
    date_text,
    kicker,
    meta_date,
    pub_date,
)
from highlights.theme import Theme

PX_TO_PT = 0.33  # theme sizes are pixels on a 1080-px image; A4's text block is ~480 pt wide
HEADER_WIDTH = 80  # running header, in half-width units (a Han character counts 2)


TITLE_LINE_CHARS = 14  # Han characters per line of the cover title (31 pt on 166 mm)
_NUMERAL = set("〇零一二三四五六七八九十百千萬万0123456789")


@functools.cache
def _phrase_parser(language: Language) -> budoux.Parser:
    if language == "zh-Hans":
        return budoux.load_default_simplified_chinese_parser()
    return budoux.load_default_traditional_chinese_parser()


def balanced_lines(title: str, language: Language, width: int = TITLE_LINE_CHARS) -> list[str]:
    """Cut a Chinese title at BudouX phrase boundaries into lines of near-equal length, so the
    last line never holds one lonely character. English is left to the layout engine."""
    if language == "en" or len(title) <= width:
        return [title]
    phrases = _phrase_parser(language).parse(title)
    count = math.ceil(len(title) / width)
    target = len(title) / count
    # best[i] = (cost, lines) for the first i phrases; the cost favours even lines within width
    best: list[tuple[float, list[str]]] = [(0.0, [])]
    for end in range(1, len(phrases) + 1):
        options = []
        for start in range(end):
            line = "".join(phrases[start:end])
            over = max(0, len(line) - width) * 100
            # keep 十二 with its counter 屆: no line opens on a lone character or ends on a number
            split = 9 * (len(phrases[start]) == 1 and start > 0)
            split += 9 * (end < len(phrases) and set(phrases[end - 1]) <= _NUMERAL)
            cost = best[start][0] + (len(line) - target) ** 2 + over + split
            options.append((cost, [*best[start][1], line]))
        best.append(min(options, key=lambda option: option[0]))
    return best[-1][1]


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


def closing_rows(article: Article, deck: Deck) -> list[tuple[str, str]]:
    labels = LABELS[deck.language]
    sep = ", " if deck.language == "en" else "、"
    closing, meta = deck.closing, article.meta
    rows = [
        ("source", closing.source or meta.source or ""),
        ("reporters", sep.join(closing.reporters or meta.reporters)),
        ("photographers", sep.join(closing.photographers or meta.photographers)),
        ("editors", sep.join(closing.editors or meta.editors)),
    ]
    return [(labels[key], value) for key, value in rows if value]


def html_context(
    article: Article, deck: Deck, theme: Theme, cover: str | None, cover_alt: str
) -> dict[str, Any]:
    meta, labels = article.meta, LABELS[deck.language]
    date = pub_date(article, deck)
    source = deck.closing.source or meta.source
    authors = meta.reporters or ([source] if source else [])
    return {
        "lang": deck.language,
        "title": deck.title or meta.title,
        "title_lines": balanced_lines(deck.title or meta.title, deck.language),
        "subtitle": deck.subtitle or meta.subtitle,
        "authors": authors,
        "subject": deck.lead or (deck.cards[0].title if deck.cards else ""),
        "keywords": [card.title for card in deck.cards][:12],
        "date": meta_date(article, deck),
        "date_text": date_text(date, deck.language) or deck.date or meta.date or "",
        "count_text": labels["count"].format(n=len(deck.cards)) if deck.cards else "",
        "kicker": kicker(deck, theme),
        "source": source,
        "cover": cover,
        "cover_alt": cover_alt,
        "labels": labels,
        "lead": deck.lead,
        "lead_highlights": deck.lead_highlights,
        "cards": deck.cards,
        "article_title": meta.title,
        "article_subtitle": meta.subtitle,
        "blocks": group_blocks(article.blocks),
        "closing": closing_rows(article, deck),
    }


def _luminance(color: str) -> float:
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #RRGGBB colours."""
    hi, lo = sorted((_luminance(css_color(a)), _luminance(css_color(b))), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable(background: str, *choices: str) -> str:
    """The first choice with AA contrast (4.5:1) on the background, else the best one."""
    for choice in choices:
        if contrast(choice, background) >= 4.5:
            return choice
    return max(choices, key=lambda choice: contrast(choice, background))


def header_title(title: str) -> str:
    width, out = 0, ""
    for ch in title:
        width += 1 if ord(ch) < 0x1100 else 2
        if width > HEADER_WIDTH:
            return out.rstrip() + "…"
        out += ch
    return out


def css_context(deck: Deck, theme: Theme) -> dict[str, str]:
    colors, sizes = theme.colors, theme.sizes
    ctx = {
        "sans": css_family_name(css_family(theme, "sans", deck.language)),
        "serif": css_family_name(css_family(theme, "serif", deck.language)),
        "header_title": css_string(header_title(deck.title)),
        "hyphens": "manual",  # WeasyPrint 70 sets the justified hyphen apart: "mechan -"
        # cover text on the primary colour and on the accent ribbons: AA contrast or the best
        "cover_kicker": readable(colors.primary, colors.accent, colors.on_primary),
        "ribbon_text": readable(colors.accent, colors.primary, colors.text, colors.on_primary),
        "colon": css_string(": " if deck.language == "en" else "："),
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
