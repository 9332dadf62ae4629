"""Each publish run leaves artifacts an editor can read in the Prefect UI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from flows.artifacts import article_markdown, files_table, run_markdown

from highlights.publish import ArticleResult


def read_artifacts(flow_run_id: UUID | None = None, key: str | None = None) -> list[Any]:
    """Artifacts from the (harness) server, newest first."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        ArtifactFilterKey,
    )
    from prefect.client.schemas.sorting import ArtifactSort

    wanted = ArtifactFilter(
        flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]) if flow_run_id else None,
        key=ArtifactFilterKey(any_=[key]) if key else None,
    )
    with get_client(sync_client=True) as client:
        found: list[Any] = client.read_artifacts(
            artifact_filter=wanted, sort=ArtifactSort.CREATED_DESC
        )
        return found


@pytest.mark.slow
def test_publish_run_leaves_summary_table_and_long_image(published: Any) -> None:
    artifacts = read_artifacts(published.flow_run_id)
    by_key = {a.key: a for a in artifacts if a.key}
    assert by_key["publish-run"].type == "markdown"
    assert "2 published" in by_key["publish-run"].data

    table = by_key["publish-files"]
    assert table.type == "table"
    rows = json.loads(table.data)
    listed = sum(
        len(json.loads((Path(r.out_dir) / "manifest.json").read_text())["files"])
        for r in published.results
    )
    assert len(rows) == listed
    assert {"article", "file", "media type", "bytes", "size", "sha256"} <= set(rows[0])

    for result in published.results:
        summary = by_key[f"article-{result.slug}"]
        assert summary.type == "markdown"
        deck = json.loads((Path(result.out_dir) / "cards.json").read_text())
        assert result.title in summary.data
        assert all(card["title"] in summary.data for card in deck["cards"])
        assert "Normalisation report" in summary.data
        link = by_key[f"article-{result.slug}-long"]
        assert link.type in ("link", "markdown")  # Prefect stores a link as markdown
        assert (Path(result.out_dir) / "long.png").resolve().as_uri() in link.data


def test_markdown_reports_failures_and_normalisation(published: Any) -> None:
    failed = ArticleResult(path="/in/empty.txt", status="failed", error="/in/empty.txt: empty file")
    text = run_markdown([*published.results, failed])
    assert "2 published, 0 skipped, 1 failed" in text
    assert "## Failures" in text and "/in/empty.txt: empty file" in text

    sample = published.results[0]
    report = json.loads((Path(sample.out_dir) / "article.json").read_text())["report"]
    text = article_markdown(sample, Path(sample.out_dir))
    for rule, count in report["counts"].items():
        assert f"| {rule} | {count} |" in text
    assert f"Removed from the body: {len(report['removed'])}" in text


def test_files_table_skips_failures(published: Any) -> None:
    failed = ArticleResult(path="x.txt", status="failed", error="x.txt: bad")
    rows = files_table([failed, published.results[1]])
    assert rows and {row["article"] for row in rows} == {published.results[1].slug}
    pngs = [row for row in rows if row["media type"] == "image/png"]
    assert pngs and all("×" in row["size"] for row in pngs)
