"""Unchanged articles are recognised from the manifests alone (highlights.unchanged)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from highlights.publish import publish_article
from highlights.settings import RunSettings
from highlights.unchanged import split_unchanged


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, sample_path: Path) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("unchanged")
    folder = publish_article(sample_path, out, RunSettings(formats=["epub"]))
    return out, folder


def test_same_bytes_and_settings_are_unchanged(
    published: tuple[Path, Path], sample_path: Path
) -> None:
    out, folder = published
    todo, done = split_unchanged([sample_path], out, RunSettings(formats=["epub"]))
    assert todo == []
    result = done[sample_path]
    assert (result.status, result.slug, result.cards) == ("skipped", folder.name, 9)
    assert result.title and result.title.startswith("中共自貢市委")


def test_other_settings_or_bytes_need_publishing(
    published: tuple[Path, Path], sample_path: Path, tmp_path: Path
) -> None:
    out, _ = published
    for settings in (RunSettings(), RunSettings(formats=["epub"], theme="formal"),
                     RunSettings(formats=["epub"], theme="neutral")):
        # the auto theme resolved to formal, but asking for it by name is another request
        assert split_unchanged([sample_path], out, settings)[0] == [sample_path]
    edited = tmp_path / "edited.txt"
    edited.write_bytes(sample_path.read_bytes() + b"\n")
    missing = tmp_path / "missing.txt"
    todo, done = split_unchanged([edited, missing], out, RunSettings(formats=["epub"]))
    assert todo == [edited, missing] and done == {}


def test_a_folder_with_a_file_gone_is_not_current(
    published: tuple[Path, Path], sample_path: Path, tmp_path: Path
) -> None:
    _, folder = published
    copy = tmp_path / "out"
    (copy / folder.name).mkdir(parents=True)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    (copy / folder.name / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert split_unchanged([sample_path], copy, RunSettings(formats=["epub"]))[0] == [sample_path]
