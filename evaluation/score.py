"""Score one produced deck (and its article) against the expected deck."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import jieba

from evaluation.expected import Expected
from evaluation.similarity import dates_as_values, party_short_forms, rouge_l, squash
from highlights.model import Article, Deck

HEADLINE_MIN = 0.85  # ROUGE-L F1: a headline differing in a particle or a mark still counts
TITLE_MATCH = 0.6  # a card matches an expected card when its title is this close…
POINTS_MATCH = 0.4  # …or its points together are this close
DUPLICATE = 0.8

# Chrome any page may carry, on top of the lines each expected deck lists.
GENERIC_CHROME = re.compile(
    r"跳[至到]主要內容|跳至主要内容|Skip to (?:main )?content|瀏覽器不支援|浏览器不支持"
    r"|友善列印|字級設定|字[号號][:：]?\s*[大中小]|打印本[页頁]|关闭窗口|關閉視窗"
    r"|[上下]一篇|查看原文|分享到|[浏瀏][览覽](?:量|次数|次數)|[发發]布[时時][间間][:：]"
    r"|[责責]任[编編][辑輯][:：]|^\s*(?:首[页頁]|Home)\s*[>›»]|Category:\s*Press"
    r"|\*{2}|#{2,}|<!--|-->|&nbsp;|&lt;|</?[a-z]+[^>]*>|:::|\*\*\*\*",
    re.IGNORECASE,
)
ELLIPSIS = re.compile(r"(?:…|\.\.\.)\s*$")
CLAUSE_END = set("，。；：？！、,.;:?!)）」』”’\"' ")


@dataclass
class Score:
    name: str
    layout: str
    error: str = ""
    headline_ok: bool = False
    chrome: list[str] = field(default_factory=list)  # fields of the deck carrying chrome
    expected_cards: int = 0
    produced_cards: int = 0
    matched_cards: int = 0
    cut_points: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    damage_expected: int = 0
    damage_reported: int = 0
    fields_expected: int = 0
    fields_right: int = 0
    wrong_fields: list[str] = field(default_factory=list)
    title: str = ""


def score(name: str, expected: Expected, article: Article, deck: Deck) -> Score:
    s = Score(name=name, layout=expected.layout, title=deck.title)
    heads = dates_as_values(expected.deck.title), dates_as_values(deck.title)
    short = party_short_forms(heads[0]), party_short_forms(heads[1])
    # either spelling may match: spelled out, or short (`中共福建省委十屆十四次全會`)
    s.headline_ok = max(rouge_l(*heads), rouge_l(*short)) >= HEADLINE_MIN
    s.chrome = _chrome(expected, deck)
    s.expected_cards, s.produced_cards = len(expected.deck.cards), len(deck.cards)
    s.matched_cards = _matched(expected.deck, deck)
    s.cut_points = _cut_points(article, deck)
    s.duplicates = _duplicates(deck)
    s.damage_expected = len(expected.damage)
    s.damage_reported = sum(_reported(spot, article) for spot in expected.damage)
    _score_fields(s, expected, article, deck)
    return s


def _texts(deck: Deck) -> list[tuple[str, str]]:
    """Every text a reader sees in the deck, named for the report."""
    out = [("title", deck.title), ("lead", deck.lead)]
    for card in deck.cards:
        out.append((f"card {card.number} title", card.title))
        out += [(f"card {card.number} point", p.text) for p in card.points]
    return out


def _chrome(expected: Expected, deck: Deck) -> list[str]:
    listed = [squash(line) for line in expected.chrome if len(squash(line)) >= 2]
    hits = []
    for where, text in _texts(deck):
        flat = squash(text)
        if GENERIC_CHROME.search(text) or any(_carries(flat, line) for line in listed):
            hits.append(f"{where}: {text[:40]}")
    return hits


SHORT_CHROME = 10  # characters: a shorter chrome line (`工程`, `附件`) is words in a sentence


def _carries(flat: str, line: str) -> bool:
    """The text carries a listed chrome line: a long one anywhere, a short one as all of it."""
    return line in flat if len(line) >= SHORT_CHROME else flat.rstrip("。.") == line


def _matched(want: Deck, got: Deck) -> int:
    """One-to-one greedy matching of cards on the best of title and points similarity."""
    pairs = []
    for i, e in enumerate(want.cards):
        e_points = " ".join(p.text for p in e.points)
        for j, g in enumerate(got.cards):
            title = rouge_l(e.title, g.title)
            points = rouge_l(e_points, " ".join(p.text for p in g.points))
            if title >= TITLE_MATCH or points >= POINTS_MATCH:
                pairs.append((max(title, points), i, j))
    used_e: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_e and j not in used_g:
            used_e.add(i)
            used_g.add(j)
    return len(used_e)


@lru_cache(maxsize=4096)
def _boundaries(text: str) -> frozenset[int]:
    ends, at = set(), 0
    for word in jieba.cut(text, HMM=False):
        at += len(word)
        ends.add(at)
    return frozenset(ends)


def _cut_points(article: Article, deck: Deck) -> list[str]:
    """Points ending in an ellipsis, or ending where the article's text goes on mid-word."""
    cut = []
    body = article.body_text()
    for card in deck.cards:
        for point in card.points:
            text = point.text.rstrip("。.；;，,")
            if ELLIPSIS.search(point.text):
                cut.append(point.text)
                continue
            at = body.find(text) if len(text) >= 4 else -1
            if at < 0:
                continue
            end = at + len(text)
            if end >= len(body) or body[end] in CLAUSE_END or body[end] == "\n":
                continue
            if text[-1].isascii() and body[end].isascii():
                if text[-1].isalnum() and body[end].isalnum():
                    cut.append(point.text)
                continue
            window_start = max(0, at + len(text) - 8)
            window = body[window_start : end + 8]
            if (end - window_start) not in _boundaries(window):
                cut.append(point.text)
    return cut


def _duplicates(deck: Deck) -> list[str]:
    points = [p.text for c in deck.cards for p in c.points]
    dups = [b for i, a in enumerate(points) for b in points[i + 1 :] if _same(a, b)]
    if deck.lead:
        dups += [p for p in points if _same(deck.lead, p)]
    return dups


_FIGURES = re.compile(r"\d+(?:\.\d+)?")


def _same(a: str, b: str) -> bool:
    """Two points say the same: nearly the same words and the same figures (a bulletin's
    `全年林业增加值10583万元…` and `全年畜牧业增加值16363万元…` are two facts in one mould)."""
    return rouge_l(a, b) >= DUPLICATE and _FIGURES.findall(a) == _FIGURES.findall(b)


def _reported(spot: str, article: Article) -> bool:
    """A damage spot counts as reported when a reported snippet shares 3+ characters with it."""
    need = min(3, len(spot))
    for found in article.report.damage:
        for k in range(len(spot) - need + 1):
            if spot[k : k + need] in found.snippet:
                return True
    return False


def _score_fields(s: Score, expected: Expected, article: Article, deck: Deck) -> None:
    got = {
        "date": deck.date or article.meta.date or "",
        "source": deck.closing.source or article.meta.source or "",
        "reporters": ",".join(deck.closing.reporters or article.meta.reporters),
        "editors": ",".join(deck.closing.editors or article.meta.editors),
    }
    for key, want in expected.fields.items():
        s.fields_expected += 1
        if _field_ok(key, want, got[key]):
            s.fields_right += 1
        else:
            s.wrong_fields.append(f"{key}: {got[key] or '∅'} (want {want})")


def _field_ok(key: str, want: str, got: str) -> bool:
    if key == "date":
        return want == got
    if key == "source":
        a, b = squash(want), squash(got)
        return bool(b) and (a in b or b in a)
    return _names(want) == _names(got)


def _names(value: str) -> set[str]:
    return {squash(n) for n in re.split(r"[,，、\s]+", value) if n}
