"""English card titles from the card's own words: the clause that carries the card's most
telling word (`Expanding access to capital`), else the first clause's opening words, ending on
a content word; a name only when nothing else makes a title."""

from __future__ import annotations

import re

from highlights.cards.english import SAYING_WORDS
from highlights.cards.text import display_len
from highlights.normalise.sentences import EN_ABBREVIATION

__all__ = ["EN_JUNK", "capital", "english_head", "english_title"]

# a comma or point between digits is part of a number (50,000 · 4.5): no clause ends there
# and a colon between digits is part of a time (2:00 pm)
EN_LOOSE = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;!?()\"“”]|\.(?!\d)|\s[-–—]\s")
EN_CLAUSE = re.compile(
    # not `and` before a capital: `the Food and Environmental Hygiene Department` is one name
    # (a full stop ends a clause before a space: `U.S.-led force` is one name, no `Led force`)
    r"(?<!\d)[,:]|[,:](?!\d)|\.(?=[\s\"”’)]|$)|[;!?()\"“”]|\s[-–—]\s|\band\b(?! [A-Z])"
    r"|\bwhich\b|\bwho\b(?![’'])"
)
_EN_STOP = (
    "the a an and or but of to in on for with by at from as is are was were be been will would "
    "this that these those it its their our we they he she his her has have had said says also"
)
EN_STOP = frozenset(_EN_STOP.split())
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_EN_WEAK_END_WORDS = (
    "after before under about into over than more how why what when where whether that also "
    "again once found very so too really quite just last next past nearby "  # `…in nearby` (lots)
    "between among against during without within across through toward towards despite "
    "including amid via upon onto beyond near like unlike following regarding"
)
_EN_WEAK_END = EN_STOP | frozenset(_EN_WEAK_END_WORDS.split())
HEAD_WORDS = 6


_ABBREVIATED = re.compile(rf"\b({EN_ABBREVIATION})\.(?=\s)")
_HELD = "\u2024"  # a one-dot leader stands for an abbreviation's point while clauses are cut


def split_clauses(pattern: re.Pattern[str], text: str, most: int = 0) -> list[str]:
    """The text cut at `pattern`, never at an abbreviation's point (`Nov. 5 in the Anderson
    Gallery` is one clause, not `Nov` and `5 in the…`)."""
    held = _ABBREVIATED.sub(rf"\1{_HELD}", text)
    return [(c or "").replace(_HELD, ".") for c in pattern.split(held, maxsplit=most)]


def english_head(text: str, loose: bool = False) -> str:
    """The first clause's opening words, ending on a content word: `Government announces
    further funding` rather than a label; after a place opener (`And in Devon, we are
    forecasting…`) the next clause's. `loose`: cut at punctuation only (`Media who wish to
    participate`), when nothing else made a title."""
    if _EN_SPEAKER.match(text):
        return ""  # `AMNA NAWAZ: …`: who speaks opens it, no title of what they say
    for clause in split_clauses(EN_LOOSE if loose else EN_CLAUSE, text, 2)[:2]:
        words = (clause or "").split()
        while words and words[0].lower() in _EN_LEANING:
            words = words[1:]  # `But the report…`: the title starts where the clause does
        head = words[:HEAD_WORDS]
        unit = words[len(head)] if len(words) > len(head) else ""
        if head and _EN_FIGURE.match(head[-1]) and _EN_MAGNITUDE.match(unit):
            head.append(unit)  # `nearly $3` / `million`: a figure and its unit
        while head and unit[:1].isupper() and head[-1][:1].isupper() and len(head) < len(words):
            unit = head.pop()  # `…has notified the White` / `House`: no name cut in two
        if head and head[-1].count("‘") > head[-1].count("’"):
            head.pop()  # `…abuses ‘long-arm`: no quotation left open
        while head and (
            head[-1].lower().strip(".,;:") in _EN_WEAK_END
            or _EN_CUT_SHORT.search(head[-1])
            # `…obtained by the 100` (researchers): a figure cut from what it counts
            or (len(head) > 1 and _EN_FIGURE.match(head[-1]) and head[-2].lower() in _ARTICLES)
        ):
            head.pop()  # `…the`, and `This Oct`, `…in Pa`: a clause cut at an abbreviation
        if len(head) <= 3 and head and head[0].lower() in _EN_PLACE:
            continue  # `In Devon`: where, not what
        if head and head[0].lower().replace("’", "'") in _EN_TALK_START:
            continue  # `It's half past the hour`: talk, no topic
        if head and head[0].lower() in SAYING_WORDS:
            continue  # `Said Gerry Bell`: who spoke, not what
        content = [w for w in head if w.lower() not in EN_STOP and w.lower() not in _PRONOUNS]
        if len(head) >= 2 and content:
            return capital(" ".join(head))
        if not (clause or "").split() or len((clause or "").split()) > OPENER_WORDS:
            return ""  # not `I am`
        # `Instead, it further highlighted…`, `Meanwhile, …`: an opener, the clause follows
    return ""


OPENER_WORDS = 2


_ARTICLES = frozenset(["the", "a", "an"])
_PRONOUN_WORDS = "i you am me us"
_PRONOUNS = frozenset(_PRONOUN_WORDS.split())
_EN_FIGURE = re.compile(r"^[$€£¥]?\d[\d.,]*$")
_EN_MAGNITUDE = re.compile(r"^(?:million|billion|trillion|thousand|hundred|percent|m|bn)\b", re.I)


def english_title(
    text: str, limit: float, taken: frozenset[str] = frozenset(), name: bool = False
) -> str:
    words = [w.lower() for w in _EN_WORD.findall(text) if w.lower() not in EN_STOP]
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts, key=lambda w: (-counts[w], words.index(w)))
    clauses = [c.strip() for c in split_clauses(EN_CLAUSE, text) if c and c.strip()]
    fitting = [
        c
        for c in clauses
        if 2 <= len(c.split()) <= 7
        and display_len(c) <= limit
        and capital(c) not in taken
        and not _en_weak(c, name)
    ]
    for word in ranked[:5]:
        with_word = [c for c in fitting if word in c.lower()]
        if with_word:
            best = min(with_word, key=lambda c: (abs(len(c.split()) - 4), clauses.index(c)))
            return capital(best)
    return capital(fitting[0]) if fitting else ""


_EN_GREETINGS = frozenset({"good morning", "good afternoon", "good evening", "thank you"})


# a clause opening so leans on the one before it: `But the report also underlines how`,
# `Or to reserve…`, `During their planned mission`, `Known as the`, `Will make Defence…`
_EN_LEANING_WORDS = (
    "but or and so yet nor known during after before following as at to which who that how is "
    "are was were will would can could may should has have had being due particularly "
    "especially including such because mainly largely partly even only thus therefore instead "
    "together along according pursuant among please"  # `Together with the Controller`: set off
)
_EN_LEANING = frozenset(_EN_LEANING_WORDS.split())


_EN_WHEN_WORDS = (
    "last next this that week weeks month months year years so far in on at by since until "
    "today yesterday tomorrow earlier later now recently monday tuesday wednesday thursday "
    "friday saturday sunday morning afternoon evening night january february march april may "
    "june july august september october november december the of first second third fourth half "
    "quarter fiscal end beginning start"  # `In the second half of 2009`
)
_EN_WHEN = frozenset(_EN_WHEN_WORDS.split())
_EN_PLACE_WORDS = "in on at for from with by under across within near outside inside"
# a clause that opens so is the tail of another or says `it` for what it is about
_EN_VAGUE_WORDS = "of for into than like unlike also then there it they these those its their thank"
_EN_VAGUE_START = frozenset(_EN_VAGUE_WORDS.split())
_EN_PLACE = frozenset(_EN_PLACE_WORDS.split())
_EN_TALK_WORDS = "it's that's there's here's this we're i'm you're he's she's"
_EN_TALK_START = frozenset(_EN_TALK_WORDS.split())
_EN_TALK_PAIRS = frozenset({"you know", "i mean", "i think", "we begin", "let's begin"})
_EN_OPEN_BEFORE_LAST_WORDS = "to that which who a an"
_EN_OPEN_BEFORE_LAST = frozenset(_EN_OPEN_BEFORE_LAST_WORDS.split())


def _en_weak(clause: str, name: bool = False) -> bool:
    """`says McLaughlin` (who spoke) or `The funding` (an article and a noun) is no title;
    nor a clause that leans on another or ends on a function word, nor `45 p` (a split time)."""
    words = [w.lower() for w in clause.split()]
    if any(w in SAYING_WORDS for w in words):  # `Phoenix said on Sunday`: who spoke and when
        return True
    if " ".join(words[:2]).strip(".,!") in _EN_GREETINGS or words[0] in ("happy", "hello"):
        return True  # `Good afternoon`: a briefing's greeting
    if words[0] in _EN_LEANING or words[-1].strip(".,;:") in _EN_WEAK_END:
        return True
    if words[0] in _EN_VAGUE_START or (len(words) <= 2 and words[0].endswith("ly")):
        return True  # `Of encouraging participants…`, `Also known as…`, `Unfortunately though`
    if words[0].replace("’", "'") in _EN_TALK_START or " ".join(words[:2]) in _EN_TALK_PAIRS:
        return True  # `It's half past the hour`, `This was back in 2023`: talk, no topic
    raw = clause.split()
    if len(raw) > 2 and raw[-2] in _EN_OPEN_BEFORE_LAST and raw[-1][:1].islower():
        return True  # `…with MSD to develop`, `Companies that manage`: cut before the object
    if sum(1 for w in words if len(w) >= 2 and w.isalpha()) < 2:
        return True
    if "@" in clause or "http" in clause:
        return True  # `@ApacheDrill on Twitter`: where to follow, not what happened
    if all(w.strip(".,;:") in _EN_WHEN or w.strip(".,;:").isdigit() for w in words):
        return True  # `Last week`, `In 2019 so far`: when, not what
    if len(words) <= 3 and words[0] in _EN_PLACE:
        return True  # `In Devon`: where, not what
    if not name and _EN_NAME.match(clause.strip(" .,;:")):
        return True  # `Philip Ellison and Matthew Gronda`, `Senior Vice President`: a name
    if _EN_LABEL.match(clause) or _EN_CUT_SHORT.search(clause) or EN_JUNK.search(clause):
        return True  # `JUDY WOODRUFF`: a speaker's label; `…in Pa`, `…to Terry L`: cut at a stop
    return len(words) == 2 and words[0] in EN_STOP


EN_JUNK = re.compile(r"[\u0080-\u02ff\ufffd]")  # mojibake's Latin-1 (`˲Ʊ`), a lost character
_EN_NAME = re.compile(
    r"^(?:[Tt]he )?[A-Z][\w.’'&-]*(?: (?:[A-Z][\w.’'&-]*|and|of|for|the|de|von|van|&))*$"
)
_EN_LABEL = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)+$")
_EN_SPEAKER = re.compile(r"^\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)+\s*:")
# a clause split at an abbreviation's full stop: `…in Pa`, `…to Terry L`, `This Oct`
_EN_CUT_SHORT = re.compile(rf"\b(?:{EN_ABBREVIATION}|[A-Z][a-z])\.?$")


def capital(phrase: str) -> str:
    """First letter up, the rest as written (acronyms such as NASA stay); said as a headline
    says it, without a leading article before a common noun (`The news conference` → `News
    conference`; `The Hague` keeps its article)."""
    phrase = _EN_ARTICLE.sub("", phrase.strip(" -–—'\""), count=1)
    return phrase[:1].upper() + phrase[1:]


_EN_ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]n?) (?=[a-z][\w’'-]* \S)")  # two words left at least
