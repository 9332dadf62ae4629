"""Held-out rounds 242–253: a transcript service's speaker lines (`Jen Psaki: (00:22)`) label
the paragraph under them, the time reported, and the floor handed on is no point; a wire's
dateline with dots and the next release after an end mark; a long English first sentence as a
title; page notes (an archived site's banner, a QR code's call, a breadcrumb with its stamp); an
abstract's label; a title set twice; a lone closing bullet that links the next item."""

from __future__ import annotations

from pathlib import Path

from highlights.cards import build_deck
from highlights.cards.courtesies import courtesy
from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate

_REV = (
    "Press Secretary Jen Psaki White House Press Conference Transcript January 22\n\n"
    "January 22 press conference with White House Press Secretary Jen Psaki.\n\n"
    "Jen Psaki: (00:22)\nGood afternoon, everyone. Happy Friday.\n\n"
    "Audience: (00:26)\nGood afternoon.\n\n"
    "Jen Psaki: (00:26)\nToday, we are joined by National Economic Council Director, Brian Deese, "
    "who will highlight some key aspects of the executive orders. Go ahead, Brian.\n\n"
    "Brian Deese: (00:54)\nOur economy is at a very precarious moment. We are 10 million jobs "
    "short still of where the economy was when this pandemic started.\n"
)


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


def test_a_timed_speaker_line_labels_the_paragraph_under_it() -> None:
    article = _article(_REV)
    texts = [b.text for b in article.blocks]
    assert "BRIAN DEESE: Our economy is at a very precarious moment." in texts[-1]
    assert not any(t.startswith("Jen Psaki: (") for t in texts)
    assert "(00:54)" in [r.text for r in article.report.removed]
    points = [p.text for c in build_deck(article).cards for p in c.points]
    assert not any("(00:" in p or p.startswith(("Go ahead", "Happy Friday")) for p in points)


def test_the_floor_handed_on_is_a_courtesy() -> None:
    assert courtesy("Go ahead, Brian")
    assert courtesy("Happy Friday")
    assert not courtesy("Go ahead with the plan to build 300 new homes in Dayton")


def test_a_link_to_the_full_text_is_no_paragraph() -> None:
    assert find_boilerplate("Read the transcript of the full briefing here.").text == ""


_WIRE = (
    "Statement of U.S. Labor Secretary Elaine L. Chao on September Employment Numbers\n\n"
    "WASHINGTON, Oct. 6 /U.S. Newswire/ -- U.S. Secretary of Labor Elaine L. Chao issued the "
    "following statement on the September employment situation released today.\n\n"
    '"The news on the jobs front remains positive. The economy is growing fast enough to create '
    'new jobs, but not so fast that inflation is a big concern."\n\n'
    "Last month's payroll employment was revised upward by 60,000 jobs, the department said.\n\n"
    "-0-\n\n"
    "International Terrorism Victim Expense Reimbursement Program Now Accepting Applications\n\n"
    "The Department of Justice's Office of Justice Programs today will begin accepting "
    "applications for the program.\n"
)


def test_a_wires_dateline_with_dots_and_the_next_release_after_the_end_mark() -> None:
    article = _article(_WIRE)
    assert article.meta.source == "U.S. Newswire"
    texts = " ".join(b.text for b in article.blocks)
    assert "Department of Justice" not in texts  # another release, run on under `-0-`
    assert any(r.rule == "boilerplate.after_end" for r in article.report.removed)


def test_a_long_english_first_sentence_keeps_its_verb_and_object_as_the_title() -> None:
    from highlights.normalise.en_headline import shortened

    sentence = (
        "The Howard University Department of Civil and Environmental Engineering in the College "
        "of Engineering and Architecture was awarded a $570,000 grant from the Air Force Office "
        "of Scientific Research"
    )
    assert shortened(sentence) == (
        "The Howard University Department of Civil and Environmental Engineering was awarded "
        "a $570,000 grant"
    )


def test_round_248_253_page_notes_and_titles() -> None:
    from highlights.normalise.sites import without_site

    for line in (
        "National Archives This is historical material “frozen in time”. The website is no "
        "longer updated and links to external websites and some internal pages may not work.",
        "James S. Brady Press Briefing Room     2:15 P.M. EST",
        "华夏经纬网 > 发布会 > 国台办      2023-02-20 08:37:25",
        "The following content is a translation of excerpts from the Minister's report.",
        "微信扫一扫,为民族复兴网助力!",
    ):
        assert find_boilerplate(line).text == "", line
    byline = find_boilerplate("By Li Bingcun | chinadaily.com.cn | Updated: 2019-07-04 20:16")
    assert (byline.text, byline.reporters) == ("", ["Li Bingcun"])
    piped = "Press Briefing by Press Secretary Sarah Sanders | Eastern North Carolina Now"
    assert without_site(piped) == "Press Briefing by Press Secretary Sarah Sanders"
    assert without_site("Budget 2024 | What You Need") == "Budget 2024 | What You Need"
    briefing = _article(
        "BACKGROUND PRESS BRIEFING BY A SENIOR ADMINISTRATION OFFICIAL\n\n2:15 P.M. EST\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Thanks, everybody, for joining. The President will "
        "speak about the economy and the record low unemployment rate on Tuesday night.\n"
    )
    assert "P.M." not in briefing.meta.title


def test_a_read_aloud_buttons_label_is_no_author() -> None:
    article = _article(
        "区政协十届三次会议召开各组召集人会议\n\n刊发日期:2019-01-15 阅读次数: 作者:  语音阅读:\n\n"
        "本报讯(全媒体记者王鹏)1月14日，区政协十届三次会议召开各组召集人会议，安排部署大会分组讨论"
        "工作。会议要求，各组召集人要认真组织好讨论。\n"
    )
    assert article.meta.reporters == ["王鹏"]


def test_an_abstracts_label_goes_and_its_summary_stays() -> None:
    from highlights.normalise.marks import drop_summary_label

    fixed = drop_summary_label("摘要：天津大学卫津路校区内，阳光洒在红砖灰瓦上。")
    assert (fixed.text, fixed.changes) == ("天津大学卫津路校区内，阳光洒在红砖灰瓦上。", 1)
    assert drop_summary_label("会议摘要了三项工作。").text == "会议摘要了三项工作。"


def test_a_title_set_twice_and_run_into_its_salutation_is_said_once() -> None:
    from highlights.normalise.headlike import clean_title
    from highlights.normalise.title_marks import said_once

    glued = "县长在全县乡镇党委书记座谈会上讲话县长在全县乡镇党委书记座谈会上的讲话同志们"
    assert clean_title(glued) == "县长在全县乡镇党委书记座谈会上的讲话"
    assert said_once("中国中国发展报告") == "中国中国发展报告"  # too short to be set twice
    assert clean_title("感谢奋战在一线的同志们") == "感谢奋战在一线的同志们"
    sentence = "会议指出，要抓好落实会议指出，要抓好落实各项工作"  # a paragraph, not a title
    assert said_once(sentence) == sentence


def test_a_wire_pair_signing_a_digests_item_is_its_credit() -> None:
    hit = find_boilerplate("叶利钦的声明是一个强有力的步骤。(俄通社|塔斯社)")
    assert (hit.text, hit.reporters) == ("叶利钦的声明是一个强有力的步骤。", ["俄通社", "塔斯社"])


def test_a_lone_bullet_closing_the_page_is_the_next_items_link() -> None:
    story = (
        "凱米颱風帶來強降雨造成多處災情，衛福部提高淹水救助標準，每戶補助提高至1萬元。\n\n"
        "一、死亡或失蹤賑助：因災致死或失蹤，衛福部發給慰問金每人20萬元。\n\n"
        "二、重傷賑助：因災致重傷，衛福部發給慰問金每人5萬元。\n\n"
    )
    article = _article(f"淹水救助提高至1萬元\n\n{story}  • 中秋送禮新風潮 一起暖心做公益\n")
    assert "中秋送禮新風潮 一起暖心做公益" in [r.text for r in article.report.removed]
    kept = _article(f"淹水救助提高至1萬元\n\n{story}  • 申請截止日期為8月31日。\n")
    assert kept.blocks[-1].text.startswith("申請截止日期")
