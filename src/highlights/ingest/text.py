"""Plain text: one block per line, or per paragraph when the text is hard-wrapped."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES, display_width, has_han, is_cjk, is_han
from highlights.ingest.base import Source
from highlights.ingest.bbcode import unbbcoded
from highlights.ingest.flattened import unflattened
from highlights.ingest.forms import NewsForm, TextView, read_news_form, read_text_view
from highlights.ingest.joins import contact_block, join_broken_brackets
from highlights.ingest.lexis import LexisExport, read_lexis_export
from highlights.ingest.mail import MailForward, read_mail
from highlights.ingest.runin import run_in_list
from highlights.ingest.subtitles import unsubtitled
from highlights.ingest.underlines import bold_heading, underlined_heading
from highlights.model import Block, SourceFormat

_LIST_MARK = re.compile(r"^\s*(?:--|[-*•·–]|\d{1,2}[.)])\s+")  # `-- Xi said…` too
# `二、地 點：…`, `（三）…`, `※…`: a numbered line starts anew, though it is no list item
_NUM = "一二三四五六七八九十"
_NUMBERED = re.compile(rf"^(?:[{_NUM}]{{1,3}}、|[（(][{_NUM}\d]{{1,3}}[）)]|※)")
_URL = re.compile(r"^(?:https?://|www\.)\S+$")  # a link on a line of its own is no wrapped text
# A page's furniture is a line of its own: a breadcrumb (`首页 > 要闻 > 正文`) and the publish
# line under a headline (`来源:    时间:2022年03月15日`) are no part of the lines around them.
_FURNITURE = re.compile(
    r"\s[>»＞›]\s|^(?:(?:信息|資訊|资讯|文章|稿件)?(?:来源|來源)|(?:发[布表]|發[布表]|更新)?(?:时间|時間|日期)|"
    r"发布|發布|作者|"
    r"Source|Posted|Published)\s*[:：]"
    # a short stamp of a date and a time (`10 9월 2021 - 12:14AM`) under a headline, or one
    # before the byline (`2025/12/11 16:25 記者王善嬿／嘉義報導`)
    r"|^(?=.{0,30}$)[^A-Za-z]*\d{4}[^A-Za-z]*\d{1,2}:\d{2}\s*(?:[AP]M)?$"
    r"|^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s+\d{1,2}:\d{2}\s",
    re.IGNORECASE,
)
# A rule of `*****` under a headline, and a menu of Chinese words set apart by spaces
# (`簡體版 英文版 寄給朋友 政府新聞網`), are lines of their own: wrapped prose is neither
_ALONE = re.compile(
    rf"^[*＊=＝\-_~～·.]{{3,}}$|^(?:[{HAN_RANGES}]{{2,8}} +){{2,}}[{HAN_RANGES}]{{2,8}}$"
    # a list page's link under its item (`閱讀更多`): no word of the item's text
    r"|^(?:閱讀更多|阅读更多|詳細內容|详细内容|Read more|Continue reading)\s*[>»›…]*$"
    r"|^(?i:Log ?in|Log ?out|Sign ?in|Sign ?up|Subscribe|Menu|Search|Share)$"  # a site's menu
    # a language switch and a share link (`Traditional Chinese Simplified Chinese Email this…`)
    r"|^(?:Traditional|Simplified) Chinese (?:Traditional|Simplified) Chinese\b"
    r"|\b(?:Email|Print|Share) this (?:article|page|story)$"
    # `by UNICEF, ILO, WHO, WVI, Save the Children`: a byline of names, whatever their number
    r"|^[Bb]y [A-Z][\w.'’-]*(?:,?\s+(?:(?:and|the|of|for|&)\s+)*[A-Z][\w.'’&-]*){0,10}$"
)
_RULE = re.compile(r"^[*＊=＝\-_~～]{3,}$")
# A wrapped line ends mid-sentence; a paragraph's last line ends with one of these, or with
# a photo's credit (`…热带水果。南海网记者徐静涵摄`: a caption, the story goes on below it).
_SENTENCE_END = tuple("。！？；：.!?;:…”’」』)）摄攝")


WRAPPED = 0.6  # a wrapped line is nearly as long as the longest: a short one ends a paragraph
WRAP_EMS = 20  # text wrapped narrower (40 Latin columns) is a menu or a list of names, never joined
WRAP_EMS_LATIN = 28  # English prose is wrapped at 56 columns or more (72 and 80 most often)


_SMALL_WORDS = "a an the and or nor but of to in on at by for with from as vs via into over per"
_SMALL = frozenset(_SMALL_WORDS.split())


def headed(line: str) -> bool:
    """`Biopartners Terminates Collaboration with The Medical House`: an English headline in
    title case over wrapped text, a line of its own (a sentence has lower-case words)."""
    words = line.split()
    if len(words) < 3 or re.search(r"[,;:.!?]$|[,;]\s", line):
        return False
    return all(w.lower() in _SMALL or not w[:1].isalpha() or w[:1].isupper() for w in words)


def _join(lines: list[str], full_at: float | None = None) -> list[str]:
    """Join hard-wrapped lines of one paragraph; a list marker, a sentence end or a short line
    (a headline, a rule of ****, a date under a title) starts anew. `full_at`: the text is known
    to be wrapped, and a line this full of the widest goes on in the next."""
    measure = han_width if full_at else len
    width = max(measure(line) for line in lines)
    widest = max(display_width(line) for line in lines)
    latin = not any(is_cjk(ch) for line in lines for ch in line)
    if full_at is None and (widest < WRAP_EMS or (latin and widest < WRAP_EMS_LATIN)):
        # `US EUROPE AFRICA ASIA 中文` over `China / Government`; an English title over its
        # dateline (`CNN Student News Transcript: November 13, 2009` / `(CNN Student News) --`)
        return lines
    full = sum(len(line) >= 0.85 * width for line in lines[:-1])
    if full_at is None and full < max((len(lines) - 1) / 2, 2 if len(lines) > 2 else 1):
        return lines  # lines of all lengths: a scraped page, one paragraph per line
    groups: list[list[str]] = []  # each paragraph's lines, glued once at the end
    previous = ""
    for i, line in enumerate(lines):
        wrapped = measure(previous) >= (full_at or WRAPPED) * width
        last = groups[-1][-1] if groups else ""  # furniture is never joined: its own line
        # (`…Industrial Realty Group, LLC (IRG)` / `to lease…`: a bracket closed mid-sentence)
        closed = latin and last.endswith(")") and line[:1].islower()
        joinable = groups and wrapped and (closed or not last.endswith(_SENTENCE_END))
        previous = line
        starts = _LIST_MARK.match(line) or _NUMBERED.match(line) or _URL.match(line)
        starts = starts or _FURNITURE.search(line) or _ALONE.search(line)
        # a headline underlined by a rule (`Ceremony to…` over `*****`) is a line of its own
        underlined = i + 1 < len(lines) and bool(_RULE.match(lines[i + 1]))
        ended = bool(_URL.match(last) or _FURNITURE.search(last) or _ALONE.search(last))
        ended = ended or (bool(groups) and len(groups[-1]) == 1 and headed(last))
        if joinable and not starts and not ended and not underlined:
            glue = "" if is_cjk(last[-1]) or is_cjk(line[0]) else " "
            groups[-1].append(glue + line)
        else:
            groups.append([line])
    return ["".join(group) for group in groups]


# An English line that stops mid-sentence goes on in the next: the next opens in lower case
# (`…in China, today` / `announced that…`), or this one ends on a word no sentence or heading
# ends on (`…Probiotics` / `and` / `Related Products…`). Copied from a page without blank lines
# (an SEC exhibit), wrapped lines are all one can see of a paragraph.
_OPEN_ENDED = re.compile(r"[A-Za-z0-9,]$")
_FUNCTION_END = re.compile(
    r"\b(?:a|an|the|and|or|of|to|in|on|for|with|by|at|from|as|that|its|their)$", re.IGNORECASE
)


_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.(?: [A-Z][a-z]+)?$")  # `Mr. Jinan` / `Song, …`


# `by University of Wyoming` under a headline: its byline, a line of its own
_BYLINE = re.compile(r"^[Bb]y (?:[A-Z][\w.'-]*(?: (?:of|and|the|[A-Z][\w.'-]*))*)$")


def _goes_on(line: str, following: str) -> bool:
    if _HONORIFIC.search(line) and following[0].isupper():
        return True
    if not _OPEN_ENDED.search(line) or _LIST_MARK.match(following) or _URL.match(following):
        return False
    if _ALONE.search(line) or _ALONE.search(following):
        return False  # `Log in` / `Up First from NPR`: a menu's word, a line of its own
    if _BYLINE.match(following) and len(following.split()) <= BYLINE_WORDS:
        return False
    first = following[0]
    if first.isdigit() and (_FUNCTION_END.search(line) or line.count("(") > line.count(")")):
        return True  # `…(Category 3, 4 or` / `5). “This outlook…`: the figure goes on
    if not (first.isascii() and first.isalpha()):
        return False
    return first.islower() or bool(_FUNCTION_END.search(line))


BYLINE_WORDS = 7  # `by` and a name or an office: longer, it is a sentence's end
OPEN_SHARE = 0.5  # English lines that stop mid-sentence: half of them, and the text was wrapped


def _english_wrapped(lines: list[str]) -> bool:
    """English copied without blank lines but wrapped at a width: most lines stop mid-sentence
    (`…from the National Science Foundation (NSF) and American Heart` / `Association (AHA)…`)."""
    if len(lines) < 6 or any(is_cjk(ch) for line in lines for ch in line):
        return False
    open_ended = sum(bool(_OPEN_ENDED.search(line)) for line in lines[:-1])
    return open_ended >= OPEN_SHARE * (len(lines) - 1)


def _spaced_wrapped(groups: list[list[str]]) -> bool:
    """`We just completed today's lengthy meeting of the` / (a blank line) / `White House
    Coronavirus Task Force and, at the`: a transcript's English wrapped into lines like a
    video's captions, each a paragraph of its own, most of them stopping mid-sentence."""
    return all(len(g) == 1 for g in groups) and _english_wrapped([g[0] for g in groups])


FULL_LINE = 0.9  # of the widest line: a Chinese line this full was wrapped at a width
FULL_LINES = 4  # lines: fewer full ones may be paragraphs of a length
OPEN_SHARE_HAN = 0.75  # of the full lines, this many stop mid-sentence: the text was wrapped


_ASCII_MARK = re.compile(r"[,;:?!()]")


def han_width(line: str) -> float:
    """A Chinese line's width as it was wrapped: `1月6日,…(扩大)` was set with full-width marks
    that a copy made ASCII, so each counts full, as it did at the wrap."""
    return display_width(line) + 0.5 * len(_ASCII_MARK.findall(line)) * has_han(line)


def _han_wrapped(lines: list[str]) -> bool:
    """Chinese copied without blank lines but wrapped at a width (`…委員會第36` / `次委員會議」
    時表示…`): its full lines stop mid-sentence. A page with one paragraph per line ends every
    line, long or short, at a sentence's end."""
    if len(lines) < FULL_LINES + 1 or not any(is_han(ch) for line in lines[:3] for ch in line):
        return False
    widths = [han_width(line) for line in lines]
    widest = max(widths)
    full = [line for line, w in zip(lines[:-1], widths, strict=False) if w >= FULL_LINE * widest]
    if widest < WRAP_EMS or len(full) < FULL_LINES:
        return False
    return sum(not line.endswith(_SENTENCE_END) for line in full) >= OPEN_SHARE_HAN * len(full)


def _join_continuations(lines: list[str]) -> list[str]:
    groups: list[list[str]] = []  # measured by their last line: how a text ends is all that counts
    for line in lines:
        if groups and _goes_on(groups[-1][-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [" ".join(group) for group in groups]


# `-About Yingkou` / `-Investment Guide`: a menu's entries, the dash set close to each
_TIGHT_DASH = re.compile(r"^-(?=[^\W\d_])")


def _tight_list(lines: list[str]) -> set[int]:
    """Lines in a run of three or more that open with a dash and no space: a list."""
    dashed = [bool(_TIGHT_DASH.match(line)) for line in lines]
    out: set[int] = set()
    for i in range(len(lines)):
        run = dashed[max(0, i - 2) : i + 3]
        if dashed[i] and any(all(run[j : j + 3]) for j in range(len(run) - 2)):
            out.add(i)
    return out


# `00:00.060 - 00:05.560:  Hello, this is…`: a transcript's (or subtitles') timing, no text
_TIMING = re.compile(
    r"^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*(?:-->|–|-)\s*"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*:?\s*"
)


# a page's field label on a line of its own, its value on the next
_BARE_LABEL = re.compile(r"^(?:Categories|Category|Tags|Topics|Filed under|分類|分类|標籤|标签)$")


def split_lines(text: str) -> list[Block]:
    groups: list[list[str]] = [[]]
    headings: set[str] = set()
    raws = [raw.strip() for raw in unflattened(text.split("\n"))]
    for at, raw in enumerate(raws):
        line = _TIMING.sub("", raw, count=1)
        if at and underlined_heading(raws[at - 1], raw):
            continue  # the heading's underline: drawn, not said
        if at + 1 < len(raws) and underlined_heading(line, raws[at + 1]):
            headings.add(line)
            groups += [[line], []]
        elif bold := bold_heading(line):  # `**Climate Ambition Summit`: a heading, in bold
            headings.add(bold)
            groups += [[bold], []]
        elif items := run_in_list(line):  # `本期节目主要内容: 1.…; 2.…; 3.…`: a line each
            groups += [[item] for item in items] + [[]]
        elif line and groups[-1] and _BARE_LABEL.match(groups[-1][-1]):
            groups[-1][-1] += ": " + line  # `Categories` / `Health & Medicine`: one field
        elif line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    groups = [g for g in groups if g]
    if _spaced_wrapped(groups):  # caption-sized English lines set apart by blank lines
        groups = [[line] for line in _join_continuations([g[0] for g in groups])]
    # Scraped text (like the sample) has one paragraph per line and no blank lines; only text
    # that separates paragraphs by blank lines, or English wrapped at a width, can have wrapped
    # lines worth joining.
    wrapped = len(groups) > 1 and any(len(g) > 1 for g in groups)
    blocks: list[Block] = []
    for group in groups:
        if wrapped or _english_wrapped(group):
            lines = _join(group)
        else:  # Chinese wrapped at a width (a forum's repost): only a full line goes on
            lines = _join(group, FULL_LINE) if _han_wrapped(group) else group
        lines = contact_block(join_broken_brackets(_join_continuations(lines)))
        tight = _tight_list(lines)
        for i, line in enumerate(lines):
            mark = _LIST_MARK.match(line) or (_TIGHT_DASH.match(line) if i in tight else None)
            if line in headings and len(group) == 1:
                blocks.append(Block(kind="heading", text=line))
            elif mark and len(line) > mark.end():
                blocks.append(Block(kind="list_item", text=line[mark.end() :]))
            else:
                blocks.append(Block(kind="paragraph", text=line))
    return blocks


def _form(text: str) -> NewsForm | LexisExport | TextView | MailForward | None:
    """A form the text was pasted into or exported as: its fields say what is what."""
    forms = (read_news_form, read_lexis_export, read_text_view, read_mail)
    return next((form for read in forms if (form := read(text))), None)


class TextConverter:
    format: SourceFormat = "txt"

    def accepts(self, source: Source) -> bool:
        return True  # the fallback: anything decodable is text

    def convert(self, source: Source) -> list[Block]:
        text = unbbcoded(source.text)  # a forum's post pasted with its markup
        form = _form(text)
        return split_lines(form.text() if form else unsubtitled(text))

    def declared(self, source: Source) -> dict[str, str]:
        form = _form(unbbcoded(source.text))  # front matter is read before any converter
        return form.declared() if form else {}
