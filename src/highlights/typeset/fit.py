"""Fitting text to a width with real font measurements: greedy lines, no widows, balanced titles.

Everything here works on *units* (see breaks.py), so a line can only ever break where UAX #14
and clreq allow. A unit wider than the whole line (a 5,000-character token) is the one
exception: it is cut between grapheme clusters, as a browser would do with overflow-wrap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from uniseg.graphemecluster import grapheme_clusters

from highlights.typeset.breaks import NO_START, OPENING, break_units
from highlights.typeset.punct import Metrics, squeeze

LOOKBACK = 4  # units a line may give up to end on a preferred break
BALANCE_MAX = 5  # lines beyond which titles are filled greedily instead of balanced
WIDOW = 3  # characters wanted on a paragraph's last line (two at the very least)


@dataclass(frozen=True)
class Piece:
    """A run drawn with one draw call: same weight, no squeeze inside. `start` indexes the text."""

    text: str
    start: int
    x: float
    width: float
    bold: bool


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    pieces: tuple[Piece, ...]
    width: float  # advance width, trailing spaces excluded
    ink_end: float  # right edge of the last glyph's ink: what must stay in the box

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    def x_of(self, offset: int, metrics: Metrics) -> float:
        """x of the character at text offset `offset` (or the line's end)."""
        for p in self.pieces:
            if p.start <= offset < p.start + len(p.text):
                return p.x + metrics.advance(p.text[: offset - p.start], p.bold)
        return self.width


@dataclass
class _Unit:
    start: int
    end: int
    pieces: list[Piece]  # x relative to the unit's start
    width: float
    trail: float  # advance of trailing spaces, not counted at a line end
    lead: float = 0.0  # squeeze against the previous unit when both share a line


def _make_unit(text: str, start: int, end: int, bold: Sequence[bool], m: Metrics) -> _Unit:
    pieces: list[Piece] = []
    x = 0.0
    i = start
    while i < end:
        j = i + 1
        while j < end and bold[j] == bold[i] and not squeeze(text[j - 1], text[j], m, bold[j]):
            j += 1
        if i > start:
            x -= squeeze(text[i - 1], text[i], m, bold[i])
        w = m.advance(text[i:j], bold[i])
        pieces.append(Piece(text[i:j], i, x, w, bold[i]))
        x += w
        i = j
    body = text[start:end]
    spaces = len(body) - len(body.rstrip())
    trail = m.advance(body[len(body) - spaces :], bold[end - 1]) if spaces else 0.0
    return _Unit(start, end, pieces, x, trail)


def _split_long(text: str, u: _Unit, bold: Sequence[bool], m: Metrics, width: float) -> list[_Unit]:
    """Cut an over-wide unit between grapheme clusters into chunks that each fit."""
    out: list[_Unit] = []
    a = pos = u.start
    for cluster in grapheme_clusters(text[u.start : u.end]):
        nxt = pos + len(cluster)
        if pos > a and _make_unit(text, a, nxt, bold, m).width > width:
            out.append(_make_unit(text, a, pos, bold, m))
            a = pos
        pos = nxt
    out.append(_make_unit(text, a, u.end, bold, m))
    return out


class _Fitter:
    def __init__(self, text: str, m: Metrics, width: float, bold: Sequence[bool] | None,
                 hang: float, units: Sequence[str] | None) -> None:
        self.text, self.m, self.width, self.hang = text, m, width, hang
        self.bold = list(bold) if bold is not None else [False] * len(text)
        self.units: list[_Unit] = []
        pos = 0
        for s in units if units is not None else break_units(text):
            u = _make_unit(text, pos, pos + len(s), self.bold, m)
            pos += len(s)
            self.units.extend(_split_long(text, u, self.bold, m, width) if u.width > width else [u])
        for k, u in enumerate(self.units):
            if k:
                u.lead = squeeze(text[u.start - 1], text[u.start], m, self.bold[u.start])
        # Prefix sums make measuring any run of units O(1): the title balancer asks often.
        self._widths = [0.0]
        self._leads = [0.0]
        for u in self.units:
            self._widths.append(self._widths[-1] + u.width)
            self._leads.append(self._leads[-1] + u.lead)

    def measure(self, a: int, b: int) -> tuple[float, float, float]:
        """(advance width, ink end, width before a final mark) of units a..b-1 on one line."""
        x = self._widths[b] - self._widths[a] - (self._leads[b] - self._leads[a + 1])
        last = self.units[b - 1]
        x -= last.trail
        body = self.text[last.start : last.end].rstrip()
        ch = body[-1] if body else ""
        bold = self.bold[last.end - 1]
        if ch in NO_START and ch:
            adv = self.m.advance(ch, bold)
            return x, x - adv + self.m.ink(ch, bold)[1], x - adv
        return x, x, x

    def fits(self, a: int, b: int) -> bool:
        width, ink_end, body = self.measure(a, b)
        if width <= self.width + 0.01:
            return True
        # Hanging punctuation: only the final mark may pass the edge, and only by `hang`.
        return body <= self.width + 0.01 and ink_end <= self.width + self.hang + 0.01

    def greedy(self, prefer: frozenset[int] | None = None) -> list[tuple[int, int]]:
        """Fill each line; with `prefer`, back up to LOOKBACK units to end a line on a word."""
        lines: list[tuple[int, int]] = []
        a = 0
        k = 1
        while k <= len(self.units):
            if k - 1 > a and not self.fits(a, k):
                end = k - 1
                if prefer is not None:
                    for back in range(end, max(a + 1, end - LOOKBACK) - 1, -1):
                        if self.units[back - 1].end in prefer:
                            end = back
                            break
                lines.append((a, end))
                a = end
                k = end + 1
            else:
                k += 1
        if self.units:
            lines.append((a, len(self.units)))
        return lines

    def is_widow(self, a: int, b: int, least: int = 2) -> bool:
        body = self.text[self.units[a].start : self.units[b - 1].end]
        return sum(1 for ch in body if ch not in NO_START and not ch.isspace()) < least

    def fix_widow(self, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Pull units down from the line above until the last line holds WIDOW characters.

        Two is the rule (no character alone with its full stop); three reads better, so it is
        sought as long as the line above keeps at least half the width.
        """
        while len(lines) >= 2 and self.is_widow(*lines[-1], least=WIDOW):
            (pa, pb), (_, lb) = lines[-2], lines[-1]
            must = self.is_widow(*lines[-1])
            if pb - pa < 2 or not self.fits(pb - 1, lb):
                break
            if not must and self.measure(pa, pb - 1)[0] < self.width / 2:
                break
            lines[-2:] = [(pa, pb - 1), (pb - 1, lb)]
        return lines

    def balanced(self, n: int) -> list[tuple[int, int]] | None:
        """Exactly n lines that fit, minimising the sum of squared widths (even lines)."""
        m = len(self.units)
        inf = float("inf")
        best: dict[tuple[int, int], tuple[float, int]] = {(0, 0): (0.0, -1)}
        for lines in range(1, n + 1):
            for b in range(lines, m + 1):
                cands = []
                # Lines only get wider as they start earlier: stop at the first that fails.
                for a in range(b - 1, lines - 2, -1):
                    if not self.fits(a, b):
                        break
                    prev = best.get((lines - 1, a))
                    if prev is None:
                        continue
                    if lines == n and b == m and n > 1 and self.is_widow(a, b):
                        continue
                    cands.append((prev[0] + self.measure(a, b)[0] ** 2, a))
                if cands:
                    best[(lines, b)] = min(cands)
        if best.get((n, m), (inf, 0))[0] == inf:
            return None
        out: list[tuple[int, int]] = []
        b, k = m, n
        while k:
            a = best[(k, b)][1]
            out.append((a, b))
            b, k = a, k - 1
        return out[::-1]

    def lead_in(self, a: int) -> float:
        """Line-start opening marks (“「《) set half-width (clreq): no apparent indent."""
        ch = self.text[self.units[a].start]
        if ch not in OPENING:
            return 0.0
        bold = self.bold[self.units[a].start]
        return min(self.m.em / 2, max(0.0, self.m.ink(ch, bold)[0] - 0.1 * self.m.em))

    def line(self, a: int, b: int) -> Line:
        pieces: list[Piece] = []
        shift = self.lead_in(a)
        x = -shift
        for k in range(a, b):
            u = self.units[k]
            if k > a:
                x -= u.lead
            for p in u.pieces:
                last = pieces[-1] if pieces else None
                if last and last.bold == p.bold and abs(last.x + last.width - x - p.x) < 0.01:
                    # One draw call per run instead of per unit: drawing dominates the cost.
                    pieces[-1] = Piece(last.text + p.text, last.start, last.x,
                                       last.width + p.width, p.bold)
                else:
                    pieces.append(Piece(p.text, p.start, x + p.x, p.width, p.bold))
            x += u.width
        width, ink_end, _ = self.measure(a, b)
        return Line(self.units[a].start, self.units[b - 1].end, tuple(pieces), width - shift,
                    ink_end - shift)


def wrap(text: str, metrics: Metrics, width: float, *, bold: Sequence[bool] | None = None,
         hang: float = 0.0, widow: bool = True, units: Sequence[str] | None = None,
         prefer: frozenset[int] | None = None) -> list[Line]:
    """Break `text` into lines no wider than `width` (final marks may hang by `hang`).

    `prefer`: offsets where a break reads well (word ends); a line gives up to LOOKBACK units
    of its end to break at one of them rather than inside a word.
    """
    if not text:
        return []
    f = _Fitter(text, metrics, width, bold, hang, units)
    spans = f.greedy()
    if prefer is not None:
        nicer = f.greedy(prefer)
        if len(nicer) == len(spans):  # word ends are worth a ragged edge, not an extra line
            spans = nicer
    if widow:
        spans = f.fix_widow(spans)
    return [f.line(a, b) for a, b in spans]


def balance(text: str, metrics: Metrics, width: float, *, bold: Sequence[bool] | None = None,
            units: Sequence[str] | None = None) -> list[Line]:
    """As few lines as the greedy fit needs, but of even widths: for titles."""
    if not text:
        return []
    f = _Fitter(text, metrics, width, bold, 0.0, units)
    spans = f.fix_widow(f.greedy())
    # Balancing is for display lines (titles take up to three); past BALANCE_MAX it only costs.
    even = f.balanced(len(spans)) if 1 < len(spans) <= BALANCE_MAX else None
    return [f.line(a, b) for a, b in (even or spans)]
