"""The editors' desk: the list of articles (drafts and published), one article with its
downloads, uploads that become drafts, and the job pages. The deck editor's routes are in
`desk.editing`.

Everything the desk serves comes from the output folder through `library.article_file` or is
drawn on request; the CSS and the script are inlined into the pages, so no other file on the
machine is ever reachable over HTTP. Its state (jobs, drafts, history) is on disk
(`desk.store`), so a restart loses nothing.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from highlights.bundles.published import RenderFn
from highlights.desk.bundles import Bundles, add_bundle_routes, platform_rows
from highlights.desk.editing import add_editing_routes
from highlights.desk.http import (
    FORM_OVERHEAD,
    LOCAL_HOSTS,
    SECURITY_HEADERS,
    read_limited,
    replay,
    same_origin,
)
from highlights.desk.jobs import (
    MAX_BYTES,
    PublishFn,
    UploadError,
    check_upload,
    safe_name,
    store_upload,
)
from highlights.desk.library import article_file, load_article, write_zip
from highlights.desk.site import Desk
from highlights.desk.tiles import STATUSES, tiles
from highlights.render.job import render_format
from highlights.staging import remove_folder

ERROR_KEYS = {404: "not_found", 405: "method", 413: "too_big"}
MAX_FILES = 20  # files in one upload (all within the one size limit)


def _download_name(slug: str, rel: str) -> str:
    if rel.startswith("cards/"):
        return f"{slug}-card-{rel.removeprefix('cards/')}"
    return rel if rel.startswith(slug) else f"{slug}-{rel.replace('/', '-')}"


def create_app(out_dir: Path, publish: PublishFn, render: RenderFn | None = None) -> FastAPI:
    """The desk over `out_dir`; `publish(paths, out, progress, settings, override)` runs the
    pipeline when an editor approves a draft; `render(kind, prepared, stage, settings)` draws
    a platform bundle on demand (a render pool's `render`; by default in this process)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    desk = Desk(out_dir, publish)
    desk.env.globals["platforms"] = platform_rows()
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

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        key = ERROR_KEYS.get(exc.status_code, "bad_request")
        return desk.message(request, key, exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        return desk.message(request, "bad_request", 400)

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request, q: str = "", status: str = "") -> HTMLResponse:
        found = tiles(out_dir, desk.store, q, status)
        return desk.page(request, "list.html.j2", tiles=found, q=q[:200], wanted=status,
                         statuses=STATUSES)

    @app.get("/a/{slug}", response_class=HTMLResponse)
    def article(request: Request, slug: str) -> HTMLResponse:
        view = load_article(out_dir, slug)
        if view is None:
            return desk.message(request, "not_found", 404)
        item = desk.store.item_by_slug(slug)
        history = desk.store.history(item.id) if item else []
        return desk.page(request, "article.html.j2", a=view, item=item, history=history)

    @app.get("/a/{slug}/files/{rel:path}", response_model=None)
    def file(request: Request, slug: str, rel: str, download: bool = False) -> Response:
        found = article_file(out_dir, slug, rel)
        if found is None:
            return desk.message(request, "not_found", 404)
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
            return desk.message(request, "not_found", 404)
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
            return desk.message(request, "too_big", 413)
        form = await Request(request.scope, replay(body)).form(max_files=MAX_FILES,
                                                               max_fields=10)
        try:  # several files may come at once: each is checked before any is written
            given = [f for f in form.getlist("article") if isinstance(f, UploadFile) and f.filename]
            if not given:
                raise UploadError("no_file")
            files = [(f.filename or "", await f.read(MAX_BYTES + 1)) for f in given]
            for name, data in files:
                try:
                    check_upload(name, data)
                except UploadError as exc:
                    exc.where = safe_name(name)
                    raise
        except UploadError as exc:
            return desk.message(request, exc.key, 400, exc.where)
        finally:
            await form.close()
        places = [accept(name, data) for name, data in files]
        return RedirectResponse(places[0] if len(places) == 1 else "/", status_code=303)

    def accept(name: str, data: bytes) -> str:
        """Make a draft of one upload (or find the article these bytes already are): where to
        follow it."""
        path = store_upload(out_dir, name, data)
        sha = hashlib.sha256(data).hexdigest()
        known = desk.store.item_by_source(sha)
        if known is not None and known.status != "failed":  # the same source: its one tile
            remove_folder(path.parent.parent, path.parent.name)
            return f"/d/{known.id}"
        if known is not None:  # failed before: try again from the fresh copy
            remove_folder(path.parent.parent, path.parent.name)
            desk.store.update_item(known.id, status="preparing", error=None)
            job = desk.queue.submit("draft", known.id, known.source_name)
        else:
            adopted = desk.drafts.adopt(path, sha)
            job = desk.queue.submit("draft", adopted.id, adopted.source_name)
        return f"/jobs/{job.id}"

    @app.get("/jobs/{job_id}", response_class=HTMLResponse)
    def job_page(request: Request, job_id: str) -> HTMLResponse:
        job = desk.queue.get(job_id)
        if job is None:
            return desk.message(request, "not_found", 404)
        item = desk.store.item(job.item)
        view = load_article(out_dir, item.slug) if item and item.slug else None
        if job.kind != "publish" or job.status != "done":
            view = None
        return desk.page(request, "job.html.j2", job=job, item=item, a=view,
                         error=job.error or "")

    add_editing_routes(app, desk)
    add_bundle_routes(app, desk, Bundles(out_dir, render or render_format))
    return app
