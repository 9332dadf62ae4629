"""Rules learnt from the forty-fifth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.cleanup import drop_jammer
from highlights.normalise.datelines import dateline
from highlights.normalise.en_headline import as_headline
from highlights.normalise.headlike import clean_title


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("& e9 H8 h2 W# K作者：刘黎平", "作者：刘黎平"),  # letters paired with digits at random
        ("型号为A1 B2 C3 D4 & E5 F6的产品", "型号为A1 B2 C3 D4 & E5 F6的产品"),  # one mark: a list
    ],
)
def test_noise_of_letters_paired_with_digits_comes_off_a_line(line: str, text: str) -> None:
    assert drop_jammer(line).text == text


_RELEASE_PAGE = """<html><head><title>Medina County Auditor</title></head><body>
<h1 class="PageHeader">2013 CAUV Values Are Increasing</h1>
<div><p>FOR IMMEDIATE RELEASE<br/>JANUARY 6, 2014<br/>CONTACT: Kristen Johnson, 330-725-9762</p>
<p>Many Medina County agricultural landowners may be surprised when they open their 2014 tax
bills. For those on the Current Agricultural Use Values program, property values have increased
several hundred percent over 2010 values, depending on soil type.</p>
<p>Unlike fair market value appraisals, CAUV values are calculated by the State of Ohio by a
formula that is based on five factors. The county auditor has no control over the calculation
performed by the state.</p></div></body></html>"""


def test_lines_a_page_breaks_with_br_are_lines_for_the_rules() -> None:
    """`FOR IMMEDIATE RELEASE<br/>JANUARY 6, 2014<br/>CONTACT: …`: three lines of chrome, not one
    paragraph that takes the headline's place."""
    article = normalise(parse_source(Path("release.html"), _RELEASE_PAGE.encode()))
    assert article.meta.title == "2013 CAUV Values Are Increasing"
    assert article.blocks[0].text.startswith("Many Medina County")
    removed = [r.text for r in article.report.removed]
    assert "FOR IMMEDIATE RELEASE" in removed and "JANUARY 6, 2014" in removed


def test_an_official_title_runs_on_until_its_kind_of_document() -> None:
    """A notice's title set on four lines, each a page's `<br/>`: one title up to `通告`."""
    article = normalise(
        parse_source(
            Path("notice.txt"),
            "\n".join(
                [
                    "吉林省人民政府关于禁止在",
                    "吉林省嫩江干流补充治理工程建设",
                    "征占地范围内新增建设项目",
                    "和迁入人口的通告",
                    "吉政明电〔2022〕1号",
                    "为做好吉林省嫩江干流补充治理工程建设，确保工程前期建设征地实物调查工作"
                    "顺利进行，现就有关事项通告如下：",
                ]
            ).encode(),
        )
    )
    assert article.meta.title == (
        "吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和"
        "迁入人口的通告"
    )


_REPORT_PAGE = """<html><head><title>万载县2022年国民经济和社会发展统计公报 | 万载县人民政府</title>
</head><body><div class="article"><h1>万载县2022年国民经济和社会发展统计公报</h1>
<p>万载县统计局 国家统计局万载调查队</p><p>（2023年5月）</p>
<p>2022年，万载全县上下坚持稳中求进，积极主动应对经济下行压力和疫情冲击影响，高效统筹做好疫情防控和
经济社会发展工作，全县经济运行呈现稳中向好的良好态势。</p><p>一、综合</p>
<p>全年实现生产总值（GDP）262.6亿元，按可比价格计算，同比增长5.3％。其中：第一产业增加值22.9亿元，
同比增长3.7%；第二产业增加值127.2亿元，同比增长6.9%；第三产业增加值112.5亿元，同比增长4.0%。</p>
<p>年末就业人员20.63万人，其中城镇就业人员1.22万人，占全县就业人员比重为5.91%，比上年末上升0.02个
百分点；全年城镇新增就业3892人，比上年减少1119人。</p></div></body></html>"""


def test_a_line_of_issuers_is_not_the_report_the_page_titles() -> None:
    article = normalise(parse_source(Path("report.html"), _REPORT_PAGE.encode()))
    assert article.meta.title == "万载县2022年国民经济和社会发展统计公报"
    assert article.blocks[0].text.startswith("2022年，万载全县上下")


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("708008 台南市安平區永華路二段2號", True),  # a letterhead's postcode and address
        ("+886 6 297 6688", True),
        ("Mail this story to a friend.", True),
        ("Note: only a member of this blog may post a comment.", True),
        ("臺南市政府工務局新聞稿", True),  # who issued the release
        ("第六屆第四次定期大會預備會議新聞稿", False),  # the release's own title
        ("2024年台南市新建住宅3000號", False),
    ],
)
def test_a_letterheads_lines_are_chrome_and_a_releases_title_is_not(
    line: str, chrome: bool
) -> None:
    assert (find_chrome(line) is not None) == chrome


def test_a_releases_label_and_its_day_leave_the_headline() -> None:
    title = "Releases: Transcripts of de Blasio on WNYC radio on Friday, July 19 2019."
    assert clean_title(title) == "Transcripts of de Blasio on WNYC radio"


def test_a_city_and_day_glued_to_a_dash_is_a_dateline() -> None:
    line = "Port Moresby, 07 June 2019– Today the UNDP and USAID have agreed to collaborate."
    assert dateline(line) == ("Port Moresby, 07 June 2019– ", None)


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (
            "Today the United Nations Development Programme (UNDP) and the United States Agency "
            "for International Development (USAID) have agreed to collaborate.",
            "UNDP and USAID have agreed to collaborate.",
        ),
        ("The Department of Labor (DOL) announced a grant.", "DOL announced a grant."),
        ("Mr Smith (DOL) said so.", "Mr Smith (DOL) said so."),  # no name of those initials
    ],
)
def test_a_first_sentence_names_an_organisation_by_its_initials(
    sentence: str, headline: str
) -> None:
    assert as_headline(sentence) == headline
