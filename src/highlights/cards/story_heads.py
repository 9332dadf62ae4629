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
HEADS_MIN_EN = 3
HEAD_MAX_WORDS = 12


def story_heads(article: Article) -> set[int]:
    """The indices of the body's paragraphs that head the prose under them, when at least two
    do (three in English) and the page marks no heading of its own."""
    blocks = article.blocks
    if any(b.kind == "heading" for b in blocks):
        return set()  # the page marks its own headings: a line it left plain is none
    found = {
        i
        for i in range(len(blocks) - 1)
        if _heads(blocks[i], blocks[i + 1 : i + 1 + _RUN])
        and blocks[i].text.strip() != article.meta.title
        and (blocks[i].kind == "paragraph" or _alone(blocks, i))
    }
    # the line right under the title is its subtitle, unless more lines further down head
    # their stories the same way (a programme's page: its first story's headline)
    han = {i for i in found if has_han(blocks[i].text)}
    if len(han - {0}) >= HEADS_MIN:
        return han
    # an English line over a paragraph is as often a dateline, a speaker's name or a contact:
    # more of them, and nothing else found
    latin = found - han
    return latin if not han and len(latin - {0}) >= HEADS_MIN_EN else set()


def _heads(line: Block, below: list[Block]) -> bool:
    """The line heads the prose under it: one paragraph, or a short run of them (a story told
    in two or three short paragraphs)."""
    text = line.text.strip()
    under = _prose(below)
    return (
        line.kind in ("paragraph", "list_item")
        and bool(under)
        and (len(text) <= HEAD_MAX if has_han(text) else len(text.split()) <= HEAD_MAX_WORDS)
        and not text.endswith(SENTENCE_END)
        and is_headline(text)
        and len(under) >= max(BODY_MIN, BODY_RATIO * len(text))
        and (under.endswith(SENTENCE_END) or any(m in under for m in _FULL_STOPS))
    )


def _alone(blocks: list[Block], i: int) -> bool:
    """A bullet or a number with no other item next to it (`1. 世界银行向印度提供贷款` over
    its story, `2. …` over the next): a digest's numbered headlines, not a list."""
    return all(b.kind != "list_item" for b in blocks[max(0, i - 1) : i] + blocks[i + 1 : i + 2])


_FULL_STOPS = ("。", "！", "？")  # (the text's last paragraph may be cut off mid-sentence)
_RUN = 3  # paragraphs


def _prose(below: list[Block]) -> str:
    """The prose under a line: the paragraph right under it, then the next ones while each
    ends a sentence (a story told in two or three short paragraphs)."""
    run: list[str] = []
    for block in below:
        text = block.text.strip()
        ended = not run or (run[-1].endswith(SENTENCE_END) and text.endswith(SENTENCE_END))
        if block.kind != "paragraph" or not ended:
            break
        run.append(text)
    return "".join(run)
