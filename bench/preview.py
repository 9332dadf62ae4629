"""The desk's live preview: how long an editor waits for a card (and the long image) to be
drawn again, against a plain Pillow card draw measured in the same run.

    python -m bench.preview [--runs 15]   (also part of `make bench`)

- baseline: a 1080×1350 image with a coloured band and three lines of CJK text drawn with
  Pillow's own `ImageDraw.text`, sent as the preview is sent (halved, JPEG quality 90);
- card preview, in process: `desk.preview.preview_card` (the publication record, then the
  image renderer's own pagination and drawing, then the same JPEG), every card of the sample;
- card preview over HTTP: the desk on a loopback port, the editor's JSON posted to
  `/d/<id>/preview?card=N` with the headline changed each time, until the image is back;
- long image preview, over HTTP: `/d/<id>/long.jpg`.

Median and worst of each; the target is a card preview back in under 150 ms.
"""

from __future__ import annotations

import argparse
import io
import json
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.measure import SAMPLE

TARGET_MS = 150.0


def _ms(fn: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _summary(times: list[float]) -> dict[str, float]:
    return {"median_ms": statistics.median(times), "worst_ms": max(times), "n": len(times)}


def plain_pillow_card() -> bytes:
    """What a hand-written preview would do: draw a card with Pillow alone, then encode it."""
    from PIL import Image, ImageDraw, ImageFont

    from highlights.fonts import face_index, font_file
    from highlights.theme import load_theme

    theme = load_theme("formal")
    font = ImageFont.truetype(str(font_file(theme, "sans", False)), 44, index=face_index("zh-Hant"))
    img = Image.new("RGB", (1080, 1350), (250, 248, 244))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 1080, 300), fill=(180, 30, 30))
    draw.text((72, 150), "總體要求", font=font, fill=(255, 255, 255))
    for k, line in enumerate(("必須堅持以習近平新時代中國特色社會主義思想為指導",
                              "增強“四個意識”、堅定“四個自信”、做到“兩個維護”",
                              "全面落實“四個面向”要求")):
        draw.text((72, 500 + k * 90), line, font=font, fill=(30, 30, 30))
    buffer = io.BytesIO()
    img.reduce(2).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def _serve(out: Path) -> tuple[Any, str]:
    import uvicorn

    from highlights.desk import create_app

    def no_publish(*args: object, **kwargs: object) -> list[Any]:
        raise RuntimeError("the preview bench publishes nothing")

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(out, no_publish), host="127.0.0.1",
                                           port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def _payload(draft: Any, headline: str) -> dict[str, Any]:
    from highlights.desk.deckform import with_marks

    deck, item = draft.deck, draft.item
    return {
        "title": headline, "subtitle": deck.subtitle, "date": deck.date, "kicker": deck.kicker,
        "source": deck.closing.source, "lead": deck.lead, "theme": item.theme,
        "preset": item.preset, "reporters": "", "photographers": "", "editors": "",
        "cards": [{"orig": i, "title": with_marks(c.title, c.highlights),
                   "points": [{"orig": j, "text": with_marks(p.text, p.highlights)}
                              for j, p in enumerate(c.points)]}
                  for i, c in enumerate(deck.cards)],
    }


def measure(runs: int = 15) -> dict[str, Any]:
    import httpx

    from highlights.desk.preview import preview_card

    figures: dict[str, Any] = {"runs": runs}
    plain_pillow_card()  # fonts loaded once, as the desk has them loaded
    figures["baseline"] = _summary(_ms(plain_pillow_card, runs))
    with tempfile.TemporaryDirectory(prefix="bench-preview-") as folder:
        server, url = _serve(Path(folder))
        try:
            with httpx.Client(base_url=url, timeout=60) as client:
                sent = client.post("/upload", files={"article": (SAMPLE.name, SAMPLE.read_bytes())})
                job = sent.headers["location"].removeprefix("/jobs/")
                desk = server.config.app.state.desk
                item = desk.queue.wait(job, 120).item
                draft = desk.drafts.load(item)
                cards = len(draft.deck.cards) + 1
                for index in range(cards):  # warm: fonts, glyph caches, the dictionaries
                    preview_card(draft.article, draft.deck, draft.item.theme, "4:5", index)
                inproc: list[float] = []
                for index in range(cards):
                    inproc += _ms(lambda i=index: preview_card(  # type: ignore[misc]
                        draft.article, draft.deck, draft.item.theme, "4:5", i), runs)
                figures["card_inprocess"] = _summary(inproc)
                http: list[float] = []
                for index in range(cards):
                    for run in range(runs):
                        body = json.dumps(_payload(draft, f"{draft.deck.title}{run}"))
                        start = time.perf_counter()
                        answer = client.post(f"/d/{item}/preview?card={index}", content=body,
                                             headers={"content-type": "application/json"})
                        http.append((time.perf_counter() - start) * 1000)
                        assert answer.status_code == 200 and answer.content[:3] == b"\xff\xd8\xff"
                figures["card_http"] = {**_summary(http), "cards": cards}
                long_times = _ms(lambda: client.get(f"/d/{item}/long.jpg").raise_for_status(),
                                 max(3, runs // 3))
                figures["long_http"] = _summary(long_times)
        finally:
            server.should_exit = True
    base = figures["baseline"]["median_ms"]
    figures["ratio"] = figures["card_http"]["median_ms"] / base
    figures["worst_ratio"] = figures["card_http"]["worst_ms"] / base
    return figures


def rows(f: dict[str, Any]) -> list[tuple[str, str, str, float, bool]]:
    """Rows for `make bench`'s table: (label, ours, against, ratio, met)."""
    base, http = f["baseline"]["median_ms"], f["card_http"]
    inproc, long_ = f["card_inprocess"], f["long_http"]
    return [
        (f"card preview over HTTP, median of {http['n']} (target 150 ms)",
         f"{http['median_ms']:.0f} ms", "150 ms", http["median_ms"] / TARGET_MS,
         http["median_ms"] <= TARGET_MS),
        ("card preview over HTTP, worst (target 150 ms)", f"{http['worst_ms']:.0f} ms",
         "150 ms", http["worst_ms"] / TARGET_MS, http["worst_ms"] <= TARGET_MS),
        ("  card preview vs a plain Pillow card draw, median (info)",
         f"{http['median_ms']:.0f} ms", f"{base:.0f} ms", http["median_ms"] / base, False),
        ("  card preview in process, median / worst (info)", f"{inproc['median_ms']:.0f} ms",
         f"{inproc['worst_ms']:.0f} ms", inproc["median_ms"] / base, False),
        ("  long image preview over HTTP, median / worst (info)",
         f"{long_['median_ms']:.0f} ms", f"{long_['worst_ms']:.0f} ms",
         long_["median_ms"] / base, False),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    figures = measure(parser.parse_args().runs)
    print(json.dumps(figures, indent=2))
    for label, ours, against, ratio, met in rows(figures):
        mark = "" if label.startswith(" ") else ("yes" if met else "NO")  # info rows: no mark
        print(f"{label:<62}{ours:>10}{against:>10}{ratio:>8.2f}  {mark}")


if __name__ == "__main__":
    main()
