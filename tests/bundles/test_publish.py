"""Bundles through the pipeline: written inside the staging folder (swapped in whole),
listed in manifest.json with their alt text, refused whole when a limit is broken."""

from __future__ import annotations

from pathlib import Path

import pytest
from flows.cli import build_parser
from tests.bundles.conftest import SAMPLE

from highlights.bundles import limits as limits_module
from highlights.bundles.images import render
from highlights.bundles.limits import BundleLimitError
from highlights.model import OutputFile
from highlights.pipeline import Pipeline
from highlights.records import Manifest
from highlights.render.job import Prepared
from highlights.render.pool import RenderPool
from highlights.settings import RunSettings

ROOT = Path(__file__).resolve().parents[2]


def test_publish_writes_bundles_into_the_manifest_with_alt_text(tmp_path: Path) -> None:
    settings = RunSettings(formats=["png"], platforms=["xhs", "linkedin"])
    with RenderPool(workers=0) as pool:
        result = Pipeline(tmp_path, settings).execute(SAMPLE, pool, raises=True)
    folder = tmp_path / str(result.slug)
    manifest = Manifest.read(folder)
    assert manifest is not None
    files = {f.path: f for f in manifest.files}
    first = files["platforms/xhs/01.png"]
    assert (first.width, first.height) == (1080, 1440) and first.alt
    assert "platforms/xhs/post.txt" in files and "platforms/linkedin/carousel.pdf" in files
    assert "platforms/instagram/post.txt" not in files  # only what was asked
    assert manifest.settings["platforms"] == ["xhs", "linkedin"]
    assert not [p for p in (tmp_path / ".staging").iterdir() if p.is_dir()]  # moved in whole


@pytest.fixture
def tight_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped assets with one line of the platform table changed."""
    assets = tmp_path / "assets"
    assets.mkdir()
    for entry in (ROOT / "assets").iterdir():
        if entry.name != "platforms.toml":
            (assets / entry.name).symlink_to(entry)
    text = (ROOT / "assets" / "platforms.toml").read_text(encoding="utf-8")
    (assets / "platforms.toml").write_text(text.replace("max_images = 18\nmax_title",
                                                        "max_images = 3\nmax_title"), "utf-8")
    monkeypatch.setenv("HIGHLIGHTS_ASSETS", str(assets))
    limits_module.table.cache_clear()
    yield assets
    limits_module.table.cache_clear()


def test_a_broken_limit_is_an_error_and_nothing_is_written(
    tight_table: Path, bundles: tuple[Path, Prepared, list[OutputFile]], tmp_path: Path
) -> None:
    _, prepared, _ = bundles
    stage = tmp_path / "stage"
    stage.mkdir()
    with pytest.raises(BundleLimitError, match=r"xhs bundle: \d+ images, more than max_images=3"):
        render(prepared.record, stage, RunSettings(platforms=["instagram", "xhs"]))
    assert not (stage / "platforms").exists()  # checked before anything is written


def test_the_command_line_takes_platforms() -> None:
    args = build_parser().parse_args(["publish", "a.txt", "--platforms", "x, xhs"])
    assert args.platforms == ["xhs", "x"]
    assert build_parser().parse_args(["publish", "a.txt", "--platforms", "all"]).platforms == [
        "xhs", "instagram", "x", "wechat", "weibo", "linkedin"]
    with pytest.raises(SystemExit):
        build_parser().parse_args(["publish", "a.txt", "--platforms", "myspace"])
