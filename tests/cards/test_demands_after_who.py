"""Cards: a meeting's numbered demands each make a card when the paragraph names who made them
before the cue (`會上，婁雪松對當前工作提出要求：一要…。二要…`), as when it opens with the cue
(from the hundred-and-eighth round of unseen pages)."""

from __future__ import annotations

from pathlib import Path

from highlights.cards import build_deck
from highlights.cards.demands import holds_demands
from highlights.cards.leads import attendance
from highlights.cards.text import Piece
from highlights.cards.titles import phrase_title
from highlights.ingest import parse_source
from highlights.normalise import normalise

_REPORT = (
    "婁雪松主持召開區長辦公會議\n\n"
    "11月17日上午，區長婁雪松主持召開區長辦公會議，區領導方國勝、胡駿、程海東出席。\n\n"
    "會上，婁雪松對當前工作提出要求：一要扎實推進綠色宜秀建設提升及森林防火工作，要把綠色宜秀建設"
    "作為生態區建設的重要抓手，全方位、立體化開展建設。二要有序推進宜游宜秀建設，高規格編制全區"
    "旅游規劃，當前要重點抓好旅游精品線路設計和起步區建設。三要抓住時機開展好水利興修工作，年底前"
    "要完成區大圩段防洪工程等重點任務。四要統籌抓好各項工作調度，加快民生工程實施，確保在全市考核"
    "中爭先進位。\n\n"
    "會議通報了當前各項工作進展情況。\n"
)


def test_demands_named_after_who_made_them_are_a_card_each() -> None:
    deck = build_deck(normalise(parse_source(Path("page.txt"), _REPORT.encode())))
    titles = [card.title for card in deck.cards]
    assert "有序推進宜游宜秀建設" in titles
    assert "抓住時機開展好水利興修工作" in titles
    assert len(deck.cards) >= 4


_UNNUMBERED = (
    "孔阳主持召开党政联席会议\n\n"
    "8月31日，县委书记孔阳主持召开党政联席会议。县长沈宗祥、县委副书记胡军华等参加会议。\n\n"
    "会议传达了全市重点工作推进会精神，听取了全县重点工作进展情况，对三、四季度重点工作进行了安排"
    "部署。\n\n"
    "会议强调，党政领导干部要积极学习“十大战略”，逐项研究新政策、新理念、新概念，切实吃透精神、"
    "抓住机遇、赢得主动、加快发展。要紧盯差距短板，对照年度目标任务，查漏补缺，确保各项工作走在全市"
    "前列。要建立健全工作机制，落实工作责任，坚持“一季度一观摩、一月一调度”，切实提高工作执行力，"
    "把担当作为体现到推动高质量发展的实际成效上来，不断推动全县经济社会高质量发展。\n"
)
# the same demands after the topic they are about: that topic's points, one card
_ON_A_TOPIC = (
    "张龙主持召开县政府第51次常务会议\n\n"
    "11月5日，县长张龙主持召开县政府第51次常务会议。\n\n"
    "会议听取了全县新冠肺炎疫情防控工作汇报。会议强调，要按照中央和省市各项决策部署，统筹抓好秋冬季"
    "疫情防控和经济发展各项任务。要持续强化“属地、部门、单位、个人”四方责任，严格落实疫情防控责任制。"
    "要持续加强市场、商场、餐饮门店等重点场所的监督检查和防控，持续做好常态化疫情防控工作。\n"
)


def test_a_cue_and_its_unnumbered_demands_are_a_card_each() -> None:
    deck = build_deck(normalise(parse_source(Path("page.txt"), _UNNUMBERED.encode())))
    titles = [card.title for card in deck.cards]
    assert "积极学习“十大战略”" in titles  # titled by the demand, not by `会议强调`
    assert "紧盯差距短板" in titles
    assert "建立健全工作机制" in titles  # (the paragraph's own title was no card's: free)
    assert not any(t == "会议强调" for t in titles)


def test_demands_on_the_topic_heard_before_them_stay_one_card() -> None:
    deck = build_deck(normalise(parse_source(Path("page.txt"), _ON_A_TOPIC.encode())))
    holding = [c for c in deck.cards if any("四方责任" in p.text for p in c.points)]
    assert len(holding) == 1
    assert any("疫情防控工作汇报" in p.text for p in holding[0].points)


_CHAIR_LAST = (
    "縣政府第三次常務會議召開\n\n"
    "5月6日，縣政府第三次常務會議召開，縣委副書記、縣長齊永軍主持會議。\n\n"
    "會議聽取了第一次書記辦公會議落實情況的匯報，研究討論了城市建設、文物保護、項目建設等問題。\n\n"
    "齊永軍要求，各有關部門要嚴格按照縣委書記辦公會議的要求，積極推進，切實抓好工作落實；要進一步"
    "加快高效政府建設，提高政府辦事效率。要加強督促檢查，確保各項工作按時完成。\n\n"
    "齊永軍強調，縣政府班子成員要按照一崗雙責的要求，加強廉政建設，率先垂范。\n"
)


def test_what_the_chair_stressed_last_is_a_card_of_its_own() -> None:
    deck = build_deck(normalise(parse_source(Path("page.txt"), _CHAIR_LAST.encode())))
    holding = [c for c in deck.cards if any("廉政建設" in p.text for p in c.points)]
    assert len(holding) == 1
    assert not any("督促檢查" in p.text for p in holding[0].points)  # not folded into the last


_FRAMED = (
    "市委政研室召开机关全体会议\n\n"
    "4月4日下午，市委政研室召开机关全体会议，传达学习全国和我市“两会”精神。\n\n"
    "会议要求，机关全体党员干部要把思想和行动统一到张志川书记的重要讲话上来，一是要认真传达学习"
    "“两会”精神，进一步提高思想自觉和行动自觉，加快推进工作落实。二是要紧紧围绕我市建设三大发展目标，"
    "积极主动作为，开展调查研究，为市委决策服务。三是进一步转变机关作风，巩固警示教育月活动成果，"
    "使“廉洁勤政，担当作为”成为行动自觉。（供稿：晋城市委政研室）\n"
)


def test_demands_after_what_they_serve_are_a_card_each() -> None:
    """`会议要求，党员干部要把思想统一到…上来，一是…`: the cue, then what the demands serve,
    then the numbered demands (from the hundred-and-forty-third round)."""
    deck = build_deck(normalise(parse_source(Path("page.txt"), _FRAMED.encode())))
    titles = [card.title for card in deck.cards]
    assert "紧紧围绕我市建设三大发展目标" in titles
    assert "进一步转变机关作风" in titles
    said = [point.text for card in deck.cards for point in card.points]
    assert not any("供稿" in text for text in said)  # who sent it in is a credit, no point


_SHORT_DEMANDS = (
    "区委召开常委会（扩大）会议\n\n"
    "9月23日，区委召开常委会（扩大）会议，认真学习习近平总书记重要讲话精神。\n\n"
    "会议强调，要弘扬伟大抗战精神，把爱党爱国热情转化为积极干事创业的实际行动。要抢抓迈向高铁时代"
    "发展机遇，扎实推进高水平对外开放。要加强教师队伍建设，推动教育事业高质量发展。\n"
)


def test_short_unnumbered_demands_stay_one_card() -> None:
    """`要弘扬…。要抢抓…。要加强…`, each a line's worth: the points of one card (from the
    hundred-and-forty-third round), where longer ones are a card each."""
    deck = build_deck(normalise(parse_source(Path("page.txt"), _SHORT_DEMANDS.encode())))
    holding = [c for c in deck.cards if any("高铁时代" in p.text for p in c.points)]
    assert len(holding) == 1
    assert any("教师队伍" in p.text for p in holding[0].points)


def test_who_chaired_the_meeting_is_no_card() -> None:
    """`会议由市委副秘书长、政研室主任王志强主持。`: the meeting's record, as who attended is
    (from the hundred-and-forty-third round)."""
    text = _FRAMED.replace(
        "精神。\n\n会议要求", "精神。会议由市委副秘书长、政研室主任王志强主持。\n\n会议要求", 1
    )
    deck = build_deck(normalise(parse_source(Path("page.txt"), text.encode())))
    said = [p.text for card in deck.cards for p in card.points]
    assert not any("主持" in s for s in said)
    assert len(deck.cards) >= 3


# each demand goes on in sentences of its own, the next opening after a semicolon (from the
# hundred-and-thirty-seventh round)
_GOING_ON = (
    "市人大常委会机关党组中心组集体学习会召开\n\n"
    "12月2日，市人大常委会机关党组中心组集体学习会召开。\n\n"
    "会议认真学习了中央人大工作会议精神、省第十五次党代会和全市领导干部会议精神。\n\n"
    "会议强调，要提高站位，深刻认识学习宣传贯彻省党代会精神的重大意义。自觉把思想统一到六中全会"
    "和省党代会精神上来，推动省党代会精神在机关党员干部中入脑入心、落地落实；要学深悟透，全面准确"
    "把握省党代会的核心要义和实质内涵。把学习宣传贯彻落实省党代会精神，与中央人大工作会议精神"
    "结合起来，融会贯通，学深悟透；要主动作为，迅速抓好省党代会精神在人大工作中的贯彻落实。全力践行"
    "“作示范、勇争先”的殷殷嘱托，为奋力推进“五区”建设、打造“最美转型城市”贡献人大力量。\n"
)


def test_demands_that_go_on_in_sentences_of_their_own_are_a_card_each() -> None:
    deck = build_deck(normalise(parse_source(Path("page.txt"), _GOING_ON.encode())))
    titles = [card.title for card in deck.cards]
    assert {"提高站位", "学深悟透", "主动作为"} <= set(titles)
    deepened = next(c for c in deck.cards if c.title == "学深悟透")
    assert any("融会贯通" in p.text for p in deepened.points)  # its own sentence stays with it


def test_a_paragraph_holds_demands_when_it_says_two_or_more() -> None:
    def pieces(*texts: str) -> list[Piece]:
        return [Piece(block=0, start=0, end=len(t), text=t) for t in texts]

    assert holds_demands(pieces("会议要求，一要统一思想认识。", "二要突出工作重点。"))
    assert holds_demands(pieces("要加强组织领导；要压实工作责任。"))
    assert not holds_demands(pieces("全市生产总值增长6%。", "要加强组织领导。"))


def test_the_roll_of_who_came_by_their_posts_is_no_card() -> None:
    roll = (
        "全体县委委员、县委候补委员；不是县委委员、县委候补委员的在职县级领导；县纪委委员；"
        "镇（街道）党（工）委书记、镇长（办事处主任），县直副科级以上单位主要负责人参加了会议。"
    )
    assert attendance(roll)
    assert not attendance("县长作了工作报告；县人大主任张阅农、县政协主席张萍列席会议。")


def test_a_speakers_courtesy_and_aside_title_no_card() -> None:
    text = (
        "多謝你兩個問題。第一──我或者聽得不是太清楚──今次全國人大常委會的決定並沒有賦權行政長官。"
    )
    title = phrase_title([Piece(block=0, start=0, end=len(text), text=text)], "zh-Hant", 14)
    assert title.startswith("今次全國人大常委會")
