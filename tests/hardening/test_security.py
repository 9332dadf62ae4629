"""Security: article text never makes a renderer read or write outside assets/ and the output
folder, and rendering never opens a network connection.

References in every syntax (Markdown image, HTML img/link, CSS url and @import, file://,
absolute and ../ paths) point at a secret folder next to the article and at a TCP listener on
loopback. The secret's bytes must appear in no output, no Python code may open a file in the
secret folder (an audit hook watches every open), and the listener must receive nothing.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hardening_support import check_published, png_bytes, sample_lines

from highlights.errors import HighlightsError
from highlights.paths import assets_dir
from highlights.publish import publish_article
from highlights.settings import RunSettings

SECRET_SIZE = (37, 23)  # an image of this size in an output means the secret was embedded

_opened: list[str] = []
_connects: list[str] = []
_recording = threading.Event()


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _recording.is_set():
        return
    if event == "open" and args and isinstance(args[0], str | bytes | os.PathLike):
        _opened.append(os.fsdecode(args[0]))
    elif event == "socket.connect":
        _connects.append(repr(args[1:])[:200])


sys.addaudithook(_audit)  # audit hooks cannot be removed: it records only while _recording is set


@contextmanager
def _watch() -> Iterator[None]:
    _opened.clear()
    _connects.clear()
    _recording.set()
    try:
        yield
    finally:
        _recording.clear()


class Listener:
    """A TCP server on 127.0.0.1 that counts the connections it accepts."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port: int = self.sock.getsockname()[1]
        self.connections: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.connections.append(conn.recv(200).decode("latin-1"))
                except OSError:
                    self.connections.append("")

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture
def secret(tmp_path: Path) -> tuple[Path, str]:
    """A folder next to the article with a text file and an image nobody may embed."""
    folder = tmp_path / "secret"
    folder.mkdir()
    token = f"SECRET-{uuid.uuid4().hex}"
    (folder / "secret.txt").write_text(token + "\n", encoding="utf-8")
    (folder / "secret.png").write_bytes(png_bytes(SECRET_SIZE, (255, 0, 255)))
    (folder / "secret.css").write_text(f"body {{ background: red; }} /* {token} */\n")
    return folder, token


def _references(secret: Path, port: int) -> list[str]:
    png, txt, css = secret / "secret.png", secret / "secret.txt", secret / "secret.css"
    web = f"http://127.0.0.1:{port}"
    return [
        f"全會指出,![圖]({png})與![圖]({png.as_uri()})與![圖](../secret/secret.png)不得嵌入。",
        f'全會強調,<img src="{png.as_uri()}">與<img src="../secret/secret.png">不得讀取。',
        f'全會提出,<link rel="stylesheet" href="{css.as_uri()}">與[文]({txt.as_uri()})不得讀取。',
        f'全會明確,<div style="background:url({png.as_uri()})">背景</div>與'
        f"<style>@import url({css.as_uri()});</style>不得載入。",
        f'全會要求,![遠端]({web}/x.png)與<img src="{web}/y.png">不得連網。',
        f'全會部署,<div style="background:url({web}/z.png)">背景</div>與'
        f'<link rel="stylesheet" href="{web}/s.css">與'
        f"<style>@import url({web}/t.css);</style>不得連網。",
        f"全會號召,<video src=\"{web}/v.mp4\"></video><iframe src=\"{web}/f\"></iframe>不得連網。",
    ]


def _article(folder: Path, suffix: str, refs: list[str]) -> Path:
    lines = sample_lines()
    body = lines[:2] + [item for pair in zip(lines[2:], refs, strict=False) for item in pair]
    body += lines[2 + len(refs):]
    path = folder / f"article{suffix}"
    path.write_text("\n\n".join(body) + "\n", encoding="utf-8")
    return path


def _html_article(folder: Path, refs: list[str]) -> Path:
    paragraphs = "".join(f"<p>{line}</p>" for line in sample_lines()[2:20])
    raw = "".join(refs).replace("![圖](", "<img src=").replace(")與", ">與")
    html = (f"<html><head><title>{sample_lines()[0]}</title></head><body><article>"
            f"<h1>{sample_lines()[0]}</h1>{paragraphs}<p>{raw}</p></article></body></html>")
    path = folder / "article.html"
    path.write_text(html, encoding="utf-8")
    return path


def _tree(folder: Path, skip: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and not p.is_relative_to(skip)
    }


def _pdf_images(pdf: Path) -> list[tuple[int, int]]:
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                             check=True, timeout=120).stdout.splitlines()[2:]
    return [(int(row.split()[3]), int(row.split()[4])) for row in listing if row.split()]


@pytest.mark.parametrize("suffix", [".md", ".txt", ".html"])
def test_references_in_the_text_read_nothing_and_connect_nowhere(
    suffix: str, tmp_path: Path, secret: tuple[Path, str], listener: Listener,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Renderers in this process, so that the audit hook sees every file they open and every
    # socket they connect (in worker processes it would see none; the listener would still
    # catch a connection from any process).
    monkeypatch.setenv("HIGHLIGHTS_WORKERS", "0")
    secret_dir, token = secret
    articles = tmp_path / "articles"
    articles.mkdir()
    refs = _references(secret_dir, listener.port)
    if suffix == ".html":
        source = _html_article(articles, refs)
    else:
        source = _article(articles, suffix, refs)
    out = tmp_path / "out"
    before_tmp = _tree(tmp_path, out)
    before_assets = _tree(assets_dir(), out)

    with _watch():
        try:
            folder = publish_article(source, out, RunSettings())
        except HighlightsError as exc:  # refusing the references is acceptable, reading them not
            folder = None
            assert str(source) in exc.line()
        opened, connects = list(_opened), list(_connects)

    assert listener.connections == [], f"a renderer connected: {listener.connections}"
    assert connects == [], f"socket connections while rendering: {connects}"
    leaked = [path for path in opened if Path(path).resolve().is_relative_to(secret_dir)]
    assert leaked == [], f"a renderer opened files named in the article: {leaked}"
    assert _tree(tmp_path, out) == before_tmp, "something was written outside the output folder"
    assert _tree(assets_dir(), out) == before_assets, "something was written into assets/"
    if folder is None:
        return

    check_published(folder)
    secret_png = (secret_dir / "secret.png").read_bytes()
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert token.encode() not in data, f"{path.name} embeds the secret text"
            assert secret_png not in data, f"{path.name} embeds the secret image"
    with zipfile.ZipFile(folder / f"{folder.name}.epub") as epub:
        for name in epub.namelist():
            data = epub.read(name)
            assert token.encode() not in data, f"EPUB member {name} embeds the secret text"
            assert data != secret_png, f"EPUB member {name} is the secret image"
            if name.endswith(".css"):
                assert f"127.0.0.1:{listener.port}".encode() not in data, f"{name} fetches"
            if name.endswith((".xhtml", ".html")):
                lowered = data.lower()
                assert b"<script" not in lowered, f"{name} carries a script from the article"
                assert b"<iframe" not in lowered and b"<video" not in lowered, name
                for tag in (b'<img src="http', b'<img src="file', b'<link rel="stylesheet" href'):
                    assert tag not in lowered, f"{name} keeps an article reference as markup"
    pdf = folder / f"{folder.name}.pdf"
    assert SECRET_SIZE not in _pdf_images(pdf), "the PDF embeds the secret"


def test_hostile_titles_never_leave_the_output_folder(tmp_path: Path) -> None:
    lines = sample_lines()
    for index, title in enumerate(["../../escape", "/abs/path", "..\\..\\win", "a/../../b", ".."]):
        source = tmp_path / f"t{index}.txt"
        source.write_text("\n".join([title, *lines[1:]]) + "\n", encoding="utf-8")
        folder = publish_article(source, tmp_path / "out", RunSettings(formats=["png"]))
        assert folder.parent == tmp_path / "out"
        assert folder.resolve().is_relative_to((tmp_path / "out").resolve())
    outside = {p.name for p in tmp_path.iterdir()}
    assert outside == {"out"} | {f"t{i}.txt" for i in range(5)}
