"""The desk's download menu for platform bundles: per article, a ZIP per platform or the files
one by one, made on demand by the library `highlights publish --platforms` runs. The browser
test clicks the menu in Debian's Chromium (Playwright) and reads the downloaded ZIP back."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import threading
import time
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from highlights.bundles.limits import platform_length
from highlights.desk import create_app
from highlights.paths import assets_dir
from highlights.pipeline import Pipeline, quiet
from highlights.settings import RunSettings

from .conftest import BASE, HANS, free_port, publish_here

SHOTS = Path("/tmp/desk-shots")  # the menu as the browser drew it, to look at
TABLE = tomllib.loads((assets_dir() / "platforms.toml").read_text(encoding="utf-8"))


def publish(out: Path, platforms: list[str] | None = None) -> str:
    """HANS published into `out` as the command line would (no Prefect); its slug."""
    settings = RunSettings(platforms=platforms or [])  # type: ignore[arg-type]
    result = Pipeline(out, settings, None, quiet).execute(HANS)
    assert result.status == "published" and result.slug, result.error
    return result.slug


def check_against_the_table(platform: str, files: dict[str, bytes]) -> None:
    """A downloaded bundle read back against its row of assets/platforms.toml."""
    row = TABLE["platforms"][platform]
    caption = files["post.txt"].decode("utf-8")
    assert caption.strip()
    assert platform_length(caption) <= row.get("max_caption", 10**6)
    assert platform_length(caption.splitlines()[0]) <= row.get("max_title", 10**6)
    images = sorted(n for n in files if n.endswith(".png") and n != "cover.png")
    assert images and len(images) <= row.get("max_images", 10**6), images
    alts = json.loads(files["alt.json"])
    for name in images:
        with Image.open(io.BytesIO(files[name])) as img:
            w, h = img.size
        assert w == row["width"] and (h == row["height"] or row["height"] == 0), (name, w, h)
        assert h <= row.get("max_height", 10**6) and len(files[name]) < row.get("max_bytes",
                                                                                10**9)
        assert alts[name] and platform_length(alts[name]) <= row.get("max_alt", 10**6)


def unzipped(data: bytes) -> tuple[set[str], dict[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        folders = {n.split("/", 1)[0] for n in names}
        return folders, {n.split("/", 1)[1]: archive.read(n) for n in names}


def test_a_bundle_on_demand_is_the_one_publish_makes(out: Path, tmp_path: Path) -> None:
    """The desk's xhs ZIP holds the very files `publish --platforms xhs` writes (same bytes),
    every one within the table's limits; the files one by one; unknown names are 404s."""
    slug = publish(out)
    with TestClient(create_app(out, publish_here), base_url=BASE) as client:
        page = client.get(f"/a/{slug}?lang=en").text
        for platform in TABLE["platforms"]:
            assert f"/a/{slug}/platforms/{platform}.zip" in page
        answer = client.get(f"/a/{slug}/platforms/xhs.zip")
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"] == "application/zip"
        folders, files = unzipped(answer.content)
        assert folders == {f"{slug}-xhs"}
        assert {"post.txt", "alt.txt", "alt.json", "01.png"} <= set(files)
        check_against_the_table("xhs", files)
        listing = client.get(f"/a/{slug}/platforms/xhs?lang=en").text
        assert all(f"/a/{slug}/platforms/xhs/{name}" in listing for name in files)
        one = client.get(f"/a/{slug}/platforms/xhs/post.txt")
        assert one.status_code == 200 and one.content == files["post.txt"]
        assert "attachment" in one.headers["content-disposition"]
        for bad in ("/platforms/tiktok.zip", "/platforms/xhs/../manifest.json",
                    "/platforms/xhs/nothing.png"):
            assert client.get(f"/a/{slug}{bad}").status_code == 404, bad
        assert client.get("/a/no-such-article/platforms/xhs.zip").status_code == 404
    made = tmp_path / "cli"
    publish(made, ["xhs"])
    bundle = made / slug / "platforms" / "xhs"
    cli = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in bundle.iterdir()}
    assert cli == {n: hashlib.sha256(d).hexdigest() for n, d in files.items()}


def test_an_article_published_with_the_platform_serves_its_own_files(out: Path) -> None:
    slug = publish(out, ["weibo"])
    with TestClient(create_app(out, publish_here), base_url=BASE) as client:
        _, files = unzipped(client.get(f"/a/{slug}/platforms/weibo.zip").content)
    on_disk = out / slug / "platforms" / "weibo"
    assert files == {p.name: p.read_bytes() for p in on_disk.iterdir()}
    assert not (out / ".desk" / "bundles").exists()  # nothing built again


class Desk:
    def __init__(self, out: Path) -> None:
        import uvicorn

        port = free_port()
        config = uvicorn.Config(create_app(out, publish_here), host="127.0.0.1", port=port,
                                log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "desk did not start"
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)


@pytest.fixture
def desk(out: Path) -> Iterator[Desk]:
    running = Desk(out)
    yield running
    running.stop()


@pytest.mark.slow
def test_the_download_menu_in_a_browser(browser: Any, desk: Desk, out: Path,
                                        tmp_path: Path) -> None:
    """An editor opens the article, unfolds the bundles menu, downloads the Xiaohongshu ZIP
    and, from the WeChat bundle's page, its caption file."""
    slug = publish(out)
    page = browser.new_page(accept_downloads=True, locale="en-GB")
    try:
        page.goto(f"{desk.url}/a/{slug}?lang=en")
        page.get_by_text("Ready-to-post bundles").click()
        row = page.locator('.bundle-menu li[data-platform="xhs"]')
        assert row.is_visible() and "1080×1440" in row.inner_text()
        SHOTS.mkdir(exist_ok=True)
        page.locator("section.downloads").screenshot(path=str(SHOTS / "bundles-menu.png"))
        with page.expect_download(timeout=60_000) as got:
            row.get_by_role("link", name="ZIP").click()
        download = got.value
        assert download.suggested_filename == f"{slug}-xhs.zip"
        saved = tmp_path / download.suggested_filename
        download.save_as(saved)
        folders, files = unzipped(saved.read_bytes())
        assert folders == {f"{slug}-xhs"}
        check_against_the_table("xhs", files)
        page.locator('.bundle-menu li[data-platform="wechat"]').get_by_role(
            "link", name="Files").click()
        page.wait_for_selector("section.bundle")
        assert "long.png" in page.inner_text("section.bundle")
        with page.expect_download(timeout=60_000) as got:
            page.get_by_role("link", name="post.txt").click()
        caption = Path(got.value.path()).read_text(encoding="utf-8")
        assert caption.splitlines()[0] and caption == page.inner_text("pre.post") + (
            "\n" if not page.inner_text("pre.post").endswith("\n") else "")
    finally:
        page.close()


def test_a_republished_article_gets_a_fresh_bundle(out: Path) -> None:
    """Built once per published version: the second ZIP is the first (no new build), and
    after the article is published again (in another theme) the bundle is drawn anew and
    the earlier version's folder is gone."""
    slug = publish(out)
    with TestClient(create_app(out, publish_here), base_url=BASE) as client:
        first = client.get(f"/a/{slug}/platforms/x.zip").content
        built = sorted((out / ".desk" / "bundles" / slug).iterdir())
        assert client.get(f"/a/{slug}/platforms/x.zip").content == first
        assert sorted((out / ".desk" / "bundles" / slug).iterdir()) == built
        settings = RunSettings(theme="formal")
        assert Pipeline(out, settings, None, quiet).execute(HANS).status == "published"
        again = client.get(f"/a/{slug}/platforms/x.zip").content
    assert unzipped(again)[1]["01.png"] != unzipped(first)[1]["01.png"]
    now = sorted((out / ".desk" / "bundles" / slug).iterdir())
    assert len(now) == 1 and now != built


def test_a_limit_broken_or_an_unreadable_folder_is_a_page_not_a_crash(
        out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle over its platform's limits is a 422 page naming the limit, and nothing of it
    is kept; a published folder without its cards.json is a 404."""
    from highlights.bundles import limits as limits_module

    slug = publish(out)
    tight = dataclasses.replace(limits_module.limits("xhs"), max_images=2)
    monkeypatch.setitem(limits_module.table().platforms, "xhs", tight)
    with TestClient(create_app(out, publish_here), base_url=BASE) as client:
        answer = client.get(f"/a/{slug}/platforms/xhs.zip?lang=en")
        assert answer.status_code == 422
        assert "more than max_images=2" in answer.text
        assert not list((out / ".desk" / "bundles" / slug).iterdir())
        (out / slug / "cards.json").unlink()
        assert client.get(f"/a/{slug}/platforms/x.zip").status_code == 404
