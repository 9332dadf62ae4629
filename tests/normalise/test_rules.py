"""One test group per rule: pinyin glosses, punctuation, clean-up, damage, script."""

from __future__ import annotations

import pytest

from highlights.normalise import normalise_text
from highlights.normalise.cleanup import (
    decode_entities,
    normalise_spaces,
    remove_controls,
    strip_tags,
    to_nfc,
)
from highlights.normalise.damage import find_damage
from highlights.normalise.pinyin import remove_glosses
from highlights.normalise.punctuation import fix_punctuation, space_han_latin
from highlights.normalise.script import convert_script, detect_language
from highlights.settings import NormaliseSettings

# --- pinyin ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        ("中國共產(chǎn)黨", "中國共產黨", 1),
        ("中国共产(chǎn)党", "中国共产党", 1),
        ("黨(dang)(dang)的領導", "黨的領導", 2),
        ("党(dǎng)(dang)的领导", "党的领导", 2),
        ("創(chuàng)新(xīn)", "創新", 2),
        ("產(chan3)業", "產業", 1),
        ("產（chǎn）業", "產業", 1),  # full-width brackets too
        ("綠(lǜ)色", "綠色", 1),
        ("方案(an)", "方案", 1),  # toneless, but a reading of 案
        ("他們(men)", "他們", 1),  # toneless, but a reading of 們 (mén)
        ("蘋果(píngguǒ)", "蘋果", 1),  # a tone-marked pinyin word
        ("中 (chǎn)中", "中中", 1),
    ],
)
def test_glosses_removed(text: str, expected: str, count: int) -> None:
    assert remove_glosses(text) == (expected, count)


@pytest.mark.parametrize(
    "text",
    [
        "蘋果(Apple)",
        "国内生产总值(GDP)",
        "國內生產總值(GDP)",
        "細顆粒物(PM2.5)",
        "附件(二)",
        "(2021年)",
        "“十四五”(2021—2025年)",
        "部分創新型科研單位(院所)",
        "好(an)",  # "an" is a syllable but not a reading of 好: an English word or a label
        "條款(a)項",  # a list label
        "公司(Inc)",
        "產品(chan)",  # not a reading of 品
        "中文, (chǎn)",  # not right after a Han character
        "(chǎn)開頭",
    ],
)
def test_real_parentheticals_kept(text: str) -> None:
    assert remove_glosses(text) == (text, 0)


# --- punctuation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全會指出,黨的十八大以來", "全會指出，黨的十八大以來"),
        ("目標:綜合創新能力加快提升;產業", "目標：綜合創新能力加快提升；產業"),
        ("有哪些重要內容 ?", "有哪些重要內容？"),
        ("貢獻自貢力量!", "貢獻自貢力量！"),
        ("蘋果(Apple)落戶", "蘋果（Apple）落戶"),
        ("(2021年7月15日通過)", "（2021年7月15日通過）"),
        ("一,、二,。三,,四", "一、二。三，四"),
        ("发展态势良好,,", "发展态势良好，"),
        ("是不是?。", "是不是？"),
        ("增長3.5%,達到3,000億元", "增長3.5%，達到3,000億元"),
        ("於2021-07-15 10:30舉行", "於2021-07-15 10:30舉行"),
        ("詳見 https://a.gov.cn/x?id=1,2 。", "詳見 https://a.gov.cn/x?id=1,2。"),
        ("Hello, world! He said: fine (really).", "Hello, world! He said: fine (really)."),
        ("他說:Hello, world!", "他說：Hello, world!"),
        ("$(rm -rf /) 與 `id`", "$(rm -rf /) 與 `id`"),
        ("生產總值 (GDP) 增長", "生產總值 (GDP) 增長"),
    ],
)
def test_punctuation(text: str, expected: str) -> None:
    fixed, _, _ = fix_punctuation(text)
    assert fixed == expected
    assert fix_punctuation(fixed)[0] == fixed  # idempotent


def test_punctuation_counts() -> None:
    assert fix_punctuation("一,、二")[1:] == (1, 1)


def test_protected_span_kept_verbatim() -> None:
    text = "行,勇?lián)姑,前行"
    fixed, _, _ = fix_punctuation(text, [(3, 10)])
    assert fixed == "行，勇?lián)姑，前行"


def test_no_spaces_inserted_by_default() -> None:
    assert normalise_text("使用Python語言,共3種") == "使用Python語言，共3種"


def test_spaces_on_request() -> None:
    settings = NormaliseSettings(space_cjk_latin=True)
    assert normalise_text("使用Python語言,共3種", settings) == "使用 Python 語言，共 3 種"
    assert space_han_latin("年2021年").text == "年 2021 年"


# --- clean-up -------------------------------------------------------------------------------


def test_cleanup_rules() -> None:
    assert decode_entities("A&amp;B&nbsp;&#x4E2D;") == ("A&B\u00a0中", 3)
    assert strip_tags("任務</p>。<br/>") == ("任務。", 2)
    assert remove_controls("中\x00文\u200b字\ufeff") == ("中文字", 3)
    assert remove_controls("全會\x07指出\x1b[31m,\u202e強調\u2066") == ("全會指出,強調", 4)
    assert to_nfc("cha\u030cn").text == "chǎn"
    assert normalise_spaces("\u3000\u3000全會指出\u00a0, 黨的 。").text == "全會指出 , 黨的。"


# --- damage ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("砥礪,勇?lián)姑㈨频Z前行,擔當", "勇?lián)姑㈨频Z前行"),
        ("中文\ufffd\ufffd字", "中文\ufffd\ufffd字"),
        ("标题ä¸­æ–‡", "标题ä¸­æ–‡"),  # UTF-8 read as Windows-1252
        ("錯碼鍕囨媴浣垮懡銆佺牓", "錯碼鍕囨媴浣垮懡銆佺牓"),  # UTF-8 read as GBK
    ],
)
def test_damage_found(text: str, snippet: str) -> None:
    spots = find_damage(text)
    assert len(spots) == 1
    assert spots[0].snippet == snippet
    assert text[spots[0].start : spots[0].end] in snippet


@pytest.mark.parametrize(
    "text",
    [
        "你好嗎?我很好。",
        "A股上漲,X光檢查,卡拉OK。",
        "蘋果(Apple)與iPhone",
        "全會號召,全市上下要勇擔使命、奮勇前行!",
        "① 第一條 ② 第二條",
        "Le café “Étoile” à Paris, déjà vu.",
    ],
)
def test_clean_text_has_no_damage(text: str) -> None:
    assert find_damage(text) == []


# --- script ---------------------------------------------------------------------------------


def test_script_conversion() -> None:
    assert convert_script("中國共產黨自貢市委員會", "hans").text == "中国共产党自贡市委员会"
    assert convert_script("中国共产党自贡市委员会", "hant").text == "中國共產黨自貢市委員會"
    assert convert_script("軟件", "tw").text == "軟體"  # Taiwan phrasing
    assert convert_script("中國", "keep") == ("中國", 0)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("中國共產黨自貢市第十二屆委員會", "zh-Hant"),
        ("中国共产党自贡市第十二届委员会", "zh-Hans"),
        ("Acme Corporation today announced a fund for 中小企業.", "en"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language
