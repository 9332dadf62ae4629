"""In-process measurements, each run by `bench/__main__.py` in a child process of its own.

    python -m bench.worker TASK ARGS...

Each task prints one JSON line last; the parent reads the child's peak memory from the kernel.
Every timed call follows an untimed warm-up call (imports, fonts, dictionaries), so medians are
warm figures; the first (cold) figure is reported as well where it matters.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.measure import median
from highlights.publish import Prepared
from highlights.render.pool import RenderPool

STAGES = ("ingest", "normalise", "cards", "pdf", "epub", "png", "publish")


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _prepare(path: Path) -> Prepared:
    from highlights.publish import prepare
    from highlights.settings import RunSettings

    return prepare(path, RunSettings())


def _stage_call(
    stage: str, path: Path, work: Path, renders: RenderPool | None = None
) -> Callable[[], object]:
    """A zero-argument call that runs one stage on one article (its inputs made beforehand);
    `publish` renders with the benchmark's pool, as the CLI and the flow do with theirs."""
    from highlights.cards import build_deck
    from highlights.ingest import read_source
    from highlights.normalise import normalise
    from highlights.publish import publish_article
    from highlights.settings import RunSettings

    settings = RunSettings()
    if stage == "ingest":
        return lambda: read_source(path)
    document = read_source(path)
    if stage == "normalise":
        return lambda: normalise(document, settings.normalise)
    article = normalise(document, settings.normalise)
    if stage == "cards":
        return lambda: build_deck(article, settings.cards)
    if stage == "publish":
        def publish() -> object:
            out = Path(tempfile.mkdtemp(dir=work))
            return publish_article(path, out, settings, renders)

        return publish
    return _render_call(stage, _prepare(path), work)


RENDER_STAGES = ("pdf", "epub", "png")


def _render_call(stage: str, prepared: Prepared, work: Path) -> Callable[[], object]:
    """One render stage on a prepared article. The pdf stage renders as the PDF lane does:
    the cover is drawn by another process (the images lane), untimed."""
    from highlights.render.job import render_format, render_in_order
    from highlights.settings import RunSettings

    settings = RunSettings()
    if stage == "pdf":
        stage_dir = Path(tempfile.mkdtemp(dir=work))
        _cover_apart(prepared, stage_dir)
        return lambda: render_format("pdf", prepared, stage_dir, settings)

    def render() -> object:
        stage_dir = Path(tempfile.mkdtemp(dir=work))
        # The format and the cover it shows (each renderer drew its own cover before).
        return render_in_order([stage], prepared, stage_dir, settings)  # type: ignore[list-item]

    return render


def _prepare_or_error(path: str) -> Prepared | str:
    try:
        return _prepare(Path(path))
    except Exception as exc:  # a fixture this stage refuses: counted, the batch goes on
        return f"{Path(path).name}: {type(exc).__name__}: {exc}"[:300]


def _prepare_apart(paths: list[str]) -> list[Prepared | str]:
    """The articles read, normalised and split by a child process, as the command or the flow
    does before the render workers get them: the splitter's dictionaries (jieba, pypinyin,
    OpenCC) stay out of a render stage's memory, as they stay out of a render worker's."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as child:
        return list(child.map(_prepare_or_error, paths))


def _cover_apart(prepared: Prepared, stage_dir: Path) -> None:
    """The article's cover drawn into `stage_dir` by a forked child: Pillow's faces stay out of
    this process, as they stay out of a PDF worker."""
    from highlights.render.job import render_format
    from highlights.settings import RunSettings

    if not prepared.record.cover:
        return
    pid = os.fork()
    if pid == 0:
        try:
            render_format("cover", prepared, stage_dir, RunSettings())
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def task_stage(stage: str, runs: str, sample: str, *batch: str) -> dict[str, Any]:
    """One stage: median over `runs` on the sample, then one pass over the batch (sum)."""
    if stage == "pdf":
        from highlights.single_faces import use_single_faces

        use_single_faces()  # the fonts a PDF worker reads (render/preload.py)
    work = Path(tempfile.mkdtemp(prefix=f"bench-{stage}-"))
    renders = RenderPool()
    prepared = _prepare_apart([sample, *batch]) if stage in RENDER_STAGES else []

    def call(index: int, path: str) -> Callable[[], object]:
        if not prepared:
            return _stage_call(stage, Path(path), work, renders)
        found = prepared[index]
        if isinstance(found, str):
            raise ValueError(found)
        return _render_call(stage, found, work)

    try:
        first = call(0, sample)
        cold = _timed(first)
        times = [_timed(first) for _ in range(int(runs))]
        batch_times: list[float] = []
        errors: list[str] = []
        for index, path in enumerate(batch, 1):
            if prepared and isinstance(prepared[index], str):
                errors.append(str(prepared[index]))  # refused while being prepared
                continue
            try:
                batch_times.append(_timed(call(index, path)))
            except Exception as exc:  # a fixture this stage refuses: count it, go on
                errors.append(f"{Path(path).name}: {type(exc).__name__}: {exc}"[:300])
        return {"stage": stage, "cold_s": cold, "sample_s": median(times), "runs": int(runs),
                "batch_s": sum(batch_times), "batch_n": len(batch_times), "errors": errors}
    finally:
        renders.close()
        shutil.rmtree(work, ignore_errors=True)


def task_once(out: str, path: str) -> dict[str, Any]:
    """One article, all formats, in a fresh process: the memory one article needs."""
    from highlights.publish import publish_article

    return {"seconds": _timed(lambda: publish_article(Path(path), Path(out)))}


def task_library_batch(out: str, *paths: str) -> dict[str, Any]:
    """The batch through the library in one process, then the unchanged re-run."""
    from highlights.errors import HighlightsError
    from highlights.publish import publish_article
    from highlights.settings import RunSettings

    settings = RunSettings()
    errors: list[str] = []
    renders = RenderPool()  # the benchmark's workers, for the whole batch

    def batch() -> float:
        start = time.perf_counter()
        for path in paths:
            try:
                publish_article(Path(path), Path(out), settings, renders)
            except HighlightsError as exc:  # refused, as the flow would: counted, batch goes on
                errors.append(exc.line()[:300])
        return time.perf_counter() - start

    with renders:
        first = batch()
        rerun = batch()
    return {"first_s": first, "rerun_s": rerun, "n": len(paths), "errors": errors}


def export_html(prepared: Prepared, folder: Path) -> Path:
    """The HTML and CSS our PDF renderer hands WeasyPrint, as one file a user could render."""
    from highlights.render.pdf import document_html
    from highlights.render.registry import renderer
    from highlights.settings import RunSettings

    record = prepared.record
    folder.mkdir(parents=True, exist_ok=True)
    cover = renderer("cover").render(record, folder, RunSettings())[0].path
    html, css = document_html(record, cover, folder)
    html = html.replace("</head>", f"<style>\n{css}\n</style>\n</head>", 1)
    path = folder / "article.html"
    path.write_text(html, encoding="utf-8")
    return path


def card_html(prepared: Prepared) -> str:
    """The first content card as an HTML page of the card's size, in the theme's fonts/colours."""
    from html import escape

    from highlights.fonts import css_family

    deck, theme = prepared.deck, prepared.theme
    card = deck.cards[0]
    colors, sizes, spacing = theme.colors, theme.sizes, theme.spacing
    sans = css_family(theme, "sans", deck.language)
    points = "".join(f"<li>{escape(point.text)}</li>" for point in card.points)
    return f"""<!doctype html><html lang="{deck.language}"><head><meta charset="utf-8"><style>
html, body {{ margin: 0; width: 1080px; height: 1350px; overflow: hidden; }}
body {{ font-family: "{sans}", sans-serif; background: {colors.background}; color: {colors.text};
  line-break: strict; }}
header {{ background: {colors.primary}; color: {colors.on_primary};
  padding: 64px {spacing.margin}px; height: 300px; box-sizing: border-box; }}
.badge {{ display: inline-block; background: {colors.accent}; color: {colors.primary};
  font-size: {sizes.badge}px; width: 72px; height: 72px; line-height: 72px; text-align: center;
  border-radius: 36px; font-weight: bold; }}
h1 {{ font-size: {sizes.card_title}px; margin: 24px 0 0; line-height: 1.3; }}
ul {{ margin: 56px {spacing.card_margin}px; padding: 0; list-style: none; }}
li {{ font-size: {sizes.card_point}px; line-height: {spacing.line_height}; margin-bottom: 32px;
  text-align: justify; padding-left: 1.2em; text-indent: -1.2em; }}
li::before {{ content: "●"; color: {colors.accent}; margin-right: 0.4em; }}
footer {{ position: absolute; bottom: 40px; left: {spacing.margin}px; right: {spacing.margin}px;
  font-size: {sizes.footer}px; color: {colors.muted}; border-top: 2px solid {colors.rule};
  padding-top: 16px; }}
</style></head><body><header><span class="badge">{card.number}</span>
<h1>{escape(card.title)}</h1></header><ul>{points}</ul>
<footer>{escape(deck.title)} · 02 / {len(deck.cards) + 1:02d}</footer></body></html>"""


def task_html(folder: str, *paths: str) -> dict[str, Any]:
    """Write, for each article, the PDF's HTML (for the `weasyprint` baseline), and the sample's
    first card as an HTML page (for the Chromium baseline)."""
    out: dict[str, Any] = {"html": [], "card": None}
    for index, path in enumerate(paths):
        prepared = _prepare(Path(path))
        out["html"].append(str(export_html(prepared, Path(folder) / f"{index + 1:02d}")))
        if index == 0:
            card = Path(folder) / "card.html"
            card.write_text(card_html(prepared), encoding="utf-8")
            out["card"] = str(card)
    return out


def task_weasyprint(runs: str, html: str) -> dict[str, Any]:
    """WeasyPrint in-process on the same HTML: the floor for our PDF."""
    import weasyprint

    from highlights.render.pdf import PDF_VARIANT

    def render(variant: str | None) -> bytes:
        options: dict[str, Any] = {"pdf_variant": variant} if variant else {}
        data: bytes = weasyprint.HTML(filename=html).write_pdf(**options)
        return data

    cold = _timed(lambda: render(None))
    plain = [_timed(lambda: render(None)) for _ in range(int(runs))]
    tagged = [_timed(lambda: render(PDF_VARIANT)) for _ in range(int(runs))]
    return {"cold_s": cold, "plain_s": median(plain), "tagged_s": median(tagged)}


def task_card(runs: str) -> dict[str, Any]:
    """One card image (layout, draw, PNG encode), with the PNG engineer's bench_png helpers."""
    from bench.bench_png import sample_deck
    from highlights.publication import resolve_publication
    from highlights.render.png.card import SIZES, draw_card, paginate
    from highlights.render.png.cover import draw_cover
    from highlights.render.png.save import CARD_LIMIT, encode
    from highlights.theme import load_theme

    built, origin = sample_deck()
    theme = load_theme("formal")
    deck = resolve_publication(built, theme)  # what the renderers draw from
    size = SIZES["4:5"]
    draw_cover(deck, theme, size)  # warm-up: fonts, glyph metrics, caches
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(int(runs)):
        for card in deck.cards:
            start, start_cpu = time.perf_counter(), time.process_time()
            pages = paginate(card, deck, theme, size)
            for page in pages:
                encode(draw_card(page, deck, theme, size, "02 / 10"), "png", CARD_LIMIT)
            wall.append((time.perf_counter() - start) * 1000 / len(pages))
            cpu.append((time.process_time() - start_cpu) * 1000 / len(pages))
    return {"card_ms": median(wall), "card_cpu_ms": median(cpu), "deck": origin,
            "cards": len(deck.cards)}


def task_chromium(runs: str, html: str) -> dict[str, Any]:
    """A headless Chromium screenshot of the same card as an HTML page (the system Chromium)."""
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"]
    url = Path(html).resolve().as_uri()
    out = Path(tempfile.mkdtemp(prefix="bench-chromium-"))
    try:
        start = time.perf_counter()
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=args)
            page = browser.new_page(viewport={"width": 1080, "height": 1350})

            def shot(n: int) -> None:
                page.goto(url)
                page.screenshot(path=str(out / f"{n}.png"))

            shot(0)
            cold = time.perf_counter() - start
            warm = []
            for n in range(1, int(runs) + 1):
                start = time.perf_counter()
                shot(n)
                warm.append(time.perf_counter() - start)
            browser.close()
        size = (out / "1.png").stat().st_size
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {"cold_s": cold, "warm_ms": median(warm) * 1000, "png_bytes": size}


TASKS: dict[str, Callable[..., dict[str, Any]]] = {
    "stage": task_stage,
    "once": task_once,
    "library-batch": task_library_batch,
    "html": task_html,
    "weasyprint": task_weasyprint,
    "card": task_card,
    "chromium": task_chromium,
}


def main(argv: list[str]) -> int:
    result = TASKS[argv[0]](*argv[1:])
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
