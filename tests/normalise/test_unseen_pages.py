"""Rules learnt from articles outside the corpus and from the corpus's weakest decks: photo
captions without a credit, an unnamed paper's byline, a title repeated on two lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.normalise.boilerplate import find_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "圖為陳冬代市長正在作政府工作報告。",
        "图为参观者在展馆内体验智能设备",
        "上图：10月11日，嘉宾在开幕式上合影。",
        "（圖為塔州首府霍巴特港口風光）",
    ],
)
def test_a_line_saying_what_the_photo_shows_is_a_caption(line: str) -> None:
    assert [rule for rule, _ in find_boilerplate(line).removed] == ["boilerplate.caption"]


@pytest.mark.parametrize(
    "line",
    [
        # a paragraph that happens to begin so: two sentences, the story's own
        "图为例，该市去年新建学校12所。今年将再建15所，新增学位1.2万个。",
        "圖書館今年新增藏書3萬冊。",
    ],
)
def test_a_story_paragraph_is_no_caption(line: str) -> None:
    assert find_boilerplate(line).removed == []


def test_an_unnamed_papers_byline_opens_no_lead() -> None:
    found = find_boilerplate("(閩南日報記者)代市長陳冬昨日在政府工作報告中提出預期目標。")
    assert found.text == "代市長陳冬昨日在政府工作報告中提出預期目標。"
    assert found.removed == [("boilerplate.byline", "(閩南日報記者)")]
    assert found.outlet == "閩南日報"


def test_the_title_again_on_two_lines_leaves_the_body() -> None:
    from highlights.model import Block
    from highlights.normalise.headline import find_head

    lines = [
        "新乡市人民政府关于印发新乡市2024年国民经济和社会发展计划的通知",
        "关于印发新乡市2024年国民经济和",
        "社会发展计划的通知",
        "《新乡市2024年国民经济和社会发展计划》已经市十四届人大二次会议审议通过，现印发给你们。",
    ]
    head = find_head([Block(kind="paragraph", text=t) for t in lines])
    assert head.title == lines[0]
    assert [b.text for b in head.body] == [lines[3]]
    assert head.masthead == lines[1:3]


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "1月20日下午，市委副書記、市長張百順主持召開市政府常務會議，傳達省委全會精神，安排部署近期重點工作。",
            "張百順主持召開市政府常務會議",
        ),
        (
            "中國國務院總理溫家寶今天在此間表示，希望今年四月份他對日本的訪問成為一次“融冰之旅”。他說，中日關係正在改善。",
            "溫家寶希望今年四月份他對日本的訪問成為一次“融冰之旅”",
        ),
        (
            "国家统计局局长宁吉喆在发布会上表示，8月国民经济恢复向好。统计数据显示，工业生产加快。",
            "宁吉喆：8月国民经济恢复向好",
        ),
        # no office before a name: the sentence as it is
        ("11月21日，全會在福州召開。會議聽取了工作報告。", "全會在福州召開"),
    ],
)
def test_a_title_drawn_from_the_first_sentence_reads_as_a_headline(
    paragraph: str, title: str
) -> None:
    from highlights.model import Block
    from highlights.normalise.headline import find_head

    head = find_head([Block(kind="paragraph", text=paragraph)])
    assert head.title == title
    assert [b.text for b in head.body] == [paragraph]  # the text keeps its first paragraph


def test_entities_in_markdown_are_decoded_and_reported(tmp_path: Path) -> None:
    from highlights.ingest import read_source
    from highlights.normalise import normalise

    path = tmp_path / "transcript.md"
    path.write_text(
        "# 新闻联播\n\n正像屈原讲的&lsquo;路漫漫其修远兮，吾将上下而求索&rsquo;，激励全党前进。\n",
        encoding="utf-8",
    )
    article = normalise(read_source(path))
    assert "‘路漫漫其修远兮，吾将上下而求索’" in article.blocks[0].text
    assert any("&lsquo;" in spot.snippet for spot in article.report.damage)


@pytest.mark.parametrize(
    "line",
    [
        "牟政办发〔201746",  # the document number lost `〕` and `号`
        "{ 2017 6 23",  # the date lost 年 月 日
        "???",  # a menu's label, every character lost
    ],
)
def test_lost_characters_are_reported(line: str) -> None:
    from highlights.normalise.damage import find_damage

    assert find_damage(line), line


@pytest.mark.parametrize(
    "line", ["國發〔2024〕1號", "2017年6月23日", "What? No!", "Call 2017 6230 now"]
)
def test_whole_text_is_no_damage(line: str) -> None:
    from highlights.normalise.damage import find_damage

    assert find_damage(line) == []


def test_damage_in_a_title_drawn_from_the_text_is_reported() -> None:
    from highlights.model import Block, Document, SourceInfo
    from highlights.normalise import normalise

    source = SourceInfo(path="p.txt", sha256="0" * 64, encoding="utf-8", format="txt", bytes=0)
    text = "會(huì)議全面?zhèn)鬟_(dá)了省委書記的講話精神，省長作的會議要求等。"
    doc = Document(source=source, blocks=[Block(kind="paragraph", text=text)])
    article = normalise(doc)
    assert "?" in article.meta.title or "？" in article.meta.title
    assert any("in the title" in spot.reason for spot in article.report.damage)


def test_a_damaged_first_sentence_gives_the_title_to_the_next() -> None:
    from tests.text_support import normalised

    text = "會(huì)議全面?zhèn)鬟_(dá)了省委書記的講話精神，省長作的會議要求等。"
    body = "會議指出，省委召開黨的群團工作會議意義重大，體現了省委對群團工作的高度重視，影響深遠。"
    article = normalised(text, body)
    assert article.meta.title == "省委召開黨的群團工作會議意義重大"
    assert len(article.blocks) == 2  # both paragraphs stay in the text


def test_the_paragraph_above_a_credit_line_is_the_pictures_caption() -> None:
    from highlights.model import Block, Document, SourceInfo
    from highlights.normalise import normalise

    source = SourceInfo(path="p.txt", sha256="0" * 64, encoding="utf-8", format="txt", bytes=0)
    texts = [
        "NASA Invites Media to 65th Birthday Celebration for Iconic Logo",
        "2 min read",
        "Image of a man on the ground painting blue on the NASA meatball logo.",
        "In Orbiter Processing Facility-2 at NASA’s Kennedy Space Center in Florida, Michael "
        "Williams paints the NASA logo on the left wing of space shuttle Endeavour in 2012.",
        "Credit: NASA/Dimitri Gerondidakis",
        "NASA’s logo turns 65 on Monday, July 15, and media are invited to its birthday party.",
    ]
    doc = Document(source=source, blocks=[Block(kind="paragraph", text=t) for t in texts])
    article = normalise(doc)
    assert [b.text for b in article.blocks] == [texts[5]]
    rules = {r.text[:12]: r.rule for r in article.report.removed}
    assert rules["In Orbiter P"] == rules["Image of a m"] == "boilerplate.caption"


def test_an_faq_is_titled_by_its_whole_question() -> None:
    from highlights.model import Block
    from highlights.normalise.headline import find_head

    question = (
        "徵詢庭於徵詢程序終結後，再次評議，致所有受徵詢庭與徵詢庭的法律見解均一致，"
        "徵詢庭是否還需要提案至大法庭？"
    )
    answer = "可分為積極歧異、潛在歧異二種情形說明如下：於積極歧異之情形，應再次評議。"
    head = find_head([Block(kind="paragraph", text=t) for t in (question, answer)])
    assert head.title == question


def test_a_syndication_note_is_chrome() -> None:
    line = "This article originally appeared on VICE US."
    assert [rule for rule, _ in find_boilerplate(line).removed] == ["boilerplate.chrome"]


# A scraper that glosses every character (`国(guo)务院(yuan)(yuan)`) may space each gloss off the
# next character and sow symbols among them; a page that lost its headline may keep the wire's.
SPACED_GLOSSES = (
    "第九屆亞(ya) 洲冬季運動會(hui) 7日晚在哈爾濱開幕。國家主席習(xi) 近平出席開幕式。\n"
    "蔡奇、來自亞(ya) 洲各地的貴賓等出席。"
)


def test_glosses_spaced_off_the_next_character_leave_no_space() -> None:
    from highlights.normalise.pinyin import remove_glosses

    text, removed = remove_glosses(SPACED_GLOSSES)
    assert text == (
        "第九屆亞洲冬季運動會7日晚在哈爾濱開幕。國家主席習近平出席開幕式。\n"
        "蔡奇、來自亞洲各地的貴賓等出席。"
    )
    assert removed == 4


def test_a_line_with_one_spaced_gloss_is_read_like_its_document() -> None:
    from tests.text_support import normalised

    article = normalised(*SPACED_GLOSSES.split("\n"))
    assert "來自亞洲各地" in article.blocks[-1].text


@pytest.mark.parametrize(
    "text",
    [
        "國(guó) 家(jiā) 和(hé)人民",  # a gloss or two with a space: it may be the text's own
        "黨(dang) 和國家",
    ],
)
def test_a_space_after_a_few_glosses_is_kept_unless_nearly_all_have_one(text: str) -> None:
    from highlights.normalise.pinyin import remove_glosses

    assert " " in remove_glosses(text).text


def test_symbols_sown_among_many_glosses_go_with_them() -> None:
    from highlights.normalise.pinyin import remove_glosses

    text = "国(guo)⛦(guo)务院(yuan)(yuan)总理李(li)强(qiang)主持会议,就☂(jiu)是要落实。"
    assert remove_glosses(text).text == "国务院总理李强主持会议,就是要落实。"
    # without glosses the symbols are the writer's own
    assert remove_glosses("大家好👋我是小明☂下雨了").text == "大家好👋我是小明☂下雨了"


def test_a_text_that_opens_with_the_wires_original_title_is_titled_by_it() -> None:
    from tests.text_support import normalised

    lines = [
        "原標題:李強主持召開國務院常務會議",
        "會議討論并通過《國務院2024年重點工作分工方案》",
        "審議通過《軍人撫恤優待條例(修訂草案)》",
        "新華社北京3月12日電 3月12日,國務院總理李強主持召開了國務院常務會議。會議指出,要落實。",
    ]
    article = normalised(*lines)
    assert article.meta.title == "李強主持召開國務院常務會議"


def test_a_jump_to_another_page_leaves_the_paragraph() -> None:
    found = find_boilerplate("场地中呈现出大好河山的壮阔景象,一条红绸铺展开来,(下转第二版)")
    assert found.text == "场地中呈现出大好河山的壮阔景象,一条红绸铺展开来,"
    assert found.removed == [("boilerplate.chrome", "(下转第二版)")]


def test_a_sites_motto_above_the_headline_is_not_the_headline() -> None:
    from tests.text_support import normalised

    article = normalised(
        "一端在手 信息全有",
        "第十九届亚洲运动会在杭州隆重开幕",
        "新华社杭州9月23日电 第十九届亚洲运动会23日晚在浙江省杭州市隆重开幕。国家主席出席开幕式。",
    )
    assert article.meta.title == "第十九届亚洲运动会在杭州隆重开幕"


def test_a_short_first_sentence_after_its_dateline_names_the_piece() -> None:
    from tests.text_support import normalised

    article = normalised(
        "央視網消息(新聞聯播):第五屆東亞運動會昨晚在香港開幕。",
        "開幕式大型文藝表演在維多利亞港水上舞臺舉行,展示出本屆東亞運動會“創造傳奇”的主題。",
    )
    assert article.meta.title == "第五屆東亞運動會在香港開幕"  # a headline says no `昨晚`
    assert article.blocks[0].text.startswith("第五屆東亞運動會昨晚")  # the text keeps it


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("(中央社台北4日電)針對兩會不再舉行總理記者會,外交部今天回應。", "(中央社台北4日電)"),
        ("(中央社記者林克倫台北4日電)外交部今天表示,將持續關注。", "(中央社記者林克倫台北4日電)"),
    ],
)
def test_a_dateline_without_its_month_or_with_its_reporter_leaves_the_text(
    line: str, dateline: str
) -> None:
    found = find_boilerplate(line)
    assert found.removed == [("boilerplate.dateline", dateline)]
    assert found.text == line[len(dateline) :]


def test_the_pages_list_of_other_stories_after_the_story_leaves_the_text() -> None:
    from tests.text_support import normalised

    story = [
        "台媒揣測國台辦新聞發布廳全新背景板 朱鳳蓮回應",
        "香港新聞網9月29日電 國務院台灣事務辦公室29日舉行例行新聞發布會,發言人朱鳳蓮答記者問。",
        "朱鳳蓮:我們的新聞發布廳已經使用了很多年,這次利用暑期進行了一部分改造,歡迎大家提意見。",
    ]
    teasers = ["想看大熊貓去海洋公園 想感受大熊貓氣氛去香港南區!", "詩仙翩然而至 舞劇震撼香港觀眾"]
    for end in ("【編輯:李雪萍】", "更 多", "相關新聞"):
        article = normalised(*story, end, "視頻", *teasers)
        assert [b.text[:4] for b in article.blocks] == ["國務院台", "朱鳳蓮："], end
        assert sum(r.rule == "boilerplate.related" for r in article.report.removed) == 3
    # a paragraph after the editor line: the line ended nothing
    article = normalised(*story, "【編輯:李雪萍】", story[2].replace("朱鳳蓮", "發言人"))
    assert len(article.blocks) == 3


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构,各大企业,各高等院校:",
         "boilerplate.addressees"),
        ("时间:2019-05-14 10:45:55下载本文作者:会员上传", "boilerplate.chrome"),
        ("简介:写写帮文库小编为你整理了多篇相关的《湖南省人民政府办公厅文件》,但愿对你工作学习有帮助。",
         "boilerplate.chrome"),
        ("第一篇:湖南省人民政府办公厅文件", "boilerplate.chrome"),
    ],
)
def test_an_official_documents_addressees_and_a_sharing_sites_furniture_leave(
    line: str, rule: str
) -> None:
    assert [r for r, _ in find_boilerplate(line).removed] == [rule]


def test_an_official_document_is_titled_by_its_title_not_its_red_header_or_number() -> None:
    from tests.text_support import normalised

    body = "根据国务院办公厅有关通知精神,结合我省实际,现就有关问题通知如下:做好高校毕业生就业工作。"
    red = normalised(
        "湖南省人民政府办公厅文件",
        "湘政办发〔2009〕24号",
        "湖南省人民政府办公厅关于加强普通高等学校",
        "毕业生就业工作的通知",
        body,
    )
    assert red.meta.title == "湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知"
    numbered = normalised(
        "鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》",
        "山东省人民政府关于深化预算管理制度改革的实施意见",
        body,
    )
    assert numbered.meta.title == "山东省人民政府关于深化预算管理制度改革的实施意见"
    assert [b.text[:4] for b in numbered.blocks] == ["根据国务"]


@pytest.mark.parametrize(
    ("line", "dateline", "outlet"),
    [
        ("BEIJING, Dec. 17 (Xinhua) — President Xi Jinping on Monday met with Chui Sai On.",
         "BEIJING, Dec. 17 (Xinhua) —", "Xinhua"),
        ("XI'AN, April 23 (Xinhua) -- Chinese President Xi Jinping has urged efforts.",
         "XI'AN, April 23 (Xinhua) --", "Xinhua"),
        ("WASHINGTON — Today, the U.S. Department of the Treasury announced funds.",
         "WASHINGTON —", None),
        ("Washington, DC – Congressman Steny H. Hoyer today announced federal funds.",
         "Washington, DC –", None),
    ],
)
def test_an_english_wire_dateline_leaves_the_text(
    line: str, dateline: str, outlet: str | None
) -> None:
    found = find_boilerplate(line)
    assert found.removed == [("boilerplate.dateline", dateline)]
    assert found.text == line[len(dateline) :].strip() and found.outlet == outlet


@pytest.mark.parametrize(
    "line", ["NASA - the agency said on Monday.", "A-HA — The band played.", "UN - talks resume."]
)
def test_a_short_capital_word_before_a_dash_is_no_dateline(line: str) -> None:
    assert find_boilerplate(line).removed == []


def test_an_agency_photo_credit_in_brackets_ends_a_caption_and_archive_labels_are_chrome() -> None:
    caption = (
        "Chinese President Xi Jinping (R) meets with Chief Executive Chui Sai On in Beijing, "
        "capital of China, Dec. 17, 2018. (Xinhua/Xie Huanchi)"
    )
    assert [r for r, _ in find_boilerplate(caption).removed] == ["boilerplate.caption"]
    assert [r for r, _ in find_boilerplate("Archive for ‘President Xi’").removed] == [
        "boilerplate.chrome"
    ]


def test_a_summarys_dash_bullets_leave_the_title_to_the_first_paragraph() -> None:
    from tests.text_support import SOURCE

    from highlights.ingest.text import split_lines
    from highlights.model import Document
    from highlights.normalise import normalise

    text = (
        "-- Xi said the trajectory of the Chinese economy toward more steady growth in the long "
        "run has not changed.\n"
        "XI'AN, April 23 (Xinhua) -- Chinese President Xi Jinping has urged efforts to overcome "
        "the negative impact of the COVID-19 epidemic to ensure the country reaches its goals.\n"
    )
    article = normalise(Document(source=SOURCE, blocks=split_lines(text)))
    title = article.meta.title
    assert title.startswith("Chinese President Xi Jinping urges efforts"), title  # (its present)
    assert not title.endswith("epid…")  # never cut inside a word


def test_a_briefing_record_keeps_its_title_numbered_lines_and_drops_its_header_fields() -> None:
    """A ministry's briefing record: the title set as a page title (`…紀要---國傳司`) above
    the publish line, the record's fields (`一、時 間：…`) each on a line of its own."""
    from tests.text_support import SOURCE

    from highlights.ingest.text import split_lines
    from highlights.model import Document
    from highlights.normalise import normalise

    text = (
        "本部單位主管例行新聞說明會紀要---國傳司\n\n"
        "發布時間:2022-03-08\n\n"
        "一、時 間:111年3月8日(星期二)上午11時\n"
        "二、地 點:外交部一樓新聞中心\n"
        "三、主持人:外交部發言人兼公眾外交協調會執行長歐江安\n"
        "四、出席者:外交部國際傳播司司長徐詠梅\n\n"
        "一、針對俄羅斯對烏克蘭採取軍事行動,外交部透過新媒體平台傳達我國立場的辦理情形\n\n"
        "自2月24日俄羅斯入侵烏克蘭以來,外交部推特共發布10則推文,其中4則是由外交部長發表。\n"
    )
    article = normalise(Document(source=SOURCE, blocks=split_lines(text)))
    assert article.meta.title == "本部單位主管例行新聞說明會紀要"
    fields = [r.text for r in article.report.removed if r.rule == "boilerplate.chrome"]
    numbered = [f[:4] for f in fields if f[0] in "一二三四"]
    assert numbered == ["一、時 ", "二、地 ", "三、主持", "四、出席"]
    assert article.blocks[0].text.startswith("一、針對俄羅斯")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("行政長官答問會答問全文()(只有中文)", "行政長官答問會答問全文"),
        ("Transcript of remarks of press conference (English only)",
         "Transcript of remarks of press conference"),
        ("香港(中文)大學校長就職", "香港(中文)大學校長就職"),  # inside the title: its own
    ],
)
def test_a_title_drops_an_empty_links_brackets_and_its_language_note(
    line: str, title: str
) -> None:
    from highlights.normalise.headlike import clean_title

    assert clean_title(line) == title


# Held out: pages looked at only after the rules above were written (h01-h05 in the closing
# note); the tests below are what they still got wrong.
def test_a_dateline_of_the_day_and_desk_and_a_wire_it_quotes_leave_the_text() -> None:
    found = find_boilerplate(
        "11月27日訊 (山東臺 葉帥)據山東廣播電視臺新聞中心《》報道,省政協今天召開黨組擴大會議。"
    )
    assert found.text == "省政協今天召開黨組擴大會議。"
    assert [rule for rule, _ in found.removed] == ["boilerplate.dateline"] * 2


def test_an_english_headline_keeps_its_sentence_subtitle_above_the_date() -> None:
    from tests.text_support import normalised

    article = normalised(
        "Obama Administration Awards Nearly $500 Million in First Round of Grants to Community "
        "Colleges for Job Training and Workforce Development",
        "Labor Secretary and Education Undersecretary, joined by Dr. Jill Biden, announce funds "
        "to train workers for new careers and provide more job opportunities",
        "SEPTEMBER 26, 2011",
        "Secretary of Labor Hilda L. Solis today announced nearly $500 million in grants to "
        "community colleges around the country for targeted training.",
    )
    assert article.meta.title.startswith("Obama Administration Awards Nearly $500 Million")


def test_links_on_lines_of_their_own_are_not_joined_into_wrapped_text() -> None:
    from highlights.ingest.text import split_lines

    text = (
        "Grant Guidance from FEMA\nhttp://www.fema.gov/government/grant/index.shtm\n"
        "Fact Sheet: Fiscal Year 2008 Preparedness Grants\nhttp://www.dhs.gov/xnews/r.shtm\n\n"
        "The Department of Homeland Security (DHS) today announced the release of application\n"
        "guidance for 14 federal grant programs whose collective purpose is to strengthen.\n"
    )
    assert [b.text[:4] for b in split_lines(text)][:4] == ["Gran", "http", "Fact", "http"]


@pytest.mark.parametrize(
    "line",
    [
        # a newspaper app's furniture
        "第01版:要闻 PDF版阅读",
        "第A03版：国内新闻",
        "信阳日报客户端",
        "温馨提示",
        "本页面内容不允许直接阅读,请通过《信阳日报》客户端浏览查看。",
        "您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。",
        # the banner on every US federal site
        "An official website of the United States government",
        "Official websites use .gov",
        "A .gov website belongs to an official government organization in the United States.",
        "Secure .gov websites use HTTPS",
        "A lock () or https:// means you’ve safely connected to the .gov website. Share sensitive "
        "information only on official, secure websites.",
        "Dot gov",
        "Was this page helpful?",
        # a news site's consent notice, language switch and app button
        "本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解中央社隱私聲明當您關閉此視窗,"
        "代表您同意上述規範。",
        "請同意我們的隱私權規範,才能啟用聽新聞的功能。",
        "Your browser does not appear to support Traditional Chinese. Would you like to go to "
        "CNA’s English website, “Focus Taiwan”?",
        "こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。",
        "中央社一手新聞APP Icon中央社一手新聞APP",
        "下載",
        # a release's stamp, contact and links (found on held-out pages)
        "四川日报    2020年05月19日",
        "For Immediate Release",
        "Office of the Press Secretary",
        "Release Date: February 1, 2008",
        "Information Bulletin Number 0802152",
        "http://www.fema.gov/government/grant/index.shtm",
        "Contact: Joshua Lamont, Labor Department Office of Public Affairs, (202) 693-4661, "
        "Lamont.Joshua.R@dol.gov",
        "Sara Gast, Education Department Press Office, (202) 401-1989, sara.gast@ed.gov",
    ],
)
def test_a_pages_furniture_found_on_unseen_pages_is_chrome(line: str) -> None:
    assert [rule for rule, _ in find_boilerplate(line).removed] == ["boilerplate.chrome"]
