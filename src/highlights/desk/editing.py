"""The deck editor's routes: the draft page, saving an edit, live previews, approval.

The page sends the whole deck as JSON (`desk.deckform`); previews are drawn by the image
renderer's own code (`desk.preview`) in the server's thread pool.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from highlights.desk.deckform import DeckError, changes, parse, with_marks
from highlights.desk.drafts import Draft
from highlights.desk.http import SECURITY_HEADERS, read_limited
from highlights.desk.library import load_article
from highlights.desk.preview import preview_card, preview_long
from highlights.model import Article, Span
from highlights.render.png.card import SIZES
from highlights.theme import available_themes

if TYPE_CHECKING:
    from highlights.desk.site import Desk

MAX_JSON = 1024 * 1024
SENTENCE_END = re.compile(r"[。！？!?；;]")
PRESETS = tuple(SIZES)


@dataclass(frozen=True)
class PointView:
    text: str  # with **marks**
    orig: int
    span: str  # JSON, or ""
    source: tuple[str, str, str]  # the sentence around the span: before, span, after
    edited: bool


def source_sentence(article: Article, span: Span | None) -> tuple[str, str, str]:
    if span is None or not 0 <= span.block < len(article.blocks):
        return ("", "", "")
    text = article.blocks[span.block].text
    start, end = max(0, span.start), min(len(text), span.end)
    begin = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    after = SENTENCE_END.search(text, end)
    stop = after.end() if after else len(text)
    return (text[begin:start], text[start:end], text[end:stop])


def card_views(draft: Draft) -> list[dict[str, Any]]:
    proposed = {p.text for card in draft.proposed.cards for p in card.points}
    views = []
    for card in draft.deck.cards:
        points = [
            PointView(with_marks(p.text, p.highlights), j,
                      p.span.model_dump_json() if p.span else "",
                      source_sentence(draft.article, p.span), p.text not in proposed)
            for j, p in enumerate(card.points)
        ]
        views.append({"title": with_marks(card.title, card.highlights), "points": points,
                      "span": card.span.model_dump_json() if card.span else ""})
    return views


def who(value: object) -> str:
    text = "".join(c for c in str(value or "") if c.isprintable()).strip()[:60]
    return text or "editor"


def _error(desk: Desk, request: Request, exc: DeckError) -> JSONResponse:
    t = desk.page_strings(request)
    return JSONResponse({"error": t.get(exc.key, exc.key), "where": exc.where},
                        status_code=400, headers=SECURITY_HEADERS)


def add_editing_routes(app: FastAPI, desk: Desk) -> None:
    drafts, store = desk.drafts, desk.store

    def found(item_id: str) -> Draft | None:
        return drafts.load(item_id)

    async def payload(request: Request) -> Any:
        body = await read_limited(request, MAX_JSON)
        if body is None:
            raise DeckError("bad_field", "deck")
        try:
            return json.loads(body)
        except (ValueError, RecursionError):  # not JSON, or nested beyond the parser's depth
            raise DeckError("bad_field", "deck") from None

    @app.get("/d/{item_id}", response_class=HTMLResponse)
    def editor(request: Request, item_id: str) -> HTMLResponse:
        draft = found(item_id)
        item = draft.item if draft else (store.item(item_id) if len(item_id) == 32 else None)
        if item is None:
            return desk.message(request, "not_found", 404)
        view = load_article(desk.out_dir, item.slug) if item.slug else None
        earlier = [other for other in store.items() if other.source_name == item.source_name
                   and other.id != item.id and other.uploaded < item.uploaded]
        return desk.page(
            request, "draft.html.j2", item=item, draft=draft, a=view, earlier=earlier,
            cards=card_views(draft) if draft else [], history=store.history(item.id),
            themes=available_themes(), presets=PRESETS,
        )

    @app.post("/d/{item_id}/deck", response_model=None)
    async def save(request: Request, item_id: str) -> Response:
        draft = found(item_id)
        if draft is None:
            return desk.message(request, "not_found", 404)
        try:
            data = await payload(request)
            deck, theme, preset, origins = parse(data, draft.deck)
        except DeckError as exc:
            return _error(desk, request, exc)
        edits = changes(draft.deck, deck, origins)
        drafts.save(draft, deck, theme, preset, who(data.get("who")), edits)
        return JSONResponse({"saved": len(edits)}, headers=SECURITY_HEADERS)

    @app.post("/d/{item_id}/preview", response_model=None)
    async def live_preview(request: Request, item_id: str, card: int = 0) -> Response:
        draft = found(item_id)
        if draft is None:
            return desk.message(request, "not_found", 404)
        try:
            deck, theme, preset, _ = parse(await payload(request), draft.deck)
        except DeckError as exc:
            return _error(desk, request, exc)
        shown = await run_in_threadpool(preview_card, draft.article, deck, theme, preset, card)
        t = desk.page_strings(request)
        problems = [t["overflow"].format(n=p.split(":")[1]) if p.startswith("overflow:") else p
                    for p in shown.problems]
        headers = {**SECURITY_HEADERS, "Cache-Control": "no-store",
                   "X-Images": str(shown.images),
                   "X-Problems": json.dumps(problems, ensure_ascii=True)}
        return Response(shown.jpeg, media_type="image/jpeg", headers=headers)

    @app.get("/d/{item_id}/preview/{index}.jpg", response_model=None)
    async def saved_preview(request: Request, item_id: str, index: int) -> Response:
        draft = found(item_id)
        if draft is None:
            return desk.message(request, "not_found", 404)
        item = draft.item
        shown = await run_in_threadpool(
            preview_card, draft.article, draft.deck, item.theme, item.preset, index
        )
        return Response(shown.jpeg, media_type="image/jpeg",
                        headers={**SECURITY_HEADERS, "Cache-Control": "no-store"})

    @app.get("/d/{item_id}/long.jpg", response_model=None)
    async def long_preview(request: Request, item_id: str) -> Response:
        draft = found(item_id)
        if draft is None:
            return desk.message(request, "not_found", 404)
        item = draft.item
        jpeg = await run_in_threadpool(
            preview_long, draft.article, draft.deck, item.theme, item.preset
        )
        return Response(jpeg, media_type="image/jpeg",
                        headers={**SECURITY_HEADERS, "Cache-Control": "no-store"})

    @app.post("/d/{item_id}/approve", response_model=None)
    async def approve(request: Request, item_id: str) -> Response:
        draft = found(item_id)
        if draft is None:
            return desk.message(request, "not_found", 404)
        form = await request.form(max_files=0, max_fields=100)
        drafts.approve(draft.item, who(form.get("who")))
        job = desk.queue.submit("publish", draft.item.id, draft.item.source_name)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.post("/d/{item_id}/unpublish", response_model=None)
    async def unpublish(request: Request, item_id: str) -> Response:
        item = store.item(item_id) if len(item_id) == 32 else None
        if item is None or item.status != "published":
            return desk.message(request, "not_found", 404)
        form = await request.form(max_files=0, max_fields=4)
        drafts.unpublish(item, who(form.get("who")))
        return RedirectResponse(f"/d/{item.id}", status_code=303)

    @app.post("/d/{item_id}/delete", response_model=None)
    async def delete(request: Request, item_id: str) -> Response:
        item = store.item(item_id) if len(item_id) == 32 else None
        if item is None or item.status in ("published", "publishing", "preparing"):
            return desk.message(request, "not_found", 404)
        drafts.delete(item)
        return RedirectResponse("/", status_code=303)
