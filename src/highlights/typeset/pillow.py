"""Metrics from Pillow fonts (raqm layout), cached: fitting measures the same runs many times.

A text is measured and drawn run by run, each run in the face of the fallback chain that has
its characters (`highlights.fonts.face_runs`): the CJK face, a Latin face, colour emoji, rare
Han. Colour emoji come as bitmaps of one size (Noto Color Emoji: 109 px), so they are measured
at that size and scaled. A text the first face draws entirely is one run, as before.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

from PIL import ImageFont

from highlights.fonts import Face, face_runs

# Bounded: each FreeType face keeps its own copy of the font's tables (several MB for a CJK
# face), and a deck uses ~17 sizes × 2 weights per script. Four articles rendered twice in one
# image+EPUB worker peaked at 560 MB with 24 sizes, 441 MB with 12, 391 MB with 8; but at 8 the
# desk's card preview (its fit tries sizes) went from 29 to 85 ms (bench.preview). 12 keeps it
# at 28 ms.
MAX_SIZES = 12
EMOJI_STRIKE = 109  # the one pixel size Noto Color Emoji's bitmaps come in


@functools.lru_cache(maxsize=4 * MAX_SIZES)  # CJK regular and bold, Latin ones
def load_font(path: Path, size: int, index: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, index=index, layout_engine=ImageFont.Layout.RAQM)


class Run(NamedTuple):
    """A piece of text drawn with one font: bitmaps scaled by `scale` (colour emoji), else 1."""

    text: str
    font: ImageFont.FreeTypeFont
    scale: float
    colour: bool  # drawn with embedded_color (colour emoji bitmaps)
    embolden: int = 0  # stroke width that thickens a face without a bold (rare Han in titles)


class PillowMetrics:
    """Regular and bold faces of one size, measured with the same shaping that draws them;
    `chain` (the fallback faces, the regular and bold ones among them) draws what they lack."""

    def __init__(self, regular: ImageFont.FreeTypeFont, bold: ImageFont.FreeTypeFont,
                 chain: tuple[Face, ...] = ()) -> None:
        self.regular = regular
        self.bold = bold
        self.chain = chain
        self._advance: dict[tuple[str, bool], float] = {}
        self._ink: dict[tuple[str, bool], tuple[float, float]] = {}
        self._runs: dict[tuple[str, bool], list[Run]] = {}

    @property
    def em(self) -> float:
        return float(self.regular.size)

    def font(self, bold: bool = False) -> ImageFont.FreeTypeFont:
        return self.bold if bold else self.regular

    def _face_font(self, face: Face, bold: bool) -> tuple[ImageFont.FreeTypeFont, float]:
        if face.role == "cjk":
            return self.font(bold), 1.0
        if face.role == "emoji":
            return load_font(face.regular, EMOJI_STRIKE, face.index), self.em / EMOJI_STRIKE
        return load_font(face.bold if bold else face.regular, int(self.em), face.index), 1.0

    def runs(self, text: str, bold: bool = False) -> list[Run]:
        """`text` cut where the face drawing it changes."""
        key = (text, bold)
        found = self._runs.get(key)
        if found is not None:
            return found
        plain = Run(text, self.font(bold), 1.0, False)
        if not self.chain or not text:
            found = [plain]
        else:
            faces = face_runs(text, self.chain)
            if all(k == faces[0] for k in faces) and self.chain[max(faces[0], 0)].role == "cjk":
                found = [plain]
            else:
                found = []
                start = 0
                for i in range(1, len(text) + 1):
                    if i == len(text) or faces[i] != faces[start]:
                        face = self.chain[max(faces[start], 0)]
                        font, scale = self._face_font(face, bold)
                        thicken = round(self.em / 36) if bold and face.bold == face.regular \
                            and face.role == "rare" else 0
                        found.append(Run(text[start:i], font, scale, face.role == "emoji",
                                         thicken))
                        start = i
        self._runs[key] = found
        return found

    def advance(self, text: str, bold: bool = False) -> float:
        key = (text, bold)
        value = self._advance.get(key)
        if value is None:
            value = sum(float(r.font.getlength(r.text)) * r.scale
                        for r in self.runs(text, bold)) if text else 0.0
            self._advance[key] = value
        return value

    def ink(self, ch: str, bold: bool = False) -> tuple[float, float]:
        key = (ch, bold)
        value = self._ink.get(key)
        if value is None:
            run = self.runs(ch, bold)[0]
            mask, offset = run.font.getmask2(ch)
            box = mask.getbbox()
            if box is None:  # a space: no ink; treat its whole advance as air
                value = (0.0, 0.0)
            else:
                value = (float(offset[0] + box[0]) * run.scale,
                         float(offset[0] + box[2]) * run.scale)
            self._ink[key] = value
        return value


@functools.lru_cache(maxsize=MAX_SIZES)
def metrics_for(regular: Path, bold: Path, size: int, index: int,
                chain: tuple[Face, ...] = ()) -> PillowMetrics:
    return PillowMetrics(load_font(regular, size, index), load_font(bold, size, index), chain)
