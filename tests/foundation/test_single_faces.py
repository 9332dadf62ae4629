"""Single-face fonts for the PDF workers: the same glyphs, chosen by fontconfig, same PDF bytes."""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from tests.render_support import sample_pdf_digest

from highlights.single_faces import collections, face_path, single_face_config


@pytest.fixture(scope="module")
def conf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The faces cut into a fresh cache folder of this module's own."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("HIGHLIGHTS_FONT_CACHE", str(tmp_path_factory.mktemp("font-cache")))
        yield single_face_config()


def test_each_face_keeps_the_collections_tables_byte_for_byte(conf: Path) -> None:
    collection = next(p for p in collections() if p.name == "NotoSansCJK-Bold.ttc")
    single = face_path(conf.parent, collection, 3)
    with TTFont(collection, fontNumber=3, lazy=True) as whole, TTFont(single, lazy=True) as one:
        assert sorted(one.keys()) == sorted(whole.keys())
        for tag in ("cmap", "CFF ", "GSUB", "GPOS", "hmtx", "vmtx", "name"):
            assert one.reader[tag] == whole.reader[tag], tag
        assert one["name"].getDebugName(1) == "Noto Sans CJK TC"


def test_fontconfig_picks_the_single_face(conf: Path) -> None:
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    found = subprocess.run(["fc-match", "-f", "%{file}", "Noto Serif CJK SC:bold"], env=env,
                           capture_output=True, text=True, check=True).stdout
    assert Path(found).parent == conf.parent and found.endswith("NotoSerifCJK-Bold-2.otf")
    listed = subprocess.run(["fc-list", "--format", "%{file}\n"], env=env, capture_output=True,
                            text=True, check=True).stdout.splitlines()
    assert not set(listed) & {str(p) for p in collections()}  # the collections are hidden
    assert any("DejaVu" in line for line in listed)  # the other system fonts are not


def _pdf_digest(fontconfig: Path | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "FONTCONFIG_FILE"}
    if fontconfig is not None:
        env["FONTCONFIG_FILE"] = str(fontconfig)
    return sample_pdf_digest(env)


def test_the_pdf_is_the_same_bytes_with_single_faces(conf: Path) -> None:
    with_faces = _pdf_digest(conf)
    assert len(with_faces) == 64 and with_faces == _pdf_digest(None)
    assert hashlib.sha256(b"").hexdigest() != with_faces
