"""Rules learnt from the fifteenth and later rounds of real pages the project had never seen
(measured before any rule was written for them): a reposted story's source line with its
date under the headline, below a site's slogan."""

from __future__ import annotations

import pytest
from tests.text_support import normalised

from highlights.normalise.headlike import is_headline


def test_the_line_above_a_dated_source_line_is_the_headline_not_the_sites_slogan() -> None:
    article = normalised(
        "移動版",
        "在這裏認識香港",
        "2024年施政報告公眾諮詢今展開",
        "來源:橙新闻    2024-07-16 18:11",
        "【識港網訊】行政長官李家超今日宣布,2024年施政報告公眾諮詢今日展開,聽取大家的意見。",
        "他說,過去一年香港完成了基本法23條本地立法,完善地區治理。",
    )
    assert article.meta.title == "2024年施政報告公眾諮詢今展開"
    assert article.meta.source == "橙新闻"
    assert article.blocks[0].text.startswith("行政長官李家超今日宣布")


def test_a_source_line_without_a_date_does_not_move_the_headline() -> None:
    article = normalised(
        "國務院召開常務會議",
        "部署推進穩就業工作",
        "來源：新華社",
        "國務院總理主持召開國務院常務會議，部署推進穩就業工作。",
    )
    assert article.meta.title.startswith("國務院召開常務會議")


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("107年6月份提供本府新聞稿47篇", True),
        ("2023年1月全国CPI同比上涨2.1%", True),
        ("2019年10月12日 星期六", False),
        ("2024年3月 第5期", False),
        ("2018年6月份", False),
    ],
)
def test_a_month_run_into_what_happened_in_it_is_a_headline_not_a_date_stamp(
    line: str, headline: bool
) -> None:
    assert is_headline(line) is headline


def test_a_digest_of_the_months_releases_is_titled_by_its_own_line_not_the_office() -> None:
    article = normalised(
        "澎湖縣政府行政處",
        "記事櫥窗",
        "107年6月份提供本府新聞稿47篇",
        "發布日期:2018-07-03",
        "馬公高中舉行106學年度畢業典禮,縣長陳光復親自到場參加,為482位畢業生送上滿滿祝福。",
    )
    assert article.meta.title == "107年6月份提供本府新聞稿47篇"
