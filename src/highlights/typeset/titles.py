"""The one title breaker: phrase boundaries (BudouX read through the Simplified model, jieba
word ends, UAX #14), then lines of even width. The images measure with their fonts; the PDF,
whose engine cannot balance lines, asks the same breaker with a character-count measure."""

from __future__ import annotations

from collections.abc import Sequence

from highlights.chars import display_width
from highlights.model import Language
from highlights.typeset.breaks import phrase_units, word_units
from highlights.typeset.fit import Line, balance
from highlights.typeset.punct import Metrics


class CountMetrics:
    """A measure in ems without a font: a wide character is one em, any other half of one."""

    em = 1.0

    def advance(self, text: str, bold: bool = False) -> float:
        return display_width(text)

    def ink(self, ch: str, bold: bool = False) -> tuple[float, float]:
        return (0.0, display_width(ch))


def title_lines(text: str, metrics: Metrics, width: float, language: Language,
                bold: Sequence[bool] | None = None) -> list[Line]:
    """A title in as few lines as fit, of even widths, broken only between phrases (or, when a
    phrase is wider than the line, between words; when a word is, wherever UAX #14 and clreq
    allow)."""
    heavy = bool(bold and all(bold))
    for units in (phrase_units(text, language), word_units(text, language)):
        if not any(metrics.advance(u, heavy) > width for u in units):
            return balance(text, metrics, width, bold=bold, units=units)
    return balance(text, metrics, width, bold=bold)


def title_text_lines(text: str, language: Language, width_em: float) -> list[str]:
    """The title's lines for a layout engine that is told where to break (the PDF's <br>);
    English is left to the engine."""
    if language == "en" or display_width(text) <= width_em:
        return [text]
    return [line.text for line in title_lines(text, CountMetrics(), width_em, language)]
