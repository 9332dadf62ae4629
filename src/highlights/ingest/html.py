"""HTML: trafilatura extracts the main text of whole pages; fragments are walked directly."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import ClassVar

from highlights.ingest.base import Source
from highlights.ingest.lost_text import (
    bold_head,
    with_bold_heads,
    with_lost_opening,
    with_lost_subheads,
)
from highlights.model import Block, BlockKind, SourceFormat

_SUFFIXES = {".html", ".htm", ".xhtml"}
_PAGE = re.compile(r"<(?:html|body|article|!doctype)\b", re.IGNORECASE)
_TAG_START = re.compile(r"^\s*(?:<!doctype|<html|<(?:p|div|h[1-6]|body|head)\b)", re.IGNORECASE)
_STRAY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")
_LEAD_END = tuple(":：")


def _clean(text: str) -> str:
    # Entities are decoded by the parsers; what is left of stray tags ("</p>") is removed here.
    return " ".join(_STRAY_TAG.sub("", text).split())


def _block(kind: BlockKind, text: str, level: int = 0, lead: str | None = None) -> Block | None:
    text = _clean(text)
    lead = _clean(lead) if lead else None
    if lead and not text:
        text, lead = lead, None
    return Block(kind=kind, text=text, level=level, lead_in=lead or None) if text else None


def _from_trafilatura_xml(xml: str) -> list[Block]:
    root = ET.fromstring(xml)
    main = root.find("main")
    blocks: list[Block] = []
    for el in main.iter() if main is not None else []:
        block: Block | None = None
        if el.tag == "head":
            rend = el.get("rend", "h2")
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            block = _block("heading", "".join(el.itertext()), level)
        elif el.tag == "p":
            lead: str | None = None
            first = el[0] if len(el) else None
            if first is not None and first.tag == "hi" and not (el.text or "").strip():
                bold = "".join(first.itertext()).strip()
                if bold.endswith(_LEAD_END):
                    lead = bold
                    rest = (first.tail or "") + "".join(
                        "".join(child.itertext()) + (child.tail or "") for child in el[1:]
                    )
                    block = _block("paragraph", rest, lead=lead)
            if lead is None:
                lines = _lines(el)
                blocks += filter(None, (_block("paragraph", line) for line in lines[:-1]))
                block = _block("paragraph", lines[-1])
        elif el.tag == "item":
            block = _block("list_item", "".join(el.itertext()))
        if block is not None:
            blocks.append(block)
    return blocks


def _lines(el: ET.Element) -> list[str]:
    """A paragraph's lines: a page breaks `FOR IMMEDIATE RELEASE<br/>JANUARY 6, 2014` into lines
    of their own (trafilatura's `<lb/>`), each a block for the rules that read lines."""
    lines = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            lines.append(child.tail or "")
        else:
            lines[-1] += "".join(child.itertext()) + (child.tail or "")
    return lines


class _FragmentParser(HTMLParser):
    """Collects h1–h6, p, li (and bare text) from a fragment that is not a whole page."""

    _BLOCKS: ClassVar[set[str]] = {"p", "li", "div", "br"}
    _SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "nav",
        "footer",
        "aside",
        "head",
        "noscript",
        "form",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._buf: list[str] = []
        self._kind: BlockKind = "paragraph"
        self._level = 0
        self._skip = 0
        self._lead: str | None = None
        self._bold: list[str] | None = None
        self._bold_all: str | None = None  # a block's text set in bold from its start
        self.bold_lines: set[str] = set()  # blocks set in bold alone: a page's subheads

    def flush(self) -> None:
        block = _block(self._kind, "".join(self._buf), self._level, self._lead)
        if block is not None:
            self.blocks.append(block)
            if self._bold_all and bold_head(block.text, self._bold_all):
                self.bold_lines.add(block.text)  # `<div><strong>快速赶到现场…</strong></div>`
        self._buf, self._kind, self._level, self._lead = [], "paragraph", 0, None
        self._bold_all = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.flush()
            self._kind, self._level = "heading", int(tag[1])
        elif tag in self._BLOCKS:
            self.flush()
            self._kind = "list_item" if tag == "li" else "paragraph"
        elif tag in ("b", "strong") and not "".join(self._buf).strip():
            self._bold = []

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif re.fullmatch(r"h[1-6]", tag) or tag in self._BLOCKS:
            self.flush()
        elif tag in ("b", "strong") and self._bold is not None:
            bold = "".join(self._bold).strip()
            if bold.endswith(_LEAD_END):
                self._lead, self._buf = bold, []
            else:
                self._bold_all = bold
            self._bold = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self._buf.append(data)
        if self._bold is not None:
            self._bold.append(data)


def parse_fragment(text: str) -> list[Block]:
    """Headings, paragraphs and list items of HTML that is not a whole page (no scripts,
    styles, navigation or comments)."""
    return _walk(text).blocks


def _walk(text: str) -> _FragmentParser:
    parser = _FragmentParser()
    parser.feed(text)
    parser.close()
    parser.flush()
    return parser


def parse_html(text: str) -> list[Block]:
    if not is_page(text):
        return parse_fragment(text)
    import trafilatura  # 0.1 s to import: only for whole pages (the CLI checks .txt without it)

    # trafilatura's default mode falls back to one flat paragraph on short pages; its precision
    # mode keeps headings and lists but may drop a line. Take whichever keeps more structure.
    best: list[Block] = []
    for precise in (False, True):
        xml = trafilatura.extract(
            text, output_format="xml", include_formatting=True, favor_precision=precise
        )
        blocks = _from_trafilatura_xml(xml) if xml else []
        if len(blocks) > len(best):
            best = blocks
    walk = _walk(text)
    walked = walk.blocks  # the page's own tags, minus nav, footer and scripts
    if len(best) > 1:
        best = with_bold_heads(best, walk.bold_lines)
        return with_lost_subheads(with_lost_opening(best, walked), walked)
    return walked if len(walked) > len(best) else best


class HtmlConverter:
    format: SourceFormat = "html"

    def accepts(self, source: Source) -> bool:
        if source.path.suffix.lower() in _SUFFIXES:
            return True
        return source.path.suffix.lower() == "" and bool(_TAG_START.match(source.text))

    def convert(self, source: Source) -> list[Block]:
        return parse_html(source.text)

    def declared(self, source: Source) -> dict[str, str]:
        return page_metadata(source.text) if is_page(source.text) else {}


def is_page(text: str) -> bool:
    """A whole page (`<html>`, `<body>`, a doctype), not a fragment of one."""
    return bool(_PAGE.search(text))


# trafilatura's names → keys that normalise reads as the page's word, below the text's own:
# they fill what the text leaves empty (a headline trafilatura dropped, a byline in a widget)
_DECLARED = {
    "title": "page_title",
    "author": "page_author",
    "date": "page_date",
    "sitename": "page_source",
    "url": "url",
}


def page_metadata(text: str) -> dict[str, str]:
    """A whole page's own metadata (`<title>`, `og:*`, JSON-LD, `<meta name=author>`), read by
    trafilatura: the headline and byline a scraped text may have lost or buried in chrome."""
    import trafilatura

    found = trafilatura.extract_metadata(text)
    values = {key: getattr(found, attr, None) for attr, key in _DECLARED.items()} if found else {}
    head = _head(text)
    # `<meta name="ArticleTitle">`: the headline Chinese government sites' CMS declare, where
    # trafilatura may take the site's name (`山西省人民政府网站`) for the title
    values["page_title"] = head.get("articletitle") or values.get("page_title")
    if _TAGLINE.search(values.get("page_title") or "") and head.get("title"):
        values["page_title"] = head["title"]  # og:title was the site's tagline, not the story
    values["url"] = values.get("url") or _own_url(head)
    if not _says_new_year(values.get("page_date"), text):
        values.pop("page_date", None)
    values["page_date"] = values.get("page_date") or _stamped(text)
    return {k: " ".join(v.split()) for k, v in values.items() if isinstance(v, str) and v.strip()}


# `<span>发布时间：2017年05月24日</span>`: the stamp a page sets in its furniture, which the
# extracted text leaves out
_STAMPED = re.compile(
    r"(?:[发發]布[时時][间間]|[发發]布日期|[发發]表[时時][间間]|更新[时時][间間]|[发發]文日期)\s*[:：]\s*"
    r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)"
)
_ANY_TAG = re.compile(r"<[^<>]{0,2000}>")


def _stamped(text: str) -> str | None:
    found = _STAMPED.search(_ANY_TAG.sub(" ", text))
    if not found:
        return None
    year, month, day = (int(g) for g in found.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _says_new_year(date: str | None, text: str) -> bool:
    """`2021-01-01` is trafilatura's guess when a page gives only its year (a copyright line, a
    path): kept only where the page writes that New Year's Day itself."""
    if not date or not date.endswith("-01-01"):
        return True
    year = date[:4]
    written = (
        rf"{year}\s*(?:[-/.年]\s*0?1\s*[-/.月]\s*0?1(?!\d)|年元旦)"
        rf"|Jan(?:uary)?\.? 1(?:st)?,? {year}"
    )
    return bool(re.search(written, text))


# `Breaking News, Analysis, Politics, Blogs, …`: a site's tagline set as every page's og:title
_TAGLINE = re.compile(r"^(?:[^,]{2,30}, ){3,}")


class _HeadParser(HTMLParser):
    """The page's own URL (`<link rel="canonical" href>`, else `<meta property="og:url">`) and
    the headline its CMS declares (`<meta name="ArticleTitle">`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "").strip() for k, v in attrs}
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.found.setdefault("canonical", a["href"])
        elif tag == "meta" and a.get("property", a.get("name", "")).lower() == "og:url" and (
            a.get("content")
        ):
            self.found.setdefault("og:url", a["content"])
        elif tag == "meta" and a.get("name", "").lower() == "articletitle" and a.get("content"):
            self.found.setdefault("articletitle", a["content"])
        self._in_title = tag == "title" and "title" not in self.found

    def handle_data(self, data: str) -> None:
        if self._in_title and data.strip():
            self.found["title"] = " ".join(data.split())
            self._in_title = False


def _head(text: str) -> dict[str, str]:
    parser = _HeadParser()
    parser.feed(text[:200_000])  # the head; a link in a long body is not the page's own
    return parser.found


def _own_url(head: dict[str, str]) -> str | None:
    return head.get("canonical") or head.get("og:url")


def declared_links(text: str) -> dict[str, str]:
    """{"url": ...} from a fragment's canonical link or og:url, or nothing (a whole page's
    come with `page_metadata`, from the same reading of its head)."""
    url = _own_url(_head(text))
    return {"url": url} if url else {}
