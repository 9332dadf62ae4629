"""Editors' overrides: a Markdown file of cards separated by `---`, or a hand-edited cards.json.

Markdown format (the header chunk is optional when an Article is given):

    # Deck title
    subtitle: …   date: 2021-07-15   kicker: …   source: …   editors: A, B   reporters: C
    The lead, one or two sentences.
    <!-- a comment: ignored (the corpus keeps its scoring notes here) -->
    ---
    ## Card title
    - a point with a **highlighted** term
    - another point

Nothing is shortened or re-split: the deck renders exactly as written.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import opencc
from pydantic import ValidationError

from highlights.cards.text import display_len
from highlights.chars import has_han
from highlights.errors import InputError
from highlights.inputs import read_input
from highlights.model import Article, Card, Closing, Deck, Language, Point
from highlights.settings import InputSettings

SEPARATOR = re.compile(r"^\s*---+\s*$", re.MULTILINE)
MARK = re.compile(r"\*\*(.+?)\*\*|==(.+?)==")
BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)、])\s+")
BARE_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)、])\s*$")  # a point with no text: refused
FIELD = re.compile(
    r"^(subtitle|date|kicker|source|editors|reporters|photographers|language)\s*[:：]\s*(.*)$",
    re.IGNORECASE,
)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
MD_HINT = "separate cards with a line '---'; give each a '## title' and '- point' lines"
JSON_HINT = "fix the field or regenerate the file with `highlights cards`"


SAVED_DECKS = ".desk/decks"  # under the output folder: decks editors approved, by source SHA-256


def saved_override(out: Path, sha256: str) -> Path | None:
    """The deck an editor approved in the desk for this very source (same bytes), if any: a
    re-publish of an unchanged source keeps it; a changed source has another hash."""
    path = out / SAVED_DECKS / f"{sha256}.json"
    return path if re.fullmatch(r"[0-9a-f]{64}", sha256) and path.is_file() else None


def load_override(path: Path, article: Article | None = None) -> Deck:
    """The deck an editor wrote; InputError (one line) when the file cannot be used."""
    try:
        # Checked like an article: a regular file (no pipe, device or link), within the size.
        text = read_input(path, InputSettings()).decode("utf-8-sig")
    except InputError as exc:
        raise InputError(path, f"cannot read override file: {exc.reason}", exc.hint) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read override file: {exc}", "save it as UTF-8") from exc
    if path.suffix.lower() == ".json":
        deck = _from_json(path, text)
    elif path.suffix.lower() in (".md", ".markdown", ".txt"):
        deck = _from_markdown(path, text, article)
    else:
        raise InputError(path, f"unknown override type {path.suffix!r}", "use a .md or .json file")
    _check(path, deck)
    return deck


def _from_json(path: Path, text: str) -> Deck:
    try:
        return Deck.model_validate_json(text)
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0]
        where = ".".join(str(part) for part in first["loc"]) or "deck"
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        reason = f"invalid cards.json: {where}: {first['msg']}{more}"
        raise InputError(path, reason, JSON_HINT) from None


def _marked(line: str) -> tuple[str, list[str]]:
    """Strip `**term**`/`==term==` markers; the terms become highlights."""
    terms = [a or b for a, b in MARK.findall(line)]
    return MARK.sub(lambda m: m.group(1) or m.group(2), line).strip(), terms


def _from_markdown(path: Path, text: str, article: Article | None) -> Deck:
    chunks = [c.strip() for c in SEPARATOR.split(COMMENT.sub("", text)) if c.strip()]
    header: dict[str, str] = {}
    title = article.meta.title if article else ""
    lead: list[str] = []
    if chunks and not re.search(r"^##\s", chunks[0], re.MULTILINE):
        for line in chunks.pop(0).splitlines():
            field = FIELD.match(line.strip())
            if line.startswith("# "):
                title = line[2:].strip()
            elif field:
                header[field.group(1).lower()] = field.group(2).strip()
            elif line.strip():
                lead.append(line.strip())
    cards = [_card(path, n, chunk) for n, chunk in enumerate(chunks, start=1)]
    if not cards:
        raise InputError(path, "no cards in override file", MD_HINT)
    if not title:
        raise InputError(path, "no deck title", "start the file with '# Title' or pass the article")
    meta = article.meta if article else None
    lead_text, lead_terms = _marked("".join(lead) if _has_han(text) else " ".join(lead))
    return Deck(
        title=title,
        subtitle=header.get("subtitle", meta.subtitle if meta else None),
        date=header.get("date", meta.date if meta else None),
        kicker=header.get("kicker"),
        lead=lead_text,
        lead_highlights=lead_terms,
        cards=cards,
        closing=Closing(
            source=header.get("source", meta.source if meta else None),
            date=header.get("date", meta.date if meta else None),
            editors=_names(header, "editors", meta.editors if meta else []),
            reporters=_names(header, "reporters", meta.reporters if meta else []),
            photographers=_names(header, "photographers", meta.photographers if meta else []),
        ),
        language=_language(header.get("language"), article, text),
    )


def _names(header: dict[str, str], field: str, default: list[str]) -> list[str]:
    """A comma-separated header field, or the article's own list when the field is absent."""
    given = header.get(field)
    return [n for n in re.split(r"\s*[,，、]\s*", given) if n] if given else default


def _card(path: Path, number: int, chunk: str) -> Card:
    lines = [line for line in chunk.splitlines() if line.strip()]
    title, title_terms = _marked(re.sub(r"^#+\s*", "", lines[0]))
    points: list[Point] = []
    for line in lines[1:]:
        if BARE_BULLET.match(line):
            points.append(Point(text=""))
        elif BULLET.match(line) or not points:
            body, terms = _marked(BULLET.sub("", line))
            points.append(Point(text=body, highlights=terms))
        else:  # a wrapped line continues the point above it
            body, terms = _marked(line)
            last = points[-1]
            wide = display_len(last.text[-1:] + body[:1]) == 2  # Chinese wraps without a space
            joined = last.text + ("" if wide else " ") + body
            points[-1] = Point(text=joined, highlights=last.highlights + terms)
    if not points:
        raise InputError(path, f"card {number} ({title}) has no points", MD_HINT)
    return Card(number=number, title=title, points=points, highlights=title_terms)


def _has_han(text: str) -> bool:
    return has_han(text)


def _language(given: str | None, article: Article | None, text: str) -> Language:
    if given in ("zh-Hant", "zh-Hans", "en"):
        return given  # type: ignore[return-value]
    if article:
        return article.meta.language
    if not _has_han(text):
        return "en"
    simplified: str = opencc.OpenCC("t2s").convert(text)
    return "zh-Hans" if simplified == text else "zh-Hant"


def _check(path: Path, deck: Deck) -> None:
    """Nothing empty (a blank card would be published as is), and highlights exact substrings
    of their text, as the renderers rely on: say which card and field is wrong."""
    hint = "write the text, or remove the card or point"
    if not deck.title.strip():
        raise InputError(path, "the deck title is empty", hint)
    if not deck.cards:
        raise InputError(path, "no cards in override file", MD_HINT)
    for card in deck.cards:
        if not card.title.strip():
            raise InputError(path, f"card {card.number}: the title is empty", hint)
        if not card.points:
            raise InputError(path, f"card {card.number} ({card.title}) has no points", hint)
        for index, point in enumerate(card.points, 1):
            if not point.text.strip():
                raise InputError(path, f"card {card.number}: point {index} is empty", hint)
        for point in card.points:
            for term in point.highlights:
                if term not in point.text:
                    shown = json.dumps(term, ensure_ascii=False)
                    reason = f"card {card.number}: highlight {shown} is not in its point"
                    raise InputError(path, reason, "copy the term exactly from the point's text")
