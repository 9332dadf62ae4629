"""Figure call-outs in the EPUB: after a card's points, its most telling figure (large, in
the primary colour) with its unit and the phrase it belongs to, as text, exactly the source's
characters (`highlights.cards.figures`). Styles are inline, so the stylesheet is untouched."""

from __future__ import annotations

from typing import Any

from highlights.cards.figures import callout
from highlights.publication import Publication
from highlights.render.epub.ast import Node, attr, inlines
from highlights.render.html import css_color


def _span(classes: list[str], text: str, style: str) -> Node:
    return {"t": "Span", "c": [attr("", classes, style=style), inlines(text)]}


def with_callouts(tree: dict[str, Any], record: Publication) -> dict[str, Any]:
    """The document with a call-out closing each card that has a figure the source has
    verbatim (`<div class="callout">` after the card's list)."""
    colors = record.theme.colors
    primary, panel = css_color(colors.primary), css_color(colors.panel)
    muted = css_color(colors.muted)
    by_id = {f"card-{card.number}": card for card in record.cards}
    for block in tree["blocks"]:
        if block["t"] != "Div" or "card" not in block["c"][0][1]:
            continue
        inner = block["c"][1]
        card = by_id.get(inner[0]["c"][1][0]) if inner and inner[0]["t"] == "Header" else None
        found = callout(card, record.body, record.language) if card else None
        if found is None:
            continue
        fig = found.figure
        figure = [_span(["callout-unit"], fig.before, "font-size: 0.9em")] if fig.before else []
        # the body face (cut to every visible character), not the bold one (cut to titles)
        figure.append(_span(["callout-number"], fig.number, f"font-size: 2.4em; color: {primary}"))
        if fig.unit:
            figure.append(_span(["callout-unit"], fig.unit, "font-size: 0.9em"))
        phrase = _span(["callout-phrase"], fig.phrase, f"font-size: 0.85em; color: {muted}")
        content: Node = {"t": "Span", "c": [attr("", ["callout-figure"]), figure]}
        style = (f"margin: 0.6em 0 0.4em 1.2em; padding: 0.5em 1em; background: {panel}; "
                 "border-radius: 0.4em; text-align: center; line-height: 1.3")
        inner.append({"t": "Div", "c": [attr("", ["callout"], style=style),
                                        [{"t": "Para", "c": [content, {"t": "LineBreak"},
                                                             phrase]}]]})
    return tree
