"""Normalise: more of the two-hundredth round: a wire's story as a Taiwanese paper runs it
(`〔中央社〕「華爾街日報」今天引述美國官員報導，…`), a site editor's credit after a space
(`（本站編輯 賈曉蕓摘編）`) and the list of other stories under it, a row of links set off by
dots, a paper's publishing system left in the text, and a title drawn without the remark the
sentence ends on (`…，這也是…的創新之舉`)."""

from __future__ import annotations

from pathlib import Path

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.chrome import find_chrome


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


def test_a_wires_story_cited_from_a_paper_is_titled_by_the_news() -> None:
    page = _article(
        "〔中央社〕「華爾街日報」今天引述美國官員報導，在中國於台灣周邊軍演之際，拜登政府推遲"
        "一場洲際彈道飛彈的例行性試射。這些美國官員未提到試射可能延後多久。\n\n"
        "路透社無法立即聯繫上五角大廈官員請求置評。\n"
    )
    assert page.meta.title.startswith("拜登政府推遲一場洲際彈道飛彈的例行性試射")
    assert page.meta.source == "中央社"
    assert not page.blocks[0].text.startswith("〔")


def test_a_site_editors_credit_ends_the_story_and_the_list_under_it_goes() -> None:
    page = _article(
        "淳安縣首次舉辦縣“兩會”新聞發布會\n"  # (a page saved with no blank lines: a line a block)
        "1月17日，淳安縣首次舉辦縣“兩會”新聞發布會，這也是淳安“兩會”宣傳報道上的創新之舉。\n"
        "據悉，淳安下步將繼續完善新聞發布會制度，進一步提升淳安千島湖的美譽度。"
        "(本站編輯 賈曉蕓摘編)\n"
        "宿遷市紀委、市監委就《關于進一步規范發放領取評審、評標等費用的有關規定》答記者問\n"
        "岳家沖社區|上門指導退休人員進行異地人臉識別\n"
        "市住規建局聯合市安監局對港珠澳大橋建設項目進行聯合檢查\n"
    )
    assert page.meta.editors == ["賈曉蕓"]
    assert page.blocks[-1].text.endswith("美譽度。")
    assert not any("港珠澳" in b.text for b in page.blocks)


def test_a_title_drawn_from_the_first_sentence_leaves_its_remark() -> None:
    page = _article(
        "1月17日，淳安縣首次舉辦縣“兩會”新聞發布會，這也是淳安“兩會”宣傳報道上的創新之舉。"
        "此次淳安“兩會”，吸引了中央及省市十余家媒體參與報道。\n\n"
        "在媒體提問環節，記者們主要針對千島湖生態環境保護等具體問題展開提問。\n"
    )
    assert page.meta.title == "淳安縣首次舉辦縣“兩會”新聞發布會"


def test_a_row_of_dotted_links_and_a_publishing_systems_record_are_chrome() -> None:
    assert find_chrome("·《对话城市》直播中国 ·新浪特许频道免责公告 ·诚招合作伙伴 ·邮箱大奖等你拿")
    assert find_chrome(
        "2025-07-28 1 1 聊城日报 content_73622.html 1 我市稳步推进“十五五”规划《纲要》编制工作"
        " /enpproperty-->"
    )
    assert find_chrome("·据悉，该市将继续推进改革，进一步提升服务水平。") is None


def test_a_caption_of_several_sentences_each_saying_what_is_shown_leaves_the_text() -> None:
    page = _article(
        "年夜過得像打仗 新華網駐臺記者的臺北除夕夜\n\n"
        "圖為除夕之夜，大陸駐臺記者在采訪歸來的捷運列車內合影留念。圖為新華社記者李凱、王妍，"
        "人民日報駐臺記者吳亞明、陳曉星。\n\n"
        "2009年的除夕之夜，來自大陸的近400名游客在臺北的淡水河畔歡聚一堂，盡情歡度除夕，迎接新春。\n"
    )
    assert page.blocks[0].text.startswith("2009年的除夕之夜")
    assert any(r.rule == "boilerplate.caption" for r in page.report.removed)


def test_a_reporters_group_credited_on_a_line_of_its_own_is_no_paragraph() -> None:
    page = _article(
        "袁荣祥看望驻会记者\n\n"
        "15日下午，袁荣祥亲切看望慰问了市十三届人大五次会议的驻会记者和安保人员。\n\n"
        "袁荣祥说，希望大家再接再厉，深入一线，营造良好舆论氛围。\n\n（福州日报记者组）\n"
    )
    assert page.blocks[-1].text.endswith("营造良好舆论氛围。")


def test_a_release_header_run_into_the_first_paragraph_leaves_it() -> None:
    page = _article(
        "脫貧專案邁入25週年\n\n"
        "發稿單位:社會救助科 發稿時間:114年5月20日 聯絡人:陳佩琪科長 聯絡電話:1999分機6959 "
        "臺北市政府社會局自民國89年起推動資產累積脫貧專案，每次專案為期三至五年。\n\n"
        "發稿單位:新聞及國際關係處 發稿時間:110年1 月1日 11:30 發稿人員:葉冠伶 06-2991111#8154 "
        "迎接2021年來臨，台南市政府今(1日)晨舉辦「慶祝2021年元旦升旗典禮」。\n"
    )
    assert [b.text[:6] for b in page.blocks] == ["臺北市政府社", "迎接2021"]
    assert not any("發稿" in b.text for b in page.blocks)
    kept = find_boilerplate("發稿單位:社會救助科 聯絡人:陳佩琪 114年5月20日，臺北市推動專案 期間")
    assert kept.text.startswith("114年5月20日，臺北市")  # the story's own date stays its


def test_a_legend_an_ad_choice_link_a_copy_guard_and_a_wires_age_leave_the_text() -> None:
    assert find_boilerplate("圖說:內政部次長吳堂安致詞").removed[0][0] == "boilerplate.caption"
    assert find_boilerplate(
        "Learn more about sponsor message choices: podcastchoices.com/adchoices"
    ).removed
    assert find_chrome("error: Content is protected !!")
    assert find_chrome("業務聯絡人:楊國瑜")  # the release's contact, no title
    run_in = find_boilerplate("兩國軍事將領昨天則在巴基斯坦會晤。法新社 ・ 15 小時前")
    assert run_in.text == "兩國軍事將領昨天則在巴基斯坦會晤。"


def test_a_hong_kong_papers_dateline_and_who_told_it_leave_the_drawn_title() -> None:
    page = _article(
        "本港訊 (特約記者 李茂奎)據凱里市慶祝活動領導小組辦公室介紹，國慶期間，凱里市將開展"
        "多種活動，慶祝建國60周年。\n\n活動包括文藝演出、體育比賽和書畫展覽。\n"
    )
    assert page.meta.title == "凱里市將開展多種活動，慶祝建國60周年"
    assert page.meta.source is None  # `本港` ("this port") names no newsroom


def test_a_month_that_opens_the_first_sentence_is_not_the_drawn_title() -> None:
    page = _article(
        "2016年12月，中共中央辦公廳、國務院辦公廳印發了《關于全面推行河長制的意見》。《意見》是"
        "落實綠色發展理念、推進生態文明建設的舉措。\n\n河長制是加強河湖管理保護工作的具體措施。\n"
    )
    assert page.meta.title == "中共中央辦公廳、國務院辦公廳印發《關于全面推行河長制的意見》"
