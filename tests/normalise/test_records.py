"""A scraped record saved as text (a CMS row or an API answer in JSON) is read as the article
its fields hold; any other JSON, and text that only looks like it, stays text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from highlights.cards import build_deck
from highlights.ingest import parse_source
from highlights.normalise import normalise

_BODY = (
    '<p><span style="color: rgb(51, 51, 51);">        5月22日，中条林局组织召开“改革创新、奋发有为”'
    "大讨论交流总结会议。局党委班子成员、基层单位负责人共计50余人参加会议。</span></p>"
    '<p><img src="http://example.org/a.JPG"></p>'
    "<p>会议指出，大讨论是林局思想革新的一场“猛烈风暴”，为林局持续发展提供了强大的思想动力。</p>"
    "<p>会议要求，局属各单位要积极行动起来，把大讨论成果转化为推动工作落实的有力举措。</p>"
)
_ROW = {
    "abstracts": "",
    "author": "李彬彬",
    "beginCreateDt": None,
    "comment": _BODY,
    "createTime": 1561867813000,
    "releaseDate": "2019-06-29",
    "title": "中条林局召开“改革创新、奋发有为”大讨论交流总结会议",
    "topNum": 2,
}


def _read(data: object, name: str = "row.txt") -> tuple[str, list[str]]:
    doc = parse_source(Path(name), json.dumps(data, ensure_ascii=True).encode())
    return doc.source.format, [b.text for b in doc.blocks]


def test_a_cms_row_is_read_as_its_article() -> None:
    raw = json.dumps(_ROW).encode()  # `\u201c` escapes, as the export wrote them
    doc = parse_source(Path("row.txt"), raw)
    assert doc.source.format == "json"
    assert doc.blocks[0].kind == "heading"
    article = normalise(doc)
    assert article.meta.title == "中条林局召开“改革创新、奋发有为”大讨论交流总结会议"
    assert article.meta.date == "2019-06-29"
    assert article.meta.reporters == ["李彬彬"]
    text = "\n".join(b.text for b in article.blocks)
    assert text.startswith("5月22日，中条林局组织召开")
    assert "{" not in text and "<" not in text and "rgb(" not in text
    assert build_deck(article).cards


def test_a_list_of_items_gives_each_its_heading() -> None:
    items = [
        {"title": f"第{i}条新闻的标题", "content": f"第{i}条新闻的正文说明了发生的事情。" * 3}
        for i in (1, 2, 3)
    ]
    fmt, texts = _read({"code": 0, "data": {"list": items}})
    assert fmt == "json"
    assert texts[0] == "第1条新闻的标题" and texts[2] == "第2条新闻的标题"


@pytest.mark.parametrize(
    "data",
    [
        {"debug": True, "name": "settings"},  # no body: a settings file
        [1, 2, 3],
        {"title": "短", "content": "太短"},  # a field's value, not an article's text
    ],
)
def test_json_that_holds_no_article_stays_text(data: object) -> None:
    fmt, texts = _read(data)
    assert fmt == "txt"
    assert texts == [json.dumps(data)]


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000 + b"]" * 100_000,  # nested past any record: no recursion error
        b'{"content": "unclosed',
        "{這是一段用大括號開頭的文字，不是數據。}".encode(),
    ],
)
def test_text_that_only_looks_like_json_stays_text(raw: bytes) -> None:
    doc = parse_source(Path("odd.txt"), raw)
    assert doc.source.format == "txt"


_FORM = """作者: huart (Huart C. 1893) 看板: Gossiping
時間: Thu May 31 19:37:11 2018
1.媒體來源:
民報
2.完整新聞標題:
縣府稱無《遠見》標案 社群網站起底要傅昆萁 踹共!
3.完整新聞內文:
王志偉/花蓮報導 2018-05-31 15:26
遠見雜誌昨公布「縣市長施政滿意度大調查」,花蓮縣長傅崐萁拿到9次5顆星成績,民進黨
花蓮縣長參選人劉曉玫抨擊傅本屆任內,遠見雜誌得標的花蓮縣府標案有千餘萬元。
花蓮縣政府新聞科長黃微鈞下午受訪表示,昨天記者詢問時各科室回報皆為0件。
4.完整新聞連結 (或短網址):
http://www.peoplenews.tw/news/782a1738-2db2-4caf-80c0-9b07c337d359
5.備註:
這也能說謊喔
--
※ 發信站: 批踢踢實業坊(ptt.cc)
推 someone: 笑死
"""


def test_a_boards_news_repost_form_is_read_as_the_story_it_holds() -> None:
    doc = parse_source(Path("post.txt"), _FORM.encode())
    assert doc.meta["title"] == "縣府稱無《遠見》標案 社群網站起底要傅昆萁 踹共!"
    assert doc.meta["page_source"] == "民報"
    assert doc.meta["url"].startswith("http://www.peoplenews.tw/news/")
    article = normalise(doc)
    assert article.meta.title == "縣府稱無《遠見》標案 社群網站起底要傅昆萁 踹共！"
    text = "\n".join(b.text for b in article.blocks)
    assert text.startswith("遠見雜誌昨公布")
    for board in ("媒體來源", "完整新聞", "備註", "這也能說謊喔", "推 someone", "ptt.cc"):
        assert board not in text


def test_a_text_that_names_the_forms_fields_once_is_no_form() -> None:
    text = "網友在PTT依格式貼文，2.完整新聞標題: 必須照抄原標題。\n這是一篇關於論壇規則的報導。"
    doc = parse_source(Path("note.txt"), text.encode())
    assert "title" not in doc.meta
    assert "完整新聞標題" in doc.blocks[0].text


def _item(title: str, body: str) -> dict[str, object]:
    return {
        "video_title": f"[视频]{title}",
        "pub_date": "2012-09-25 19:16:47",
        "video_detail": {
            "title": f"[视频]{title}",
            "source": "央视网",
            "pubtime": "2012-09-25 19:16:47",
            "content": f"<p>　　央视网消息(新闻联播)：{body}</p>",
        },
    }


def test_a_programmes_items_each_held_in_its_detail_are_all_read_under_the_programme() -> None:
    items = [
        _item(
            "吴邦国会见外国政要",
            "全国人大常委会委员长吴邦国25日在四川成都会见了外国政要和国际组织负责人。",
        ),
        _item(
            "中日举行钓鱼岛问题磋商",
            "中日两国外交部门25日在北京举行钓鱼岛问题磋商，双方阐述了各自立场。",
        ),
        _item(
            "中央电视台向朝鲜捐赠制播设备",
            "中央电视台向朝鲜中央广播委员会捐赠的一批电视节目制播设备交接仪式举行。",
        ),
    ]
    doc = parse_source(Path("xwlb.txt"), json.dumps({"total": 3, "videoList": items}).encode())
    article = normalise(doc)
    assert article.meta.title == "新闻联播 2012年9月25日"
    assert article.meta.date == "2012-09-25"
    assert article.meta.source == "央视网"
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert len(headings) == 3 and "中日举行钓鱼岛问题磋商" in headings[1]
    assert len(build_deck(article).cards) == 3
