"""The output contract: a staging folder per run, a manifest, and an atomic swap into place.

Files are written to `<out>/.staging/<slug>-<random>/` and moved to `<out>/<slug>/` only when
complete, under a per-slug lock, by one atomic exchange of the two folders: a killed run
leaves the previous complete set or the new one, and two concurrent runs on the same article
never mix their files. Staging folders of killed runs are swept after a day (`staging.py`).
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import mimetypes
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image
from pydantic import BaseModel

from highlights import __version__
from highlights.model import OutputFile, SourceInfo
from highlights.records import (
    MANIFEST,
    Manifest,
    ManifestFile,
    ManifestSource,
    Program,
    recorded_settings,
)
from highlights.settings import RunSettings
from highlights.staging import (
    STAGING,
    new_staging_dir,
    share_like_umask,
    slug_lock,
    sweep_staging,
    work_dir,
)

__all__ = [
    "STAGING",
    "build_manifest",
    "commit_staging",
    "discard_staging",
    "exchange",
    "new_staging_dir",
    "sweep_staging",
    "work_dir",
    "write_bytes_atomic",
    "write_json",
]

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".epub": "application/epub+zip",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".json": "application/json",
}


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write through a hidden `.part` file so that readers never see a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part")
    try:
        part.write_bytes(data)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def write_json(path: Path, model: BaseModel | dict[str, Any]) -> None:
    data = model.model_dump(mode="json") if isinstance(model, BaseModel) else model
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _file_entry(stage: Path, rel: str, alt: str | None) -> ManifestFile:
    path = stage / rel
    suffix = path.suffix.lower()
    entry = ManifestFile(
        path=rel,
        media_type=MEDIA_TYPES.get(suffix)
        or mimetypes.guess_type(rel)[0]
        or "application/octet-stream",
        bytes=path.stat().st_size,
        sha256=sha256_file(path),
    )
    if suffix in (".png", ".jpg"):
        with Image.open(path) as image:
            entry.width, entry.height = image.size
        entry.alt = alt or ""
    return entry


def build_manifest(
    stage: Path, source: SourceInfo, settings: RunSettings, theme: str, files: list[OutputFile]
) -> Manifest:
    """Describe every file in the staging folder; renderer-supplied alt text goes with images."""
    alts = {f.path: f.alt for f in files}
    rels = sorted(
        p.relative_to(stage).as_posix()
        for p in stage.rglob("*")
        if p.is_file() and p.name != MANIFEST
    )
    return Manifest(
        program=Program(version=__version__),
        source=ManifestSource(
            path=Path(source.path).name, sha256=source.sha256, bytes=source.bytes
        ),
        settings=recorded_settings(settings, theme),
        files=[_file_entry(stage, rel, alts.get(rel)) for rel in rels],
    )


def exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE), so that `<out>/<slug>`
    always holds a complete set; False where the system or file system cannot."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a), None, str(b))


def commit_staging(stage: Path, out_root: Path, slug: str) -> Path:
    """Move a complete staging folder to `<out>/<slug>`, replacing the previous set."""
    final = out_root / slug
    share_like_umask(stage)  # mkdtemp made it 0700; readers may run as other users
    with slug_lock(out_root, slug):
        if final.exists() and exchange(stage, final):
            shutil.rmtree(stage, ignore_errors=True)  # now the previous set
            return final
        # Without an atomic exchange: the previous set aside, then the new one in (a kill
        # between the two leaves no folder, and the old set in .staging for sweep_staging).
        old: Path | None = None
        if final.exists():
            old = Path(tempfile.mkdtemp(prefix=f"{slug}-old-", dir=out_root / STAGING))
            os.replace(final, old / slug)
        os.replace(stage, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return final


def discard_staging(stage: Path) -> None:
    shutil.rmtree(stage, ignore_errors=True)
