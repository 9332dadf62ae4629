"""Chinese official texts: cards from cue paragraphs (全會提出，…) and inline enumerated heads.

`全會提出，促進創新鏈產業鏈深度融合。聚焦…` is a card titled by its first sentence;
`全會提出了…的總體要求，強調…` is a card titled by the named noun (總體要求).
Paragraphs such as `全會指出，…` that open with a long argument are context, not cards.
"""

from __future__ import annotations

import re

from highlights.cards.cuts import NUM, ZH_TRIM
from highlights.cards.points import sentences
from highlights.cards.text import Draft, Piece, display_len, strip_piece, title_again
from highlights.cards.titles import phrase_title
from highlights.model import Article
from highlights.settings import CardSettings

SUBJECT = r"全會|全会|會議|会议|常委會|常委会|報告|报告|大會|大会|公報|公报"
VERB = r"指出|提出|強調|强调|明確|明确|要求|號召|号召|認為|认为|決定|决定|部署"
CUE = re.compile(
    rf"^(?P<subj>{SUBJECT})(?P<adv>[^，,。：:「“]{{0,6}}?)(?P<verb>{VERB})(?P<le>了)?(?P<sep>[，,：:])?"
)
NAMED = re.compile(r"的(?P<name>[^，,。的“”]{2,8})$")
INLINE_HEAD = re.compile(rf"^(?:[{NUM}]+、|[（(][{NUM}]+[）)]|第[{NUM}]+[，,、])")
LEAD_VERB = re.compile(r"^(?:強調|强调|指出|要求|明確|明确)[，,：:]?")
BULLETIN = re.compile(r"公報|公报|會議|会议|全會|全会")
HELD = re.compile(r"舉行|举行|召開|召开|閉幕|闭幕")
ADOPTED = re.compile(r"審議通過|审议通过|通過了|通过了")


def _topic(piece: Piece, settings: CardSettings) -> Draft | None:
    """One paragraph → a draft card, if it opens with a cue and a topic phrase."""
    text = piece.text
    cue = CUE.match(text)
    head = INLINE_HEAD.match(text)
    if (cue and cue.group("sep")) or head:
        start = cue.end() if cue else head.end() if head else 0
        stop = text.find("。", start)
        if stop > start:
            title = text[start:stop]
            if "，" not in title and 2 <= display_len(title) <= settings.max_title_chars:
                body = strip_piece(piece.sub(stop + 1, len(text)), ZH_TRIM)
                return Draft(title, [body] if body.text else [], piece) if body.text else None
    if cue and cue.group("le"):
        stop = min(i for i in (text.find("，"), text.find(","), len(text)) if i >= 0)
        named = NAMED.search(text[:stop])
        if named:
            body = strip_piece(piece.sub(stop + 1, len(text)), ZH_TRIM)
            lead = LEAD_VERB.match(body.text)
            if lead:
                body = strip_piece(body.sub(lead.end(), len(body.text)), ZH_TRIM)
            return Draft(named.group("name"), [body], piece) if body.text else None
    return None


FEW = 3  # with fewer topical cards, the cue paragraphs that argue (會議指出，…) are cards too


def find_drafts(article: Article, settings: CardSettings) -> tuple[list[Draft], int]:
    """Drafts in order and the number of cue paragraphs left as context; ([], 0) if none."""
    drafts: list[Draft] = []
    arguing: list[Piece] = []  # cue paragraphs without a topic of their own
    for i, block in enumerate(article.blocks):
        if block.kind == "heading":
            continue
        piece = Piece(i, 0, len(block.text), block.text)
        draft = _topic(piece, settings)
        if draft:
            drafts.append(draft)
        elif CUE.match(block.text):
            arguing.append(piece)
    substantive = [p for p in arguing if _argues(p.text)]
    # one topical paragraph is enough when the text says it is official
    official = article.meta.genre == "official" or BULLETIN.search(article.meta.title)
    if len(drafts) < (1 if official else 2):
        return [], 0
    if len(drafts) == 1 and _untouched(article, drafts[0], arguing) > ALONE:
        return [], 0  # one cue among many paragraphs (`全会指出了…` at the end): no structure
    used = substantive if len(drafts) < FEW else []
    drafts = sorted(drafts + [_argued(p, article, settings) for p in used], key=_order)
    return drafts, len(arguing) - len(used)


ALONE = 3  # paragraphs beside a text's one cue card: more, and the cue is no structure
PARAGRAPH = 20  # characters: a shorter block is a line (a label, a caption), not a paragraph


def _untouched(article: Article, draft: Draft, arguing: list[Piece]) -> int:
    """The paragraphs past the first (the lead's) that neither the one cue card nor a cue
    paragraph takes."""
    taken = {draft.source.block} | {p.block for p in arguing}
    return sum(
        1
        for i, b in enumerate(article.blocks[1:], start=1)
        if i not in taken and b.kind != "heading" and len(b.text) >= PARAGRAPH
    )


ARGUED = 80  # characters: a shorter cue paragraph is a remark, not a topic of the meeting


def _argues(text: str) -> bool:
    """`會議指出，…` at length is the meeting's substance; `全會號召，…！` is its closing call."""
    cue = CUE.match(text)
    if cue is None or cue.group("verb") in ("號召", "号召"):
        return False
    return display_len(text) >= ARGUED


def _order(draft: Draft) -> int:
    return draft.source.block


def _argued(piece: Piece, article: Article, settings: CardSettings) -> Draft:
    """`會議指出，…。…。`: a card of the paragraph, titled by its own most telling phrase."""
    cue = CUE.match(piece.text)
    body = strip_piece(piece.sub(cue.end() if cue else 0, len(piece.text)), ZH_TRIM)
    language = article.meta.language
    title = phrase_title(sentences(body, language), language, settings.max_title_chars)
    return Draft(title, [body], piece)


def official_lead(article: Article, before: int) -> tuple[str, Piece | None]:
    """`…全體會議，于2021年7月15日舉行。全會…審議通過了《…》。` from the opening paragraphs."""
    held: str | None = None
    adopted: str | None = None
    first: Piece | None = None
    for i, block in enumerate(article.blocks[:before]):
        if title_again(block.text, article):
            continue
        for sentence in re.split(r"(?<=[。！？])", block.text):
            sentence = sentence.strip()
            if held is None and HELD.search(sentence) and display_len(sentence) <= 80:
                held, first = sentence, first or Piece(i, 0, len(block.text), block.text)
            elif adopted is None and ADOPTED.search(sentence):
                adopted = _adopted_clause(sentence)
                first = first or Piece(i, 0, len(block.text), block.text)
    parts = [p.rstrip("。") + "。" for p in (held, adopted) if p]
    return "".join(parts), first


def _adopted_clause(sentence: str) -> str:
    """`全會深入貫徹…，審議通過了《決定》。` → `全會審議通過了《決定》`."""
    clauses = re.split(r"[，,](?![^《]*》)", sentence.rstrip("。"))
    subject = CUE.match(sentence) or re.match(f"^(?:{SUBJECT})", sentence)
    for clause in clauses:
        if ADOPTED.search(clause):
            if subject and not clause.startswith(subject.group(0)[:2]):
                return subject.group(0)[:2] + clause
            return clause
    return sentence
