"""Normalise: pages of held-out round 212–217: a copy site's watermark after paragraph upon
paragraph, a photographers' credit alone, a subheading that is no buried headline, the hour
before the news, a ministry's briefing named by its day, a file photo's note, transcript
services' notes, a letterhead's office and its holder, a relay site's bracketed name and the
clause a headline concedes first."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article, Block, Report
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.chrome import find_chrome
from highlights.normalise.damage import find_damage
from highlights.normalise.datelines import dateline
from highlights.normalise.en_headline import english_headline
from highlights.normalise.headlike import clean_title, is_headline
from highlights.normalise.watermarks import drop_watermarks


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


_MARKED = (
    "内容来自中华人民共和国图鉴社\n魏志阳 李震宇 摄 内容来自中华人民共和国图鉴社\n"
    "浙江在线01月22日讯\n"
    "清晨,一副副红灿灿的春联夹在带油墨香的《钱江晚报》中,随着送报员勤快的脚步,走进了杭城各个"
    "家庭的订报箱,给了读者一份早到的新春祝福和惊喜。 本文来自中华人民共和国图鉴社\n"
    "昨天上午,本报派出多路记者,跟着钱江报刊发行公司工作人员上门送春联贴春联,一起将年俗年味送到"
    "读者家中。 本文来自中华人民共和国图鉴社\n"
    "杭州十佳亲民警察隋瑞福 中华人民共和国图鉴社\n"
    "此时的杭城已然进入了梦乡。记者挑选此刻去送春联,因为这时正是杭州湖滨派出所的夜巡时间,"
    "民警隋瑞福和队员们带着春联巡逻。\n"
)


def test_a_watermark_set_after_paragraph_upon_paragraph_leaves_them_all() -> None:
    report = Report()
    blocks = drop_watermarks([Block(text=line) for line in _MARKED.splitlines()], report)
    assert all("图鉴社" not in b.text for b in blocks)
    assert blocks[1].text == "魏志阳 李震宇 摄"
    assert report.counts["boilerplate.watermark"] == 5
    # a list's rows ending alike: no sentence before the words, no watermark
    rows = [Block(text=f"{n}等奖 {name} 优秀工作者代表") for n, name in ("一张", "二李", "三王")]
    assert drop_watermarks(rows, Report()) == rows


def test_the_story_under_a_watermark_keeps_its_opening_paragraphs() -> None:
    page = _article(_MARKED)
    assert page.meta.title == "一副副红灿灿的春联夹在带油墨香的《钱江晚报》中"  # (not the hour)
    assert page.meta.photographers == ["魏志阳", "李震宇"]
    assert "上门送春联贴春联" in page.body_text()
    assert "杭州十佳亲民警察隋瑞福" in page.body_text()  # a subheading stays in the text


def test_a_briefing_named_by_its_day_keeps_it_and_a_day_before_a_comma_goes() -> None:
    briefing = "2021年2月9日外交部发言人汪文斌主持例行记者会"
    assert clean_title(briefing) == briefing
    assert clean_title("2024年3月28日，高唐县人民政府印发工作方案") == "高唐县人民政府印发工作方案"


@pytest.mark.parametrize(
    "line",
    [
        'PLEASE CREDIT ANY QUOTES OR EXCERPTS FROM THIS CBS TELEVISION PROGRAM TO "CBS NEWS\' . "',
        "Create a free Manufacturing.net account to continue",
        "All materials herein are protected by United States copyright law",
        "Previous Next",
        "32nd & 33rd Meetings (AM & PM)",
        "You may also like",
        "printable banner",
        "U.S. Department of State - Great Seal",
    ],
)
def test_transcript_services_notes_and_a_sites_buttons_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_file_photos_note_and_a_portals_wire_label_leave_the_text() -> None:
    caption = "國民黨立委傅崐萁（左）、夫人徐臻蔚（右）。（資料照）"
    assert find_boilerplate(caption).removed[0][0] == "boilerplate.caption"
    labelled = find_boilerplate("電車以及輕鐵服務明天將全日免費。on.cc 東網 ・ 2 小時前")
    assert labelled.text.endswith("全日免費。")


@pytest.mark.parametrize(
    "line",
    [
        "U.S. Department of State",
        "President George W. Bush",
        "MINISTER FOR HEALTH AND AGED CARE",
        "今天是2019年9月24日星期二",
    ],
)
def test_a_letterheads_office_its_holder_or_the_days_greeting_is_no_headline(line: str) -> None:
    assert not is_headline(line)
    assert is_headline("President Obama signs climate bill")


def test_the_ministers_letterhead_over_the_text_gives_way_to_its_first_sentence() -> None:
    page = _article(
        "MINISTER MARK BUTLER\nMINISTER FOR HEALTH AND AGED CARE\n"
        "The Albanese Labor Government is continuing to improve our health system: strengthening "
        "Medicare and easing cost of living pressures with cheaper medicines.\n"
        "Our first Budgets rolled out 58 Medicare Urgent Care Clinics across the country.\n"
    )
    assert page.meta.title.startswith("The Albanese Labor Government is continuing")


def test_a_relay_sites_bracketed_name_and_a_conceded_clause_leave_the_headline() -> None:
    opening = dateline("(Press-News.org) Though PFAS make headlines daily, a new paper reveals…")
    assert opening == ("(Press-News.org) ", "Press-News.org")
    title = english_headline("Though PFAS make headlines daily, a new paper reveals that most fail")
    assert title.startswith("A new paper reveals")


def test_a_gallerys_captions_are_chrome_and_name_a_release_that_lost_its_headline() -> None:
    title = "台南市元旦升旗 黃偉哲承諾更加努力做好防疫 盼新的一年疫情退散"
    page = _article(
        "發稿單位:新聞及國際關係處 發稿時間:110年1 月1日 11:30 發稿人員:葉冠伶 06-2991111#8154 "
        "迎接2021年來臨,台南市政府今(1日)晨於新營區南瀛綠都心公園舉辦「慶祝2021年元旦升旗典禮」。\n"
        f"{title}(共6張)-1 {title}(共6張)-2 {title}(共6張)-3 台\n"
    )
    assert page.meta.title == title
    assert "共6張" not in page.body_text()


@pytest.mark.parametrize("line", ["Roll Call, Inc.", "1255 22nd Street N.W.", "tujian.org"])
def test_a_letterheads_company_its_street_and_a_sites_bare_name_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None
    assert find_chrome("Apple Inc. reported record revenue.") is None


def test_a_relays_note_names_who_issued_the_release() -> None:
    note = find_boilerplate("The press release issued by 10 Downing Street on 31 August 2024.")
    assert note.source == "10 Downing Street" and not note.text


def test_a_casinos_title_set_in_place_of_a_name_leaves_the_sentence() -> None:
    hit = find_boilerplate(
        "他指出，中国共产党澳门金沙城中心_欧洲杯足球网-【投注官网平台】第十五次代表大会是在全面建设"
        "社会主义现代化国家新征程上召开的一次重要会议。"
    )
    assert hit.text.startswith("他指出，中国共产党第十五次代表大会是")
    assert hit.removed == [("boilerplate.spam", "澳门金沙城中心_欧洲杯足球网-【投注官网平台】")]
    assert find_boilerplate("会议审议通过了user_name字段的说明。").removed == []


@pytest.mark.parametrize(
    ("text", "spot"),
    [
        ("作爲中新社香港廻歸報道前方團隊的一員，進駐原駐港英軍縂部", "廻歸"),
        ("曏讀者聽衆觀衆們報道廻歸信息", "曏讀"),
        ("我乘坐的直通車越過了羅湖橋，竝由此開始了常駐香港的記者生涯", "竝由"),
        ("仍有不少睏難需要尅服", "睏難"),
        ("華盛頓記者張文馨、鄭□、黃有容/聯合報", "鄭□"),
        ("Secretary-General Ant ónio Guterres said", "Ant ónio"),
    ],
)
def test_a_bad_converters_forms_a_lost_character_and_a_split_accent_are_damage(
    text: str, spot: str
) -> None:
    assert any(spot in d.snippet for d in find_damage(text))


def test_a_bullet_box_and_french_words_are_no_damage() -> None:
    assert find_damage("□記者 趙霞 報道") == []
    assert find_damage("He went à la carte in Paris.") == []


def test_a_briefings_title_on_two_lines_the_day_and_who_over_what_they_did() -> None:
    page = _article(
        "2022年8月19日外交部发言人汪文斌\n\n主持例行记者会\n\n"
        "澎湃新闻记者：我们注意到，中非合作论坛第八届部长级会议成果落实协调人会议昨天以视频方式"
        "成功举行。你可否介绍会议情况及取得的成果？\n"
    )
    assert page.meta.title == "2022年8月19日外交部发言人汪文斌主持例行记者会"
    assert find_chrome("2022年8月19日外交部发言人汪文斌") is None  # no page's stamp
