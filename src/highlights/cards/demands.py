"""Numbered demands run on in one paragraph (`会议要求，一要统一思想认识，…。二要突出工作重点，
…。三要强化组织保障，…`): each is a card of its own, titled by its head (`统一思想认识`), as a
paper sets them out; the words before the first stay the card the paragraph was. Short items
(`一是A；二是B；三是C`) stay the points of one card."""

from __future__ import annotations

import re
from itertools import pairwise

from highlights.cards.cuts import NUM, ZH_TRIM
from highlights.cards.points import enumeration
from highlights.cards.text import Draft, Piece, display_len, strip_piece
from highlights.cards.titles import ZH_WEAK_TITLE, ZH_WHEN, chinese_head, phrase_title
from highlights.model import Language

__all__ = ["holds_demands", "split_demands"]

DEMANDS_MIN = 3  # items: two are a pair of points, three or more a paper's list of demands
ITEM_MIN = 20  # characters an item says at least: shorter ones are points of one card
# characters an unnumbered `要…` demand says on average, at least, to be a card of its own
# (make eval precision 0.882→0.886, held-out 104–139 0.751→0.752, 140–145 0.679→0.688, recall
# unchanged; 40 is the same on the first two, 60 and 70 lose recall)
UNNUMBERED_MIN = 50
PREAMBLE_MIN = 12  # characters before the first item that say something of their own
HEAD_MAX = 14  # display width of a head that titles its card
_CLAUSE = re.compile(r"[，。；：,;:]")
# `会议强调，一要…`, `會議要求：一是…`: the meeting's demands, numbered (a topic sentence over the
# list, `加快建设现代化产业体系。一是…`, makes its parts that topic's points instead)
_CUE = re.compile(
    r"(?:强调|強調|要求|指出|提出|明确|明確|部署|认为|認為)\s*[，,：:]?\s*(?:第?一(?:要|是))?$"
)
_WHO_MUST = re.compile(r"^(?:[^，。、“”]{2,16}?)?要(?=[^，。]{4})")
_QUOTED_LIST = re.compile(r"“[^“”]*、[^“”]*”|「[^「」]*、[^「」]*」")  # a quoted list of slogans
# a demand said in a run: `一要…`, `二是…`, `，要…`
_SAID_DEMAND = re.compile(
    r"(?:^|[，,：:；;])\s*(?:[一二三四五六七八九十]+(?:要|是)|要(?=[^，。]{2}))"
)


def holds_demands(pieces: list[Piece]) -> bool:
    """A paragraph says two demands or more (`一要…。二要…`, `要…；要…`): it stays whole, for
    `split_demands` to part or as one topic's demands, and is never cut in halves by length."""
    return sum(len(_SAID_DEMAND.findall(p.text)) for p in pieces) >= 2


def split_demands(drafts: list[Draft], language: Language, max_cards: int) -> list[Draft]:
    """Each draft whose paragraph numbers three or more demands, as cards of their own, as
    long as the deck has room: no other card is pushed out for them."""
    if language == "en":
        return drafts
    out: list[Draft] = []
    for at, draft in enumerate(drafts):
        parts = _parts(draft, language) or [draft]
        fits = len(out) + len(parts) + len(drafts) - at - 1 <= max_cards
        out += parts if fits else [draft]
    return out


def _parts(draft: Draft, language: Language) -> list[Draft] | None:
    if len(draft.body) == 1:
        if not _DEMAND.search(draft.body[0].text):
            return None  # `（一）…（二）…`: a law's or a notice's items, not demands
        pre, listed, after = enumeration(draft.body[0])
        if not pre or not (_CUE.search(pre.text) or _CUE_FRAMED.match(pre.text)):
            return None  # `加快建设现代化产业体系。一是…`: a topic's parts, the topic's card
        before, items = [pre], [[item] for item in listed]
        rest = [after] if after else []
    else:
        before, items, rest = _numbered_pieces(draft.body)
        if not items:
            before, items, rest = _unnumbered_pieces(draft.body)
            said = sum(len(p.text) for item in items for p in item)  # (with its own sentences)
            if items and said < UNNUMBERED_MIN * len(items):
                return None  # `要弘扬…。要抢抓…。要加强…`: short demands, points of one card
    if len(items) < DEMANDS_MIN or any(len(item[0].text) < ITEM_MIN for item in items):
        return None
    said = sum(len(p.text) for p in before) >= PREAMBLE_MIN
    parts = [Draft(draft.title, before, before[0])] if said else []
    taken = frozenset({draft.title} if said else ())  # (a title no card keeps is free)
    for item in items:
        head = _head(item[0]) or chinese_head(item[0].text, HEAD_MAX)
        fresh = head and head not in taken
        title = head if fresh else phrase_title(item, language, HEAD_MAX, taken)
        parts.append(Draft(title, item, item[0]))
        taken |= {title}
    if sum(len(p.text) for p in rest) >= ITEM_MIN:  # `會上，還對…作了再安排`: a card of its own
        parts.append(Draft(phrase_title(rest, language, HEAD_MAX, taken), rest, rest[0]))
    elif rest:
        last = parts[-1]
        parts[-1] = Draft(last.title, [*last.body, *rest], last.source)
    return parts


# `会议强调，一要…`, `一是…`: a cue, then the demand's number
_DEMAND = re.compile(rf"(?<![{NUM}])一(?:要|是)")
# (`會上，婁雪松對當前工作提出要求：一要…`: who demanded, before the cue)
_NUMBERED = re.compile(
    rf"^(?:[^。]{{0,40}}?(?:强调|強調|要求|指出|提出|明确|明確|部署|认为|認為)\s*[，,：:]"
    rf"(?:[^。]{{0,80}}[，,：:])?"  # (`会议要求，全体党员干部要把思想统一到…上来，一是…`)
    rf"|[^，。,]{{0,8}}[，,：:])?\s*第?[{NUM}]+(?:要|是)"
)
_FIRST = re.compile(rf"(?<![{NUM}])一(?![{NUM}])")


def _numbered_pieces(body: list[Piece]) -> tuple[list[Piece], list[list[Piece]], list[Piece]]:
    """Pieces that each open with a number (`会议强调，一要…` / `二要…` / `三要…`), from the
    first: each item (its number off, the unnumbered pieces after it with it), and the pieces
    before the first and after the last item's own."""
    marks = [_NUMBERED.match(p.text) for p in body]
    start = next((i for i, m in enumerate(marks) if m and _FIRST.search(m.group())), None)
    opening = marks[start] if start is not None else None
    cued = opening and (_CUE.search(opening.group()) or _CUE_FRAMED.match(opening.group()))
    if start is None or not cued:
        return body, [], []
    last = max(i for i, m in enumerate(marks) if m)
    items: list[list[Piece]] = []
    for piece, mark in zip(body[start : last + 1], marks[start : last + 1], strict=True):
        if mark is not None:
            items.append([strip_piece(piece.sub(mark.end(), len(piece.text)), ZH_TRIM)])
        else:
            items[-1].append(piece)  # `抓好統籌兼顧…`: the demand goes on
    return body[:start], items, body[last + 1 :]


# `会议强调，党政领导干部要积极学习…。要紧盯差距短板…。要建立健全工作机制…`: a cue, then each
# sentence a demand of its own that opens with `要`
_CUED_MUST = re.compile(
    r"^(?:[^。，,]{0,20}?(?:强调|強調|要求|指出|提出))\s*[，,：:]\s*(?P<must>[^，。]{0,16}?要)(?=\S{4})"
)
_MUST = re.compile(r"^(?:同时|同時|还|還|并|並)?要(?=\S{4})")
# `会议要求，机关全体党员干部要把思想统一到…上来，`: the cue, and what the demands serve
_CUE_FRAMED = re.compile(r"^[^。，,]{0,20}?(?:强调|強調|要求|指出|提出)\s*[，,：:][^。]{0,80}$")
_CUE_OPENING = re.compile(r"^[^。，,]{0,20}?(?:强调|強調|要求|指出|提出)\s*[，,：:]\s*")


def _unnumbered_pieces(body: list[Piece]) -> tuple[list[Piece], list[list[Piece]], list[Piece]]:
    """`会议强调，…要A。要B。要C`: the cued sentence and each `要…` after it, an item each."""
    # (only a cue that opens its paragraph: after `会议听取了…汇报`, what the meeting then
    # demanded is that topic's points, one card)
    start = next((i for i, p in enumerate(body) if p.start == 0 and _CUED_MUST.match(p.text)), None)
    if start is None:
        return body, [], []
    body = [*body[: start + 1], *(part for p in body[start + 1 :] for part in _at_demands(p))]
    items: list[list[Piece]] = [[body[start]]]
    end = start + 1
    while end < len(body) and _MUST.match(body[end].text):
        items.append([body[end]])
        end += 1
    # `要提高站位，…。自觉把…落实；要学深悟透，…`: a demand's own sentences follow it up to the
    # next `要`, when the paragraph goes on demanding
    if end < len(body) and any(_MUST.match(p.text) for p in body[end + 1 :]):
        for piece in body[end:]:
            if _MUST.match(piece.text):
                items.append([piece])
            else:
                items[-1].append(piece)
        end = len(body)
    return body[:start], items, body[end:]


_NEXT_DEMAND = re.compile(r"[；;]\s*(?=(?:同时|同時|还|還|并|並)?要\S{4})")


def _at_demands(piece: Piece) -> list[Piece]:
    """`…落地落实；要学深悟透，…`: a sentence that ends one demand and opens the next, in two."""
    cuts = [m.end() for m in _NEXT_DEMAND.finditer(piece.text)]
    bounds = [0, *cuts, len(piece.text)]
    parts = [piece.sub(a, b) for a, b in pairwise(bounds) if b > a]
    return [strip_piece(p, "；;") for p in parts]


def _head(item: Piece) -> str:
    """The item's first clause, when it is a title's length: `统一思想认识`."""
    said = _CUE_OPENING.sub("", item.text, count=1)  # `会议强调，要…`: what follows the cue
    head = _CLAUSE.split(said, maxsplit=1)[0].strip(ZH_TRIM + " ")
    head = _QUOTED_LIST.sub("", head)  # `深入领会“目标引领、主线驱动…”基本思路`: what it names
    head = _WHO_MUST.sub("", head, count=1)  # `全体干部职工要提高政治站位`: what they must do
    fits = 4 <= display_len(head) <= HEAD_MAX
    return head if fits and not ZH_WHEN.search(head) and not ZH_WEAK_TITLE.search(head) else ""
