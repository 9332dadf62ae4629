"""Rules learnt from the forty-fifth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.normalise import normalise
from highlights.normalise.cleanup import drop_jammer


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
