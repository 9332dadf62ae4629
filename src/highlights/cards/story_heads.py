"""Unmarked heading lines: a short line that reads as a headline, right over a paragraph of
prose, set so again further down. A transcript's stories (`綠營以“未交密檔”追殺馬英九 羅智強：…`
over its report) and a feature's own subheadings are plain lines of text once scraped; each
still names the section under it."""

from __future__ import annotations

from highlights.chars import has_han
from highlights.model import Article, Block
from highlights.normalise.headlike import SENTENCE_END, is_headline

__all__ = ["story_heads"]

HEAD_MAX = 32  # characters: a longer line is a sentence, however it ends
BODY_MIN = 40  # characters of the paragraph under it: a shorter one is another line of a list
BODY_RATIO = 2  # the paragraph under a heading says more than the heading
HEADS_MIN = 2  # lines so set: one is a standfirst, a kicker or a caption


def story_heads(article: Article) -> set[int]:
    """The indices of the body's paragraphs that head the prose under them, when at least two
    do and the page marks no heading of its own; in Chinese text only (an English line over a
    paragraph is as often a dateline, a speaker's name or a contact)."""
    blocks = article.blocks
    if any(b.kind == "heading" for b in blocks):
        return set()  # the page marks its own headings: a line it left plain is none
    found = {
        i
        for i in range(1, len(blocks) - 1)  # (the line right under the title is its subtitle)
        if _heads(blocks[i], blocks[i + 1]) and blocks[i].text.strip() != article.meta.title
    }
    return found if len(found) >= HEADS_MIN else set()


def _heads(line: Block, below: Block) -> bool:
    text = line.text.strip()
    under = below.text.strip()
    return (
        line.kind == "paragraph"
        and below.kind == "paragraph"
        and has_han(text)
        and len(text) <= HEAD_MAX
        and not text.endswith(SENTENCE_END)
        and is_headline(text)
        and len(under) >= max(BODY_MIN, BODY_RATIO * len(text))
        and (under.endswith(SENTENCE_END) or any(m in under for m in _FULL_STOPS))
    )


_FULL_STOPS = ("。", "！", "？")  # (the text's last paragraph may be cut off mid-sentence)
