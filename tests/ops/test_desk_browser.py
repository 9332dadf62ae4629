"""The editors' desk as an editor uses it, in a real headless Chromium (Debian's, via Playwright).

Screenshots go to /tmp/desk-*.png so a person can look at the pages.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow
SHOTS = Path("/tmp")
DATA = Path(__file__).resolve().parent / "data"
Published = Any  # tests/ops/conftest.py: out, results, flow_run_id


@pytest.fixture
def page(desk_url: str, browser: Any) -> Iterator[Any]:
    context = browser.new_context(
        locale="zh-TW",
        extra_http_headers={"Accept-Language": "zh-TW,zh;q=0.9,en;q=0.5"},
        viewport={"width": 1280, "height": 900},
        accept_downloads=True,
    )
    try:
        yield context.new_page()
    finally:
        context.close()


def _all_images_loaded(page: Any, selector: str) -> int:
    """How many images match, after checking that every one of them decoded."""
    sizes = page.eval_on_selector_all(selector, "els => els.map(e => e.complete && e.naturalWidth)")
    assert sizes and all(sizes), f"{selector}: {sizes}"
    return len(sizes)


def _card_files(published: Published, index: int) -> int:
    """Card images the manifest lists (the renderer may add a title card to the deck's cards)."""
    slug = published.results[index].slug
    manifest = json.loads((published.out / slug / "manifest.json").read_text())
    return sum(f["path"].startswith("cards/") for f in manifest["files"])


def test_list_then_article_then_pdf(page: Any, desk_url: str, published: Published) -> None:
    sample = published.results[0]
    page.goto(desk_url + "/")
    assert page.get_attribute("html", "lang") == "zh-Hant"
    assert page.inner_text("h1") == "文章"
    tile = page.locator(f"a[href='/a/{sample.slug}']")
    assert sample.title in tile.inner_text()
    page.wait_for_load_state("networkidle")
    assert _all_images_loaded(page, ".tile .thumb") >= 2
    page.screenshot(path=str(SHOTS / "desk-list.png"), full_page=True)

    tile.click()
    page.wait_for_url(f"**/a/{sample.slug}")
    page.wait_for_load_state("networkidle")
    assert page.inner_text("h1") == sample.title
    assert _all_images_loaded(page, ".card-image") == _card_files(published, 0)
    page.screenshot(path=str(SHOTS / "desk-article.png"), full_page=False)

    with page.expect_download() as info:
        page.get_by_role("link", name="PDF", exact=True).click()
    download = info.value
    assert download.suggested_filename == f"{sample.slug}.pdf"
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF-")
    assert data == (published.out / sample.slug / f"{sample.slug}.pdf").read_bytes()

    with page.expect_download() as info:
        page.get_by_role("link", name="全部檔案（ZIP）").click()
    with zipfile.ZipFile(info.value.path()) as archive:
        names = set(archive.namelist())
    manifest = json.loads((published.out / sample.slug / "manifest.json").read_text())
    assert {f"{sample.slug}/{f['path']}" for f in manifest["files"]} <= names


def test_upload_makes_a_draft_then_approval_runs_the_flow(page: Any, desk_url: str) -> None:
    page.goto(desk_url + "/?lang=zh-Hans")  # an explicit choice beats Accept-Language
    assert page.get_attribute("html", "lang") == "zh-Hans"
    page.set_input_files("input[type=file]", str(DATA / "qinghe-park-hans.txt"))
    page.get_by_role("button", name="上传").click()
    page.wait_for_url("**/jobs/*")
    # The job page refreshes itself until the draft is made; then it links to the editor.
    page.wait_for_selector("[data-status=done], [data-status=failed]", timeout=240_000)
    assert page.get_attribute(".status", "data-status") == "done", page.inner_text("main")
    page.get_by_role("link", name="打开草稿 →").click()
    page.wait_for_url("**/d/*")
    assert "清河滨水公园" in page.inner_text("h1")
    page.get_by_role("button", name="批准并发布").click()
    page.wait_for_url("**/jobs/*")
    page.wait_for_selector("[data-status=done], [data-status=failed]", timeout=240_000)
    assert page.get_attribute(".status", "data-status") == "done", page.inner_text("main")
    assert "清河滨水公园" in page.inner_text(".result-title")
    page.wait_for_load_state("networkidle")
    assert _all_images_loaded(page, ".card-image") >= 1
    assert page.locator(".progress li").count() >= 3  # the flow's stages were shown
    page.screenshot(path=str(SHOTS / "desk-upload-result.png"), full_page=True)

    page.get_by_role("link", name="全部文章").first.click()
    assert "清河滨水公园本月底全面开放" in page.inner_text(".grid")


def test_languages_follow_accept_language(browser: Any, desk_url: str) -> None:
    for header, lang, heading in [
        ("en-GB,en;q=0.8", "en", "Articles"),
        ("zh-CN,zh;q=0.9", "zh-Hans", "文章"),
        ("zh-HK", "zh-Hant", "文章"),
        ("fr-FR,de;q=0.5", "en", "Articles"),
    ]:
        context = browser.new_context(extra_http_headers={"Accept-Language": header})
        try:
            page = context.new_page()
            page.goto(desk_url + "/")
            assert page.get_attribute("html", "lang") == lang, header
            assert page.inner_text("h1") == heading, header
        finally:
            context.close()


def test_failed_upload_shows_the_reason(page: Any, desk_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)  # an image renamed .txt
    page.goto(desk_url + "/?lang=en")
    page.set_input_files("input[type=file]", str(bad))
    page.get_by_role("button", name="Upload").click()
    page.wait_for_selector("[data-status=done], [data-status=failed]", timeout=240_000)
    assert page.get_attribute(".status", "data-status") == "failed"
    reason = page.inner_text(".error")
    assert reason.startswith("scan.txt: ") and str(tmp_path) not in reason
    assert "/.inbox-uploads/" not in page.content()  # no server paths shown
    page.screenshot(path=str(SHOTS / "desk-upload-failed.png"), full_page=True)
