"""Small text helpers shared by the card strategies: widths, pieces with offsets, segmentation."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import jieba
import opencc

from highlights.cards.tfidf import HMM_MOST, extract_tags
from highlights.chars import HAN_RANGES, display_width, has_han
from highlights.model import Article, DamageSpot, Language
from highlights.normalise.mojibake import commonness

jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True)
class Piece:
    """A stretch of one block's text; `text` may be shortened, start/end stay the source span."""

    block: int
    start: int
    end: int
    text: str

    def sub(self, start: int, end: int) -> Piece:
        """The piece for text[start:end] of this (unshortened) piece."""
        return Piece(self.block, self.start + start, self.start + end, self.text[start:end])


def display_len(text: str) -> float:
    """Width in Han characters: wide characters count 1, Latin and digits count half
    (“”…— count as wide: full width in a Chinese font, and the safe side)."""
    return display_width(text)


def is_chinese(language: Language) -> bool:
    return language != "en"


def strip_piece(piece: Piece, chars: str) -> Piece:
    """Trim whitespace and `chars` from both ends, keeping offsets right."""
    text = piece.text
    lead = len(text) - len(text.lstrip(chars + " \t\u3000"))
    trail = len(text.rstrip(chars + " \t\u3000"))
    if trail <= lead:
        return Piece(piece.block, piece.start, piece.start, "")
    return piece.sub(lead, trail)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _simplified(text: str) -> str | None:
    """jieba's dictionary is Simplified: analyse a same-length Simplified copy when possible."""
    converted: str = _t2s().convert(text)
    return converted if len(converted) == len(text) else None


# a paragraph wholly in brackets: an adoption note (`（…全体会议通过）`), an aside, no sentence
BRACKETED_NOTE = re.compile(r"[（(][^()（）]+[)）]")
# a run of Han this long without a mark is no prose: jieba's HMM would take minutes over it
_LONG_RUN = re.compile(rf"[{HAN_RANGES}]{{{HMM_MOST},}}")


def words(text: str) -> list[str]:
    """Words in the original script (jieba over a Simplified copy)."""
    simple = _simplified(text) or text
    out: list[str] = []
    pos = 0
    for word in jieba.lcut(simple, HMM=not _LONG_RUN.search(simple)):
        out.append(text[pos : pos + len(word)])
        pos += len(word)
    return out


def keywords(text: str, top: int) -> list[str]:
    """TF-IDF nouns (jieba.analyse's, see tfidf.py), returned as they are written in `text`."""
    simple = _simplified(text) or text
    tags = extract_tags(simple, top, ("n", "nz", "vn", "ns", "nt", "nw"))
    return [text[simple.find(t) : simple.find(t) + len(t)] for t in tags if t in simple]


def to_script(text: str, language: Language) -> str:
    """Labels we add ourselves ('續', '要點') follow the article's script."""
    if language == "zh-Hans":
        converted: str = _t2s().convert(text)
        return converted
    return text


@dataclass
class Draft:
    """A card before splitting: its title, the pieces its points come from, and its source."""

    title: str
    body: list[Piece]
    source: Piece  # the span the card came from (for the card's `span`)


UNREADABLE = 0.5  # share of everyday characters under which a damaged block says nothing


def unreadable(article: Article) -> set[int]:
    """Blocks of mojibake that normalise could not repair: reported, but no lead and no card."""
    flagged = {
        spot.block
        for spot in article.report.unrepaired()
        if spot.reason.startswith("mojibake")
    }
    blocks = article.blocks
    return {i for i in flagged if i < len(blocks) and _unreadable(blocks[i].text)}


LOST_SHARE = 0.02  # of an English block's characters: more lost ones and it says nothing
ENGLISH = 0.95  # of its characters ASCII (or lost): less is Latin-1 mojibake (`¤U½Z¥N…`)


def _unreadable(text: str) -> bool:
    """Chinese that is not everyday Chinese; English that lost more than a mark here and there
    (`OLYMPIA � The…`, `town�s`: a Windows quote or dash that could not be decoded)."""
    if has_han(text):
        return commonness(text) < UNREADABLE
    lost = text.count("\ufffd")
    ascii_share = sum(c.isascii() for c in text) / max(len(text), 1)
    return lost > LOST_SHARE * len(text) or ascii_share + lost / max(len(text), 1) < ENGLISH


CUT_OFF = "the text ends mid-sentence"  # normalise's reason for a text cut off by the page


_CLAUSE_MARK = re.compile(r"[，；、,;]")
EN_TAIL_WORDS = 10  # fewer words left of a cut English sentence say nothing (`Given the…`)
# `"Rio+20, under the two themes of … and an institutional framework for sustainab`: the
# subject and an aside the cut left open; the verb was lost with the rest
_EN_OPEN_ASIDE = re.compile(r"^[\"“]?\S+(?: \S+){0,2}, [^,]+$")
_EN_DANGLING = re.compile(
    r"(?:[,;:]?\s+(?:a|an|the|of|to|for|in|on|at|by|with|from|and|or|but|not|that|which|is|are))+$"
)


def _cut_spot(article: Article) -> DamageSpot | None:
    spot = next((d for d in article.report.damage if d.reason.startswith(CUT_OFF)), None)
    return spot if spot is not None and spot.block < len(article.blocks) else None


def cut_tail(article: Article) -> str:
    """The unfinished end of a cut-off text, as normalise reported it; else ''."""
    spot = _cut_spot(article)
    return article.blocks[spot.block].text[spot.offset :] if spot else ""


# `會議指出，`, `他表示，`: the frame of what is said, no clause of its own
_ZH_FRAME = re.compile(
    r"^[^，,。；;]{0,12}?(?:指出|強調|强调|認為|认为|要求|表示|提出|說|说)[，,：:]"
)


_ZH_SUBJECT_END = re.compile(r"的[^，,。；;的]{1,6}$")


def without_cut_tail(drafts: list[Draft], article: Article) -> list[Draft]:
    """No point from where a cut-off text stops (`Given the proximity of this new o`,
    `开启全面建`): the unfinished sentence keeps its finished clauses, up to its last comma;
    the rest stays in the text and in the report, not on a card."""
    spot = _cut_spot(article)
    if spot is None:
        return drafts
    tail = cut_tail(article)
    if article.meta.language == "en":
        # `…technology demonstrations not possi`: the words before the cut one, not the
        # dangling ones (`not`, `the`), make the point
        kept = _EN_DANGLING.sub("", tail[: max(tail.rfind(" "), 0)])
        said = len(kept.split()) >= EN_TAIL_WORDS and not _EN_OPEN_ASIDE.match(kept)
        cut = spot.offset + (len(kept) if said else 0)
    else:
        marks = list(_CLAUSE_MARK.finditer(tail))
        kept = _ZH_FRAME.sub("", tail[: marks[-1].start()]) if marks else ""
        # `會議指出，習近平總書記…的重要講話，具有很強的政治性`: one clause left after its frame,
        # ending on what it is about, is the subject without what is said of it: no point
        subject = not _CLAUSE_MARK.search(kept) and _ZH_SUBJECT_END.search(kept)
        cut = spot.offset + (marks[-1].start() if marks and not subject else 0)
    out: list[Draft] = []
    for draft in drafts:
        body = [
            p if p.block != spot.block or p.end <= cut else p.sub(0, cut - p.start)
            for p in draft.body
            if p.block != spot.block or p.start < cut
        ]
        body = [p for p in body if p.text.strip()]
        if body:
            out.append(Draft(draft.title, body, draft.source))
    return out


_TITLE_END = " 。.!！"


# `記者：會否轉介往私家醫院？`: in a press conference's record the answers are the news
QUESTION_TURN = re.compile(
    r"^\s*(?:(?:有)?(?:記者|记者)(?:提問|提问|問|问)?|問|问|提問|提问|Reporter|Question|Q)\s*[:：]"
    # `福建東南衛視記者：…`: the reporter named by the outlet
    r"|^\s*[^\s:：，,。]{2,12}?(?:記者|记者)\s*[:：]"
)


def title_again(text: str, article: Article) -> bool:
    """The headline said again in the body (`李克強主持召開國務院常務會議。`), with or without
    the date in brackets after it (`Statement… (21 February 2022)`): no lead."""
    said = text.strip(_TITLE_END)
    return said in {t.strip(_TITLE_END) for t in titles_said(article.meta.title)}


TITLE_NOTE = re.compile(r"\s*[(（][^()（）]{1,30}[)）]$")


def titles_said(title: str) -> set[str]:
    """The headline as the body may say it again: whole, or without its bracketed note."""
    return {title, TITLE_NOTE.sub("", title)} if title else set()
