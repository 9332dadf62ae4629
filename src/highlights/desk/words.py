"""The workbench's words (drafts, the deck editor, the history, error pages) in the desk's
three languages; `i18n.STRINGS` takes them in. Keys are the same in every language
(tests/desk/test_desk_words.py checks)."""

from __future__ import annotations

from typing import Final

from highlights.desk.words_zh import HANS, HANT

EN: Final = {
    "card_merge": "Merge with the next card",
    "point_split": "Start a new card here",
    "c_point_moved_in": "card {0}: “{2}” moved in from card {1}",
    "c_unpublished": "unpublished",
    "confirm_delete": "Delete this article with its draft and history? This cannot be undone.",
    "confirm_unpublish": "Take the published files down? The draft and its history stay.",
    "delete_item": "Delete this article",
    "unpublish": "Unpublish",
    "drag": "Drag to move the card",
    "pick_file": "Choose a file…",
    "no_file_chosen": "No file chosen",
    "stale": (
        "An earlier upload of this file, with other contents, has its own d"
        "eck and edits: they are not carried over. Compare before approving:"
    ),
    "card_up": "Move the card up",
    "card_down": "Move the card down",
    "card_delete": "Delete the card",
    "point_up": "Move the point up",
    "point_down": "Move the point down",
    "point_delete": "Delete the point",
    "articles_all": "Articles",
    "empty": "The file is empty.",
    "method": "This page does not take that request.",
    "bad_request": "The request could not be understood.",
    "preparing": "Making the draft…",
    "draft": "Draft",
    "publishing": "Publishing…",
    "published": "Published",
    "draft_ready": "Draft ready",
    "open_draft": "Open the draft",
    "upload_draft": "Upload an article",
    "upload_draft_hint": (
        "A .txt, .md or .html file becomes a draft: check and edit its cards, then "
        "approve to publish."
    ),
    "submit_upload": "Upload",
    "search": "Search titles",
    "filter": "Status",
    "all": "All",
    "find": "Find",
    "no_match": "No article matches.",
    "uploaded_at": "Uploaded",
    "published_at": "Published",
    "source_file": "Source file",
    "edit": "Edit the deck",
    "view_published": "Published files",
    "f_title": "Headline",
    "f_subtitle": "Subtitle",
    "f_date": "Date",
    "f_kicker": "Label",
    "f_source": "Source",
    "f_reporters": "Reporters",
    "f_photographers": "Photographers",
    "f_editors": "Editors",
    "f_lead": "Lead",
    "f_theme": "Theme",
    "f_preset": "Card size",
    "who": "Your name",
    "details": "Article",
    "deck_cards": "Cards",
    "card_title": "Card title",
    "point_text": "Point",
    "add_point": "Add a point",
    "add_card": "Add a card",
    "delete": "Delete",
    "up": "Move up",
    "down": "Move down",
    "marks_hint": (
        "Mark a highlighted term with **two s"
        "tars** on each side. Alt+↑/↓ moves t"
        "he card or point you are in."
    ),
    "save": "Save",
    "saved": "Saved",
    "unsaved": "Unsaved changes",
    "saving": "Saving…",
    "approve": "Approve and publish",
    "republish": "Publish the edits",
    "preview": "Preview",
    "cover_card": "Title card",
    "show_long": "Preview the long image",
    "overflow": "Too long for one image: this card continues on {n} images.",
    "history": "History",
    "no_history": "No edits yet.",
    "source_sentence": "From the article",
    "edited": "edited",
    "moved_to": "Moved to position {n}.",
    "empty_field": "Must not be empty",
    "bad_field": "Not accepted",
    "no_cards": "The deck needs at least one card",
    "no_points": "A card needs at least one point",
    "new_card": "New card",
    "new_point": "New point",
    "system": "desk",
    "c_uploaded": "uploaded {0}",
    "c_approved": "approved",
    "c_published": "published",
    "c_field": "{0}: “{1}” → “{2}”",
    "c_card_deleted": "deleted card {0} “{1}”",
    "c_card_added": "added card {0} “{1}”",
    "c_cards_moved": "reordered the cards",
    "c_card_title": "card {0} title: “{1}” → “{2}”",
    "c_point_deleted": "card {0}: deleted “{1}”",
    "c_point_added": "card {0}: added “{1}”",
    "c_point_edited": "card {0}: “{1}” → “{2}”",
    "c_points_moved": "card {0}: reordered the points",
    "c_point_marks": "card {0}: highlights of “{1}”",
}

WORDS: Final = {"en": EN, "zh-Hans": HANS, "zh-Hant": HANT}
FIELD_NAMES: Final = {"title", "subtitle", "date", "kicker", "source", "reporters",
                      "photographers", "editors", "lead", "theme", "preset"}


def describe(change: list[str], t: dict[str, str]) -> str:
    """One history entry in the page's language (field names too)."""
    key, *args = change
    template = t.get(f"c_{key}")
    if template is None:
        return " ".join(change)
    if key == "field" and args and args[0] in FIELD_NAMES:
        args = [t[f"f_{args[0]}"], *args[1:]]
    short = [a if len(a) <= 80 else a[:79] + "…" for a in args]
    try:
        return template.format(*short)
    except IndexError:
        return " ".join(change)
