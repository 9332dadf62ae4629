"""Drafts and approval: an upload becomes a draft (normalised text, proposed deck, previews);
an editor edits its deck and approves it, which publishes through the pipeline with the deck
as the override the command line accepts (`--cards deck.json`).

Per article, in the output folder: `.desk/items/<id>/source/<name>` (the upload),
`article.json` (the normalised article), `proposed.json` (the deck the program proposed),
`deck.json` (the editor's deck, the override); the history is in the desk's database.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from highlights.cards.override import SAVED_DECKS
from highlights.desk.deckform import Change
from highlights.desk.jobs import Progress, PublishFn
from highlights.desk.library import SLUG
from highlights.desk.preview import settings_for
from highlights.desk.store import DESK_DIR, ItemRow, JobRow, Store
from highlights.errors import shown
from highlights.model import Article, Deck
from highlights.output import write_json
from highlights.staging import remove_folder

ITEMS = "items"
SYSTEM = "desk"  # who did what the desk did by itself (made the draft, published it)


@dataclass(frozen=True)
class Draft:
    item: ItemRow
    article: Article
    deck: Deck
    proposed: Deck


class Drafts:
    """The articles under the desk's care, and the jobs that make and publish them."""

    def __init__(self, out_dir: Path, store: Store, publish: PublishFn) -> None:
        self.out = out_dir
        self.store = store
        self.publish = publish

    def folder(self, item_id: str) -> Path:
        if not (len(item_id) == 32 and all(c in "0123456789abcdef" for c in item_id)):
            raise ValueError("not an item id")
        return self.out / DESK_DIR / ITEMS / item_id

    def source(self, item: ItemRow) -> Path:
        return self.folder(item.id) / "source" / item.source_name

    def adopt(self, upload: Path, sha: str) -> ItemRow:
        """A new item for an upload (`<out>/.inbox-uploads/<random>/<name>`): its folder moves
        into the item's, so the source stays with the article."""
        item = ItemRow(id=uuid.uuid4().hex, source_name=upload.name, source_sha=sha,
                       status="preparing", title=upload.name)
        folder = self.folder(item.id)
        folder.mkdir(parents=True)
        os.replace(upload.parent, folder / "source")
        self.store.add_item(item)
        return item

    def load(self, item_id: str) -> Draft | None:
        try:
            folder = self.folder(item_id)
        except ValueError:
            return None
        item = self.store.item(item_id)
        if item is None or not (folder / "deck.json").is_file():
            return None
        try:  # files a person or a crash damaged: the article shows as having no draft
            article = Article.model_validate_json((folder / "article.json").read_text("utf-8"))
            deck = Deck.model_validate_json((folder / "deck.json").read_text("utf-8"))
            proposed = Deck.model_validate_json((folder / "proposed.json").read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return Draft(item, article, deck, proposed)

    def save(self, draft: Draft, deck: Deck, theme: str, preset: str, who: str,
             edits: list[Change]) -> None:
        """Keep the editor's deck (written whole, then renamed into place) and log the edit."""
        item = draft.item
        if theme != item.theme:
            edits = [*edits, ["field", "theme", item.theme, theme]]
        if preset != item.preset:
            edits = [*edits, ["field", "preset", item.preset, preset]]
        folder = self.folder(item.id)
        write_json(folder / "deck.tmp", deck)
        os.replace(folder / "deck.tmp", folder / "deck.json")
        self.store.update_item(item.id, theme=theme, preset=preset, title=deck.title)
        if edits:
            self.store.log(item.id, who, edits)

    def unpublish(self, item: ItemRow, who: str) -> None:
        """Take the published set down (its folder, through no link); the draft stays."""
        if item.slug and SLUG.fullmatch(item.slug):
            remove_folder(self.out, item.slug)
        (self.out / SAVED_DECKS / f"{item.source_sha}.json").unlink(missing_ok=True)
        self.store.update_item(item.id, status="draft", published=None)
        self.store.log(item.id, who, [["unpublished"]])

    def delete(self, item: ItemRow) -> None:
        """Forget an article that is not published: its folder, its row and its history."""
        remove_folder(self.out / DESK_DIR / ITEMS, item.id)
        self.store.delete_item(item.id)

    # jobs
    def run(self, job: JobRow, progress: Progress) -> str | None:
        item = self.store.item(job.item)
        if item is None:
            return "the article is gone"
        if job.kind == "draft":
            return self._draft(item, progress)
        return self._publish(item, progress)

    def _failed(self, item: ItemRow, error: str) -> str:
        line = error.replace(str(self.source(item)), shown(item.source_name))
        line = line.replace(str(self.folder(item.id)), "")  # no server path is ever shown
        self.store.update_item(item.id, status="failed", error=line)
        return line

    def _draft(self, item: ItemRow, progress: Progress) -> str | None:
        from highlights.pipeline import Pipeline, public_article
        from highlights.precheck import check_inputs
        from highlights.records import failure

        source, settings = self.source(item), settings_for("auto", item.preset)
        usable, refused, _ = check_inputs([source], settings)
        if not usable:
            return self._failed(item, refused[source].error or "cannot be read")
        progress("reading, normalising and splitting")
        try:
            prepared = Pipeline(self.out, settings).prepare(source)
        except Exception as exc:
            return self._failed(item, failure(source, exc).error or str(exc))
        folder = self.folder(item.id)
        write_json(folder / "article.json", public_article(prepared.article))
        write_json(folder / "proposed.json", prepared.deck)
        write_json(folder / "deck.json", prepared.deck)
        self.store.update_item(item.id, status="draft", title=prepared.deck.title,
                               slug=prepared.slug, theme=prepared.theme.name, error=None)
        self.store.log(item.id, SYSTEM, [["uploaded", item.source_name]])
        progress("draft ready")
        return None

    def approve(self, item: ItemRow, who: str) -> None:
        self.store.update_item(item.id, status="publishing", error=None)
        self.store.log(item.id, who, [["approved"]])

    def _publish(self, item: ItemRow, progress: Progress) -> str | None:
        settings = settings_for(item.theme, item.preset)
        override = self.folder(item.id) / "deck.json"
        results = self.publish([self.source(item)], self.out, progress, settings, override)
        failed = [r for r in results if r.status == "failed"]
        if failed or not results:
            return self._failed(item, (failed[0].error if failed else None) or "not published")
        slug = results[0].slug or item.slug
        saved = self.out / SAVED_DECKS / f"{item.source_sha}.json"  # kept for a re-publish
        saved.parent.mkdir(parents=True, exist_ok=True)
        write_json(saved.with_suffix(".tmp"), Deck.model_validate_json(override.read_text("utf-8")))
        os.replace(saved.with_suffix(".tmp"), saved)
        self.store.update_item(item.id, status="published", slug=slug, published=time.time())
        self.store.log(item.id, SYSTEM, [["published", slug or ""]])
        return None


def deck_json(deck: Deck) -> str:
    return json.dumps(deck.model_dump(mode="json"), ensure_ascii=False)
