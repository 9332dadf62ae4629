"""Normalise: a stamp set as a label and a time (`首次上稿 09-28 22:58`), a reading time
(`本篇文章256字，读完约1分钟`), an outlet named `…在线` in a dateline, and a headline that
exclaims (rules from the hundred-and-nineteenth to twenty-first rounds of unseen pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


@pytest.mark.parametrize(
    "line",
    [
        "首次上稿 09-28 22:58",
        "更新時間 09-29 06:21",
        "本篇文章256字，读完约1分钟",
        "阅读时间约3分钟",
    ],
)
def test_a_stamp_or_reading_time_is_chrome(line: str) -> None:
    assert find_boilerplate(line).text == ""


@pytest.mark.parametrize("line", ["会议于09-28 22:58召开", "全文共分三个部分，阅读时注意要点"])
def test_a_sentence_with_a_time_is_text(line: str) -> None:
    assert find_boilerplate(line).text == line


def test_an_outlet_online_opens_a_dateline() -> None:
    hit = find_boilerplate(
        "浙江在线杭州01月16日讯 今天上午9时，浙江省十一届人大四次会议在省人民大会堂隆重开幕。"
    )
    assert hit.text.startswith("今天上午9时")
    assert ("boilerplate.dateline", "浙江在线杭州01月16日讯") in hit.removed


def test_a_headline_that_exclaims_is_the_headline() -> None:
    page = (
        "首頁 > 政治\n\n"
        "徐榛蔚縣府太脫線！記者忍不住電爆官員影片掀熱議 網直呼解氣！\n\n"
        "2025/09/29 06:21 即時新聞／綜合報導\n\n"
        "花蓮馬太鞍溪堰塞湖溢流重創下游的光復鄉，花蓮縣府不僅挨轟災前未做好撤離工作，災後物資分配"
        "也頻出包，洪災發生多日後花蓮縣府27日終於召開首次公開記者會，但縣長徐榛蔚卻神隱。\n\n"
        "花蓮馬太鞍溪堰塞湖23日溢流釀災，花蓮縣府直到27日才召開記者會，引發外界批評。\n"
    )
    article = _article(page)
    assert article.meta.title == "徐榛蔚縣府太脫線！記者忍不住電爆官員影片掀熱議 網直呼解氣！"
    assert article.blocks[0].text.startswith("花蓮馬太鞍溪")
