"""The rest of the lead's paragraph as a card of its own, in a short deck.

The lead is the first paragraph's first sentence or two; what the paragraph goes on to say
(`…begin online teaching from Monday 23 March.` / `This will take effect immediately today.`)
is the story's first fact after it. Ranked with the other paragraphs (`extractive.py`), it
is glued to the next paragraph's card or dropped; an editor gives it the first card. Kept only
when the deck is short (the ranking found at most FEW cards) and it says something (SAYS).

Measured (make eval, recall / precision; sets 104–109, 81 unseen articles, halved by number):
no card 0.710 / 0.671 (halves 0.711 / 0.709 recall) · FEW 2: 0.721 / 0.672 · FEW 3: 0.739 /
0.673 (halves 0.739 / 0.739) · any deck: 0.736 / 0.668; the corpus at FEW 3: recall 0.908 →
0.910, precision 0.889 → 0.883; at any deck 0.903 / 0.865. SAYS 45: 0.717 / 0.664.
"""

from __future__ import annotations

from highlights.cards.extractive import garbled, introduces, roll_call
from highlights.cards.leads import attendance
from highlights.cards.points import sentences
from highlights.cards.text import Draft, Piece, display_len
from highlights.cards.titles import phrase_title
from highlights.model import Article

__all__ = ["lead_remainder", "opening_remainder", "remainder_card"]

FEW = 3  # cards the ranking found: a longer deck has the room to tell the rest itself
SAYS = 20  # Han-width characters the card says at least (`工程細節載於附件` is no card)
PER_CARD = 4  # points that read comfortably on a phone


def lead_remainder(article: Article, used: list[Piece], found: int) -> list[Piece]:
    """What the lead's paragraph says after the lead (`used`), when the ranking `found` few
    cards and it says something; else nothing."""
    if not used or found > FEW:
        return []
    at = used[0].block
    text = article.blocks[at].text
    said = {(p.start, p.end) for p in used}
    rest = sentences(Piece(at, 0, len(text), text), article.meta.language)
    body = [
        p
        for p in rest
        if (p.start, p.end) not in said and not _record(p.text)
    ][:PER_CARD]
    return body if sum(display_len(p.text) for p in body) >= SAYS else []


def opening_remainder(article: Article, used: list[Piece], first: int) -> list[Piece]:
    """What the paragraphs before the first heading say after the lead (`used`): a story told
    in its opening paragraphs before its subheadings (`…將啟程前往北京述職。` / `被問到會否…`);
    nothing when it says too little or the opening is its lead alone."""
    said = {(p.block, p.start, p.end) for p in used}
    body: list[Piece] = []
    for i, block in enumerate(article.blocks[:first]):
        bullet = block.kind == "list_item"  # `Free Cash Flow improvement of $45 million`
        if block.kind == "heading" or not (bullet or block.text.rstrip().endswith(_ENDS)):
            continue  # a label, a kicker, fields: no paragraph of the story
        found = sentences(Piece(i, 0, len(block.text), block.text), article.meta.language)
        fresh = [p for p in found if (p.block, p.start, p.end) not in said]
        body += [p for p in fresh if not _record(p.text)]
    body = body[:PER_CARD]
    return body if sum(display_len(p.text) for p in body) >= OPENING_SAYS else []


def _record(text: str) -> bool:
    """Damage, the occasion's record (who sat where, who came), or the line that introduces
    the record after it (`以下為發布會全文實錄`): no key point."""
    return garbled(text) or roll_call(text) or attendance(text) or introduces(text)


OPENING_SAYS = 60  # Han-width characters: a remark before the headings is no card
_ENDS = ("。", "！", "？", ".", "!", "?", "”", "」", '"', "’")


def remainder_card(
    article: Article, used: list[Piece], body: list[Piece], drafts: list[Draft]
) -> Draft:
    """The remainder as a card, titled apart from the deck's other cards; by the lead's words
    when its own make no title (`This will take effect immediately today`: the lead says what)."""
    language = article.meta.language
    longest = 14 if language != "en" else 48
    taken = frozenset(d.title for d in drafts)
    title = phrase_title(body, language, longest, taken)
    if title == phrase_title([], language, longest, taken):  # the plain label: nothing fitted
        title = phrase_title([*used, *body], language, longest, taken)
    return Draft(title, body, body[0])  # sourced as the ranking's cards are: at its first
