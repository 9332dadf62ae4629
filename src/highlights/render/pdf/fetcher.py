"""A WeasyPrint URL fetcher that serves only local files under a few allowed folders."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse


class RefusedURL(ValueError):
    """A resource outside the allowed folders (network, other files, `..` escapes)."""


WORK_SCHEME = "highlights-work"  # names files in the private work folder


def work_url(name: str) -> str:
    """A URL for a file in the work folder that does not hold the folder's random name: WeasyPrint
    names images after their URL, so a temp-dir path would change the PDF's bytes."""
    return f"{WORK_SCHEME}:{name}"


class LocalFetcher(URLFetcher):  # type: ignore[misc]  # weasyprint ships no type hints
    """Serve `file:` URLs that resolve inside `roots`, and `highlights-work:` names inside
    `work`; refuse everything else (network, other files, `..` and symlink escapes).

    WeasyPrint logs a refused resource and goes on, so `refused` keeps them for the caller.
    """

    def __init__(self, roots: list[Path], work: Path | None = None) -> None:
        super().__init__(allowed_protocols=("file",), fail_on_errors=False)
        self.work = work.resolve() if work else None
        self.roots = [root.resolve() for root in roots] + ([self.work] if self.work else [])
        self.refused: list[str] = []

    def allowed_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.scheme == WORK_SCHEME and self.work and not parts.netloc:
            path = (self.work / unquote(parts.path)).resolve()
        elif parts.scheme == "file" and parts.netloc in ("", "localhost"):
            path = Path(unquote(parts.path)).resolve()  # resolves `..` and symlinks
        else:
            raise RefusedURL(f"refused URL {url[:200]!r}")
        if not any(path.is_relative_to(root) for root in self.roots):
            raise RefusedURL(f"refused file outside the allowed folders: {url[:200]!r}")
        if not path.is_file():
            raise RefusedURL(f"no such file: {url[:200]!r}")
        return path

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        try:
            path = self.allowed_path(url)
        except RefusedURL:
            self.refused.append(url[:200])
            raise
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(
            path.as_uri(), path.read_bytes(), headers={"Content-Type": media_type}
        )
