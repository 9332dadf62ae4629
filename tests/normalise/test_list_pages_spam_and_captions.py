"""Normalise: pages of the hundred-and-fortieth to fifty-first rounds of unseen pages: a list
page's `閱讀更多` / `詳細內容` / `Read more` under a story ends it (the page's next item is no
part of it); captions placed (`頂圖：`) or dated after their credit; a tag cut off by the text's
end; a shop's and a lottery's keyword spam; a site's menu on one line; a reporter named bare
after `本报讯`; a Taiwanese outlet's public notices; a headline filed under its column over the
stamp; a document viewer's and a podcast page's furniture; a title on two lines under an
e-paper's pager; a picture's word left before the dateline; a menu's `Log in`; a Discuz
forum's banners; a desk's label and a programme's link to its audio; a release named by its
kind first (`Media advisory - …`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise

_LIST_PAGE = (
    "孫玉菡訪閩晤輸港勞務合作企業\n\n"
    "勞工及福利局局長孫玉菡今日展開訪問福建福州的行程，拜會福建省常務副省長郭寧寧。\n\n"
    "孫玉菡拜會郭寧寧期間，向她介紹香港招攬和支援人才的政策措施，以及勞工市場和經濟的最新情況。\n\n"
    "晚上，孫玉菡與福建省香港商會代表共進晚餐，了解港商在當地投資的情況和港人港企所需的支援。\n\n"
    "閱讀更多\n\n"
    "音樂事務處樂團巡禮系列下月舉行\n\n"
    "來源: 香港政府新聞網\n\n"
    "2024-03-05\n\n"
    "音樂事務處樂團巡禮系列音樂會4月舉行，該處17隊樂團和合唱團將為樂迷獻上古今中外經典美樂。\n\n"
    "弦樂團音樂會「起舞吧！」4月4日下午3時在屯門大會堂舉行，曲目包括巴托的《羅馬尼亞舞曲》。\n"
)


def test_the_next_item_after_read_more_is_left_out() -> None:
    article = normalise(parse_source(Path("page.txt"), _LIST_PAGE.encode()))
    body = article.body_text()
    assert "共進晚餐" in body
    assert "閱讀更多" not in body
    assert "音樂" not in body and "弦樂團" not in body


def test_under_a_one_paragraph_teaser_the_link_opens_the_story() -> None:
    text = (
        "台九線撞死路人 肇逃酒駕男投案\n\n"
        "本報記者綜合報導 台東縣太麻里鄉十九日晚間郭姓男子穿越台九線時遭自小客車撞上，"
        "送醫不治。\n\n"
        "Read More\n\n"
        "河南學校宿舍大火 13童燒死\n\n"
        "本報綜合報導 大陸河南省方城縣英才學校三樓男生宿舍十九日深夜發生火災，"
        "造成十三名小學生遇難。\n"
    )
    body = normalise(parse_source(Path("page.txt"), text.encode())).body_text()
    assert "宿舍" in body  # (the link under one paragraph: the page may go on with its story)


def _body(text: str) -> str:
    return normalise(parse_source(Path("page.txt"), text.encode())).body_text()


def test_a_caption_dated_after_its_credit_is_no_paragraph() -> None:
    body = _body(
        "2024台灣10大新聞 賴蕭配勝選棒球12強奪冠上榜\n\n"
        "世界12強棒球賽台灣隊勇奪隊史首座世界第一冠軍金盃、寫下歷史，賽後他在頒獎台上高舉獎盃。"
        "中央社記者鄭清元攝 113年11月24日\n\n"
        "中央通訊社評選2024年台灣10大新聞，由賴蕭配贏得總統大選被選為頭條。\n\n"
        "一、2024總統大選暨立委選舉結果1月13日揭曉，民進黨候選人賴清德、蕭美琴當選。\n"
    )
    assert "鄭清元" not in body and "頒獎台" not in body
    assert "頭條" in body


def test_a_top_picture_caption_is_no_paragraph() -> None:
    body = _body(
        "李家超與新華社社長傅華會面\n\n"
        "頂圖：行政長官李家超（右）20日在禮賓府與新華社社長傅華（左）會面。（政府新聞處）\n\n"
        "行政長官李家超今日在禮賓府與新華社社長傅華會面，就加強特區政府和新華社的合作交流意見。\n\n"
        "李家超歡迎傅華率團訪港，並表示新華社擁有覆蓋全球的新聞資訊採集網絡。\n"
    )
    assert "頂圖" not in body and "政府新聞處" not in body
    assert "合作交流" in body


def test_a_tag_cut_off_by_the_end_of_the_text_goes() -> None:
    body = _body(
        "骆惠宁发声\n\n"
        "致港区全国人大代表、政协委员的信。同舟之情，携手走过崎岖。"
        '<p style="max-width: 100%; clear: both; min-height: 1em; color: rgb(51, 51'
    )
    assert "<p" not in body and "max-width" not in body
    assert "携手走过崎岖" in body
    prose = _article(
        "New scoring rule for the league\n\n"
        "The league said the rule applies to every match this season, its first change.\n\n"
        "When x <b then the second team wins the match on points, the league said.\n"
    )
    assert "<b then the second team wins" in prose.body_text()  # (no attribute begun: prose)


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


def test_a_shops_keywords_said_over_and_over_are_spam() -> None:
    article = _article(
        "静电接地报警器,标准金属量器,油槽车取样器,人体静电释放器,人体静电释放报警器,"
        "青县燕河仪器仪表有限公司,静电接地报警器,标准金属量器,油槽车取样器\n\n"
        "新华社英文广播60周年:让世界听到中国的声音\n\n"
        "1944年9月，一个新的无线电讯号出现在美国的西海岸。这些讯号来自中国陕北延安。\n"
    )
    assert article.meta.title == "新华社英文广播60周年：让世界听到中国的声音"
    assert "报警器" not in article.body_text()


def test_a_lottery_sites_keywords_are_spam() -> None:
    article = _article(
        "竞彩玩法及中奖规则/足总杯在线直播/欧洲杯2021赛程/内蒙古中优足球俱乐部\n\n"
        "人工智能在司法領域運行的現狀\n\n"
        "人工智能與人類社會發展之間的關系如今已引起社會各界的廣泛關注。\n"
    )
    assert "竞彩" not in article.meta.title and "竞彩" not in article.body_text()


def test_a_sites_menu_on_one_line_is_chrome() -> None:
    article = _article(
        "人工智能在司法領域運行的現狀\n\n"
        "本站首頁 關于我們 法律圖書館與法律信息研究會 法律信息研究 中外法律圖書館 法學文獻與檢索 "
        "政府信息公開 法律圖書館導航\n\n"
        "人工智能與人類社會發展之間的關系如今已引起社會各界的廣泛關注。\n"
    )
    assert "關于我們" not in article.body_text()


def test_a_reporter_named_bare_after_the_papers_dateline() -> None:
    article = _article(
        "○本报讯 记者 方新苗 昨日，市政府党组召开会议，认真学习贯彻习近平总书记重要讲话精神，"
        "研究部署我市有关工作。\n\n"
        "会议传达学习贯彻了习近平总书记在江泽民同志追悼大会上致的悼词。\n"
    )
    assert article.meta.title == "市政府党组召开会议"
    assert article.meta.reporters == ["方新苗"]
    assert article.blocks[0].text.startswith("昨日，市政府党组召开会议")


def test_a_taiwanese_outlets_public_notices_are_no_paragraphs() -> None:
    body = _body(
        "港人遊行 警方戒備\n\n"
        "（中央社記者張謙香港12日電）香港民眾今天下午發起遊行，警方在沿途部署大批警力戒備。\n\n"
        "遊行隊伍由維多利亞公園出發，前往政府總部，主辦單位表示參與人數超過預期。\n\n"
        "【蔡順利叮嚀】自殺不能解決問題，勇敢求救並非弱者，生命一定可以找到出路。安心專線：1925\n\n"
        "【蔡順利認為】少一份毒品，多一分健康，吸毒一時，終身危害；戒毒諮詢專線：0800-770-885。\n\n"
        "【蔡順利表示】文內有關法律案件之報導，本於目前/當時偵辦進度與披露資訊，任何人在依法被判決"
        "有罪確定前均應推定為無罪。\n"
    )
    assert "遊行隊伍" in body
    assert "自殺" not in body and "毒品" not in body and "無罪" not in body


def test_read_more_right_under_a_cut_line_is_a_line_of_its_own() -> None:
    body = _body(
        "旅局四大重點 推進年度工作\n\n"
        "澳門特別行政區政府旅遊局年度記者招待會於1月23日舉行，吸引了旅遊業界和媒體代表等逾400人出席。\n\n"
        "一、深化創意城市美食之都建設，擴大旅遊推廣影響力。透過傳承，創新，交流的方式，助力本地"
        "餐飲業的發展，加強澳門土生菜的傳承和創新，繼續推\n"
        "閱讀更多\n\n"
        "業界動態\n\n"
        "澳門機場開通多條直航\n\n"
        "澳門國際機場於過去2個月開通多條直航，目的地包括泰國的清萊及喀比、中國的昆明。\n"
    )
    assert "創意城市" in body
    assert "閱讀更多" not in body and "直航" not in body


def test_a_headline_filed_under_its_column_over_the_stamp() -> None:
    article = _article(
        "回顧「二〇一九年之前」出版報紙 及 實時發佈之即時資訊\n\n"
        "警情通告 - 司警局呼籲市民提防假冒衛生防疫部門之詐騙電話\n\n"
        "2022年6月24日    即時資訊\n\n"
        "【本報訊】司法警察局今日接獲多名市民舉報，指近日接獲不明來電，對方聲稱事主的核酸檢測呈陽性。\n\n"
        "因應近期本澳再次出現疫情，衛生部門如發現陽性個案，會根據確診者已登記的個人資料聯繫對方。\n"
    )
    assert "司警局呼籲市民提防假冒衛生防疫部門之詐騙電話" in article.meta.title
    assert "回顧" not in article.meta.title


@pytest.mark.parametrize(
    "line",
    ["Download as docx, pdf, or txt", "Episode Date: May 30, 2025", "(单词翻译:单击)"],
)
def test_a_viewers_and_a_podcast_pages_furniture_is_chrome(line: str) -> None:
    body = _body(
        f"{line}\n\n"
        "Extra support for drought affected families\n\n"
        "The Government will provide an extra $1.3 million to support drought affected families "
        "in Queensland and New South Wales, the ministers announced today.\n"
    )
    assert line not in body


def test_a_title_on_two_lines_under_an_e_papers_pager_is_joined() -> None:
    article = _article(
        "«上一版     本期共4版, 当前第4版 PDF\n"
        "绛县第十五届人民代表大会第五次会议关于绛县人民\n"
        "代表大会常务委员会工作报告的决议\n"
        "(2015年4月10日绛县第十五届人民代表大会第五次会议通过)\n\n"
        "绛县第十五届人民代表大会第五次会议听取并审议了绛县人民代表大会常务委员会主任所作的工作报告。\n"
    )
    assert article.meta.title == (
        "绛县第十五届人民代表大会第五次会议关于绛县人民代表大会常务委员会工作报告的决议"
    )


def test_a_pictures_word_left_before_the_dateline_goes() -> None:
    article = _article(
        "开幕式情景\n猕恋\n"
        "女神 本网讯(记者文洪瑛)9月28日上午,江西奉新县首届猕猴桃节拉开序幕。"
        "开幕式上,文艺表演精彩纷呈。\n"
        "奉新地处赣西北,县域面积1642平方公里,辖18个乡镇场,人口33.6万人。\n"
    )
    assert article.meta.title == "江西奉新县首届猕猴桃节拉开序幕"
    assert article.blocks[0].text.startswith("9月28日上午")


def test_a_menus_log_in_is_never_joined_to_the_line_below() -> None:
    article = _article(
        "Tapesearch Logo\nLog in\nUp First from NPR\n\n"
        "Gaza Ceasefire Tested, Shutdown Stalemate, SCOTUS Voting Rights\n\n"
        "The ceasefire in Gaza is being tested after Israel says Hamas has been slow to return "
        "the remains of hostages. The government shutdown is in its third week.\n"
    )
    assert "Log in" not in article.meta.title
    assert not any(b.text.startswith("Log in ") for b in article.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。",
        "您需要 登录 才可以下载或查看,没有账号?注册",
        "點擊收聽《臺灣新聞晚播報》→",
        "新聞中心報導",
    ],
)
def test_a_forums_banner_and_a_pages_labels_are_chrome(line: str) -> None:
    article = _article(
        f"{line}\n\n"
        "中新网北京5月13日电 (记者 张朔)中国总理温家宝13日下午在中南海紫光阁会见日本经济团体联合会"
        "代表团。\n\n"
        "温家宝说，日本人民在特大地震、海啸中遭受巨大损失和痛苦，中国人民感同身受。\n"
    )
    assert line not in article.meta.title and line not in article.body_text()


def test_a_release_named_by_its_kind_first_is_the_headline() -> None:
    article = _article(
        "Media advisory - Minister Garneau to announce support for Canada's steel industry\n"
        "Aug 20, 2019, 13:00 ET\n"
        "OTTAWA, Aug. 20 2019 /CNW/ - The Honourable Marc Garneau, Minister of Transport, will "
        "make an announcement in support of Canada's steel industry in Quebec.\n"
    )
    assert "Minister Garneau to announce support" in article.meta.title
