"""The few words the images add themselves, per language, and the alt texts."""

from __future__ import annotations

import re

from highlights.model import Deck, Language

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def date_label(iso: str | None, language: Language) -> str:
    """2021-07-15 → 2021年7月15日 / 15 July 2021; anything else is shown as given."""
    if not iso:
        return ""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso)
    if not match:
        return iso
    y, mo, d = (int(g) for g in match.groups())
    if language == "en":
        return f"{d} {_MONTHS[mo - 1]} {y}"
    return f"{y}年{mo}月{d}日"


def count_label(n: int, language: Language) -> str:
    return {"zh-Hant": f"{n} 個重點", "zh-Hans": f"{n} 个重点"}.get(language, f"{n} key points")


def continued(language: Language) -> str:
    return {"zh-Hant": "（續）", "zh-Hans": "（续）"}.get(language, " (cont.)")


def source_label(deck: Deck) -> str:
    return deck.closing.source or deck.kicker or ""


def editors_label(deck: Deck) -> str:
    names = "、".join(deck.closing.editors) if deck.language != "en" else ", ".join(
        deck.closing.editors)
    if not names:
        return ""
    return {"zh-Hant": f"編輯：{names}", "zh-Hans": f"编辑：{names}"}.get(
        deck.language, f"Editors: {names}")


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
