"""Rules learnt from the fortieth and later rounds of real pages the project had never seen,
and from the misses earlier rounds left (measured before any rule was written for them)."""

from __future__ import annotations

import pytest
from tests.text_support import normalised


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
