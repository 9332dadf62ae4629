"""Each strategy on small hand-made articles: official cue phrases, sections, extractive."""

from __future__ import annotations

from collections.abc import Callable

from highlights.cards import build_deck
from highlights.model import Article, Block, Metadata
from highlights.settings import CardSettings

HANT = Metadata(title="中共某市委全會公報", language="zh-Hant", genre="official")
HANS = Metadata(title="中共某市委全会公报", language="zh-Hans", genre="official")
EN = Metadata(title="Release", language="en", genre="press")
Make = Callable[..., Article]


def test_topic_phrase_is_the_title(article_of: Make) -> None:
    article = article_of(
        [
            "全會提出，促進創新鏈產業鏈深度融合。聚焦“五個領域”開展攻關。打造“五個平臺”。",
            "全會強調，要堅持系統觀念。深入推進改革。加強組織領導。",
            "全會提出，著力體制機制改革。深入推進甲改革；深入推進乙改革。",
        ],
        HANT,
    )
    deck = build_deck(article)
    assert [c.title for c in deck.cards] == [
        "促進創新鏈產業鏈深度融合",
        "要堅持系統觀念",
        "著力體制機制改革",
    ]
    assert [p.text for p in deck.cards[2].points] == ["深入推進甲改革", "深入推進乙改革"]


def test_named_requirement_and_context_paragraphs(article_of: Make) -> None:
    article = article_of(
        [
            "某市第五次全體會議，于2024年12月20日舉行。",
            "全會指出，過去一年，全市上下攻堅克難，經濟運行總體平穩，發展質量穩步提升。",
            "全會提出了推進高質量發展的總體要求，強調必須堅持穩中求進，必須堅持改革開放。",
            "全會明確了今後五年的主要目標，強調努力實現以下目標：產業加快升級。民生持續改善。",
            "全會號召，全市上下團結奮鬥，為建設美好家園而努力！",
        ],
        HANT,
    )
    deck = build_deck(article)
    assert [c.title for c in deck.cards] == ["總體要求", "主要目標"]
    assert [p.text for p in deck.cards[0].points] == ["必須堅持穩中求進", "必須堅持改革開放"]
    assert [p.text for p in deck.cards[1].points] == ["產業加快升級", "民生持續改善"]
    assert deck.lead == "某市第五次全體會議，于2024年12月20日舉行。"
    assert "omit-context" in deck.notes and "drop-preamble" in deck.notes


def test_simplified_cues_and_telling_points(article_of: Make) -> None:
    items = "；".join(f"{n}是推进第{n}项工作" for n in "一二三四五六七")
    article = article_of(
        [
            "会议提出，加快建设现代化产业体系。" + items + "。",
            "会议要求，持续改善民生。稳就业。办教育。",
        ],
        HANS,
    )
    deck = build_deck(article, CardSettings(max_points=5))
    # one card per topic: an editor keeps its telling points, never a "（续）" card
    assert [c.title for c in deck.cards] == ["加快建设现代化产业体系", "持续改善民生"]
    assert [len(c.points) for c in deck.cards] == [5, 2]
    assert deck.cards[0].points[0].text == "推进第一项工作"
    assert "point-select" in deck.notes and "continuation" not in deck.notes
    assert deck.kicker == "全会公报"


def test_press_release_with_bold_lead_ins_gives_one_card_per_section(
    article_from: Callable[[str], Article],
) -> None:
    deck = build_deck(article_from("smallbiz-press-en.md"))
    assert [c.title for c in deck.cards] == [
        "Expanding Access to Capital",
        "Cutting Red Tape",
        "Training the Workforce",
        "Supporting Main Streets",
    ]
    assert deck.lead.startswith("Governor Maria Alvarez today announced")  # dateline dropped
    assert "$75 million" in deck.cards[0].points[0].highlights
    assert deck.kicker is None and deck.language == "en"


def test_markdown_headings_and_bullets(article_from: Callable[[str], Article]) -> None:
    deck = build_deck(article_from("library-headings-en.md"))
    assert [c.title for c in deck.cards] == [
        "What the classes cover",
        "Who can join",
        "How to sign up",
    ]
    assert len(deck.cards[0].points) == 3


def test_inline_bold_lead_in_without_ingest_help(article_of: Make) -> None:
    blocks = [
        Block(text="**Faster Permits:** Decisions will come in 30 days. Fees drop."),
        Block(text="**Lower Fees**: Registration costs $50. Renewals are free."),
    ]
    deck = build_deck(article_of(blocks, EN))
    assert [c.title for c in deck.cards] == ["Faster Permits", "Lower Fees"]
    assert deck.cards[0].points[0].text == "Decisions will come in 30 days"
    assert deck.cards[1].points[0].text == "Registration costs $50"


def test_three_sentence_release_gives_one_sensible_card(
    article_from: Callable[[str], Article],
) -> None:
    for name in ("bridge-three-sentences-en.txt", "metro-three-sentences-hans.txt"):
        deck = build_deck(article_from(name))
        # a Chinese lead of two clauses, over one card only: the lead's facts, a card first
        opening = deck.cards[:-1]
        assert len(opening) == (1 if name.endswith("hans.txt") else 0), name
        card = deck.cards[-1]
        assert len(card.points) == 2
        assert card.title.lower() in " ".join(p.text.lower() for p in card.points), card.title
        assert "与" not in card.title and "&" not in card.title  # never a pasted pair of keywords
        said = [p.text for c in deck.cards for p in c.points]
        assert deck.lead and deck.lead not in said and deck.lead.rstrip("。") not in said
        for first in opening:  # each of the lead's clauses, and no title the cover says
            assert len(first.points) == 2 and first.title != deck.title
            assert all(p.text in deck.lead for p in first.points)


def test_unstructured_text_keeps_original_order(article_from: Callable[[str], Article]) -> None:
    article = article_from("night-market-hant.txt")
    deck = build_deck(article)
    assert 3 <= len(deck.cards) <= 6  # a card per telling paragraph
    spans = [(p.span.block, p.span.start) for c in deck.cards for p in c.points if p.span]
    assert spans == sorted(spans)
    assert sum(len(c.points) for c in deck.cards) >= 4
    for card in deck.cards:
        assert 2 <= len(card.points) <= 5


def test_spans_and_highlights_are_exact(article_from: Callable[[str], Article]) -> None:
    for name in ("qingyuan-plenum-hans.txt", "smallbiz-press-en.md", "night-market-hant.txt"):
        article = article_from(name)
        for card in build_deck(article).cards:
            assert card.span is not None
            for point in card.points:
                assert point.span is not None
                block = article.blocks[point.span.block].text
                assert 0 <= point.span.start < point.span.end <= len(block)
                for term in point.highlights:
                    assert term in point.text


def test_heading_markers_enumeration_lead_ins_and_boilerplate(article_of: Make) -> None:
    blocks = [
        Block(kind="heading", level=2, text="一、總體要求"),
        Block(text="堅持穩中求進。推動高質量發展。"),
        Block(kind="heading", level=2, text="二、重點任務"),
        Block(kind="list_item", text="建設5G基站3000個"),
        Block(kind="list_item", text="培育龍頭企業20家"),
        Block(text="一是： 穩住糧食生產。確保面積不減。", lead_in="一是："),
        Block(kind="heading", level=3, text="About Acme"),
        Block(text="Acme makes everything. Call us."),
    ]
    deck = build_deck(article_of(blocks, HANT))
    assert [c.title for c in deck.cards] == ["總體要求", "重點任務"]
    assert [p.text for p in deck.cards[1].points][:2] == ["建設5G基站3000個", "培育龍頭企業20家"]
    assert "omit-context" in deck.notes


def test_one_topic_paragraph_is_enough_for_an_official_text(article_of: Make) -> None:
    paragraphs = [
        "示例縣第六次全體會議，于2023年3月8日舉行。",
        "全會提出，推進產業轉型升級。一是發展製造業，二是做強服務業，三是建設數字鄉村。",
        "全會號召，全縣上下團結一心！",
    ]
    deck = build_deck(article_of(paragraphs, HANT))
    assert [c.title for c in deck.cards] == ["推進產業轉型升級"]
    assert [p.text for p in deck.cards[0].points] == ["發展製造業", "做強服務業", "建設數字鄉村"]


def test_max_cards_is_a_limit_and_says_so(article_of: Make) -> None:
    paragraphs = [f"全會提出，推進第{n}項工作。甲乙丙丁第{n}。己庚辛壬第{n}。" for n in range(1, 6)]
    deck = build_deck(article_of(paragraphs, HANT), CardSettings(max_cards=3))
    assert len(deck.cards) == 3
    assert any(note.startswith("max-cards") for note in deck.notes)


def test_empty_article_gives_an_empty_deck(article_of: Make) -> None:
    deck = build_deck(article_of([], EN))
    assert deck.cards == [] and deck.lead == "" and deck.title == "Release"
