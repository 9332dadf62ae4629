"""Fit one point into the card's limit by named rules (the names go into the deck's notes):
drop a frame (`據悉，`, `局長…說，`), cut at a clause or a list comma, let one clause run a
little over, and only then cut between words."""

from __future__ import annotations

import re

from highlights.cards.cuts import (
    balanced_marks,
    collapse_enumeration,
    cut_between_words,
    list_items,
)
from highlights.cards.english import (
    balanced_quotes,
    english_core,
    unframed,
    unlabelled,
    without_asides,
)
from highlights.cards.english_cuts import before_and, before_phrase, open_clause, scene_setter
from highlights.cards.frames import BARE_FRAME, FRAME_CLAUSE
from highlights.cards.points import EN_ABBR, clauses, semicolons
from highlights.cards.text import Piece, display_len, to_script
from highlights.model import Language

__all__ = ["FRAME", "HOLLOW", "LONG_POINT", "shorten"]

# A clause that only says who spoke: the point is what they said.
FRAME = re.compile(
    r"(?:說|说|表示|指出|強調|强调|認為|认为|稱|称|介紹|介绍|透露|提到|said|says)$"
    r"|^(?:據|据)(?:悉|了解|瞭解|報道|报道|報導|报导|統計|统计)$|^(?:另悉|記者了解到|记者了解到)$"
)
# `經過選手們激烈的角逐，以及評委小組的專業評審，最終…`: after what, and what else, before
# the outcome: a point that must be cut keeps the outcome
AFTER = re.compile(r"^(?:經過|经过|隨著|随着)[^，,]{2,16}$")
AND_ALSO = re.compile(r"^(?:以及|還有|还有)[^，,]{2,16}$")
# The set phrases an official sentence opens with (`以習近平新時代中國特色社會主義思想為指導，
# 全面落實…部署要求，持續推動經濟…`): a point that must be cut keeps what they lead to
RITUAL = re.compile(
    r"^[^，,]{0,24}?(?:堅持|坚持)?以[^，,]{2,32}(?:為指導|为指导)$"
    r"|^(?:全會|全会|會議|会议)?(?:高舉|高举)[^，,]{2,32}(?:旗幟|旗帜)$"
    r"|^(?:深入|全面|認真|认真){0,2}(?:學習|学习)?(?:貫徹|贯彻)(?:落實|落实)?[^，,]{2,32}精神$"
    r"|^(?:全面|認真|认真)?(?:貫徹|贯彻)?(?:落實|落实)[^，,]{2,32}(?:部署要求|決策部署|决策部署|部署)$"
    r"|^在以[^，,]{2,20}(?:為核心|为核心)的黨中央堅強領導下$|^在以[^，,]{2,20}为核心的党中央坚强领导下$"
)
# Han-width characters: a last list item longer than this goes on to say more (`…巴西、智利、
# 美國的代表今天表示將組織…`), which a list cut would drop
LIST_END = 16
HOLLOW = 6  # Han-width characters: a cut that keeps less than this says nothing (`據悉`)
EN_HOLLOW = 5  # words: `The round blue, white` (of `…, and red logo … became official`)
LONG_POINT = 1.5  # a single clause this much over the limit stays whole
_TRAILING_LINK = re.compile(r"\s*[:：]\s*(?:https?://|www\.)\S+$")  # (`…online at <link>` keeps it)
_TRAILING_OFF = re.compile(r"(?<=[^\W_]|[%％)）”」])\s*(?:…+|\.{3,}|。{3,}|．{3,})[。！!]?$")
WHOLE_CLAUSE = 2.5  # …and one with no joint where a cut could end it, up to this


def shorten(piece: Piece, language: Language, limit: int, notes: set[str]) -> Piece:
    """Fit a point into `limit` Han-width characters, naming each rule used."""
    text = unlabelled(piece.text) if language == "en" else piece.text
    if language == "en" and text.endswith(".") and text[:-1].strip() and not EN_ABBR.search(text):
        text = text[:-1]  # key phrases carry no full stop, whole sentences or cut ones
    if (link := _TRAILING_LINK.search(text)) and display_len(text[: link.start()]) >= HOLLOW:
        text = text[: link.start()]  # `…推出「記者懶人包」：http://goo.gl/…`: a card links nothing
        notes.add("drop-link")
    if language != "en" and (trailing := _TRAILING_OFF.search(text)):
        # `…绿豆、红豆……`: the writer's trailing off reads as a cut on a card; a list says `等`
        listed = "、" in text[max(0, trailing.start() - 12) : trailing.start()]
        text = text[: trailing.start()] + (to_script("等", language) if listed else "")
        notes.add("trailing-off")
    if display_len(text) <= limit:
        text = balanced_quotes(text) if language == "en" else balanced_marks(text)
        return Piece(piece.block, piece.start, piece.end, text)
    if language == "en" and (bare := unframed(text)) != text:
        notes.add("drop-frame")  # `X said, "…"`: the quote is the point
        text = bare
    if language == "en" and display_len(text) > limit:
        bare = without_asides(text)
        if bare != text and len(bare.split()) >= EN_HOLLOW:
            notes.add("drop-aside")
            text = bare
    if language != "en":
        collapsed = collapse_enumeration(text)
        if collapsed != text:
            notes.add("enumeration-collapse")
            text = collapsed
    if display_len(text) > limit:
        whole = Piece(0, 0, len(text), text)
        semis = [c.text for c in semicolons(whole, language)]
        if len(semis) > 1 and display_len(semis[0]) <= limit:
            parts, sep = semis, "；" if language != "en" else "; "  # the stronger joint first
        else:
            parts = [c.text for c in clauses(whole, language)]
            sep = "，" if language != "en" else ", "
        while len(parts) > 1 and (FRAME.search(parts[0]) or BARE_FRAME.match(parts[0])):
            notes.add("drop-frame")  # `局長今日在記者會上闡述藍圖時說，` frames what follows
            parts = parts[1:]
        # `“十四五”期间，` sets the scene for a clause too long to follow it: no point alone
        # (`到2025年，` stays where its clause fits after it)
        while language != "en" and len(parts) > 1 and (
            RITUAL.match(parts[0])
            or (FRAME_CLAUSE.match(parts[0]) and display_len(parts[0] + sep + parts[1]) > limit)
        ):
            notes.add("drop-frame")
            parts = parts[1:]
        # `新中国成立后，在…的基础上，开始制定…`: frames in a row whose clause does not fit
        # after them go, or the cut keeps the frames alone
        framed = next((k for k, p in enumerate(parts) if not FRAME_CLAUSE.match(p)), 0)
        if language != "en" and framed and display_len(sep.join(parts[: framed + 1])) > limit:
            notes.add("drop-frame")
            parts = parts[framed:]
        if language != "en" and len(parts) > 2 and AFTER.match(parts[0]):
            notes.add("drop-frame")
            parts = parts[1:]
            while len(parts) > 1 and AND_ALSO.match(parts[0]):
                parts = parts[1:]
        if language == "en":
            parts = english_core(parts, notes)
            # a scene-setter whose clause does not fit after it: the clause is the point
            while len(parts) > 1 and scene_setter(parts[0]) and (
                display_len(parts[0] + sep + parts[1]) > limit
            ):
                notes.add("drop-opener")
                parts = [parts[1][:1].upper() + parts[1][1:], *parts[2:]]
        kept, used = parts[0], 1
        for part in parts[1:]:
            if display_len(kept + sep + part) > limit:
                break
            kept, used = kept + sep + part, used + 1
        if language == "en" and open_clause(parts[:used]):
            kept = text  # `…underlines how`: no cut here; the rules below decide
        said = len(kept.split()) >= EN_HOLLOW if language == "en" else display_len(kept) >= HOLLOW
        if kept != text and said:
            notes.add("clause-cut")
            text = kept
    if display_len(text) > limit and language != "en":
        items = list_items(text)
        kept = items[0]
        for item in items[1:]:
            if display_len(kept + "、" + item + "等") > limit:
                break
            kept += "、" + item
        fits = display_len(kept + "等") <= limit and display_len(kept) >= limit / 3
        runaway = display_len(text) > LONG_POINT * limit  # a cut list beats a cut word
        fits = fits and (display_len(items[-1]) <= LIST_END or runaway)  # the list ends it
        if len(items) > 1 and fits:  # `麗水市委外宣辦等` would drop the sentence's point
            notes.add("list-cut")
            text = kept + to_script("等", language)
    if language == "en" and display_len(text) > LONG_POINT * limit:
        joined = before_and(text, limit, LONG_POINT)
        if joined:
            notes.add("clause-cut")  # `…gave the green light for construction to begin`
            text = joined
    # `…发布了政策文件——《…关于印发《…》的通知》`: what a dash names at length is the text's
    # business, not the point's
    dash = text.find("——") if language != "en" else -1
    runaway = display_len(text) > LONG_POINT * limit
    if runaway and dash > 0 and HOLLOW <= display_len(text[:dash]) <= limit:
        notes.add("clause-cut")
        text = text[:dash]
    if language == "en" and display_len(text) > LONG_POINT * limit:
        phrase = before_phrase(text, limit, LONG_POINT)
        if phrase:
            notes.add("clause-cut")  # `…in nearly 20 types of tissues`, not `…eight weeks of…`
            text = phrase
    if limit < display_len(text) <= WHOLE_CLAUSE * limit:
        # one clause over: the card wraps it, no cut (a clause with no joint or phrase inside
        # is cut nowhere a reader would not see as a cut)
        notes.add("long-point")
    elif display_len(text) > limit:
        notes.add("hard-cut")
        text = cut_between_words(text, limit, language)
    text = balanced_quotes(text) if language == "en" else balanced_marks(text)
    return Piece(piece.block, piece.start, piece.end, text)
