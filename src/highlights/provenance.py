"""Provenance: where a publication comes from, shown at the end of the long image, on the last
card, in the PDF and the EPUB, with a QR code back to the source when its URL is known.

The facts come from the article (the URL it declares: HTML `<link rel=canonical>` or
`og:url`, front matter `url:`; the document number and the issuing body normalisation took
out of the text) and from the publication record (source, date, credits), resolved once in
`highlights.publication`. The QR code is `segno`'s; painters draw its modules themselves.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import segno
from pydantic import Field

from highlights.model import Article, Language, Model
from highlights.presentation import LABELS, colon, date_label, names

QR_ERROR = "m"  # 15% of the code may be damaged or covered and it still reads
QR_BORDER = 4  # the quiet zone the standard asks for, in modules
QR_MIN_PX = 200  # big enough to scan from a phone screen (DESIGN.md)
_DOC_NUMBER = re.compile(r"\S{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*[号號]")
_URL_KEYS = ("url", "canonical", "source_url", "link", "permalink")

WORDS: dict[Language, dict[str, str]] = {
    "zh-Hant": {"heading": "出處", "issuer": "發文機關", "number": "文號", "date": "日期",
                "url": "原文", "scan": "掃碼閱讀原文"},
    "zh-Hans": {"heading": "出处", "issuer": "发文机关", "number": "文号", "date": "日期",
                "url": "原文", "scan": "扫码阅读原文"},
    "en": {"heading": "Source and credits", "issuer": "Issued by", "number": "Reference",
           "date": "Date", "url": "Original", "scan": "Scan for the original"},
}


class Provenance(Model):
    """The facts a reader needs to find and trust the original."""

    issuer: str | None = None  # the issuing body, when the document is signed by one
    document_number: str | None = None  # 國發〔2024〕1號
    source: str | None = None
    date: str | None = None
    url: str | None = None  # http(s) only
    reporters: list[str] = Field(default_factory=list)
    editors: list[str] = Field(default_factory=list)

    def needs_a_card(self) -> bool:
        """A way back to the original beyond every card's footer (source and date): the issuing
        body, the document number or the URL. Then the deck ends with a card of its own."""
        return bool(self.issuer or self.document_number or self.url)

    def rows(self, language: Language) -> list[tuple[str, str]]:
        """(label, value) in reading order; the URL as its host (the QR code has it whole)."""
        words, labels = WORDS[language], LABELS[language]
        rows = [
            (words["issuer"], self.issuer if self.issuer != self.source else None),
            (words["number"], self.document_number),
            (labels["source"], self.source),
            (words["date"], date_label(self.date, language)),
            (labels["reporters"], names(self.reporters, language)),
            (labels["editors"], names(self.editors, language)),
            (words["url"], urlsplit(self.url).netloc if self.url else None),
        ]
        return [(label, value) for label, value in rows if value]

    def lines(self, language: Language) -> list[str]:
        return [label + colon(language) + value for label, value in self.rows(language)]

    def visible_text(self, language: Language) -> str:
        return "\n".join([*self.lines(language), *WORDS[language].values()])


def web_url(value: str | None) -> str | None:
    """`value` when it is an absolute http(s) URL with a host, else None."""
    value = (value or "").strip()
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc and not re.search(r"\s", value):
        return value
    return None


def declared_url(meta: dict[str, str]) -> str | None:
    """The source URL a document declares (front matter `url:`, or what ingest read from the
    HTML's canonical link), or None."""
    return next((u for k in _URL_KEYS if (u := web_url(meta.get(k)))), None)


def document_number(article: Article) -> str | None:
    """The document number normalisation took out of the text (國發〔2024〕1號), else the
    first one in the opening paragraphs."""
    for removal in article.report.removed:
        if removal.rule == "boilerplate.doc_number":
            return removal.text.strip().rstrip("。")
    for block in article.blocks[:3]:
        found = _DOC_NUMBER.search(block.text)
        if found and found.start() == 0:
            return found.group()
    return None


def issuer(article: Article) -> str | None:
    """The body that signed the document (a notice's signature line), when there is one."""
    signed = [r.text.strip() for r in article.report.removed if r.rule == "boilerplate.signature"]
    return signed[-1] if signed else None


def qr_modules(url: str) -> list[list[bool]]:
    """The QR code for `url` as rows of dark (True) and light modules, quiet zone included."""
    code = segno.make_qr(url, error=QR_ERROR, boost_error=False)
    return [[bool(v) for v in row] for row in code.matrix_iter(scale=1, border=QR_BORDER)]


def qr_scale(url: str, minimum: int = QR_MIN_PX) -> int:
    """Pixels per module so that the code (quiet zone included) is at least `minimum` px."""
    side = len(qr_modules(url))
    return max(4, -(-minimum // side))


def qr_png(url: str, minimum: int = QR_MIN_PX) -> bytes:
    """The QR code as a PNG (segno's own writer: no Pillow), for the PDF and the EPUB."""
    import io

    buf = io.BytesIO()
    segno.make_qr(url, error=QR_ERROR, boost_error=False).save(
        buf, kind="png", scale=qr_scale(url, minimum), border=QR_BORDER)
    return buf.getvalue()
