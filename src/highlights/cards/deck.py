"""Assemble the deck: pick a strategy, split drafts into points, number the cards.

`deck.notes` names what was shortened or left out, so an editor can check it:
clause-cut, list-cut, hard-cut (a point cut to fit max_point_chars), drop-aside (an English
aside in dashes or brackets, without a figure, left out of a long point), enumeration-collapse
(`聚焦A、B…“五個領域”` → `聚焦“五個領域”`), drop-preamble (`努力實現以下目標：`),
clause-select (a one-sentence paragraph kept by its telling clauses), point-select (a card
keeps its telling points), omit-context (framing paragraphs such as 全會指出/號召 or
"About us"), title-cut, max-cards.
"""

from __future__ import annotations

import re

from highlights.cards import extractive, official, sections, targets
from highlights.cards.courtesies import courtesy
from highlights.cards.cuts import cut_between_words, without_remnant
from highlights.cards.demands import split_demands
from highlights.cards.english import EN_SAYS, english_core, unlabelled, without_asides
from highlights.cards.leadcard import lead_card
from highlights.cards.leadpara import lead_remainder, opening_remainder, remainder_card
from highlights.cards.leads import (
    PARAGRAPH_NUMBER,
    attendance,
    hollow,
    plain_lead,
    section_lead,
)
from highlights.cards.numbered import find_numbered
from highlights.cards.points import clauses, enumeration, split_long, split_units
from highlights.cards.repeats import without_repeats
from highlights.cards.rundown import rundown_drafts
from highlights.cards.shorten import shorten
from highlights.cards.terms import find_terms
from highlights.cards.text import (
    Draft,
    Piece,
    cut_tail,
    display_len,
    to_script,
    without_cut_tail,
)
from highlights.cards.titles import phrase_title
from highlights.chars import has_han
from highlights.model import Article, Card, Closing, Deck, Language, Point, Span
from highlights.normalise.script import detect_language
from highlights.settings import CardSettings

PLENUM = re.compile(r"(全會|全会).*(公報|公报)")
BULLETIN = re.compile(r"公報|公报")
FIGURE = re.compile(r"\d")


def build_deck(article: Article, settings: CardSettings | None = None) -> Deck:
    """The key-point deck for one article; `deck.notes` names every shortening rule used."""
    settings = settings or CardSettings()
    language = article.meta.language
    notes: set[str] = set()
    drafts, lead = _plan(article, settings, notes)
    tail = cut_tail(article).replace(" ", "").lower()
    drafts = [_retitled(d, tail, language, settings) for d in without_cut_tail(drafts, article)]
    drafts = split_demands(drafts, language, settings.max_cards)  # `一要…。二要…`: a card each
    lead = _bounded_lead(lead, language, settings, notes)
    cards: list[Card] = []
    room = len(drafts) < extractive.MAX_CARDS  # a deck of many stories keeps one card each
    for draft in drafts:
        for title, points, span in _cards_for(draft, language, settings, notes, room):
            cards.append(
                Card(
                    number=len(cards) + 1,
                    title=title,
                    points=points,
                    highlights=find_terms(title, language, lead_object=False),
                    span=span,
                )
            )
    cards = without_repeats(cards, notes, article.meta.title, lead)
    if len(cards) > settings.max_cards:
        notes.add(f"max-cards: {len(cards) - settings.max_cards} cards over the limit left out")
        cards = cards[: settings.max_cards]
    meta = article.meta
    return Deck(
        title=_as_headline(meta.title),
        subtitle=meta.subtitle,
        date=meta.date,
        kicker=_kicker(meta.title, language),
        lead=lead,
        lead_highlights=find_terms(lead, language, limit=4, lead_object=False),
        cards=cards,
        closing=Closing(
            source=meta.source,
            date=meta.date,
            editors=list(meta.editors),
            reporters=list(meta.reporters),
            photographers=list(meta.photographers),
        ),
        language=language,
        notes=sorted(notes),
    )


def _as_headline(title: str) -> str:
    """`深秋时节，田间地头依然是一派忙碌的景象。`: a sentence drawn as the title is set as a
    headline is, without its full stop (the article keeps it, so a second reading agrees)."""
    one = title.endswith("。") and not any(mark in title[:-1] for mark in "。！？")
    return title[:-1] if one else title


EN_BULLET = re.compile(r"^(?:--|[—–•])\s+")
THIN_CARD = 8  # Han-width characters: a card of one point saying less is a fragment
LEAD_POINTS = 3  # a lead longer than three points' worth is cut: one sentence can be a book


def _bounded_lead(lead: str, language: Language, settings: CardSettings, notes: set[str]) -> str:
    """Cut a runaway lead (a 300,000-character sentence) to LEAD_POINTS × max_point_chars, after
    a clause when one ends past half of it, else between words (never `…Industr…`)."""
    limit = LEAD_POINTS * settings.max_point_chars
    if display_len(lead) <= limit:
        return lead
    if language == "en":  # `Gilat Satellite Networks Ltd. (NASDAQ: GILT), a worldwide leader…,
        # announced…`: the company announced, without its ticker and its description
        named = _COMPANY.sub(r" \1", without_asides(lead))  # `China-Biotics, Inc.`: one name
        parts = [c.text for c in clauses(Piece(0, 0, len(named), named), language)]
        bare = ", ".join(english_core(parts, notes))
        if display_len(bare) <= limit:
            return bare
    notes.add("lead-cut")
    text = lead[: 2 * limit + 2]  # every character counts at least half
    ends = [m.start() for m in _CLAUSE_END.finditer(text)]
    fitting = [i for i in ends if display_len(text[:i]) < limit]
    if fitting and display_len(text[: fitting[-1]]) >= limit / 2:
        return text[: fitting[-1]] + "…"
    return cut_between_words(text, limit, language)


_CLAUSE_END = re.compile(r"[，；,;](?!\d)")  # `1,000` is no clause's end


_COMPANY = re.compile(r", (Inc|Ltd|LLC|Co|Corp|plc|Jr|Sr)\b")



def _plan(article: Article, settings: CardSettings, notes: set[str]) -> tuple[list[Draft], str]:
    """Structure first (headings, then official cue phrases), extractive as the fallback."""
    if article.meta.language == "en" and (drafts := rundown_drafts(article)):
        # a newscast's rundown names its stories: a card each (the lead, its welcome or first
        # words, says no story twice)
        return drafts, plain_lead(article, len(article.blocks), settings, most=1)[0]
    drafts, first = sections.find_drafts(article, settings, notes)
    if drafts:
        lead, leading = plain_lead(article, first, settings)
        # the story told before its subheadings, past the lead: its first card
        told = opening_remainder(article, leading, first) if lead else []
        drafts = [remainder_card(article, leading, told, drafts), *drafts] if told else drafts
        return drafts, lead or section_lead(drafts, article.meta.language)
    if article.meta.language != "en":
        drafts = find_numbered(article, settings)  # `一、…。二、…。`: a record's items
        if drafts:
            first = drafts[0].source.block
            lead = plain_lead(article, first, settings)[0]
            lead = lead or section_lead(drafts, article.meta.language)
            if lead:
                return drafts, lead
            lead = plain_lead(article, first + 1, settings, most=1)[0]
            said = "".join(p.text for p in drafts[0].body).rstrip("。")
            # a first item of one sentence is the lead itself: no card says it again
            return (drafts[1:] if said == lead.rstrip("。") and len(drafts) > 2 else drafts), lead
        drafts, context = official.find_drafts(article, settings)
        if drafts:
            if context:
                notes.add("omit-context")  # 全會指出/強調/號召 paragraphs frame the cards
            lead, _ = official.official_lead(article, drafts[0].source.block)
            return drafts, lead or plain_lead(article, drafts[0].source.block, settings)[0]
    lead, used = plain_lead(article, len(article.blocks), settings, most=1)
    drafts = extractive.find_drafts(article, settings, exclude=used)
    opening = lead_card(article, lead, drafts, settings.max_point_chars)
    rest = [] if opening else lead_remainder(article, used, len(drafts))
    if rest:  # what the lead's paragraph goes on to say: a card, not the ranking's material
        drafts = extractive.find_drafts(article, settings, exclude=used + rest)
        return [remainder_card(article, used, rest, drafts), *drafts], lead
    return opening + drafts, lead


def _retitled(draft: Draft, tail: str, language: Language, settings: CardSettings) -> Draft:
    """A card titled by words of the cut-off end of the text (`tail`, left out, spaceless and
    lower-case) takes a phrase of its own points instead: `Technology demonstrations not
    possi` was such a title."""
    said = "".join(p.text for p in draft.body).replace(" ", "").lower()
    bare = draft.title.replace(" ", "").lower()
    if not tail or bare not in tail or bare in said:
        return draft
    longest = min(settings.max_title_chars, 14 if language != "en" else 48)
    return Draft(phrase_title(draft.body, language, longest), draft.body, draft.source)


def _cards_for(
    draft: Draft, language: Language, settings: CardSettings, notes: set[str], room: bool
) -> list[tuple[str, list[Point], Span]]:
    """One card; past max_points only its telling points (continuations are a rendering matter)."""
    src = draft.source
    units = split_long(split_units(draft.body, language, settings, notes), language, settings)
    limit = settings.max_point_chars
    runs = [targets.figure_clauses(u, language, limit) for u in units]
    units = [g for u, run in zip(units, runs, strict=True) for g in (run or [u])]
    points: list[Point] = []
    for found in units:
        unit = found if language == "en" else without_remnant(found)
        said = unlabelled(unit.text) if unit is not None and language == "en" else ""
        if unit is None or courtesy(unit.text) or attendance(unit.text) or EN_SAYS.match(said):
            continue  # `大家好！`, `多謝各位`: a speech's courtesies are no key point
        # a bilingual text's Chinese point is cut as Chinese (`…規劃的建…` was cut as English)
        bilingual = language == "en" and has_han(unit.text)
        said_in = detect_language(unit.text) if bilingual else language
        short = shorten(unit, said_in, settings.max_point_chars, notes)
        if hollow(unit.text) or hollow(short.text):
            continue  # `Now`, `Eastern Time`, `做好` (what a cut left): no statement
        bullet = EN_BULLET.match(short.text) if language == "en" else None
        dash = bullet.end() if bullet else len(short.text) - len(short.text.lstrip("—－"))
        if 0 < dash < len(short.text):  # `——生態優先、綠色發展`, `-- Xi said…`: a list's dash
            short = short.sub(dash, len(short.text))
        numbered = PARAGRAPH_NUMBER.match(short.text)  # `221. 基本工程的開支…`: a speech's
        if numbered and numbered.end() < len(short.text):  # numbered paragraph
            short = short.sub(numbered.end(), len(short.text))
        if language == "en":
            short = Piece(short.block, short.start, short.end, _as_bullet(short.text))
        points.append(
            Point(
                text=short.text,
                highlights=find_terms(short.text, language),
                span=Span(block=unit.block, start=unit.start, end=unit.end),
            )
        )
    if not points:
        return []
    if len(points) == 1 and display_len(points[0].text) < THIN_CARD:
        return []  # `"Rio+20`: a fragment left by a split is no card
    whole = Span(block=src.block, start=src.start, end=src.end)
    if (
        len(points) > settings.max_points
        and room
        and targets.is_target_list(points, draft.title)
        and (any(runs) or targets.ANNOUNCED.search(draft.title + points[0].text))
    ):
        # every target is kept: the list goes on in a second card (continuations carry ≥ 2),
        # named by its own points, never `（續）` (a continuation is an image's matter)
        parts = targets.chunks(points, settings.max_points)
        longest = min(settings.max_title_chars, 14 if language != "en" else 48)
        # the draft's title, unless it names a target the first card does not hold
        first = "".join(p.text for p in parts[0])
        later = "".join(p.text for part in parts[1:] for p in part)
        titles = [draft.title] if draft.title in first or draft.title not in later else []
        for part in parts[len(titles) :]:
            own = [Piece(0, 0, len(p.text), p.text) for p in part]
            titles.append(phrase_title(own, language, longest, frozenset(titles)))
        return list(zip(titles, parts, [whole] * len(parts), strict=True))
    if len(points) > settings.max_points:
        notes.add("point-select")  # an editor keeps a card's few telling points, not all
        listed = {(i.block, i.start) for piece in draft.body for i in enumeration(piece)[1]}
        points = _telling(points, language, settings.max_points, listed)
    return [(draft.title, points, whole)]


def _telling(
    points: list[Point], language: Language, most: int, listed: set[tuple[int, int]]
) -> list[Point]:
    """The first point (it states the topic) and the best-ranked others, in reading order.
    The items of a list (`第一是…；第二是…`) stay together when they fit: they are what the
    text announced (`兩大目標`)."""
    ranks = extractive.textrank([extractive.tokens(p.text, language) for p in points])
    bonus = [0.3 if FIGURE.search(p.text) else 0.0 for p in points]
    spans = [(p.span.block, p.span.start) if p.span else None for p in points]
    items = [i for i, span in enumerate(spans) if i and span in listed]
    fits = len(items) <= most - 2  # the card keeps its topic and one more point beside them
    bonus = [b + (1.0 if i in items and fits else 0.0) for i, b in enumerate(bonus)]
    order = sorted(range(1, len(points)), key=lambda i: (-(ranks[i] + bonus[i]), i))
    return [points[i] for i in sorted([0, *order[: most - 1]])]


def _kicker(title: str, language: Language) -> str | None:
    if PLENUM.search(title):
        return to_script("全會公報", language)
    if BULLETIN.search(title):
        return to_script("公報", language)
    return None


# `And folks who graduate…`, `But the attack could…`: a bullet stands alone, without the word
# that tied it to the sentence before
_EN_JOINER = re.compile(r"^(?:And|But|Or|Yet)\s+(?=[\w“\"'‘]\S*(?:\s+\S+){3})", re.IGNORECASE)


def _as_bullet(text: str) -> str:
    """A point as a bullet says it: no leading `And`, and a capital (`extend coverage…` →
    `Extend coverage…`; `iPhone` keeps its case)."""
    text = _EN_JOINER.sub("", text, count=1)
    first = text.split(" ", 1)[0]
    bare = first.replace("-", "")
    return text[:1].upper() + text[1:] if bare.isalpha() and bare.islower() else text
