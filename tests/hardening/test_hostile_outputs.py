"""What a run leaves behind: damaged text published with every bad spot reported, folders
readable as the umask says, no server path in any output, no scratch folder in /tmp, and
overrides with an empty title or point refused by card and field."""

from __future__ import annotations

import json
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from highlights.cards import load_override
from highlights.errors import HighlightsError, InputError
from highlights.publish import publish_article
from highlights.settings import InputSettings, RunSettings
from highlights.staging import STAGING, sweep_temp


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # Renderers in this process: the umask and the temporary folder are this test's own.
    monkeypatch.setenv("HIGHLIGHTS_WORKERS", "0")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _damaged(sample: Path) -> tuple[bytes, list[int]]:
    """The sample with three invalid bytes at three places between characters."""
    data = sample.read_bytes()
    text = data.decode("utf-8")
    cuts = [len(text[:n].encode()) for n in (200, 900, 2000)]
    out, spots, last = b"", [], 0
    for bad, cut in zip((b"\xff", b"\xc3\x28"[:1], b"\x80"), cuts, strict=True):
        out += data[last:cut]
        spots.append(len(out))
        out += bad
        last = cut
    return out + data[last:], spots


def test_damaged_utf8_is_published_with_every_spot_reported(
    in_process: None, umask_022: None, tmp_path: Path, sample_path: Path
) -> None:
    data, spots = _damaged(sample_path)
    source = tmp_path / "damaged.txt"
    source.write_bytes(data)
    folder = publish_article(source, tmp_path / "out", RunSettings(formats=["png"]))
    article = json.loads((folder / "article.json").read_text(encoding="utf-8"))
    found = article["source"]["invalid_bytes"]
    assert [spot["offset"] for spot in found] == spots
    for spot in found:
        assert data[spot["offset"] : spot["offset"] + spot["length"]].hex(" ") == spot["hex"]
        assert "\ufffd" in spot["context"] and len(spot["context"]) > 4
    assert article["source"]["encoding"] == "utf-8"

    # No output records where the source lay on this machine.
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert article["source"]["path"] == manifest["source"]["path"] == "damaged.txt"
    for name in ("article.json", "manifest.json", "cards.json"):
        assert str(tmp_path) not in (folder / name).read_text(encoding="utf-8"), name

    # Folders as the umask asks (0755 under 022), so another user can serve them.
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / "cards").stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / "manifest.json").stat().st_mode) == 0o644


def test_output_folders_follow_another_umask(
    in_process: None, tmp_path: Path, sample_path: Path
) -> None:
    old = os.umask(0o027)
    try:
        folder = publish_article(sample_path, tmp_path / "out", RunSettings(formats=["png"]))
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o750


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, for this test alone (other tests run side by side)."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_no_scratch_folder_outlives_a_run(
    in_process: None,
    private_tmp: Path,
    tmp_path: Path,
    sample_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import highlights.render.epub as epub
    import highlights.render.pdf as pdf

    # Where the renderers work (the real functions run): inside the run's staging folder,
    # so a killed run's scratch goes with its staging folder, never left in /tmp.
    seen: list[Path] = []
    for module, name in ((pdf, "pdf_bytes"), (epub, "epub_bytes")):
        real = getattr(module, name)

        def spy(*args: Any, _real: Any = real) -> Any:
            seen.append(args[2])  # (record, stage, work, …)
            return _real(*args)

        monkeypatch.setattr(module, name, spy)
    out = tmp_path / "out"
    publish_article(sample_path, out, RunSettings(formats=["pdf", "epub"]))
    assert len(seen) == 2
    assert all(path.is_relative_to(out / STAGING) for path in seen), seen
    # A run that fails during the PDF (over its page limit) leaves nothing either.
    limited = RunSettings(formats=["pdf"], inputs=InputSettings(max_pages=1))
    edited = tmp_path / "edited.txt"
    edited.write_bytes(sample_path.read_bytes() + "\n又及。\n".encode())
    with pytest.raises(HighlightsError, match="pages, more than the limit of 1"):
        publish_article(edited, out, limited)
    assert [p.name for p in private_tmp.iterdir() if p.name.startswith("highlights-")] == []
    assert [p for p in (out / STAGING).iterdir() if p.is_dir()] == []


def test_old_scratch_folders_in_tmp_are_swept(private_tmp: Path) -> None:
    old = Path(tempfile.mkdtemp(prefix="highlights-pdf-"))
    new = Path(tempfile.mkdtemp(prefix="highlights-epub-"))
    other = Path(tempfile.mkdtemp(prefix="someone-else-"))
    (old / "cover.png").write_bytes(b"x")
    day_ago = time.time() - 2 * 24 * 3600
    for folder in (old, other):
        os.utime(folder, (day_ago, day_ago))
    sweep_temp()
    assert old.parent == private_tmp
    assert not old.exists() and new.is_dir() and other.is_dir()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# Deck\n---\n## \n- a point\n", "card 1: the title is empty"),
        ("# Deck\n---\n## Card\n- first\n---\n## Two\n- \n", "card 2: point 1 is empty"),
    ],
)
def test_override_with_an_empty_field_names_card_and_field(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "cards.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_override(path)
    deck = {
        "title": "Deck",
        "lead": "",
        "language": "en",
        "cards": [{"number": 1, "title": "Card", "points": [{"text": " "}]}],
    }
    (tmp_path / "cards.json").write_text(json.dumps(deck), encoding="utf-8")
    with pytest.raises(InputError, match="card 1: point 1 is empty"):
        load_override(tmp_path / "cards.json")
