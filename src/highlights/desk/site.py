"""What the desk's routes share: the output folder, its database, the drafts, the job queue,
and the pages in the editor's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from highlights.desk.drafts import Drafts
from highlights.desk.http import SECURITY_HEADERS
from highlights.desk.i18n import LANGS, STRINGS, pick_language
from highlights.desk.jobs import JobQueue, PublishFn
from highlights.desk.store import Store
from highlights.desk.words import describe
from highlights.paths import assets_dir, templates_dir


class Desk:
    """State shared by the routes: the output folder, its database, the drafts, the jobs."""

    def __init__(self, out_dir: Path, publish: PublishFn) -> None:
        self.out_dir = out_dir
        self.store = Store(out_dir)
        self.drafts = Drafts(out_dir, self.store, publish)
        self.queue = JobQueue(self.store, self.drafts.run)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(templates_dir() / "desk"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
        self.css = (assets_dir() / "desk" / "desk.css").read_text(encoding="utf-8")
        self.js = (assets_dir() / "desk" / "editor.js").read_text(encoding="utf-8")

    def lang(self, request: Request) -> str:
        override = request.query_params.get("lang") or request.cookies.get("lang")
        return pick_language(request.headers.get("accept-language"), override)

    def page(self, request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        lang = self.lang(request)
        t = STRINGS[lang]
        html = self.env.get_template(name).render(
            t=t, lang=lang, langs=LANGS, css=self.css, js=self.js, path=request.url.path,
            describe=lambda change: describe(change, t), **context
        )
        response = HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)
        if request.query_params.get("lang") in LANGS:  # remember an explicit choice
            response.set_cookie("lang", lang, samesite="lax", httponly=True)
        return response

    def page_strings(self, request: Request) -> dict[str, str]:
        return STRINGS[self.lang(request)]

    def message(self, request: Request, key: str, status: int, where: str = "") -> HTMLResponse:
        return self.page(request, "message.html.j2", status=status, message_key=key, where=where)
