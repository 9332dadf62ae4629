"""The sample communique against the issue's "done when", plus its golden file."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from highlights.ingest import read_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.fix import is_han
from highlights.normalise.script import convert_script
from highlights.settings import NormaliseSettings

ASCII_NEXT_TO_HAN = re.compile(r"(?<=[\u3400-\u9fff])[,;:?!]|[,;:?!](?=[\u3400-\u9fff])")
GLOSS = re.compile(r"[(（][a-zà-ǜü]+\d?[)）]")


def han(text: str) -> list[str]:
    """The Han characters of a text, in order."""
    return [ch for ch in text if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"]


def outside_damage(article: Article, block: int, text: str) -> str:
    """The block's text with reported damage spots blanked out."""
    for spot in article.report.damage:
        if spot.block == block:
            text = text.replace(spot.snippet, " " * len(spot.snippet))
    return text


def test_no_glosses_left(sample_article: Article) -> None:
    everything = "\n".join([sample_article.meta.title, sample_article.meta.subtitle or ""])
    assert not GLOSS.search(everything + sample_article.body_text())
    assert sample_article.report.counts["pinyin_glosses"] == 485


def test_no_ascii_punctuation_next_to_han(sample_article: Article) -> None:
    for i, block in enumerate(sample_article.blocks):
        assert not ASCII_NEXT_TO_HAN.search(outside_damage(sample_article, i, block.text))
    assert not ASCII_NEXT_TO_HAN.search(sample_article.meta.subtitle or "")


def test_captions_and_editors_move_to_metadata(sample_article: Article) -> None:
    meta, report = sample_article.meta, sample_article.report
    assert meta.photographers == ["葉衛東"]
    assert meta.editors == ["舒旭暉", "吳山冠"]
    assert report.counts["boilerplate.caption"] == 2
    assert report.counts["boilerplate.editor"] == 2
    body = sample_article.body_text()
    assert "攝" not in body and "編輯" not in body and "葉衛東" not in body
    removed = {(r.rule, r.block) for r in report.removed}
    assert {("boilerplate.caption", 2), ("boilerplate.caption", 3)} <= removed
    assert {("boilerplate.editor", 23), ("boilerplate.editor", 24)} <= removed


def test_teaser_gone(sample_article: Article) -> None:
    body = sample_article.body_text()
    for teaser in ("戳長圖", "劃重點", "↓", "新鮮出爐"):
        assert teaser not in body
    teasers = [r.text for r in sample_article.report.removed if r.rule == "boilerplate.teaser"]
    assert teasers == ["全會公報新鮮出爐,有哪些重要內容 ?", "戳長圖,劃重點!", "↓↓↓"]
    assert sample_article.blocks[-1].text.endswith("貢獻自貢力量！")


def test_mojibake_reported_not_dropped(sample_article: Article) -> None:
    [spot] = sample_article.report.unrepaired()
    assert spot.snippet == "勇?lián)姑㈨频Z前行"
    block = sample_article.blocks[spot.block].text
    assert block[spot.offset :].startswith("?lián)姑㈨频Z")
    assert spot.snippet in block


def test_each_pinyin_gloss_reported_where_it_was(sample_article: Article) -> None:
    glosses = [d for d in sample_article.report.damage if d.reason.startswith("pinyin gloss")]
    # one spot per glossed word, not one per syllable: the sample glosses 485 syllables
    assert 200 < len(glosses) < sample_article.report.counts["pinyin_glosses"]
    assert all(re.search(r"[\u4e00-\u9fff][(（][a-zü\u0300-\u036f\u00e0-\u01dc]+[)）]", d.snippet)
               for d in glosses)
    assert "產(chǎn)" in [d.snippet for d in glosses]


def test_metadata(sample_article: Article) -> None:
    meta = sample_article.meta
    assert meta.title == "中共自貢市委十二屆十二次全會公報"
    assert meta.subtitle == "（2021年7月15日中國共產黨自貢市第十二屆委員會第十二次全體會議通過）"
    assert meta.date == "2021-07-15"
    assert meta.place == "自貢"
    assert meta.source == "自貢網"
    assert meta.language == "zh-Hant"
    assert meta.genre == "official"
    assert sample_article.blocks[0].text.startswith("中國共產黨自貢市第十二屆委員會")
    assert meta.title not in sample_article.body_text().split("\n")


def test_no_han_character_lost(sample_path: Path, sample_article: Article) -> None:
    """Every Han character of the source is in the body, the title/subtitle or the report."""
    source = Counter(han(sample_path.read_text(encoding="utf-8")))
    kept = han(sample_article.body_text() + sample_article.meta.title)
    kept += han(sample_article.meta.subtitle or "")
    removed = han("".join(r.text for r in sample_article.report.removed))
    assert Counter(kept) + Counter(removed) == source
    # Only boilerplate was removed: the captions, teasers and editor lines hold these.
    assert len(removed) == sum(len(han(line)) for line in _boilerplate_lines(sample_path))


def _boilerplate_lines(sample_path: Path) -> list[str]:
    lines = sample_path.read_text(encoding="utf-8").splitlines()
    return [lines[i] for i in (2, 3, 20, 21, 22, 23, 24, 25)]


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [("gb18030", b"", "\n"), ("utf-16", b"", "\n"), ("utf-8", b"\xef\xbb\xbf", "\r\n")],
)
def test_other_encodings_normalise_the_same(
    sample_path: Path,
    sample_article: Article,
    tmp_path: Path,
    encoding: str,
    bom: bytes,
    newline: str,
) -> None:
    copy = tmp_path / "copy.txt"
    text = sample_path.read_text(encoding="utf-8").replace("\n", newline)
    copy.write_bytes(bom + text.encode(encoding))
    article = normalise(read_source(copy))
    assert article.blocks == sample_article.blocks
    assert article.meta == sample_article.meta
    assert article.report == sample_article.report


def test_simplified_on_request(sample_path: Path) -> None:
    article = normalise(read_source(sample_path), NormaliseSettings(script="hans"))
    assert article.meta.title == "中共自贡市委十二届十二次全会公报"
    assert article.meta.language == "zh-Hans"
    assert article.meta.photographers == ["叶卫东"]
    assert (
        article.blocks[0].text
        == "中国共产党自贡市第十二届委员会第十二次全体会议，于2021年7月15日举行。"
    )
    # No Traditional-only character is left: converting again changes nothing.
    assert convert_script(article.body_text(), "hans").changes == 0
    assert len(article.report.unrepaired()) == 1


def test_normalising_the_output_again_changes_nothing(
    sample_article: Article, tmp_path: Path
) -> None:
    meta = sample_article.meta
    lines = [meta.title, meta.subtitle or "", *(b.text for b in sample_article.blocks)]
    again_path = tmp_path / "again.txt"
    again_path.write_text("\n".join(lines), encoding="utf-8")
    again = normalise(read_source(again_path))
    assert again.blocks == sample_article.blocks
    assert (again.meta.title, again.meta.subtitle, again.meta.date, again.meta.genre) == (
        meta.title,
        meta.subtitle,
        meta.date,
        meta.genre,
    )
    assert again.report.removed == []
    assert again.report.damage == sample_article.report.unrepaired()  # the glosses are gone


def test_golden(sample_article: Article, golden_text: Callable[[str, str], None]) -> None:
    data = sample_article.model_dump(mode="json", exclude={"source"})
    golden_text("normalise/zigong.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def test_is_han_agrees_with_test_helper() -> None:
    assert all(is_han(ch) for ch in han("中國共產黨ab,"))
