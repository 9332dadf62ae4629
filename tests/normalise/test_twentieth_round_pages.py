"""Rules learnt from the sixty-eighth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

import pytest
from tests.text_support import normalised

from highlights.model import Block, Metadata, Removal
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.captions import says_what_the_picture_shows
from highlights.normalise.chrome import find_chrome
from highlights.normalise.cleanup import drop_jammer, jammer_spans, split_line_breaks
from highlights.normalise.damage import find_damage
from highlights.normalise.datelines import dateline
from highlights.normalise.declared import with_page
from highlights.normalise.derived import condense
from highlights.normalise.headlike import clean_title, is_headline
from highlights.normalise.injected import find_injected
from highlights.normalise.issuer import with_issuer
from highlights.normalise.openings import unopened
from highlights.normalise.pinyin import find_glosses, remove_glosses
from highlights.normalise.repaired import repaired_spots
from highlights.normalise.zh_credits import clean_names


def test_each_glossed_word_is_one_spot_with_its_glosses() -> None:
    text = "司局長(zhǎng)昨日走進(jìn)社區(qū)，與市民同樂(lè)。"
    spots = find_glosses(text)
    assert [s.before for s in spots] == ["長(zhǎng)", "進(jìn)社區(qū)", "樂(lè)"]
    assert all(text[s.start : s.end] == s.before for s in spots)
    assert remove_glosses(text).text == "司局長昨日走進社區，與市民同樂。"


def test_a_bracketed_word_that_is_no_gloss_is_no_spot() -> None:
    assert find_glosses("蘋果(Apple)與微軟(MS)發布新品(new)") == []


def test_glosses_are_reported_where_they_were_and_the_text_is_repaired() -> None:
    article = normalised("全縣經(jīng)濟運行保持平穩(wěn)，房地產(chǎn)開發(fā)投資增長。\n" * 2)
    glossed = [d for d in article.report.damage if d.reason.startswith("pinyin gloss")]
    assert {d.snippet for d in glossed} == {"經(jīng)", "穩(wěn)", "產(chǎn)開發(fā)"}
    assert article.report.unrepaired() == []
    assert "(" not in article.body_text()


def test_forum_noise_with_double_spaces_is_dropped_and_reported() -> None:
    line = "輪戰線將於大會展開。* _; y3 S  A% G2 h&"
    assert drop_jammer(line).text == "輪戰線將於大會展開。"
    assert jammer_spans(line) == [(10, len(line))]
    [spot] = repaired_spots(line)
    assert spot.reason == "forum anti-copy noise" and "y3 S" in spot.before
    assert jammer_spans("會議 a b c d 開始") == []  # letters alone are no noise


def test_a_casino_brand_glued_into_a_sentence_is_injected_spam() -> None:
    text = "建设澳门金沙博彩娱乐平台域副中心城市，必须经过院g捕鱼游戏领导小组通过"
    assert [text[s:e] for s, e in find_injected(text)] == ["金沙博彩娱乐平台", "捕鱼游戏"]
    assert find_injected("澳門博彩業收入回升，金沙中國公布業績") == []


@pytest.mark.parametrize(
    "line",
    [
        "節目內容 欄目介紹 主創人員",  # a programme page's tabs
        "星洲网 登录",  # the site's account link
        "4月7日晚",  # when, not what
        "7月23日，我县召开民营经济代表谈心交流会。县委常委、统战部长杨金銮出席会议",  # a lead
        "Key Highlights",  # the label over a story's bullets
    ],
)
def test_lines_that_name_no_story_are_no_headline(line: str) -> None:
    assert not is_headline(line)


def test_a_slogan_of_two_parts_and_a_titled_line_are_still_headlines() -> None:
    assert is_headline("敞开家门 展现新加坡人热情")
    assert is_headline("我县召开民营经济代表谈心交流会")


@pytest.mark.parametrize(
    "line",
    [
        "富時綜指 1537.01 (-10.98)",  # a paper's market ticker
        "恒生指数 17,002.33 +1.2%",
        ":house：返回首頁",  # a Markdown scrape's home link, its emoji's short code left
        "This is an archive page",
        "Weekdays from 5 a.m. to 9 a.m.",  # a radio show's airtime
        "Composer ID:",  # its CMS's empty field and record ids
        "5182a3abe1c8428d5e1222ae|5182a3a6e1c8428d5e122298",
        "Originally published on Tue September 10, 2013 6:08 am",
    ],
)
def test_page_furniture_of_this_round_is_chrome(line: str) -> None:
    assert find_chrome(line)


@pytest.mark.parametrize(
    "line", ["GDP增长5.2%", "全年增长 6.5", "《採訪受阻事件透視》(2002年3月28日)"]
)
def test_figures_and_a_programmes_dated_title_are_no_chrome(line: str) -> None:
    assert not find_chrome(line)


def test_a_papers_edition_line_is_still_chrome() -> None:
    assert find_chrome("《 人民日报 》( 2023年08月17日 03 版)")
    assert find_chrome("《光明日報》(2021年3月2日)")


def test_a_programmes_title_keeps_its_name_and_gives_up_its_day() -> None:
    assert clean_title("《採訪受阻事件透視》(2002年3月28日)") == "《採訪受阻事件透視》"
    assert clean_title(". University Of Sussex Scientists Awarded Millions") == (
        "University Of Sussex Scientists Awarded Millions"
    )


def test_a_lead_opened_in_the_evening_is_drawn_from_what_follows() -> None:
    assert unopened("4月7日晚，区城投集团召开全体党员大会。") == "区城投集团召开全体党员大会。"


def test_an_agency_dateline_after_the_country_and_in_a_malaysian_paper() -> None:
    line = "MANAGUA, Nicaragua (AP) — Writer and former Vice President Sergio Ramírez announced…"
    assert dateline(line) == ("MANAGUA, Nicaragua (AP) — ", "AP")
    malaysian = "（马六甲18日讯）马六甲行动党议员指出，州议会将展延。"
    assert dateline(malaysian) == ("（马六甲18日讯）", None)
    assert dateline("（完）") is None


def test_an_english_lead_with_an_accented_name_is_readable_and_names_the_story() -> None:
    article = normalised(
        "Writer and former Nicaraguan Vice President Sergio Ramírez announced Friday he will "
        "go live in Spain, after the government tried to arrest him.",
        "The 79-year-old writer served as vice president from 1985 to 1990.",
    )
    assert article.meta.title.startswith("Writer and former Nicaraguan Vice President")
    assert len(article.blocks) == 2


def test_who_put_targets_forward_names_them_and_a_bare_label_takes_a_figure() -> None:
    said = normalised(
        "國務院總理李強5日在政府工作報告中提出，今年發展主要預期目標是：國內生産總值增長5%左右；"
        "城鎮新增就業1200萬人以上。"
    )
    assert said.meta.title == "李強在政府工作報告中提出今年發展主要預期目標"


def test_the_page_authors_wire_code_and_stamp_are_no_reporters() -> None:
    meta = Metadata(title="China snubs Imran Khan", language="en")
    declared = {"page_author": "Saibal Dasgupta; TNN; Updated Oct 9"}
    assert with_page(meta, declared).reporters == ["Saibal Dasgupta"]


def test_a_photo_credit_ending_in_sheying_is_a_caption_and_an_archive_note_no_name() -> None:
    hit = find_boilerplate("教育部党组书记、部长陈宝生。中国网记者 杨佳摄影")
    assert hit.text == "" and [r for r, _ in hit.removed] == ["boilerplate.caption"]
    assert clean_names(["档案照", "张三"]) == ["张三"]


def test_a_plenum_closing_after_its_agenda_is_named_without_the_leftover_preposition() -> None:
    assert condense("中国共产党北京市第十届委员会第三次全体会议在圆满完成各项议程后于闭幕") == (
        "中国共产党北京市第十届委员会第三次全体会议闭幕"
    )


@pytest.mark.parametrize(
    "line",
    [
        "要看最快最熱資訊，請來Follow我們《東方日報》WhatsApp Channel",  # a channel's call
        "订户专享 赠阅文章",  # a paywall
        "订阅登录，以继续阅读全文！",
        "發稿人員：葉冠伶、林靜怡",  # a release's issuing staff
        "第1版（）",  # a page database's empty edition cell
        "Transcript provided by NPR, Copyright NPR.",
        "http://www.chinareviewnews.com 2007-04-11 00:15:24",
        "扫描到手机，新闻随时看",
        "經濟參考報社版權所有 本站所有新聞內容未經經濟參考報協議授權，禁止轉載使用",
        "新聞線索提供熱線：010-63074375 63072334 報社地址：北京市宣武門西大街57號",
    ],
)
def test_a_papers_calls_paywall_and_desk_lines_are_chrome(line: str) -> None:
    assert find_chrome(line)


@pytest.mark.parametrize("line", ["他表示关注我们的频道改革进展", "记者从新闻线索中发现问题"])
def test_sentences_about_channels_and_tips_are_text(line: str) -> None:
    assert not find_chrome(line)


def test_the_writer_and_the_desk_in_one_bracket_closing_the_story_are_credits() -> None:
    hit = find_boilerplate(
        "筑牢气象防灾减灾第一道防线。(作者:王嘉慧 审核:王惜时 彭振林 责任编辑:王嘉慧 校对:白春娟)"
    )
    assert hit.text == "筑牢气象防灾减灾第一道防线。"
    assert hit.reporters == ["王嘉慧"]
    assert "王惜时" in hit.editors and "白春娟" in hit.editors


def test_a_story_on_one_archive_line_keeps_its_text_and_loses_its_pictures_caption() -> None:
    story = "本报北京11月10日讯 记者周象光报道：邓小平同志在人民大会堂会见了基辛格博士。" * 12
    caption = "(附图片) 邓小平在人民大会堂会见老朋友基辛格博士。 本报记者 徐建中摄"
    hit = find_boilerplate(f"第1版(要闻)专栏: {story} {caption}")
    assert hit.text.startswith("本报北京11月10日讯") and hit.text.endswith("基辛格博士。")
    assert ("boilerplate.caption", caption) in hit.removed
    assert ("boilerplate.chrome", "第1版(要闻)专栏: ") in hit.removed
    assert hit.photographers == ["徐建中"]


def test_paragraph_tags_left_in_plain_text_are_its_paragraphs() -> None:
    article = normalised(
        "<p> 4月7日晚，区城投集团召开全体党员大会。</p> <p> 会议首先传达了会议精神。</p>"
    )
    assert [b.text for b in article.blocks][-1] == "会议首先传达了会议精神。"


def test_a_releases_issuer_is_its_source_not_the_wire_that_carried_it() -> None:
    wired = Metadata(title="t", source="PRNewswire", language="en")
    about = [Removal(rule="boilerplate.about", text="About Synutra International, Inc.", block=9)]
    assert with_issuer(wired, about, []).source == "Synutra International, Inc."
    described = [
        Removal(
            rule="boilerplate.about",
            text="Quantum Fuel Systems Technologies Worldwide, Inc. is a leader in the "
            "development and production of natural gas storage systems.",
            block=9,
        )
    ]
    got = with_issuer(Metadata(title="t", language="en"), described, [])
    assert got.source == "Quantum Fuel Systems Technologies Worldwide, Inc."
    lead = ["Constellation Brands, Inc. (NYSE: STZ and STZ.B), a leading beverage alcohol company"]
    globe = Metadata(title="t", source="GLOBE NEWSWIRE", language="en")
    assert with_issuer(globe, [], lead).source == "Constellation Brands, Inc."


def test_a_source_the_text_names_stays_and_a_transcript_names_its_broadcaster() -> None:
    named = Metadata(title="t", source="新华社", language="zh-Hans")
    about = [Removal(rule="boilerplate.about", text="About Acme Corp.", block=3)]
    assert with_issuer(named, about, []).source == "新华社"
    cues = ["SOLEDAD O'BRIEN, CNN ANCHOR: Anderson Cooper is sitting in this morning."]
    assert with_issuer(Metadata(title="t", language="en"), [], cues).source == "CNN"
    # the company named with its ticker is the issuer only of a release a wire carried
    lead = ["Apple Inc. (NASDAQ: AAPL) shares fell on Monday, analysts said."]
    assert with_issuer(Metadata(title="t", language="en"), [], lead).source is None


def test_spam_and_code_never_reach_the_title() -> None:
    assert clean_title("m88明升体育网址-海曙区教育局2023年初中招生工作实施意见") == (
        "海曙区教育局2023年初中招生工作实施意见"
    )
    for line in ("return [", "return `", "6 bxss.me", "exports.getMainContent = async() => {"):
        assert not is_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "归档在 工作剪影 | 浏览 39951 次 | 评论 0 条",  # a blog post's footer
        "友情提示：请千万不要登入陌生网站输入QQ号和密码，以防诈骗。",  # a forum's warning
        "更加方便分享给朋友。",  # a share layer
        "早报新添“赠阅文章”功能！凡早报VIP会员，每月可赠阅 5 篇订户专享文章。",
        "| | | 2019年01月28日 星期一",  # an e-paper's date row
    ],
)
def test_footers_warnings_and_date_rows_are_chrome(line: str) -> None:
    assert find_chrome(line)


def test_a_tip_to_readers_is_text_and_a_publishing_body_is_the_source() -> None:
    assert not find_chrome("温馨提示：本周六市民中心照常开放")
    hit = find_boilerplate("发布机构：永川区来苏镇")
    assert hit.text == "" and hit.source == "永川区来苏镇"


def test_an_seo_pages_name_and_a_betting_brands_login_are_injected_spam() -> None:
    text = (
        "讨论通过了《开云手机官网入口·(中国)官方网站安全生产专项整治》，球盟会登录入口网页版会发现"
    )
    found = [text[s:e] for s, e in find_injected(text)]
    assert found == ["开云手机官网入口·(中国)官方网站", "球盟会登录入口网页版"]
    assert find_injected("请通过政务服务网登录入口办理") == []


def test_an_english_apostrophe_decoded_as_a_letter_is_reported_and_spanish_is_not() -> None:
    spots = find_damage("Itís the Brian Lehrer Show and we donít usually chat")
    assert [d.snippet for d in spots] == ["Itís", "donít"]
    assert find_damage("Es el país de Sergio Ramírez") == []


@pytest.mark.parametrize(
    ("text", "spot"),
    [
        ("周春晖作《*府工作报告》", "masked"),  # a site masked a character
        ("坚持以***新时代中国特色社会主义思想为指导", "masked"),
        ("*月*日，巴州区召开三调工作推进会", "masked"),
        ("分别于615日、1215日前完成", "月"),  # the day lost its 月
        ("劳动价值观,429日,公庄镇举行", "月"),
    ],
)
def test_masked_characters_and_a_day_without_its_month_are_lost_text(text: str, spot: str) -> None:
    assert any(spot in d.reason for d in find_damage(text))


@pytest.mark.parametrize(
    "text",
    ["全年365日无休", "共计120日", "自公告之日起120日内", "2019年10月16日上午", "**会议指出**"],
)
def test_counts_of_days_dates_and_bold_marks_are_no_damage(text: str) -> None:
    assert find_damage(text) == []


def test_a_set_of_placed_pictures_captioned_in_one_paragraph_is_a_caption() -> None:
    line = (
        "左上圖：陳茂波乘搭免費電車，與市民同樂。右上圖：林定國到石硤尾美荷樓參觀。"
        "左下圖：何永賢與多名議員到葵涌商場。右下圖：曾國衛到灣仔一間酒樓飲早茶。"
    )
    assert says_what_the_picture_shows(line)
    assert not says_what_the_picture_shows("上圖：市民參觀。隨後，局長到訪社區中心並與居民座談。")


def test_an_archives_headline_run_into_its_story_parts_at_the_dateline() -> None:
    article = normalised(
        "邓小平会见基辛格时说“中国现在很稳定，我也放心” 本报北京11月10日讯 记者周象光报道："
        "今天上午，邓小平同志在人民大会堂会见了美国前国务卿亨利·基辛格博士。在历时90分钟的会见中，"
        "邓小平与基辛格就当前共同关心的重大问题进行了深入的交谈。"
    )
    assert article.meta.title == "邓小平会见基辛格时说“中国现在很稳定，我也放心”"
    assert article.meta.reporters == ["周象光"]
    assert article.blocks[0].text.startswith("今天上午，邓小平同志")


def test_a_sentence_before_a_space_and_an_english_line_are_not_parted() -> None:
    assert split_line_breaks(Block(text="会议指出。本报讯 记者张三报道：今天上午开会。")) == [
        Block(text="会议指出。本报讯 记者张三报道：今天上午开会。")
    ]
    line = "The mayor said WASHINGTON — officials met on Monday to discuss the budget."
    assert split_line_breaks(Block(text=line)) == [Block(text=line)]
