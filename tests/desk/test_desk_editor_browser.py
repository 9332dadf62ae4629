"""The editors' workbench as an editor uses it, in Debian's Chromium through Playwright, with
the real Prefect flow behind the desk: upload → draft with previews → edit the headline,
delete a point, move a card (button) and a point (keyboard), change the theme → the preview
follows → approve → the PNG, PDF and EPUB show the edits → restart the desk → the article and
its history are still there → on a phone, in Traditional Chinese, edit and publish again.

Screenshots of the editor go to /tmp/desk-shots/.
"""

from __future__ import annotations

import json
import re
import subprocess
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from highlights.render.png.paint import Palette
from highlights.theme import load_theme

from .conftest import HANS, free_port

pytestmark = pytest.mark.slow
SHOTS = Path("/tmp/desk-shots")  # screenshots to look at, made as the walk goes


@pytest.fixture(autouse=True, scope="module")
def _shots_folder() -> None:
    SHOTS.mkdir(exist_ok=True)
HEADLINE = "清河公园全面开放编辑版"
DELETED = "夜间照明延长至晚上10点，方便市民散步健身"
EDITED = "公园东门新设三条公交线路编辑"
LATE = "园林绿化局提醒市民文明游园，不在河边钓鱼和游泳，宠物须牵绳"


class DeskServer:
    """A desk over `out` on a free port, the real flow behind it; can be stopped and started
    again over the same folder, as a restart of `highlights desk` would."""

    def __init__(self, out: Path) -> None:
        self.out, self.server, self.thread = out, None, None
        self.url = ""

    def start(self) -> None:
        import uvicorn
        from flows.desk import publish_for_desk

        from highlights.desk import create_app

        port = free_port()
        app = create_app(self.out, publish_for_desk)
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        self.server = server = uvicorn.Server(config)
        self.thread = threading.Thread(target=server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            assert time.monotonic() < deadline, "desk did not start"
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        assert self.server is not None and self.thread is not None
        self.server.should_exit = True
        self.thread.join(15)
        assert not self.thread.is_alive()


@pytest.fixture
def desk(prefect_harness: None, tmp_path: Path) -> Iterator[DeskServer]:
    server = DeskServer(tmp_path / "out")
    server.start()
    yield server
    if server.thread and server.thread.is_alive():
        server.stop()




def _open_new_draft(page: Any, desk: DeskServer) -> None:
    """Upload the sample to the desk and open the draft it becomes."""
    page.goto(desk.url + "/")
    page.set_input_files("input[type=file]", str(HANS))
    page.get_by_role("button", name="Upload").click()
    _wait_job(page)
    page.get_by_role("link", name="Open the draft →").click()


def _wait_job(page: Any) -> None:
    page.wait_for_url("**/jobs/*")
    page.wait_for_selector("[data-status=done], [data-status=failed]", timeout=240_000)
    assert page.get_attribute(".status", "data-status") == "done", page.inner_text("main")


def _wait_preview(page: Any, after: int, card: int) -> int:
    """The preview's revision once one newer than `after` shows image `card`."""
    page.wait_for_function(
        "([after, card]) => { const i = document.getElementById('preview');"
        " return Number(i.dataset.rev) > after && i.dataset.card === String(card)"
        " && i.complete && i.naturalWidth > 0; }", arg=[after, card], timeout=20_000)
    return int(page.get_attribute("#preview", "data-rev"))


def _preview_pixel(page: Any) -> list[int]:
    """The colour at the top left of the preview image (the card's band)."""
    rgba: list[int] = page.evaluate(
        "() => { const i = document.getElementById('preview'); const c = document.createElement"
        "('canvas'); c.width = i.naturalWidth; c.height = i.naturalHeight; const x ="
        " c.getContext('2d'); x.drawImage(i, 0, 0); return Array.from(x.getImageData(4, 4, 1, 1)"
        ".data); }")
    return rgba[:3]


def _near(rgb: list[int], want: tuple[int, int, int]) -> bool:
    """The same colour, give or take what the preview's JPEG does to a flat band."""
    return all(abs(a - b) <= 6 for a, b in zip(rgb, want, strict=True))


def _plain(text: str) -> str:
    return text.replace("**", "")  # the editor shows highlighted terms as **term**


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _published_texts(folder: Path) -> tuple[str, str, dict[str, str]]:
    """(PDF text, EPUB text, alt text by image) of a published folder."""
    pdf = next(folder.glob("*.pdf"))
    pdf_text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                              capture_output=True, text=True, timeout=60).stdout
    with zipfile.ZipFile(next(folder.glob("*.epub"))) as epub:
        pages = [epub.read(n).decode() for n in epub.namelist() if n.endswith(".xhtml")]
    epub_text = re.sub(r"<[^>]+>", "", "".join(pages))
    manifest = json.loads((folder / "manifest.json").read_text())
    return _flat(pdf_text), _flat(epub_text), {f["path"]: f.get("alt") or "" for f in
                                               manifest["files"]}


def test_upload_edit_preview_approve_restart_and_publish_again(
    desk: DeskServer, browser: Any
) -> None:
    context = browser.new_context(locale="en-GB", viewport={"width": 1366, "height": 900},
                                  extra_http_headers={"Accept-Language": "en-GB,en;q=0.9"})
    page = context.new_page()
    _open_new_draft(page, desk)
    page.wait_for_url("**/d/*")
    item = page.url.rsplit("/", 1)[1]
    assert page.get_attribute("[data-status]", "data-status") == "draft"
    assert not any(p.name[0] != "." for p in desk.out.iterdir())  # a draft is not published
    page.wait_for_function("document.getElementById('preview').naturalWidth > 0")
    page.screenshot(path=str(SHOTS / "editor-desktop.png"), full_page=False)
    page.screenshot(path=str(SHOTS / "editor-desktop-full.png"), full_page=True)

    # The headline: the title card's preview is drawn again.
    before = page.locator("#preview").screenshot()
    page.fill("input[name=who]", "Ann Editor")
    page.fill("input[name=title]", HEADLINE)
    rev = _wait_preview(page, 0, 0)
    assert page.locator("#preview").screenshot() != before
    assert page.inner_text("#state") == "Unsaved changes"

    cards = page.locator("#cards > li")
    assert cards.count() == 3
    first = cards.nth(0)
    boxes = first.locator("textarea")
    gone = next(k for k in range(boxes.count()) if DELETED in _plain(boxes.nth(k).input_value()))
    first.locator(".point").nth(gone).get_by_role("button", name="Delete the point").click()
    rev = _wait_preview(page, rev, 1)
    assert first.locator(".point").count() == 1

    # Move the third card up with its button; move a point up with the keyboard.
    third_title = cards.nth(2).locator(".card-title").input_value()
    cards.nth(2).get_by_role("button", name="Move the card up").click()
    assert cards.nth(1).locator(".card-title").input_value() == third_title
    assert "Moved to position 2." in page.inner_text("#state")
    # Drag it down by its grip and back: the order follows the mouse (a window tall enough to
    # show both cards: a drag does not scroll the page).
    page.set_viewport_size({"width": 1366, "height": 2600})
    cards.nth(1).locator(".grip").drag_to(cards.nth(2).locator("button[data-act=point-add]"))
    assert cards.nth(2).locator(".card-title").input_value() == third_title
    cards.nth(2).locator(".grip").drag_to(cards.nth(1).locator(".card-title"))
    assert cards.nth(1).locator(".card-title").input_value() == third_title
    assert [cards.nth(k).locator(".n").inner_text() for k in range(3)] == ["1", "2", "3"]
    page.set_viewport_size({"width": 1366, "height": 900})
    second = cards.nth(2)
    second.locator("textarea").nth(1).fill(EDITED)
    second.locator("textarea").nth(1).press("Alt+ArrowUp")
    assert second.locator("textarea").nth(0).input_value() == EDITED
    assert second.locator(".point").nth(0).get_attribute("class") == "point edited"
    rev = _wait_preview(page, rev, 3)

    # The theme: the preview is drawn in the formal theme's colours.
    formal = Palette.of(load_theme("formal")).primary
    assert not _near(_preview_pixel(page), formal)
    page.select_option("select[name=theme]", "formal")
    rev = _wait_preview(page, rev, 3)
    assert _near(_preview_pixel(page), formal)
    page.screenshot(path=str(SHOTS / "editor-desktop-edited.png"), full_page=False)

    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("#state:text('Saved')")
    page.wait_for_load_state("load")
    history = page.inner_text(".history")
    for words in ("Ann Editor", f"Headline: “清河滨水公园本月底全面开放” → “{HEADLINE}”",
                  "reordered the cards", f"card 1: deleted “{DELETED}”",
                  "Theme: “neutral” → “formal”", "reordered the points"):
        assert words in history, words
    assert page.locator("#cards > li").nth(2).locator(".point.edited").count() >= 1

    page.get_by_role("button", name="Approve and publish").click()
    _wait_job(page)
    page.get_by_role("link", name="Published files →").click()
    slug = page.url.rsplit("/", 1)[1]
    folder = desk.out / slug
    pdf, epub, alts = _published_texts(folder)
    order = [third_title, EDITED]
    for name, text in (("pdf", pdf), ("epub", epub), ("png", "".join(alts.values()))):
        assert HEADLINE in text, name
        assert _flat(EDITED) in _flat(text), name
        at = [text.index(_flat(part)) for part in order]
        assert at == sorted(at), name  # the moved card comes before the card it passed
    assert pdf.count(_flat(DELETED)) == 1 and epub.count(_flat(DELETED)) == 1  # body only
    assert DELETED not in "".join(alts.values())
    assert HEADLINE in alts["cards/01.png"]
    with Image.open(folder / "cards" / "02.png") as card:
        assert card.convert("RGB").getpixel((4, 4)) == formal  # published in the new theme
    deck = json.loads((folder / "cards.json").read_text())
    assert deck["title"] == HEADLINE
    context.close()

    # Restart the desk: the article, its deck and its history are still there.
    desk.stop()
    desk.start()
    phone = browser.new_context(locale="zh-TW", viewport={"width": 390, "height": 844},
                                device_scale_factor=2, is_mobile=True, has_touch=True,
                                extra_http_headers={"Accept-Language": "zh-TW,zh;q=0.9"})
    page = phone.new_page()
    page.goto(desk.url + "/")
    assert page.locator(".tile").count() == 1 and HEADLINE in page.inner_text(".tile")
    assert page.get_attribute(".tile", "data-status") == "published"
    assert "選擇檔案" in page.inner_text(".upload")  # the file input in the page's language
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.wait_for_function("document.querySelector('.tile .thumb').naturalWidth > 0")
    page.screenshot(path=str(SHOTS / "list-phone.png"), full_page=True)
    page.goto(f"{desk.url}/d/{item}")
    assert page.get_attribute("html", "lang") == "zh-Hant"
    assert page.inner_text("h1") == HEADLINE
    assert "Ann Editor" in page.inner_text(".history") and "刪除了" in page.inner_text(".history")
    page.wait_for_function("document.getElementById('preview').naturalWidth > 0")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    brand = page.locator(".brand").bounding_box()
    assert brand is not None and brand["height"] < 40  # the header does not break words
    page.screenshot(path=str(SHOTS / "editor-phone.png"), full_page=False)
    page.screenshot(path=str(SHOTS / "editor-phone-full.png"), full_page=True)

    # Reopen on the phone: delete another point, publish the edits again.
    page.fill("input[name=who]", "小林")
    boxes = page.locator("textarea.point-text")
    index = next(k for k in range(boxes.count()) if _plain(boxes.nth(k).input_value()) == LATE)
    page.locator(".point").nth(index).get_by_role("button", name="刪除要點").click()
    page.get_by_role("button", name="發布修改").click()
    _wait_job(page)
    pdf, epub, alts = _published_texts(folder)
    assert pdf.count(_flat(LATE)) == 1 and epub.count(_flat(LATE)) == 1
    assert HEADLINE in pdf and _flat(EDITED) in pdf  # the earlier edits stay
    page.goto(f"{desk.url}/d/{item}")
    history = page.inner_text(".history")
    assert "小林" in history and f"刪除了「{LATE}」" in history
    page.goto(f"{desk.url}/?status=published")
    assert page.locator(".tile").count() == 1

    # Unpublishing asks first: dismissed, nothing happens; accepted, the files go, the draft stays.
    page.goto(f"{desk.url}/d/{item}")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="撤下發布").click()
    assert page.get_attribute(".badge", "data-status") == "published" and folder.exists()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="撤下發布").click()
    page.wait_for_selector(".badge[data-status=draft]")
    assert not folder.exists() and "撤下發布" in page.inner_text(".history")
    phone.close()


def test_merge_and_split_cards(desk: DeskServer, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  extra_http_headers={"Accept-Language": "en"})
    page = context.new_page()
    _open_new_draft(page, desk)
    cards = page.locator("#cards > li")
    sizes = [cards.nth(k).locator(".point").count() for k in range(3)]
    cards.nth(0).get_by_role("button", name="Merge with the next card").click()
    assert cards.count() == 2
    assert cards.nth(0).locator(".point").count() == sizes[0] + sizes[1]
    split = cards.nth(1).locator(".point").nth(1)
    split.get_by_role("button", name="Start a new card here").click()
    assert cards.count() == 3 and cards.nth(2).locator(".point").count() == sizes[2] - 1
    assert cards.nth(2).locator(".card-title").input_value() == \
        cards.nth(1).locator(".card-title").input_value()
    _wait_preview(page, 0, 3)
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("#state:text('Saved')")
    page.wait_for_load_state("load")
    history = page.inner_text(".history")
    assert "deleted card 2" in history and "moved in from card 2" in history
    assert "added card 3" in history and "moved in from card 3" in history
    assert [cards.nth(k).locator(".point").count() for k in range(3)] == \
        [sizes[0] + sizes[1], 1, sizes[2] - 1]
    context.close()
