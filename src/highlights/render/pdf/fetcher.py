"""A WeasyPrint URL fetcher that serves only local files under a few allowed folders."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse


class RefusedURL(ValueError):
    """A resource outside the allowed folders (network, other files, `..` escapes)."""


class LocalFetcher(URLFetcher):  # type: ignore[misc]  # weasyprint ships no type hints
    """Serve `file:` URLs that resolve inside `roots`; refuse everything else.

    WeasyPrint logs a refused resource and goes on, so `refused` keeps them for the caller.
    """

    def __init__(self, roots: list[Path]) -> None:
        super().__init__(allowed_protocols=("file",), fail_on_errors=False)
        self.roots = [root.resolve() for root in roots]
        self.refused: list[str] = []

    def allowed_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            raise RefusedURL(f"refused non-local URL {url[:200]!r}")
        path = Path(unquote(parts.path)).resolve()  # resolves `..` and symlinks
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
