"""Rules learnt from a tenth round of real pages the project had never seen (measured before
any rule was written for them): a letter-spaced page, a release's dateline and wire on lines
of their own, a headline set in two parts, a page title that names the headline below a list
of ministers, a transcript's airtime, a stamp under an English headline."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import normalised, removed_rules

from highlights.ingest import read_source
from highlights.normalise import normalise
from highlights.normalise.headlike import clean_title


def test_a_letter_spaced_page_closes_up() -> None:
    article = normalised(
        "回 應 鄭 家 富 議 員 的 評 論",
        "回 應 傳 媒 查 詢 , 就 鄭 家 富 議 員 今 天 ( 四 月 二 十 一 日 ) 在 立 法 會 的 評 論 , "
        "政 制 事 務 局 發 言 人 表 示 :",
        "「 政 制 發 展 專 責 小 組 的 成 立 反 映 特 區 政 府 對 這 議 程 的 重 視 。",
    )
    assert article.meta.title == "回應鄭家富議員的評論"
    assert article.blocks[0].text.startswith("回應傳媒查詢，就鄭家富議員今天（四月二十一日）")
    assert article.report.counts["letter_spacing"] == 1


def test_a_credits_space_leaves_a_page_as_it_is() -> None:
    article = normalised(
        "市政府召開常務會議",
        "記者 王偉 報道：會議聽取了全市經濟運行情況的匯報，研究部署下一步重點工作。",
    )
    assert "letter_spacing" not in article.report.counts


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("BAAR, SWITZERLAND", "boilerplate.dateline"),
        ("Business Wire", "boilerplate.chrome"),
        ("JOINT MEDIA RELEASE", "boilerplate.chrome"),
        ("10 9월 2021 - 12:14AM", "boilerplate.chrome"),
    ],
)
def test_a_releases_dateline_wire_and_stamp_on_lines_of_their_own_leave(
    line: str, rule: str
) -> None:
    assert removed_rules(line) == [rule]


def test_a_transcripts_airtime_leaves_its_title() -> None:
    assert clean_title("CNN Joe Biden Town Hall. Aired 8-9p ET") == "CNN Joe Biden Town Hall"


def test_a_headline_set_in_two_parts_is_one_title() -> None:
    article = normalised(
        "习近平主持召开深入推进长三角一体化发展座谈会强调",
        "推动长三角一体化发展取得新的重大突破",
        "新华社上海11月30日电 中共中央总书记习近平30日上午在上海主持召开"
        "深入推进长三角一体化发展座谈会并发表重要讲话。",
    )
    assert article.meta.title == (
        "习近平主持召开深入推进长三角一体化发展座谈会强调 推动长三角一体化发展取得新的重大突破"
    )


def test_the_line_a_page_title_names_is_the_headline() -> None:
    article = normalised(
        "PRIME MINISTER – JOINT MEDIA RELEASE – $1.1 BILLION TO SUPPORT MORE MENTAL HEALTH "
        "SERVICES – 29 SUNDAY 29 MARCH 2020",
        "The Hon. Scott Morrison MP",
        "Prime Minister",
        "The Hon. Greg Hunt MP",
        "Minister for Health",
        "JOINT MEDIA RELEASE",
        "Sunday 29 March 2020",
        "$1.1 BILLION TO SUPPORT MORE MENTAL HEALTH SERVICES",
        "More help will be given to millions of Australians battling the impacts of coronavirus.",
    )
    assert article.meta.title == "$1.1 BILLION TO SUPPORT MORE MENTAL HEALTH SERVICES"


def test_a_stamp_under_an_english_headline_is_never_joined_to_it(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        "Ferro Shareholders Approve Acquisition by an Affiliate of Prince\n"
        "10 9월 2021 - 12:14AM\nBusiness Wire\n"
        "Ferro Corporation (NYSE: FOE), a leading global supplier of\n"
        "technology-based functional coatings and color solutions, today\n"
        "announced that its shareholders voted overwhelmingly to approve its\n"
        "acquisition by an affiliate of Prince International Corporation at\n"
        "a special meeting of Ferro shareholders held today.\n\n"
        "Under the terms of the proposed merger, Ferro shareholders will\n"
        "have the right to receive $22.00 in cash for each share.\n",
        encoding="utf-8",
    )
    title = normalise(read_source(path)).meta.title
    assert title == "Ferro Shareholders Approve Acquisition by an Affiliate of Prince"


def test_a_drawn_title_never_cuts_a_bracket_open() -> None:
    article = normalised(
        "Ferro Corporation (NYSE: FOE), a leading global supplier of technology-based functional "
        "coatings and color solutions, today announced that its shareholders voted to approve "
        "its acquisition by an affiliate of Prince International Corporation at a meeting.",
    )
    assert "(" not in article.meta.title


def test_a_disclosure_tables_labels_run_together_are_chrome() -> None:
    line = (
        "文件名称 平利县人民政府关于印发2025年国民经济和社会发展计划的通知索引号 "
        "zfgzbmxzfbgs/2025-0549 公开目录：县政府文件"
    )
    assert removed_rules(line) == ["boilerplate.chrome"]


def test_the_office_that_sent_the_story_in_leaves_its_last_paragraph() -> None:
    article = normalised(
        "吴海宏主持召开县政府党组会议",
        "3月21日，县长吴海宏主持召开县政府党组会议。会议还研究了干部任免事宜。(县政府办)",
    )
    assert article.blocks[-1].text.endswith("会议还研究了干部任免事宜。")


def test_a_congress_closing_after_its_agenda_is_titled_by_its_close() -> None:
    article = normalised(
        "9月28日，中国共产党凤翔县第十六次代表大会在圆满完成了各项议程后，于上午胜利闭幕。",
        "王建民主持大会闭幕式。",
    )
    assert article.meta.title == "中国共产党凤翔县第十六次代表大会胜利闭幕"


def test_a_saying_and_a_plan_frame_lead_to_their_clause() -> None:
    from tests.text_support import article

    from highlights.cards import build_deck

    deck = build_deck(
        article(
            "賀一誠與中文傳媒代表新春午宴",
            "zh-Hant",
            "行政長官賀一誠今日與中文傳媒代表新春午宴。",
            "他又指，「防疫情、穩復甦、保民生」是今年特區政府施政的重點，按照第二個五年規劃，"
            "有序推進特區各項建設，繼續以「一中心、一平台、一基地」定位，積極參與大灣區建設。",
        )
    )
    points = [p.text for card in deck.cards for p in card.points]
    assert points and not any(p in ("他又指", "按照第二個五年規劃") for p in points)


def test_an_english_point_never_ends_on_a_modal() -> None:
    from highlights.cards.english_cuts import weak_end

    assert weak_end("The HKSARG hopes that different sectors of the community could")


def test_where_something_was_said_is_titled_by_the_occasion() -> None:
    article = normalised(
        "賴清德總統今（17）日出席「臺灣領航 消除C肝」國際記者會時表示，臺灣可望比WHO所定目標提早5年"
        "消除C肝，政府預計年底申請認證。",
        "總統指出，臺灣是全球第一個全面施打B肝疫苗的國家。",
    )
    assert article.meta.title == "賴清德總統出席「臺灣領航 消除C肝」國際記者會"


@pytest.mark.parametrize(
    "line",
    [
        "2004 | 重要告示最近修訂日期：2007 年 7 月 1 日無障礙網頁嘉許計劃WCAG 2.0 AAValid",
        "二○○四年四月二十一日（星期三）",
    ],
)
def test_a_government_sites_footer_and_a_release_date_in_words_are_chrome(line: str) -> None:
    assert removed_rules(line) == ["boilerplate.chrome"]


def test_a_letter_spaced_dates_zeros_close_up_too() -> None:
    from highlights.model import Block
    from highlights.normalise.cleanup import unspace

    assert unspace(Block(text="二 ○ ○ 四 年 四 月")).text == "二○○四年四月"


def test_a_reporting_teams_credit_leaves_the_last_paragraph() -> None:
    article = normalised(
        "福州市政府工作报告提出今年主要预期目标",
        "城乡居民人均可支配收入与经济增长基本保持同步。（福州晚报记者组）",
    )
    assert article.blocks[-1].text.endswith("基本保持同步。")


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        ("南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）", ["张巨峰"]),
        ("“相約麗水”在浙江麗水正式啟動。(記者 王偉)", ["王偉"]),
    ],
)
def test_a_reporters_name_alone_in_brackets_signs_the_story(
    paragraph: str, reporters: list[str]
) -> None:
    article = normalised("山西品牌丝路行", paragraph)
    assert article.meta.reporters == reporters
    assert article.blocks[-1].text.endswith(("举行。", "啟動。"))
