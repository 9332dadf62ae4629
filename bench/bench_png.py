"""Milliseconds per card image and per long image for the sample deck (median of several runs).

Run: .venv/bin/python bench/bench_png.py [--runs 7]
Uses the real pipeline's deck when highlights.cards is available, else the fixture deck.
Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from highlights.model import Deck
from highlights.publication import resolve_publication
from highlights.render.png import long
from highlights.render.png.card import SIZES, draw_card, paginate
from highlights.render.png.cover import draw_cover
from highlights.render.png.save import CARD_LIMIT, LONG_LIMIT, encode
from highlights.theme import Theme, load_theme

ROOT = Path(__file__).resolve().parents[1]


def sample_deck() -> tuple[Deck, str]:
    try:
        from highlights.cards import build_deck
        from highlights.ingest import read_source
        from highlights.normalise import normalise

        article = normalise(read_source(ROOT / "assets" / "samples" / "zigong-communique.txt"))
        return build_deck(article), "sample (build_deck)"
    except ImportError:
        path = ROOT / "tests" / "data" / "png" / "zigong-deck.json"
        return Deck.model_validate_json(path.read_text(encoding="utf-8")), "fixture deck"


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds: on a busy machine the CPU figure is the fair one."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def per(pair: tuple[float, float], n: int) -> tuple[float, float]:
    return pair[0] / n, pair[1] / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--theme", default="formal")
    args = parser.parse_args()
    built, origin = sample_deck()
    theme: Theme = load_theme(args.theme)
    deck = resolve_publication(built, theme)  # what the renderers draw from
    size = SIZES["4:5"]
    draw_cover(deck, theme, size)  # warm the caches: fonts, jieba, glyph metrics
    pages = [p for c in deck.cards for p in paginate(c, deck, theme, size)]
    n = len(pages)

    def layout_cards() -> None:
        for c in deck.cards:
            paginate(c, deck, theme, size)

    def draw_cards() -> list[object]:
        return [draw_card(p, deck, theme, size, "02 / 10") for p in pages]

    imgs = [draw_card(p, deck, theme, size, "02 / 10") for p in pages]
    long_img = long.draw_long(long.bands(deck, theme), theme)
    rows = [
        ("card: layout (paginate)", per(median_ms(layout_cards, args.runs), len(deck.cards))),
        ("card: draw", per(median_ms(draw_cards, args.runs), n)),
        ("card: encode PNG", per(median_ms(lambda: [encode(i, "png", CARD_LIMIT) for i in imgs],
                                           args.runs), n)),
        ("cover card: draw", median_ms(lambda: draw_cover(deck, theme, size), args.runs)),
        ("long: layout + draw", median_ms(lambda: long.draw_long(long.bands(deck, theme), theme),
                                          args.runs)),
        ("long: encode PNG", median_ms(lambda: encode(long_img, "png", LONG_LIMIT), args.runs)),
    ]
    print(f"deck: {origin}, {len(deck.cards)} cards, {n} card images, long image "
          f"{long_img.width}×{long_img.height}, theme {args.theme}, median of {args.runs} runs")
    print(f"{'step':<26}{'wall ms':>10}{'cpu ms':>10}")
    print("-" * 46)
    for name, (wall, cpu) in rows:
        print(f"{name:<26}{wall:>10.1f}{cpu:>10.1f}")
    for label, picks in (("card: total per image", (0, 1, 2)), ("long: total", (4, 5))):
        wall = sum(rows[k][1][0] for k in picks)
        cpu = sum(rows[k][1][1] for k in picks)
        print(f"{label:<26}{wall:>10.1f}{cpu:>10.1f}")


if __name__ == "__main__":
    main()
