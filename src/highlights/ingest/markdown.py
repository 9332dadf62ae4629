"""Markdown: headings, paragraphs, list items and bold lead-ins, via markdown-it-py tokens."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from highlights.chars import is_wide
from highlights.ingest.base import Source
from highlights.ingest.html import parse_fragment
from highlights.ingest.subtitles import unsubtitled
from highlights.model import Block, BlockKind, SourceFormat

_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_HEADING_LINE = re.compile(r"^#{1,6} \S", re.MULTILINE)
_LEAD_END = tuple(":：")
_ENDS = tuple("。！？；：」』”）")
# markdown-it stops descending at `maxNesting` and drops whatever lies deeper, so container
# markers (quotes, list bullets) beyond _MAX_MARKERS on a line and indentation beyond
# _MAX_INDENT are flattened first: the structure gets shallower, the text is all kept.
_MAX_NESTING = 100  # parser levels: each container costs two; stays far from recursion limits
_MAX_MARKERS = 16
_MAX_INDENT = 64
_MARKER = re.compile(r">[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+")


_BREAK = re.compile(r"<br\s*/?>$", re.IGNORECASE)
_BREAK_MARK = "\x00"
_BREAKS = re.compile(r"\x00\s*(?:\x00\s*)+")


def links_only(children: list[Token]) -> bool:
    """`* [All News Releases](/news-releases/)`, `[Skip Navigation](#main)`: a line whose words
    are all links is a page's navigation, not its text."""
    depth, linked, bare = 0, False, False
    for tok in children:
        if tok.type == "link_open":
            depth, linked = depth + 1, True
        elif tok.type == "link_close":
            depth -= 1
        elif tok.type in ("text", "code_inline") and not depth and _WORDS.search(tok.content):
            bare = True
    return linked and not bare


_WORDS = re.compile(r"[^\W_]")  # a letter or digit outside the links: `|` and `·` join them


def _inline_text(children: list[Token]) -> tuple[str, str | None]:
    """Plain text of an inline token, and the bold lead-in when the text opens with one."""
    parts: list[str] = []
    lead: str | None = None
    bold_start: int | None = None
    for i, tok in enumerate(children):
        if tok.type == "strong_open" and not "".join(parts).strip() and lead is None:
            bold_start = 0
        elif tok.type == "strong_close" and bold_start == 0 and lead is None:
            bold = "".join(parts).strip()
            rest = children[i + 1 :]
            following = rest[0].content if rest and rest[0].type == "text" else ""
            if bold.endswith(_LEAD_END):
                lead, parts = bold, []
            elif following[:1] in _LEAD_END and following[1:].strip():
                # "**Title**: text" – the colon belongs to the lead-in.
                lead, parts = bold + following[0], [following[1:]]
                children[i + 1] = Token("text", "", 0, content="")
            bold_start = None
        elif tok.type == "text":
            # `。**加快…水平。**加快`: CommonMark closes no bold between CJK marks and Han, so
            # its stars stay in the text as they are: a star pair is markup, never the news
            parts.append(tok.content.replace("**", ""))
        elif tok.type == "code_inline":
            parts.append(tok.content)
        elif tok.type == "softbreak" or tok.type == "hardbreak":
            parts.append("\n")
        elif tok.type == "html_inline" and _BREAK.match(tok.content):
            parts.append(_BREAK_MARK)
        elif tok.type == "html_inline":
            continue  # stray tags such as </p>
    # `<br /><br />` (a page's paragraphs in one Markdown line) parts paragraphs; one `<br>`, lines
    text = _BREAKS.sub("\n\n", "".join(parts)).replace(_BREAK_MARK, "\n").strip()
    if lead is not None and not text:
        return lead, None  # a bold line on its own is text, not a lead-in
    return text, lead


def split_lines(text: str) -> list[str]:
    """Lines of one Markdown paragraph: joined when wrapped, kept apart when each is a unit.

    CommonMark joins soft-wrapped lines, but scraped Chinese Markdown often has one paragraph
    (or a title) per line with no blank lines between. In Chinese text a line that ends a
    sentence, or is much shorter than the longest line, ends its paragraph.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return [""]
    wide_text = sum(_wide(ch) for ch in text) > sum(ch.isascii() and ch.isalpha() for ch in text)
    if not wide_text:
        return [" ".join(lines)]  # English: soft-wrapped lines are one paragraph
    longest = max(len(line) for line in lines)
    out = [lines[0]]
    last = lines[0]  # the previous physical line (out[-1] may hold several joined ones)
    for line in lines[1:]:
        wrapped = not last.endswith(_ENDS) and len(last) >= 0.8 * longest
        if wrapped:
            glue = "" if _wide(last[-1]) or _wide(line[0]) else " "
            out[-1] += glue + line
        else:
            out.append(line)
        last = line
    return out


def _wide(ch: str) -> bool:
    return is_wide(ch)


def _flatten_line(line: str) -> str:
    body = line.lstrip(" \t")
    indent = line[: len(line) - len(body)]
    if len(indent.expandtabs(4)) > _MAX_INDENT:
        indent = " " * _MAX_INDENT
    ends: list[int] = []  # where each leading container marker ends
    pos = 0
    while (m := _MARKER.match(body, pos)) is not None:
        pos = m.end()
        while pos < len(body) and body[pos] in " \t":
            pos += 1
        ends.append(pos)
    if len(ends) > _MAX_MARKERS:
        body = body[: ends[_MAX_MARKERS - 1]] + body[ends[-1] :]
    return indent + body


def flatten_nesting(text: str) -> str:
    """The text with container nesting capped (see _MAX_MARKERS): nothing but markup removed."""
    return "\n".join(_flatten_line(line) for line in text.split("\n"))


# A scraped page's <style> and <script> elements, indented or not (indented, Markdown would
# keep them as a code block of text), are never text.
_UNSEEN_TAG = re.compile(r"<(/?)(style|script)\b[^<>]*>", re.IGNORECASE)


def _without_unseen(text: str) -> str:
    """The text without its <style> and <script> elements and its comments: one pass over
    their tags (a lazy `.*?` to the closing tag would rescan the rest for every unclosed one)."""
    kept: list[str] = []
    at = 0
    opened: tuple[str, int] | None = None  # the element's name and where it began
    for tag in _UNSEEN_TAG.finditer(text):
        name = tag[2].lower()
        if opened is None and not tag[1]:
            opened = (name, tag.start())
        elif opened is not None and tag[1] and name == opened[0]:
            kept += [text[at : opened[1]], "\n"]
            at, opened = tag.end(), None
    return _LIQUID.sub("", _without_comments("".join(kept) + text[at:]))


# A Jekyll or Hugo post's template tags (`{% raw %}`, `{{ page.title }}`) are no text.
_LIQUID = re.compile(
    r"\{%-?\s*\w+[^%{}]{0,200}?-?%\}|\{\{-?\s*[\w.]+(?:\s*\|[^{}]{0,100})?\s*-?\}\}"
    r"|\{:[^{}\n]{0,80}\}"  # kramdown's attributes: `{:start="4"}`, `{: .note}`
)


def _without_comments(text: str) -> str:
    """`<!-- 文末二维码 start -->`, indented or not: a page's comments are no text (an unclosed
    one is left as it is)."""
    kept: list[str] = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        kept.append(text[at:start])
        at = end + 3
    return "".join(kept) + text[at:]


def parse_markdown(text: str) -> list[Block]:
    # Entities stay as written: normalise decodes them and reports them, as in a .txt file
    # (`屈原讲的&lsquo;路漫漫…` is a scraper's remnant the editor should hear about).
    parser = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).disable("entity")
    tokens = parser.parse(flatten_nesting(_without_unseen(text)))
    blocks: list[Block] = []
    kind: BlockKind = "paragraph"
    level = 0
    depth = 0  # list nesting: paragraphs inside list items are list items
    for tok in tokens:
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif tok.type == "heading_open":
            kind, level = "heading", int(tok.tag[1])
        elif tok.type == "paragraph_open":
            kind, level = ("list_item" if depth else "paragraph"), 0
        elif tok.type == "inline" and tok.children is not None:
            if links_only(tok.children) and (kind != "heading" or depth):
                continue  # a menu's entries; a heading that links (`# [Title](/post/)`) stays
            body, lead = _inline_text(list(tok.children))
            lines = [line for part in body.split("\n\n") for line in split_lines(part)]
            for i, line in enumerate(lines):
                if line or (lead and i == 0):
                    first = lead if i == 0 else None
                    blocks.append(Block(kind=kind, text=line, level=level, lead_in=first))
        elif tok.type in ("fence", "code_block"):
            for line in tok.content.splitlines():
                if line.strip():
                    blocks.append(Block(kind="paragraph", text=line.strip()))
        elif tok.type == "html_block":
            # Markdown exports of scraped pages carry the page's HTML as is: its paragraphs
            # stay paragraphs, and its <style> and <script> are no text.
            blocks.extend(parse_fragment(tok.content))
    return blocks


class MarkdownConverter:
    format: SourceFormat = "md"

    def accepts(self, source: Source) -> bool:
        if source.path.suffix.lower() in _SUFFIXES:
            return True
        return source.path.suffix.lower() == "" and bool(_HEADING_LINE.search(source.text))

    def convert(self, source: Source) -> list[Block]:
        return parse_markdown(unsubtitled(source.text))  # a podcast's timed transcript too

    def declared(self, source: Source) -> dict[str, str]:
        return {}  # front matter, when there is one, is read before any converter
