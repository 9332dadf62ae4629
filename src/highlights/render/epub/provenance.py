"""The EPUB's closing block as provenance: the same facts as the PDF's, the source URL as a
link (a reader taps it; a QR code would point an e-reader at itself)."""

from __future__ import annotations

from highlights.presentation import LABELS, colon, names
from highlights.provenance import WORDS
from highlights.publication import Publication
from highlights.render.epub.ast import Node, attr, div, inlines, para


def provenance_blocks(record: Publication) -> list[Node]:
    language, words = record.language, WORDS[record.language]
    rows = [(label, value) for label, value in record.provenance.rows(language)
            if label != words["url"]]
    photographers = names(record.credits.photographers, language)
    if photographers:
        rows.append((LABELS[language]["photographers"], photographers))
    paras = [para([{"t": "Strong", "c": inlines(label + colon(language))}, *inlines(value)])
             for label, value in rows]
    url = record.provenance.url
    if url:
        link = {"t": "Link", "c": [attr(), inlines(url), [url, ""]]}
        paras.append(para([{"t": "Strong", "c": inlines(words["url"] + colon(language))}, link]))
    if not paras:
        return []
    heading = para([{"t": "Strong", "c": inlines(words["heading"])}])
    return [div(["closing"], [heading, *paras])]
