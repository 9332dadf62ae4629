"""Rules learnt from the fortieth and later rounds of real pages the project had never seen,
and from the misses earlier rounds left (measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import normalised, removed_rules

from highlights.ingest import parse_source
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.cleanup import normalise_spaces
from highlights.normalise.headlike import clean_title


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (  # what the sentence is set in: the time since
            "据初步统计，自1978年十一届三中全会至今，历届中央委员会召开了51次全体会议，"
            "审议通过了19个《决定》，现具体介绍如下。",
            "历届中央委员会召开了51次全体会议",
        ),
        (  # why it was done: the occasion's reason
            "因應九月底教師節到十月初中秋節和國慶日連續假期，台灣高鐵公司首度一次開放訂購"
            "18天疏運期間的車票，一度造成訂票系統壅塞。交通部長今天表示，台鐵還有車票。",
            "台灣高鐵公司首度一次開放訂購18天疏運期間的車票，一度造成訂票系統壅塞",
        ),
        (  # what the subject is, before the subject
            "作为资本市场的重要组成部分，证券行业肩负着服务实体经济的光荣使命，"
            "行业的高质量发展任重道远，文化建设是其中的重要一环。",
            "证券行业肩负着服务实体经济的光荣使命",
        ),
    ],
)
def test_a_title_drawn_from_the_text_skips_the_setting_it_opens_with(
    paragraph: str, title: str
) -> None:
    assert normalised(paragraph, "第二段正文在這裡，說明更多的情況與細節。").meta.title == title


def test_a_setting_stays_in_a_title_when_what_follows_it_is_damaged() -> None:
    damaged = "在整个机器人行业中，除去军狱澳承┨刂只�器人，只有工业机器人递踩�规范相对健全。"
    article = normalised(damaged, "编者按：长久以来，机�器人和人工智能安全问题总蔇z欢媳蝗。")
    assert "�" not in article.meta.title
    assert article.meta.title == "在整个机器人行业中"


def test_a_document_viewers_controls_are_chrome_and_its_title_stays_the_headline() -> None:
    headline = "Luby s Reports Second Quarter Fiscal 2012 Results"
    article = normalised(
        headline,
        "Size: px",
        "Start display at page:",
        f'Download "{headline}"',
        "Transcription",
        "HOUSTON, TX March 21, 2012 Luby s, Inc. today announced its unaudited financial "
        "results for the second quarter fiscal 2012, a twelve-week period.",
    )
    assert article.meta.title == headline
    dropped = [r.text for r in article.report.removed]
    assert {"Size: px", "Start display at page:", "Transcription"} <= set(dropped)
    assert f'Download "{headline}"' in dropped


def test_a_transcripts_host_names_the_programme_when_there_is_no_headline() -> None:
    article = normalised(
        "You are on page 1of 6",
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL",
        "FORM AND MAY BE UPDATED.",
        "CARL AZUZ, CNN STUDENT NEWS ANCHOR: Hey, everyone! Thanks for checking out this "
        "Thursday edition of CNN Student news. My name is Carl Azuz, reporting from the CNN "
        "Center.",
        "AZUZ: The words of White House Press Secretary Robert Gibbs yesterday.",
    )
    assert article.meta.title == "CNN Student News"
    assert "FORM AND MAY BE UPDATED." in [r.text for r in article.report.removed]


def test_a_release_pages_filing_dates_are_chrome_under_its_headline() -> None:
    article = normalised(
        "按 Enter 到主內容區",
        "行政院會通過「行政院107年度施政計畫(草案)」",
        "資料來源:行政院",
        "建檔日期:106-08-17",
        "更新時間:106-08-17",
        "行政院會今(17)日通過國發會簽陳的「行政院107年度施政計畫(草案)」，將併同中央政府總預算案"
        "函請立法院審議。",
    )
    assert article.meta.title == "行政院會通過「行政院107年度施政計畫（草案）」"
    assert "建檔日期:106-08-17" in [r.text for r in article.report.removed]


def test_a_papers_edition_line_and_its_tags_end_the_story_and_its_teasers_credit_no_one() -> None:
    article = normalised(
        "(资料图片仅供参考)",
        "本报北京8月16日电(记者郑翔)针对近期少数西方政客和媒体称,中国经济增长放缓可能对全球经济"
        "发展构成风险,外交部发言人汪文斌16日在例行记者会上答问时说,这种论调有悖事实。",
        "汪文斌说,今年上半年,中国国内生产总值同比增长5.5%,明显快于去年全年3%的经济增速。",
        "《 人民日报 》( 2023年08月17日 03 版)",
        "标签:",
        "本报内罗毕8月15日电(记者黄炜鑫)为庆祝中肯两国建交60周年,“中肯",
        "本报北京8月15日电(记者常钦)近日,农业农村部(国家乡村振兴局)研",
    )
    dropped = {r.text: r.rule for r in article.report.removed}
    assert dropped["(资料图片仅供参考)"] == "boilerplate.chrome"
    assert dropped["标签:"] == "boilerplate.chrome"
    assert article.meta.reporters == ["郑翔"]
    text = "\n".join(b.text for b in article.blocks)
    assert "人民日报" not in text and "中肯" not in text and "农业农村部" not in text
    # `针对…称，…，X说，`: what was answered, then who answered it: the answer names the story
    assert article.meta.title == "汪文斌：这种论调有悖事实"


def test_an_issuers_name_over_its_release_is_no_headline() -> None:
    article = normalised(
        "Memorial Health",
        "April 10, 2024",
        "Memorial Health announced today that it has been recognized as a 2024 Patient Safety "
        "Excellence Award recipient by Healthgrades, the leading resource consumers use to find "
        "a hospital.",
        "“Patient safety is a top priority for all of us at Memorial Health,” said its president.",
    )
    assert article.meta.title.startswith("Memorial Health announces that it has been")
    assert "Memorial Health" in [r.text for r in article.report.removed]


def test_an_app_widget_and_the_captions_of_a_press_conference_leave_the_text() -> None:
    article = normalised(
        "中共四川省委十一届十次全会有着怎样的重要意义?权威解读来了",
        "作者:四川新闻网 来源:本站原创 发布时间:2021-12-28 10:05:51 点击数:",
        "扫一扫下载",
        "渠县网APP",
        "分享",
        "中共四川省委新闻发布会现场",
        "12月3日上午,中共四川省委新闻发布会举行,解读省委十一届十次全会精神。",
        "王一宏发言",
        "王一宏指出,这次全会是在全省上下隆重庆祝中国共产党成立100周年的重要时刻召开的。",
    )
    dropped = {r.text: r.rule for r in article.report.removed}
    assert dropped["扫一扫下载"] == dropped["渠县网APP"] == dropped["分享"] == "boilerplate.chrome"
    assert dropped["中共四川省委新闻发布会现场"] == dropped["王一宏发言"] == "boilerplate.caption"
    assert article.blocks[0].text.startswith("12月3日上午")


def test_chinese_wrapped_with_marks_a_copy_made_ascii_is_joined_from_its_first_line() -> None:
    text = (
        "1月6日,市委九届九次全委(扩大)会议在市中心区召开。会议的主要任务是以党\n"
        "的十六大精神为指导,深入贯彻中央经济工作会议和省委工作会议精神,回顾总结2002年工\n"
        "作,分析面临的形势,提出本市全面建设小康社会的奋斗目标,安排部署2003年工作任务。\n"
        "吴杰凯代表市委常委会作了题为《认真学习贯彻十六大精神,为全面建设小康社会开好局起\n"
        "好步》的报告。报告在回顾总结2002年工作、全面分析面临形势的基础上,提出了本市2003\n"
        "年要重点抓好5个方面的工作:一是把学习贯彻十六大精神不断引向深入;二是科学规划全\n"
        "面建设小康社会的奋斗目标;三是全面完成本年改革和发展的主要任务;四是切实加强文化\n"
        "建设和政治建设;五是把党的建设新的伟大工程推向前进。\n"
    )
    doc = parse_source(Path("wrapped.txt"), text.encode())
    assert doc.blocks[0].text.endswith("安排部署2003年工作任务。")
    assert doc.blocks[1].text.endswith("推向前进。")


@pytest.mark.parametrize("line", ["2008版中国年鉴", "2010版国情"])
def test_a_yearbook_sites_editions_are_menu_entries(line: str) -> None:
    assert find_chrome(line) is not None


_LEXIS = """<<

Page 1

29 of 1000 DOCUMENTS

The NewsHour with Jim Lehrer

June 16, 2010 Wednesday

SHOW: PBS NEWSHOUR 6:00 PM EST

PBS NewsHour For June 16, 2010

BYLINE: Emma Cott, , Jeffrey Brown, , ,

SECTION: NEWS; International

LENGTH: 8869 words

HIGHLIGHT: BP agrees to set aside $20 billion dollars to pay damages caused by the Gulf oil spill.

GWEN IFILL: Good evening. I'm Gwen Ifill. BP agreed today to set aside at least $20 billion.

JUDY WOODRUFF: And I'm Judy Woodruff. We assess the political fallout from the crisis.

LOAD-DATE: June 17, 2010

LANGUAGE: ENGLISH
"""


def test_a_news_databases_export_declares_its_headline_publication_date_and_byline() -> None:
    article = normalise(parse_source(Path("lexis.txt"), _LEXIS.encode()))
    assert article.meta.title == "PBS NewsHour For June 16, 2010"
    assert article.meta.date == "2010-06-16"
    assert article.meta.source == "The NewsHour with Jim Lehrer"
    assert article.meta.reporters == ["Emma Cott", "Jeffrey Brown"]
    text = "\n".join(b.text for b in article.blocks)
    assert text.startswith("BP agrees to set aside")
    assert "LENGTH" not in text and "LOAD-DATE" not in text and "ENGLISH" not in text
    removed = [r.text for r in article.report.removed]
    assert "29 of 1000 DOCUMENTS" in removed and "SECTION: NEWS; International" in removed


def test_text_that_only_mentions_documents_is_no_export() -> None:
    text = "Report\n\n3 of 10 DOCUMENTS\n\nwere missing from the archive, the clerk said today."
    assert parse_source(Path("note.txt"), text.encode()).blocks[0].text == "Report"


def test_a_pages_exclaimed_title_names_it_when_no_line_of_the_text_does() -> None:
    page = (
        "<html><head><title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title></head><body>"
        "<div class='article'><p>“妈妈，为什么还不能出去？”</p>"
        "<p>“宝贝，我们在打一场无声的战役，每个在家里不出去的人都是英雄哦！”</p>"
        "<p>封在武汉的父母们，总要万般无奈而又小心翼翼回应着孩子天真的追问。1月23日，武汉全面"
        "封闭离汉通道时，武汉三镇尚有900多万人口。</p></div></body></html>"
    )
    article = normalise(parse_source(Path("page.html"), page.encode()))
    assert article.meta.title == "武汉的声音：有英勇的你，才有英雄的城！"


_PHOTO_STORY = [
    "11日,习近平总书记在江西省上饶市考察调研",
    "他来到婺源县秋口镇王村石门自然村",
    "了解推进乡村振兴等情况",
    "新华社记者 谢环驰 摄婺源县位于江西东北部",
    "与皖、浙两省交界",
    "全县2967平方公里,人口37万",
    "被誉为“中国最美乡村”",
    "近日拍摄的婺源县秋口镇王村石门自然村晒秋场景。新华社记者 胡晨欢 摄金秋十月,风吹稻香",
    "果实缀满枝头",
    "处处是“秋忙”的身影",
    "满是新采摘的红辣椒、胡萝卜、绿豆、红豆……",
    "近日拍摄的婺源县篁岭村晒秋画面。新华社记者 胡晨欢 摄这一乡村振兴的丰收画面",
    "“晒”的是春华秋实",
    "也是村里老百姓的幸福劲儿",
]


def test_a_photo_credit_glued_to_the_text_after_it_ends_its_caption() -> None:
    article = normalised(*_PHOTO_STORY)
    text = "\n".join(b.text for b in article.blocks)
    assert "摄" not in text and "新华社记者" not in text
    assert "晒秋场景" not in text  # the caption went with its credit


def test_a_photo_story_set_clause_by_clause_reads_as_paragraphs_between_its_pictures() -> None:
    texts = [b.text for b in normalised(*_PHOTO_STORY).blocks]
    assert (
        "婺源县位于江西东北部，与皖、浙两省交界，全县2967平方公里，人口37万，被誉为“中国最美乡村”。"
        in texts
    )
    assert (
        "金秋十月，风吹稻香，果实缀满枝头，处处是“秋忙”的身影，满是新采摘的红辣椒、胡萝卜、绿豆、红豆……"
        in texts
    )
    assert "这一乡村振兴的丰收画面，“晒”的是春华秋实，也是村里老百姓的幸福劲儿。" in texts


def test_short_lines_with_no_pictures_between_them_stay_lines() -> None:
    lines = ["丁任村群众大会", "咀头赵村群众大会", "牛吴村群众大会", "东剡村群众大会"]
    article = normalised("全镇召开群众大会动员干部群众团结一心", *lines)
    assert [b.text for b in article.blocks][-4:] == lines


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        (
            "XIGAZE, Tibet, April 29 (Xinhua) -- Tibet Wednesday started construction.",
            "XIGAZE, Tibet, April 29 (Xinhua) --",
        ),
        (
            "HAGERSTOWN, MD (August 23, 2017) - The Governor's Office for Children awarded it.",
            "HAGERSTOWN, MD (August 23, 2017) -",
        ),
    ],
)
def test_an_english_dateline_with_its_region_or_its_date_in_brackets(
    line: str, dateline: str
) -> None:
    assert removed_rules(line) == ["boilerplate.dateline"]
    assert normalised("Headline of the story here", line).report.removed[0].text == dateline


@pytest.mark.parametrize(
    "line",
    [
        "Press 'Tab' to enter menu",
        "以文本方式查看主题 - 网院部落",
        "Redian新闻",
        "100 W. Washington Street, Suite 1401",
        "Hagerstown, MD 21740 | 240.313.2380",
        "JUNE 6, 2012 --",
    ],
)
def test_a_pages_keyboard_hint_text_view_app_name_address_and_date_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_wires_desk_handle_is_its_editor() -> None:
    article = normalised(
        "Xinhua Photo Daily | Aug. 15, 2022",
        "Editor: huaxia",
        "BEIJING, Aug. 15 (Xinhua) -- A selection of the best daily press photos from Xinhua.",
    )
    assert article.meta.editors == ["huaxia"]
    assert article.meta.title.startswith("Xinhua Photo Daily")


def test_a_releases_contact_block_set_line_by_line_leaves_as_one_line() -> None:
    text = (
        "100 W. Washington Street, Suite 1401\nHagerstown, MD 21740 | 240.313.2380\n"
        "FOR IMMEDIATE RELEASE\n\nCONTACT:\nJames Jenkins, Manager\nP: 240.313.2384\n"
        "WASHINGTON COUNTY LOCAL MANAGEMENT BOARD\nRECEIVES $674,447 GRANT AWARD\n\n"
        "HAGERSTOWN, MD (August 23, 2017) - The Governor's Office for Children recently awarded "
        "the Washington County Local Management Board over $670,000 in state grant funds.\n"
    )
    article = normalise(parse_source(Path("release.txt"), text.encode()))
    assert article.meta.title == (
        "WASHINGTON COUNTY LOCAL MANAGEMENT BOARD RECEIVES $674,447 GRANT AWARD"
    )
    assert "CONTACT: James Jenkins, Manager, P: 240.313.2384" in [
        r.text for r in article.report.removed
    ]
    assert article.blocks[0].text.startswith("The Governor's Office for Children")


_TEXT_VIEW = (
    "以文本方式查看主题 - 网院部落 (http://bbs.example.com/index.asp) -- 『 大话茶艺社 』 "
    "(http://bbs.example.com/list.asp?boardid=8) ---- 两会政府工作报告,要的不仅仅是掌声 "
    "转自81.china.com (http://bbs.example.com/dispbbs.asp?boardid=8&id=72440) |\n"
    "-- 作者:我心飞扬 -- 发布时间:2007/3/9 13:12:24 -- 两会政府工作报告,要的不仅仅是掌声 "
    "转自81.china.com 转自 回头看今年的政府工作报告,可谓实实在在,提到的多是民众关心的话题。"
    "报告成绩实事求是,披露问题毫不避讳。转自81.china.com |\n"
)


def test_a_forums_text_view_is_read_as_its_first_posts_story() -> None:
    article = normalise(parse_source(Path("thread.txt"), _TEXT_VIEW.encode()))
    assert article.meta.title == "两会政府工作报告，要的不仅仅是掌声"
    assert article.meta.date == "2007-03-09"
    assert article.meta.source == "81.china.com"
    assert article.blocks[0].text.startswith("回头看今年的政府工作报告，可谓实实在在")
    assert article.blocks[-1].text.endswith("披露问题毫不避讳。")


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "由國務院僑辦、上海市僑辦共同組織的海外華文媒體團參觀了上海世博會澳門館，"
            "受到澳門館館長的熱情接待，媒體團成員紛紛表示讚賞。",
            "海外華文媒體團參觀了上海世博會澳門館",
        ),
        (
            "人民日报发表钟声文章：《轻舟已过万重山：“中国退步论”可以休矣》。",
            "人民日报发表钟声文章：《轻舟已过万重山：“中国退步论”可以休矣》。",
        ),
    ],
)
def test_a_drawn_title_drops_who_organised_it_and_is_never_cut_inside_a_title(
    paragraph: str, title: str
) -> None:
    article = normalised(
        paragraph, "文章说，中美经贸磋商尚未达成任何协议，美方就一再给中方乱扣帽子。"
    )
    assert article.meta.title == title


def test_each_desks_editor_in_one_bracket_after_the_last_sentence() -> None:
    article = normalised(
        "中原实验：“三化”一盘棋解“河南之难”",
        "河南以新型城镇化引领，探索出一条破解难题的新途径，实现了全覆盖。"
        "（视频编辑：王青涛 文字编辑：见红蕊）",
    )
    assert article.meta.editors == ["王青涛", "见红蕊"]
    assert article.blocks[-1].text.endswith("实现了全覆盖。")


@pytest.mark.parametrize(
    "line",
    [
        "Bullet Press Releases (issue date)",
        '<> 00:11 "but it\'ll happen"',
        "(Xinhua/ Chogo) Photo Gallery",
        "此頁面有問題嗎？",
        "公布單位：稽查科",
        "09-03-06·布兰妮复出巡演疑假唱 歌迷力挺：没人比得上！",
        "·才女曹方沪上展歌艺 好声音演绎随性音乐 (2009-10-27 08:57:37)",
        "设置首页 - 搜狗输入法 - 支付中心 - 搜狐招聘 - 广告服务 - 客服中心 - About SOHU - 公司介绍",
    ],
)
def test_a_pages_widgets_and_its_dated_list_of_other_stories_are_chrome(line: str) -> None:
    assert removed_rules(line) == ["boilerplate.chrome"]


def test_a_releases_date_run_into_its_last_line_leaves_the_line() -> None:
    line = "市民可參閱場地告示或直接聯絡場地職員。2016年5月30日(星期一)"
    article = normalised("康文署部分康體設施暫停開放", line)
    assert article.blocks[-1].text == "市民可參閱場地告示或直接聯絡場地職員。"
    assert article.meta.date == "2016-05-30"


def test_a_reposts_source_line_names_its_source_without_its_account_id() -> None:
    article = normalised(
        "新闻稿里的诗词怎么播", "正文说明了很多情况。", "本文内容来源：播音缘（ID:boyin8）"
    )
    assert article.meta.source == "播音缘"
    assert "本文内容来源：播音缘（ID:boyin8）" in [r.text for r in article.report.removed]


def test_a_promotional_photos_label_is_a_caption_not_the_headline() -> None:
    article = normalised(
        "曹方新专辑宣传照",
        "曹方新碟发布会创意无限 特制入场门票体现心意",
        "腾讯音乐讯 一向具有奇思妙想的内地唱作才女曹方，在11月11日举行了新专辑的发布会。",
    )
    assert article.meta.title == "曹方新碟发布会创意无限 特制入场门票体现心意"
    assert ("boilerplate.caption", "曹方新专辑宣传照") in [
        (r.rule, r.text) for r in article.report.removed
    ]


def test_a_backtick_typed_for_an_apostrophe_is_one() -> None:
    article = normalised("PBS NewsHour", "GWEN IFILL: I`m Gwen Ifill. We interview BP`s director.")
    assert "I’m Gwen Ifill" in article.blocks[0].text and "BP’s director" in article.blocks[0].text
    assert article.report.counts["backtick_apostrophes"] == 2
    assert (
        "use `pip` here" in normalised("Title here", "Then use `pip` here, please.").blocks[0].text
    )


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("一、综 合", "一、综合"),
        ("第九章 附 则", "第九章 附则"),
        ("公 报", "公报"),
        ("记者 李 军", "记者 李 军"),
    ],
)
def test_a_letter_spaced_short_heading_closes_up(line: str, closed: str) -> None:
    assert normalise_spaces(line).text == closed


def test_a_more_link_alone_is_chrome_however_it_is_spaced() -> None:
    assert removed_rules("更 多") == removed_rules("更多") == ["boilerplate.chrome"]


def test_a_reports_title_over_its_source_stamp_stays_its_own_line() -> None:
    text = (
        "关于连云港市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
        "信息来源:市十五届人大四次会议秘书处 发布日期:2024-01-17 浏览次数: 字号: [小] [中] [大]\n\n"
        "——2024年1月16日在连云港市第十五届人民代表大会第四次会议上\n\n"
        "各位代表:\n\n受市人民政府委托，现将计划执行情况与计划草案提请市十五届人大第四次会议审议。\n"
    )
    article = normalise(parse_source(Path("report.txt"), text.encode()))
    assert article.meta.title.startswith("关于连云港市2023年国民经济和社会发展计划执行情况")


def test_a_sites_dateline_with_its_other_name_in_brackets() -> None:
    line = "荊楚網（湖北日報網）訊（記者呂鑒蕾、陶輝）12月19日，鄂州市鄂城區十屆人大二次會議開幕。"
    article = normalised(line, "當天出爐的政府工作報告指出，2023年是貫徹黨的二十大精神開局之年。")
    assert article.meta.title == "鄂州市鄂城區十屆人大二次會議開幕"
    assert ("boilerplate.dateline", "荊楚網（湖北日報網）訊") in [
        (r.rule, r.text) for r in article.report.removed
    ]


@pytest.mark.parametrize(
    "line",
    ["【 第1頁 第2頁 第3頁 第4頁 第5頁 】", "第670期 │ 發行日期:2020年10月23日"],
)
def test_a_storys_page_numbers_and_an_e_papers_issue_line_are_chrome(line: str) -> None:
    assert removed_rules(line) == ["boilerplate.chrome"]


def test_a_release_forms_label_leaves_its_headline() -> None:
    assert clean_title("Event/Date: Revised library hours start") == "Revised library hours start"
    assert (
        clean_title("Subject: Grants to Support Human Services")
        == "Grants to Support Human Services"
    )
