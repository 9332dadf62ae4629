"""Rules learnt from the fifteenth and later rounds of real pages the project had never seen
(measured before any rule was written for them): a reposted story's source line with its
date under the headline, below a site's slogan; a month's digest; a page's update stamp, a
release's label, a video player's and a newswire's buttons; an office before a release's
label; an English byline under its headline; a speech's greeting and the day it is given."""

from __future__ import annotations

import pytest
from tests.text_support import SOURCE, normalised, removed_rules

from highlights.ingest.subtitles import unsubtitled
from highlights.ingest.text import split_lines
from highlights.model import Document
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.headlike import clean_title, is_headline


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


@pytest.mark.parametrize(
    "line",
    [
        "更新於 2022年07月14日10:12 • 發布於 2022年07月13日01:19 • 香港電台 RTHK",
        "雲林縣政府新聞參考資料112.7.5",
        "Placeholder Image",
        "Subtitles section Play video",
        "Submit Release",
        "News Search",
        "There were 1,871 press releases posted in the last 24 hours and 304,599 in the last year.",
    ],
)
def test_a_stamp_a_releases_label_a_players_and_a_newswires_buttons_are_chrome(line: str) -> None:
    assert removed_rules(line) == ["boilerplate.chrome"]


def test_an_offices_label_before_the_release_label_comes_off_the_headline() -> None:
    line = "Governor’s Office – News Release – Ige announces $392M in capital improvement projects"
    assert clean_title(line) == "Ige announces $392M in capital improvement projects"
    assert is_headline(line)


def test_a_byline_under_an_english_headline_is_not_its_second_line() -> None:
    text = (
        "UW receives 7 federal Stimulus grants\nby University of Wyoming\nAugust 20, 2009\n"
        "The University of Wyoming has received about $2 million in federal stimulus funds.\n"
        "Seven UW grants have been approved on the heels of another record-breaking year.\n"
    )
    article = normalise(Document(source=SOURCE, blocks=split_lines(text)))
    assert article.meta.title == "UW receives 7 federal Stimulus grants"
    assert article.meta.reporters == ["University of Wyoming"]
    assert article.blocks[0].text.startswith("The University of Wyoming")


def test_a_speech_is_titled_by_what_is_done_not_by_its_greeting_or_the_day() -> None:
    article = normalised(
        "張議長、陳副議長、各位議員女士先生、媒體朋友,大家好!",
        "今天是嘉義縣議會第20屆第2次定期大會,章梁率縣府團隊前來進行施政報告,備感榮幸。",
        "縣府過去半年來的重要工作報告,已於日前送交貴會,敬請議員先進們指導。",
    )
    assert article.meta.title.startswith("章梁率縣府團隊前來進行施政報告")


def test_a_dateline_with_the_year_and_its_reporters_in_brackets_goes_to_the_metadata() -> None:
    found = find_boilerplate("中红网江西井冈山2017年4月9日电(刘建中、吴邦华、徐敏峰)")
    assert found.text == ""
    assert found.reporters == ["刘建中", "吴邦华", "徐敏峰"]
    assert found.outlet == "中红网"
    # a reporter's bracket keeps its own rule; a bracket that names no one is no byline
    assert find_boilerplate("新华社北京5月6日电（记者张三）今天，…").reporters == ["张三"]
    assert find_boilerplate("中新社北京5月6日电（综合）今天，…").reporters == []


def test_a_story_opening_with_cheers_is_titled_by_what_happened_not_who_held_it() -> None:
    article = normalised(
        "中红网江西井冈山2017年4月9日电(刘建中、吴邦华、徐敏峰)",
        "“井冈山山美、水美、杜鹃花美!” “多彩井冈山,最美杜鹃花!” ……",
        "昨天,由井冈山管理局、井冈山市人民政府主办,井冈山旅游发展总公司承办,"
        "江西省花卉协会协办的2017第八届井冈山杜鹃花节在茨坪镇体育场盛大开幕。",
        "出席开幕式的领导和嘉宾有:中共吉安市委书记胡世忠等。",
    )
    assert article.meta.title == "2017第八届井冈山杜鹃花节在茨坪镇体育场盛大开幕"
    assert article.meta.reporters == ["刘建中", "吴邦华", "徐敏峰"]


def test_a_forums_slogan_sown_three_times_is_kept_once_and_its_noise_goes() -> None:
    slogan = "TVBNOW 含有熱門話題,最新最快電視,軟體,遊戲,電影,動漫及日常生活及興趣交流等資訊。"
    article = normalised(
        "全港16個水浸黑點",
        "渠務署表示,全港有16個水浸黑點,較去年減少2個。",
        "# E( g* T! X0 p$ }+ I8 f+ l1 f" + slogan,
        '; _1 F! F2 h& J1 H" R' + slogan + "另外,渠務署將動用94億元進行5項重點防洪工程。"
        "5 G8 W$ ~: D1 d. r9 h0 ]",
        slogan + "+ l( |/ {$ l! }3 }9 Q",
    )
    text = "\n".join(b.text for b in article.blocks)
    assert text.count("含有熱門話題") == 1
    assert "另外，渠務署將動用94億元進行5項重點防洪工程。" in text
    assert "G8" not in text
    assert "boilerplate.sown" in article.report.counts


def test_a_title_said_three_times_is_a_contents_list_not_a_sown_sentence() -> None:
    title = "中国共产党第十九届中央委员会第七次全体会议公报"
    article = normalised("新闻联播", title, "国内联播快讯", title, "全会听取和讨论了报告。", title)
    assert "boilerplate.sown" not in article.report.counts


def test_a_releases_photo_caption_says_the_event_again_then_what_the_picture_shows() -> None:
    line = "渠務署今日(一月六日)舉行落成典禮。圖示發展局常任秘書長(工務)劉俊傑於典禮上致辭。"
    assert removed_rules(line) == ["boilerplate.caption"]
    assert removed_rules("圖示發展局常任秘書長於典禮上致辭。") == ["boilerplate.caption"]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        (
            "BOSTON-Aug.19, 2008:University of Massachusetts President Jack M. Wilson said.",
            "BOSTON-Aug.19, 2008:",
        ),
        (
            "CONAKRY, 29 December 2015 – Almost two years to the day, UNICEF welcomed it.",
            "CONAKRY, 29 December 2015 –",
        ),
    ],
)
def test_an_english_city_and_date_before_the_text_is_its_dateline(line: str, dateline: str) -> None:
    assert find_boilerplate(line).removed == [("boilerplate.dateline", dateline)]


@pytest.mark.parametrize(
    "line",
    [
        "-more-",
        "(To view the Multimedia News Release, go to: http://www.prnewswire.com/mnr/x/11957/ )",
        "2018 2017 2016 2015 2014 2013 2012 2011 2010 2009 2008 2007 2006 2005 2004 2001-1999",
    ],
)
def test_a_releases_more_mark_a_multimedia_link_and_an_archives_years_are_chrome(
    line: str,
) -> None:
    assert removed_rules(line) == ["boilerplate.chrome"]


def test_a_more_mark_at_a_paragraphs_end_comes_off() -> None:
    found = find_boilerplate("This funding is for the period 7/1/03 – 3/31/04. -more-")
    assert found.text == "This funding is for the period 7/1/03 – 3/31/04."


def test_a_newsrooms_listing_is_titled_by_its_first_release_not_its_own_name() -> None:
    article = normalised(
        "Press centre",
        "Press releases and news notes",
        "2018 2017 2016 2015 2014 2013 2012 2011 2010 2009 2008 2007 2006 2005 2004",
        "UNICEF welcomes declaration of the end of Ebola outbreak in Guinea",
        "CONAKRY, 29 December 2015 – Almost two years to the day when a toddler became the "
        "first victim of Ebola in West Africa, UNICEF welcomed the declaration.",
    )
    assert (
        article.meta.title == "UNICEF welcomes declaration of the end of Ebola outbreak in Guinea"
    )


def test_where_a_report_was_given_leaves_the_title_to_who_gave_it() -> None:
    article = normalised(
        "近日,在日照市五莲县第十七届人民代表大会第二次会议上,五莲县县长杜江涛作政府工作报告,"
        "回顾了2012年的政府工作,也提出了2013年的政府工作目标。",
        "经初步预计,五莲县2012年全年实现生产总值163亿元,比上年增长13%。",
    )
    assert article.meta.title == "五莲县县长杜江涛作政府工作报告"


def test_a_note_of_where_the_text_was_taken_from_is_chrome() -> None:
    line = "[節錄自立法院第11屆第3會期卓院長口頭施政報告114年2月25日]"
    assert removed_rules(line) == ["boilerplate.chrome"]


def test_a_talk_show_is_titled_by_the_programme_its_host_welcomes_you_to() -> None:
    article = normalised(
        "週日午間,面對總編。各位好,歡迎您收看中央電視臺國際頻道,由魯健為您主持的《與總編面對面》欄目。",
        "今天來到我們演播室的兩位嘉賓,一位是中國國際廣播電臺的副總編輯馬為公先生,您好。",
        "25號,日本、德國、巴西和印度組成的四國聯盟與非洲聯盟在倫敦舉行外長會議。",
    )
    assert article.meta.title == "《與總編面對面》"


@pytest.mark.parametrize(
    "line",
    [
        "发文机关:山西省人民政府",
        "生效日期:2018年03月27",
        "时效性 :现行有效",
        "Beijing   Light rain/Cloudy    21 / 14   City Forecast",
        "Re: Chinese Daily Photos, Videos & News of 2012!!!",
        "You are here:   Home",
        "Weather information for Asia-Pacific cities  • Turkish army says 31 PKK rebels killed  "
        "• China responds to Pentagon chief's visit  • Across China: tough battle ahead against "
        "smog  • China, Malaysia pledge to deepen defense cooperation  • "
        + "Toyota's profit "
        * 40,
    ],
)
def test_a_law_databases_fields_a_weather_widget_a_forum_reply_and_a_ticker_are_chrome(
    line: str,
) -> None:
    assert removed_rules(line) == ["boilerplate.chrome"]


def test_a_rundowns_section_label_and_item_number_are_no_part_of_the_title() -> None:
    assert not is_headline("【国家发展大势】")
    assert clean_title(
        "（1）工信部、国家发改委、国资委联合印发多举措巩固工业经济回升向好趋势；"
    ) == ("工信部、国家发改委、国资委联合印发多举措巩固工业经济回升向好趋势")


def test_a_notice_is_titled_by_the_document_it_sends_out() -> None:
    article = normalised(
        "各市、县人民政府,省人民政府各委、办、厅、局:现将《山西省激发重点群体活力带动城乡居民增收"
        "的实施方案》印发给你们,请认真组织实施。",
        "山西省人民政府",
    )
    assert article.meta.title == "印发《山西省激发重点群体活力带动城乡居民增收的实施方案》"


def test_a_photo_story_keeps_what_its_pictures_show_as_its_text() -> None:
    article = normalised(
        "3月8日,出席十一屆全國人大四次會議的新疆代表團在北京人民大會堂舉行全體會議。"
        "這是媒體記者在現場采訪。新華社記者 鄭煥松 攝",
        "3月8日,出席十一屆全國人大四次會議的新疆代表團在北京人民大會堂舉行全體會議。"
        "這是一位來自日本媒體的記者在現場采訪拍攝。新華社記者 鄭煥松 攝",
    )
    assert article.meta.title.startswith("出席十一屆全國人大四次會議的新疆代表團")
    assert article.meta.photographers == ["鄭煥松"]
    assert not any("新華社記者" in b.text for b in article.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "ANCHOR=Jean",
        "SUPER=03-Burnt Chimney;",
        "OUT Q=Franklin Co.",
        "TAPE#",
        "SOT 6:42:54",
        "VO-NAT",
        "(/////SOT/////)",
        "(----------------)",
    ],
)
def test_a_tv_newsrooms_script_fields_and_cues_are_chrome(line: str) -> None:
    assert removed_rules(line) == ["boilerplate.chrome"]


def test_a_scripts_dash_to_the_next_line_comes_off_an_english_title() -> None:
    assert clean_title("A huge still bust in Burnt Chimney tonight-") == (
        "A huge still bust in Burnt Chimney tonight"
    )


def test_a_wires_file_photo_caption_is_a_caption() -> None:
    line = (
        "FILE PHOTO: U.S. President Donald Trump and North Korea's leader Kim Jong Un walk "
        "together before their working lunch during their summit at the Capella Hotel"
    )
    assert removed_rules(line) == ["boilerplate.caption"]


def test_under_a_newswires_promotion_the_line_over_the_dateline_is_the_headline() -> None:
    article = normalised(
        "Standard Newswire is a cost-effective and efficient newswire service for public policy "
        "groups, government agencies, PR firms, think-tanks, watchdog groups, advocacy groups, "
        "coalitions and candidates to distribute their press releases to journalists.",
        "CONNECT WITH THE WORLD",
        "USAID Releases NGO Sustainability Report",
        "WASHINGTON, Aug. 20 /Standard Newswire/ -- The U.S. Agency for International "
        "Development (USAID) today released the 12th edition of the NGO Sustainability Index.",
        "USAID tracks the progress of the NGO sector in 29 countries in Europe and Eurasia.",
    )
    assert article.meta.title == "USAID Releases NGO Sustainability Report"
    assert article.blocks[0].text.startswith("The U.S. Agency for International Development")


_BULLETED = """Placeholder Image

  • GEOFF BENNETT: Good evening.

  • I'm Geoff Bennett.

  • AMNA NAWAZ: And I'm Amna Nawaz.

  • On the "NewsHour" tonight: The Supreme Court rules that states cannot remove former President

  • Donald Trump from their presidential ballots.

  • GEOFF BENNETT: Vice President Kamala Harris calls for an immediate cease-fire in Gaza,

  • as negotiations to release Israeli hostages held by Hamas continue.

  • AMNA NAWAZ: And our new series on America's social safety net begins with a look at how

  • the system began, the political fights over the last 90 years, and where it stands today.

  • JAMILA MICHENER, Cornell University: A majority of Americans, something approaching 60 percent,

  • depending on when you measure and how you measure, will experience poverty at some point

  • in their lifetime.
"""


def test_a_subtitle_sites_bulleted_captions_are_read_as_turns() -> None:
    text = unsubtitled(_BULLETED)
    assert "Supreme Court rules that states cannot remove former President Donald Trump" in text
    assert "•" not in text


def test_a_list_of_bulleted_fields_is_no_captions() -> None:
    fields = "\n".join(f"  • {k}:" for k in ("索引号", "主题分类", "来源", "发文机构", "发文字号"))
    assert unsubtitled(fields * 2) == fields * 2


def test_a_programme_is_titled_by_its_first_story_not_its_hosts_greeting() -> None:
    doc = Document(source=SOURCE, blocks=split_lines(unsubtitled(_BULLETED)))
    assert normalise(doc).meta.title == (
        "The Supreme Court rules that states cannot remove former President Donald Trump from "
        "their presidential ballots"
    )


def test_a_mirrors_bracketed_headline_loses_the_keyword_it_is_listed_under() -> None:
    title = "[2010年第六次全國人口普查主要數據公報（第1號）]第五次人口普查"
    assert clean_title(title) == "2010年第六次全國人口普查主要數據公報（第1號）"


def test_a_bracketed_reporters_byline_opening_the_story_goes_to_the_metadata() -> None:
    found = find_boilerplate("【全媒体记者 李索】6月30日,县委书记刘中英主持召开县委常委会。")
    assert found.reporters == ["李索"]
    assert found.text.startswith("6月30日")


def test_a_subtitle_sites_timed_lines_are_read_as_running_text() -> None:
    text = unsubtitled(
        "Download Subtitles\n\nTranscript\n\n"
        ":00:00. > :00:07.Tonight on Reporting Scotland. The police helicopter which crashed\n\n"
        ":00:08. > :00:16.into the Clutha pub in Glasgow, killing ten people, suffered double\n\n"
        ":00:17. > :00:22.engine failure. There are still questions and answers to come.\n"
    )
    assert "helicopter which crashed into the Clutha pub" in text
    assert ":00:" not in text
    article = normalise(Document(source=SOURCE, blocks=split_lines(text)))
    assert (
        article.meta.title == "The police helicopter which crashed into the Clutha pub in Glasgow"
    )


def test_the_year_a_review_covers_is_no_title() -> None:
    article = normalised(
        "2015年,面对严峻复杂的外部环境和经济下行压力,全县统筹做好稳增长、促改革各项工作。",
        "初步测算,2015年全县地区生产总值244394万元,比上年增长13.1%。",
    )
    assert article.meta.title != "2015年"


def test_officials_named_one_by_one_are_titled_by_what_they_did_together() -> None:
    article = normalised(
        "9月27日上午,市委副书记、市长贺懋燮,市委常委、常务副市长曹哨兵采取“四不两直”方式检查"
        "督导节前安全生产工作,听取全市安全生产工作情况汇报。",
        "贺懋燮指出,要坚持人民至上、生命至上,全力防范化解重大安全风险。",
    )
    assert article.meta.title.startswith("贺懋燮、曹哨兵采取“四不两直”方式检查督导节前安全生产工作")


@pytest.mark.parametrize("line", ["鄧炳強fb圖片", "資料圖片", "政府新聞處圖片"])
def test_a_pictures_label_left_where_it_stood_is_a_caption(line: str) -> None:
    assert removed_rules(line) == ["boilerplate.caption"]


def test_an_english_cookie_notice_is_chrome() -> None:
    line = (
        "We use cookies for analytics, personalized content and ads. By continuing to browse "
        "this site, you agree to this use. Learn more"
    )
    assert removed_rules(line) == ["boilerplate.chrome"]
