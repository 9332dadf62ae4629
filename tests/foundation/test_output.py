from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageColor

from highlights.model import OutputFile, SourceInfo
from highlights.output import (
    build_manifest,
    commit_staging,
    exchange,
    new_staging_dir,
    sweep_staging,
)
from highlights.records import Manifest
from highlights.settings import RunSettings

SOURCE = SourceInfo(path="a.txt", sha256="ab" * 32, encoding="utf-8", format="txt", bytes=3)


def _stage_with_files(out: Path, marker: str, colour: str = "red") -> Path:
    stage = new_staging_dir(out, "slug-12345678")
    (stage / "cards").mkdir()
    Image.new("RGB", (40, 50), colour).save(stage / "cards" / "01.png")
    (stage / "x.pdf").write_text(marker)
    files = [OutputFile(path="cards/01.png", alt="卡片一"), OutputFile(path="x.pdf")]
    build_manifest(stage, SOURCE, RunSettings(), "formal", files).write(stage)
    return stage


def test_manifest_describes_every_file(tmp_path: Path) -> None:
    stage = _stage_with_files(tmp_path, "pdf")
    manifest = json.loads((stage / "manifest.json").read_text())
    by_path = {f["path"]: f for f in manifest["files"]}
    assert set(by_path) == {"cards/01.png", "x.pdf"}
    assert by_path["cards/01.png"]["width"] == 40 and by_path["cards/01.png"]["height"] == 50
    assert by_path["cards/01.png"]["alt"] == "卡片一"
    assert by_path["cards/01.png"]["media_type"] == "image/png"
    assert by_path["x.pdf"]["bytes"] == 3 and len(by_path["x.pdf"]["sha256"]) == 64
    assert manifest["source"]["sha256"] == SOURCE.sha256
    assert manifest["settings"]["theme"] == "formal"


def test_commit_replaces_the_previous_set_whole(tmp_path: Path) -> None:
    final = commit_staging(_stage_with_files(tmp_path, "one"), tmp_path, "slug-12345678")
    (final / "stale.txt").write_text("from the first run")
    commit_staging(_stage_with_files(tmp_path, "two"), tmp_path, "slug-12345678")
    assert (final / "x.pdf").read_text() == "two"
    assert not (final / "stale.txt").exists()
    assert [p for p in (tmp_path / ".staging").iterdir() if p.is_dir()] == []


def test_concurrent_commits_never_mix(tmp_path: Path) -> None:
    """Eight runs commit the same slug at once: each commit succeeds (an exception in a thread
    is re-raised here by result(), not left as a pytest warning), and the folder that remains is
    one run's complete set, files and manifest alike."""
    colours = ["red", "green", "blue", "yellow", "cyan", "magenta", "white", "black"]
    stages = [_stage_with_files(tmp_path, f"run{i}", colours[i]) for i in range(8)]
    start = threading.Barrier(len(stages))

    def commit(stage: Path) -> Path:
        start.wait()
        return commit_staging(stage, tmp_path, "slug-12345678")

    with ThreadPoolExecutor(len(stages)) as pool:
        finals = [future.result() for future in [pool.submit(commit, s) for s in stages]]
    final = tmp_path / "slug-12345678"
    assert finals == [final] * len(stages)
    assert not any(stage.exists() for stage in stages)
    assert sorted(p.relative_to(final).as_posix() for p in final.rglob("*")) == [
        "cards", "cards/01.png", "manifest.json", "x.pdf"]
    run = (final / "x.pdf").read_text()
    assert run in {f"run{i}" for i in range(8)}
    with Image.open(final / "cards" / "01.png") as card:  # the card of the same run
        assert card.convert("RGB").getpixel((0, 0)) == ImageColor.getrgb(colours[int(run[3:])])
    manifest = json.loads((final / "manifest.json").read_text())
    for entry in manifest["files"]:
        data = (final / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["path"]


def test_up_to_date_needs_same_source_settings_and_files(tmp_path: Path) -> None:
    folder = commit_staging(_stage_with_files(tmp_path, "one"), tmp_path, "slug-12345678")
    settings = RunSettings()

    def current(sha: str, settings: RunSettings, theme: str | None) -> bool:
        manifest = Manifest.read(folder)
        assert manifest is not None
        return manifest.is_current(folder, sha, settings, theme)

    assert current(SOURCE.sha256, settings, "formal")
    assert current(SOURCE.sha256, settings, None)  # the unchanged scan: theme not yet known
    assert not current("cd" * 32, settings, "formal")
    assert not current(SOURCE.sha256, settings, "neutral")
    # Another requested theme is another run, whether or not the resolved one is known.
    assert not current(SOURCE.sha256, RunSettings(theme="neutral"), None)
    assert not current(SOURCE.sha256, RunSettings(theme="neutral"), "formal")
    (folder / "x.pdf").unlink()
    assert not current(SOURCE.sha256, settings, "formal")


def test_exchange_swaps_two_folders_in_one_step(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "new.txt").write_text("new")
    (b / "old.txt").write_text("old")
    assert exchange(a, b)  # Linux and a local file system: the atomic path is the one taken
    assert [p.name for p in b.iterdir()] == ["new.txt"]
    assert [p.name for p in a.iterdir()] == ["old.txt"]


def test_staging_left_by_killed_runs_is_swept(tmp_path: Path) -> None:
    fresh = new_staging_dir(tmp_path, "slug-12345678")
    stale = new_staging_dir(tmp_path, "slug-12345678")
    day_ago = time.time() - 2 * 24 * 3600
    os.utime(stale, (day_ago, day_ago))
    assert sweep_staging(tmp_path) == [stale]
    assert fresh.is_dir() and not stale.exists()
