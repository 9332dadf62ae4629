"""The hostile corpus of issue 8 and the checks every published or refused article must pass.

Not a test module: `conftest.py` puts this folder on `sys.path` so that the hardening tests
(and a child process of the atomic-output test) can import it as `hardening_support`.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "assets" / "samples" / "zigong-communique.txt"
HOSTILE = ROOT / "tests" / "data" / "hostile"

Expect = Literal["ok", "fail", "any"]
SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LONG_CHARS = 300_000
URL_CHARS = 5_000

# Pinyin glosses with tone marks (`產(chǎn)`) and the sample's mojibake spot cannot be written in
# Big5; a Big5 page would not carry them, so its fixture (and its UTF-8 twin) drops them.
_TONED_GLOSS = re.compile(r"\([a-zA-Zà-ɏ]+\)")


@dataclass(frozen=True)
class Case:
    """One hostile input: a file to publish and what must happen to it."""

    name: str
    path: Path
    expect: Expect
    twin: str | None = None  # UTF-8 text that must normalise to the same article
    literals: tuple[str, ...] = ()  # text that must survive literally into article.json
    heavy: bool = False  # 300,000 characters: minutes of rendering, so only the CLI batch
    render: bool = True  # False: renders like the sample, so in-process tests check text only
    note: str = ""
    names: tuple[str, ...] = ()  # what its refusal must name (characters as U+XXXX, "and 1 more")
    damaged_at: int | None = None  # byte offset that article.json must report as invalid bytes


@dataclass
class Corpus:
    folder: Path
    cases: list[Case] = field(default_factory=list)

    def by_name(self, name: str) -> Case:
        return next(case for case in self.cases if case.name == name)


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def sample_lines() -> list[str]:
    return [line for line in sample_text().splitlines() if line.strip()]


def hostile_lines(name: str) -> list[str]:
    return [line for line in (HOSTILE / name).read_text(encoding="utf-8").splitlines() if line]


def with_lines(extra: list[str], title: str | None = None, every: int = 2) -> str:
    """The sample with `extra` lines woven between its paragraphs (after the title and note)."""
    lines = sample_lines()
    head, body = lines[:2], lines[2:]
    if title is not None:
        head[0] = title
    out = list(head)
    pending = list(extra)
    for index, line in enumerate(body):
        out.append(line)
        if pending and index % every == 1:
            out.append(pending.pop(0))
    out.extend(pending)
    return "\n".join(out) + "\n"


def png_bytes(
    size: tuple[int, int] = (64, 48), color: tuple[int, int, int] = (200, 30, 30)
) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="PNG")
    return buffer.getvalue()


def long_article(chars: int = LONG_CHARS) -> str:
    """A real-looking article of `chars` characters: numbered copies of the sample's paragraphs."""
    lines = sample_lines()
    body = lines[2:20]
    out = [lines[0] + "(長文)", lines[1]]
    total = sum(len(line) + 1 for line in out)
    number = 0
    while total < chars:
        line = f"第{number + 1}段。" + body[number % len(body)]
        out.append(line)
        total += len(line) + 1
        number += 1
    text = "\n".join(out)
    return text[:chars]


def long_line(chars: int = LONG_CHARS) -> str:
    """One line of Han characters, no punctuation, no line break: nowhere to break or split."""
    han = [ch for ch in sample_text() if "\u4e00" <= ch <= "\u9fff"]
    rng = random.Random(8)
    return "".join(rng.choice(han) for _ in range(chars))


def long_url(chars: int = URL_CHARS) -> str:
    base = "https://www.zgm.cn/content/2021-07/15/content_"
    rng = random.Random(5)
    tail = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(chars))
    return (base + tail)[:chars]


def build_corpus(folder: Path) -> Corpus:
    """Write every hostile input into `folder` (fresh bytes, nothing committed but snippets)."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(folder)
    sample = sample_text()

    def add(name: str, filename: str, data: bytes | str, expect: Expect, **extra: Any) -> None:
        path = folder / filename
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        corpus.cases.append(Case(name=name, path=path, expect=expect, **extra))

    rng = random.Random(1)
    add("empty", "empty.txt", b"", "fail")
    add("whitespace", "whitespace.txt", " \n\t\r\n\u3000\u00a0 \n\n   \u3000\n", "fail")
    add("binary", "binary.txt", bytes(rng.randrange(256) for _ in range(4096)), "fail")
    add("image_as_txt", "photo.txt", png_bytes(), "fail")
    add("image_as_md", "photo.md", png_bytes((32, 32), (0, 0, 255)), "fail")
    add("no_body_html", "menu.html",
        "<html><head><title>首頁</title></head><body><nav><a href='/'>首頁</a></nav></body></html>",
        "fail")

    # Invalid UTF-8: stray bytes and a cut multi-byte sequence in otherwise UTF-8 text.
    raw = sample.encode("utf-8")
    cut = raw.index("全會由市委常委會主持".encode())
    broken = raw[:cut] + b"\xff\xfe\xc3" + "全".encode()[:2] + b"\n" + raw[cut:]
    add("invalid_utf8", "invalid-utf8.txt", broken, "ok", render=False, damaged_at=cut,
        note="decoded, each bad spot U+FFFD and reported in article.json")

    # Control characters, bidi overrides, zero-width marks and an ANSI escape in the text.
    controls = sample.replace("全會指出,", "全會\x07指出\x1b[31m,\x00\x08")
    controls = controls.replace("全會強調", "全會\u202e強調\u200b\ufeff").replace("\n", "\x0b\n", 3)
    add("control_chars", "controls.txt", controls, "ok", render=False)

    # The sample in other encodings must give the same article as in UTF-8.
    add("gb18030", "gb18030.txt", sample.encode("gb18030"), "ok", twin=sample, render=False)
    add("utf16", "utf16.txt", sample.encode("utf-16"), "ok", twin=sample, render=False)
    add("utf8_bom_crlf", "bom-crlf.txt",
        b"\xef\xbb\xbf" + sample.replace("\n", "\r\n").encode("utf-8"), "ok", twin=sample,
        render=False)
    big5_text = _TONED_GLOSS.sub("", sample).replace("?lián)姑㈨频Z", "擔當")
    add("big5", "big5.txt", big5_text.encode("big5"), "ok", twin=big5_text,
        render=False)

    add("long_article", "long-article.txt", long_article(), "any", heavy=True)
    add("long_line", "long-line.txt", long_line(), "any", heavy=True)
    url = long_url()
    add("long_url", "long-url.txt", with_lines([f"全會公報全文見{url}。"]), "ok")

    glyph_lines = hostile_lines("glyphs.txt")
    # Extension B and emoji have faces in the fallback chain (fonts.chain): published, drawn.
    add("ext_b", "ext-b.txt", with_lines(glyph_lines[:1]), "ok",
        note="published: Extension B drawn by the rare-Han face")
    add("emoji", "emoji.txt", with_lines(glyph_lines[1:]), "ok",
        note="published: colour emoji drawn by Noto Color Emoji")
    # Private-use characters no installed font has: refused, naming each.
    no_font = "全會指出,\ue000與\U0010fffd沒有任何字型。"
    add("no_font", "no-font.txt", with_lines([no_font]), "fail",
        names=("U+E000", "U+10FFFD"), note="refused naming the missing characters")

    injection = hostile_lines("injection.txt")
    literals = ("{{ 7*7 }}", "\\input{/etc/passwd}", "$(rm -rf /)")
    add("injection_txt", "injection.txt", with_lines(injection), "ok", literals=literals)
    add("injection_md", "injection.md", with_lines(injection), "ok", literals=literals[:1])
    page = "".join(f"<p>{line}</p>" for line in sample_lines()[2:20])
    html = (
        "<!doctype html><html><head><title>中共自貢市委十二屆十二次全會公報</title>"
        "<script>document.write('x')</script><link rel=stylesheet href='http://127.0.0.1:9/a.css'>"
        "</head><body><article><h1>中共自貢市委十二屆十二次全會公報</h1>"
        f"{page}<p>{{{{ 7*7 }}}} 與 $(id)</p><img src='file:///etc/hostname'></article></body></html>"
    )
    add("injection_html", "injection.html", html, "ok")

    references = hostile_lines("references.txt")
    add("references_txt", "references.txt", with_lines(references), "ok")
    add("references_md", "references.md", with_lines(references), "ok")

    for index, title in enumerate(hostile_lines("titles.txt"), 1):
        add(f"title_{index}", f"title-{index}.txt", with_lines([], title=title), "ok",
            render=index % 2 == 0)
    add("filename", 'a "quoted" name :*?<>| 公報.txt', with_lines([]), "ok", render=False)
    return corpus


# ---------------------------------------------------------------------------------------------
# Checks


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_problems(folder: Path) -> list[str]:
    """Why `folder` is not one complete published set ([] when it is)."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"no readable manifest: {exc}"]
    problems = []
    listed = {entry["path"] for entry in manifest.get("files", [])}
    on_disk = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.name != "manifest.json"
    }
    if listed != on_disk:
        extra, missing = on_disk - listed, listed - on_disk
        problems.append(f"files differ from the manifest: extra {extra}, missing {missing}")
    for entry in manifest.get("files", []):
        path = folder / entry["path"]
        if path.is_file() and sha256(path) != entry["sha256"]:
            problems.append(f"{entry['path']}: sha256 differs from the manifest")
    return problems


def check_published(
    folder: Path, formats: tuple[str, ...] = ("pdf", "epub", "png")
) -> dict[str, Any]:
    """Assert that `folder` is a complete, valid output set; return its manifest."""
    assert folder.is_dir(), f"{folder} was not published"
    assert SLUG_RE.fullmatch(folder.name), f"unsafe slug {folder.name!r}"
    problems = manifest_problems(folder)
    assert not problems, problems
    manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    files = {entry["path"]: entry for entry in manifest["files"]}
    assert "article.json" in files and "cards.json" in files
    slug = folder.name
    if "pdf" in formats:
        assert (folder / f"{slug}.pdf").read_bytes()[:5] == b"%PDF-"
    if "epub" in formats:
        with zipfile.ZipFile(folder / f"{slug}.epub") as epub:
            assert epub.namelist()[0] == "mimetype"
            assert epub.read("mimetype") == b"application/epub+zip"
            assert epub.testzip() is None
    if "png" in formats:
        assert "long.png" in files
        cards = [p for p in files if p.startswith("cards/")]
        assert cards, "no card images"
        for rel in [*cards, "long.png"]:
            with Image.open(folder / rel) as image:
                image.verify()
            with Image.open(folder / rel) as image:
                assert image.size == (files[rel]["width"], files[rel]["height"])
    for entry in files.values():
        assert entry["bytes"] == (folder / entry["path"]).stat().st_size
    return manifest


def staging_leftovers(out_root: Path) -> list[str]:
    """Anything in `<out>/.staging/` but lock files: half-written work that was not cleaned up."""
    staging = out_root / ".staging"
    if not staging.exists():
        return []
    return sorted(p.name for p in staging.iterdir() if not (p.is_file() and p.suffix == ".lock"))


def published_folders(out_root: Path) -> list[Path]:
    if not out_root.exists():
        return []
    return sorted(p for p in out_root.iterdir() if p.name != ".staging")


def article_blocks(folder: Path) -> list[dict[str, Any]]:
    data = json.loads((folder / "article.json").read_text(encoding="utf-8"))
    blocks: list[dict[str, Any]] = data["blocks"]
    return blocks


def control_chars(text: str) -> list[str]:
    """C0/C1 controls (but newline and tab), bidi overrides and zero-width marks left in text."""
    bad = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
           "\u200b", "\ufeff"}
    return sorted({
        f"U+{ord(ch):04X}" for ch in text
        if (ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) < 0xA0 or ch in bad
    })


def case_names(heavy: bool | None = None) -> list[str]:
    """Names of the corpus cases (for parametrize), optionally only the heavy or light ones."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        cases = build_corpus(Path(tmp)).cases
    return [case.name for case in cases if heavy is None or case.heavy == heavy]


def strings(data: Any) -> list[str]:
    """Every string value inside decoded JSON."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in strings(value)]
    return []
