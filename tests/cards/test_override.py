"""Editors' overrides render exactly as written; bad files fail with one clear line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from highlights.cards import load_override
from highlights.errors import InputError
from highlights.model import Article, Metadata, SourceInfo

DATA = Path(__file__).resolve().parents[1] / "data" / "cards"


def test_markdown_override_exactly_as_written() -> None:
    deck = load_override(DATA / "zigong-override.md")
    assert deck.title == "自貢市委全會公報·劃重點"
    assert deck.kicker == "全會公報"
    assert deck.closing.editors == ["舒旭暉", "吳山冠"]
    assert [c.title for c in deck.cards] == ["促進創新鏈產業鏈深度融合", "著力體制機制改革"]
    assert [c.number for c in deck.cards] == [1, 2]
    first = deck.cards[0].points
    assert first[0].text == "聚焦“五個領域”，開展核心技術攻關"
    assert first[0].highlights == ["“五個領域”"]
    assert first[2].text == "加快發展“五個產業”，培育集群發展新優勢"  # wrapped line joined
    assert deck.lead_highlights == ["《決定》"]
    assert deck.language == "zh-Hant" and deck.notes == []


def test_markdown_override_takes_the_frame_from_the_article(tmp_path: Path) -> None:
    path = tmp_path / "cards.md"
    path.write_text("## 要点\n- 第一点\n- 第二点\n---\n## 其他\n- 第三点\n", encoding="utf-8")
    meta = Metadata(title="标题", date="2025-01-02", source="某报", language="zh-Hans")
    info = SourceInfo(path="a.txt", sha256="0" * 64, encoding="utf-8", format="txt", bytes=1)
    deck = load_override(path, Article(source=info, meta=meta, blocks=[]))
    assert (deck.title, deck.date, deck.closing.source) == ("标题", "2025-01-02", "某报")
    assert deck.language == "zh-Hans"
    assert [len(c.points) for c in deck.cards] == [2, 1]


def test_json_override_round_trips() -> None:
    deck = load_override(DATA / "bridge-edited-cards.json")
    raw = json.loads((DATA / "bridge-edited-cards.json").read_text(encoding="utf-8"))
    assert deck.title == raw["title"]
    assert deck.cards[0].points[1].text == raw["cards"][0]["points"][1]["text"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("cards.json", "{not json", "invalid cards.json: deck: Invalid JSON"),
        ("cards.json", '{"title": "T"}', "invalid cards.json: cards: Field required"),
        (
            "cards.json",
            '{"title": "T", "cards": [{"number": 1, "title": "A", "points": [{"txt": "x"}]}]}',
            "invalid cards.json: cards.0.points.0.text: Field required (+1 more)",
        ),
        (
            "cards.json",
            '{"title": "T", "cards": [{"number": 1, "title": "A",'
            ' "points": [{"text": "abc", "highlights": ["xyz"]}]}]}',
            'card 1: highlight "xyz" is not in its point',
        ),
        ("cards.md", "# Title only\nlead\n", "no cards in override file"),
        ("cards.md", "# T\n---\n## Empty card\n", "card 1 (Empty card) has no points"),
        ("cards.md", "## A\n- point\n", "no deck title"),
        ("cards.yaml", "title: x", "unknown override type '.yaml'"),
    ],
)
def test_bad_override_is_one_clear_line(
    tmp_path: Path, name: str, content: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_override(path)
    assert caught.value.reason.startswith(reason), caught.value.reason
    assert "\n" not in caught.value.line()
    assert caught.value.path == str(path) and caught.value.hint


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read override file"):
        load_override(tmp_path / "nope.md")
