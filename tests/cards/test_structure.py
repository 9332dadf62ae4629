"""Rules from the real-article corpus: chapters, named topics, meetings, fragments."""

from __future__ import annotations

from collections.abc import Callable

from highlights.cards import build_deck
from highlights.model import Article, Block, Metadata

MakeArticle = Callable[..., Article]

LAW = [
    "《示例法》是為了推進依法治理而制定的法律，自公布之日起施行。",
    "第一章 總　則",
    "第一條 為了加強監督，實現全面覆蓋，根據憲法，制定本法。",
    "第二條 監察機關對下列人員進行監察：",
    "（一）國有企業管理人員；",
    "（二）基層群眾性自治組織中從事管理的人員；",
    "第二章 監察機關及其職責",
    "第三條 國家監察委員會是最高監察機關。",
    "第四條 地方各級監察委員會由本級人民代表大會產生，負責本行政區域內的監察工作。",
    "第三章 附　則",
    "第五條 本法自公布之日起施行。",
]


def test_chapters_are_the_cards(article_of: MakeArticle) -> None:
    meta = Metadata(title="示例法", language="zh-Hant")
    deck = build_deck(article_of(LAW, meta))
    assert [c.title for c in deck.cards] == [
        "第一章 總　則",
        "第二章 監察機關及其職責",
        "第三章 附　則",
    ]
    points = [p.text for p in deck.cards[0].points]
    assert any(p.startswith("第一條") for p in points)


def test_an_item_ending_in_a_semicolon_is_no_heading(article_of: MakeArticle) -> None:
    blocks = [
        "示例市召開會議，研究部署下一階段工作，會議指出要抓好以下幾項工作。",
        "（一）國有企業管理人員；",
        "（二）基層群眾性自治組織中從事管理的人員；",
        "（三）其他依法履行公職的人員。",
    ]
    deck = build_deck(article_of(blocks, Metadata(title="示例", language="zh-Hant")))
    assert all(not c.title.endswith("；") for c in deck.cards)


def test_a_paragraph_that_names_its_topic_is_titled_by_it(article_of: MakeArticle) -> None:
    blocks = [
        "《示例市2023年計劃》已經市人大會議審議通過，現印發給你們，請認真組織實施。",
        "2023年全市經濟社會發展的總體要求是：堅持穩中求進工作總基調，完整、準確、全面貫徹新發展理念，"
        "加快構建新發展格局，著力推動高質量發展。堅持以人民為中心的發展思想，更好統籌發展和安全。",
        "主要預期目標是：生產總值增長6%左右，城鎮新增就業3萬人，居民消費價格漲幅3%左右。"
        "糧食產量保持在180萬噸以上，節能減排完成省下達任務。",
        "持續發展：發展局局長在主持巡迴展覽開幕典禮，介紹過往的成就及負責的大型項目。"
        "展覽由即日起至明年初在各區舉行，市民可免費參觀。",
    ]
    deck = build_deck(article_of(blocks, Metadata(title="示例", language="zh-Hant")))
    titles = [c.title for c in deck.cards]
    assert "總體要求" in titles and "主要預期目標" in titles
    assert "持續發展" not in titles  # a caption's label names no topic


def test_a_meeting_with_one_topic_keeps_what_it_argued(article_of: MakeArticle) -> None:
    """國務院常務會議: `會議指出，…` at length is the meeting's substance, not context."""
    paragraphs = [
        "國務院總理3月21日主持召開國務院常務會議，確定重點任務分工。",
        "會議指出，昨天閉幕的人大會議表決通過了政府工作報告。各部門、各單位要全面深入貫徹落實，"
        "堅持穩中求進工作總基調，堅持新發展理念，圍繞推動高質量發展，著力深化改革開放。",
        "會議強調，保障糧食安全是頭等大事。要全面實施新一輪糧食產能提升行動，扎實推進藏糧於地。",
        "會議號召，各部門團結一心！",
    ]
    meta = Metadata(title="國務院常務會議", language="zh-Hant", genre="official")
    deck = build_deck(article_of(paragraphs, meta))
    assert len(deck.cards) == 2
    assert deck.cards[1].title == "保障糧食安全是頭等大事"
    assert all("團結一心" not in p.text for c in deck.cards for p in c.points)


def test_a_fragment_is_no_card(article_of: MakeArticle) -> None:
    blocks = [
        Block(kind="heading", level=2, text="The findings"),
        Block(text="The report tracks twenty years of data on sea ice, forests and energy use."),
        Block(kind="heading", level=2, text="An institutional framework"),
        Block(text="Rio+20."),
        Block(kind="heading", level=2, text="Next steps"),
        Block(text="Governments will discuss the findings at the summit in June, officials said."),
    ]
    meta = Metadata(title="New report", language="en", genre="press")
    deck = build_deck(article_of(blocks, meta))
    assert [c.title for c in deck.cards] == ["The findings", "Next steps"]


def test_a_programmes_table_of_contents_is_no_card(article_of: MakeArticle) -> None:
    stories = ["習近平向世界竹藤大會致賀信", "全國秋冬種已過九成", "第十四屆中國航展準備就緒"]
    blocks = [Block(kind="heading", level=2, text="新聞摘要"), Block(text="本期節目主要內容：")]
    blocks += [Block(text=f"{n}.{s}；") for n, s in enumerate(stories, 1)]
    for story in stories:
        blocks += [
            Block(kind="heading", level=2, text=story),
            Block(text=f"{story}。這是這條新聞的第一句話，說明了發生的事情和它的意義。"),
        ]
    deck = build_deck(article_of(blocks, Metadata(title="新聞聯播", language="zh-Hant")))
    assert [c.title for c in deck.cards] == stories


def test_a_lead_ending_inside_a_quote_gets_no_extra_full_stop(article_of: MakeArticle) -> None:
    paragraphs = [
        "“中國國慶閱兵將展出什么武器？”“中國為什么要舉行六十年慶典？”",
        "來自五十三個發展中國家的八十九名記者二十七日晚來到北京參加歡迎晚宴。外國記者紛紛提問。",
        "墨西哥記者舉著錄音筆問：“慶祝將帶給墨西哥人民什么？”翟惠生答：“希望帶去喜慶和愉快！”",
    ]
    deck = build_deck(article_of(paragraphs, Metadata(title="記者團問題多", language="zh-Hant")))
    assert "”。" not in deck.lead and deck.lead.startswith("“中國國慶閱兵")


TARGETS = (
    "主要預期目標是：全市生產總值增長6.5%，一般公共預算收入增長5%，固定資產投資增長6.5%，"
    "社會消費品零售總額增長9%，出口增長8%，城鎮居民人均可支配收入增長7%，"
    "農村居民人均可支配收入增長8%，城鎮調查失業率控制在5.5%以內，居民消費價格漲幅3%左右，"
    "糧食總產量穩定在507萬噸，單位生產總值能耗下降3%，主要污染物排放量下降2%，"
    "森林覆蓋率保持在66.8%，空氣優良天數比例達到98%，城鎮新增就業6.5萬人。"
    "全年新開工重點項目120個，完成投資850億元，新增規模以上工業企業150家，"
    "高新技術企業數量達到1800家，研發經費投入強度達到2.5%，常住人口城鎮化率提高1個百分點，"
    "新建改建農村公路500公里，新增學位1.2萬個。"
)


def test_a_run_of_targets_keeps_every_figure_whole(article_of: MakeArticle) -> None:
    """A work report's targets: no figure cut or thinned away; the list goes on in a second
    card named by its own points (never `（續）`: a continuation is an image's matter), and no
    card of it holds a single point."""
    blocks = [
        "示例市第十屆人民代表大會第三次會議今天上午在市會議中心開幕，市長代表市人民政府"
        "作政府工作報告。大會應到代表三百五十名，實到三百四十二名，符合法定人數。",
        "報告指出，過去一年全市經濟持續回升向好，高質量發展扎實推進，民生福祉不斷增進。"
        "面對複雜嚴峻的外部環境，全市上下堅定信心、迎難而上，完成了全年主要目標任務。",
        TARGETS,
    ]
    deck = build_deck(article_of(blocks, Metadata(title="示例", language="zh-Hant")))
    first = next(i for i, c in enumerate(deck.cards) if c.title == "主要預期目標")
    cards = deck.cards[first : first + 2]
    assert "續" not in cards[1].title and cards[1].title != cards[0].title
    text = "，".join(p.text for c in cards for p in c.points)
    for figure in ("6.5%", "507萬噸", "66.8%", "98%", "6.5萬人", "3%左右", "1.2萬個", "850億元"):
        assert figure in text
    assert all(len(c.points) >= 2 for c in cards)
    assert all(p.text in TARGETS for c in cards for p in c.points)  # whole clauses, unchanged


SEMICOLON_TARGETS = (
    "經濟社會發展的主要預期目標是：地區生產總值增長13%；財政總收入增長13%，其中地方級財政收入增長16%；"
    "規模工業增加值增長18%，規模工業總產值增長21%；農業總產值增長4.5%；全社會固定資產投資增長30%；"
    "外貿出口增長15%；實際利用外資增長15%；社會消費品零售總額增長15%；"
    "居民消費價格總水平漲幅控制在4%左右；城鎮登記失業率控制在4.3%以內。"
)


def test_targets_set_apart_by_semicolons_are_one_point_each(article_of: MakeArticle) -> None:
    """`；` separates two targets: a point never runs across it, and none is dropped."""
    blocks = [
        "代市長昨日在政府工作報告中提出今年政府工作總體要求和經濟社會發展的預期目標。",
        "今年政府工作的總體要求是：深入落實科學發展觀，緊緊抓住發展第一要務，努力實現經濟社會持續較快發展。",
        SEMICOLON_TARGETS,
    ]
    deck = build_deck(article_of(blocks, Metadata(title="示例", language="zh-Hant")))
    points = [p.text for c in deck.cards for p in c.points]
    assert "財政總收入增長13%，其中地方級財政收入增長16%" in points
    assert "外貿出口增長15%" in points and "實際利用外資增長15%" in points
    assert not any("；" in p for p in points)
    assert "城鎮登記失業率控制在4.3%以內" in points
    assert all(len(c.points) >= 2 for c in deck.cards)


def test_announced_targets_keep_those_without_a_figure(article_of: MakeArticle) -> None:
    """`主要目标是：` heads targets of which only some have figures: all are kept."""
    blocks = [
        "新华社受权全文播发政府工作报告。大会表决通过了关于政府工作报告的决议，批准了这个报告。",
        "报告指出，今年发展主要目标是：城镇新增就业900万人以上，城镇调查失业率6%左右；"
        "居民消费价格涨幅3.5%左右；进出口促稳提质，国际收支基本平衡；居民收入增长与经济增长基本同步；"
        "现行标准下农村贫困人口全部脱贫、贫困县全部摘帽；重大金融风险有效防控；"
        "单位国内生产总值能耗和主要污染物排放量继续下降。",
    ]
    deck = build_deck(article_of(blocks, Metadata(title="示例", language="zh-Hans")))
    text = "".join(p.text for c in deck.cards for p in c.points)
    for target in ("重大金融风险有效防控", "贫困县全部摘帽", "居民消费价格涨幅3.5%左右", "能耗"):
        assert target in text
    assert all(len(c.points) >= 2 for c in deck.cards)


def test_a_dash_led_principle_loses_its_dash(article_of: MakeArticle) -> None:
    blocks = [
        "为深入贯彻落实党中央决策部署，推动高质量发展，现提出如下意见。",
        "（二）工作原则",
        "——生态优先、绿色发展。牢固树立绿水青山就是金山银山的理念，加强荒漠化综合防治。",
        "——改革创新、开放合作。深化重点领域改革，积极融入共建“一带一路”。",
    ]
    deck = build_deck(article_of(blocks, Metadata(title="示例意见", language="zh-Hans")))
    points = [p.text for c in deck.cards for p in c.points]
    assert points and not any(p.startswith("—") for p in points)
    assert "生态优先、绿色发展" in points


def test_english_years_are_not_marked_as_figures() -> None:
    from highlights.cards.terms import find_terms

    assert find_terms("In 2016, it held 120 news conferences, up 15%", "en") == ["120", "15%"]


def test_a_transcript_of_several_speakers_gives_one_card_each(article_of: MakeArticle) -> None:
    blocks = [
        "候任政務司司長：各位記者朋友好。今天我感到非常榮幸，獲得提名和任命，成為新一屆政務司司長。",
        "我明白香港現時面對的種種困難，包括民生、疫情等。我承諾，我一定竭盡所能。",
        "候任財政司司長：各位市民、各位傳媒朋友：",
        "大家好！",
        "感謝中央人民政府任命我出任財政司司長。我加入政府已經十年，累積了不少經驗。",
    ]
    deck = build_deck(article_of(blocks, Metadata(title="記者會談話全文", language="zh-Hant")))
    assert [c.title for c in deck.cards] == ["候任政務司司長", "候任財政司司長"]
    points = [p.text for c in deck.cards for p in c.points]
    assert not any(p.startswith(("各位", "大家好")) for p in points)
    assert any(p.startswith("我明白香港") for p in deck.cards[0].points for p in [p.text])
    # nothing comes before the first turn: its first sentence leads, said by its speaker
    assert deck.lead == "候任政務司司長：今天我感到非常榮幸，獲得提名和任命，成為新一屆政務司司長。"
    assert not any(p.startswith("今天我感到非常榮幸") for p in points)


def test_a_programme_transcript_drops_its_contents_and_its_media_tags(
    article_of: MakeArticle,
) -> None:
    from highlights.model import Block

    blocks = [
        Block(kind="heading", level=2, text="新闻摘要"),
        Block(kind="paragraph", text="本期节目主要内容："),
        Block(kind="paragraph", text="1.国家卫生健康委通报最新疫情；"),
        Block(kind="paragraph", text="（1）新增本土病例；"),
        Block(kind="paragraph", text="2.中国空间站第三次太空授课活动取得圆满成功；"),
        Block(kind="heading", level=2, text="[视频]国家卫生健康委通报最新疫情"),
        Block(
            kind="paragraph",
            text="国家卫生健康委今天通报，新增确诊病例35例。其中境外输入12例。现有确诊病例4260例。",
        ),
        Block(kind="heading", level=2, text="[视频]中国空间站第三次太空授课活动取得圆满成功"),
        Block(kind="paragraph", text="今天16时01分，“天宫课堂”第三课开讲。航天员生动介绍了实验。"),
    ]
    deck = build_deck(article_of(blocks, Metadata(title="新闻联播", language="zh-Hans")))
    assert [c.title for c in deck.cards] == [
        "国家卫生健康委通报最新疫情",
        "中国空间站第三次太空授课活动取得圆满成功",
    ]
    assert deck.lead == "国家卫生健康委今天通报，新增确诊病例35例。"


def test_news_card_titles_say_what_not_who_said_and_never_repeat(
    article_of: MakeArticle,
) -> None:
    from highlights.cards.text import Piece
    from highlights.cards.titles import phrase_title

    def title(text: str, taken: frozenset[str] = frozenset()) -> str:
        return phrase_title([Piece(0, 0, len(text), text)], "zh-Hant", 14, taken)

    assert title("李家超說，基於各種考慮，他將在報告中提及有關案件。") != "李家超說"
    assert title("他表示，要全方位說好香港優勢他說，吸引更多企業。") == "全方位說好香港優勢"
    assert not title("立法會今年批出超過1,000億元推行各項基建項目。").endswith("1")
    said = "他表示，要全方位說好香港優勢他說，吸引更多企業。"
    assert title(said, frozenset({"全方位說好香港優勢"})) != "全方位說好香港優勢"


def test_english_titles_are_not_who_said_it() -> None:
    from highlights.cards.text import Piece
    from highlights.cards.titles import phrase_title

    text = (
        "“This is very exciting news,” says McLaughlin. The funding, from existing budgets, "
        "will support preparatory works around the Suffolk site."
    )
    title = phrase_title([Piece(0, 0, len(text), text)], "en", 48)
    assert title not in ("Says McLaughlin", "The funding")


def test_a_bilingual_communique_gives_a_deck_in_its_own_language(
    article_of: MakeArticle,
) -> None:
    """`以下为公报双语要点`: each point followed by its English version; the cards are Chinese."""
    blocks = [
        "全会充分肯定党的十九届四中全会以来中央政治局的工作。经济增长好于预期，人民生活得到有力保障，社会大局保持稳定。",
        "The work of the Political Bureau was fully acknowledged, says the communique, adding "
        "that China has seen its economic growth beat expectations.",
        "“十三五”时期，全面深化改革取得重大突破，全面依法治国取得重大进展，全面从严治党取得重大成果。",
        "Major breakthroughs have been made in deepening reform comprehensively during the "
        "13th Five-Year Plan period",
        "预计二〇二〇年国内生产总值突破一百万亿元，五千五百七十五万农村贫困人口实现脱贫。",
        "China's gross domestic product expected to exceed 100 trillion yuan in 2020",
    ]
    deck = build_deck(article_of(blocks, Metadata(title="公报双语要点", language="zh-Hans")))
    text = deck.lead + "".join(c.title + "".join(p.text for p in c.points) for c in deck.cards)
    assert "全面深化改革" in text
    assert not any(w in text for w in ("Political", "breakthroughs", "trillion"))


def test_the_lead_carries_no_list_number(article_of: MakeArticle) -> None:
    blocks = [
        "一、為了回應「行動創新AI內閣」的成立，我期許全體公務人員要有AI概念的養成及訓練。"
        "但今天交通部報告的疏運計畫，我認為多是沿襲了過去的作法。",
        "二、我在新內閣第一次院會中，即向各位首長表明，我們能並肩坐在這裡，不是偶然。"
        "因為在520當天，我們舉起右手宣誓。",
    ]
    deck = build_deck(article_of(blocks, Metadata(title="院長提示", language="zh-Hant")))
    assert deck.lead.startswith("為了回應")


def test_a_title_does_not_open_on_a_conjunction() -> None:
    from highlights.cards.text import Piece
    from highlights.cards.titles import phrase_title

    text = "盡管對新聞發布並不陌生，但還是誠惶誠恐，他說要盡量回答更多公眾關心的問題。"
    title = phrase_title([Piece(0, 0, len(text), text)], "zh-Hant", 14)
    assert not title.startswith(("盡管", "但", "還是"))


def test_a_meetings_one_sentence_decision_is_a_card_of_its_own(article_of: MakeArticle) -> None:
    blocks = [
        "中国共产党第十六届中央委员会第七次全体会议，于2007年10月9日至12日在北京举行。",
        "会议由中央政治局主持。中央委员会总书记胡锦涛作了重要讲话。",
        "会议决定，中国共产党第十七次全国代表大会于2007年10月15日在北京召开。",
        "会议听取和讨论了胡锦涛受中央政治局委托作的工作报告。全会讨论并通过了向党的第十七次全国代表大会的报告。"
        "全会审议并通过了《中国共产党章程（修正案）》，决定提请党的第十七次全国代表大会审议。",
    ]
    deck = build_deck(article_of(blocks, Metadata(title="全会公报", language="zh-Hans")))
    decided = [c for c in deck.cards if any("第十七次全国代表大会于" in p.text for p in c.points)]
    assert len(decided) == 1 and len(decided[0].points) == 1


def test_no_point_twice_in_a_deck() -> None:
    """A summary line and the paragraph it sums up can be cut to the same point: it stays in
    the first card only, and a card left with nothing goes."""
    from highlights.cards.repeats import without_repeats
    from highlights.model import Card, Point

    said = "听取和讨论高屹受市委常委会委托作的工作报告"
    cards = [
        Card(number=1, title="审议通过", points=[Point(text=said + "。"), Point(text="通过决定")]),
        Card(number=2, title="再说一次", points=[Point(text=said)]),
        Card(number=3, title="讲话", points=[Point(text=said), Point(text="高屹作了讲话")]),
    ]
    notes: set[str] = set()
    kept = without_repeats(cards, notes)
    assert [c.title for c in kept] == ["审议通过", "讲话"] and [c.number for c in kept] == [1, 2]
    assert [p.text for p in kept[1].points] == ["高屹作了讲话"] and "repeat-dropped" in notes


def test_each_card_of_a_run_of_targets_is_named_by_a_target_it_holds() -> None:
    """`城鎮調查失業率5.5%左右` names the run, but the second card holds it: the first takes a
    target of its own."""
    from tests.text_support import normalised

    deck = build_deck(
        normalised(
            "廣東省十四屆人大二次會議開幕",
            "廣東省十四屆人大二次會議今日上午開幕，省長王偉中作政府工作報告。",
            "王偉中指,今年經濟社會發展的主要預期目標是:地區生產總值增長5%;固定資產投資增長4%,"
            "社會消費品零售總額增長6%,進出口總額增長1%;規模以上工業增加值增長5%;"
            "地方一般公共預算收入增長3%;居民人均可支配收入增長與經濟增長同步,"
            "居民消費價格指數上漲3%左右;城鎮調查失業率5.5%左右,城鎮新增就業人數110萬人以上;"
            "糧食產量1270萬噸。",
            "他亦提到，廣東經濟社會發展還面臨一些困難和挑戰，包括經濟持續回升向好的基礎不穩固。",
        )
    )
    named = [c for c in deck.cards if "%" in c.title]
    assert len(named) >= 2
    for card in named:
        assert any(card.title in p.text for p in card.points), card.title
