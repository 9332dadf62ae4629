"""`make bench`: time and peak memory per stage, against what a user would run instead.

    python -m bench [--runs 5] [--batch 20]

Everything is measured in this one run (machines are noisy: compare the ratios, which are
medians against baselines measured minutes apart on the same machine):

- per stage (ingest, normalise, cards, pdf, epub, png, publish_article), each in a child
  process of its own: warm median on the sample, one pass over a batch of 20 distinct
  articles, and the child's peak memory (the pdf stage as a PDF worker renders: its fonts,
  and the cover drawn by another process, as the images lane draws it);
- baselines: the `weasyprint` command on the same HTML our PDF renderer makes, WeasyPrint
  in-process on that HTML (the floor), `pandoc -f markdown+hard_line_breaks` on the same file
  to EPUB, and a headless Chromium screenshot of the same card as an HTML page;
- the batch through the Prefect flow (`highlights publish`) in rounds, each right after the
  by-hand commands on the same articles (bench/batchpair.py), and its unchanged re-run;
- output sizes of the sample.

The table is printed and written to bench/results/ (git-ignored) with the raw figures.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import bench.preview
from bench import batchpair
from bench.commands import bench_env, cold_single, desk_first_upload, stop_server
from bench.measure import BIN, ROOT, SAMPLE, Run, make_batch, median, run
from bench.worker import STAGES

RESULTS = ROOT / "bench" / "results"
MB = 1024 * 1024
PEAK_MB = 400  # issue #18: peak memory of any one process


def _worker(*args: str | Path | int) -> tuple[dict[str, Any], Run]:
    result = run([sys.executable, "-m", "bench.worker", *map(str, args)])
    if result.status != 0:
        raise SystemExit(f"bench worker {args[0]} failed:\n{result.stderr[-3000:]}")
    data: dict[str, Any] = result.json()  # type: ignore[assignment]
    return data, result


def _log(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def _cli(args: list[str | Path]) -> Run:
    result = run(args)
    if result.status != 0:
        raise SystemExit(f"{args[0]} failed:\n{result.stderr[-2000:]}")
    return result


def _save(figures: dict[str, Any]) -> None:
    """Keep the raw figures so far: a late failure must not lose twenty minutes of runs."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "partial.json").write_text(json.dumps(figures, indent=2) + "\n")


def measure(runs: int, count: int, work: Path, before: Path | None = None) -> dict[str, Any]:
    import pypandoc

    figures: dict[str, Any] = {"runs": runs, "batch": count}
    batch = make_batch(work / "batch", count)
    _log(f"batch of {len(batch)} articles in {work / 'batch'}")

    html, _ = _worker("html", work / "html", *batch)
    sample_html, card_html = Path(html["html"][0]), Path(html["card"])

    stages: dict[str, Any] = {}
    for stage in STAGES:
        _log(f"stage {stage}")
        data, result = _worker("stage", stage, runs, SAMPLE, *batch)
        data["peak_mb"] = result.peak_mb
        stages[stage] = data
        figures["stages"] = stages
        _save(figures)

    _log("baselines: weasyprint, pandoc")
    weasy = BIN / "weasyprint"
    pandoc = pypandoc.get_pandoc_path()
    out = work / "baseline"
    out.mkdir()
    wp_sample = [_cli([weasy, sample_html, out / "s.pdf"]) for _ in range(runs)]
    pd_sample = [_cli([pandoc, "-f", "markdown+hard_line_breaks", SAMPLE, "-o", out / "s.epub"])
                 for _ in range(runs)]
    wp_batch = [_cli([weasy, Path(h), out / f"{i}.pdf"]) for i, h in enumerate(html["html"])]
    pd_batch = [_cli([pandoc, "-f", "markdown+hard_line_breaks", p, "-o", out / f"{i}.epub"])
                for i, p in enumerate(batch)]
    figures["weasyprint_cli"] = {
        "sample_s": median([r.seconds for r in wp_sample]),
        "batch_s": sum(r.seconds for r in wp_batch),
        "peak_mb": max(r.peak_mb for r in wp_sample + wp_batch),
        "sample_pdf_bytes": (out / "s.pdf").stat().st_size,
    }
    figures["pandoc_cli"] = {
        "sample_s": median([r.seconds for r in pd_sample]),
        "batch_s": sum(r.seconds for r in pd_batch),
        "peak_mb": max(r.peak_mb for r in pd_sample + pd_batch),
        "sample_epub_bytes": (out / "s.epub").stat().st_size,
    }
    data, result = _worker("weasyprint", runs, sample_html)
    figures["weasyprint_inprocess"] = {**data, "peak_mb": result.peak_mb}
    _save(figures)

    _log("card image and Chromium screenshot")
    data, result = _worker("card", max(runs, 5))
    figures["card"] = {**data, "peak_mb": result.peak_mb}
    try:
        data, result = _worker("chromium", max(runs, 5), card_html)
        figures["chromium"] = {**data, "peak_mb": result.peak_mb}
    except SystemExit as exc:
        figures["chromium"] = {"error": str(exc)[:500]}

    _log("the desk's live card preview")
    figures["preview"] = bench.preview.measure(max(runs, 5) * 2)
    _save(figures)

    env = bench_env(work)  # the bench's own PREFECT_HOME: its own shared server, stopped below
    try:
        _log(f"one new article from a cold shell vs by hand, {runs} paired runs")
        figures["cold"] = cold_single(runs, work, env, before)
        _save(figures)
        _log(f"the batch through the flow and by hand, {batchpair.ROUNDS} paired rounds")
        pairs = batchpair.paired_batch(batch, [Path(h) for h in html["html"]], work, env)
        first, rerun = pairs.first, pairs.rerun
        figures["flow_pairs"] = pairs.rounds
        _log("the desk's first upload after it starts")
        figures["desk"] = desk_first_upload(work, env)
    finally:
        stop_server(env)
    figures["flow"] = {
        "first_s": first.seconds, "first_status": first.status, "first_peak_mb": first.peak_mb,
        "first_tree_mb": first.tree_peak_mb,
        "first_startup_s": first.marks.get("first_progress"),
        "rerun_s": rerun.seconds, "rerun_status": rerun.status, "rerun_peak_mb": rerun.peak_mb,
        "rerun_startup_s": rerun.marks.get("first_progress"),
        "published": first.stdout.count("\n"), "errors": first.stderr.count("error: "),
        "error_lines": [line for line in first.stderr.splitlines() if line.startswith("error:")],
    }
    _save(figures)

    _log("one article in a fresh process")
    data, result = _worker("once", work / "once", SAMPLE)
    figures["once"] = {**data, "peak_mb": result.peak_mb, "tree_mb": result.tree_peak_mb}

    _log("the batch through the library, then unchanged")
    data, result = _worker("library-batch", work / "library", *batch)
    figures["library_batch"] = {**data, "peak_mb": result.peak_mb}

    figures["sizes"] = _sizes(first.stdout.splitlines())
    return figures


def _sizes(folders: list[str]) -> dict[str, Any]:
    """Sizes of the sample's outputs (the first article of the batch) from its manifest."""
    if not folders:
        return {}
    folder = Path(folders[0].removesuffix(" (unchanged)"))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    files = {f["path"]: f["bytes"] for f in manifest["files"]}
    cards = [size for path, size in files.items() if path.startswith("cards/")]
    return {
        "pdf": files.get(f"{folder.name}.pdf"),
        "epub": files.get(f"{folder.name}.epub"),
        "card_max": max(cards, default=None),
        "long": files.get("long.png"),
        "cards": len(cards),
    }


def _ratio(a: float | None, b: float | None) -> float:
    return a / b if a and b else math.nan


def table(f: dict[str, Any]) -> str:
    n = f["batch"]
    st = f["stages"]
    lines = [
        f"highlights benchmark · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · "
        f"{platform.node()} · {platform.machine()} · Python {platform.python_version()}",
        f"medians of {f['runs']} warm runs on the sample; batch = {n} distinct articles, one pass",
        "",
        f"{'stage':<22}{'sample ms':>11}{'cold ms':>10}{'batch s':>10}{'ms/article':>12}"
        f"{'peak MB':>9}",
        "-" * 74,
    ]
    for name, s in st.items():
        per = s["batch_s"] / s["batch_n"] * 1000 if s["batch_n"] else math.nan
        note = f"  ({len(s['errors'])} refused)" if s["errors"] else ""
        lines.append(f"{name:<22}{s['sample_s'] * 1000:>11.0f}{s['cold_s'] * 1000:>10.0f}"
                     f"{s['batch_s']:>10.1f}{per:>12.0f}{s['peak_mb']:>9.0f}{note}")
    wp, pd, wi = f["weasyprint_cli"], f["pandoc_cli"], f["weasyprint_inprocess"]
    ch, card = f["chromium"], f["card"]
    lines += [
        "",
        f"{'baseline':<34}{'sample ms':>11}{'batch s':>10}{'peak MB':>9}",
        "-" * 64,
        f"{'weasyprint command (same HTML)':<34}{wp['sample_s'] * 1000:>11.0f}"
        f"{wp['batch_s']:>10.1f}{wp['peak_mb']:>9.0f}",
        f"{'pandoc command (same file)':<34}{pd['sample_s'] * 1000:>11.0f}"
        f"{pd['batch_s']:>10.1f}{pd['peak_mb']:>9.0f}",
        f"{'WeasyPrint in-process, plain':<34}{wi['plain_s'] * 1000:>11.0f}{'':>10}"
        f"{wi['peak_mb']:>9.0f}",
        f"{'WeasyPrint in-process, pdf/ua-1':<34}{wi['tagged_s'] * 1000:>11.0f}",
    ]
    if "warm_ms" in ch:
        lines.append(f"{'Chromium screenshot, warm':<34}{ch['warm_ms']:>11.0f}{'':>10}"
                     f"{ch['peak_mb']:>9.0f}  (cold incl. launch {ch['cold_s'] * 1000:.0f} ms)")
    else:
        lines.append(f"Chromium screenshot: {ch.get('error', 'not measured')}")
    fl, lib = f["flow"], f["library_batch"]
    lines += [
        "",
        f"flow batch (highlights publish ×{n}): {fl['first_s']:.1f} s, of which Prefect start-up "
        f"{fl['first_startup_s'] or math.nan:.1f} s; {fl['errors']} errors; peak "
        f"{fl['first_peak_mb']:.0f} MB in one process, {fl.get('first_tree_mb', 0):.0f} MB in "
        f"all together; unchanged re-run {fl['rerun_s']:.1f} s "
        f"(start-up {fl['rerun_startup_s'] or math.nan:.1f} s)",
        f"library batch (publish_article ×{n}, one caller): {lib['first_s']:.1f} s; unchanged "
        f"re-run {lib['rerun_s']:.2f} s; peak {lib['peak_mb']:.0f} MB",
    ]
    for line in fl["error_lines"][:5]:
        lines.append(f"  {line}")

    baseline_article = (wp["batch_s"] + pd["batch_s"]) / n
    pairs = f["flow_pairs"]  # flow and commands back to back, round by round (bench/batchpair.py)
    ratios = [r["flow_s"] / r["commands_s"] for r in pairs]
    flow_article = statistics.median(r["flow_s"] for r in pairs) / n
    commands_article = statistics.median(r["commands_s"] for r in pairs) / n
    work_ratio = statistics.median((r["flow_s"] - r["startup_s"]) / r["commands_s"] for r in pairs)
    peak = max([s["peak_mb"] for s in st.values()]
               + [fl["first_peak_mb"], lib["peak_mb"], f["cold"]["peak_mb"]])
    sz = f["sizes"]
    card_ratio = _ratio(card["card_ms"], ch.get("warm_ms"))
    cold, desk = f["cold"], f["desk"]
    rows: list[tuple[str, str, str, float, bool]] = [
        (f"one new article, cold command vs by hand (median of {f['runs']}, paired)",
         f"{cold['ours_s'] * 1000:.0f} ms", f"{cold['by_hand_s'] * 1000:.0f} ms",
         cold["ratio"], cold["ratio"] <= 2.0),
        (f"  run by the warm host: {cold.get('via_host', 0)} of {f['runs']} (info)",
         f"{cold.get('host_peak_mb', 0):.0f} MB", "", math.nan,
         cold.get("via_host", 0) == f["runs"]),
        ("  same, the earlier version given by --before (info)",
         f"{cold.get('before_s', math.nan) * 1000:.0f} ms", f"{cold['by_hand_s'] * 1000:.0f} ms",
         cold.get("before_ratio", math.nan), False),
        ("  first command, starting the shared server (info)", f"{cold['first_s']:.1f} s",
         f"{cold['by_hand_s']:.1f} s", _ratio(cold["first_s"], cold["by_hand_s"]), False),
        (f"  desk: first upload to done, after answering in {desk['answering_s']:.1f} s (info)",
         f"{desk['upload_s']:.1f} s", f"{cold['by_hand_s']:.1f} s",
         _ratio(desk["upload_s"], cold["by_hand_s"]), desk["status"] == "done"),
        (f"batch via flow vs commands, per article (median of {len(pairs)} paired)",
         f"{flow_article * 1000:.0f} ms", f"{commands_article * 1000:.0f} ms",
         statistics.median(ratios), statistics.median(ratios) <= 0.5),
        ("  rounds' ratios (info): " + " ".join(f"{r:.2f}" for r in ratios), "", "", math.nan,
         max(ratios) <= 0.5),
        ("  same, flow work without Prefect start-up (info)", "", "", work_ratio,
         work_ratio <= 0.5),
        ("  same, library batch (info)", f"{lib['first_s'] / n * 1000:.0f} ms",
         f"{baseline_article * 1000:.0f} ms", _ratio(lib["first_s"] / n, baseline_article),
         lib["first_s"] / n <= 0.5 * baseline_article),
        ("one article, library warm vs WeasyPrint in-process (pdf/ua-1)",
         f"{st['publish']['sample_s'] * 1000:.0f} ms", f"{wi['tagged_s'] * 1000:.0f} ms",
         _ratio(st["publish"]["sample_s"], wi["tagged_s"]),
         st["publish"]["sample_s"] <= wi["tagged_s"]),
        ("card image, median (target 40 ms)", f"{card['card_ms']:.0f} ms", "40 ms",
         card["card_ms"] / 40, card["card_ms"] <= 40),
        ("card image vs Chromium screenshot, warm", f"{card['card_ms']:.0f} ms",
         f"{ch.get('warm_ms', math.nan):.0f} ms", card_ratio, card_ratio <= 0.1),
        ("unchanged re-run of the batch via flow", f"{fl['rerun_s']:.1f} s",
         f"{fl['first_s']:.1f} s", _ratio(fl["rerun_s"], fl["first_s"]),
         fl["rerun_s"] <= 0.05 * fl["first_s"]),
        ("  same, library (info)", f"{lib['rerun_s']:.2f} s", f"{lib['first_s']:.1f} s",
         _ratio(lib["rerun_s"], lib["first_s"]), lib["rerun_s"] <= 0.05 * lib["first_s"]),
        ("peak memory (MB, any of our processes)", f"{peak:.0f}", f"{PEAK_MB}", peak / PEAK_MB,
         peak <= PEAK_MB),
        ("  one article in a fresh process (info)", f"{f['once']['peak_mb']:.0f}", f"{PEAK_MB}",
         f["once"]["peak_mb"] / PEAK_MB, f["once"]["peak_mb"] <= PEAK_MB),
    ]
    rows += bench.preview.rows(f["preview"])  # the desk's live preview (#15)
    for key, label, limit in (("pdf", "sample PDF", 2 * MB), ("epub", "sample EPUB", MB),
                              ("card_max", "largest card", MB)):
        size = sz.get(key)
        if size is not None:
            rows.append((f"{label} size", f"{size / 1024:.0f} KB", f"{limit // 1024} KB",
                         size / limit, size <= limit))
    targets = {"batch via", "one article", "one new article", "card image, median",
               "card preview over HTTP",
               "card image vs", "unchanged",
               "peak memory", "sample PDF", "sample EPUB", "largest card"}
    lines += ["", f"{'target':<62}{'ours':>10}{'against':>10}{'ratio':>8}  met", "-" * 96]
    for label, ours, against, ratio, met in rows:
        is_target = any(label.startswith(t) for t in targets)
        mark = ("yes" if met else "NO") if is_target else ""
        lines.append(f"{label:<62}{ours:>10}{against:>10}{ratio:>8.2f}  {mark}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="warm runs per median (default 5)")
    parser.add_argument("--batch", type=int, default=20, help="articles in the batch (default 20)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--before", type=Path, help="a checkout of an earlier version: its "
                        "cold single-article command is measured in the same rounds")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="highlights-bench-"))
    try:
        figures = measure(args.runs, args.batch, work, args.before)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    text = table(figures)
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    (RESULTS / f"bench-{stamp}.json").write_text(json.dumps(figures, indent=2) + "\n")
    (RESULTS / f"bench-{stamp}.txt").write_text(text + "\n")
    print(f"\nresults: {RESULTS / f'bench-{stamp}.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
