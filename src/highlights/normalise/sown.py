"""Keywords sown into a sentence for search engines: a content farm breaks the story's sentence
at its commas and puts a shop's keyword on a line between the pieces (`…後表示,` / `產品包裝設計
公司` / `,此次寒害造成…`). No writer starts a line with a comma: the keyword leaves, reported as
damage, and the sentence is joined again."""

from __future__ import annotations

import re

from highlights.model import Block, DamageSpot, Removal, Report

__all__ = ["drop_sown_words"]

SOWN_MIN = 2  # keywords so sown: one line opening with a comma may be a slip
WORD_MAX = 12  # characters: a keyword, no clause
_MARK = re.compile(r"[\s，。、,.!?！？：:；;「」“”()（）]")
_COMMA_FIRST = ("，", ",", "、")
_ENDED = tuple("。！？!?")
RULE = "boilerplate.sown_keyword"


def drop_sown_words(blocks: list[Block], report: Report) -> list[Block]:
    """The blocks with each sown keyword's line emptied and the clauses around it joined into
    the first block (the blocks keep their indices)."""
    texts = [block.text.strip() for block in blocks]
    sown = [j for j in range(1, len(texts) - 1) if _sown(texts, j)]
    if len(sown) < SOWN_MIN:
        return blocks
    out = list(blocks)
    into: dict[int, int] = {}  # a block joined into an earlier one
    for j in sown:
        first = into.get(j - 1, j - 1)
        head, rest = out[first].text.rstrip(), texts[j + 1]
        rest = rest.lstrip("，,、") if head.endswith(_COMMA_FIRST) else rest
        out[first] = out[first].model_copy(update={"text": head + rest})
        out[j] = out[j].model_copy(update={"text": ""})
        out[j + 1] = out[j + 1].model_copy(update={"text": ""})
        into[j + 1] = first
        report.count(RULE)
        report.removed.append(Removal(rule=RULE, text=texts[j], block=j))
        reason = "a keyword sown between a sentence's clauses (removed, repaired)"
        report.damage.append(DamageSpot(block=0, offset=0, snippet=texts[j], reason=reason))
    return out


def _sown(texts: list[str], j: int) -> bool:
    word, above, below = texts[j], texts[j - 1], texts[j + 1]
    return (
        2 <= len(word) <= WORD_MAX
        and not _MARK.search(word)
        and bool(above)
        and not above.endswith(_ENDED)
        and below.startswith(_COMMA_FIRST)
    )
