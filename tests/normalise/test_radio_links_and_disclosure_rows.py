"""Normalise: pages of held-out round 206–211: a radio programme's headline exclaimed after its
name, its links between items (`首先來關注新聞頭條`) and each item's source in brackets; a byline
with a lost character (`鄭□`); a disclosure table's letter-spaced `名 称` and `上 载 日 期`, and
its `信息来源` naming the office its signature names in full."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.headlike import is_headline


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


_STORY = (
    "據臺灣親綠的《自由時報》13日報道，臺“國安單位”在研究馬英九大陸政策時發現，2015年兩岸領導人"
    "會面的最重要部分，“相關檔案卻付之闕如”。"
)


@pytest.mark.parametrize("line", ["首先來關注新聞頭條", "我們再來看大陸新聞", "接下来关注国际快讯"])
def test_a_programmes_links_between_its_items_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None
    assert find_chrome("我們再來看這項政策對民眾的影響。") is None  # a sentence of the story


def test_a_headline_exclaimed_after_the_programmes_name_is_one() -> None:
    assert is_headline("早安海峽：綠營“追殺”馬英九遭轟：丟人現眼！")
    assert not is_headline("魅力中國，早安海峽！")  # the programme's slogan
    assert not is_headline("他說：我們一定要贏得這場比賽！")  # someone's words


def test_the_transcripts_headline_and_its_items_source_in_brackets() -> None:
    page = _article(
        "早安海峽:綠營“追殺”馬英九遭轟:丟人現眼!\n臺海時事部\n"
        "魅力中國,早安海峽!各位早上好,今天是3月14日,星期三,歡迎收聽台灣網《早安,海峽》。\n"
        f"首先來關注新聞頭條\n【頭條】\n{_STORY}結果越追殺馬英九人氣越高。(來源:環球時報)\n"
    )
    assert page.meta.title == "早安海峽：綠營“追殺”馬英九遭轟：丟人現眼！"
    body = page.body_text()
    assert "首先來關注新聞頭條" not in body
    assert "來源" not in body and body.rstrip().endswith("人氣越高。")
    assert any("來源" in r.text for r in page.report.removed if r.rule == "boilerplate.item_source")


def test_a_byline_with_a_lost_character_is_a_byline_without_that_name() -> None:
    byline = "華盛頓記者張文馨、鄭□、黃有容/聯合報"
    page = _article(f"史達偉:2個原因 美須行動恢復台海平衡\n{byline}\n{_STORY}\n")
    assert page.meta.reporters == ["張文馨", "黃有容"]
    assert "聯合報" not in page.body_text() and page.meta.source == "聯合報"


def test_a_disclosure_tables_spaced_labels_and_its_information_source() -> None:
    notice = "齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知"
    page = _article(
        f"名        称 {notice}\n"
        "文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02\n"
        f"{notice}\n信息来源: 市人民政府办公室\n\n"
        "经市政府同意,现将《齐齐哈尔市政务云平台管理实施细则》印发给你们,请认真遵照执行。\n\n"
        "齐齐哈尔市人民政府办公室\n2019年11月29日\n"
    )
    assert page.meta.title == notice
    assert "上 载 日 期" not in page.body_text()
    assert page.meta.source == "齐齐哈尔市人民政府办公室"


def test_the_programmes_slogan_said_again_between_items_leaves_the_text() -> None:
    page = _article(
        "早安海峽:綠營“追殺”馬英九遭轟:丟人現眼!\n"
        "魅力中國,早安海峽!各位早上好,今天是3月14日,星期三,歡迎收聽台灣網《早安,海峽》。\n"
        f"【頭條】\n{_STORY}\n魅力中國,早安海峽\n我們再來看大陸新聞\n【大陸】\n{_STORY}\n"
    )
    assert page.body_text().count("魅力中國") == 1  # the greeting stays, its echo goes
    assert any(r.rule == "boilerplate.repeat" for r in page.report.removed)


def test_each_items_source_names_no_source_of_the_programme_one_alone_does() -> None:
    items = (
        "早安海峽:綠營“追殺”馬英九遭轟:丟人現眼!\n"
        f"{_STORY}(來源:環球時報)\n{_STORY}(來源:中國網)\n"
    )
    assert _article(items).meta.source is None
    assert _article(f"綠營追殺馬英九遭轟\n{_STORY}(來源:環球時報)\n").meta.source == "環球時報"
