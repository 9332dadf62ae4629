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
from highlights.normalise.editions import dated_edition
from highlights.normalise.en_headline import as_headline
from highlights.normalise.headlike import clean_title, is_headline


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
