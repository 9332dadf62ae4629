"""Terms to mark with the highlighter: quoted terms, titles, figures, and a point's key object."""

from __future__ import annotations

import re

from highlights.cards.frames import BARE_FRAME, FRAME_CLAUSE
from highlights.model import Language

QUOTED = re.compile(r"“[^“”]{1,24}”|「[^「」]{1,24}」|《[^《》]{1,60}》|\"[^\"]{2,40}\"")
ZH_UNIT = (
    "個工作日|个工作日|公里|平方米|平方公里|人次|微克|千瓦|萬人|万人|分鐘|分钟|小時|小时|公頃|公顷|"
    "MW|GW|kW|"
    "[元人家個个項项倍年日天所張张座台臺輛辆名次棟栋間间套條条位戶户件噸吨米份批場场處处]"
)
# (`1,300种`: thousands set apart, one figure; `01854.HK`: a stock's code, no figure)
ZH_FIGURE = re.compile(
    r"(?<![A-Za-z\d.,])(?!0\d{3})(?:"
    r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\d{1,2}:\d{2}|"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:%|％|萬|万|億|亿)?(?:{ZH_UNIT})?"
    r")"
)
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
EN_FIGURE = re.compile(
    # `30 June 2018`, `June 30, 2018`, `June 2018`: a date whole, never `June 20` of a year
    rf"\b\d{{1,2}}\s{MONTH}(?:\s\d{{4}})?\b|\b{MONTH}\s\d{{1,2}}(?!\d)(?:,\s\d{{4}})?|"
    rf"\b{MONTH}\s\d{{4}}\b|"
    r"\b\d{1,2}(?::\d{2})?\s?[ap]\.m\.|"
    r"\b\d{3}-\d{4}\b|"
    r"[$€£¥]\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s(?:million|billion|trillion))?|"
    r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s?(?:%|percent|million|billion|trillion))?|"
    r"(?<![\w.+])\d+(?:\.\d+)?(?:\s?(?:%|percent|million|billion|trillion))?"  # not Rio+20
)
MAX_TERMS = 3
YEAR = re.compile(r"(?:19|20)\d{2}")
ATTRIBUTION = re.compile(
    r"(?:表示|指出|說|说|認為|认为|強調|强调|介紹|介绍|透露|坦言|稱|称|問|问)$"
)
# Verbs that open official action phrases (both scripts); what follows is the key object.
_ACTION = (
    "強化 强化 提升 推進 推进 健全 完善 加大 加強 加强 加快 發展 发展 建立 打造 培育 構建 构建 "
    "實施 实施 深化 推動 推动 促進 促进 堅持 坚持 落實 落实 優化 优化 擴大 扩大 引導 引导 支持 "
    "鼓勵 鼓励 建設 建设 聚焦 增強 增强 保障 做好 抓好 用好 守住 筑牢 築牢"
)
ACTION = frozenset(_ACTION.split())
ADVERB = ("深入", "大力", "全面", "持續", "持续", "積極", "积极", "著力", "着力", "切實", "切实")


def action_verb(text: str) -> str:
    """`深入推進營商環境改革` → `深入推進`; `加快發展先進材料…` → `加快發展`; else ''."""
    pos = 2 if text[:2] in ADVERB else 0
    if text[pos : pos + 2] not in ACTION:
        return ""
    pos += 2
    if text[pos : pos + 2] in ACTION:
        pos += 2
    return text[:pos]


_BRACKETED_DATE = re.compile(r"[)）]\s*[年月日]")
_PLACE = re.compile(r"[北中南東东西灣湾州]")


def in_date_brackets(text: str, start: int, end: int) -> bool:
    """`今（20）日`, `今（111）年`: a number in brackets before 年, 月 or 日 is a date."""
    return text[:start].endswith(("（", "(")) and bool(_BRACKETED_DATE.match(text, end))


def place_follows(text: str, end: int) -> bool:
    """`2022臺北`, `台中`: 臺 or 台 after a number that starts a place name is no unit."""
    return text[end - 1 : end] in ("臺", "台") and bool(_PLACE.match(text, end))


def _zh_figure(text: str, start: int, value: str) -> str:
    """`value` as a figure worth marking, or '' for a date in brackets or a bare year."""
    end = start + len(value)
    if in_date_brackets(text, start, end):
        return ""
    if place_follows(text, end):
        value = value[:-1]
    return "" if YEAR.fullmatch(value) else value


# a number that names rather than counts: `IEEE 1902.1`, `ISO 9001`, `Bush (43)`, `9/11`
_EN_NAMED = re.compile(r"(?:\b[A-Z]{2,}[ -]|\b[A-Z][a-z]+ \(|\d/)$")
_EN_PAIRED = re.compile(r"/\d")


def _figures(text: str, language: Language) -> list[tuple[int, int]]:
    pattern = EN_FIGURE if language == "en" else ZH_FIGURE
    spans = []
    for m in pattern.finditer(text):
        value = m.group().strip()
        digits = sum(ch.isdigit() for ch in value)
        # a lone "3" in "3 tasks" is not worth marking; "2021年", "5553", "40%" are; a bare
        # English year ("In 2016, …") dates the point, it is no figure of it
        if language == "en" and (YEAR.fullmatch(value) or _EN_NAMED.search(text[: m.start()])):
            continue
        if language == "en" and _EN_PAIRED.match(text, m.end()):
            continue
        if language != "en":
            value = _zh_figure(text, m.start(), value)
        if value and (digits >= 2 or len(value) > digits):
            spans.append((m.start(), m.start() + len(value)))
    return spans


def count_terms(text: str, language: Language) -> int:
    return len(find_terms(text, language, limit=10, lead_object=False))


def _lead_object(text: str) -> tuple[int, int] | None:
    """`強化企業創新主體地位，…` → `企業創新主體地位`: what the opening verb acts on."""
    end = min(i for i in (text.find("，"), text.find(","), len(text)) if i >= 0)
    if not 5 <= end <= 16:
        return None
    start = len(action_verb(text[:end]))
    return (start, end) if start and end - start >= 3 else None


def _headline(text: str) -> tuple[int, int] | None:
    """`綜合創新能力加快提升，研發…` → the short opening clause that states the point."""
    end = text.find("，")
    if ATTRIBUTION.search(text[:end]):
        return None  # `協會表示，…` says who speaks, not what matters
    opening = text[:end]
    if BARE_FRAME.match(opening) or FRAME_CLAUSE.match(opening) or _UNCLOSED.search(opening):
        return None  # `与此同时，`: a link; `他要求“抓住…`: half a quotation
    return (0, end) if 4 <= end <= 12 else None


_UNCLOSED = re.compile(r"[“「《][^”」》]*$")


def find_terms(
    text: str, language: Language, limit: int = MAX_TERMS, lead_object: bool = True
) -> list[str]:
    """Exact substrings of `text`, in reading order, not overlapping, at most `limit`."""
    spans: list[tuple[int, int]] = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    spans += _figures(text, language)
    if lead_object and language != "en" and not spans:
        obj = _lead_object(text) or _headline(text)
        if obj:
            spans.append(obj)
    chosen: list[tuple[int, int]] = []
    for span in spans:  # quoted terms first, so a figure inside quotes is not marked twice
        if len(chosen) >= limit:
            break
        if all(span[1] <= s or span[0] >= e for s, e in chosen):
            chosen.append(span)
    return [text[s:e] for s, e in sorted(chosen)]
