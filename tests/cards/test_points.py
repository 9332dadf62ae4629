"""Splitting bodies into points and shortening them by named rules."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.text_support import article

from highlights.cards.cuts import collapse_enumeration
from highlights.cards.points import (
    clauses,
    enumeration,
    sentences,
    split_long,
    split_units,
)
from highlights.cards.shorten import LONG_POINT, shorten
from highlights.cards.terms import find_terms
from highlights.cards.text import Piece, display_len
from highlights.settings import CardSettings


def piece(text: str, block: int = 0) -> Piece:
    return Piece(block, 0, len(text), text)


def test_display_len_counts_latin_as_half() -> None:
    assert display_len("創新") == 2
    assert display_len("PM2.5") == 2.5
    assert display_len("“五個領域”") == 6


def test_sentences_keep_offsets() -> None:
    text = "做強先進製造業。做優現代服務業！做實數字經濟"
    parts = sentences(piece(text, block=3), "zh-Hant")
    assert [p.text for p in parts] == ["做強先進製造業", "做優現代服務業！", "做實數字經濟"]
    for p in parts:
        assert text[p.start : p.end] == p.text and p.block == 3


def test_english_sentences_skip_abbreviations() -> None:
    text = "Mr. Smith met U.S. officials on Monday. They agreed on a plan."
    assert [p.text for p in sentences(piece(text), "en")] == [
        "Mr. Smith met U.S. officials on Monday.",
        "They agreed on a plan.",
    ]


def test_enumeration_yi_shi() -> None:
    text = "要做好以下工作：一是做強製造業；二是做優服務業；三是做實數字經濟。"
    pre, items, _ = enumeration(piece(text))
    assert pre is not None and pre.text == "要做好以下工作"
    assert [i.text for i in items] == ["做強製造業", "做優服務業", "做實數字經濟"]


def test_enumeration_needs_a_sequence_from_one() -> None:
    assert enumeration(piece("他是二是三的問題，三是數字"))[1] == []
    assert enumeration(piece("（二）優化環境；（三）擴大開放"))[1] == []


def test_enumeration_parenthesised_and_ordinal() -> None:
    assert [i.text for i in enumeration(piece("（一）深化改革；（二）優化環境"))[1]] == [
        "深化改革",
        "優化環境",
    ]
    assert [i.text for i in enumeration(piece("第一，穩就業。第二，辦教育。"))[1]] == [
        "穩就業",
        "辦教育",
    ]


def test_split_units_prefers_sentences_then_semicolons() -> None:
    notes: set[str] = set()
    cfg = CardSettings()
    two = split_units([piece("甲乙丙丁。戊己庚辛。")], "zh-Hant", cfg, notes)
    assert [u.text for u in two] == ["甲乙丙丁", "戊己庚辛"]
    semi = split_units([piece("深入推進甲；深入推進乙；深入推進丙。")], "zh-Hant", cfg, notes)
    assert [u.text for u in semi] == ["深入推進甲", "深入推進乙", "深入推進丙"]


def test_long_single_sentence_keeps_telling_clauses() -> None:
    clauses = [f"堅持第{n}項普通要求" for n in "一二三四五六七"] + [
        "大力實施城市創新“5553”行動計劃"
    ]
    notes: set[str] = set()
    units = split_units([piece("，".join(clauses) + "。")], "zh-Hant", CardSettings(), notes)
    assert len(units) == 5
    assert units[0].text == clauses[0]  # the opening principle stays
    assert any("“5553”" in u.text for u in units)
    assert "clause-select" in notes


def test_preamble_before_colon_is_dropped_and_named() -> None:
    notes: set[str] = set()
    text = "通過不懈奮鬥，努力實現以下目標：能力加快提升。產業加快發展。"
    units = split_units([piece(text)], "zh-Hant", CardSettings(), notes)
    assert [u.text for u in units] == ["能力加快提升", "產業加快發展"]
    assert notes == {"drop-preamble"}


def test_collapse_enumeration_keeps_verb_and_quoted_count() -> None:
    text = (
        "聚焦高性能氟材料領域，大飛機、高鐵、潛艇等配套產品領域，無人機領域“五個領域”，集中力量攻關"
    )
    assert collapse_enumeration(text) == "聚焦“五個領域”，集中力量攻關"
    text = "加快發展先進材料產業、新能源裝備產業、數字經濟“三個產業”，培育新優勢"
    assert collapse_enumeration(text) == "加快發展“三個產業”，培育新優勢"
    assert (
        collapse_enumeration("重點部署了“三項改革”，深入推進") == "重點部署了“三項改革”，深入推進"
    )


def test_shorten_cuts_at_clause_boundary_and_names_rule() -> None:
    notes: set[str] = set()
    text = "強化企業創新主體地位，" + "，".join(["引導民營企業持續增加創新投入"] * 4)
    out = shorten(piece(text), "zh-Hant", 30, notes)
    assert out.text == "強化企業創新主體地位，引導民營企業持續增加創新投入"
    assert notes == {"clause-cut"}
    assert (out.start, out.end) == (0, len(text))  # the span is still the whole source


def test_shorten_keeps_the_outcome_not_what_came_before_it() -> None:
    """`經過…的角逐，以及…的評審，最終…`: a cut point keeps the whole outcome, not the way there."""
    text = (
        "经过选手们激烈的角逐，以及评委小组的专业评审，最终李琴雯荣获一等奖，张宁、赵银辉荣获"
        "二等奖，程兰、王丽华、李盛香荣获三等奖。"
    )
    out = shorten(piece(text), "zh-Hans", 45, set())
    assert out.text == text[23:-1]  # from 最终 to the end, without the full stop
    assert out.text.startswith("最终") and out.text.endswith("荣获三等奖")


def test_shorten_keeps_what_the_set_phrases_lead_to() -> None:
    """`…要以…為指導，全面落實…部署，持續推動…`: the set phrases go before the point does."""
    text = (
        "各县（市、区）政府、市政府各部门要以习近平新时代中国特色社会主义思想为指导，"
        "全面落实国家、省、市各项决策部署，持续推动经济实现质的有效提升、量的合理增长，"
        "努力完成2024年经济社会发展各项目标任务。"
    )
    out = shorten(piece(text), "zh-Hans", 45, set()).text
    assert out.startswith("持续推动经济实现质的有效提升") and "为指导" not in out


def test_shorten_prefers_semicolons() -> None:
    notes: set[str] = set()
    text = "甲加快提升，乙大幅提高；丙持續湧現，丁高於平均；戊建成"
    assert shorten(piece(text), "zh-Hant", 12, notes).text == "甲加快提升，乙大幅提高"


def test_shorten_list_and_hard_cut() -> None:
    notes: set[str] = set()
    text = "、".join(["先進材料產業"] * 8)
    assert shorten(piece(text), "zh-Hant", 20, notes).text == "先進材料產業、先進材料產業等"
    assert "list-cut" in notes
    out = shorten(piece("一" * 60), "zh-Hant", 20, notes)
    assert out.text.endswith("…") and display_len(out.text) <= 20 and "hard-cut" in notes
    # a Chinese clause with no joint, up to two and a half times the room, stays whole: the
    # card wraps it (twentieth round: the cut showed `…規劃的建…` inside 建議)
    whole = shorten(piece("一" * 45), "zh-Hant", 20, notes)
    assert whole.text == "一" * 45 and "long-point" in notes


def test_shorten_leaves_fitting_points_alone() -> None:
    notes: set[str] = set()
    assert (
        shorten(piece("發展高水平創新聯合體"), "zh-Hant", 60, notes).text == "發展高水平創新聯合體"
    )
    assert shorten(piece("Fees fall to $50."), "en", 60, notes).text == "Fees fall to $50"
    assert notes == set()


def test_split_long_uses_room_for_semicolon_parts() -> None:
    long = "產業競爭力加快提升，" + "甲" * 40 + "；傳統產業加快推進，" + "乙" * 30
    units = split_long([piece(long), piece("短句")], "zh-Hant", CardSettings())
    assert [u.text[:5] for u in units] == ["產業競爭力", "傳統產業加", "短句"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet="創新驅動發展產業人才“五個領域”，、；。2021年", min_size=1, max_size=90),
        min_size=1,
        max_size=4,
    ),
    st.integers(min_value=10, max_value=60),
)
def test_points_always_fit_and_highlights_are_substrings(parts: list[str], limit: int) -> None:
    notes: set[str] = set()
    cfg = CardSettings(max_point_chars=limit)
    units = split_units([piece(p, i) for i, p in enumerate(parts)], "zh-Hant", cfg, notes)
    for unit in split_long(units, "zh-Hant", cfg):
        out = shorten(unit, "zh-Hant", limit, notes)
        assert display_len(out.text) <= LONG_POINT * limit  # one clause may run a little over
        for term in find_terms(out.text, "zh-Hant"):
            assert term in out.text


def test_terms_quoted_figures_and_key_phrases() -> None:
    assert find_terms("聚焦“五個領域”，服務國家", "zh-Hant") == ["“五個領域”"]
    assert find_terms("大力實施城市創新“5553”行動計劃", "zh-Hant") == ["“5553”"]
    assert find_terms("新增養老床位2000張，PM2.5下降", "zh-Hans") == ["2000張"]
    assert find_terms("強化企業創新主體地位，實施倍增計劃", "zh-Hant") == ["企業創新主體地位"]
    assert find_terms("綜合創新能力加快提升，研發投入增加", "zh-Hant") == ["綜合創新能力加快提升"]
    assert find_terms("協會發言人表示，已增加清潔人力", "zh-Hant") == []
    assert find_terms("Loans of up to $250,000 at 4 percent from May 20", "en") == [
        "$250,000",
        "4 percent",
        "May 20",
    ]


def test_one_sentence_bodies() -> None:
    notes: set[str] = set()
    cfg = CardSettings(max_point_chars=20)

    def cut(text: str) -> list[str]:
        return [u.text for u in split_units([piece(text)], "zh-Hant", cfg, notes)]

    # short: whole, unless its clauses are parallel action phrases
    assert cut("他說，過去最怕下雨。") == ["他說，過去最怕下雨"]
    assert cut("必須堅持穩中求進，必須堅持改革開放。") == ["必須堅持穩中求進", "必須堅持改革開放"]
    assert cut("加強黨的領導，堅持系統觀念。") == ["加強黨的領導", "堅持系統觀念"]
    # long, few clauses: packed into points that fit, nothing dropped
    assert cut("加快建設西部科學城自貢科創園，強化創新資源集聚，服務國家科技自立自強。") == [
        "加快建設西部科學城自貢科創園",
        "強化創新資源集聚，服務國家科技自立自強",
    ]
    assert notes == set()
    english = "The grants will cover facades, accessibility upgrades and energy-efficient lighting."
    assert len(split_units([piece(english)], "en", cfg, notes)) == 1


def test_a_clause_that_sets_the_scene_is_no_point_of_its_own() -> None:
    text = (
        "從科創產業領域看，到2025年，研發投入強度達到3%以上，科技進步貢獻率達到65%，高技術產業"
        "產值占規模以上工業總產值比重達到18%，科創產業融合發展體系基本建立，產業邁向中高端。"
    )
    units = [
        u.text
        for u in split_units([Piece(0, 0, len(text), text)], "zh-Hant", CardSettings(), set())
    ]
    assert "從科創產業領域看" not in units and "到2025年" not in units
    assert any(u.startswith("從科創產業領域看，到2025年，研發投入強度達到3%以上") for u in units)


def test_a_time_that_opens_a_clause_goes_with_it() -> None:
    """`比賽伊始` and `10月30日` say when the next clause happens: no point ends or stands on
    them (the lead card packs clauses the same way)."""
    text = (
        "比賽伊始，吳玉華副院長作了賽前動員，號召大家不斷提升專業基礎理論與實踐操作能力，"
        "10月30日，醫技藥劑黨支部聯合藥劑科舉辦了中藥、藥學理論知識與專業技能大賽，"
        "全體中藥、藥學專業人員參賽，比賽由藥劑科主任田其學主持。"
    )
    units = [u.text for u in split_units([piece(text)], "zh-Hant", CardSettings(), set())]
    assert "比賽伊始" not in units and not any(u.endswith("10月30日") for u in units), units
    assert any(u.startswith("比賽伊始，吳玉華副院長作了賽前動員") for u in units), units
    assert any(u.startswith("10月30日，醫技藥劑黨支部") for u in units), units


def test_a_quotation_is_not_cut_at_its_commas() -> None:
    said = "她指出，應“深入貫徹黨中央、國務院決策部署，大力推動中醫藥人才培養”，號召大家提升能力"
    assert [c.text for c in clauses(piece(said), "zh-Hant")] == [
        "她指出",
        "應“深入貫徹黨中央、國務院決策部署，大力推動中醫藥人才培養”",
        "號召大家提升能力",
    ]
    damaged = "應“深入貫徹黨中央決策部署，大力推動人才培養，號召大家提升能力"  # never closed
    assert len(clauses(piece(damaged), "zh-Hant")) == 3
    slogan = (
        "二樓眺臺懸掛標語：“緊密團結在以習近平同志為核心的黨中央周圍，大力弘揚北京冬奧精神，"
        "為全面建設社會主義現代化國家、實現中華民族偉大復興的中國夢而團結奮鬥！”"
    )
    short = shorten(piece(slogan), "zh-Hant", 60, set()).text
    assert short == slogan  # no `…國家等` cut inside the slogan: a little over, it wraps


def test_no_cut_keeps_only_a_frame_or_a_name() -> None:
    """`據悉，<a long clause>` is not cut to `據悉`, nor `A、<a long sentence>` to `A等`:
    such a point says nothing (the clause runs on, a little over, or is cut further)."""
    said = (
        "據悉，本次“相約麗水——全國網絡媒體麗水行”將分為4組到轄蓮都區、縉云、青田、景寧、云和、"
        "松陽、遂昌、慶元七縣和龍泉市進行為期5天的采訪活動"
    )
    notes: set[str] = set()
    short = shorten(piece(said), "zh-Hant", 60, notes).text
    assert short != "據悉" and short.startswith("本次“相約麗水") and "drop-frame" in notes
    named = (
        "麗水市委外宣辦、麗水市人民政府新聞辦主任胡偉華在媒體見面會上向參加此次活動的中央及地方"
        "媒體記者介紹了“中國生態第一市”麗水的人文風情"
    )
    assert shorten(piece(named), "zh-Hant", 60, set()).text == named  # wraps, a little over
    assert shorten(piece("6月18日，" + named), "zh-Hant", 60, set()).text != "6月18日"


def test_frames_links_and_short_tails_are_no_points() -> None:
    """`會議指出` goes with what was said, a bare `強調`/`與此同時` is left out, `以實現停火`
    ends the clause before it; a list cut never drops the verb after the list."""
    said = (
        "會議指出，省委召開黨的群團工作會議意義重大，體現了省委對群團工作的高度重視，"
        "對加強和改進全省群團工作影響深遠，這次會議指明了推進群團工作創新發展的思路舉措，"
        "具有很強的政治性、思想性、戰略性和針對性，下一步，要認真學習，深刻領會。"
    )
    units = [u.text for u in split_units([piece(said)], "zh-Hant", CardSettings(), set())]
    assert not {"會議指出", "下一步"} & set(units), units
    assert any(u.startswith("會議指出，省委召開") for u in units), units
    linked = (
        "秘魯和厄瓜多爾的邊界衝突今天進一步加劇，雙方各有傷亡，與此同時，關於兩國邊界問題的"
        "議定書的4個保證國阿根廷、巴西、智利、美國的代表今天表示將組織一個代表團調解雙方的衝突，"
        "以實現停火，強調，要盡快恢復和平。"
    )
    units = [u.text for u in split_units([piece(linked)], "zh-Hant", CardSettings(), set())]
    assert not {"與此同時", "以實現停火", "強調"} & set(units), units
    assert any(u.endswith("調解雙方的衝突，以實現停火") for u in units), units
    subject = (
        "關於兩國邊界問題的議定書的4個保證國阿根廷、巴西、智利、美國的代表今天表示將組織代表團調解"
    )
    assert shorten(piece(subject), "zh-Hant", 40, set()).text == subject  # not `…智利等`


def test_mojibake_remnants_end_no_sentence_and_make_no_point() -> None:
    """A lost character's `?` (`周?chē)`) ends no sentence; a point keeps the clauses before
    the first remnant, or goes when they say nothing (the damage is reported by normalise)."""
    from highlights.cards.cuts import without_remnant

    text = "要踐行吃苦耐勞的精神，將婦女團結在黨的周?chē);要加?qiáng)統籌協調。下一句完好。"
    assert [s.text for s in sentences(piece(text), "zh-Hant")] == [
        "要踐行吃苦耐勞的精神，將婦女團結在黨的周?chē);要加?qiáng)統籌協調",
        "下一句完好",
    ]
    assert sentences(piece("真的嗎? 是的。"), "zh-Hant")[0].text == "真的嗎?"  # a real question
    kept = without_remnant(piece("一位市民參觀完展覽館后當即賦詩一首：澇?汾畔景色新，大西飛架"))
    assert kept is not None and kept.text == "一位市民參觀完展覽館后當即賦詩一首"
    assert without_remnant(piece("七時許，大部分?jǐn)z影、攝像記者就來到會場安檢")) is None
    assert without_remnant(piece("要加?qiáng)統籌協調，各部室之間")) is None
    clean = piece("會議要求，要認真學習，深刻領會")
    assert without_remnant(clean) == clean
    from highlights.cards import build_deck

    deck = build_deck(
        article(
            "市婦聯傳達會議精神",
            "zh-Hant",
            "會議指出，省委召開黨的群團工作會議意義重大，體現了省委對群團工作的高度重視。",
            "會議要求，要認真學習，深刻領會，準確把握其精神實質；要牢牢把握正確的政治方向；"
            "要踐行吃苦耐勞的精神，將婦女團結在黨的周?chē);要加?qiáng)統籌協調，各部室之間要協作。",
        )
    )
    points = [p.text for c in deck.cards for p in c.points]
    assert points and not any("?" in p or "qiáng" in p for p in points), points


def test_a_lone_sentence_with_a_figure_is_a_card_of_its_own() -> None:
    from highlights.cards import build_deck

    texts = [
        "臺北市政府今日舉辦夜市頒獎典禮。柯文哲頒發獎金給獲獎攤商。",
        "柯文哲表示，北市府市場處今年總計規劃1億元以上的經費，辦理市場、夜市等的改進措施，務必讓"
        "臺北夜市的品質不輸給日本及新加坡，迎接解封後國際觀光客的到來。",
        "柯文哲說，將近3年的疫情，臺北夜市少了很多國外觀光客。隨著疫情的解封，市府與商家努力讓"
        "臺北夜市品質更加精進，增加了多國語言菜單、可用無現金交易。",
    ]
    deck = build_deck(article("臺北夜市選出夜市之王", "zh-Hant", *texts))
    cards = [" ".join(p.text for p in c.points) for c in deck.cards]
    assert any("1億元" in c and "疫情" not in c for c in cards), cards


def test_no_lone_quote_mark_and_no_intro_line() -> None:
    """A point cut from a quotation of several sentences keeps no lone `“`; a line that
    introduces what follows (`以下是…聲明全文：`) is no card."""
    from highlights.cards import build_deck

    first = shorten(piece("“確實是很大的挑戰"), "zh-Hant", 60, set()).text
    assert first == "確實是很大的挑戰"
    whole = "“確實是很大的挑戰。”"
    assert shorten(piece(whole), "zh-Hant", 60, set()).text == whole
    deck = build_deck(
        article(
            "特首建議提請人大釋法",
            "zh-Hant",
            "行政長官李家超發表聲明，表示已向中央人民政府提交報告，並建議提請全國人大常委會釋法。",
            "他說，基於各種考慮，他將在報告中提及有關案件，並會建議提請釋法。",
            "以下是行政長官李家超11月28日就《香港國安法》向中央人民政府提交報告的聲明全文：",
            "我昨天收到中央人民政府按《香港國安法》第11條發出的函件，要求行政長官提交報告。",
        )
    )
    points = [p.text for c in deck.cards for p in c.points]
    assert not any(p.startswith("以下是") for p in points), points
