"""The scheduled inbox flow: new files published, unchanged ones skipped, bad ones isolated."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from flows.inbox import find_sources, inbox

DATA = Path(__file__).resolve().parent / "data"


def _fill(inbox_dir: Path) -> None:
    inbox_dir.mkdir()
    shutil.copy(DATA / "riverside-library-en.md", inbox_dir / "riverside.md")
    (inbox_dir / "empty.txt").write_bytes(b"")  # a bad article: fails with one line
    (inbox_dir / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (inbox_dir / ".draft.txt").write_text("not ready")  # hidden: ignored
    (inbox_dir / "notes.pdf").write_bytes(b"%PDF-1.7")  # not an article format: ignored


@pytest.mark.slow
def test_inbox_publishes_skips_and_isolates_failures(prefect_harness: None, tmp_path: Path) -> None:
    inbox_dir, out = tmp_path / "inbox", tmp_path / "out"
    _fill(inbox_dir)

    first = {Path(r.path).name: r for r in inbox(inbox_dir=inbox_dir, out=out, settle_seconds=0)}
    assert set(first) == {"riverside.md", "empty.txt", "picture.txt"}
    assert first["riverside.md"].status == "published"
    assert first["empty.txt"].status == "failed" and "empty.txt" in (first["empty.txt"].error or "")
    assert first["picture.txt"].status == "failed"
    folder = out / (first["riverside.md"].slug or "")
    assert (folder / "manifest.json").is_file() and (folder / "long.png").is_file()
    stamp = (folder / "manifest.json").stat().st_mtime_ns

    # Unchanged: recognised from the manifest before any work; the bad files fail again.
    second = {Path(r.path).name: r for r in inbox(inbox_dir=inbox_dir, out=out, settle_seconds=0)}
    assert second["riverside.md"].status == "skipped"
    assert second["riverside.md"].slug == first["riverside.md"].slug
    assert second["riverside.md"].cards == first["riverside.md"].cards
    assert second["empty.txt"].status == "failed"
    assert (folder / "manifest.json").stat().st_mtime_ns == stamp

    # Changed: published again as a new source.
    with (inbox_dir / "riverside.md").open("a", encoding="utf-8") as handle:
        handle.write("\nThe council will publish a progress report in spring.\n")
    third = {Path(r.path).name: r for r in inbox(inbox_dir=inbox_dir, out=out, settle_seconds=0)}
    assert third["riverside.md"].status == "published"
    assert third["riverside.md"].slug != first["riverside.md"].slug


def test_find_sources_waits_for_files_still_being_written(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.html").write_text("<p>a</p>")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.md").write_text("a")
    (tmp_path / "~lock.md").write_text("a")
    past = time.time() - 120
    for path in (tmp_path / "old.txt", tmp_path / "sub" / "page.html"):
        os.utime(path, (past, past))
    (tmp_path / "new.md").write_text("still copying")
    assert find_sources(tmp_path, settle_seconds=30) == [
        tmp_path / "old.txt",
        tmp_path / "sub" / "page.html",
    ]
    assert tmp_path / "new.md" in find_sources(tmp_path, settle_seconds=0)
    assert find_sources(tmp_path / "missing") == []
