"""The lead's own card (a long lead on text without structure is card 1, split into points,
none of which says the lead again (learnt from the corpus's editors, 42 of 92 decks)."""

from __future__ import annotations

from tests.text_support import article as _article

from highlights.cards import build_deck
from highlights.cards.leadcard import _english_parts
from highlights.cards.text import Piece

NIGHT_MARKET = (
    "臺北市政府今（20）日舉辦2022臺北夜市打牙祭「市集之冠.夜市之王」頒獎典禮，今（111）年經過"
    "秘密客評選、民眾網路票選之後，最後選出5大類共15攤的「夜市之王」，並由市長柯文哲頒發獎金給"
    "獲獎攤商。柯文哲在致詞時表示，北市府市場處今年總計規劃1億元以上的經費，辦理市場、夜市等的"
    "改進措施。"
)
REST = [
    "柯文哲表示，臺北夜市小吃種類繁多美味實在。他要特別感謝臺北十大夜市熱情參與今年的行銷活動，"
    "不僅將美味小吃推廣出去，也讓市民朋友感受到最溫暖的人情味。",
    "柯文哲說，將近3年的疫情，臺北夜市少了很多國外觀光客，本國觀光客源也受到影響。隨著疫情的"
    "解封，市府與商家努力讓臺北夜市品質更加精進，增加了多國語言菜單、可用無現金交易。",
]

NASA_REST = [
    "To mark the logo’s birthday, NASA will host a celebration at the Great Lakes Science "
    "Center, home of the Glenn visitor center, on July 15.",
    "Admission to the Science Center will be free, and the event is open to the public.",
]


def test_a_long_lead_is_the_first_card_in_points() -> None:
    deck = build_deck(_article("臺北夜市打牙祭選出夜市之王", "zh-Hant", NIGHT_MARKET, *REST))
    first = deck.cards[0]
    assert len(first.points) >= 2
    assert "夜市之王" in "".join(p.text for p in first.points)
    assert all(len(p.text) < 0.8 * len(deck.lead) for p in first.points)  # no lead said twice


def test_a_short_lead_has_no_card_of_its_own() -> None:
    lead = "臺北市政府今日舉辦夜市頒獎典禮。柯文哲頒發獎金給獲獎攤商。"
    deck = build_deck(_article("臺北夜市選出夜市之王", "zh-Hant", lead, *REST))
    assert not any("頒獎典禮" in p.text for c in deck.cards for p in c.points)


# a meeting visit told in three paragraphs: the lead, what was said, who came along
VISIT_LEAD = (
    "11月8日下午，縣委書記鄭俊華，縣委副書記、縣長徐望來到縣政協委員駐地，看望慰問出席縣政協"
    "十一屆一次會議的縣政協委員。"
)
VISIT_REST = [
    "鄭俊華希望委員們以高度的政治責任感，集中精力開好本次會議，完成好會議各項議程；圍繞縣委、"
    "縣政府中心工作，提出建設性的意見建議，使縣委、縣政府的決策更加科學民主。",
]


def test_a_short_lead_over_a_single_card_is_a_card_of_its_own_in_clauses() -> None:
    deck = build_deck(_article("縣領導看望慰問縣政協委員", "zh-Hant", VISIT_LEAD, *VISIT_REST))
    assert len(deck.cards) == 2
    first = deck.cards[0]
    assert [p.text for p in first.points] == [
        "11月8日下午，縣委書記鄭俊華，縣委副書記、縣長徐望來到縣政協委員駐地",  # (the day kept)
        "看望慰問出席縣政協十一屆一次會議的縣政協委員",
    ]
    assert first.title != deck.title


def test_a_short_lead_that_cannot_be_cut_in_clauses_has_no_card() -> None:
    lead = "3月28日，庙岗乡第九届人民代表大会第四次会议胜利召开。61名乡人大代表出席了大会。"
    rest = ["这次会议的议程为：听取和审议政府工作报告，听取和审议财政预决算报告。会议开得很成功。"]
    deck = build_deck(_article("庙岗乡人代会召开", "zh-Hans", lead, *rest))
    assert not any("胜利召开" in p.text for c in deck.cards for p in c.points)  # (said twice)


def test_an_english_lead_of_one_clause_has_no_card_of_its_own() -> None:
    lead = (
        "The World Health Organization welcomes the creation of the WHO Foundation, an "
        "independent grant-making entity, that will support the Organization’s efforts to "
        "address the most pressing global health challenges."
    )
    rest = [
        "Headquartered in Geneva, the Foundation will support global public health needs by "
        "providing funds to WHO and trusted implementing partners.",
        "The Foundation will also engage individual donors and corporate partners worldwide.",
    ]
    deck = build_deck(_article("WHO Foundation Established", "en", lead, *rest))
    assert not any("welcomes the creation" in p.text for c in deck.cards for p in c.points)


def test_an_english_lead_of_two_clauses_is_split_into_points() -> None:
    lead = (
        "NASA’s logo turns 65 on Monday, July 15, and media are invited to its birthday "
        "celebration in Cleveland, the city where the iconic symbol was designed, with tours of "
        "the visitor center."
    )
    deck = build_deck(
        _article("NASA Invites Media to 65th Birthday Celebration", "en", lead, *NASA_REST)
    )
    assert [p.text[:25] for p in deck.cards[0].points] == [
        "NASA’s logo turns 65 on M",
        "Media are invited to its ",
    ]


def test_a_title_never_starts_inside_a_word() -> None:
    from highlights.cards.text import Piece
    from highlights.cards.titles import phrase_title

    text = "將來可以落實到所有的公務系統，並推廣到人民的生活中。"
    title = phrase_title([Piece(0, 0, len(text), text)], "zh-Hant", 14)
    assert not title.startswith("來")


def test_when_or_where_is_no_card_title() -> None:
    from highlights.cards.text import Piece
    from highlights.cards.titles import phrase_title

    for text in (
        "比賽結束後，全運會組委會為取得佳績的神槍手們頒發了獎品。",
        "在男子110米欄複賽中，解放軍隊的余志誠以13秒72的成績刷新了亞洲紀錄。",
        "2月19日上午11時15分，習近平來到中央電視台調研，同編播團隊互動交流。",
    ):
        title = phrase_title([Piece(0, 0, len(text), text)], "zh-Hant", 14)
        assert title not in ("比賽結束後", "在男子110米欄複賽中", "2月19日上午11時15分"), title


def test_a_title_is_a_clause_of_one_sentence_that_stands_alone() -> None:
    """No title spans two sentences (`批準了這個報告報告共分三部分`), opens with a link
    (`以及`, `是`), names a source (`據中新社7月18日報道`), leans on the rest (`在幼有所育
    方面`, `翟惠生答`), is mojibake's Latin-1 or ends on a list comma."""
    from highlights.cards import titles
    from highlights.cards.text import Piece

    def title(*texts: str) -> str:
        pieces = [Piece(i, 0, len(t), t) for i, t in enumerate(texts)]
        return titles.phrase_title(pieces, "zh-Hant", 14)

    assert title("批準了這個報告", "報告共分三部分") in ("批準了這個報告", "報告共分三部分")
    said = title("經過選手們激烈的角逐，以及評委小組的專業評審，最終三人獲獎。")
    assert not said.startswith(("以", "及")), said
    assert title("麗水是連接兩大經濟區的中樞和紐帶") != "是連接兩大經濟區的中樞和紐帶"
    assert titles.ZH_WHEN.search("據中新社7月18日報道")
    for weak in ("在幼有所育方面", "翟惠生答", "µ±Web Server收到页面请求", "對深化改革作出"):
        assert titles.ZH_WEAK_TITLE.search(weak), weak
    head = titles.chinese_head("國內生產總值增長6.3%、社會消費品零售總額增長", 14)
    assert head and not head.endswith("、"), head


def test_the_lead_cards_points_are_whole_clauses_packed() -> None:
    lead = (
        "總統賴清德將在下周一召集五院院長會商國政，行政院發言人李慧芝今天（7日）表示，政院對總統"
        "召集五院院長會商表示感謝，院長卓榮泰多次強調，「現今國際局勢變化快速，臺灣要團結信任，"
        "才能保持在國際的領先地位」。"
    )
    rest = (
        "李慧芝表示，行政院希望透過賴總統和五院院長的會商，可以增進院際協調與合作，凝聚最大的"
        "共識、團結彼此，讓百工百業有更好的發展，一起打拚壯大臺灣。"
    )
    deck = build_deck(_article("總統將召集五院院長會商國政", "zh-Hant", lead, rest))
    first = [p.text for p in deck.cards[0].points]
    assert len(first) == 2, first  # not `院長卓榮泰多次強調` on its own
    assert first[1].startswith("院長卓榮泰多次強調，「現今國際局勢變化快速")


def test_mojibake_no_rule_repaired_is_no_point() -> None:
    garbled = "浣滀负涓夊ぇ鍩虹杞欢涔嬩竴锛屽浗浜ф暟鎹簱涓€鐩存槸澶囧彈鍏虫敞鐨勯鍩熴€。"
    texts = [
        "騰訊云數據庫宣布了最新進展，在國際事務處理性能委員會的基準測試中刷新了世界紀錄。"
        + garbled,
        "此前，該基準測試的世界紀錄保持者為螞蟻集團旗下的自研數據庫。消息公布之後，記者採訪了"
        "騰訊云數據庫技術負責人。",
    ]
    deck = build_deck(_article("騰訊云數據庫刷新世界紀錄", "zh-Hant", *texts))
    shown = [
        deck.lead,
        *(c.title for c in deck.cards),
        *(p.text for c in deck.cards for p in c.points),
    ]
    assert not any("浣滀负" in text for text in shown)


def test_an_english_lead_of_two_facts_gets_its_card_at_half_the_length() -> None:
    lead = (
        "NASA’s logo turns 65 on Monday, July 15, and media are invited to its birthday "
        "celebration in Cleveland, the city where the iconic symbol was designed."
    )
    deck = build_deck(
        _article("NASA Invites Media to 65th Birthday Celebration", "en", lead, *NASA_REST)
    )
    assert deck.cards[0].points[0].text.startswith("NASA’s logo turns 65")


def test_a_longer_sentence_that_opens_like_the_lead_does_not_hide_its_card() -> None:
    lead = (
        "听取和讨论高屹受市委常委会委托作的工作报告和关于学习贯彻省第十五次党代会精神的报告，"
        "审议通过《中共衢州市委关于在建设四省边际中心城市中争当“两个先行”示范窗口的决定》。"
    )
    later = (
        "全会高举习近平新时代中国特色社会主义思想伟大旗帜，深入学习贯彻省第十五次党代会精神，"
        "听取和讨论高屹受市委常委会委托作的工作报告和关于学习贯彻省第十五次党代会精神的报告，"
        "进一步动员全市上下笃行“两个维护”、扛起衢州担当，在建设四省边际中心城市中争当示范窗口。"
    )
    more = "出席这次全会的市委委员48名，候补委员7名。市委常委会主持会议，市委书记高屹讲话。"
    deck = build_deck(_article("市委八届二次全体（扩大）会议举行", "zh-Hans", lead, more, later))
    assert deck.cards[0].points[0].text.startswith("听取和讨论高屹受市委常委会委托作的工作报告")


def test_a_year_or_a_place_is_no_figure_to_call_out() -> None:
    from highlights.cards.figures import find_figures

    text = "臺北市政府今（20）日舉辦2022臺北夜市打牙祭，全市新增200台設備。"
    assert [f.text for f in find_figures(text, "zh-Hant")] == ["200台"]


def test_a_date_in_brackets_is_neither_called_out_nor_highlighted() -> None:
    from highlights.cards.figures import find_figures
    from highlights.cards.terms import find_terms

    text = "臺北市政府今（20）日舉辦2022臺北夜市打牙祭，今（111）年經過評選，選出5大類共15攤。"
    assert "111" not in [f.text for f in find_figures(text, "zh-Hant")]
    marked = find_terms(text, "zh-Hant")
    assert not any(term in marked for term in ("20", "111", "2022臺", "2022"))


def test_a_meetings_headline_said_again_is_not_its_lead() -> None:
    """The corpus's 國務院常務會議 page says its headline again (`…常務會議。`) before the
    lead; the official path's lead skips it as the plain one does."""
    from pathlib import Path

    from highlights.ingest import read_source
    from highlights.normalise import normalise

    page = Path(__file__).parents[1] / "data/corpus/meeting/06-cctv-guowuyuan-2018.txt"
    deck = build_deck(normalise(read_source(page)))
    assert deck.lead.startswith("國務院總理李克強3月21日"), deck.lead


def test_a_title_never_cuts_a_date_time_or_figure() -> None:
    """`行政长官李家超将于10月19` (the day cut from its 日), `There will be a meeting at 2`
    (a time cut at its colon): found on unseen pages."""
    from highlights.cards.text import Piece
    from highlights.cards.titles import phrase_title

    zh = "行政长官李家超将于10月19日公布上任后首份施政报告。继上周六在荃湾举行地区咨询会后。"
    title = phrase_title([Piece(0, 0, len(zh), zh)], "zh-Hans", 14)
    assert not title[-1:].isdigit() and not title.endswith("月"), title
    en = "There will be a meeting at 2:00 pm tomorrow to read the final version and approve it."
    assert phrase_title([Piece(0, 0, len(en), en)], "en", 48) != "There will be a meeting at 2"


def test_a_title_never_opens_on_the_possessive_an_opener_leaves() -> None:
    from highlights.cards.text import Piece
    from highlights.cards.titles import phrase_title

    text = "我們的新聞發布廳已經使用了很多年。這次利用暑期進行了改造。"
    assert not phrase_title([Piece(0, 0, len(text), text)], "zh-Hant", 14).startswith("的")


def test_numbered_paragraphs_that_open_with_their_label_are_cards_titled_by_it() -> None:
    """`1.指导思想。贯彻…` and `2.目标任务。从2014年…`: the official document's own sections."""
    from tests.text_support import article

    from highlights.cards import build_deck

    deck = build_deck(
        article(
            "山东省人民政府关于深化预算管理制度改革的实施意见",
            "zh-Hans",
            "现代预算制度是现代财政制度的基础,现就深化我省预算管理制度改革提出以下实施意见。",
            "1.指导思想。贯彻落实党的十八大精神,紧紧围绕建立现代财政制度的总目标,改进预算管理制度。",
            "2.目标任务。从2014年开始,全面启动预算管理制度改革。2016年基本完成各项任务。",
        )
    )
    assert [c.title for c in deck.cards] == ["指导思想", "目标任务"]
    assert all(not p.text.startswith(("1.", "2.")) for c in deck.cards for p in c.points)


def test_a_scene_setting_clause_is_never_a_point_alone() -> None:
    """`“十四五”期间，` before a clause too long to join it: the clause is the point; `到2025年，`
    stays where its clause fits after it."""
    from highlights.cards.shorten import shorten
    from highlights.cards.text import Piece

    text = (
        "上述负责人表示，“十四五”期间，我国生态文明建设进入了以降碳为重点战略方向、推动减污降碳"
        "协同增效、促进经济社会发展全面绿色转型、实现生态环境质量改善由量变到质变的关键时期，"
        "节能减排工作面临着新形势、新要求。"
    )
    point = shorten(Piece(0, 0, len(text), text), "zh-Hans", 60, set()).text
    assert point.startswith("我国生态文明建设进入了")
    fits = "到2025年，長三角一體化發展將取得實質性進展，在科創產業等領域基本實現一體化。"
    assert shorten(Piece(0, 0, len(fits), fits), "zh-Hant", 60, set()).text.startswith("到2025年")


def test_a_year_in_chinese_numerals_is_no_figure_and_after_what_is_a_frame() -> None:
    from highlights.cards.figures import find_figures
    from highlights.cards.frames import FRAME_CLAUSE

    assert find_figures("將編制控制在不高於二零二一年三月底的水平", "zh-Hant") == []
    found = find_figures("總開支達七千二百七十九億元", "zh-Hant")
    assert [f.number + f.unit for f in found] == ["七千二百七十九億元"]
    assert FRAME_CLAUSE.match("疫情過後") and not FRAME_CLAUSE.match("我們已盡力壓低開支")


def test_an_english_leads_result_clause_is_a_point_of_its_own() -> None:
    lead = (
        "Cleveland-Cliffs Inc. today announced that it has completed the acquisition of "
        "ArcelorMittal USA, forming the largest flat-rolled steel producer in North America."
    )
    parts = [p.text for p in _english_parts(Piece(0, 0, len(lead), lead))]
    assert parts == [
        "Cleveland-Cliffs Inc. today announced that it has completed the acquisition of "
        "ArcelorMittal USA",
        "Forming the largest flat-rolled steel producer in North America.",
    ]
