"""The desk's download menu for platform bundles: per published article and platform, a ZIP or
the files one by one, made on demand by the library that `highlights publish --platforms`
runs (`highlights.bundles.published.build_bundle`).

A bundle the article was published with is served from its folder (the manifest lists it);
another is built once per published version into `<out>/.desk/bundles/<slug>/<version>-<name>/`
(the version: the manifest's hash, so a republished article gets fresh bundles), in a hidden
folder first and renamed into place when complete. Only the files the build returned are
served, each a plain name inside that folder, read through no link.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import tempfile
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from highlights.bundles.files import FOLDER
from highlights.bundles.limits import BundleLimitError, limits
from highlights.bundles.published import RenderFn, build_bundle, is_platform, listed
from highlights.desk.http import SECURITY_HEADERS
from highlights.desk.library import SLUG, load_article, real_file, safe_rel
from highlights.desk.site import Desk
from highlights.errors import HighlightsError
from highlights.records import MANIFEST, Manifest
from highlights.render.job import render_format
from highlights.settings import PLATFORMS, Platform

MEDIA = {".png": "image/png", ".jpg": "image/jpeg", ".pdf": "application/pdf",
         ".txt": "text/plain; charset=utf-8", ".json": "application/json"}


@dataclass(frozen=True)
class BundleFile:
    name: str  # inside the bundle's folder: "01.png", "post.txt"
    path: Path
    bytes: int

    @property
    def media_type(self) -> str:
        return MEDIA.get(Path(self.name).suffix, "application/octet-stream")


def platform_rows() -> list[dict[str, Any]]:
    """What the menu shows of each platform: its name in the table, label and size."""
    rows = []
    for name in PLATFORMS:
        lim = limits(name)
        size = f"{lim.width}×{lim.height}" if lim.height else f"{lim.width}×…"  # any height
        rows.append({"name": name, "label": lim.label, "size": size})
    return rows


class Bundles:
    """Platform bundles of the published articles in `out_dir`, made when first asked for."""

    def __init__(self, out_dir: Path, render: RenderFn = render_format) -> None:
        self.out_dir = out_dir
        self.root = out_dir / ".desk" / "bundles"
        self.render = render
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._guard = threading.Lock()

    def _lock(self, slug: str, platform: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault((slug, platform), threading.Lock())

    def files(self, slug: str, platform: str) -> list[BundleFile] | None:
        """The bundle's files, built if need be; None for an unknown article or platform.
        A bundle that breaks a platform limit raises BundleLimitError (nothing is kept)."""
        if not SLUG.fullmatch(slug) or not is_platform(platform):
            return None
        folder = self.out_dir / slug
        manifest = Manifest.read(folder)
        if manifest is None or load_article(self.out_dir, slug) is None:
            return None
        published = listed(manifest, platform)
        if published:  # made with the article (--platforms): served from its folder
            found = [(rel.rsplit("/", 1)[-1], real_file(self.out_dir, slug, rel))
                     for rel in published]
            return [BundleFile(n, p, p.stat().st_size) for n, p in found if p is not None]
        version = hashlib.sha256((folder / MANIFEST).read_bytes()).hexdigest()[:16]
        place = self.root / slug / f"{version}-{platform}"
        with self._lock(slug, platform):
            if not place.is_dir():
                if not self._build(folder, platform, place):
                    return None
                for old in place.parent.glob(f"*-{platform}"):  # earlier versions' bundles
                    if old != place:
                        shutil.rmtree(old, ignore_errors=True)
        return self._listed(place / FOLDER / platform)

    def _build(self, folder: Path, platform: str, place: Path) -> bool:
        """Build into a hidden folder, then rename it into place; False when the folder's
        article cannot be read back (no article.json or cards.json: a hand-made folder)."""
        place.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".building-", dir=place.parent))
        try:
            if build_bundle(folder, cast(Platform, platform), work, self.render) is None:
                return False
            os.rename(work, place)
            return True
        finally:
            shutil.rmtree(work, ignore_errors=True)

    @staticmethod
    def _listed(bundle: Path) -> list[BundleFile]:
        out = []
        for path in sorted(bundle.iterdir()) if bundle.is_dir() else []:
            if safe_rel(path.name) and not path.is_symlink() and path.is_file():
                out.append(BundleFile(path.name, path, path.stat().st_size))
        return out


def bundle_zip(files: list[BundleFile], folder: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for f in files:
            archive.write(f.path, f"{folder}/{f.name}")
    return buffer.getvalue()


def add_bundle_routes(app: FastAPI, desk: Desk, bundles: Bundles) -> None:
    def made(request: Request, slug: str, platform: str
             ) -> list[BundleFile] | HTMLResponse:
        try:
            files = bundles.files(slug, platform)
        except BundleLimitError as exc:
            return desk.message(request, "bundle_failed", 422, str(exc))
        except HighlightsError as exc:  # a character no font has, a renderer that failed
            return desk.message(request, "bundle_error", 422, str(exc))
        return files if files is not None else desk.message(request, "not_found", 404)

    @app.get("/a/{slug}/platforms/{platform}.zip", response_model=None)
    def bundle_archive(request: Request, slug: str, platform: str) -> Response:
        files = made(request, slug, platform)
        if isinstance(files, Response):
            return files
        name = f"{slug}-{platform}"
        disposition = {"Content-Disposition": f'attachment; filename="{name}.zip"'}
        return Response(bundle_zip(files, name), media_type="application/zip",
                        headers={**SECURITY_HEADERS, **disposition})

    @app.get("/a/{slug}/platforms/{platform}", response_class=HTMLResponse)
    def bundle_page(request: Request, slug: str, platform: str) -> Response:
        files = made(request, slug, platform)
        if isinstance(files, Response):
            return files
        view = load_article(desk.out_dir, slug)
        post = next((f for f in files if f.name == "post.txt"), None)
        caption = post.path.read_text(encoding="utf-8") if post else ""
        return desk.page(request, "bundle.html.j2", a=view,
                         platform=limits(cast(Platform, platform)), files=files, caption=caption)

    @app.get("/a/{slug}/platforms/{platform}/{name}", response_model=None)
    def bundle_file(request: Request, slug: str, platform: str, name: str) -> Response:
        files = made(request, slug, platform)
        if isinstance(files, Response):
            return files
        found = next((f for f in files if f.name == name), None)
        if found is None:
            return desk.message(request, "not_found", 404)
        return FileResponse(found.path, media_type=found.media_type,
                            filename=f"{slug}-{platform}-{name}", headers=SECURITY_HEADERS,
                            content_disposition_type="attachment")
