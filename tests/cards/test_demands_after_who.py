"""Cards: a meeting's numbered demands each make a card when the paragraph names who made them
before the cue (`會上，婁雪松對當前工作提出要求：一要…。二要…`), as when it opens with the cue
(from the hundred-and-eighth round of unseen pages)."""

from __future__ import annotations

from pathlib import Path

from highlights.cards import build_deck
from highlights.ingest import parse_source
from highlights.normalise import normalise

_REPORT = (
    "婁雪松主持召開區長辦公會議\n\n"
    "11月17日上午，區長婁雪松主持召開區長辦公會議，區領導方國勝、胡駿、程海東出席。\n\n"
    "會上，婁雪松對當前工作提出要求：一要扎實推進綠色宜秀建設提升及森林防火工作，要把綠色宜秀建設"
    "作為生態區建設的重要抓手，全方位、立體化開展建設。二要有序推進宜游宜秀建設，高規格編制全區"
    "旅游規劃，當前要重點抓好旅游精品線路設計和起步區建設。三要抓住時機開展好水利興修工作，年底前"
    "要完成區大圩段防洪工程等重點任務。四要統籌抓好各項工作調度，加快民生工程實施，確保在全市考核"
    "中爭先進位。\n\n"
    "會議通報了當前各項工作進展情況。\n"
)


def test_demands_named_after_who_made_them_are_a_card_each() -> None:
    deck = build_deck(normalise(parse_source(Path("page.txt"), _REPORT.encode())))
    titles = [card.title for card in deck.cards]
    assert "有序推進宜游宜秀建設" in titles
    assert "抓住時機開展好水利興修工作" in titles
    assert len(deck.cards) >= 4
