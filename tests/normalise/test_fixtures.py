"""Whole fixture articles (Traditional, Simplified, English; txt, md, html) through both stages."""

from __future__ import annotations

from pathlib import Path

from highlights.ingest import read_source
from highlights.model import Article
from highlights.normalise import normalise


def run(data_dir: Path, name: str) -> Article:
    return normalise(read_source(data_dir / name))


def rules(article: Article) -> list[str]:
    return [r.rule for r in article.report.removed]


def test_simplified_communique(data_dir: Path) -> None:
    a = run(data_dir, "communique-hans.txt")
    m = a.meta
    assert m.title == "中共示例县委十五届六次全会公报"
    assert m.subtitle == "（2023年3月8日中国共产党示例县第十五届委员会第六次全体会议通过）"
    assert (m.date, m.place, m.source, m.language, m.genre) == (
        "2023-03-08",
        "示例县",
        "示例日报",
        "zh-Hans",
        "official",
    )
    assert m.photographers == ["李涛", "张三"]
    assert m.reporters == ["王五"]
    assert m.editors == ["张三", "李四", "赵六"]
    assert a.report.counts["pinyin_glosses"] == 5
    assert rules(a).count("boilerplate.chrome") == 4
    assert rules(a).count("boilerplate.teaser") == 2
    assert [b.text for b in a.blocks] == [
        "中国共产党示例县第十五届委员会第六次全体会议，于2023年3月8日在示例县举行。",
        "全会认为，过去一年全县地区生产总值（GDP）增长6.5%，细颗粒物（PM2.5）浓度下降12%；"
        "苹果（Apple）等企业落户园区，发展态势良好。",
        "全会提出，推进产业转型升级。一是加快发展先进制造业，二是做强现代服务业。"
        "三是建设数字乡村、四是完善基础设施。",
        "全会强调，要对照“十四五”（2021—2025年）规划纲要和附件（二）确定的目标，抓好落实！"
        "详见 https://example.gov.cn/a?id=1,2。",
        "全会号召，全县上下要团结一心、勇于担当，为建设现代化示例县不懈奋斗！",
    ]
    # the doubled commas and the glosses are repaired and reported where they were; nothing
    # else is damage
    assert {d.reason for d in a.report.damage} == {
        "doubled punctuation (repaired)",
        "pinyin gloss (repaired)",
    }


def test_traditional_communique(data_dir: Path) -> None:
    a = run(data_dir, "communique-hant.txt")
    m = a.meta
    assert (m.date, m.place, m.source, m.language, m.genre) == (
        "2022-12-20",
        "示例市",
        "示例網",
        "zh-Hant",
        "official",
    )
    assert (m.photographers, m.editors) == (["陳志明"], ["林小華", "黃大偉"])
    body = a.body_text()
    assert "突破3,000億元" in body and "（PM2.5）" in body and "附件（二）" in body
    assert "重點項目？" in body and "戳" not in body
    assert a.report.counts["punctuation_collapsed"] == 3


def test_traditional_notice_markdown(data_dir: Path) -> None:
    a = run(data_dir, "notice-hant.md")
    assert a.meta.title == "示例市關於推進數字經濟發展的通知"
    assert a.meta.genre == "official" and a.meta.editors == ["周文"]
    leads = [(b.lead_in, b.text) for b in a.blocks if b.lead_in]
    assert leads == [
        ("指導思想：", "以高質量發展為主題，加快數字產業化和產業數字化。"),
        ("主要目標：", "到2025年，數字經濟核心產業增加值（不含軟件）佔GDP比重達到10%。"),
    ]
    assert [b.text for b in a.blocks if b.kind == "heading"] == ["一、總體要求", "二、重點任務"]
    assert "培育數字經濟龍頭企業20家；" in a.body_text()


def test_traditional_html_page(data_dir: Path) -> None:
    a = run(data_dir, "news-hant.html")
    assert a.meta.title == "示例市舉行科技創新大會"
    assert a.meta.reporters == ["張小明"] and a.meta.editors == ["李華"]
    assert a.meta.language == "zh-Hant"
    assert a.blocks[0].text.endswith("部署了下一階段重點任務。")  # the stray </p> is gone
    assert "1,200家" in a.body_text()


def test_simplified_html_fragment(data_dir: Path) -> None:
    a = run(data_dir, "fragment-hans.html")
    assert a.meta.title == "示例县召开乡村振兴推进会" and a.meta.language == "zh-Hans"
    assert [b.lead_in for b in a.blocks if b.lead_in] == ["一是：", "二是："]


def test_english_press_release(data_dir: Path) -> None:
    a = run(data_dir, "release-en.md")
    m = a.meta
    assert (m.title, m.date, m.place, m.language, m.genre) == (
        "Acme Launches Small Business Capital Fund",
        "2021-07-15",
        "WASHINGTON",
        "en",
        "press",
    )
    # English text keeps its ASCII punctuation and spacing untouched.
    source = (data_dir / "release-en.md").read_text(encoding="utf-8")
    for block in a.blocks:
        assert block.text in source or (block.lead_in and block.text in source)
    # the wire's dateline (`WASHINGTON, July 15, 2021 — `) leaves the text, reported
    assert a.report.counts == {"boilerplate.dateline": 1}
    assert a.blocks[0].text.startswith("Acme Corporation today announced")


def test_english_wrapped_text(data_dir: Path) -> None:
    a = run(data_dir, "wrapped-en.txt")
    assert a.meta.title == "Acme Opens New Plant in Ohio"
    assert (a.meta.date, a.meta.place, a.meta.genre) == ("2022-03-03", "COLUMBUS", "article")
    assert len(a.blocks) == 4


def test_a_long_first_line_is_body_not_title(tmp_path: Path) -> None:
    line = "全會指出," + "創新驅動發展" * 30 + "。"
    path = tmp_path / "one-line.txt"
    path.write_text(line + "\n", encoding="utf-8")
    a = normalise(read_source(path))
    assert a.meta.title == "全會指出"
    assert len(a.blocks) == 1 and a.blocks[0].text.startswith("全會指出，創新驅動發展")
