"""The words a bundle adds: alt text as plain sentences, the post's title, its caption
(`post.txt`) and hashtags from the deck's marked terms, each within the platform's lengths."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from highlights.bundles.limits import Limits, platform_length
from highlights.model import Language
from highlights.presentation import LABELS, colon, count_label, date_label
from highlights.publication import Publication

_ENDS = "。！？!?.…」』”\"）)"
_SENTENCE = re.compile(r"(?<=[。！？!?])|(?<=[.])(?=\s)")
_CLAUSE = re.compile(r"[，、：；,:;—–\s]")
_NOT_A_TAG = re.compile(r"[\d０-９$£€¥%％]")  # figures are no topic to follow


def sentence(text: str, language: Language) -> str:
    """`text` as a plain sentence: whitespace tidied, ending with a full stop."""
    text = " ".join(text.split()).strip()
    if not text or text[-1] in _ENDS:
        return text
    return text.rstrip("，、：；,:;") + ("." if language == "en" else "。")


def plain(parts: Iterable[str], language: Language) -> str:
    """Sentences in reading order: one string, a space between English sentences."""
    pieces = [sentence(p, language) for p in parts if p and p.strip()]
    return (" " if language == "en" else "").join(pieces)


def within(text: str, limit: int | None, language: Language) -> str:
    """`text` cut to whole sentences that fit `limit` (the first one cut with … if alone)."""
    if limit is None or platform_length(text) <= limit:
        return text
    kept = ""
    for piece in _SENTENCE.split(text):
        if platform_length(kept + piece) > limit:
            break
        kept += piece
    if kept.strip():
        return kept.strip()
    return text[: max(limit - 1, 0)] + "…"


def first_sentence(text: str) -> str:
    parts = [p for p in _SENTENCE.split(text.strip()) if p.strip()]
    return parts[0].strip() if parts else ""


def post_title(pub: Publication, limit: int | None) -> str:
    """The headline, or within `limit`: its longest leading run of whole clauses, else the
    headline cut with …"""
    title = " ".join(pub.title.split())
    if limit is None or platform_length(title) <= limit:
        return title
    best = ""
    for mark in _CLAUSE.finditer(title):
        # Cut at a clause mark, or between words with … (the sentence goes on).
        head = title[: mark.start()].strip() + ("…" if mark.group().isspace() else "")
        if len(head) > 1 and platform_length(head) <= limit:
            best = head
    return best or title[: limit - 1] + "…"


def hashtags(pub: Publication, count: int) -> list[str]:
    """The deck's most marked terms (titles' first, then points'), as #tags."""
    if not count:
        return []
    seen: dict[str, int] = {}
    for card in pub.cards:
        for term in [*card.highlights, *(t for p in card.points for t in p.highlights)]:
            tag = re.sub(r"[\s#，。、：；,.:;!?！？（）()《》“”\"']+", "", term)
            if 2 <= len(tag) <= 12 and not _NOT_A_TAG.search(tag):
                seen[tag] = seen.get(tag, 0) + 1
    ranked = sorted(seen, key=lambda t: -seen[t])  # stable: first seen wins a tie
    if pub.language == "en":  # then the headline's names: "Sizewell C" → #SizewellC
        for run in re.findall(r"(?<!^)\b[A-Z][\w-]*(?: [A-Z][\w-]*)*", pub.title):
            tag = re.sub(r"\W", "", run)
            if len(tag) >= 3 and tag not in ranked and not _NOT_A_TAG.search(tag):
                ranked.append(tag)
    return [f"#{tag}" for tag in ranked[:count]]


def caption(pub: Publication, lim: Limits, title: str, link: str | None) -> str:
    """post.txt: the title, a one-sentence lead, the key points as lines, the source (and its
    link), hashtags; key-point lines are dropped from the end until it fits the platform."""
    lang = pub.language
    lead = first_sentence(pub.lead) or first_sentence(
        pub.cards[0].points[0].text if pub.cards and pub.cards[0].points else "")
    labels = LABELS[lang]
    source = pub.source or ""
    tail = [line for line in (
        labels["source"] + colon(lang) + source if source else "",
        link or "", date_label(pub.date, lang)) if line]
    tags = " ".join(hashtags(pub, lim.hashtags))
    points = [f"{card.number}. {card.title}" for card in pub.cards]
    heading = f"{labels['highlights']}{colon(lang)}{count_label(len(pub.cards), lang)}"

    def build(shown: Sequence[str]) -> str:
        more = ["…"] if len(shown) < len(points) else []
        blocks = [title, lead, "\n".join([heading, *shown, *more]) if shown else "",
                  "\n".join(tail), tags]
        return "\n\n".join(b for b in blocks if b) + "\n"

    for n in range(len(points), -1, -1):
        text = build(points[:n])
        if lim.max_caption is None or platform_length(text) <= lim.max_caption:
            return text
    return within(build([]), lim.max_caption, lang)
