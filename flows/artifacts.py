"""Run reports in the Prefect UI: a summary per article, a table of the files, the long image.

Each article's are left as it is published, the run's at the end of the `publish` flow.
Reports are a convenience: a failure here is logged and never fails the run that already
published the articles.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from prefect.artifacts import (
    create_image_artifact,
    create_markdown_artifact,
    create_table_artifact,
)
from prefect.context import FlowRunContext
from prefect.logging import get_logger

from highlights.records import ArticleResult, Manifest

# Where the editors' desk runs, if anywhere: links then open in the browser, not as file://.
DESK_URL_ENV = "HIGHLIGHTS_DESK_URL"
REPAIRED_SHOWN = 5  # snippets per kind of repaired damage: the rest are in article.json


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def article_markdown(result: ArticleResult, folder: Path, long_url: str | None = None) -> str:
    """Title, status, a link to the long image, the cards with their points, and what
    normalisation changed or flagged."""
    article, deck = _load(folder / "article.json"), _load(folder / "cards.json")
    report = article.get("report", {})
    lines = [
        f"# {result.title or result.slug}",
        "",
        f"- status: **{result.status}**",
        f"- source: `{result.path}`",
        f"- folder: `{result.out_dir}`",
        f"- cards: {result.cards}",
        *([f"- long image: [{Path(long_url).name}]({long_url})"] if long_url else []),
        "",
        "## Cards",
        "",
    ]
    for card in deck.get("cards", []):
        lines.append(f"{card.get('number', '')}. **{card.get('title', '')}**")
        lines.extend(f"    - {p.get('text', '')}" for p in card.get("points", []))
    lines += ["", "## Normalisation report", ""]
    counts = report.get("counts", {})
    if counts:
        lines += ["| rule | count |", "|---|---|"]
        lines += [f"| {_cell(rule)} | {n} |" for rule, n in sorted(counts.items())]
    else:
        lines.append("No changes.")
    removed, damage = report.get("removed", []), report.get("damage", [])
    look = [d for d in damage if "repaired" not in str(d.get("reason"))]
    lines += ["", f"Removed from the body: {len(removed)}; damaged spots to check: {len(look)}."]
    lines += [
        f"- removed ({_cell(r.get('rule'))}): {_cell(r.get('text', ''))[:120]}" for r in removed
    ]
    lines += [f"- damage ({_cell(d.get('reason'))}): {_cell(d.get('snippet', ''))}" for d in look]
    return "\n".join(lines + _repaired(damage)) + "\n"


def _repaired(damage: list[dict[str, Any]]) -> list[str]:
    """Repaired spots by kind, a few of each: a glossed page has hundreds (`產(chǎn)`)."""
    kinds: dict[str, list[str]] = {}
    for spot in damage:
        if "repaired" in (reason := str(spot.get("reason"))):
            kinds.setdefault(reason, []).append(str(spot.get("snippet", "")))
    return [
        f"- repaired ({_cell(reason)}): {len(seen)} spots, such as "
        + "; ".join(_cell(s) for s in seen[:REPAIRED_SHOWN])
        for reason, seen in kinds.items()
    ]


def run_markdown(results: list[ArticleResult]) -> str:
    """The batch at a glance, failures with their one-line reason."""
    counts = {s: sum(r.status == s for r in results) for s in ("published", "skipped", "failed")}
    lines = [
        f"# Publish run: {len(results)} articles",
        "",
        ", ".join(f"{n} {s}" for s, n in counts.items()),
        "",
        "| article | status | cards | folder |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {_cell(r.title or Path(r.path).name)} | {r.status} | {r.cards} | "
        f"{_cell(r.out_dir or '')} |"
        for r in results
    ]
    failures = [r for r in results if r.status == "failed"]
    if failures:
        lines += ["", "## Failures", ""] + [f"- {_cell(r.error)}" for r in failures]
    return "\n".join(lines) + "\n"


def files_table(results: list[ArticleResult]) -> list[dict[str, Any]]:
    """One row per output file, from each article's manifest."""
    rows: list[dict[str, Any]] = []
    for result in results:
        if not result.out_dir or result.status == "failed":
            continue
        manifest = Manifest.read(Path(result.out_dir))
        for item in manifest.files if manifest else []:
            size = f"{item.width}×{item.height}" if item.width is not None else ""
            rows.append(
                {
                    "article": result.slug,
                    "file": item.path,
                    "media type": item.media_type,
                    "bytes": item.bytes,
                    "size": size,
                    "sha256": item.sha256[:12],
                }
            )
    return rows


def long_image_url(result: ArticleResult) -> str | None:
    folder = Path(result.out_dir or "")
    long = next(iter(sorted(folder.glob("long.*"))), None) if result.out_dir else None
    if long is None:
        return None
    desk = os.environ.get(DESK_URL_ENV, "").rstrip("/")
    return f"{desk}/a/{result.slug}/files/{long.name}" if desk else long.resolve().as_uri()


def report_article(result: ArticleResult) -> None:
    """An article's own artifact (its summary, with the link to its long image; the image
    itself where the desk serves it), left as soon as it is published: a key per article
    keeps a history across runs in the UI. Made while the other articles render, not all at
    the end (10 articles: 0.42 s after the last render). One artifact, not a summary and a
    link: each is a request the server spends CPU on beside the renders (a batch of 20:
    0.7 CPU-s for 40 artifacts; bench/timeline.py's "Prefect server CPU")."""
    if FlowRunContext.get() is None:  # a plain call (`publish.fn`): no run to annotate
        return
    if result.status == "failed" or not result.slug or not result.out_dir:
        return
    try:
        key = f"article-{result.slug}"[:100].rstrip("-")
        url = long_image_url(result)
        create_markdown_artifact(
            article_markdown(result, Path(result.out_dir), url), key=key, description=result.title
        )
        if url and url.startswith("http"):  # the UI can only show an image it can fetch
            create_image_artifact(url, description=f"{result.title}: long image")
    except Exception as exc:  # reports must never fail a run that already published
        get_logger("highlights.artifacts").warning("could not write the article's artifacts: %s",
                                                   exc)


def report_run(results: list[ArticleResult]) -> None:
    """The run's own artifacts, at its end: the summary and the table of files (each article's
    were left by `report_article` as it was published)."""
    if FlowRunContext.get() is None:  # a plain call (`publish.fn`): no run to annotate
        return
    try:
        create_markdown_artifact(
            run_markdown(results), key="publish-run", description="Articles of this run"
        )
        rows = files_table(results)
        if rows:
            create_table_artifact(rows, key="publish-files", description="Files written")
    except Exception as exc:  # reports must never fail a run that already published
        get_logger("highlights.artifacts").warning("could not write the run's artifacts: %s", exc)
