"""Held-out rounds 242–250: a pool report forwarded as an e-mail (its subject the headline, its
header reported, its bold lead-ins heading cards); the headline over a publish stamp under long
menus; a copying site's title tags; spam and marks taken off a headline; datelines, credits and
dates in their less common forms; a work report's government as its source; a Q&A page's title."""

from __future__ import annotations

from pathlib import Path

from highlights.cards import build_deck
from highlights.ingest import parse_source
from highlights.ingest.mail import read_mail
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.sites import site_title


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


_FORWARDED = (
    "Fwd: Travel pool report #3: Gaggle\n\n"
    "Begin forwarded message:\n\n"
    'From: "Eilperin, Juliet" >\n'
    "Date: June 8, 2016 at 3:50:34 PM EDT\n"
    'To: "Barnes, Desiree N." >\n'
    "Subject: Travel pool report #3: Gaggle\n\n"
    "White House press secretary Josh Earnest gaggled for roughly 24 minutes about Air Force "
    "One, and most of the questions focused on the Democratic presidential nomination.\n\n"
    "Earnest said the meeting with Sanders would take place at the White House at 11:15 am on "
    "Thursday.\n"
)

_BOLD = (
    "*From:* Rogers, Katie <>\n"
    "*Sent:* Tuesday, July 31, 2018 5:36 PM\n"
    "*Subject:* Travel pool #2: Gidley Gaggle - Plastic guns, border security, Facebook, Iran\n\n"
    "AF1 landed at 5:29 p.m.\n\n"
    '*On plastic guns:* "The president is committed to the safety and security of all '
    'Americans and considers this his highest responsibility."\n\n'
    '*On Facebook and political interference: *"The president has made it clear that his '
    'administration will not tolerate foreign interference into our electoral process."\n\n'
    '*On border security:* "He wants a lasting solution so that we are not in the same boat '
    'five years down the road."\n'
)


def test_the_subject_is_the_headline_and_the_header_is_reported() -> None:
    article = _article(_FORWARDED)
    assert article.meta.title == "Travel pool report #3: Gaggle"
    assert article.meta.date == "2016-06-08"
    removed = [r.text for r in article.report.removed]
    assert 'From: "Eilperin, Juliet" >' in removed
    assert not any("Eilperin" in b.text for b in article.blocks)


def test_a_bold_header_is_chrome_and_bold_lead_ins_head_cards() -> None:
    article = _article(_BOLD)
    assert article.meta.title.startswith("Travel pool #2: Gidley Gaggle")
    assert {"*From:* Rogers, Katie <>", "*Sent:* Tuesday, July 31, 2018 5:36 PM"} <= {
        r.text for r in article.report.removed
    }
    titles = [c.title for c in build_deck(article).cards]
    assert "On plastic guns" in titles
    assert "On Facebook and political interference" in titles


def test_a_text_that_quotes_a_from_line_is_no_mail() -> None:
    text = "Letters to the editor\n\nFrom: a reader in Ohio\n\nI write about the new bridge.\n"
    assert read_mail(text) is None


def test_a_title_listing_topics_after_a_dash_keeps_them() -> None:
    title = "Travel pool #2: Gidley Gaggle - Plastic guns, border security, Facebook, tax cuts"
    assert site_title(title) == title
    assert site_title("Floods close schools - Daily Herald") == "Floods close schools"


# and the same round's furniture: a like button's count, a theme's reprint line, a paper's
# photo credit after a dash, a wire desk's sign-off in brackets


def test_round_242_furniture_is_chrome() -> None:
    for line in ("赞（98715）", "未经允许不得转载：>蓝琛资讯网 » 枕戈待旦，解放军战备演练随时打响"):
        assert find_boilerplate(line).text == "", line
    caption = (
        "A woman mourns over the body of her relative in Hanwang town, in China's southwest "
        "Sichuan province, on Friday, May 16, 2008. - photo by Associated Press"
    )
    assert find_boilerplate(caption).text == ""
    signed = "Santiago said owners must be responsible. (EDLeon, PIA V/Albay/mal)"
    assert find_boilerplate(signed).text == "Santiago said owners must be responsible."


def test_a_bracket_after_a_sentence_is_no_sign_off_without_its_desk() -> None:
    line = "The fund will be launched next year. (Reuters, AP, AFP)"
    assert find_boilerplate(line).text.endswith("(Reuters, AP, AFP)")


def test_an_evening_papers_dateline_and_a_bare_days_slash_open_no_title() -> None:
    evening = _article(
        "晚报讯 昨日（7），为期两天的中国人民政治协商会议第十一届委员会第三次全体会议开幕，"
        "赴会的354名政协委员聚集一堂，共同绘画柳州的美好蓝图。今日，大会将讨论决定增选政协副主席。\n\n"
        "市委书记陈刚应邀参加会议，并通报了我市2012年上半年经济和社会发展情况。\n"
    )
    assert evening.meta.title.endswith("全体会议开幕")
    assert evening.meta.source is None  # `晚报` is the paper's own, as `本报` is: no name
    slashed = _article(
        "1月30日電/2017年春節假期已進入第四天，全國旅遊市場總體進入遊客出游高峰期。\n\n"
        "經國家旅遊局數據中心綜合測算，1月30日全國旅遊接待總人數6310萬人次。\n"
    )
    assert not slashed.meta.title.startswith("/")


def test_an_ascii_full_stop_after_han_ends_a_chinese_sentence() -> None:
    from highlights.normalise.punctuation import fix_punctuation

    assert fix_punctuation("同時處理組織重組. 但是，在國家")[0] == "同時處理組織重組。但是，在國家"
    assert fix_punctuation("他说:好的.")[0] == "他说：好的。"
    for kept in ("共3.5亿元", "美国U.S.中国", "等等...他说", "Hello world. 中文"):
        assert fix_punctuation(kept)[0] == kept


def test_a_page_on_one_line_keeps_the_story_after_its_headline_and_stamp() -> None:
    article = _article(
        "網民東港城聚集 警拘8人涉非法集結及襲警等 2020-05-16 15:55 網民下午發起在沙田及將軍澳等4區"
        "聚集,警員下午一度進入東港城驅散聚集者,並在場拘捕多人。警方指,下午約2時許,有近50人在將軍澳"
        "東港城內聚集及叫口號,警方懷疑有人參與未經批准集結,遂進入商場警告集結羣眾離開,但部分人士拒絕"
        "聽從警告並起哄叫囂,警方於是採取執法行動。警方呼籲市民停止在公眾地方聚集。 "
        "東港城內一名保安員被在場人士質問為何報警。 關鍵字 Facebook WhatsApp WeChat 微博 Twitter "
        "電郵 文字 列印 上一篇 尖沙嘴棉登徑髮型屋遭淋紅油\n"
    )
    assert article.meta.title == "網民東港城聚集 警拘8人涉非法集結及襲警等"
    body = "".join(b.text for b in article.blocks)
    assert "並在場拘捕多人" in body  # the story is not lost with the line its headline was on
    bar = "關鍵字 Facebook WhatsApp WeChat 微博 Twitter 電郵 文字 列印 上一篇 尖沙嘴髮型屋"
    assert find_boilerplate(bar).text == ""


def test_the_line_over_the_publish_stamp_is_the_headline_under_a_long_menu() -> None:
    menu = "".join(f"  • 欄目{n}新聞\n" for n in range(1, 30))
    article = _article(
        f"媒體\n{menu}\n風雲際會賀一誠\n\n2019-09-16 04:05\n"
        "  中國國家主席習近平接見候任澳門特首賀一誠時，語重心長地說：事實證明，一國兩制是完全"
        "行得通、辦得到、得人心的。\n"
        "  從賀一誠的回應，可見他政治性強，理解能力高，明白在現今處境下應該怎樣做。\n"
    )
    assert article.meta.title == "風雲際會賀一誠"


def test_a_menus_items_do_not_push_the_stamp_out_of_reach() -> None:
    menu = "".join(f"  • 平台{n}号\n\n" for n in range(1, 14))
    article = _article(
        f"搜索 猫眼电影 融媒体矩阵\n{menu}首页 >新闻 >社会新闻\n\n"
        '环球:美方公布"中国军力报告" 使用了较为缓和的语气\n\n2026-01-02 15:14:48\n来源:\n\n'
        "【环球时报报道 记者 丁雅栀】美国五角大楼23日发布最新版《中国军事与安全发展报告》，"
        "报告宣称美国不寻求扼杀中国。\n\n这份长达100页的报告在开篇写道，美国国会25年来一直指示国防部"
        "就中国的军事和安全发展情况提交年度报告。\n"
    )
    assert article.meta.title.startswith("环球：美方公布")


def test_a_meetings_closing_formula_and_a_news_list_label_are_furniture() -> None:
    for line in ("会议还研究了其他工作。", "會議還審議了其他事項。", "新闻推荐"):
        assert find_boilerplate(line).text == "", line
    kept = "会议还研究了《玉林市文化发展“十二五”规划》。"
    assert find_boilerplate(kept).text == kept


def test_a_copying_sites_tag_of_the_title_leaves_the_paragraph_it_opens() -> None:
    article = _article(
        "新华网|水利部:8月份长江上游可能再次发生编号洪水\n\n"
        "新华社北京7月31日电 水利部预计，8月份，长江上游可能再次发生编号洪水，"
        "黄河上中游等可能发生较大洪水。\n\n"
        "【新华网|水利部:8月份长江上游可能再次发生编号洪水】他要求，统筹做好三峡水库调度，"
        "继续紧盯淮河、太湖排水。\n"
    )
    assert article.blocks[-1].text.startswith("他要求")
    assert any(r.rule == "boilerplate.repeat" for r in article.report.removed)


def test_a_lottery_sites_words_in_the_headline_are_taken_off_and_reported() -> None:
    article = _article(
        "原创 李强主持召开代表座谈会 听取对政府工作管家婆正版全年免费资料报告的意见建议\n\n"
        "新华社北京1月20日电 国务院总理李强1月20日下午主持召开专家、企业家和教科文卫体等领域代表"
        "座谈会，听取对《政府工作报告（征求意见稿）》的意见建议。\n\n"
        "座谈会上，张辉、任少波、刘珺等先后发言。大家认为，去年经济运行总体平稳、稳中有进。\n"
    )
    assert "管家婆" not in article.meta.title and not article.meta.title.startswith("原创")
    assert any("lottery" in d.reason for d in article.report.damage)


def test_a_slashed_date_before_an_american_clock_puts_the_month_first() -> None:
    from highlights.normalise.metadata import find_date

    assert find_date(["10/11/2022 07:54 PM EDT"]) == "2022-10-11"
    assert find_date(["03/04/2025 10:00 AM ET"]) == "2025-03-04"
    assert find_date(["03/04/2025"]) is None  # April or March: nobody can tell
    assert find_date(["14/03/2025"]) == "2025-03-14"


def test_a_bracketed_datelines_reporter_and_a_copying_sites_word_for_reporter() -> None:
    tagged = find_boilerplate("【环球时报报道 记者 丁雅栀】美国五角大楼23日发布最新版报告。")
    assert (tagged.reporters, tagged.outlet) == (["丁雅栀"], "环球时报")
    assert tagged.text.startswith("美国五角大楼")
    swapped = find_boilerplate("新华社北京7月31日电(采访人员胡璐)水利部预计,长江上游可能发生洪水。")
    assert swapped.reporters == ["胡璐"] and swapped.text.startswith("水利部预计")


def test_a_session_then_when_it_opened_make_one_headline() -> None:
    article = _article(
        "本报1月7日讯 中国人民政治协商会议第十二届威海市委员会第二次会议,1月7日上午在威海国际"
        "会议中心隆重开幕。市政协主席刘玉党出席会议。\n\n会议听取了市政协常委会工作报告，审议了提案工作情况。\n"
    )
    assert article.meta.title == "中国人民政治协商会议第十二届威海市委员会第二次会议隆重开幕"


def test_a_work_reports_government_is_its_source_and_a_bare_office_word_none() -> None:
    article = _article(
        "政府工作报告\n\n各位代表：\n\n现在，我代表闽清县人民政府，向大会报告政府工作，请予审议。\n\n"
        "一、2018年工作回顾\n\n2018年，全县地区生产总值突破200亿元，增长8.8%。一般公共预算总收入"
        "33.8亿元，同口径增长96.1%。\n"
    )
    assert article.meta.source == "闽清县人民政府"


def test_a_question_mark_after_an_exclamation_is_the_headlines_own() -> None:
    from highlights.normalise.damage import find_damage
    from highlights.normalise.headlike import is_headline

    assert is_headline("全线告急！特大洪水会再现？千万别以为与你无关")
    assert find_damage("市政府召开?常务会议研究部署工作")  # a lost character, no question


def test_a_question_and_answer_page_is_titled_by_its_first_question() -> None:
    article = _article(
        "問:澳大利亞政府近日發表了國防白皮書,稱為應對中國軍力發展,澳將加強軍備建設。中方認為如何?\n"
        "答:中國堅持走和平發展道路,奉行防御性國防政策,是維護和促進地區和世界和平穩定的積極力量。\n"
        "問:斯里蘭卡政府近日呼吁國際社會向其提供緊急人道主義援助。中方有何舉措?\n"
        "答:中國政府決定向斯里蘭卡政府提供100萬美元現匯的緊急人道主義援助。\n"
    )
    assert article.meta.title == "澳大利亞政府近日發表了國防白皮書"
    assert article.meta.source is None
