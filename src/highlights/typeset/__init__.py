"""Chinese-aware typesetting for Pillow: break opportunities, fitting, punctuation compression."""

from highlights.typeset.breaks import NO_END, NO_START, break_units, phrase_units
from highlights.typeset.fit import Line, Piece, balance, wrap
from highlights.typeset.pillow import PillowMetrics, load_font, metrics_for
from highlights.typeset.punct import Metrics, squeeze, squeezes
from highlights.typeset.titles import CountMetrics, title_lines, title_text_lines

__all__ = [
    "NO_END",
    "NO_START",
    "CountMetrics",
    "Line",
    "Metrics",
    "Piece",
    "PillowMetrics",
    "balance",
    "break_units",
    "load_font",
    "metrics_for",
    "phrase_units",
    "squeeze",
    "squeezes",
    "title_lines",
    "title_text_lines",
    "wrap",
]
