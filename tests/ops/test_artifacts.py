"""Each publish run leaves artifacts an editor can read in the Prefect UI.

The artifact texts are formatted from the output folders alone: those tests publish through the
library (no Prefect, images only, rendered in-process); only the test that reads the artifacts
back from a Prefect server starts one, and is marked slow.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from flows.artifacts import article_markdown, files_table, run_markdown

from highlights.publish import ArticleResult, publish_article
from highlights.render.pool import RenderPool
from highlights.settings import RunSettings

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory, sample_path: Path) -> list[ArticleResult]:
    """The sample and a short English article, published by the library: what the flow's
    artifacts are made from, without Prefect."""
    out = tmp_path_factory.mktemp("artifacts-out")
    settings = RunSettings(formats=["png"])
    results = []
    with RenderPool(workers=0) as renders:
        for path in (sample_path, DATA / "riverside-library-en.md"):
            folder = publish_article(path, out, settings, renders)
            deck = json.loads((folder / "cards.json").read_text(encoding="utf-8"))
            results.append(ArticleResult(path=str(path), status="published", slug=folder.name,
                                         out_dir=str(folder), title=deck["title"],
                                         cards=len(deck["cards"])))
    return results


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
        # the long image's link in the summary: one request per article, not two
        assert f"({(Path(result.out_dir) / 'long.png').resolve().as_uri()})" in summary.data
    assert not [key for key in by_key if key.endswith("-long")]


@pytest.mark.slow
def test_each_article_is_reported_as_soon_as_it_is_published(
    prefect_harness: None, tmp_path: Path, sample_path: Path
) -> None:
    """An article's artifacts are in the run when it is done, not only when the whole run is:
    the UI shows it while the rest render, and the run does not end with them all."""
    from flows.publish import publish
    from prefect.context import FlowRunContext

    from highlights.pipeline import Step

    seen: dict[int, list[str | None]] = {}

    def progress(step: Step) -> None:
        if step.stage == "done":
            context = FlowRunContext.get()
            assert context is not None and context.flow_run is not None
            seen[step.index] = [a.key for a in read_artifacts(context.flow_run.id)]

    paths = [sample_path, DATA / "riverside-library-en.md"]
    settings = RunSettings(formats=["png"])
    state = publish(paths=paths, out=tmp_path / "out", settings=settings, progress=progress,
                    return_state=True)
    first = state.result(_sync=True)[0]  # type: ignore[call-overload]
    assert f"article-{first.slug}" in seen[2]  # the first's, when the second is done
    assert "publish-run" not in seen[2]  # the run's own, at its end


def test_markdown_reports_failures_and_normalisation(folders: list[ArticleResult]) -> None:
    failed = ArticleResult(path="/in/empty.txt", status="failed", error="/in/empty.txt: empty file")
    text = run_markdown([*folders, failed])
    assert "2 published, 0 skipped, 1 failed" in text
    assert "## Failures" in text and "/in/empty.txt: empty file" in text

    sample = folders[0]
    report = json.loads((Path(sample.out_dir or "") / "article.json").read_text())["report"]
    assert report["counts"] and report["removed"], "the sample has repairs to report"
    text = article_markdown(sample, Path(sample.out_dir or ""))
    for rule, count in report["counts"].items():
        assert f"| {rule} | {count} |" in text
    assert f"Removed from the body: {len(report['removed'])}" in text
    # the sample's one unrepaired spot is listed; its hundreds of glosses are summed up
    assert "damaged spots to check: 1." in text
    assert "勇?lián)姑㈨频Z前行" in text
    glosses = sum(d["reason"] == "pinyin gloss (repaired)" for d in report["damage"])
    assert glosses > 100
    [summed] = [line for line in text.splitlines() if "(pinyin gloss (repaired))" in line]
    assert f"{glosses} spots, such as" in summed and summed.count(";") == 4


def test_files_table_skips_failures(folders: list[ArticleResult]) -> None:
    failed = ArticleResult(path="x.txt", status="failed", error="x.txt: bad")
    rows = files_table([failed, folders[1]])
    assert rows and {row["article"] for row in rows} == {folders[1].slug}
    manifest = json.loads((Path(folders[1].out_dir or "") / "manifest.json").read_text())
    assert [row["file"] for row in rows] == [item["path"] for item in manifest["files"]]
    pngs = [row for row in rows if row["media type"] == "image/png"]
    assert pngs and all("×" in row["size"] for row in pngs)
