"""Rules learnt from a twelfth round of real pages the project had never seen: a newswire's
listing that sets a release's headline twice under its own section label."""

from __future__ import annotations

from tests.text_support import normalised


def test_a_headline_the_page_sets_twice_beats_the_section_label_above_it() -> None:
    headline = "Moore-Miller Administration Secures $168 million in Federal Funding for Rural Care"
    page = normalised(
        "States, Cities and Counties",
        "Here's a look at documents covering state government, cities and counties",
        headline,
        "ANNAPOLIS, Maryland, Dec. 31 -- Gov. Wes Moore, D-Maryland, issued the following release:",
        "* * *",
        headline,
        "The Maryland Department of Health this week received $168 million in federal funding "
        "for the first year of the five-year Rural Health Transformation Program.",
    )
    assert page.meta.title == headline


def test_a_line_set_twice_below_the_body_is_another_storys_headline() -> None:
    page = normalised(
        "秘厄冲突加剧双方各有伤亡",
        "厄瓜多尔和秘鲁军队今天在两国边境地区又发生新的武装冲突，双方共有23名军人在冲突中死亡。"
        "与此同时，国际社会要求双方和平解决争端。",
        "波黑战火不熄穆克冲突又起",
        "波黑战火不熄穆克冲突又起",
        "据联合国驻波黑维和部队发言人说，穆斯林和克族武装今天又发生冲突。",
    )
    assert page.meta.title == "秘厄冲突加剧双方各有伤亡"
