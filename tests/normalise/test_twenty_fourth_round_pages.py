"""Normalise: rules learnt from the hundred-and-fourth round of real pages the project had never
seen (sets 104–109, measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.damage import find_damage
from highlights.normalise.marks import drop_caption_marks, noise_spans


def _article(text: str, name: str = "page.txt") -> Article:
    return normalise(parse_source(Path(name), text.encode()))


@pytest.mark.parametrize(
    "line",
    [
        "PBS News Hour is available to stream on pbs.org and the free PBS App, available on "
        "iPhone, Apple TV, Android TV, Roku, Samsung Smart TV, and Vizio.",
        "Our main evening newscast. Weekdays 18:00 - 19:00.",
        "普通話新聞由香港電台普通話台製作。",
        "R3 Press (R3Press@epa.gov)",
        "涉未成年人专用投诉举报专区 网络内容从业人员违法违规行为专用举报渠道 "
        "网上历史虚无主义错误言论举报专区",
    ],
)
def test_a_programmes_box_a_press_officers_address_and_report_desks_are_chrome(line: str) -> None:
    assert find_boilerplate(line).text == ""


@pytest.mark.parametrize(
    "line",
    [
        "The pools will open daily 7:00 - 22:00 from 1 June, the department said.",
        "市民可致電1823舉報，有關部門會跟進每宗舉報。",
        "The film is available to stream on Netflix from Friday, the studio said in a statement.",
        "記者會由香港電台製作的節目轉播。",
    ],
)
def test_sentences_that_speak_of_streams_hours_and_reports_stay(line: str) -> None:
    assert find_boilerplate(line).text == line


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        (
            "Minneapolis begins# the long healing process in the## wake of it.",
            "Minneapolis begins the long healing process in the wake of it.",
        ),
        ("GEOFF BENNETT:## Welcome to the show.", "GEOFF BENNETT: Welcome to the show."),
        ("西藏林芝派墨公路雪崩已致8人遇难******", "西藏林芝派墨公路雪崩已致8人遇难"),
        ("Follow #Budget2024 and learn C# today.", "Follow #Budget2024 and learn C# today."),
        ("**********", "**********"),  # a row of stars alone: the chrome rules report it
    ],
)
def test_caption_cues_and_padding_stars_leave_the_words(text: str, cleaned: str) -> None:
    assert drop_caption_marks(text).text == cleaned


def test_a_captions_cue_marks_never_reach_the_text() -> None:
    article = _article(
        "Newscast\n\nAMNA NAWAZ: Minneapolis begins# the long healing process in the## wake of "
        "the country's latest school shooting.\n\nShe had refused## to resign amid clashes with "
        "the Health Secretary# over vaccine policy.\n"
    )
    assert "#" not in article.body_text()


@pytest.mark.parametrize(
    ("line", "tokens"),
    [
        ("政 府 工 作 报 告 LsMq&a-j2", ["LsMq&a-j2"]),
        ("国务院总理 温家宝 FhEfW7]0,", ["FhEfW7]0,"]),
        ('各位代表: (f"LD8MJ/', ['(f"LD8MJ/']),
        ("稳的良好局面。 *M~BN}.", ["*M~BN}."]),
        ("美国AT&T公司的R&D投入增长5%，达US$5bn", []),
        ("注[1]见附件，iPhone15和5G (COVID-19) 数据", []),
        ("邮箱：zhang3@163.com，网址 http://www.gov.cn/a?b=1&c=2", []),
        ("全會提出,{{ 7*7 }}與{% for x in y %}，以及$$\\int_0^1 x\\,dx$$", []),
        ("Plain English with odd marks <> {} and no Chinese", []),
    ],
)
def test_a_forums_watermark_tokens_are_found_and_words_are_not(
    line: str, tokens: list[str]
) -> None:
    assert [line[s:e] for s, e in noise_spans(line)] == tokens


def test_watermark_tokens_leave_the_text_and_are_reported() -> None:
    article = _article(
        '政府工作报告\n\n各位代表: (f"LD8MJ/\n\n'
        "现在，我代表国务院，向大会作政府工作报告，请予审议，"
        "并请全国政协各位委员提出意见。 )5diX\n\n"
        "2005年，我国社会主义现代化事业取得显著成就。 y&F&Z3t\n"
    )
    assert "y&F&Z3t" not in article.body_text()
    assert any("y&F&Z3t" in spot.snippet for spot in article.report.damage)


def test_characters_converted_to_the_wrong_traditional_form_are_reported() -> None:
    spots = find_damage("大會對黨章作了適儅脩改，秘書処負責人答記者問，堅持馬尅思主義。")
    assert len(spots) >= 2  # (signals close together make one spot)
    assert all("Traditional form" in s.reason for s in spots)
    # the same characters in names and classical words are no damage
    assert find_damage("郃陽縣的束脩之禮") == []


def test_a_line_left_in_markdowns_italics_loses_its_marks_and_is_reported() -> None:
    article = _article(
        "李強作政府工作報告 提出今年發展主要預期目標\n\n"
        "十四屆全國人大四次會議開幕會今日9時在北京人民大會堂舉行，國務院總理李強作政府工作報告。"
        "\n\n報告提出，今年發展主要預期目標是國內生產總值增長5%左右。\n\n"
        "*必須充分挖掘經濟潛能、投資於物和投資於人緊密結合*\n\n"
        "報告指出，要大力提振消費、提高投資效益，全方位擴大國內需求。\n"
    )
    assert "必須充分挖掘經濟潛能、投資於物和投資於人緊密結合" in article.body_text()
    assert "*" not in article.body_text()
    assert any("*必須" in spot.snippet for spot in article.report.damage)
    assert drop_caption_marks("3 * 4 * 5").text == "3 * 4 * 5"


def test_where_a_reporter_filed_from_is_no_reporter() -> None:
    found = find_boilerplate("特派記者賴錦宏/北京報導聯合報")
    assert found.text == ""
    assert found.reporters == ["賴錦宏"]


def test_a_writer_and_a_reviewer_closing_a_government_story_are_its_reporter_and_editor() -> None:
    article = _article(
        "區政府召開第25次常務會議\n\n2月13日上午，區長金玉主持召開區政府第25次常務會議，"
        "研究部署近期重點工作。\n\n會議強調，要在項目謀劃、儲備、爭取、實施等環節發力。\n\n"
        "會議還研究了其他事項。（撰稿人：鄧亮??審稿人：何宏偉）\n"
    )
    assert article.meta.reporters == ["鄧亮"]
    assert article.meta.editors == ["何宏偉"]


def test_a_reporters_line_with_a_colon_names_them_all() -> None:
    found = find_boilerplate("記者：李小波、趙小羽、姜亮")
    assert found.text == ""
    assert found.reporters == ["李小波", "趙小羽", "姜亮"]


def test_a_stamps_fields_set_wide_apart_still_name_the_author_and_source() -> None:
    article = _article(
        "地建集团与通辽市签署合作协议\n\n"
        "发布日期:2022-07-26    作者:李广龙    来源:发展规划部    点击量:1686   分享到:\n\n"
        "7月25日，地建集团与通辽市人民政府签署战略合作协议，双方将在土地综合整治等领域开展合作。\n"
    )
    assert article.meta.reporters == ["李广龙"]
    assert article.meta.source == "发展规划部"


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        (
            "Today the U.S. Environmental Protection Agency (EPA) announced $22.4 million in "
            "grants to 13 selectees.",
            "U.S. Environmental Protection Agency",
        ),
        (
            "The Centre for Health Protection (CHP) of the Department of Health has announced "
            "that it is investigating three additional confirmed cases.",
            "Centre for Health Protection",
        ),
        ("Officials at the World Health Organization (WHO) said on Monday that cases rose.", None),
    ],
)
def test_an_english_release_is_issued_by_the_body_its_first_sentence_has_act(
    opening: str, issuer: str | None
) -> None:
    article = _article(f"Grants for the Bay\n\n{opening}\n\nThe grants run for two years.\n")
    assert article.meta.source == issuer


def test_characters_lost_to_a_wrong_code_page_never_title_the_page() -> None:
    article = _article(
        "内\ufffd概况\ufffd根据兼\ufffd发布的信恼\ufffd2023年全球工业\ufffd产能合\ufffd约为853.5万吨，"
        "同比\ufffd\ufffd9.7%銆傦紝2023骞翠腑鍥藉伐涓氱浜ц兘鍗犲叏鐞冩€讳骇鑳芥瘮閲嶄负82.1%。\n\n"
        "鍏抽敭璇嶏細宸ヤ笟纭呫€佸鏅剁銆佸伐涓氱浜ц兘鍙婁骇閲\n\n涓€銆佸伐涓氱琛屼笟瀹氫箟鍙婂垎绫\n"
    )
    assert "\ufffd" not in article.meta.title


def test_a_picture_credited_to_a_social_account_is_a_caption() -> None:
    found = find_boilerplate(
        "北京梅地亞賓館的十九大新聞中心10月11日正式啟動對外接待服務。@新華視點 圖"
    )
    assert found.text == ""
    assert found.photographers == []
    line = "請關注@新華視點 微博了解更多。"
    assert find_boilerplate(line).text == line


def test_the_pages_publish_field_dates_it_not_the_days_date_over_its_masthead() -> None:
    article = _article(
        "2025年05月11日\n当前位置: 首页 > 新闻中心 > 本地 > 正文\n\n"
        "锚定目标,确保与全国同步、在全省领先全面实现现代化\n\n来源: 发布日期:2022-12-26   打印\n\n"
        "未来五年，地区生产总值年均要增长7%以上，2027年全市经济总量要达到2300亿元左右。\n"
    )
    assert article.meta.date == "2022-12-26"


@pytest.mark.parametrize(
    "line",
    [
        "订阅新闻局Telegram政府新闻频道:https://t.me/macaogcs,即时接收最新消息。",
        "Subscribe to our Telegram channel for the latest government news.",
    ],
)
def test_a_call_to_follow_the_offices_channel_is_chrome(line: str) -> None:
    assert find_boilerplate(line).text == ""


def test_a_story_about_a_channel_is_no_call_to_follow_it() -> None:
    line = "新闻局表示，订阅Telegram频道的市民今年增加了三成，反映市民希望即时接收最新消息。"
    assert find_boilerplate(line).text == line


def test_a_releases_definitions_of_its_terms_are_boilerplate() -> None:
    line = (
        "In this release, Vera Bradley, Inc. or “the Company” refers to the entire enterprise and "
        "includes both the Vera Bradley and Pura Vida brands."
    )
    assert find_boilerplate(line).text == ""
    kept = "In this release, the company refers to its new plant, which opens in May."
    assert find_boilerplate(kept).text == ""  # (the same form: a definition all the same)


def test_a_sentence_that_gives_opening_hours_is_no_programmes_box() -> None:
    line = "Daily 9:00 - 17:00 opening hours apply to the new museum wing from 1 June."
    assert find_boilerplate(line).text == line
