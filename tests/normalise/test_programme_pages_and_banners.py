"""Normalise: pages of held-out round 230–235: a broadcaster's programme page (its name set twice
over `节目简介:` / `Description:`) is titled by the programme's edition; a government site's
banner, a site's account links and a player's lines are chrome; a headline ending in initials
(`…across the U.S.`) is no sentence; a bulletin's hand-over (`Damon Pang reports:`) is a byline."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.chrome import find_chrome
from highlights.normalise.headlike import is_headline


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


_PROGRAMME_ZH = (
    "新闻节目 - RTHK\nA A A\n新闻重温 可重温过去12个月的新闻\n\n新闻节目\n\n"
    "分享工具 facebook\n新闻特写\n新闻特写\n节目简介:\n"
    "以不同专题环节,跟进焦点新闻,探讨时事议题,专访新闻人物。\n主持人:\n新闻部记者\n\n"
    "2023-01-09\n新闻特写\n\n现正播放: 两地首阶段通关 李家超:农历新年后再考虑\n分段播放:\n"
    "两地首阶段通关 李家超:农历新年后再考虑  收听facebook\n"
    "香港昨日起与内地实施首阶段免检疫通关,涵盖7个口岸。"
    "截至昨晚8时,共超过4万5千人次经落马洲支线过关。\n"
    "记者李俊杰报道\n"
    "澳门免检入境 旅游部门指农历年加推航班优惠  收听facebook\n"
    "澳门昨日起免检疫入境,停航近3年的港澳客轮亦复航。两地不少市民坐船探亲友。\n"
    "澳门景点一带的手信铺、食肆都畅旺起来。澳门旅游部门表示,会加推两地的航班优惠。\n"
    "卫健委卢洪洲称民众未来需每年接种新冠疫苗  收听facebook\n"
    "过去一个月,内地多个城市新冠疫情升温,不少民众受到感染。"
    "卢洪洲接受本台专访时说,长者的接种率仍不满意。\n"
)


def test_a_programme_page_is_titled_by_its_edition() -> None:
    article = _article(_PROGRAMME_ZH)
    assert article.meta.title == "新闻特写 2023年1月9日"
    body = [b.text for b in article.blocks]
    assert body[0].startswith("两地首阶段通关")  # the header and the player's lines left
    assert not any("节目简介" in t or "专访新闻人物" in t or "现正播放" in t for t in body)
    rules = {r.rule for r in article.report.removed if r.text == "新闻部记者"}
    assert rules == {"boilerplate.programme_page"}


def test_a_programme_pages_stories_are_its_cards() -> None:
    from highlights.cards import build_deck

    titles = [card.title for card in build_deck(_article(_PROGRAMME_ZH)).cards]
    assert titles[0].startswith("两地首阶段通关")
    assert any(t.startswith("澳门免检入境") for t in titles)  # told in two short paragraphs


def test_an_english_programme_page_and_its_stories() -> None:
    from highlights.cards import build_deck

    stories = [
        ("New power used to invalidate exemption certificates", "Damon Pang"),
        ("Mixed views over amended exemption law", "Kelly Yu"),
        ("Hong Thai Travel keeps branches shut", "Joanne Wong"),
        ("No food again at Lunar New Year fairs", "Violet Wong"),
    ]
    text = (
        "News Programmes - RTHK\nNews Programmes\n\nHong Kong Today\nHong Kong Today\n"
        "Description:\nRTHK's morning news programme. Weekdays 6:30 - 8:00\nPresenter:\n"
        "Ben Tse and Samantha Butler\n\n2022-10-27\nThursday\n\n"
        "Now playing: Play full episode\nSelected audio segments:\n"
    )
    for head, reporter in stories:
        text += (
            f"{head}  Listenfacebook\nThe government said on Thursday that {head.lower()}, "
            "after the Executive Council approved an amendment to the rules. Officials said "
            f"there was reason to act now. {reporter} reports:\n"
        )
    article = _article(text)
    assert article.meta.title == "Hong Kong Today, October 27, 2022"
    assert all("reports" not in b.text and "Listen" not in b.text for b in article.blocks)
    assert "Thursday" not in [b.text for b in article.blocks]
    titles = [card.title for card in build_deck(article).cards]
    assert titles == [head for head, _ in stories]


def test_a_story_page_with_a_description_label_is_no_programme_page() -> None:
    text = (
        "Storm hits the coast\n\nThe storm hit the coast on Monday, and thousands lost power "
        "across the region, officials said.\nDescription:\nA photo of the coast.\n"
    )
    assert _article(text).meta.title == "Storm hits the coast"


@pytest.mark.parametrize(
    "line",
    [
        "A Singapore Government Agency Website How to identify",
        "Official website links end with .gov.sg",
        "Look for a lock () or https:// as an added precaution.",
        "Share sensitive information only on official, secure websites.",
        "Reset Password",
        "  • MENU",
        "top of page",
        "现正播放: 两地首阶段通关 李家超:农历新年后再考虑不限人数",
        "Selected audio segments:",
        "Thursday",
        "星期四",
    ],
)
def test_banners_account_links_and_players_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_headline_that_ends_in_initials_is_no_sentence() -> None:
    assert is_headline(
        "Storms bear down on New England, East Coast as severe weather persists across the U.S."
    )
    assert not is_headline("The storm hit hard. Thousands lost power across the U.S.")


def test_a_columns_name_before_a_bar_leaves_the_headline() -> None:
    text = (
        "记者节|感受军报记者的足迹与使命\n\n来源:解放军报记者部作者:王士彬责任编辑:刘秋丽\n"
        "2017-11-08 13:37\n\n我们必须紧跟媒体改革步伐,深入挖掘军事记者队伍潜能。\n\n"
        "当前,国防和军队建设处在新的历史起点上,军队新闻媒体改革也即将展开。\n"
    )
    assert _article(text).meta.title == "感受军报记者的足迹与使命"


def test_a_byline_set_as_a_heading_is_a_byline() -> None:
    html = (
        "<h3>文;魯中晨報記者 張萬杰轉自澎湃新聞</h3><h3>今天,我們迎來第20個中國記者節。</h3>"
        "<p>這是屬于記者的節日,也是屬于整個社會的節日,因為社會需要這樣一群提問的人。</p>"
    )
    article = normalise(parse_source(Path("page.html"), html.encode()))
    assert "張萬杰" not in article.meta.title
    assert article.meta.reporters == ["張萬杰"]
    assert article.meta.source == "魯中晨報"


def test_keywords_sown_between_a_sentences_clauses_leave_it_reported() -> None:
    text = (
        "行政院副院長張善政今(28)日在行政院會聽取報告後表示,\n產品包裝設計公司\n"
        ",此次寒害造成農業與漁業嚴重災情,\n髮際線填充\n,農委會快速公告補助作業,\n"
        "西屯飄霧眉\n,讓農民在農曆年前獲得補助金。\n"
    )
    article = _article(text)
    body = "".join(b.text for b in article.blocks)
    assert "表示，此次寒害造成農業與漁業嚴重災情，農委會快速公告補助作業，讓農民" in body
    assert not any(w in body for w in ("產品包裝", "髮際線", "飄霧眉"))
    assert {d.snippet for d in article.report.damage} >= {"產品包裝設計公司", "西屯飄霧眉"}


def test_one_line_opening_with_a_comma_is_no_sown_keyword() -> None:
    text = "市政府今天召開會議,\n研究部署\n,全年工作。會議強調,要抓好落實。\n"
    assert "研究部署" in "".join(b.text for b in _article(text).blocks)


def test_a_paragraph_ending_in_an_opening_bracket_lost_its_text() -> None:
    text = (
        "Premier Yu Shyi-kun appointed 12 more Cabinet officials yesterday, adding to its ranks "
        "a new position of spokesperson.\nChuang Suo-hang (\nThe appointments will conclude "
        "today with the appointments for the ministers of transportation and finance.\n"
    )
    article = _article(text)
    assert article.meta.title == "Premier Yu Shyi-kun appoints 12 more Cabinet officials"
    lost = [d for d in article.report.damage if "opening bracket" in d.reason]
    assert [d.snippet for d in lost] == ["Chuang Suo-hang ("]


@pytest.mark.parametrize(
    "line",
    [
        "第一手消息請下載on.cc東網iPhone/iPad/Android/Windows Phone Apps",
        "現在加入公視會員,除了有專屬推薦新聞,還有機會免費喝咖啡!",
        "【采访视频见 http://tv.people.com.cn/n/2014/0423/c14644-24934066.html 】",
        "#圖書館 #中興大學 #東華大學 #資源 #國立\ufffd",  # cut off in the last tag
        " ".join(f"#{tag}" for tag in ["圖書館", "中興大學", "東華大學", "資源"] * 8),  # many
    ],
)
def test_adverts_labelled_links_and_tags_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_byline_with_its_papers_day_and_page() -> None:
    found = find_boilerplate("    作者:雷收麦 《光明日报》( 2012年10月27日 06版)")
    assert found.removed[0][0] == "boilerplate.byline"
    assert (found.reporters, found.outlet) == (["雷收麦"], "光明日报")


@pytest.mark.parametrize(
    "line",
    [
        "*No charge for 4 weeks then price increases to the regular rate of $19.00 plus GST.",
        "*Your next subscription payment will increase by $1.00.",
        "Add Free Press access to your Brandon Sun subscription for only an additional",
        "To continue reading, please subscribe:",
        "$0 for the first 4 weeks*",
        "Hey there, time traveller!",
        "Click to view the FY13 Budget Message.",
        "Listen to Today's Programme in Full",
        "Send it to a friend!",
        "Accessibility help",
    ],
)
def test_paywalls_link_calls_and_share_prompts_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_paywall_leaves_the_headline_over_it() -> None:
    text = (
        "Winter storms bring flooding and ‘thunder ice’ in several US states\nAdvertisement\n"
        "Read this article for free:\nTo continue reading, please subscribe:\n"
        "Monthly Digital Subscription\n$0 for the first 4 weeks*\n"
        "*Billed as $19 plus GST every four weeks. Cancel any time.\n"
        "Hey there, time traveller!\n"
        "CHARLESTON, W.Va. (AP) — Storms spawned at least one brief tornado and caused flash "
        "flooding Thursday in portions of West Virginia and Kentucky.\n"
    )
    article = _article(text)
    assert article.meta.title.startswith("Winter storms bring flooding")
    assert article.blocks[0].text.startswith("Storms spawned")


def test_a_home_link_glued_to_the_next_is_no_headline() -> None:
    assert not is_headline("BBC HomeExplore the BBC")
    assert is_headline("Home Office unveils new asylum rules")


def test_an_aside_between_a_verbs_parts_leaves_a_title_drawn_from_a_sentence() -> None:
    text = (
        "MACAU, January 21 - The Government Information Bureau of the Macao Special "
        "Administrative Region (MSAR) will, as always, support and assist the development of "
        "the local media sector.\n\nActing Director Wong Lok I made the remarks at a tea "
        "reception that gathered representatives from local media.\n"
    )
    title = _article(text).meta.title
    assert title.startswith("The Government Information Bureau of the MSAR will support")


@pytest.mark.parametrize(
    "line",
    [
        "我是廣告 請繼續往下閱讀",
        "当前版: A4版 上一版  下一版",
        "最佳分辨率：1920*1080 1440*900 1366*768",
        "『新聞來源/NOWnews http://www.nownews.com/』",
        "由深圳卫视《直播港澳台》团队出品。",
    ],
)
def test_ad_labels_page_bars_and_source_links_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None
    assert find_chrome("当前版本的说明文件已经发布，请各单位认真学习。") is None


def test_the_stores_date_before_a_menu_opens_no_story() -> None:
    text = (
        " date 2015-07-15 FinancialGovernment SolutionsLegalReuters News AgencyRisk Management "
        "SolutionsTax & AccountingBlog: Answers OnInnovation @ Thomson Reuters\n"
        "China stats bureau says positive changes in economy 'hard won'\n"
        "July 15, 2015 / 2:47 AM / 2 years ago\n\n"
        "BEIJING (Reuters) - China’s National Bureau of Statistics said on Wednesday that the "
        "positive changes in the economy in the April-June quarter were “hard won”.\n"
    )
    article = _article(text)
    assert article.meta.title == "China stats bureau says positive changes in economy 'hard won'"
    assert article.meta.date == "2015-07-15"


def test_a_meeting_report_run_onto_one_line_keeps_its_three_paragraphs() -> None:
    opening = (
        "3月25日,周村区智能装备产业链发展推进会召开。区委书记李德刚主持会议并讲话。"
        "区领导陈安平、齐军、李建华、汪德江、赵争光出席会议。会议听取了全区智能装备产业链发展情况的"
        "汇报,研究部署了下一步重点工作,对做好园区建设、招商引资和项目建设等工作作出安排。"
    )
    stressed = (
        "李德刚强调,要切实增强推进智能装备产业链发展的责任感、紧迫感和机遇感,进一步加强研究谋划"
        "和工作调度,着力抓好园区建设、招商引资和项目建设;要凝聚推进产业链发展的强大合力,压紧压实"
        "各方责任,切实强化要素保障,持续优化营商环境,加快培优做强智能装备这一主导产业链,努力为"
        "经济高质量发展提供有力支撑。"
    )
    reported = (
        "会上,与会区领导分别就推进智能装备产业链发展提出意见建议,区工信局、经发局分别汇报了"
        "产业链现状、重点工作开展情况和下一步工作计划,各重点镇办分别汇报了辖区发展情况。"
    )
    text = f"周村区智能装备产业链发展推进会召开\n{opening} {stressed} {reported} |\n"
    body = [b.text for b in _article(text).blocks]
    assert [t[:5] for t in body[:3]] == ["3月25日", "李德刚强调", "会上，与会"]


@pytest.mark.parametrize(
    "line",
    [
        "参与评论请在新浪微博。",
        "r NEWS ® University News Service 0: 612-624-5551 MINNESOTA [email protected]",
        "FOR IMMEDIATE RELEASE May 1, 2007 Contacts: Patty Mattern, University News Service",
    ],
)
def test_comment_prompts_letterheads_and_release_headers_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_spokesperson_keeps_the_office_in_a_title_drawn_from_the_first_sentence() -> None:
    text = (
        "人民网北京2月24日电 据外交部网站消息,2月24日,外交部发言人赵立坚主持例行记者会。\n"
        "全文如下:\n"
        "华春莹:各位记者朋友们,大家下午好!经过3个星期的网上记者会,外交部例行记者会从今天起正式恢复"
        "在蓝厅举行。\n"
    )
    assert _article(text).meta.title == "外交部发言人赵立坚主持例行记者会"
    mayor = "1月20日下午，市委副書記、市長張百順主持召開市政府常務會議，傳達省委全會精神。\n"
    assert _article(mayor).meta.title == "張百順主持召開市政府常務會議"  # other offices leave


def test_a_national_agencys_dateline_with_a_colon_leaves_the_lead() -> None:
    text = (
        "News reports on Interior Minister’s visit to Germany contradicted\n\n"
        "- Advertisement -\n\n"
        "ISLAMABAD, Apr 15 (APP): Reports in certain section of the press about the purpose of "
        "the Interior Minister’s visit to Germany are false, said spokesperson of the ministry.\n"
    )
    article = _article(text)
    assert article.blocks[0].text.startswith("Reports in certain section")
    assert article.meta.source == "APP"


def test_a_pages_description_over_its_text_leaves_and_a_headline_set_twice_stays() -> None:
    text = (
        "苏永忠主持召开2022年市政府工作报告重点工作任务推进情况专题调度会议\n\n"
        "来源:本站 作者:网络 时间:2022-07-27\n"
        "专题调度会议强调 紧盯目标 压实责任 狠抓落实 奋力完成各项目标任务 "
        "7月18日,市长苏永忠主持召开\n\n"
        "专题调度会议强调\n\n紧盯目标 压实责任 狠抓落实\n\n奋力完成各项目标任务\n\n"
        "7月18日,市长苏永忠主持召开2022年市政府工作报告重点工作任务推进情况专题调度会议。\n"
    )
    body = [b.text for b in _article(text).blocks]
    assert not any(t.startswith("专题调度会议强调 紧盯目标") for t in body)
    whole = (
        "出席中印领导人第二次非正式会晤 习近平抵达金奈 与印度总理莫迪举行会见\n"
        "出席中印领导人第二次非正式会晤\n习近平抵达金奈\n与印度总理莫迪举行会见\n\n"
        "10月11日,国家主席习近平乘专机抵达金奈,出席中印领导人第二次非正式会晤。\n"
    )
    assert "莫迪" in _article(whole).meta.title  # (said whole on one line: the headline)


def test_where_a_reporter_is_posted_is_no_outlet() -> None:
    found = find_boilerplate("驻澳门记者郑月明报道")
    assert (found.reporters, found.outlet) == (["郑月明"], None)
