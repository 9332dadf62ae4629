"""End to end: the real `publish` flow under Prefect's test harness, on the sample article."""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def published(
    prefect_harness: None, sample_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    from flows.publish import publish

    out = tmp_path_factory.mktemp("out")
    results = publish(paths=[sample_path], out=out)
    assert [r.status for r in results] == ["published"], results
    assert results[0].out_dir is not None
    return Path(results[0].out_dir)


def test_output_contract_files_exist(published: Path) -> None:
    slug = published.name
    for name in (
        f"{slug}.pdf",
        f"{slug}.epub",
        "long.png",
        "cover.png",
        "cards/01.png",
        "article.json",
        "cards.json",
        "manifest.json",
    ):
        assert (published / name).is_file(), name
    assert not (published.parent / ".staging").exists() or not any(
        p.is_dir() for p in (published.parent / ".staging").iterdir()
    )


def test_manifest_matches_the_files(published: Path) -> None:
    manifest = json.loads((published / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["path"] for f in manifest["files"]}
    on_disk = {
        p.relative_to(published).as_posix()
        for p in published.rglob("*")
        if p.is_file() and p.name != "manifest.json"
    }
    assert listed == on_disk
    for entry in manifest["files"]:
        path = published / entry["path"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
        assert path.stat().st_size == entry["bytes"]
        if entry["media_type"].startswith("image/"):
            with Image.open(path) as image:
                assert image.size == (entry["width"], entry["height"])
            assert entry["alt"], f"{entry['path']} has no alt text"
    assert (
        manifest["source"]["sha256"]
        == hashlib.sha256(
            (Path(__file__).parents[2] / "assets/samples/zigong-communique.txt").read_bytes()
        ).hexdigest()
    )
    assert manifest["program"]["name"] == "highlights"


def test_pdf_text_holds_the_title(published: Path) -> None:
    text = subprocess.run(
        ["pdftotext", str(published / f"{published.name}.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    title = json.loads((published / "cards.json").read_text(encoding="utf-8"))["title"]
    assert title in text.replace("\n", "")
    fonts = subprocess.run(
        ["pdffonts", str(published / f"{published.name}.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "CJK" in fonts


def test_epub_is_a_zip_with_the_right_mimetype(published: Path) -> None:
    with zipfile.ZipFile(published / f"{published.name}.epub") as epub:
        first = epub.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert epub.read("mimetype") == b"application/epub+zip"


def test_one_card_image_per_card_plus_cover(published: Path) -> None:
    deck = json.loads((published / "cards.json").read_text(encoding="utf-8"))
    images = sorted((published / "cards").glob("*.png"))
    assert len(images) >= len(deck["cards"]) + 1
    with Image.open(images[0]) as first:
        assert first.size == (1080, 1350)


def test_article_json_has_no_pinyin_glosses(published: Path) -> None:
    article = json.loads((published / "article.json").read_text(encoding="utf-8"))
    body = "\n".join(block["text"] for block in article["blocks"])
    assert "(chǎn)" not in body and "(yè)" not in body
    assert article["meta"]["date"] == "2021-07-15"


def test_unchanged_rerun_is_skipped(published: Path, sample_path: Path) -> None:
    from flows.publish import publish

    before = (published / "manifest.json").stat().st_mtime_ns
    results = publish(paths=[sample_path], out=published.parent)
    assert [r.status for r in results] == ["skipped"]
    assert (published / "manifest.json").stat().st_mtime_ns == before


def test_tasks_take_the_article_whole_and_keep_their_links(
    prefect_harness: None, sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The task engine never walks into an article's contents looking for futures (CPU per
    task run in the main process; it still looks one level into a result, to link it), yet
    the UI's graph still links render to prepare. A spy on Prefect's own
    walker records what it visits; Prefect does the work."""
    import prefect.task_engine as engine
    import prefect.utilities.engine as inputs
    from flows.publish import publish
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from highlights.model import Block

    walked: list[str] = []
    real = engine.visit_collection

    def spy(expr: object, visit_fn: object, *args: object, **kwargs: object) -> object:
        def noting(value: object, *more: object) -> object:
            if isinstance(value, Block):  # in the article, in the record, in the deck
                walked.append(type(value).__name__)
            return visit_fn(value, *more)  # type: ignore[operator]

        return real(expr, noting, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "visit_collection", spy)
    monkeypatch.setattr(inputs, "visit_collection", spy)
    state = publish(paths=[sample_path], out=tmp_path / "out", return_state=True)
    assert [r.status for r in state.result(_sync=True)] == ["published"]  # type: ignore[call-overload]
    assert walked == []

    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id]))
        )
    by_name = {run.name.split("-")[0]: run for run in runs}
    assert set(by_name) == {"prepare", "render"}  # render also moves the set into place
    upstream = {
        name: {i.id for values in run.task_inputs.values() for i in values if hasattr(i, "id")}
        for name, run in by_name.items()
    }
    assert by_name["prepare"].id in upstream["render"]


def test_a_failed_move_into_place_is_retried_and_bad_input_is_not(
    prefect_harness: None, sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moving the set into place runs in the render task: a transient I/O error there is
    retried (the set lands whole), a permission error is not (it fails once, with its line)."""
    import errno

    from flows.publish import publish, results_of

    import highlights.pipeline as pipeline

    real = pipeline.commit_staging
    raised: list[type[OSError]] = []

    def flaky(stage: Path, out_root: Path, slug: str) -> Path:
        if not raised:
            raised.append(OSError)
            raise OSError(errno.EIO, "Input/output error", str(out_root))
        return real(stage, out_root, slug)

    monkeypatch.setattr(pipeline, "commit_staging", flaky)
    results = results_of(publish(paths=[sample_path], out=tmp_path / "a", return_state=True))
    assert [r.status for r in results] == ["published"] and raised == [OSError]
    assert not [p for p in (tmp_path / "a" / ".staging").iterdir() if p.is_dir()]

    def denied(stage: Path, out_root: Path, slug: str) -> Path:
        raised.append(PermissionError)
        raise PermissionError(errno.EACCES, "Permission denied", str(out_root))

    monkeypatch.setattr(pipeline, "commit_staging", denied)
    results = results_of(publish(paths=[sample_path], out=tmp_path / "b", return_state=True))
    assert [r.status for r in results] == ["failed"] and raised == [OSError, PermissionError]
    assert "Permission denied" in (results[0].error or "")
    assert not [p for p in (tmp_path / "b" / ".staging").iterdir() if p.is_dir()]
