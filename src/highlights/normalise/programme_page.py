"""A broadcaster's programme page: the programme's name (often set twice), its blurb under a
label (`节目简介:`, `Description:`), its presenters, then the day's segments. The name is the
page's title (dated by normalise, as a programme's edition is); the blurb and the labels are the
page's, not the story's, and leave it, reported."""

from __future__ import annotations

import re

from highlights.model import Block, Removal, Report

__all__ = ["programme_header"]

_SCAN = 12  # blocks from the top: the header sits above the day's segments
_NAME_MAX = 30  # characters
_LINE_MAX = 60  # characters: a header's other lines (`News Archive Can search within…`)
_BLURB_LABEL = re.compile(
    r"^(?:节目简介|節目簡介|栏目简介|欄目簡介|节目介绍|節目介紹|Description|About the programme)"
    r"\s*[:：]?$",
    re.IGNORECASE,
)
_PRESENTER_LABEL = re.compile(r"^(?:主持人|主持|主播|Presenters?|Hosts?)\s*[:：]$", re.IGNORECASE)
_SENTENCE = re.compile(r"[。！？!?，,；;]|\.(?:\s|$)")
RULE = "boilerplate.programme_page"


def programme_header(finished: list[Block], kept: list[tuple[int, Block]], report: Report) -> str:
    """The programme's name when the page opens with its header (`新闻特写` over `节目简介:`
    over its blurb), the header's lines removed from `finished` and `kept`; else ``."""
    texts = [block.text.strip() for block in finished[:_SCAN]]
    label = next((j for j, text in enumerate(texts) if _BLURB_LABEL.match(text)), None)
    if label is None or label + 1 >= len(texts):
        return ""
    if not all(_short(text, _LINE_MAX) for text in texts[:label]):
        return ""  # a paragraph above the label: a story's page, not a programme's
    name = _line_above(label, texts, kept, report)
    if not name:
        return ""
    # the label and its blurb (unless a rule took it: `…programme. Weekdays 6:30 - 8:00`)
    end = label + (1 if _PRESENTER_LABEL.match(texts[label + 1]) else 2)
    if end + 1 < len(texts) and _PRESENTER_LABEL.match(texts[end]):
        end += 2  # `主持人：` and who
    # the name set again under the header, over the day's segments
    drop = [*range(end), *(j for j in range(end, min(end + 3, len(texts))) if texts[j] == name)]
    for j in reversed(drop):
        report.count(RULE)
        report.removed.append(Removal(rule=RULE, text=finished[j].text, block=kept[j][0]))
        del finished[j], kept[j]
    return name


def _short(text: str, most: int = _NAME_MAX) -> bool:
    """A line a header is made of: a name or a label, no sentence."""
    return len(text) <= most and not _SENTENCE.search(text)


def _line_above(label: int, texts: list[str], kept: list[tuple[int, Block]], report: Report) -> str:
    """The line right above the label: kept, or taken by an earlier rule (a name set twice
    reads as a picture's alt text and caption)."""
    above = kept[label][0] - 1
    if label and kept[label - 1][0] == above:
        return texts[label - 1]
    taken = [r.text.strip() for r in report.removed if r.block == above]
    return taken[-1] if taken and _short(taken[-1]) else ""
