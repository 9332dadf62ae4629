"""Character-level clean-up: entities, stray tags, control characters, NFC, odd spaces."""

from __future__ import annotations

import html
import re
import unicodedata

from highlights.chars import HAN_RANGES, count_han
from highlights.model import Block
from highlights.normalise.datelines import dateline
from highlights.normalise.fix import Fix, is_chinese, is_han

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# Only tags a scraper leaves behind; "a < b" or "<3" in prose is not a tag.
_TAG = re.compile(
    r"</?(?:p|br|div|span|strong|b|i|em|u|a|li|ul|ol|h[1-6]|font|img|section|article|table|"
    r"tr|td|th|tbody|center|sup|sub|small|blockquote)\b"
    r"(?:[^<>]*>|\s+[a-z-]+=[\"'][^<>]*$)",  # (or cut off in its attributes by the text's end)
    re.IGNORECASE,
)
# ANSI terminal escapes go whole, so no "[31m" is left behind.
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")
# C0/C1 controls, zero-width characters, bidi overrides/isolates and the BOM; tabs become spaces
# below. Bidi controls can reorder what a reader sees, so they never reach an output.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
_ODD_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_MULTI_SPACE = re.compile(r" {2,}")


# `<br/>`, and `_x000D_`: a line end as a spreadsheet export escapes it (OpenXML)
_LINE_BREAK = re.compile(r"<br\s*/?>|</p>\s*(?:<p(?:\s[^>]*)?>)?|(?:\s*_x000[DA]_)+", re.IGNORECASE)
# `…晒秋场景。新华社记者 胡晨欢 摄金秋十月，风吹稻香`: a photo's credit ends its caption, and the
# copy lost the line break after it: the text under the picture starts there
_GLUED_CREDIT = re.compile(
    rf"(?:记者|記者)\s*[{HAN_RANGES}]{{2,3}}(?:[\s、][{HAN_RANGES}]{{2,3}})*\s*(?:摄|攝)"
    rf"(?=[{HAN_RANGES}“「])(?!影|像|制|製)"
)


def split_line_breaks(block: Block) -> list[Block]:
    """`標題<br/> 本報廣州11月28日電…`: line breaks a scraper kept as markup in plain text are
    the page's lines (its headline, dateline, first paragraph), so each becomes a block; and a
    photo's credit glued to the text after it (`…新华社记者 胡晨欢 摄金秋十月`) ends its line;
    and an archive's headline run into its story (`…领导职务终身制的制度 本报北京11月10日讯…`)."""
    inline = _inline_dateline(block.text) if block.kind == "paragraph" else None
    if block.kind != "paragraph" or not (
        _LINE_BREAK.search(block.text) or _GLUED_CREDIT.search(block.text) or inline
    ):
        return [block]
    text = block.text if inline is None else block.text[:inline] + "<br>" + block.text[inline:]
    text = _GLUED_CREDIT.sub(lambda m: m[0] + "<br>", text)
    lines = [line.strip() for line in _LINE_BREAK.split(text)]
    pieces = [block.model_copy(update={"text": line}) for line in lines if line]
    if pieces and block.lead_in:  # the bold lead-in stays with the first line
        pieces[1:] = [p.model_copy(update={"lead_in": None}) for p in pieces[1:]]
    return pieces or [block]


_HEAD_SPACE = re.compile(r"(?<=\S)\s+(?=\S)")
INLINE_HEAD = (8, 160)  # characters: a headline run into its story, before the story's dateline


def _inline_dateline(text: str) -> int | None:
    """Where a Chinese dateline opens the story after a headline set on the same line, with no
    sentence's end before it; None if it does not (nor inside a dateline the text opens with,
    `香港, 2022年5月23日 - (亚太商讯) -`)."""
    if dateline(text):
        return None
    for gap in _HEAD_SPACE.finditer(text[: INLINE_HEAD[1]]):
        head = text[: gap.start()]
        if len(head) < INLINE_HEAD[0] or re.search(r"[。！？!?]", head) or not count_han(head):
            continue
        found = dateline(text[gap.end() :])
        if found and count_han(found[0]):
            return gap.end()
    return None


def decode_entities(text: str) -> Fix:
    count = len(_ENTITY.findall(text))
    return Fix(html.unescape(text) if count else text, count)


# Any other element, but only in strict markup form (a name, quoted attributes) and only when
# the text also closes one: `<button id="x"></button>` is markup, "x <y> z" is not.
_ANY_TAG = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s+[a-zA-Z_:-]+(?:=(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>'\"]+))?)*\s*/?>"
)
_CLOSING = re.compile(r"</[a-zA-Z][a-zA-Z0-9]{0,15}>")


# `豐富?!/p>`: a closing tag whose `<` went with a mis-decoded character before it
_HALF_CLOSING = re.compile(
    r"(?<![A-Za-z0-9<])/(?:p|div|span|a|li|td|tr|b|strong|em|font)>"
    r"|\b[a-z][a-z-]{1,15}=\"[^\"<>]{0,60}\"\s*/?>"  # `class="pmingcheng">`: a tag's tail
    r"|(?:(?<=[^\x00-\x7f])|(?<=\)))pagebreak\b|_ueditor_page_break_tag_"  # CMS page-break markers
)


# `point.gif (302 bytes) Premier pledges…`: an old page's picture, named by its file and size
# (`![]() 夏寶龍與…合影`, `![圖](https://…/a.jpg)`: Markdown's picture, left in a text file)
_IMAGE_NAME = re.compile(
    r"\b[\w-]{1,40}\.(?:gif|jpe?g|png|bmp)\s*\(\d+ bytes\)\s*"
    r"|!\[[^\[\]\n]{0,80}\]\([^()\s]{0,300}\)\s*"
    r"|\[(attach|img)\][^\[\]\n]{0,300}\[/\1\]\s*",  # a forum's picture: `[attach]2664017[/attach]`
    re.IGNORECASE,
)


def strip_tags(text: str) -> Fix:
    new, count = _TAG.subn("", text)
    new, images = _IMAGE_NAME.subn("", new)
    count += images
    new, half = _HALF_CLOSING.subn("", new)
    count += half
    if _CLOSING.search(new):
        new, more = _ANY_TAG.subn("", new)
        count += more
    return Fix(new, count)


# A PDF's Symbol and Wingdings glyphs land in the private use area (U+F0xx): bullets, arrows,
# ticks no font draws; each is shown as the bullet it nearly always is
_SYMBOL_FONT = re.compile(r"[\uf000-\uf0ff]")


def remove_controls(text: str) -> Fix:
    new, escapes = _ANSI.subn("", text)
    new, count = _CONTROL.subn("", new)
    new, symbols = _SYMBOL_FONT.subn("•", new)
    return Fix(new, escapes + count + symbols)


# `臺南市政府⼯務局`: Kangxi and CJK radicals (U+2F00–U+2FDF, U+2E80–U+2EFF) that a PDF's text
# layer gives for ordinary characters; NFKC maps each to the character it looks like
_RADICAL = re.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf]")


# the CJK Radicals Supplement has no compatibility mapping: the forms that stand for a whole
# character, by hand
_SUPPLEMENT = dict(
    zip(
        "⺟⺠⺩⻄⻅⻆⻉⻊⻋⻑⻓⻔⻘⻚⻛⻜⻝⻢⻣⻤⻥⻦⻨⻩⻬⻭⻰⻳",
        "母民王西见角贝足车長长门青页风飞食马骨鬼鱼鸟麦黄齐齿龙龟",
        strict=True,
    )
)


def _unradical(m: re.Match[str]) -> str:
    return _SUPPLEMENT.get(m[0]) or unicodedata.normalize("NFKC", m[0])


# `…更加牢固﹔堅持…`: the small form variants (U+FE50–FE6B) some Big5 pages print: the full-width
# marks they stand for, so that clauses and sentences end where they do
_SMALL_FORM = str.maketrans("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹛﹜﹝﹞", "，、．；：？！（）｛｝〔〕")


def to_nfc(text: str) -> Fix:
    new = unicodedata.normalize("NFC", text).translate(_SMALL_FORM)
    if _RADICAL.search(new):
        new = _RADICAL.sub(_unradical, new)
    return Fix(new, 0 if new == text else 1)


# `召開 & K0 x& ^! M9 P2 X* F' \6 u`: a forum's anti-copy noise (Discuz's "jammer"), runs of
# one- and two-character ASCII tokens, most of them a letter or digit with a symbol
_JAMMER = re.compile(r"(?<![!-~])(?:[!-~]{1,2} {1,2}){3,40}[!-~]{1,2}(?![!-~])")  # bounded: linear
# a letter and a symbol, or a symbol alone; a word's closing mark (`a;`, `I.`) is writing
_NOISY = re.compile(
    r"^(?![A-Za-z][.,;:]$)(?=.*[A-Za-z0-9])(?=.*[^A-Za-z0-9]).{2}$|^[^A-Za-z0-9\s]$"
)


_LETTER_DIGIT = re.compile(r"^(?:[A-Za-z]\d|\d[A-Za-z])$")
JAMMER_LONG = 6  # tokens: a run this long with symbols of three kinds is noise, however mixed
JAMMER_MIXED = 3  # tokens such as `e9`, `H8`: this many in a long run make noise of two symbols


_KINDS = (re.compile(r"\d"), re.compile(r"[a-z]"), re.compile(r"[A-Z]"), re.compile(r"[^\w\s]|_"))
_MARKED = re.compile(r"^(?![A-Za-z][.,;:]$).*[^A-Za-z0-9]")  # `_!`, `d#`; `a;` is writing


def _is_jammer(run: str) -> bool:
    tokens = run.split()
    if sum(bool(kind.search(run)) for kind in _KINDS) < 3:
        return False  # random tokens mix digits, both cases and marks; `a = b + c ; d` is code
    symbols = {c for c in run if not c.isalnum() and c not in " .,"}
    noisy = sum(bool(_NOISY.match(t)) for t in tokens) >= max(3, len(tokens) // 2)
    mixed = sum(bool(_LETTER_DIGIT.match(t)) for t in tokens)
    if len(tokens) >= JAMMER_LONG and len(symbols) >= 3 and mixed >= 2:
        return True  # `5 G8 W$ ~: D1 d. r9 h0 ]`; a formula (`C + I + (X - M)`) has no `G8`
    if len(tokens) >= JAMMER_LONG and len(symbols) >= 2 and mixed >= JAMMER_MIXED:
        return True  # `& e9 H8 h2 W# K`: letters and digits paired at random, in both cases
    marked = sum(bool(_MARKED.search(t)) for t in tokens) >= max(3, len(tokens) // 2)
    return (noisy or marked) and len(symbols) >= 2  # `I. A. B. C.`: initials, no noise


def jammer_spans(text: str) -> list[tuple[int, int]]:
    """Where drop_jammer will drop noise: the editor is told the page was sown with it."""
    whole = _JAMMER.fullmatch(text.strip())
    if not count_han(text) and not (whole and _is_jammer(whole[0])):
        return []
    return [m.span() for m in _JAMMER.finditer(text) if _is_jammer(m[0])]


def drop_jammer(text: str) -> Fix:
    """Noise a forum sows into the text to spoil copying: in Chinese text, or a whole line."""
    whole = _JAMMER.fullmatch(text.strip())
    if not count_han(text) and not (whole and _is_jammer(whole[0])):
        return Fix(text, 0)  # (`公 报6 d# e `2 _! w`: a heading of two characters is Chinese)
    count = 0

    def drop(m: re.Match[str]) -> str:
        nonlocal count
        if not _is_jammer(m[0]):
            return m[0]
        count += 1
        return ""

    new = _JAMMER.sub(drop, text)
    return Fix(new, count)


# `？？ 會議聽取了…`: the full-width spaces that indented a paragraph, decoded as `?` and made
# full-width (as ASCII `??`, mojibake.strip_lost_indent's, reported); and `[] Yesterday…`, a
# bullet's empty link left before the text
_LOST_INDENT = re.compile(r"^[ \u3000\u00a0\t]*(?:？{2,4}|\[\])[ \u3000\u00a0\t]+(?=[^\s?？])")


def drop_lost_indent(text: str) -> Fix:
    new = _LOST_INDENT.sub("", text)
    return Fix(new, 0 if new == text else 1)


# `I`m Gwen Ifill`, `BP`s managing director`: a database's export typed the apostrophe as a
# backtick; between two letters it is one (Markdown's code marks stand at a word's edge)
_BACKTICK_APOSTROPHE = re.compile(r"(?<=[A-Za-z])`(?=[a-z])")


def backtick_apostrophes(text: str) -> Fix:
    new, count = _BACKTICK_APOSTROPHE.subn("’", text)
    return Fix(new, count)


def normalise_spaces(text: str) -> Fix:
    """Full-width spaces, NBSP and tabs become one ASCII space; spaces inside Chinese go."""
    new = _ODD_SPACE.sub(" ", text)
    new = _MULTI_SPACE.sub(" ", new).strip()
    # A space between two Chinese characters or punctuation marks is scraping residue
    # (indentation, justified text), except between name parts in credits, which boilerplate
    # reads before this matters.
    chars = list(new)
    out: list[str] = []
    for i, ch in enumerate(chars):
        if ch == " " and 0 < i < len(chars) - 1:
            left, right = chars[i - 1], chars[i + 1]
            if (
                is_chinese(left)
                and is_chinese(right)
                and not (_is_plain_han(left) and _is_plain_han(right))
            ):
                continue
        out.append(ch)
    result = "".join(out)
    if spaced := _SPACED_HEADING.match(result):  # `一、综 合`, `第九章 附 则`: set wide
        result = spaced["num"] + spaced["word"].replace(" ", "")
    return Fix(result, 0 if result == text else 1)


# a short heading letter-spaced: each character of the word apart, its number before it
_NUM = "一二三四五六七八九十"
_SPACED_HEADING = re.compile(
    rf"^(?P<num>(?:[{_NUM}]{{1,3}}、|第[{_NUM}百]{{1,4}}[章节節条條] ?)?)"
    rf"(?P<word>[{HAN_RANGES}](?: [{HAN_RANGES}]){{1,5}})$"
)


def _is_plain_han(ch: str) -> bool:
    return is_han(ch)


# `回 應 傳 媒 查 詢 , 就 鄭 家 富 …`: a page set in letter-spaced type, every character a
# space apart; told by the whole text (a credit's `記者 王偉` is one space among many pairs)
_SPACED = rf"[{HAN_RANGES}○〇，。、；：！？「」『』“”（）(),:;]"  # ○: a zero in a date
_SPACED_PAIR = re.compile(rf"(?<=[{HAN_RANGES}]) (?=[{HAN_RANGES}])")
_HAN_PAIR = re.compile(rf"[{HAN_RANGES}](?= ?[{HAN_RANGES}])")
_LETTER_SPACE = re.compile(rf"(?<={_SPACED}) (?={_SPACED})")
LETTER_SPACED = 0.7  # share of neighbouring Han characters set a space apart
LETTER_PAIRS = 20  # pairs at least: a short text of credits is no letter-spaced page


def letter_spaced(blocks: list[Block]) -> bool:
    text = "\n".join(b.text for b in blocks)
    pairs = len(_HAN_PAIR.findall(text))
    return pairs >= LETTER_PAIRS and len(_SPACED_PAIR.findall(text)) >= LETTER_SPACED * pairs


def unspace(block: Block) -> Block:
    """The block as it was written, without the spaces between its characters."""
    return block.model_copy(update={"text": _LETTER_SPACE.sub("", block.text)})


# `…“四大专项行动”[13]`, `…per shift[1]`: a footnote's mark after a word; the note itself (a
# line that opens with `[1]`) is left alone, and so is a link's `[1](…)`
_NOTE_MARK = re.compile(r"(?<=[^\s\[\]\d(（])\[\d{1,3}\](?![(\[:：])")


def drop_note_marks(text: str) -> Fix:
    new, count = _NOTE_MARK.subn("", text)
    return Fix(new, count)
