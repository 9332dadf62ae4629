"""Rules learnt from the thirty-fourth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import normalised

from highlights.ingest import parse_source
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.cleanup import drop_jammer
from highlights.normalise.headlike import clean_title
from highlights.normalise.metadata import find_date
from highlights.normalise.spam import is_spam

# as a forum's copy of a wire piece carries it (Discuz! hides these runs from its readers)
_JAMMED = (
    "历届中央委员会召开了51次全体会议。现具体介绍如下:) g9 L4 {! K' f K5 W' \\4 ~",
    "- j8 C% E$ |: N, S) F 界定:“公报”适用于“公布重要决定或者重大事项”。- L* Q+ s4 v2 x6 j",
)


def test_anti_copy_noise_comes_out_of_the_text_and_is_counted() -> None:
    article = normalised("中央全会的公报与决定", *_JAMMED, "公 报6 d# e `2 _! w")
    text = "\n".join(b.text for b in article.blocks)
    assert "g9" not in text and "C%" not in text and "x6" not in text and "d#" not in text
    assert "界定：“公报”适用于“公布重要决定或者重大事项”。" in text
    assert article.report.counts["jammer"] == 4


def test_noise_glued_to_a_word_comes_off_the_word() -> None:
    # a heading of two characters is Chinese enough: the noise is read in it too
    assert drop_jammer("决 定7 k& s% }: _( E").text == "决 定"


@pytest.mark.parametrize(
    "line",
    [
        "他在微博上写道 :) :( :D ;) 引来网友围观",  # emoticons: marks and capitals only
        "代码 a = b + c ; d 的意思是把两数相加",  # short code: small letters and marks only
        "车牌号为 A 1 B 2 C 3 的车辆",  # spaced letters and figures: no marks
        "国内生产总值 GDP = C + I + G + (X - M)",  # a formula of capitals and marks
        "The U.S. a I 3 x, y! reads as noise but has no Chinese",  # English is left alone
    ],
)
def test_text_that_could_be_writing_is_not_noise(line: str) -> None:
    assert drop_jammer(line).text == line


def test_a_caption_glued_to_its_alt_text_leaves_the_text() -> None:
    article = normalised(
        "向鄉親報告 雲林好政縣政座談會崙背登場",
        "縣府規劃在各鄉鎮開辦縣政座談會，第7場於今（28）日晚間在崙背國小登場。",
        "李縣長與鄉親面對面互動李縣長與鄉親面對面互動",
        "李縣長指出，縣府以1.7億的經費改善崙背鄉內的農水路。",
    )
    assert [b.text for b in article.blocks][1].startswith("李縣長指出")
    assert ("boilerplate.caption", "李縣長與鄉親面對面互動李縣長與鄉親面對面互動") in [
        (r.rule, r.text) for r in article.report.removed
    ]


@pytest.mark.parametrize("line", ["加油加油加油加油加油加油", "New York New York"])
def test_a_chant_or_a_name_said_twice_is_no_caption(line: str) -> None:
    article = normalised(
        "市民在廣場上為選手加油助威",
        "昨日，數千名市民聚集在廣場上，觀看比賽直播，為選手加油助威。",
        line,
        "比賽結束後，市民們久久不願離去，紛紛合影留念。",
    )
    assert line in [b.text for b in article.blocks]


def test_a_release_header_dated_in_minguo_with_dots_dates_the_article() -> None:
    article = normalised(
        "向鄉親報告 雲林好政縣政座談會崙背登場",
        "發布單位:新聞處-公共關係科",
        "雲林縣政府新聞參考資料106.12.28",
        "縣府規劃在各鄉鎮開辦縣政座談會，第7場於今（28）日晚間在崙背國小登場。",
    )
    assert article.meta.date == "2017-12-28"
    assert article.meta.source == "新聞處-公共關係科"  # the issuing unit the page names
    assert all("發布單位" not in b.text for b in article.blocks)


@pytest.mark.parametrize("text", ["IP 192.168.10.28", "100.10.20.30", "版本 106.12.28.1"])
def test_dotted_figures_that_are_no_minguo_date_date_nothing(text: str) -> None:
    assert find_date([text]) is None


def test_a_betting_sites_title_over_a_hacked_page_is_spam() -> None:
    article = normalised(
        "电竞下注-中国电竞赛事及体育赛事平台",
        "當前位置:新聞 > 中國新聞 > 正文",
        "新華社記者駐村掛職日記之二：我幫滿妹種絲瓜",
        "2018-06-12 11:41:03 新華網",
        "今天走在去村部的路上，駐村第一書記鄭兵突然彎下腰，盯著自己的皮鞋看了一會。",
    )
    assert article.meta.title == "新華社記者駐村掛職日記之二：我幫滿妹種絲瓜"
    assert ("boilerplate.spam", "电竞下注-中国电竞赛事及体育赛事平台") in [
        (r.rule, r.text) for r in article.report.removed
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "国家体育总局官网发布赛事平台名单",
        "体育彩票公益金支持全民健身赛事平台建设",
        "澳门博彩业收入回升",
    ],
)
def test_news_of_sport_and_lotteries_is_no_spam(headline: str) -> None:
    assert not is_spam(headline)


def test_a_breadcrumb_of_double_arrows_is_chrome() -> None:
    article = normalised(
        "省政府召開常務會議",
        "山西新聞網>>政務頻道>>山西要聞",
        "本報訊 5月16日，省政府召開常務會議，研究部署安全生產、文化旅游等工作。",
    )
    assert article.blocks[0].text.startswith("5月16日")
    assert "山西新聞網>>政務頻道>>山西要聞" in [r.text for r in article.report.removed]


def test_a_work_report_read_out_under_no_title_is_named_by_its_opening() -> None:
    article = normalised(
        "各位代表：",
        "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。",
        "一、2024年工作回顾",
        "刚刚过去的一年，是深入实施“十四五”规划的关键之年。预计全市地区生产总值增长4%左右。",
        "二、2025年工作安排",
        "今年政府工作的总体要求是坚持稳中求进工作总基调。",
    )
    assert article.meta.title == "市政府工作报告"
    assert article.blocks[0].text == "一、2024年工作回顾"  # its first section stays in the text


@pytest.mark.parametrize(
    "line",
    [
        "技术支持：安徽网狐科技 皖公网安备 34118102000224号",
        "上一篇：郑集镇参加天长市第九届“民生杯”综合文化站文艺调演[ 11-20 ] "
        "下一篇：郑集镇开展秋季征兵体检工作[ 11-17 ]",
        "分享工具 facebook",
    ],
)
def test_a_sites_footer_links_and_share_tools_are_chrome(line: str) -> None:
    assert find_boilerplate(line).removed == [("boilerplate.chrome", line)]


def test_a_security_checks_news_is_no_footer() -> None:
    assert find_boilerplate("市公安局网安支队开展公网安全检查").text


def test_a_headline_over_its_stamp_is_no_wrapped_line_of_it() -> None:
    article = normalised(
        "泛亚电竞app",
        "中共中央召开党外人士座谈会 征求对中共二十大报告的意见 习近平主持并发表重要讲话",
        "发表时间:2022-10-13来源:新华社",
        "视频来源:中央广播电视总台",
        "新华社北京10月13日电 中共中央8月31日在中南海召开党外人士座谈会，就中共二十大报告征求"
        "意见稿听取各民主党派中央、全国工商联负责人和无党派人士代表的意见和建议。",
    )
    assert article.meta.title.startswith("中共中央召开党外人士座谈会")
    assert article.meta.date == "2022-10-13"  # the stamp's next field follows without a space
    assert article.meta.subtitle is None  # where the page's video came from is no subtitle
    assert "视频来源:中央广播电视总台" in [r.text for r in article.report.removed]


def test_a_page_title_run_into_its_description_yields_to_the_title_set_below() -> None:
    title = "Improving the World's View of America"
    article = normalised(
        f"{title} At a time when thousands of people are trying to get into the United States, "
        "America has an image problem abroad.",
        "NPR logo",
        title,
        '<iframe src="" width="100%" height="290" frameborder="0" scrolling="no">',
        title,
        "This is TALK OF THE NATION. I'm Neal Conan, in Washington.",
        "In just a few minutes, we'll hear from Julia Sweig about her new book, Friendly Fire.",
    )
    assert article.meta.title == title
    assert all("iframe" not in b.text for b in article.blocks)  # the player's embed code


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("President Trump is issuing (audio begin)", "President Trump is issuing"),
        ("(Start VT)", ""),
        ("Click on here to browse complete transcripts from 2025 of “Face the Nation.”", ""),
    ],
)
def test_a_programmes_tape_cues_and_a_links_call_are_chrome(line: str, kept: str) -> None:
    assert find_boilerplate(line).text.strip() == kept


def test_a_markdown_scrapes_related_list_and_its_title_with_the_site_leave_the_text() -> None:
    title = "国家计算机病毒应急处理中心监测发现16款违规移动应用"
    article = normalised(
        title,
        f"{title} - 嘶吼 RoarTalk – 网络安全行业综合服务平台,4hou.com",
        "国家计算机病毒应急处理中心近期通过互联网监测发现16款移动App存在隐私不合规行为。",
        "1、未向用户明示个人信息处理的目的、方式和范围，涉及8款App如下。",
        "你可能感兴趣的",
        "新型FileFix社工攻击诱导用户安装StealC信息窃取恶意软件](https://www.4hou.com/posts/nl14)",
        "新型NPM包利用 QR 码获取 cookie 的恶意软件](https://www.4hou.com/posts/VWE5)",
    )
    texts = [b.text for b in article.blocks]
    assert texts[0].startswith("国家计算机病毒应急处理中心近期")
    assert not any("](" in t or "嘶吼" in t for t in texts)


def test_a_whole_markdown_link_in_a_sentence_is_no_cut_off_label() -> None:
    line = "see [the report](https://x.org/a)"
    assert find_boilerplate(line).text == line


def test_a_title_drawn_from_the_first_sentence_leaves_out_the_events_theme() -> None:
    article = normalised(
        "9月18日至20日，以“破除城鄉二元結構 推動鄉村全面振興”為主題的第七屆莫干山會議在湖州市德清縣"
        "召開。全國人大常委會副委員長、民革中央主席鄭建邦出席開幕式并講話。",
        "鄭建邦指出，七年來，莫干山會議已經成為展示鄉村振興成果的重要窗口。",
    )
    assert article.meta.title == "第七屆莫干山會議在湖州市德清縣召開"


def test_an_indent_decoded_as_question_marks_then_a_space_is_reported() -> None:
    article = normalised(
        "市十七屆人大五次會議開幕",
        "??? 2月5日，市十七屆人大五次會議在市會展中心隆重開幕。市委書記吳翠云主持會議。",
        "??? 王春利表示，下一步我們將認真貫徹落實市委、市政府整體工作部署。",
    )
    assert article.blocks[0].text.startswith("2月5日")
    lost = [d for d in article.report.damage if "indent decoded as ?" in d.reason]
    assert len(lost) == 2


def test_a_blogs_furniture_under_the_story_leaves_the_text() -> None:
    article = normalised(
        "国家计算机病毒应急处理中心监测发现16款违规移动应用",
        "国家计算机病毒应急处理中心近期通过互联网监测发现16款移动App存在隐私不合规行为。",
        "1、未向用户明示个人信息处理的目的、方式和范围，涉及8款App。",
        "文章来源自：国家计算机病毒应急处理中心监测",
        "如若转载，请注明原文地址",
        "评论",
        "[",
        "这个家伙很懒，什么也没说！",
        "最新文章",
        "LastPass提醒macOS用户：假冒热门软件的恶意程序通过虚假GitHub仓库传播2025-09-30 12:01:00",
        "新型NPM包利用 QR 码获取 cookie 的恶意软件2025-09-28 12:00:00",
        "本站4hou.com，所使用的字体和图片文字等素材部分来源于原作者或互联网共享平台。"
        "如使用任何字体和图片文字有侵犯其版权所有方的，嘶吼将配合联系原作者核实，并做出删除处理。",
    )
    assert article.blocks[-1].text == "1、未向用户明示个人信息处理的目的、方式和范围，涉及8款App。"
    assert article.meta.source == "国家计算机病毒应急处理中心监测"


@pytest.mark.parametrize("line", ["他的文章来源于生活。", "法院认定其侵权，判令删除相关内容。"])
def test_words_of_sources_and_takedowns_in_a_story_stay(line: str) -> None:
    assert find_boilerplate(line).text == line


def test_an_english_release_under_a_menu_keeps_its_headline_over_its_standfirst() -> None:
    menu = [f"{a} - {b}" for a in ("LRP", "Recreation") for b in ("Licenses", "Fishing")]
    lines = [
        *menu,
        "To sign up for updates or to access your subscriber preferences, please enter your "
        "contact information below.",
        "\u00a0",
        "Weekly News Published - April 24, 2018 by the Central Office",
        "\u00a0",
        "2018 fishing opener to feature hungry walleye, pike and panfish after a late ice out",
        "Contact(s): Justine Hasz, fisheries director, 715-896-9558; Todd Kalish, deputy "
        "fisheries director, 608-266-5285",
        "Waters in southern two-thirds of Wisconsin are open while northern lakes are in play",
        "MADISON - Opening day of the 2018 regular inland fishing season follows the coldest and "
        "snowiest April on record, meaning it's a pretty good bet the fish will be hungry.",
        '"May fifth is approaching fast," said Justine Hasz, the fisheries director.',
    ]
    doc = parse_source(Path("release.txt"), "\n\n".join(lines).encode())
    article = normalise(doc)
    assert article.meta.title.startswith("2018 fishing opener")
    assert (article.meta.subtitle or "").startswith("Waters in southern")
    assert all("Contact" not in b.text for b in article.blocks)


def test_a_label_in_front_of_the_page_title_yields_to_the_title_set_below() -> None:
    title = "Communiqué of the Fifth Plenary Session of the 19th Central Committee of the CPC"
    article = normalised(
        f"汉口放水的场子:{title}",
        title,
        "Xinhua News Agency, Beijing, October 29th",
        title,
        "(Adopted at the Fifth Plenary Session of the 19th Central Committee on October 29, 2020)",
        "The Fifth Plenary Session of the 19th Central Committee was held in Beijing from "
        "October 26th to 29th, 2020.",
    )
    assert article.meta.title == title


@pytest.mark.parametrize(
    ("line", "reporters", "outlet"),
    [
        ("記者王小明／台北報導", ["王小明"], None),  # where the reporter filed from: no name
        ("記者王小明/台北報導", ["王小明"], None),
        ("本報記者 陳大文/綜合報導", ["陳大文"], None),
        ("編譯茅毅/綜合報導聯合報", ["茅毅"], "聯合報"),  # compiled from others, by a paper
        ("（記者 張三 報道）", ["張三"], None),
    ],
)
def test_a_taiwanese_byline_names_its_reporter_not_its_place(
    line: str, reporters: list[str], outlet: str | None
) -> None:
    found = find_boilerplate(line)
    assert found.removed == [("boilerplate.byline", line)]
    assert (found.reporters, found.outlet) == (reporters, outlet)


def test_a_title_drawn_from_a_sentence_ends_where_its_end_was_lost_to_question_marks() -> None:
    article = normalised(
        "3月30日，副市長、縣委書記王國忠主持召開全縣統籌疫情防控和經濟社會發展工作專題會??h長高寒，"
        "縣政協主席常升旺出席會議。",
        "會上，縣人大辦、政協辦匯報了全縣召開“兩會”準備工作情況。",
    )
    assert article.meta.title == "王國忠主持召開全縣統籌疫情防控和經濟社會發展工作專題會"


@pytest.mark.parametrize(
    "line",
    [
        "第MA03版:社会 上一版 下一版",  # an e-paper's page label
        "Posted on: March 10, 2016",
        "The original item was published from 3/10/2016 2:52:51 PM to 4/12/2016 12:00:01 AM.",
        "Other News in News Releases",
        "404 Not Found",  # a server's error page and its signature, scraped with the story
        "ZJOL/1.24.96",
        "您当前的位置 :浙江在线 > 浙江新闻 > 短消息 正文",
        "[Back to Corporate Page]",
        "[email protected]",
        "不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法",
    ],
)
def test_more_page_furniture_is_chrome(line: str) -> None:
    assert find_boilerplate(line).removed == [("boilerplate.chrome", line)]


def test_a_bracketed_taiwanese_byline_opening_the_story_names_its_reporter() -> None:
    found = find_boilerplate("〔記者吳亮儀／台北報導〕因應連續假期，高鐵加開列車。")
    assert found.text == "因應連續假期，高鐵加開列車。"
    assert found.reporters == ["吳亮儀"]


def test_an_archived_release_is_titled_without_its_marks() -> None:
    title = "[ARCHIVED] News Release - Intersection of 9th & Aetna Closed to Traffic"
    assert clean_title(title) == "Intersection of 9th & Aetna Closed to Traffic"


def test_listed_stories_each_with_its_headline_then_its_teaser_end_the_story() -> None:
    article = normalised(
        "將出席東盟部長會議 丘應樺稱向其他部長說好香港故事",
        "商務及經濟發展局局長丘應樺下月出訪柬埔寨出席東盟部長會議，他說，也會向其他部長說好香港的故事。",
        "丘應樺在一個電視節目表示，香港是高度自由的社會，有獨立法制，這些都是成功的故事。",
        "相关推荐",
        "當局完成大角咀中美樓強檢執法行動 7人未進行強檢",
        "當局完成大角咀中美樓強檢執法行動 7人未進行強檢 政府今早約10時許完成大角咀中美樓的強制檢測"
        "執法行動，共檢查了約680名受檢人士的檢測報告",
        "衞生署上周接獲181宗涉接種疫苗異常事件報告",
        "衞生署上周接獲181宗涉接種疫苗異常事件報告 截至本月27日的過去一星期，衞生署共接獲181宗"
        "涉及曾經接種新冠疫苗的異常事件報告",
    )
    assert article.blocks[-1].text.startswith("丘應樺在一個電視節目表示")


def test_a_title_drawn_from_a_subtitle_run_into_the_text_leaves_the_next_day() -> None:
    article = normalised(
        "他们在城区繁华地带组织了问卷调查和签名宣传活动 10月1日，在城区风筝广场，潍坊七中的学生"
        "自发组织了知识问卷调查和公益签名活动。",
        "10月1日，记者在活动现场看到，学生们热情很高。",
    )
    assert article.meta.title == "他们在城区繁华地带组织了问卷调查和签名宣传活动"


@pytest.mark.parametrize(
    ("text", "date"),
    [("雲林縣政府新聞參考資料112.7.5", "2023-07-05"), ("版本 1.2.3", None), ("IP 110.7.5.3", None)],
)
def test_a_minguo_date_with_dots_and_single_figures(text: str, date: str | None) -> None:
    assert find_date([text]) == date


def test_a_commentators_signature_names_no_commentator() -> None:
    found = find_boilerplate("才有这座英雄的城！（评论员 罗博 萧海川）")
    assert found.reporters == ["罗博", "萧海川"]
    assert found.text == "才有这座英雄的城！"
