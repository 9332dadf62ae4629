"""WeasyPrint's faces subset in one HarfBuzz pass (render/pdf/subset.py): the same PDF bytes
as WeasyPrint's own two passes, and the single pass is the one that runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.pdf_epub.conftest import EN_RELEASE, SAMPLE
from weasyprint.pdf import fonts

from highlights.publish import prepare
from highlights.render.job import render_format
from highlights.render.pdf import subset
from highlights.settings import RunSettings


def _pdf(source: Path, out: Path) -> bytes:
    settings = RunSettings(formats=["pdf"])
    prepared = prepare(source, settings).without_cover()
    out.mkdir()
    [pdf] = [f for f in render_format("pdf", prepared, out, settings) if f.path.endswith(".pdf")]
    return (out / pdf.path).read_bytes()


@pytest.mark.parametrize("source", [SAMPLE, EN_RELEASE], ids=["zh-Hant", "en"])
def test_one_pass_writes_the_bytes_of_two(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert subset.use_one_pass()
    once: list[bool] = []
    single = subset._subset_once

    def counted(*args: object) -> bool:
        once.append(single(*args))
        return once[-1]

    monkeypatch.setattr(subset, "_subset_once", counted)
    ours = _pdf(source, tmp_path / "one")
    assert once and all(once)  # every face went through the single pass, none fell back

    monkeypatch.setattr(fonts.Font, "_harfbuzz_subset", subset.weasyprints_own())
    theirs = _pdf(source, tmp_path / "two")
    assert ours == theirs


def test_a_different_weasyprint_is_left_alone() -> None:
    def one_subset_call(font: object) -> None:
        fonts.hb_subset_or_fail(font)  # type: ignore[attr-defined]

    assert subset._written_for(subset.weasyprints_own())
    assert not subset._written_for(one_subset_call)
    assert not subset._written_for(len)
