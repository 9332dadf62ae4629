"""`make bench` renders, with the `weasyprint` command, the very HTML our PDF renderer makes:
this keeps the benchmark's copy of that page in step with the renderer (it once lacked the
provenance block and failed only when the benchmark was run)."""

from __future__ import annotations

from pathlib import Path

from bench.worker import export_html, task_html


def test_the_benchmark_renders_the_pdf_renderer_s_own_page(
    tmp_path: Path, sample_path: Path
) -> None:
    from highlights.publish import prepare
    from highlights.settings import RunSettings

    page = export_html(prepare(sample_path, RunSettings()), tmp_path / "one")
    html = page.read_text(encoding="utf-8")
    assert "中共自貢市委十二屆十二次全會公報" in html and "<style>" in html
    assert "provenance" in html  # the closing block the renderer draws
    assert task_html(str(tmp_path / "batch"), str(sample_path))["html"]
