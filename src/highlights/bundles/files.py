"""Writing a checked bundle into the staging folder: its files, `post.txt` and `alt.txt`.

The staging folder is swapped into `output/<slug>/` whole (`highlights.output`), so a bundle
is never seen half-written; each file also goes through a hidden `.part` file."""

from __future__ import annotations

import json
from pathlib import Path

from highlights.bundles.limits import Bundle
from highlights.model import OutputFile
from highlights.output import write_bytes_atomic

FOLDER = "platforms"


def bundle_dir(stage: Path, platform: str) -> Path:
    return stage / FOLDER / platform


def write_bundle(stage: Path, bundle: Bundle, files: list[tuple[str, bytes, str]]
                 ) -> list[OutputFile]:
    """Write `files` (name, bytes, alt text) and the caption; returns them for the manifest,
    images with their alt text. `alt.txt` has one `name: alt` entry per image; `alt.json` the
    same as data."""
    folder = bundle_dir(stage, bundle.platform)
    rel = folder.relative_to(stage).as_posix()
    out: list[OutputFile] = []
    alts: dict[str, str] = {}
    for name, data, alt in files:
        write_bytes_atomic(folder / name, data)
        is_image = name.endswith((".png", ".jpg"))
        out.append(OutputFile(path=f"{rel}/{name}", alt=alt if is_image else None))
        if alt and is_image:
            alts[name] = alt
    write_bytes_atomic(folder / "post.txt", bundle.caption.encode("utf-8"))
    out.append(OutputFile(path=f"{rel}/post.txt"))
    if alts:
        text = "\n\n".join(f"{name}\n{alt}" for name, alt in alts.items()) + "\n"
        write_bytes_atomic(folder / "alt.txt", text.encode("utf-8"))
        listed = json.dumps(alts, ensure_ascii=False, indent=2) + "\n"
        write_bytes_atomic(folder / "alt.json", listed.encode("utf-8"))
        out += [OutputFile(path=f"{rel}/alt.txt"), OutputFile(path=f"{rel}/alt.json")]
    return out
