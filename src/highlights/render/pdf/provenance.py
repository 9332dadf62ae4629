"""The PDF's closing block as provenance: issuing body, document number, source, date,
credits, the source URL as a link, and its QR code (segno's PNG, no Pillow in this lane)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from highlights.presentation import LABELS, names
from highlights.provenance import WORDS, qr_png
from highlights.publication import Publication
from highlights.render.pdf.fetcher import work_url

QR_FILE = "source-qr.png"


def provenance_context(record: Publication, work: Path) -> dict[str, Any]:
    """Template keys for the closing block; the QR code is written into `work`."""
    language, words = record.language, WORDS[record.language]
    rows = [(label, value) for label, value in record.provenance.rows(language)
            if label != words["url"]]  # the URL is a link below, in full
    photographers = names(record.credits.photographers, language)
    if photographers:
        rows.append((LABELS[language]["photographers"], photographers))
    url = record.provenance.url
    qr = None
    if url:
        (work / QR_FILE).write_bytes(qr_png(url))
        qr = work_url(QR_FILE)
    return {"closing": rows, "provenance_heading": words["heading"], "source_url": url,
            "source_url_label": words["url"], "qr": qr, "qr_alt": f"{words['scan']}: {url}"}
