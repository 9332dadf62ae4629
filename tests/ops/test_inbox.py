"""The scheduled inbox flow: new files published, unchanged ones skipped, bad ones isolated and
set aside until they change; run states that tell the truth (Failed when a file failed)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from flows.inbox import find_sources, inbox
from flows.publish import publish, results_of

from highlights.errors import HighlightsError
from highlights.inbox import scan
from highlights.settings import RunSettings

DATA = Path(__file__).resolve().parent / "data"


def _fill(inbox_dir: Path) -> None:
    inbox_dir.mkdir()
    shutil.copy(DATA / "riverside-library-en.md", inbox_dir / "riverside.md")
    (inbox_dir / "empty.txt").write_bytes(b"")  # a bad article: fails with one line
    (inbox_dir / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (inbox_dir / ".draft.txt").write_text("not ready")  # hidden: ignored
    (inbox_dir / "notes.pdf").write_bytes(b"%PDF-1.7")  # not an article format: ignored


def _run(inbox_dir: Path, out: Path) -> tuple[Any, dict[str, Any]]:
    state = inbox(inbox_dir=inbox_dir, out=out, settle_seconds=0, return_state=True)
    return state, {Path(r.path).name: r for r in results_of(state)}


@pytest.mark.slow
def test_inbox_publishes_skips_and_sets_failures_aside(
    prefect_harness: None, tmp_path: Path
) -> None:
    inbox_dir, out = tmp_path / "inbox", tmp_path / "out"
    _fill(inbox_dir)

    state, first = _run(inbox_dir, out)
    assert set(first) == {"riverside.md", "empty.txt", "picture.txt"}
    assert first["riverside.md"].status == "published"
    assert first["empty.txt"].status == "failed" and "empty.txt" in (first["empty.txt"].error or "")
    assert first["picture.txt"].status == "failed"
    # The run is Failed, and says which files and why.
    assert state.is_failed(), state
    assert "2 of 3 inbox files failed" in (state.message or "")
    assert "empty.txt" in (state.message or "") and "picture.txt" in (state.message or "")
    reason = (inbox_dir / ".failed" / "empty.txt.reason").read_text(encoding="utf-8")
    assert reason.splitlines()[0] == first["empty.txt"].error
    folder = out / (first["riverside.md"].slug or "")
    assert (folder / "manifest.json").is_file() and (folder / "long.png").is_file()
    stamp = (folder / "manifest.json").stat().st_mtime_ns

    # Unchanged: recognised from the manifest before any work; the bad files are set aside,
    # not tried again: the run is Completed and the quiet scan finds nothing to do.
    state, second = _run(inbox_dir, out)
    assert state.is_completed(), state.message
    assert set(second) == {"riverside.md"}
    assert second["riverside.md"].status == "skipped"
    assert second["riverside.md"].slug == first["riverside.md"].slug
    assert second["riverside.md"].cards == first["riverside.md"].cards
    assert (folder / "manifest.json").stat().st_mtime_ns == stamp
    found = scan(inbox_dir, out, RunSettings(), 0)
    assert not found.pending and sorted(p.name for p in found.set_aside) == [
        "empty.txt", "picture.txt"]

    # Changed: published again as a new source; a changed bad file is tried again.
    with (inbox_dir / "riverside.md").open("a", encoding="utf-8") as handle:
        handle.write("\nThe council will publish a progress report in spring.\n")
    shutil.copy(DATA / "riverside-library-en.md", inbox_dir / "empty.txt")
    state, third = _run(inbox_dir, out)
    assert state.is_completed(), state.message
    assert third["riverside.md"].status == "published"
    assert third["riverside.md"].slug != first["riverside.md"].slug
    # fixed (with bytes published before, so recognised as unchanged): its record is dropped
    assert third["empty.txt"].status == "skipped"
    assert not (inbox_dir / ".failed" / "empty.txt.reason").exists()
    assert "picture.txt" not in third


@pytest.mark.slow
def test_publish_run_with_a_failed_article_ends_failed(
    prefect_harness: None, tmp_path: Path
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    paths = [DATA / "riverside-library-en.md", tmp_path / "empty.txt"]
    state = publish(paths=paths, out=tmp_path / "out", return_state=True)
    assert state.is_failed()
    assert state.message.startswith("1 of 2 articles failed: ")
    assert "empty.txt: the file is empty" in state.message
    results = results_of(state)  # the results are kept in the Failed state
    assert [r.status for r in results] == ["published", "failed"]

    ok = publish(paths=paths[:1], out=tmp_path / "out", return_state=True)
    assert ok.is_completed() and results_of(ok)[0].status == "skipped"


@pytest.mark.slow
def test_inbox_run_over_a_missing_folder_fails_with_one_line(
    prefect_harness: None, tmp_path: Path
) -> None:
    state = inbox(inbox_dir=tmp_path / "nowhere", out=tmp_path / "out", return_state=True)
    assert state.is_failed()
    assert "nowhere: the inbox folder does not exist" in (state.message or "")
    assert "\n" not in (state.message or "")
    with pytest.raises(HighlightsError, match="inbox folder does not exist"):
        results_of(state)


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
