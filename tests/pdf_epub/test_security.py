"""Nothing from the article text is fetched or embedded; the fetcher serves only allowed files."""

from __future__ import annotations

import html
import re
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from highlights.errors import GlyphError
from highlights.model import Block
from highlights.paths import assets_dir
from highlights.render.pdf.fetcher import LocalFetcher, RefusedURL, work_url
from highlights.render.registry import renderer
from highlights.settings import RunSettings

if TYPE_CHECKING:
    from conftest import Case

THEME_FILE = assets_dir() / "themes" / "formal" / "theme.toml"


def test_fetcher_serves_assets_and_work_files(tmp_path: Path) -> None:
    (tmp_path / "cover.png").write_bytes(b"png")
    fetcher = LocalFetcher([assets_dir()], tmp_path)
    assert fetcher.fetch(THEME_FILE.as_uri()).read().startswith(b"#")
    assert fetcher.fetch(work_url("cover.png")).read() == b"png"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x.png",
        "https://example.com/a.css",
        "ftp://example.com/a",
        "data:text/plain,hello",
        "file:///etc/passwd",
        "file://otherhost/etc/passwd",
        (assets_dir() / "themes").as_uri() + "/../../../../etc/passwd",
        work_url("../../../etc/passwd"),
        work_url("/etc/passwd"),
        work_url("missing.png"),
    ],
)
def test_fetcher_refuses(tmp_path: Path, url: str) -> None:
    fetcher = LocalFetcher([assets_dir()], tmp_path)
    with pytest.raises(RefusedURL):
        fetcher.fetch(url)
    assert fetcher.refused


def test_fetcher_refuses_symlinks_out(tmp_path: Path) -> None:
    (tmp_path / "link.png").symlink_to("/etc/passwd")
    with pytest.raises(RefusedURL):
        LocalFetcher([assets_dir()], tmp_path).fetch(work_url("link.png"))


def test_paths_in_the_text_are_never_embedded(cases: dict[str, Case]) -> None:
    case = cases["hostile"]
    etc = Path("/etc/hostname")
    hostname = etc.read_bytes().strip() if etc.is_file() else b""
    with zipfile.ZipFile(case.epub) as epub:
        names = epub.namelist()
        media = [n for n in names if n.startswith("EPUB/media/")]
        assert media == ["EPUB/media/file0.png"] or media == []  # only the cover
        text = epub.read("EPUB/text/ch002.xhtml").decode()
        for name in names:
            data = epub.read(name)
            assert b"root:x:0:0" not in data, name
            if hostname and len(hostname) > 3 and name.endswith((".xhtml", ".opf", ".ncx")):
                assert hostname not in data.replace(b"/etc/hostname", b""), name
    plain = html.unescape(re.sub(r"<[^>]+>", "", text))
    for line in case.article.blocks[:2]:
        assert line.text in plain  # shown literally, not read as Markdown or HTML
    assert "<img" not in text and "<script" not in text
    pdf = subprocess.run(["pdftotext", str(case.pdf), "-"], capture_output=True, text=True).stdout
    assert '<img src="file:///etc/passwd">' in pdf and "![x](/etc/hostname)" in pdf


@pytest.mark.parametrize("kind", ["pdf", "epub"])
def test_missing_glyph_is_an_error(cases: dict[str, Case], tmp_path: Path, kind: Any) -> None:
    case = cases["en"]
    # 😀 has a face (colour emoji); a private-use character has none
    article = case.article.model_copy(update={"blocks": [Block(text="Smile 😀 \ue000 please")]})
    pub = replace(case, article=article, name="glyph").record
    with pytest.raises(GlyphError, match="U\\+E000"):
        renderer(kind).render(pub, tmp_path, RunSettings())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("slug", ["../escape", "a/b", ".hidden", "", "..", "a\\b"])
def test_unsafe_slug_is_refused(cases: dict[str, Case], tmp_path: Path, slug: str) -> None:
    case = cases["en"]
    with pytest.raises(ValueError, match="unsafe output name"):
        renderer("pdf").render(replace(case, name=slug).record, tmp_path / "out", RunSettings())
