"""The desk serves only manifest-listed files under the output folder; uploads cannot escape it."""

from __future__ import annotations

import http.client
import os
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from highlights.desk.i18n import pick_language
from highlights.desk.jobs import UPLOADS, UploadError, safe_name, store_upload
from highlights.desk.library import article_file, list_articles, load_article


def _raw_get(base: str, path: str) -> tuple[int, bytes]:
    """GET a path byte for byte: HTTP clients would tidy `..` away before sending it."""
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.mark.slow
def test_traversal_requests_get_nothing(desk_url: str, published: Any) -> None:
    slug = published.results[0].slug
    secret = b"root:"  # /etc/passwd's first line
    for path in [
        "/a/../../etc/passwd",
        f"/a/{slug}/files/../../../../etc/passwd",
        f"/a/{slug}/files/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        f"/a/{slug}/files/..%2f..%2f..%2fetc%2fpasswd",
        f"/a/{slug}/files//etc/passwd",
        "/a/%2e%2e/files/etc/passwd",
        "/a/.staging/files/x",
        f"/a/{slug}/files/article.json%00.png",
        f"/a/{slug}/files/cards",
    ]:
        status, body = _raw_get(desk_url, path)
        assert status in (400, 404), (path, status)
        assert secret not in body, path
    status, body = _raw_get(desk_url, f"/a/{slug}/files/long.png")
    assert status == 200 and body.startswith(b"\x89PNG")


@pytest.mark.slow
def test_other_hosts_and_cross_site_posts_are_refused(desk_url: str) -> None:
    assert httpx.get(desk_url + "/", headers={"Host": "evil.example"}).status_code == 403
    files = {"article": ("a.txt", "文章".encode(), "text/plain")}
    posted = httpx.post(
        desk_url + "/upload", files=files, headers={"Origin": "http://evil.example"}
    )
    assert posted.status_code == 403
    assert httpx.get(desk_url + "/").status_code == 200


@pytest.mark.slow
def test_refused_upload_writes_nothing(desk_url: str, published: Any) -> None:
    uploads = published.out / UPLOADS
    before = sorted(uploads.rglob("*")) if uploads.exists() else []
    files = {"article": ("../../../../tmp/evil.sh", b"#!/bin/sh\necho hi\n", "text/plain")}
    response = httpx.post(desk_url + "/upload", files=files, follow_redirects=False)
    assert response.status_code == 400
    assert "Only .txt, .md and .html" in response.text
    after = sorted(uploads.rglob("*")) if uploads.exists() else []
    assert before == after
    assert not Path("/tmp/evil.sh").exists()


def test_safe_name_keeps_only_a_plain_name() -> None:
    assert safe_name("../../etc/passwd.txt") == "passwd.txt"
    assert safe_name("C:\\Users\\x\\..\\報告.MD") == "報告.md"
    assert safe_name(".hidden.txt") == "hidden.txt"
    assert safe_name("a\x00b\nc.txt") == "abc.txt"
    assert safe_name("rm -rf $(x);.html") == "rm_-rf_x_.html"
    assert safe_name("..") == "article"
    assert len(safe_name("x" * 500 + ".txt")) <= 84


def test_store_upload_stays_in_its_folder(tmp_path: Path) -> None:
    path = store_upload(tmp_path, "../../../escape.txt", "文章".encode())
    assert path.parent.parent == tmp_path / UPLOADS
    assert path.name == "escape.txt" and path.read_text(encoding="utf-8") == "文章"
    with pytest.raises(UploadError):
        store_upload(tmp_path, "notes.exe", b"x")
    with pytest.raises(UploadError):
        store_upload(tmp_path, "empty.txt", b"")


@pytest.mark.slow
def test_only_manifest_files_inside_the_folder(copy_out: Path, published: Any) -> None:
    slug = published.results[0].slug
    folder = copy_out / slug
    articles = len(list_articles(copy_out))
    (folder / "secret.txt").write_text("not published")
    assert article_file(copy_out, slug, "secret.txt") is None
    assert article_file(copy_out, slug, "cards/01.png") is not None
    # A listed file swapped for a link to elsewhere is refused, not followed out.
    os.remove(folder / "long.png")
    os.symlink("/etc/hostname", folder / "long.png")
    assert article_file(copy_out, slug, "long.png") is None
    # A whole article folder that links outside is refused too.
    outside = copy_out.parent / "elsewhere"
    shutil.move(str(folder), outside)
    os.symlink(outside, folder)
    assert article_file(copy_out, slug, "cards/01.png") is None
    assert load_article(copy_out, "../elsewhere") is None
    assert len(list_articles(copy_out)) == articles  # listing still works


def test_pick_language() -> None:
    assert pick_language("zh-TW,zh;q=0.9,en;q=0.8") == "zh-Hant"
    assert pick_language("zh-Hant-HK") == "zh-Hant"
    assert pick_language("zh-CN") == "zh-Hans"
    assert pick_language("zh") == "zh-Hans"
    assert pick_language("en-US,zh-CN;q=0.5") == "en"
    assert pick_language("fr,zh-MO;q=0.3") == "zh-Hant"
    assert pick_language("zh-CN;q=0.2,en;q=0.9") == "en"
    assert pick_language("de") == "en"
    assert pick_language(None) == "en"
    assert pick_language("en", override="zh-Hant") == "zh-Hant"
    assert pick_language("en", override="xx") == "en"
