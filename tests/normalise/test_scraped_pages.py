"""Rules learnt from the real-article corpus: injected spam, wire datelines in Chinese numerals,
indents decoded as `?`, half-eaten tags, question headlines, transcript labels."""

from __future__ import annotations

import pytest

from highlights.cards import build_deck
from highlights.model import Block, Document, SourceInfo
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.chrome import find_chrome
from highlights.normalise.cleanup import strip_tags
from highlights.normalise.headlike import clean_title
from highlights.normalise.headline import find_head
from highlights.normalise.metadata import find_date
from highlights.normalise.spam import is_spam


def _blocks(*texts: str) -> list[Block]:
    return [Block(kind="paragraph", text=t) for t in texts]


def _doc(*texts: str) -> Document:
    source = SourceInfo(path="page.txt", sha256="0" * 64, encoding="utf-8", format="txt", bytes=0)
    return Document(source=source, blocks=_blocks(*texts))


@pytest.mark.parametrize(
    "line",
    [
        "免费不卡中文字幕在线|久久做人人做人人综合|国产成人v片视频在线观看|欧美日本国产VA高清视频",
        "中文字幕亚洲欧美日韩在线不卡,亚洲欧美日产综合在线网性色,综合视频中文字幕",
        "国产自产视频一区二区三区,777米奇影院影音先锋第四色,日本最新中文字幕在线中",
    ],
)
def test_injected_spam_lines_are_removed(line: str) -> None:
    assert is_spam(line)
    assert find_boilerplate(line).removed == [("boilerplate.spam", line)]


@pytest.mark.parametrize(
    "line",
    [
        "国产大飞机C919在线直播首飞",  # two words of the trade are news
        "亚洲欧美多国代表在线上会议中就国产疫苗交换意见。",  # a sentence, however worded
        "高清视频在线观看平台监管办法出台",
    ],
)
def test_news_about_the_same_words_stays(line: str) -> None:
    assert not is_spam(line)


def test_wire_dateline_in_chinese_numerals() -> None:
    found = find_boilerplate("中新社北京九月二十七日電 來自五十三個國家的記者來到北京。")
    assert found.text == "來自五十三個國家的記者來到北京。"
    assert found.removed[0][0] == "boilerplate.dateline"


def test_the_wires_own_title_line_is_a_repeat() -> None:
    blocks = _blocks(
        "記者團問題多 晚宴成發布會",
        "題：記者團“問題”多",
        "來自五十三個國家的記者來到北京參加晚宴。",
    )
    head = find_head(blocks)
    assert head.title == "記者團問題多 晚宴成發布會"
    assert head.masthead == ["題：記者團“問題”多"]
    assert clean_title("題：穩中有進堅定前行") == "穩中有進堅定前行"


def test_a_headline_may_ask_a_question() -> None:
    blocks = _blocks(
        "3天內34位新聞發言人亮相，透露了什么信號？",
        "黨的二十大期間，各代表團首次設立了新聞發言人。",
    )
    assert find_head(blocks).title == "3天內34位新聞發言人亮相，透露了什么信號？"
    asked = [Block(kind="paragraph", text="“閱兵將展出什么武器？"), blocks[1]]  # someone's words
    assert find_head(asked).title != "“閱兵將展出什么武器？"


def test_transcript_label_leaves_the_title() -> None:
    assert clean_title("新闻联播完整文字稿· 2026年6月19日") == "新闻联播 2026年6月19日"
    assert clean_title("焦点访谈文字版") == "焦点访谈"


def test_lost_indent_is_removed_and_reported() -> None:
    article = normalise(
        _doc("送啥念想給習主席", "????新華網北京11月18日電 習近平主席17日在澳大利亞演講。")
    )
    assert article.blocks[0].text == "習近平主席17日在澳大利亞演講。"
    assert any("indent decoded as ?" in d.reason for d in article.report.damage)


def test_half_eaten_closing_tag() -> None:
    assert strip_tags("可以更加豐富?!/p>").text == "可以更加豐富?!"
    assert strip_tags("and/or> x").text == "and/or> x"  # only a tag name before `>`


def test_font_size_help_is_chrome() -> None:
    line = "If your brower is IE6, please press ALT + V → X → (G)Larger to adjust the font size,"
    assert find_chrome(line) is not None


def test_marks_alone_are_no_point() -> None:
    article = normalise(
        _doc(
            "示例標題新聞",
            "這是第一段的內容，足夠長的一句話。" * 3,
            "更加豐富?!",
            "第三段說了另一件事情，也很重要。" * 2,
        )
    )
    deck = build_deck(article)
    texts = [p.text for c in deck.cards for p in c.points]
    assert texts and all(any(ch.isalnum() for ch in t) for t in texts)


def test_headline_right_above_the_publish_stamp() -> None:
    article = normalise(
        _doc(
            "深入學習貫徹黨的十九屆六中全會精神",
            "著力創建高原經濟高質量發展先行區初探",
            "發布者:中共西藏自治區委員會黨校經濟學部 曾健 發布日期:2022-03-29 40049",
            "新時代條件下西藏經濟發展處於新的階段，本文立足區域特點進行闡釋，展示西藏潛在的經濟優勢。",
        )
    )
    assert article.meta.title == "著力創建高原經濟高質量發展先行區初探"
    assert article.meta.date == "2022-03-29"
    assert "深入學習貫徹黨的十九屆六中全會精神" in [r.text for r in article.report.removed]


@pytest.mark.parametrize("line", ["牟定县人民政府", "1元 10元 50元"])
def test_an_office_name_or_amounts_are_no_headline(line: str) -> None:
    blocks = _blocks(line, "牟定县人民政府办公室关于印发应急预案的通知")
    assert find_head(blocks).title == "牟定县人民政府办公室关于印发应急预案的通知"


def test_a_short_english_name_gives_way_to_the_headline() -> None:
    blocks = _blocks(
        "CallAID Network",
        "WHO news",
        "Corporate news releases, statements, and notes for media issued by the WHO.",
        "New Ebola outbreak detected in northwest Democratic Republic of the Congo",
        "The Government of the Democratic Republic of the Congo announced today that a new "
        "outbreak of Ebola virus disease is occurring in Wangata health zone, Mbandaka, "
        "in Équateur province.",
    )
    assert find_head(blocks).title.startswith("New Ebola outbreak")


def test_govuk_issued_by_line_names_the_source() -> None:
    found = find_boilerplate(
        "The press release issued by the Ministry of Defence on 7 September 2025."
    )
    assert found.text == "" and found.source == "Ministry of Defence"


def test_document_number_line_leaves_the_text() -> None:
    assert find_boilerplate("镇政发〔2024〕7号。").removed == [
        ("boilerplate.doc_number", "镇政发〔2024〕7号。")
    ]


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("新华社记者 潘昱龙 摄pagebreak", "新华社记者 潘昱龙 摄"),
        ("新华社发(苏阳摄)pagebreak", "新华社发(苏阳摄)"),
        ('发布日期: class="pmingcheng"> 2024', "发布日期:  2024"),
        ("the pagebreak setting", "the pagebreak setting"),  # English prose keeps its word
    ],
)
def test_cms_markers_and_tag_tails(raw: str, kept: str) -> None:
    assert strip_tags(raw).text == kept


@pytest.mark.parametrize(
    "line",
    [
        "索引号：",
        "主题分类：",
        "发文字号：",
        "索 引 号: 成文日期: 失效时间:",
        "主办单位：山西医科大学纪检监察室 版权所有",
    ],
)
def test_disclosure_table_labels_and_site_footer_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_written_by_line_is_a_byline() -> None:
    found = find_boilerplate("撰文 | 董鑫 余暉")
    assert found.text == "" and found.reporters == ["董鑫", "余暉"]


@pytest.mark.parametrize(
    "line",
    [
        "县市区人民政府，市人民政府各工作部门、派出机构、直属事业机构：",
        "各县（市）、区人民政府，市人民政府各部门：",
    ],
)
def test_a_notices_addressees_leave_the_text(line: str) -> None:
    assert find_boilerplate(line).removed == [("boilerplate.addressees", line)]


def test_an_office_signing_a_notice_is_its_source() -> None:
    found = find_boilerplate("咸阳市人民政府")
    assert found.text == "" and found.source == "咸阳市人民政府"
    assert find_boilerplate("市人民政府召开常务会议").text == "市人民政府召开常务会议"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("日期:105-06-17 資料來源:新聞傳播處", "2016-06-17"),  # Minguo year, dashed
        ("02.06.2020", "2020-06-02"),  # day.month.year
        ("version 1.2.2020 of the tool", None),
        ("電話:02-2341-0648", None),
    ],
)
def test_more_date_forms(text: str, iso: str | None) -> None:
    assert find_date([text]) == iso


def test_the_date_in_front_of_a_headline_dates_the_article() -> None:
    article = normalise(
        _doc(
            "民國113年6月6日第3907次會議",
            "為了回應總統所宣示的內閣成立，我在新內閣第一次院會上即期許全體公務人員。" * 2,
        )
    )
    assert article.meta.date == "2024-06-06"


def test_a_wire_quoting_a_wire_loses_both_datelines() -> None:
    found = find_boilerplate("中評社北京10月23日電／據新華社消息，10月23日，全會通過公報。")
    assert found.text == "10月23日，全會通過公報。"
    assert [rule for rule, _ in found.removed] == ["boilerplate.dateline"] * 2
    assert found.outlet == "中評社"


def test_unrepaired_mojibake_is_reported_but_never_title_lead_or_card() -> None:
    garbage = "鎮ㄥ彲浠ュ幓榪欓噷鐪嬬湅縐掑悗欏甸潰鑷姩璺寵漿鑷，涓柊緗戦欏鎮ㄥ彲浠ュ幓榪欓噷。"
    body = "中國國務院總理溫家寶今天在此間表示，希望今年四月份他對日本的訪問成為一次融冰之旅。"
    more = "他說，中日之間能夠構建一個長期穩定、健康發展的友好合作格局。"
    article = normalise(_doc("溫家寶答中外記者問", garbage, body * 2, garbage * 2, more * 2))
    deck = build_deck(article)
    assert "鎮" not in article.meta.title and "鎮" not in deck.lead
    assert all("鎮" not in p.text for c in deck.cards for p in c.points)
    assert any(d.reason.startswith("mojibake") for d in article.report.damage)


# Found on pages the corpus does not hold (a reprint on a spam-injected mirror, China Daily's
# English page): kinds of junk, each in its general form.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("原標題:新任政協新聞發言人王國慶:盡量回答公眾關心的問題", "boilerplate.original_title"),
        ("原标题：这些新规下月起施行", "boilerplate.original_title"),
        ("王國慶(資料圖)", "boilerplate.caption"),
        ("會議現場（資料圖片）", "boilerplate.caption"),
        ("圖為施工現場（圖片來源：網絡）", "boilerplate.caption"),
        ("By CUI JIA (China Daily) Updated: 2015-12-18 07:56", "boilerplate.byline"),
        ("By Jane Doe and John Roe (Reuters)", "boilerplate.byline"),
        (
            "Liu Qibao meets participants at the reception on Thursday. XU JINGXING/CHINA DAILY",
            "boilerplate.caption",
        ),
        ("Visitors at the expo. [Photo by Wang Jing/China Daily]", "boilerplate.caption"),
        ("Workers at a plant in Hebei province. [Photo/Xinhua]", "boilerplate.caption"),
        ("US EUROPE AFRICA ASIA 中文", "boilerplate.chrome"),
        ("China / Government", "boilerplate.chrome"),
        ("News / Press releases", "boilerplate.chrome"),
    ],
)
def test_reprint_and_newspaper_junk_is_removed(line: str, rule: str) -> None:
    assert [r for r, _ in find_boilerplate(line).removed] == [rule]


@pytest.mark.parametrize(
    "line",
    [
        "NASA Selects New Crew for Space Station Mission",  # capitals, but a headline
        "國務院常務會議研究部署穩就業工作（附圖表）後續將持續跟進並逐步推動各項政策措施落地見效。",
        "By 2030 the city will plant one million trees.",
        "Trade and Tariffs / The Latest Deal From Brussels To Washington And Beyond It",
    ],
)
def test_lines_like_that_junk_stay(line: str) -> None:
    assert find_boilerplate(line).text == line


def test_a_newspaper_page_gives_headline_standfirst_byline_and_credit() -> None:
    article = normalise(
        _doc(
            "US EUROPE AFRICA ASIA 中文",
            "China / Government",
            "Top information office holds record number of news conferences",
            "By CUI JIA (China Daily) Updated: 2015-12-18 07:56",
            "State Council office says transparency helps world better understand country",
            "Top information office holds record number of news conferences",
            "Liu Qibao meets participants at the reception on Thursday. XU JINGXING/CHINA DAILY",
            "China's top information office has held a record number of news conferences this "
            "year on key issues that have drawn worldwide attention.",
            "The office held about 120 news conferences in 2015, one about every three days.",
        )
    )
    meta = article.meta
    assert meta.title == "Top information office holds record number of news conferences"
    assert meta.subtitle and meta.subtitle.startswith("State Council office says")
    assert meta.reporters == ["Cui Jia"] and meta.photographers == ["Xu Jingxing"]
    assert [b.text[:5] for b in article.blocks] == ["China", "The o"]
    assert build_deck(article).lead.startswith("China's top information office")


def test_a_reprint_loses_its_photo_notes_and_its_title_s_label() -> None:
    article = normalise(
        _doc(
            "政協新聞發言人:盡量回答更多公眾關心的問題(圖)",
            "原標題:新任政協新聞發言人王國慶:盡量回答更多公眾關心的問題",
            "王國慶(資料圖)",
            "王國慶(資料圖)",
            "一名多年報道政協大會的老記者，一位中國新聞發布制度的推動者，今年成為全國政協大會第14位新聞發言人。",
            "政協是一個參政議政機構，由34個界別組成，涉及政黨、經濟、教育、科技、文化等方面。",
        )
    )
    assert article.meta.title == "政協新聞發言人：盡量回答更多公眾關心的問題"
    assert [b.text[:4] for b in article.blocks] == ["一名多年", "政協是一"]


def test_short_lines_are_never_joined_as_wrapped_text() -> None:
    from highlights.ingest.text import split_lines

    text = "US EUROPE AFRICA ASIA 中文\nChina / Government\n\nA paragraph.\n"
    assert [b.text for b in split_lines(text)] == [
        "US EUROPE AFRICA ASIA 中文",
        "China / Government",
        "A paragraph.",
    ]


def test_damage_in_a_line_that_leaves_the_body_is_still_reported() -> None:
    """`浣滆€咃綔璧靛仴` is `作者｜赵健` read as GBK: repaired, it is a byline and leaves the
    text, but the editor must still learn that the page was damaged there."""
    article = normalise(
        _doc(
            "腾讯云数据库刷新世界纪录",
            "浣滆€咃綔璧靛仴",
            "3月30日，腾讯云数据库公布了最新进展，在国际事务处理性能委员会的测试中刷新了纪录。",
            "这是国产数据库第二次登顶这一榜单，也是首次以云数据库身份登顶。",
        )
    )
    assert article.meta.reporters == ["赵健"]
    spots = [d for d in article.report.damage if "浣滆" in d.snippet]
    assert spots and "moved to the metadata" in spots[0].reason


def test_a_page_shown_twice_keeps_one_copy_and_its_signature() -> None:
    first = "總統將在下周一召集五院院長會商國政，行政院發言人今天（7日）表示，政院對此表示感謝。"
    second = "行政院希望透過這次會商，可以增進院際協調與合作，凝聚最大的共識。(張柏仲報導)"
    article = normalise(
        _doc(
            first,
            second,
            "您使用的瀏覽器版本較舊,已不再受支援。建議您更新瀏覽器版本,以獲得最佳使用體驗。",
            first,
            second,
        )
    )
    assert [b.text[:4] for b in article.blocks] == ["總統將在", "行政院希"]
    assert article.meta.reporters == ["張柏仲"]
    rules = [r.rule for r in article.report.removed]
    assert rules.count("boilerplate.repeat") == 2 and "boilerplate.chrome" in rules
    assert not any("報導" in b.text for b in article.blocks)


def test_a_programme_s_contents_may_repeat_its_story_titles() -> None:
    title = "习近平主持召开中央全面深化改革委员会第二十次会议"
    body = "会议指出，改革要坚持问题导向。"
    article = normalise(_doc("新闻联播 2022年10月12日", title, "国内新闻", title, body))
    assert [b.text for b in article.blocks].count(title) == 2


def test_damage_in_removed_page_junk_is_reported() -> None:
    junk = "10縐掑悗 欏甸潰鑷姩璺寵漿鑷?涓柊緗戦欏?"  # 10秒后页面自动跳转至中新网首页, as Big5
    body = "國務院總理今天在北京表示，希望這次訪問成為一次增進互信的旅程，雙方將加強合作。"
    more = "會議期間，代表們圍繞發展議題提出了建議。"
    article = normalise(_doc(junk, "總理出席記者會", body, junk, more))
    assert all(junk[:3] not in b.text for b in article.blocks)
    assert any("in a removed line" in d.reason for d in article.report.damage)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“I am excited to use it,” says Maura.", "“I am excited to use it,” says Maura."),
        ("“Parasite,” the Korean satire, won.", "“Parasite,” the Korean satire, won."),
        ("“你好,”他說", "“你好，”他說"),
        ("他說:“好的,我們走。”", "他說：“好的，我們走。”"),
    ],
)
def test_curly_quotes_do_not_make_english_commas_chinese(text: str, want: str) -> None:
    from highlights.normalise.punctuation import fix_punctuation

    assert fix_punctuation(text)[0] == want


@pytest.mark.parametrize(
    "line",
    [
        "Proceedings of the National Academy of Sciences (2019). DOI: 10.1073/pnas.1907828116",
        "Citation: Flint tool adds to evidence (2019, October 22) retrieved 22 October 2019 from "
        "https://phys.org/news/2019-10-flint.html",
        "Marcel J. L. Th. Niekus et al. Middle Paleolithic complex technology, PNAS (2019).",
        "This document is subject to copyright. Apart from any fair dealing no part may be copied.",
        "Taiwanese President Tsai Ing-wen speaks during a televised debate in Taipei. Photo: AP",
    ],
)
def test_a_science_page_s_reference_tail_and_agency_credits_go(line: str) -> None:
    assert find_boilerplate(line).text == ""


def test_a_whole_page_declares_its_headline_author_date_and_address() -> None:
    from pathlib import Path

    from highlights.ingest import parse_source

    page = (
        "<!doctype html><html><head><title>Tool adds to evidence | Phys.org</title>"
        '<meta property="og:title" content="Flint tool adds to evidence of Neanderthal thinking">'
        '<meta name="author" content="Bob Yirka">'
        '<meta property="article:published_time" content="2019-10-22T10:00:00Z">'
        '<meta property="og:site_name" content="Phys.org">'
        '<link rel="canonical" href="https://phys.org/news/2019-10-flint.html"></head><body>'
        "<p>October 22, 2019 report</p><article>"
        "<p>A team of researchers has found a flint tool partly covered in birch tar.</p>"
        "<p>Bob Yirka is a science writer who has covered research news for years.</p>"
        "<p>The tool was found on a beach near The Hague and is about 50,000 years old.</p>"
        "<p>They say making the tar took planning, a sign of complex thinking.</p>"
        "</article></body></html>"
    )
    doc = parse_source(Path("page.html"), page.encode())
    assert doc.meta["url"] == "https://phys.org/news/2019-10-flint.html"
    article = normalise(doc)
    meta = article.meta
    assert meta.title == "Flint tool adds to evidence of Neanderthal thinking"
    assert (meta.date, meta.source, meta.reporters) == ("2019-10-22", "Phys.org", ["Bob Yirka"])
    assert not any(b.text.startswith("Bob Yirka") for b in article.blocks)  # his biography
    titles = [c.title for c in build_deck(article).cards]
    assert not any(t.startswith("000") for t in titles)


def test_a_page_title_names_the_piece_only_when_the_text_has_no_headline() -> None:
    body = _blocks(
        "为深入推进党建与业务工作紧密结合，提升药学人员专业技能，我院举办了理论知识与技能大赛。",
        "比赛分为理论考试和实践操作两部分，共有三十余名选手参加，最终评出一等奖两名。",
    )
    page = "我院医技药剂党支部举办2019年药学理论知识与专业技能大赛 湖南省中医药研究院附属医院"
    assert find_head(body, page_title=page).title == page.split()[0]
    assert find_head(body, page_title="新闻动态--中国地理学会官网").title != "新闻动态"
    headed = _blocks("2019年中国人文地理学术年会在重庆举行", *(b.text for b in body))
    assert find_head(headed, page_title=page).title == "2019年中国人文地理学术年会在重庆举行"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ("国务院关于推动内蒙古高质量发展", "奋力书写中国式现代化新篇章的意见"),
            "国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见",
        ),
        (("省人民政府關于", "進一步優化營商環境的意見"), "省人民政府關于進一步優化營商環境的意見"),
        (("市政府召开常务会议", "研究部署稳就业工作"), "市政府召开常务会议"),  # two headlines
    ],
)
def test_an_official_title_set_on_two_lines_is_one_title(
    lines: tuple[str, ...], title: str
) -> None:
    body = "为深入贯彻落实党中央决策部署，加快推动高质量发展，现提出如下意见。"
    assert find_head(_blocks(*lines, body)).title == title


def test_a_task_list_loses_its_duty_notes() -> None:
    line = (
        "（一）提高市場開放程度。全面實施市場準入負面清單制度。"
        "(牽頭單位:省發展改革委;責任單位:省編辦、省國土資源廳)"
    )
    found = find_boilerplate(line)
    assert found.text == "（一）提高市場開放程度。全面實施市場準入負面清單制度。"
    assert [r for r, _ in found.removed] == ["boilerplate.duty"]
    kept = "他说，这项工作由市政府负责（具体由市发改委负责）并将于明年完成。"
    assert find_boilerplate(kept).text == kept


def test_a_text_cut_off_mid_sentence_is_reported_and_kept() -> None:
    article = normalise(
        _doc(
            "Further steps to prepare Sizewell C for construction",
            "The government has made an additional £1.3 billion available to support construction.",
            "It consolidates the government’s position as the majority shareholder. "
            "It follows a £700 million funding pledge in November 2022 and a further £511 mil",
        )
    )
    assert article.blocks[-1].text.endswith("£511 mil")  # kept: the editor decides
    spots = [d for d in article.report.damage if "cut off" in d.reason]
    assert spots and spots[0].snippet.endswith("£511 mil")
    whole = normalise(_doc("標題", "會議強調，要抓好落實。", "全市上下要團結一心，奮力前行。"))
    assert not any("cut off" in d.reason for d in whole.report.damage)


def test_a_few_chinese_words_after_the_last_full_stop_are_a_cut() -> None:
    """`…負有維護國家安全的憲制責任。在維護國`: a Chinese text cut a few characters into its
    next sentence is reported (and no card point is made of `在維護國`); a signature is not."""
    text = "根據第三條，香港特別行政區負有維護國家安全的憲制責任。在維護國"
    article = normalise(_doc("特首建議提請人大釋法", "行政長官今日表示，將提交報告。", text))
    spots = [d for d in article.report.damage if "cut off" in d.reason]
    assert spots and spots[0].snippet == "在維護國"
    from highlights.cards import build_deck

    points = [p.text for c in build_deck(article).cards for p in c.points]
    assert "在維護國" not in points
    for signed in (
        "全市上下要團結一心。記者 王偉",
        "全市上下要團結一心。（完",
        "要團結一心。Jane Doe",
    ):
        whole = normalise(_doc("標題", "會議強調，要抓好落實。", signed))
        assert not any("cut off" in d.reason for d in whole.report.damage), signed
