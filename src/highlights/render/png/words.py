"""The few words the images add themselves, and the alt texts. The wording itself (labels,
dates, name lists) is the shared one in `highlights.presentation`."""

from __future__ import annotations

from highlights.presentation import continued, count_label, credit_line, date_label
from highlights.publication import Publication

__all__ = ["continued", "count_label", "date_label", "editors_label", "joined", "source_label",
           "unbracketed"]


def source_label(pub: Publication) -> str:
    return pub.source or ""


def editors_label(pub: Publication) -> str:
    return credit_line("editors", pub.credits.editors, pub.language)


def joined(*parts: str) -> str:
    """Alt text: the visible texts in reading order, one per line."""
    return "\n".join(p for p in parts if p)


def unbracketed(text: str) -> str:
    """（2021年7月15日…通過） → 2021年7月15日…通過: the ribbon already sets the note apart."""
    pairs = {"（": "）", "(": ")", "【": "】"}
    if len(text) > 2 and pairs.get(text[0]) == text[-1]:
        inner = text[1:-1]
        if text[0] not in inner and text[-1] not in inner:
            return inner.strip()
    return text
