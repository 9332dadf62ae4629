"""Normalise: pages of the hundred-and-ninety-fourth round of unseen pages and after: an English
page of short items titled as one (`World Briefs`, `Yonhap News Summary`), whose items' own
headlines are no title of it; a row of skip links (`Go Search Go Contents Go to bottom`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.headlike import is_headline
from highlights.normalise.headline_at import roundup


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


_ITEMS = (
    "Palestinian power shifts; Arafat's condition worse\n\n"
    "CLAMART, France -- Yasser Arafat was reportedly fighting for his life Thursday at a French "
    "military hospital after losing consciousness, officials said.\n\n"
    "Suspect militant trainer deported\n\n"
    "PRAGUE -- The Czech Republic has extradited a Swedish-Lebanese national suspected of "
    "running a militant training camp to the United States, the justice ministry said.\n"
)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("World Briefs", "World Briefs"),
        ("World briefs 11/5/04", "World briefs 11/5/04"),
        ("Today's other world news in brief.", "Today's other world news in brief"),
        (
            "Go Search Go Contents Go to bottom site map\n\nYonhap News Summary",
            "Yonhap News Summary",
        ),
    ],
)
def test_a_roundup_is_titled_by_its_page_not_its_first_item(top: str, title: str) -> None:
    article = _article(f"{top}\n\n{_ITEMS}")
    assert article.meta.title == title
    assert article.meta.subtitle is None  # the first item's headline heads its own story
    assert "Palestinian power shifts" in article.blocks[0].text


@pytest.mark.parametrize(
    "line",
    [
        "Bernama news briefs leave the agency's desk every hour, its editors said.",
        "Ministers in brief talks over the budget",
        "Brief",
        "新闻简讯",
    ],
)
def test_a_sentence_or_a_headline_naming_a_brief_is_no_roundup(line: str) -> None:
    assert not roundup(line)


def test_a_row_of_skip_links_is_chrome() -> None:
    assert find_chrome("Go Search Go Contents Go to bottom site map")
    assert not find_chrome("Go Search and Rescue teams reached the village on Monday.")


@pytest.mark.parametrize(
    "line",
    [
        "Is there anything wrong with this page?",
        "Help us improve GOV.MO",
        "From a press release.",
        "Writer's pictureShaun C. Van Doren",
        "[More at http://www.bernama.com.my/bernama/v3/news.php?id=231052]",
        "Monday, 23 May 2022, 11:46 HKT/SGT",
    ],
)
def test_feedback_calls_source_notes_and_stamps_are_chrome(line: str) -> None:
    assert find_chrome(line)


def test_a_language_switch_over_a_headline_is_no_part_of_it() -> None:
    article = _article(
        "Traditional Chinese Simplified Chinese Email this article\n"
        "Government responds to July 1 procession\n\n"
        "In response to the procession today (July 1), a Government spokesman said that the "
        "Government must work for the overall and long-term interest of Hong Kong.\n"
    )
    assert article.meta.title == "Government responds to July 1 procession"


def test_an_acn_newswire_dateline_leaves_the_story_whole() -> None:
    article = _article(
        "中国万天控股立足大湾区\n\n"
        "香港, 2022年5月23日 - (亚太商讯)  - 俗话说的好「民以食为天」，受到疫情零星散发的影响，"
        "多地采取封控管控等防疫措施。\n\n其中香港也是遭受疫情攻击的城市之一。\n"
    )
    assert article.meta.subtitle is None
    assert article.blocks[0].text.startswith("俗话说的好")
    assert article.meta.source == "亚太商讯"


def test_a_wire_translators_and_checkers_credit_leaves_the_text() -> None:
    article = _article(
        "貨輪翻覆 4人獲救18人失蹤\n\n"
        "日本西部地區遭受冬季風暴襲擊，其他許多地區也出現極低氣溫和強風。"
        "（譯者：陳昱婷/核稿：徐睿承）1120125\n\n再一段文字在這裡。\n"
    )
    assert article.blocks[0].text.endswith("強風。")
    assert (article.meta.reporters, article.meta.editors) == (["陳昱婷"], ["徐睿承"])


def test_a_papers_page_glued_to_a_reposted_story_leaves_it() -> None:
    article = _article(
        "国庆长假见闻\n\n本报汕头10月6日电 汕头市新华书店于1日起举办大型图书展销活动，"
        "图书展吸引了一大批没有外出的市民。 《人民日报》 (2004年10月07日 第一版) "
        "相关专题:2004国庆黄金周 |\n\n再一段文字在这里。\n"
    )
    assert article.blocks[0].text.endswith("没有外出的市民。")


def test_a_headline_set_on_two_lines_runs_on_past_a_visit() -> None:
    article = _article(
        "袁家軍胡衡華王炯看望\n全國兩會在京前方報道組媒體記者\n"
        "3月9日下午，市委書記袁家軍在重慶代表團住地看望了參加全國兩會報道的記者。\n"
    )
    assert article.meta.title == "袁家軍胡衡華王炯看望全國兩會在京前方報道組媒體記者"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("NPR 2010-08-18(在线收听", "NPR 2010-08-18"),
        ("2021年9月20日 新闻和报纸摘要音频及文稿(打卡有礼)", "新闻和报纸摘要 2021年9月20日"),
    ],
)
def test_a_programmes_edition_keeps_its_day_and_loses_its_button(line: str, title: str) -> None:
    article = _article(
        f"{line}\n\nThe Iraqi capital's reeling from its deadliest strike in weeks. A suicide "
        "bomber attacked army recruits, killing at least 57.\n"
    )
    assert article.meta.title == title


def test_a_stamp_with_a_day_is_no_programmes_edition() -> None:
    assert not is_headline("Posted 2010-08-18")
    assert is_headline("NPR 2010-08-18")


def test_pictures_names_set_through_a_story_leave_it() -> None:
    picture = "新茂山2018年第17 期(茂山镇召开2018年森林防火工作现场会)"
    paragraphs = [
        "2018年2月24日上午，茂山镇在甲甸村委会组织召开2018年森林防火工作现场会。",
        "会上，镇党委委员杨钟林通报了近期全市、全县发生的森林火情。",
        "镇长孙王海指出，目前全镇森林防火工作中存在村组干部认识不到位的问题。",
        "镇党委书记张军作总结讲话，要求强化责任落实。",
    ]
    text = "茂山镇召开森林防火工作现场会\n\n" + "".join(
        f"{p}\n\n{picture}{n}\n\n" for p, n in zip(paragraphs, (24, 235, 237, 377), strict=True)
    )
    article = _article(text)
    assert [b.text for b in article.blocks] == paragraphs


def test_a_programmes_story_lengths_stay_where_they_part_its_stories() -> None:
    text = "Morning Report\n\n" + "".join(
        f"Story {n} tells of a change in the region's farming this year, officials said.\n\n"
        f"Duration: {n}'06\"\n\n"
        for n in range(1, 5)
    )
    assert sum(b.text.startswith("Duration") for b in _article(text).blocks) == 4


def test_a_posed_pictures_caption_is_no_lead() -> None:
    article = _article(
        "CE: Press plays key role connecting Government and the public\n\n"
        "Chief Executive, Mr Chui Sai On, poses for a group photo after a luncheon with "
        "representatives of local news outlets.\n\n"
        "The Chief Executive, Mr Chui Sai On, today said the media plays a significant role in "
        "connecting the Government and the public.\n\nView gallery\n\n* Mandatory field\n\n"
        "All information on this site is based on the official language of the Macao Special "
        "Administrative Region. The English version is the translation from the Chinese "
        "originals and is provided for reference only.\n"
    )
    assert [b.text[:30] for b in article.blocks] == ["The Chief Executive, Mr Chui S"]
    assert any(r.rule == "boilerplate.caption" for r in article.report.removed)


@pytest.mark.parametrize("top", ["## World Briefs", "## Weekly Roundup"])
def test_an_english_roundups_heading_titles_the_page_over_its_items_headings(top: str) -> None:
    items = _ITEMS.replace("Palestinian power", "## Palestinian power").replace(
        "Suspect militant", "## Suspect militant"
    )
    article = normalise(parse_source(Path("page.md"), f"{top}\n\n{items}".encode()))
    assert article.meta.title == top.removeprefix("## ")
