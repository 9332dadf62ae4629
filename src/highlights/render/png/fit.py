"""Fitting a deck's points to its card images: one point size per deck, whole points per image.

The size is the largest at which every card that can fit on one image does (the fullest card
decides; spacing, not size, absorbs the shorter ones). A card too full even at the smallest
size continues on further images at the deck's size, whole points per image, spread evenly,
and a continuation carries at least two points whenever the card has them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

Group = tuple[int, int]  # points a..b-1 on one image


def deck_size(sizes: Sequence[int], level: Callable[[int, int], int], cards: int) -> int:
    """The largest of `sizes` (descending) at which every card is as well off as at the
    smallest. `level(card, size)`: 2 when the card's points fit on one image, 1 when they
    continue on further images with at least two points on each, 0 otherwise."""
    smallest = sizes[-1]
    wanted = [level(k, smallest) for k in range(cards)]
    for size in sizes:
        if all(level(k, size) >= wanted[k] for k in range(cards) if wanted[k]):
            return size
    return smallest


def pack(heights: Sequence[float], gap: float, room: float, strict: bool = False
         ) -> list[Group] | None:
    """Points of `heights` (in order) on as few images of height `room` as they need, each
    image's points `gap` apart, the fullest image as empty as it can be; images after the
    first hold two points or more when that is possible (`strict`: or None). None if one
    point alone is taller than `room` (it must then be split line by line)."""
    n = len(heights)
    if any(h > room for h in heights):
        return None

    def fits(a: int, b: int) -> bool:
        return sum(heights[a:b]) + gap * (b - a - 1) <= room

    for least in (2,) if strict else (2, 1):
        for count in range(1, n + 1):
            groups = _split(n, count, least, fits, heights, gap)
            if groups is not None:
                return groups
    return None  # not reached: one point per image always fits


def _split(n: int, count: int, least: int, fits: Callable[[int, int], bool],
           heights: Sequence[float], gap: float) -> list[Group] | None:
    """`count` contiguous groups of points 0..n-1 that fit, continuations of at least
    `least` points, minimising the tallest group; None when there is no such split."""

    @functools.cache
    def best(start: int, left: int) -> tuple[float, tuple[Group, ...]] | None:
        if left == 0:
            return (0.0, ()) if start == n else None
        wanted = 1 if start == 0 else least
        options = []
        for end in range(start + wanted, n + 1):
            if not fits(start, end):
                break
            rest = best(end, left - 1)
            if rest is not None:
                tall = sum(heights[start:end]) + gap * (end - start - 1)
                options.append((max(tall, rest[0]), ((start, end), *rest[1])))
        return min(options) if options else None

    found = best(0, count)
    return list(found[1]) if found is not None else None
