"""Cards: a short line with no full stop over the story (a picture's caption, a kicker) is no
lead; a paragraph that names its topic after who said it (`报告中指出，…的总体要求是：`) or at the
end of a long name (`…经济社会发展主要预期目标是：`) is titled by that topic (from the
hundred-and-fifty-eighth to sixty-third rounds of unseen pages)."""

from __future__ import annotations

from pathlib import Path

from highlights.cards import build_deck
from highlights.ingest import parse_source
from highlights.normalise import normalise


def _deck(text: str):  # type: ignore[no-untyped-def]
    return build_deck(normalise(parse_source(Path("page.txt"), text.encode())))


_CAPTIONED = (
    "濰坊市長三角地區產業鏈招商重點合作項目簽約儀式在滬舉行\n"
    "劉建軍出席并致辭\n"
    "本報訊 12月9日,濰坊市長三角地區產業鏈招商重點合作項目簽約儀式在上海舉行。"
    "市委副書記、市長劉建軍出席并致辭。市政府秘書長張志海,相關縣市區、市直部門負責同志參加。\n"
    "劉建軍在致辭時代表市委、市政府向各位嘉賓的到來表示誠摯歡迎。他說,濰坊歷史文化底蘊深厚、"
    "交通區位優越、農業領先全國、工業基礎雄厚,經濟運行保持持續向好態勢。\n"
)


def test_a_line_without_a_full_stop_over_the_story_is_no_lead() -> None:
    assert _deck(_CAPTIONED).lead.startswith("12月9日，濰坊市長三角地區")


def test_a_short_first_sentence_with_its_full_stop_still_leads() -> None:
    text = _CAPTIONED.replace("劉建軍出席并致辭\n", "劉建軍出席并致辭。\n")
    assert _deck(text).lead == "劉建軍出席并致辭。"


_REPORT = (
    "济南市政府工作报告提出今年目标\n\n"
    "济南市第十八届人民代表大会第四次会议今天上午开幕，市长代表市政府作政府工作报告。\n\n"
    "报告中指出，2025年济南市经济社会发展的总体要求是：坚持稳中求进工作总基调，"
    "完整准确全面贯彻新发展理念，以“项目提升年”为总牵引，推动经济持续回升向好。\n\n"
    "2025年济南市经济社会发展主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长3%左右；"
    "规模以上工业增加值增长6.5%左右；城镇新增就业15万人以上。\n\n"
    "报告还提出，今年要聚力推进“项目提升年”，打造高质量发展增长极，推动经济实现量质齐升。\n"
)


def test_a_paragraph_is_titled_by_the_topic_it_names() -> None:
    titles = [card.title for card in _deck(_REPORT).cards]
    assert "总体要求" in titles
    assert "主要预期目标" in titles


def test_a_card_is_titled_by_who_did_what_rather_than_an_office() -> None:
    from highlights.cards.text import Piece
    from highlights.cards.titles import phrase_title

    text = "市委副书记、市政府党组书记、市长王凤朝主持会议并讲话。"
    title = phrase_title([Piece(0, 0, len(text), text)], "zh-Hans", 14)
    assert title == "王凤朝主持会议并讲话"


def test_mojibake_is_no_card_title() -> None:
    from highlights.cards.text import Piece
    from highlights.cards.titles import phrase_title

    text = "本次義診活動的專家均為我院各有關??浦魅巍⒏敝魅?，在本專業領域有著豐富的診療經驗"
    title = phrase_title([Piece(0, 0, len(text), text)], "zh-Hant", 14)
    assert "浦魅" not in title
