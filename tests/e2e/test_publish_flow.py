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
