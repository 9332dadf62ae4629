"""A feed saved as text or as a page (an RSS or Atom file a scraper kept) is read as the
article its items hold; a feed cut off inside its item is read as far as it goes; entities and
DTDs are never expanded or fetched; other XML stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.cards import build_deck
from highlights.ingest import parse_source
from highlights.normalise import normalise

_BODY = (
    "<p>&nbsp; &nbsp; 桃園市政府就業職訓服務處辦理「115年度大專青年學生公部門暑期工讀計畫」，"
    "本年度工讀生名額共397名，報名期間自115年4月1日起至115年4月15日止。</p>"
    "<p>&nbsp; &nbsp; 經審查報名文件，合格者共946名，包含特定對象109名及一般對象共837名，"
    "不合格者20名，審查結果名單如附件。</p>"
)
_RSS = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>桃園市政府勞動局最新消息</title>'
    "<link>https://lhrb.example.gov.tw/News.aspx?n=4860&amp;sms=10397</link>"
    "<copyright>桃園市政府勞動局</copyright><item>"
    "<title><![CDATA[桃園市「115年度大專青年學生公部門暑期工讀」初審結果公告]]></title>"
    "<link>https://lhrb.example.gov.tw/News_Content.aspx?s=1619259</link>"
    f"<description><![CDATA[{_BODY}]]></description>"
    "<pubDate>Tue, 12 May 2026 10:00:00 +0800</pubDate></item></channel></rss>"
)


def test_an_rss_item_saved_as_text_is_read_as_its_article() -> None:
    doc = parse_source(Path("feed.txt"), _RSS.encode())
    assert doc.source.format == "feed"
    article = normalise(doc)
    assert article.meta.title == "桃園市「115年度大專青年學生公部門暑期工讀」初審結果公告"
    assert article.meta.date == "2026-05-12"
    assert article.meta.source == "桃園市政府勞動局"
    text = "\n".join(b.text for b in article.blocks)
    assert text.startswith("桃園市政府就業職訓服務處辦理")
    assert "<" not in text and "CDATA" not in text and "&nbsp;" not in text
    assert build_deck(article).cards


def test_a_feed_saved_as_a_page_is_a_feed_too() -> None:
    assert parse_source(Path("feed.html"), _RSS.encode()).source.format == "feed"


def test_a_feed_cut_off_inside_its_item_is_read_as_far_as_it_goes() -> None:
    cut = _RSS[: _RSS.index("審查結果名單")]
    article = normalise(parse_source(Path("feed.txt"), cut.encode()))
    assert article.meta.title.startswith("桃園市「115年度")
    assert "合格者共946名" in article.blocks[-1].text
    assert any("cut off" in spot.reason for spot in article.report.damage)


def test_an_atom_entrys_content_is_its_text() -> None:
    atom = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>City news</title><entry>'
        "<title>Library opens on Sundays</title><updated>2025-03-01T09:00:00Z</updated>"
        "<author><name>Jane Doe</name></author>"
        '<content type="html">&lt;p&gt;The city library will open on Sundays from March, '
        "the council said on Friday, after a year of requests from readers.&lt;/p&gt;</content>"
        "</entry></feed>"
    )
    doc = parse_source(Path("atom.txt"), atom.encode())
    assert doc.source.format == "feed"
    article = normalise(doc)
    assert article.meta.title == "Library opens on Sundays"
    assert article.meta.date == "2025-03-01"
    assert article.blocks[0].text.startswith("The city library will open on Sundays")


def test_a_feeds_entities_are_never_expanded_nor_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    lol = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 9))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{lol}'
        f'<!ENTITY x SYSTEM "file://{secret}">]><rss><channel><item><title>&l8;&x;</title>'
        f"<description><![CDATA[{_BODY}]]></description></item></channel></rss>"
    )
    doc = parse_source(Path("bomb.txt"), bomb.encode())
    text = "\n".join(b.text for b in doc.blocks)
    assert "TOP-SECRET-VALUE" not in text
    assert "lollol" not in text
    assert len(text) < 2000


@pytest.mark.parametrize(
    "xml",
    [
        '<?xml version="1.0"?><config><debug>true</debug></config>',  # not a feed
        "<rss><channel><item><title>短</title><description>太短</description></item></channel></rss>",
        "<rss> this is not well formed <<<",
    ],
)
def test_other_xml_and_empty_feeds_stay_text(xml: str) -> None:
    assert parse_source(Path("x.txt"), xml.encode()).source.format == "txt"
