"""The batch around the flow, without Prefect: decided files keep their place, the flow's
results fill the rest, and the inbox sets aside exactly the files that failed."""

from __future__ import annotations

from pathlib import Path

from highlights.batch import plan_batch
from highlights.inbox import FAILED, Scan, settle
from highlights.records import ArticleResult
from highlights.settings import RunSettings


def test_results_come_back_in_the_order_given(tmp_path: Path) -> None:
    good = tmp_path / "b.txt"
    good.write_text("標題\n\n第一段，內容。\n\n第二段，內容。\n", encoding="utf-8")
    empty = tmp_path / "a.txt"
    empty.write_bytes(b"")
    batch = plan_batch([good, empty], tmp_path / "out", RunSettings())
    assert batch.pending == [good]
    assert batch.decided[empty].status == "failed"
    flown = [ArticleResult(path=str(good), status="published", slug="b")]
    results = batch.results(flown)
    assert [r.status for r in results] == ["published", "failed"]
    assert results[1].error and "a.txt" in results[1].error


def test_settle_sets_aside_the_failed_and_forgets_the_fixed(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bad, fixed = inbox / "bad.txt", inbox / "fixed.txt"
    bad.write_text("x", encoding="utf-8")
    fixed.write_text("y", encoding="utf-8")
    earlier = inbox / FAILED / "fixed.txt.reason"
    earlier.parent.mkdir()
    earlier.write_text("old\nsha256: 0\n", encoding="utf-8")
    found = Scan(pending=[bad, fixed])
    flown = [
        ArticleResult(path=str(bad), status="failed", error="bad.txt: no text"),
        ArticleResult(path=str(fixed), status="published"),
    ]
    settled = settle(inbox, found, flown)
    assert [r.status for r in settled.results] == ["failed", "published"]
    assert settled.failure and settled.failure.startswith(
        f"1 of 2 inbox files failed and are set aside in {inbox / FAILED} until they change: "
    )
    assert "bad.txt: no text" in settled.failure
    assert (inbox / FAILED / "bad.txt.reason").read_text(encoding="utf-8").startswith("bad.txt")
    assert not earlier.exists()
    assert settle(inbox, Scan(pending=[fixed]), flown[1:]).failure is None
