"""The deck editor's form: the JSON the page sends, checked and turned into a `Deck`, and what
an edit changed, for the history.

Highlighted terms are written inline as `**term**`, as in the command line's Markdown override.
Each card and point the page sends names the index it had when the page was loaded (`orig`,
null for a new one; a point also its former card, `from`, as merging and splitting cards move
points between them), so the history can say "deleted", "added", "moved" and "edited".
"""

from __future__ import annotations

import re
from typing import Any

from highlights.model import Card, Closing, Deck, Point, Span
from highlights.render.png.card import SIZES
from highlights.theme import load_theme

MARK = re.compile(r"\*\*(.+?)\*\*")
MAX_CARDS = 60
MAX_POINTS = 20
MAX_TEXT = 2000
FIELDS = ("title", "subtitle", "date", "kicker", "source", "lead")
PEOPLE = ("reporters", "photographers", "editors")
Change = list[str]  # [message key, arguments…]: worded in the page's language when shown
Pair = tuple[int, int]  # a point's former (card, point) indexes
Origins = list[tuple[int | None, list[Pair | None]]]  # each card's former index, its points' pairs


class DeckError(ValueError):
    """An edit the desk refuses: `key` names the message, `where` the card or field."""

    def __init__(self, key: str, where: str = "") -> None:
        super().__init__(f"{key} {where}".strip())
        self.key, self.where = key, where


def with_marks(text: str, terms: list[str]) -> str:
    """`text` with each term's first occurrence wrapped in `**…**` (what the editor shows)."""
    for term in sorted(set(terms), key=len, reverse=True):
        at = text.find(term)
        if term and at >= 0 and "**" not in text[max(0, at - 2) : at + len(term) + 2]:
            text = f"{text[:at]}**{term}**{text[at + len(term):]}"
    return text


def unmark(raw: str) -> tuple[str, list[str]]:
    terms = [term for term in MARK.findall(raw) if term.strip()]
    return MARK.sub(lambda m: m.group(1), raw).strip(), terms


def _text(value: Any, where: str, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise DeckError("bad_field", where)
    text = " ".join("".join(c if c >= " " else " " for c in value).split())
    if required and not text:
        raise DeckError("empty_field", where)
    return text


def _orig(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def parse(payload: Any, base: Deck) -> tuple[Deck, str, str, Origins]:
    """(deck, theme, preset, origins) from the page's JSON; DeckError names what is wrong.
    `origins` holds each card's former index and its points' former indexes."""
    if not isinstance(payload, dict) or not isinstance(payload.get("cards"), list):
        raise DeckError("bad_field", "deck")
    theme, preset = payload.get("theme"), payload.get("preset")
    if not isinstance(preset, str) or preset not in SIZES:
        raise DeckError("bad_field", "preset")
    try:
        load_theme(str(theme))  # a name from assets/themes only
    except Exception:
        raise DeckError("bad_field", "theme") from None
    given = {name: _text(payload.get(name), name, name == "title") for name in FIELDS}
    people = {
        name: [n for n in re.split(r"\s*[,，、;；]\s*", _text(payload.get(name), name, False)) if n]
        for name in PEOPLE
    }
    raw_cards = payload["cards"]
    if not raw_cards or len(raw_cards) > MAX_CARDS:
        raise DeckError("no_cards" if not raw_cards else "bad_field", "cards")
    cards: list[Card] = []
    origins: Origins = []
    for number, raw in enumerate(raw_cards, 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("points"), list):
            raise DeckError("bad_field", f"{number}")
        title, title_terms = unmark(_text(raw.get("title"), f"{number}"))
        if not raw["points"] or len(raw["points"]) > MAX_POINTS:
            raise DeckError("no_points" if not raw["points"] else "bad_field", f"{number}")
        points: list[Point] = []
        point_origins: list[Pair | None] = []
        card_orig = _orig(raw.get("orig"))
        for index, item in enumerate(raw["points"], 1):
            if not isinstance(item, dict):
                raise DeckError("bad_field", f"{number}.{index}")
            text, terms = unmark(_text(item.get("text"), f"{number}.{index}"))
            span = _span(item.get("span"))
            points.append(Point(text=text, highlights=terms, span=span))
            was, came = _orig(item.get("orig")), _orig(item.get("from", card_orig))
            point_origins.append((came, was) if was is not None and came is not None else None)
        cards.append(Card(number=number, title=title, points=points, highlights=title_terms,
                          span=_span(raw.get("span"))))
        origins.append((card_orig, point_origins))
    lead, lead_terms = unmark(given["lead"])
    deck = base.model_copy(update={
        "title": given["title"], "subtitle": given["subtitle"] or None,
        "date": given["date"] or None, "kicker": given["kicker"] or None,
        "lead": lead, "lead_highlights": lead_terms, "cards": cards,
        "closing": Closing(source=given["source"] or None, date=given["date"] or None, **people),
    })
    return deck, str(theme), preset, origins


def _span(value: Any) -> Span | None:
    try:
        return Span.model_validate(value) if isinstance(value, dict) else None
    except ValueError:
        return None


def changes(old: Deck, new: Deck, origins: Origins) -> list[Change]:
    """What the edit changed, in order: fields, then cards and their points."""
    out: list[Change] = []
    for name in ("title", "subtitle", "date", "kicker", "lead"):
        before, after = getattr(old, name) or "", getattr(new, name) or ""
        if before != after:
            out.append(["field", name, before, after])
    if (old.closing.source or "") != (new.closing.source or ""):
        out.append(["field", "source", old.closing.source or "", new.closing.source or ""])
    for name in PEOPLE:
        before, after = "、".join(getattr(old.closing, name)), "、".join(getattr(new.closing, name))
        if before != after:
            out.append(["field", name, before, after])
    kept = [o for o, _ in origins if o is not None and o < len(old.cards)]
    for index, card in enumerate(old.cards):
        if index not in kept:
            out.append(["card_deleted", str(index + 1), card.title])
    if kept != sorted(kept):
        out.append(["cards_moved"])
    taken = {pair for _, pairs in origins for pair in pairs if pair is not None}
    for number, (card, (orig, pairs)) in enumerate(zip(new.cards, origins, strict=True), 1):
        if orig is None or orig >= len(old.cards):
            out.append(["card_added", str(number), card.title])
        elif old.cards[orig].title != card.title:
            out.append(["card_title", str(number), old.cards[orig].title, card.title])
        out += _point_changes(number, old, orig, card, pairs, taken)
    return out


def _known(old: Deck, pair: Pair | None) -> bool:
    if pair is None or pair[0] >= len(old.cards):
        return False
    return pair[1] < len(old.cards[pair[0]].points)


def _point_changes(number: int, old: Deck, orig: int | None, card: Card,
                   pairs: list[Pair | None], taken: set[Pair]) -> list[Change]:
    """Card `number` (formerly `orig`, None if new): its points deleted, moved, added, edited,
    or brought in from another card."""
    out: list[Change] = []
    own = orig is not None and orig < len(old.cards)
    if orig is not None and own:
        for index, point in enumerate(old.cards[orig].points):
            if (orig, index) not in taken:
                out.append(["point_deleted", str(number), point.text])
        kept = [p[1] for p in pairs if p is not None and p[0] == orig and _known(old, p)]
        if kept != sorted(kept):
            out.append(["points_moved", str(number)])
    for point, pair in zip(card.points, pairs, strict=True):
        if pair is None or not _known(old, pair):
            if own:
                out.append(["point_added", str(number), point.text])
            continue
        before = old.cards[pair[0]].points[pair[1]]
        if pair[0] != orig:
            out.append(["point_moved_in", str(number), str(pair[0] + 1), point.text])
        elif before.text != point.text:
            out.append(["point_edited", str(number), before.text, point.text])
        elif before.highlights != point.highlights:
            out.append(["point_marks", str(number), point.text])
    return out
