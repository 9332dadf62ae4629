"""Split a card's body into points (`cards.shorten` fits each into the card).

Points are cut at the text's own joints, coarsest first: enumerations (一是…二是…),
sentences (。), semicolons (；), then clauses (，). A point longer than the limit is
shortened by a rule whose name goes into the deck's notes; nothing is dropped silently.
"""

from __future__ import annotations

import re

from highlights.cards.cuts import EN_TRIM, NUM, ZH_TRIM, collapse_enumeration, quoted
from highlights.cards.english import ends_at_initial, ends_at_time
from highlights.cards.frames import BARE_FRAME, FRAME_CLAUSE, TAIL_CLAUSE
from highlights.cards.terms import action_verb, count_terms
from highlights.cards.text import Piece, display_len, strip_piece
from highlights.chars import HAN_RANGES
from highlights.model import Language
from highlights.normalise.sentences import EN_ABBREVIATION
from highlights.settings import CardSettings

# `一是…`, and `第一是…` (its `第` goes with it, not with the item before)
ENUM = re.compile(  # `一要…二要…`: a meeting's numbered demands, never inside a word (`唯一要`)
    rf"第?[{NUM}]+是|(?<![{HAN_RANGES}])[{NUM}]+要|[（(][{NUM}]+[）)]|第[{NUM}]+[，,、]"
    rf"|(?<![{NUM}])[{NUM}]+、(?=\S)"
)
# an ASCII `?` glued to the next word is a character lost to mojibake (`周?chē)`), no question
ZH_SENT = re.compile(r"(?:[。！？]|[!?](?![\w(（]))[”’」』）)]*")
ZH_SEMI = re.compile(r"[；;]")
ZH_CLAUSE = re.compile(r"，|(?<!\d),|,(?!\d)")  # `1,000億元` is one figure
EN_SENT = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-Z0-9\"“(])")
EN_ABBR = re.compile(rf"\b{EN_ABBREVIATION}\.$")
EN_NUMBERED = re.compile(r"\s*(?:\d{1,3}|[a-z])\.")  # `5.`, `a.`: a paragraph's or an item's
# `Key proposals include:`: it introduces the list below, it says nothing itself
EN_INTRO = re.compile(r"^[^.]{3,80}\b(?:include|includes|are|were|as follows|the following)\s*:$")
EN_CLAUSE = re.compile(r",\s+|;\s+|\s+—\s+|\s+--\s+")
WORD = re.compile(r"[^\W_]")
PREAMBLE = re.compile(r"^[^：:。]{0,40}(?:以下|如下|下列)[^：:。]{0,8}[：:]")
# `涉及8款App如下：` as a sentence of its own: it hands over to the list below, as EN_INTRO
ZH_INTRO = re.compile(r"[^，,。；;：:]{0,12}(?:如下|以下)[：:]?")


def _cut(piece: Piece, pattern: re.Pattern[str], trim: str, quotes: bool = False) -> list[Piece]:
    """Split after each match of `pattern`, none inside a closed quotation with `quotes`;
    empty pieces vanish."""
    out: list[Piece] = []
    pos = 0
    inside = quoted(piece.text) if quotes else None
    for match in pattern.finditer(piece.text):
        if inside is not None and inside(match.start()):
            continue
        out.append(piece.sub(pos, match.end()))
        pos = match.end()
    out.append(piece.sub(pos, len(piece.text)))
    return [p for p in (strip_piece(p, trim) for p in out) if _worded(p.text)]


def sentences(piece: Piece, language: Language) -> list[Piece]:
    if language != "en":
        return [p for p in _cut(piece, ZH_SENT, ZH_TRIM) if not ZH_INTRO.fullmatch(p.text)]
    parts: list[Piece] = []
    pos = 0
    for match in EN_SENT.finditer(piece.text):
        before, after = piece.text[pos : match.start()], piece.text[match.end() :]
        if EN_ABBR.search(before) and not (
            ends_at_time(before, after) or ends_at_initial(before, after)
        ):
            continue  # "Mr. Smith", "U.S. companies": not a sentence end
        if pos == 0 and EN_NUMBERED.fullmatch(before):
            pos = match.end()  # `5. The Bill proposes…`: the paragraph's number, no sentence
            continue
        parts.append(piece.sub(pos, match.start()))
        pos = match.end()
    parts.append(piece.sub(pos, len(piece.text)))
    parts = [p for p in parts if not EN_INTRO.match(p.text.strip())]
    return [p for p in (strip_piece(p, EN_TRIM) for p in parts) if _worded(p.text)]


def _worded(text: str) -> bool:
    """A point says something: marks alone (`？`, `……`) are no point."""
    return WORD.search(text) is not None


def semicolons(piece: Piece, language: Language) -> list[Piece]:
    return _cut(piece, ZH_SEMI if language != "en" else re.compile(r";\s"), ZH_TRIM)


def clauses(piece: Piece, language: Language) -> list[Piece]:
    """Clauses at commas; a Chinese quotation (`應“深入貫徹…部署，大力推動…培養”`) is never
    cut in two."""
    if language == "en":
        return _cut(piece, EN_CLAUSE, ZH_TRIM + EN_TRIM)
    return _cut(piece, ZH_CLAUSE, ZH_TRIM + EN_TRIM, quotes=True)


def enumeration(piece: Piece) -> tuple[Piece | None, list[Piece], Piece | None]:
    """`一是…二是…`, `（一）…（二）…`, `第一，…第二，…`: (preamble, items, what follows the
    list) or (None, [], None)."""
    inside = quoted(piece.text)  # `“一是…二是…”` inside a quotation is the quote's list
    marks = [m for m in ENUM.finditer(piece.text) if not inside(m.start())]
    kinds = [re.sub(f"[{NUM}]+", "N", m.group()) for m in marks]
    if len(marks) < 2 or kinds.count(kinds[0]) < 2:
        return None, [], None
    if not marks[0].group().lstrip("（(第").startswith("一"):
        return None, [], None
    marks = [m for m, k in zip(marks, kinds, strict=True) if k == kinds[0]]
    pre = strip_piece(piece.sub(0, marks[0].start()), ZH_TRIM)
    items: list[Piece] = []
    end = len(piece.text)
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(piece.text)
        if i + 1 == len(marks) and ZH_SEMI.search(piece.text[marks[i - 1].end() : m.start()]):
            # `第一是…；第二是…。他相信…`: a list of one sentence ends with it
            stop = ZH_SENT.search(piece.text, m.end())
            end = stop.end() if stop else end
        items.append(strip_piece(piece.sub(m.end(), end), ZH_TRIM))
    after = strip_piece(piece.sub(end, len(piece.text)), ZH_TRIM)
    return (pre if pre.text else None), [p for p in items if p.text], after if after.text else None


def drop_preamble(piece: Piece, notes: set[str]) -> Piece:
    """`努力實現以下目標：A；B` introduces what follows: the points are A and B."""
    match = PREAMBLE.match(piece.text)
    if not match:
        return piece
    notes.add("drop-preamble")
    return strip_piece(piece.sub(match.end(), len(piece.text)), ZH_TRIM)


def split_units(
    body: list[Piece], language: Language, settings: CardSettings, notes: set[str]
) -> list[Piece]:
    """The coarsest cut that gives at least min_points units (before shortening)."""
    if body and language != "en":
        body = [drop_preamble(body[0], notes), *body[1:]]
    enum_units: list[Piece] = []
    for piece in body:
        pre, items, after = enumeration(piece)
        if items:
            short = pre is not None and display_len(pre.text) <= 10
            intro = pre is not None and (pre.text.endswith(("：", ":")) or short)
            if pre is not None and not intro:
                enum_units.extend(sentences(pre, language))
            elif pre is not None:
                notes.add("drop-preamble")
            enum_units.extend(items)
            enum_units.extend(sentences(after, language) if after else [])
        else:
            enum_units.extend(sentences(piece, language))
    if any(enumeration(p)[1] for p in body):
        return enum_units
    units = [s for p in body for s in sentences(p, language)]
    if len(units) >= settings.min_points:
        return units if language == "en" else _opened_up(units, language, settings)
    units = [s for u in units for s in semicolons(u, language)]
    limit = settings.max_point_chars
    if len(units) >= settings.min_points or language == "en":
        return units  # English clauses are no points: "cover facades" + "and lighting"
    parts = [g for u in units for g in joints(u, language)]
    if all(display_len(u.text) <= limit for u in units):
        # a short sentence splits only into parallel action phrases (必須堅持A，必須堅持B)
        return parts if _parallel(parts, settings) else units
    if len(parts) > settings.max_points:
        # `把握工作方向，理清發展思路，明確工作重點`: short phrases are no points on their own
        parts = [g for u in units for g in _phrases_joined(u, joints(u, language), limit)]
        return select_clauses(parts, language, settings, notes)
    return [g for u in units for g in pack(u, joints(u, language), limit)]


# a short clause that names what follows (`打造“五個平臺”`, `主要任務是：`) heads the rest
_HEADING_CLAUSE = re.compile(r"^.{1,10}(?:[”」』]|[：:])$")


def _opened_up(units: list[Piece], language: Language, settings: CardSettings) -> list[Piece]:
    """A sentence too long for a point becomes its clauses packed into points, while the card
    has room, rather than its first clause alone (`全会由市委常委会主持，全会听取和讨论了…讲话`
    kept what the plenum did). make eval, held-out 104–133 (recall / precision): 0.764/0.735 →
    0.773/0.742; corpus 0.910/0.883 → 0.915/0.888."""
    limit = settings.max_point_chars
    room = settings.max_points
    out = list(units)
    i = 0
    while i < len(out):
        u = out[i]
        # (targets set apart by `；` are split_long's: one point each; a list that shortening
        # names in a word, `聚焦“五個領域”`, is never cut in two)
        whole = len(semicolons(u, language)) == 1 and collapse_enumeration(u.text) == u.text
        if display_len(u.text) > limit and whole:
            parts = pack(u, joints(u, language), limit)
            said = not any(_HEADING_CLAUSE.match(p.text) for p in parts)  # no bare heading
            if len(parts) > 1 and said and len(out) - 1 + len(parts) <= room:
                out[i : i + 1] = parts
                i += len(parts)
                continue
        i += 1
    return out


_SAYING = re.compile(r"(?:說|说|表示|指出|強調|强调|認為|认为|稱|称|提到|要求)$")
BARE_PHRASE = 8  # display characters: a shorter clause (`明確工作重點`) is a phrase of a list


def _phrases_joined(unit: Piece, parts: list[Piece], limit: int) -> list[Piece]:
    """`unit`'s clauses with each run of short phrases joined to the clause before it (or, at
    the start, after it) while the point still fits `limit`."""
    groups: list[Piece] = []
    for part in parts:
        if groups:
            last = groups[-1]
            joined = unit.sub(last.start - unit.start, part.end - unit.start)
            short = min(display_len(part.text), display_len(last.text)) <= BARE_PHRASE
            # `她指出`: who speaks goes with what they said, not with the clause before
            if short and display_len(joined.text) <= limit and not _SAYING.search(part.text):
                groups[-1] = joined
                continue
        groups.append(part)
    return groups


def joints(unit: Piece, language: Language) -> list[Piece]:
    """Where a point may end inside `unit`: its clauses, a scene-setting one joined onward."""
    return _framed(unit, clauses(unit, language))


def _framed(unit: Piece, parts: list[Piece]) -> list[Piece]:
    """`unit`'s clauses with each scene-setting clause joined to the clause after it, and each
    short tail to the clause before it."""
    out: list[Piece] = []
    start: Piece | None = None  # the first of the frames waiting for their clause
    for k, part in enumerate(parts):
        if BARE_FRAME.match(part.text) and start is None and k + 1 < len(parts):
            continue
        if FRAME_CLAUSE.match(part.text):
            start = start or part
            continue
        if start is not None:
            part = unit.sub(start.start - unit.start, part.end - unit.start)
            start = None
        out.append(part)
    out += [unit.sub(start.start - unit.start, len(unit.text))] if start else []
    joined: list[Piece] = []
    for part in out:
        if joined and TAIL_CLAUSE.match(part.text):
            part = unit.sub(joined.pop().start - unit.start, part.end - unit.start)
        joined.append(part)
    return joined


def _parallel(parts: list[Piece], settings: CardSettings) -> bool:
    if not settings.min_points <= len(parts) <= settings.max_points:
        return False
    same_start = len({p.text[:2] for p in parts}) == 1
    return same_start or all(action_verb(p.text) for p in parts)


def pack(unit: Piece, parts: list[Piece], limit: int) -> list[Piece]:
    """Consecutive clauses of `unit` joined into points that fit `limit`."""
    groups: list[Piece] = []
    for part in parts:
        if groups:
            last = groups[-1]
            joined = unit.sub(last.start - unit.start, part.end - unit.start)
            if display_len(joined.text) <= limit:
                groups[-1] = joined
                continue
        groups.append(part)
    return groups


def split_long(units: list[Piece], language: Language, settings: CardSettings) -> list[Piece]:
    """A too-long unit whose `；` parts each fit becomes several points while the card has room."""
    out = list(units)
    i = 0
    while i < len(out):
        parts = semicolons(out[i], language)
        fits = all(display_len(p.text) <= settings.max_point_chars for p in parts)
        room = len(out) - 1 + len(parts) <= settings.max_points
        if display_len(out[i].text) > settings.max_point_chars and len(parts) > 1 and fits and room:
            out[i : i + 1] = parts
            i += len(parts)
        else:
            i += 1
    return out


def select_clauses(
    parts: list[Piece], language: Language, settings: CardSettings, notes: set[str]
) -> list[Piece]:
    """One long sentence: keep its most telling clauses, in order (rule `clause-select`)."""
    limit = settings.max_points
    if len(parts) <= limit:
        return parts

    def score(i: int) -> float:
        text = parts[i].text
        s = 2.0 * count_terms(text, language) + (1.5 if i == 0 else 0.0)
        return s + (1.0 if 6 <= display_len(text) <= 30 else 0.0)

    keep = sorted(sorted(range(len(parts)), key=lambda i: (-score(i), i))[:limit])
    notes.add("clause-select")
    return [parts[i] for i in keep]
