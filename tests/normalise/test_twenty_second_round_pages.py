"""Normalise: rules learnt from the eightieth and later rounds of real pages the project had
never seen (measured before any rule was written for them); a programme's edition named by its
day, in English too."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.damage import find_damage
from highlights.normalise.declared import declared_title
from highlights.normalise.derived import plenum_held, without_venue
from highlights.normalise.editions import dated_edition
from highlights.normalise.en_headline import as_headline, shortened
from highlights.normalise.en_tense import in_present
from highlights.normalise.headlike import clean_title, is_headline
from highlights.normalise.hosts import rush_transcript
from highlights.normalise.sites import site_title
from highlights.normalise.titlelines import continues


@pytest.mark.parametrize(
    ("name", "edition"),
    [
        ("Morning Edition", "Morning Edition, July 17, 2012"),
        ("Top Story with Tom Llamas", "Top Story with Tom Llamas, July 17, 2012"),
        ("World News Tonight", "World News Tonight, July 17, 2012"),
        ("WRC News4 at 6", "WRC News4 at 6, July 17, 2012"),
    ],
)
def test_an_english_programmes_name_alone_takes_its_editions_day(name: str, edition: str) -> None:
    assert dated_edition(name, "2012-07-17") == edition


@pytest.mark.parametrize(
    "headline",
    [
        "Acme Partners with Big Corp",  # a release's news, with a partner's name
        "Acme Announces Partnership with Big Corp",
        "Daily Press Briefing",  # a briefing's name: the page gives its day if it wants it
        "Global News Podcast",
    ],
)
def test_a_headline_that_is_no_programmes_name_takes_no_day(headline: str) -> None:
    assert dated_edition(headline, "2012-07-17") == headline


def test_an_archived_tv_transcripts_page_title_names_the_programme_and_its_day() -> None:
    title = clean_title("Transcripts For WRC News4 At 6 20140918")
    assert title == "WRC News4 At 6, September 18, 2014"
    assert clean_title("Transcripts For WRC News4 At 6 20141318") != title  # month 13: no day


def _article(text: str, name: str = "page.txt") -> Article:
    return normalise(parse_source(Path(name), text.encode()))


@pytest.mark.parametrize(
    "line",
    [
        "查看全部{{ item.replyCount }}条回复> 查看更多回复>",  # a template's field left unfilled
        "查看更多回复>",
        "Blazing fast. Incredibly accurate. Try it free.",  # a software ad over a transcript
        "No credit card required",
        "0 SHARES Share Tweet",  # a share bar's counter
        "Home ARCHIVE ABOUT EMAIL",  # an English site's menu
        "Home | About Us | Contact Us",
    ],
)
def test_furniture_of_this_round_is_chrome(line: str) -> None:
    assert find_chrome(line)


@pytest.mark.parametrize(
    "line", ["Home Alone", "Help Wanted", "Did you try it free? We did.", "查看更多回复的方法。"]
)
def test_words_of_furniture_in_a_line_of_text_are_no_chrome(line: str) -> None:
    assert find_chrome(line) is None


def test_a_page_flattened_to_one_line_keeps_its_paragraphs_and_is_no_ticker() -> None:
    """A corpus's release with its line breaks and marks gone: wide runs of spaces between
    the headline, its date and its paragraphs; once a ticker, dropped whole."""
    gap = " " * 40
    paragraphs = [
        "With thousands of qualified students denied admission into nursing colleges because of"
        " a shortage of nursing faculty Senator Durbin led a bi partisan effort " * 8,
        "Even as America is experiencing an acute shortage of nurses qualified students who"
        " wish to dedicate their future to nursing are being denied that opportunity " * 8,
    ]
    title = "Durbin s Troops to Nurse Teachers Program Wins Senate Approval"
    line = gap.join([title, "9 18 2007", title, "Tuesday  September 18  2007", *paragraphs])
    article = _article(" " * 5 + line + "\n")
    assert article.meta.title == title
    assert len(article.blocks) == 2
    assert article.blocks[0].text.startswith("With thousands")


def test_a_ticker_set_apart_by_wide_gaps_is_still_chrome() -> None:
    items = ["《Disney +》 迪士尼新作上線", "新作MMORPG「ELYON」公測", "PS5版《Alan Wake 2》"]
    ticker = "   ".join(items * 2)
    assert find_chrome(ticker)


def test_a_resolutions_adoption_note_after_its_title_is_no_part_of_it() -> None:
    title = "中國人民政治協商會議來賓市第五屆委員會第三次會議政治決議"
    note = " (2023年2月2日政協來賓市第五屆委員會第三次會議通過)"
    assert clean_title(title + note) == title


def test_yesterday_with_its_day_in_chinese_numerals_leaves_a_drawn_title() -> None:
    article = _article(
        "香港海關昨日（四月十九日）在橫瀾島對開海面檢獲大批懷疑走私貨物，包括超過一千一百公斤"
        "象拔蚌，估計市值超過三百萬元。\n海關人員昨日晚上截查一艘漁船。\n"
    )
    assert article.meta.title == "香港海關在橫瀾島對開海面檢獲大批懷疑走私貨物"


def test_a_sentence_that_points_back_to_its_meeting_is_no_headline() -> None:
    assert not is_headline("会议由民进中央主席严隽琪主持")
    assert is_headline("会议通过政协第十一届全国委员会第三次会议政治决议")  # a session's own
    assert not is_headline("會議強調要抓好落實")
    assert is_headline("民进十二届中央常委会第十三次会议在京召开")


def test_a_notice_sending_several_documents_is_titled_by_the_first() -> None:
    article = _article(
        "经县政府同意，现将《2025年县<政府工作报告>任务分解》《2025年十五件民盼实事任务分解》"
        "《县政府重点工作任务分解》印发给你们。请各单位认真对照，迅速行动，抓好落实。\n"
        "一、责任到人，闭环管理。各单位要明确具体任务。\n"
    )
    assert article.meta.title == "印发《2025年县<政府工作报告>任务分解》等"


def test_what_the_writer_learnt_is_the_title_and_that_county_is_named() -> None:
    article = _article(
        "12月26日，笔者从竹山县第十九届人民代表大会第三次会议获悉，该县明确2024年经济社会发展"
        "主要预期目标和重点工作。\n2023年，竹山县先后获评全国“两山”实践创新基地。\n"
    )
    assert article.meta.title == "竹山县明确2024年经济社会发展主要预期目标和重点工作"


def test_initials_that_stand_for_the_end_of_a_name_replace_that_end() -> None:
    sentence = "The 19th Central Committee of the Communist Party of China (CPC) concluded"
    assert as_headline(sentence) == "The 19th Central Committee of the CPC concluded"
    assert as_headline("Apple Inc (AAPL) rose") == "Apple Inc (AAPL) rose"


def test_a_parliament_librarys_caption_record_loses_its_notes() -> None:
    article = _article(
        "Note: Where available, the PDF/Word icon below is provided to view the complete and"
        " fully formatted document\nDisclaimer: The Parliamentary Library does not warrant the"
        " accuracy of closed captions. These are derived automatically from the broadcaster's"
        " signal.\nSeven Afternoon News -\n\nView in ParlView\n\nThe Prime Minister has announced"
        " a review of the tax system. The review will report next year.\n"
    )
    assert article.meta.title == "Seven Afternoon News"


def test_a_documents_name_whole_in_its_marks_goes_on_no_further() -> None:
    assert not continues(
        "《若羌縣加快發展保障性租賃住房的實施方案》",
        "關于印發《若羌縣關于加快發展保障性租賃住房的實施方案》的通知",
    )


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "中国共产党第十九届中央委员会第六次全体会议，于11月8日至11日在北京举行并通过全会公报。"
            "中央政治局主持会议。",
            "中国共产党第十九届中央委员会第六次全体会议在北京举行并通过全会公报",
        ),
        (
            "越共第十三届中央委员会第十五次全体会议从12月22日至23日在河内召开。会议由总书记主持。",
            "越共第十三届中央委员会第十五次全体会议在河内召开",
        ),
    ],
)
def test_the_days_a_meeting_ran_are_no_part_of_a_drawn_title(paragraph: str, title: str) -> None:
    assert _article(paragraph + "\n全会听取和讨论了工作报告。\n").meta.title == title


def test_a_meeting_named_by_who_attends_takes_what_it_conveyed() -> None:
    text = (
        "22日，余杭召開全區領導干部會議，傳達學習中共十七屆五中全會精神，部署余杭學習貫徹工作。"
        "區長姜軍主持會議。\n"
    )
    assert _article(text).meta.title == "余杭召開全區領導干部會議，傳達學習中共十七屆五中全會精神"
    standing = (
        "5月6日，張百順主持召開市政府常務會議，傳達省委十二屆三次全會精神，研究部署有關工作。\n"
    )
    assert _article(standing).meta.title == "張百順主持召開市政府常務會議"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (  # a customs release: the office opens its headline and its text
            "香港海關昨日（四月十九日）在橫瀾島對開海面檢獲大批懷疑走私貨物，估計市值超過三百萬元。\n"
            "海關人員昨日晚上在橫瀾島對開海面截查一艘漁船。\n",
            "香港海關",
        ),
        (  # a company's release over its dateline
            "Ascom announces a strategic distribution partnership with GE Healthcare\n\n"
            "BAAR, SWITZERLAND - Ascom today announced a partnership with GE Healthcare.\n\n"
            "The partnership covers intensive care units in Europe.\n",
            "Ascom",
        ),
    ],
)
def test_a_release_with_no_source_line_is_the_office_that_opens_it(text: str, source: str) -> None:
    assert _article(text).meta.source == source


def test_a_papers_story_about_an_office_is_not_the_offices_release() -> None:
    article = _article(
        "近日，鄭州市政府辦公廳下發《鄭州市鄉村建設行動實施方案》，對美麗鄉村建設提出明確的時間表。\n"
        "頂端新聞·河南商報記者注意到，根據《方案》，鄭州市今年要全面啟動鄉村建設。\n"
    )
    assert article.meta.source != "鄭州市政府"


def test_a_stations_blurb_for_the_network_show_and_its_footer_are_chrome() -> None:
    blurb = (
        "For nearly three decades, NPR's Morning Edition has prepared listeners for the day ahead"
        " with two hours of up-to-the-minute news, background analysis, commentary, and coverage"
        " of arts and sports. With nearly 14 million listeners, Morning Edition draws public"
        " radio's largest audience."
    )
    assert find_chrome(blurb)
    assert find_chrome(
        "Since its debut in 1979, Morning Edition has garnered broadcasting's honors."
    )
    assert find_chrome("Morning Edition was late today because of the storm.") is None
    article = _article(
        "Cubs Fan Continues Wait\n\nThis story has been a tradition since 1908. It is the story of"
        " a fan waiting to win the World Series.\n\nShe is still waiting for that championship."
        " It's MORNING EDITION. Transcript provided by NPR, Copyright NPR.\n"
    )
    assert "Transcript provided" not in article.body_text()


@pytest.mark.parametrize(
    "text",
    [
        "We?re also here, and We?ve got some news.",  # apostrophes a code page lost
        "(Aug. 21, 2023) ? Today the governor said so.",  # a dash
        "?Today, we got the news.",  # an opening quote
        "Copyright ? All rights reserved",  # the ©
        "日本&quot;奥运会将以无观众形式举办&quot;",  # an entity escaped twice
    ],
)
def test_punctuation_a_code_page_lost_is_reported(text: str) -> None:
    assert find_damage(text)


@pytest.mark.parametrize(
    "text",
    ["Is it true? Yes it is.", "See index.php?s=12 for more.", "What? No way.", "Q&A session"],
)
def test_a_real_question_mark_or_a_query_string_is_no_damage(text: str) -> None:
    assert not find_damage(text)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("市十七屆人大五次會議在市會展中心隆重開幕", "市十七屆人大五次會議隆重開幕"),
        (
            "雲林縣政府在縣府第二辦公大樓工商策進會會議室召開「第87次縣務會議」",
            "雲林縣政府召開「第87次縣務會議」",
        ),
        ("全会在福州召开", "全会在福州召开"),  # the city stays: a headline names it
        ("在上海市疾控中心举行发布会", "在上海市疾控中心举行发布会"),  # no one before it
    ],
)
def test_the_room_a_meeting_was_held_in_is_no_part_of_a_drawn_title(
    sentence: str, title: str
) -> None:
    assert without_venue(sentence) == title


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (
            "CAF has today welcomed the launch of the campaign",
            "CAF welcomes the launch of the campaign",
        ),
        ("UNDP and USAID have agreed to collaborate", "UNDP and USAID agree to collaborate"),
        (
            "Tibet Wednesday started construction on an airport",
            "Tibet starts construction on an airport",
        ),
        ("ENGlobal announced today that it received an award", "ENGlobal receives an award"),
        ("Apple and Google launched a fund", "Apple and Google launch a fund"),
        # no capitalised subject before the verb, or no verb of the table: as it was
        ("The company announced its results", "The company announced its results"),
        ("Residents are invited to attend", "Residents are invited to attend"),
    ],
)
def test_a_releases_opening_verb_is_in_a_headlines_present(sentence: str, headline: str) -> None:
    assert in_present(sentence) == headline


def test_an_english_clause_past_a_headlines_length_is_cut_before_a_phrase() -> None:
    clause = (
        "ENGlobal receives an award and funding authorization by the U.S. Military to initiate"
        " mobilization and provide automated fuel handling equipment services in Okinawa"
    )
    assert shortened(clause) == (
        "ENGlobal receives an award and funding authorization by the U.S. Military"
    )
    assert shortened("A short clause") == "A short clause"


def test_who_said_so_is_no_part_of_an_english_title() -> None:
    sentence = "Tibet started construction on its airport, according to local authorities"
    assert as_headline(sentence) == "Tibet started construction on its airport"


def test_a_heading_under_the_datelines_paragraph_is_no_headline() -> None:
    """`Quarterly Highlights` under the release's first paragraph: a section's heading; the
    paragraph names the release and stays in the text."""
    article = _article(
        "PITTSBURGH, Oct. 27, 2021 /PRNewswire/ -- Global safety equipment manufacturer MSA Safety"
        " Incorporated (NYSE: MSA) today reported results for the third quarter of 2021.\n\n"
        "Quarterly Highlights\n\n"
        "Total revenue was $340 million, increasing 12 percent from a year ago on a reported"
        " basis and 3 percent on an organic constant currency basis.\n"
    )
    assert (
        article.meta.title
        == "MSA Safety Incorporated reports results for the third quarter of 2021"
    )
    assert article.meta.source == "MSA Safety Incorporated"
    assert article.blocks[0].text.startswith("Global safety equipment manufacturer")


def test_a_wiki_page_titled_by_its_day_is_named_by_its_description() -> None:
    declared = {"title": "2023-01-27", "description": "末日90秒", "editor": "markdown"}
    assert declared_title(declared) == "末日90秒"
    assert declared_title({"title": "末日90秒", "description": "一段很长的摘要"}) == "末日90秒"
    text = "---\n" + "".join(f"{k}: {v}\n" for k, v in declared.items()) + "---\n\n"
    article = _article(
        text + "## 1. “末日之钟”拨快10秒\n\n据法新社1月24日报道，末日钟拨快了10秒。\n", "a.md"
    )
    assert article.meta.title == "末日90秒"
    assert article.meta.editors == []  # `editor: markdown` names the wiki's editor, no person


@pytest.mark.parametrize(
    "line",
    [
        "ContactGail Bennett(304) 366-2921, ext. 214",  # a release's contact, run together
        "from Voice of America http://ift.tt/2cpaMit",  # a feed's credit line
        "via IFTTT",
        "from Voice of America http://ift.tt/2cpaMit via IFTTT",  # the two run together
        "Log in",
        "meta_pixel",
    ],
)
def test_a_contact_a_feeds_credit_and_an_account_link_are_chrome(line: str) -> None:
    assert find_chrome(line)


def test_a_disclosure_tables_title_field_is_the_headline() -> None:
    line = "名 称: | 上海市嘉定区人民政府办公室关于转发《嘉定区海绵城市建设的实施方案》的通知 | ||"
    assert find_chrome(line) is None
    assert find_chrome("名称: 亳州市人民政府办公室关于印发的通知 文号: 亳政办〔2025〕1号")  # a row
    assert (
        clean_title(line)
        == "上海市嘉定区人民政府办公室关于转发《嘉定区海绵城市建设的实施方案》的通知"
    )


@pytest.mark.parametrize(
    ("page_title", "title"),
    [
        ("tv The Live Desk FOX News September 18, 2009 1:00pm-3:00pm EDT", "The Live Desk"),
        ("tv KPIX 5 News at 600PM CBS December 16, 2018 6:00pm-6:31pm PST", "KPIX 5 News at 600PM"),
    ],
)
def test_an_archived_captions_page_title_names_its_programme(page_title: str, title: str) -> None:
    assert clean_title(page_title) == title


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (  # a day whose 月 the page lost is still the time before the news
            "1030日下午，洛龙区委副书记、区长孙毅辉主持召开区政府常务会议。",
            "孙毅辉主持召开区政府常务会议",
        ),
        (  # the offices go, and `同志`
            "2024年9月13日下午，區委常委、副區長謝義維同志主持召開五屆104次區政府常務會議。",
            "謝義維主持召開五屆104次區政府常務會議",
        ),
    ],
)
def test_a_meetings_first_sentence_names_who_held_it(paragraph: str, title: str) -> None:
    body = "會議傳達學習了有關文件精神。\n會議強調，要抓好落實。\n"
    assert _article(paragraph + "\n" + body).meta.title == title
    assert not is_headline("会议传达学习了习近平总书记重要指示精神")


def test_an_editions_day_after_a_dash_is_no_site_name() -> None:
    assert is_headline("Meet the Press Transcript - October 11, 2015")
    # a day before the headline is a stamp run into it, no part of the title
    assert not is_headline("November 9 2007 - Patient Receives Heart Bypass Without Opening Chest")
    assert site_title("首份青年發展藍圖公布 - 香港政府新聞網") == "首份青年發展藍圖公布"


@pytest.mark.parametrize(
    "line",
    [
        '<%@ Page Title="" Language="C#" MasterPageFile="~/AW/News.Master" %>',  # ASP.NET
        '<asp:Content ID="Content1" ContentPlaceHolderID="head" runat="server">',
        "#WorldNewsTonight #DavidMuir #News #abcNews",  # a video page's hashtags
        "拖拉類別可自訂排序",  # a menu's hint
        "」內政部 國土署 賴清德 土方 明道大學",  # a story's keyword tags
        "恢復預設 確定",  # a dialog's buttons
        "专题:2010年全国两会",  # a portal's topic label
    ],
)
def test_server_code_hashtags_and_keyword_tags_are_chrome(line: str) -> None:
    assert find_chrome(line)


@pytest.mark.parametrize("line", ["The Quick Brown Fox Jumps Over", "台南 高雄 豪雨"])
def test_a_headline_of_short_words_is_no_tag_row(line: str) -> None:
    assert find_chrome(line) is None


def test_a_networks_rush_transcript_note_names_the_programme_and_its_day() -> None:
    note = (
        'date 2020-12-20 This is a rush transcript from "Special Report" December 8, 2020. This'
        " copy may not be in its final form and may be updated."
    )
    assert rush_transcript(note) == "Special Report, December 8, 2020"
    assert rush_transcript("This is a transcript of the hearing.") is None


def test_a_party_committees_plenum_is_the_news_not_who_chaired_it() -> None:
    chaired = "包江苏主持召开中国共产党福鼎市第十三届委员会第十六次全体会议，市长周春海出席会议"
    assert plenum_held(chaired).startswith("中国共产党福鼎市第十三届委员会第十六次全体会议召开")
    cabinet = "李强主持召开新一届国务院第一次全体会议"  # a cabinet's names its head
    assert plenum_held(cabinet) == cabinet


def test_who_did_what_after_a_headline_is_no_part_of_it() -> None:
    title = "城固一批产业类项目集中开工 王建军宣布开工 方红卫讲话 张雁毅出席"
    assert clean_title(title) == "城固一批产业类项目集中开工"
    assert clean_title("市委常委会召开会议 张三主持") == "市委常委会召开会议 张三主持"  # one: kept
