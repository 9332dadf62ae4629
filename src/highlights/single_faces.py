"""Single-face fonts for WeasyPrint, cut from Debian's Noto CJK collections once.

WeasyPrint copies the whole file behind every face it embeds (`Font.file_content`), and for a
face of a `.ttc` collection that file is the collection: 20–27 MB per face, each time, and every
page of it resident. The SC and TC faces the themes use are copied out of the collections into
a cache folder (fontTools, tables copied as they are, so the glyphs are the same bytes), and a
fontconfig file shows WeasyPrint those instead of the collections; the other system fonts stay.

`make setup` fills the cache (`python -m highlights.single_faces`); otherwise the first render
worker does, under a file lock. `use_single_faces()` must run before WeasyPrint is imported:
fontconfig reads its configuration then. HIGHLIGHTS_SINGLE_FACES=0 turns it off.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import tempfile
from pathlib import Path

from highlights.errors import HighlightsError
from highlights.fonts import find_font_file
from highlights.paths import cache_dir
from highlights.theme import available_themes, load_theme

log = logging.getLogger(__name__)

SWITCH = "HIGHLIGHTS_SINGLE_FACES"
CACHE_ENV = "HIGHLIGHTS_FONT_CACHE"
FACES = (2, 3)  # SC and TC (English text uses SC): see fonts._FACE_INDEX
_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by highlights.single_faces: the system fonts, with the Noto CJK collections
     replaced by the single faces beside this file. -->
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{folder}</dir>
  <selectfont><rejectfont>
{rejects}
  </rejectfont></selectfont>
</fontconfig>
"""


def cache_root() -> Path:
    return cache_dir("fonts", CACHE_ENV)


def collections() -> list[Path]:
    """The collections the themes name, each once."""
    names = set()
    for name in available_themes():
        fonts = load_theme(name).fonts
        names |= {fonts.sans_regular, fonts.sans_bold, fonts.serif_regular, fonts.serif_bold}
    return sorted({find_font_file(name) for name in names if name.endswith((".ttc", ".otc"))})


def _folder(sources: list[Path]) -> Path:
    """One folder per set of collections: a font package update makes a new one."""
    key = hashlib.sha256()
    for path in sources:
        stat = path.stat()
        key.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return cache_root() / key.hexdigest()[:16]


def face_path(folder: Path, collection: Path, index: int) -> Path:
    return folder / f"{collection.stem}-{index}.otf"


def _extract(collection: Path, index: int, target: Path) -> None:
    from fontTools.ttLib import TTFont  # imported lazily: fontTools is slow to import

    # lazy: tables are copied as read, never decompiled and compiled again
    with TTFont(collection, fontNumber=index, lazy=True, recalcBBoxes=False,
                recalcTimestamp=False) as font:
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        os.close(fd)
        try:
            font.save(tmp, reorderTables=False)
            os.chmod(tmp, 0o644)  # as readable as the collection it came from
            os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)


def single_face_config() -> Path:
    """The fontconfig file (made once, under a lock, with the faces it names)."""
    sources = collections()
    folder = _folder(sources)
    conf = folder / "fonts.conf"
    if conf.is_file():
        return conf
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another worker may be writing the same faces
        if not conf.is_file():
            for collection in sources:
                for index in FACES:
                    if not face_path(folder, collection, index).is_file():
                        _extract(collection, index, face_path(folder, collection, index))
            rejects = "\n".join(f"    <glob>{path}</glob>" for path in sources)
            conf.write_text(_CONF.format(folder=folder, rejects=rejects), encoding="utf-8")
    return conf


def use_single_faces() -> None:
    """Point fontconfig (this process and its children) at the single faces. A fontconfig
    file chosen by the caller (FONTCONFIG_FILE) wins; any failure keeps the collections."""
    if os.environ.get(SWITCH, "1") == "0" or "FONTCONFIG_FILE" in os.environ:
        return
    try:
        os.environ["FONTCONFIG_FILE"] = str(single_face_config())
    except (OSError, HighlightsError) as exc:
        log.warning("single-face fonts unavailable, using the collections: %s", exc)


if __name__ == "__main__":
    print(single_face_config())
