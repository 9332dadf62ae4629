"""Colours, fonts and the small drawn shapes every image shares (badges, ribbons, rules)."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import ImageDraw

from highlights.fonts import chain, face_index, font_file
from highlights.model import Language
from highlights.presentation import RGB, contrast, rgb
from highlights.theme import Theme
from highlights.typeset import PillowMetrics, metrics_for

__all__ = ["RGB", "Palette", "blend", "contrast", "metrics", "rgb"]


def blend(top: RGB, bottom: RGB, alpha: float) -> RGB:
    """`top` at `alpha` over an opaque `bottom`: the band behind text is drawn opaque, once."""
    r, g, b = (round(t * alpha + u * (1 - alpha)) for t, u in zip(top, bottom, strict=True))
    return (r, g, b)


@dataclass(frozen=True)
class Palette:
    primary: RGB
    accent: RGB
    on_primary: RGB
    background: RGB
    panel: RGB
    text: RGB
    muted: RGB
    term: RGB
    rule: RGB
    ribbon: RGB
    on_ribbon: RGB
    band_on_background: RGB  # the highlighter stroke, blended over each surface it sits on
    band_on_panel: RGB

    @classmethod
    def of(cls, theme: Theme) -> Palette:
        c = theme.colors
        hl = rgb(c.highlighter)
        return cls(
            rgb(c.primary), rgb(c.accent), rgb(c.on_primary), rgb(c.background), rgb(c.panel),
            rgb(c.text), rgb(c.muted), rgb(c.term), rgb(c.rule), rgb(c.ribbon),
            rgb(c.on_ribbon or c.primary),
            blend(hl, rgb(c.background), c.highlighter_alpha),
            blend(hl, rgb(c.panel), c.highlighter_alpha),
        )


def metrics(theme: Theme, language: Language, size: int) -> PillowMetrics:
    """Sans regular and bold (黑體) at `size` px in the face for the deck's script."""
    return metrics_for(
        font_file(theme, "sans", False), font_file(theme, "sans", True), size, face_index(language),
        chain(theme, "sans", language),
    )


def pill(draw: ImageDraw.ImageDraw, cx: float, top: float, text: str, m: PillowMetrics,
         fill: RGB, ink: RGB, pad: int = 28, bold: bool = False) -> float:
    """A rounded ribbon centred on cx holding one line of text; returns its bottom."""
    w = m.advance(text, bold)
    h = round(m.em * 1.9)
    box = (round(cx - w / 2 - pad), round(top), round(cx + w / 2 + pad), round(top + h))
    draw.rounded_rectangle(box, radius=h // 2, fill=fill)
    draw.text((cx, top + h / 2), text, font=m.font(bold), fill=ink, anchor="mm")
    return top + h


def badge(draw: ImageDraw.ImageDraw, cx: float, cy: float, label: str, m: PillowMetrics,
          fill: RGB, ink: RGB, ring: RGB | None = None) -> None:
    r = round(m.em * 0.82)
    box = (round(cx - r), round(cy - r), round(cx + r), round(cy + r))
    draw.ellipse(box, fill=fill, outline=ring, width=3 if ring else 0)
    draw.text((cx, cy), label, font=m.font(True), fill=ink, anchor="mm")


def ornament(draw: ImageDraw.ImageDraw, cx: float, y: float, half: float, colour: RGB) -> None:
    """A thin rule with a small diamond at its centre: the divider between sections."""
    y = round(y)
    draw.line((round(cx - half), y, round(cx - 14), y), fill=colour, width=2)
    draw.line((round(cx + 14), y, round(cx + half), y), fill=colour, width=2)
    d = 8
    draw.polygon([(cx, y - d), (cx + d, y), (cx, y + d), (cx - d, y)], fill=colour)


def outline_pill(draw: ImageDraw.ImageDraw, cx: float, top: float, text: str, m: PillowMetrics,
                 line: RGB, ink: RGB, pad: int = 28) -> float:
    """A kicker label: a gold outline on the primary colour, text in the on-primary colour."""
    w = m.advance(text, True)
    h = round(m.em * 1.9)
    box = (round(cx - w / 2 - pad), round(top), round(cx + w / 2 + pad), round(top + h))
    draw.rounded_rectangle(box, radius=h // 2, outline=line, width=3)
    draw.text((cx, top + h / 2), text, font=m.font(True), fill=ink, anchor="mm")
    return top + h
