"""Figure call-outs in the PDF: after a card's points, its most telling figure set large in the
primary colour with its unit small beside it and its phrase underneath, as text (selectable,
read by screen readers), exactly the source's characters (`highlights.cards.figures`).

The template includes `pdf/callout.html.j2` in each card; the styles are inline there, so the
stylesheet is untouched."""

from __future__ import annotations

from typing import Any

from highlights.cards.figures import callout
from highlights.publication import Publication
from highlights.render.html import css_color


def callout_context(record: Publication) -> dict[str, Any]:
    """Template keys: `callouts`, the figure of each card by card number (cards without one
    are absent), and the colours it is set in."""
    found: dict[int, dict[str, str]] = {}
    for card in record.cards:
        c = callout(card, record.body, record.language)
        if c is not None:
            fig = c.figure
            # The spaces between the parts go into the large number's span: set small, a
            # text extractor reads "£1.3billion" (pdftotext); together they read as written.
            before, unit = fig.before.rstrip(), fig.unit.lstrip()
            number = fig.before[len(before):] + fig.number + fig.unit[: len(fig.unit) - len(unit)]
            found[card.number] = {"text": fig.text, "before": before, "number": number,
                                  "unit": unit, "phrase": fig.phrase}
    colors = record.theme.colors
    return {"callouts": found, "callout_colors": {
        name: css_color(getattr(colors, name)) for name in ("primary", "panel", "text", "muted")}}
