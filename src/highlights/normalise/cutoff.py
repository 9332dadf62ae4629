"""A text cut off mid-sentence: `…and a further £511 mil`, `…提高全社会防范突发公共卫生事件的`.

Scraped copies often stop where a page, a feed or a length limit cut them. The text is kept
as it is (an editor may still want the sentence), but the cut is reported as damage so that
the editor sees it before a point that stops inside a word goes out.
"""

from __future__ import annotations

import re

from highlights.chars import is_han
from highlights.model import Block

__all__ = ["cut_off_end"]

_FINISHED = tuple("。！？!?.…”’」』\"')）]")
# the end of the last finished sentence in a paragraph
_SENTENCE_END = re.compile(r"(?:[。！？!?…]|(?<![A-Z])\.(?=\s))[”’」』\"')）]*")
_LABELLED = re.compile(r"[:：]|@|https?://|www\.")
MIN_RUN = 30  # characters: a paragraph of clauses without a full stop this long was cut off
_CLAUSE = re.compile(r"[，；]|, ")
_EN_PROSE = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’$%.,-]+)+ [a-z]+$")
EN_MIN_WORDS = 10  # fewer is a heading or a line such as `Follow us on social media for news`
MIN_TAIL = 12  # characters: a shorter unfinished end is a signature or a label, not a cut
# …except Chinese words after a full stop (`…憲制責任。在維護國`, `…全面工作。常`): a Chinese
# signature has a mark of its own (`記者`, `編輯`, `攝`, `完`) or stands in a paragraph of its own
_CREDIT = re.compile(r"記者|记者|編輯|编辑|責編|责编|攝|摄|供稿|來源|来源|報道|报道|[文圖图]/|完")


def cut_off_end(body: list[Block]) -> str | None:
    """The unfinished sentence that ends the last paragraph, if the text was cut off."""
    if not body or body[-1].kind != "paragraph":
        return None
    last = body[-1]
    text = last.text.rstrip()
    if text.endswith(_FINISHED) or len(text) < MIN_TAIL:
        return None
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        # no finished sentence at all: a contact line, a label, a list; but a long clause run
        # (`柯文哲並在典禮中表揚…（共21個場域），以及協`) is a sentence the page cut off
        run = len(text) >= MIN_RUN and _CLAUSE.search(text) and not _LABELLED.search(text)
        # `Performance partnership grants are important tools for EPA to provide financ`: an
        # English sentence of many words stopping on a lowercase letter
        prose = _EN_PROSE.match(text) and len(text.split()) >= EN_MIN_WORDS
        return text if run or (prose and not _LABELLED.search(text)) else None
    tail = text[ends[-1].end() :].strip()
    if _LABELLED.search(tail):
        return None  # `Media contact: press@…`, `來源：…`: a label's value needs no full stop
    if len(tail) >= MIN_TAIL:
        return tail
    han = bool(tail) and is_han(tail[0]) and not _CREDIT.search(tail)
    return tail if han else None
