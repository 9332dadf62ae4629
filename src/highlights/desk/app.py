"""The editors' desk: list published articles, show one with its downloads, publish an upload.

Everything the desk serves comes from the output folder through `library.article_file`; the CSS
is inlined into the pages, so no other file on the machine is ever reachable over HTTP.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from highlights.desk.i18n import LANGS, STRINGS, pick_language
from highlights.desk.jobs import MAX_BYTES, JobQueue, PublishFn, UploadError, store_upload
from highlights.desk.library import article_file, list_articles, load_article, write_zip
from highlights.paths import assets_dir, templates_dir

LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]"}
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    # No other site may frame the desk (clickjacking the upload form): CSP for today's
    # browsers, X-Frame-Options for older ones.
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
}
FORM_OVERHEAD = 64 * 1024  # multipart boundaries and headers around the file
_DEFAULT_PORTS = {"http": 80, "https": 443}


def same_origin(origin: str, request: Request) -> bool:
    """The Origin header names this very server: scheme, host and port all equal."""
    try:
        given = urlsplit(origin)
        port = given.port or _DEFAULT_PORTS.get(given.scheme)
    except ValueError:
        return False
    here = request.url
    return (given.scheme, (given.hostname or "").lower(), port) == (
        here.scheme,
        (here.hostname or "").lower(),
        here.port or _DEFAULT_PORTS.get(here.scheme),
    )


async def read_limited(request: Request, limit: int) -> bytes | None:
    """The request body, or None as soon as it is longer than `limit`: a large upload is
    refused from its Content-Length, or after `limit` bytes, never read to the end."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > limit):
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def _replay(body: bytes) -> Any:
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


class Desk:
    """State shared by the routes: where the articles are, the templates, the publishing queue."""

    def __init__(self, out_dir: Path, publish: PublishFn) -> None:
        self.out_dir = out_dir
        self.queue = JobQueue(out_dir, publish)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(templates_dir() / "desk"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
        self.css = (assets_dir() / "desk" / "desk.css").read_text(encoding="utf-8")

    def page(self, request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        override = request.query_params.get("lang") or request.cookies.get("lang")
        lang = pick_language(request.headers.get("accept-language"), override)
        html = self.env.get_template(name).render(
            t=STRINGS[lang], lang=lang, langs=LANGS, css=self.css, path=request.url.path, **context
        )
        response = HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)
        if request.query_params.get("lang") in LANGS:  # remember an explicit choice
            response.set_cookie("lang", lang, samesite="lax", httponly=True)
        return response


def _download_name(slug: str, rel: str) -> str:
    if rel.startswith("cards/"):
        return f"{slug}-card-{rel.removeprefix('cards/')}"
    return rel if rel.startswith(slug) else f"{slug}-{rel.replace('/', '-')}"


def create_app(out_dir: Path, publish: PublishFn) -> FastAPI:
    """The desk over `out_dir`; `publish(paths, out, progress)` runs the pipeline for uploads."""
    out_dir.mkdir(parents=True, exist_ok=True)
    desk = Desk(out_dir, publish)
    app = FastAPI(title="highlights desk", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.desk = desk

    @app.middleware("http")
    async def local_only(request: Request, call_next: Any) -> Response:
        # No login: refuse other Host names (DNS rebinding) and cross-site form posts
        # (an "Origin: null" post too; our own pages send their origin: same-origin policy).
        host = (request.headers.get("host") or "").rsplit(":", 1)[0]
        origin = request.headers.get("origin")
        if host not in LOCAL_HOSTS or (
            request.method == "POST" and origin is not None and not same_origin(origin, request)
        ):
            return Response("forbidden", status_code=403, headers=SECURITY_HEADERS)
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():  # every answer, errors and redirects too
            response.headers.setdefault(name, value)
        return response

    def not_found(request: Request) -> HTMLResponse:
        return desk.page(request, "message.html.j2", status=404, message_key="not_found")

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request) -> HTMLResponse:
        return desk.page(request, "list.html.j2", articles=list_articles(out_dir))

    @app.get("/a/{slug}", response_class=HTMLResponse)
    def article(request: Request, slug: str) -> HTMLResponse:
        view = load_article(out_dir, slug)
        if view is None:
            return not_found(request)
        return desk.page(request, "article.html.j2", a=view)

    @app.get("/a/{slug}/files/{rel:path}", response_model=None)
    def file(request: Request, slug: str, rel: str, download: bool = False) -> Response:
        found = article_file(out_dir, slug, rel)
        if found is None:
            return not_found(request)
        path, entry = found
        name = _download_name(slug, rel) if download else None
        return FileResponse(
            path,
            media_type=entry.media_type,
            filename=name,
            headers=SECURITY_HEADERS,
            content_disposition_type="attachment",
        )

    @app.get("/a/{slug}/all.zip", response_model=None)
    def archive(request: Request, slug: str) -> Response:
        view = load_article(out_dir, slug)
        if view is None:
            return not_found(request)
        buffer = io.BytesIO()  # an article is a few MB: memory is simpler than a temporary file
        write_zip(out_dir, view, buffer)
        disposition = {"Content-Disposition": f'attachment; filename="{slug}.zip"'}
        return Response(
            buffer.getvalue(),
            media_type="application/zip",
            headers={**SECURITY_HEADERS, **disposition},
        )

    @app.post("/upload", response_model=None)
    async def upload(request: Request) -> Response:
        body = await read_limited(request, MAX_BYTES + FORM_OVERHEAD)
        if body is None:
            return desk.page(request, "message.html.j2", status=413, message_key="too_big")
        form = await Request(request.scope, _replay(body)).form(max_files=1, max_fields=10)
        item = form.get("article")
        try:
            if not isinstance(item, UploadFile) or not item.filename:
                raise UploadError("no_file")
            data = await item.read(MAX_BYTES + 1)
            path = store_upload(out_dir, item.filename, data)
        except UploadError as exc:
            return desk.page(request, "message.html.j2", status=400, message_key=exc.key)
        finally:
            await form.close()
        job = desk.queue.submit(path)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.get("/jobs/{job_id}", response_class=HTMLResponse)
    def job_page(request: Request, job_id: str) -> HTMLResponse:
        job = desk.queue.get(job_id)
        if job is None:
            return not_found(request)
        slugs = [r.slug for r in job.results if r.slug and r.status != "failed"]
        views = [v for v in (load_article(out_dir, s) for s in slugs) if v]
        error = (job.error or "").replace(str(job.path), job.path.name)  # no server paths shown
        return desk.page(request, "job.html.j2", job=job, views=views, error=error)

    return app
