"""Ingest: encodings, formats, structure, and the refusals that end a run with one clear line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from highlights.errors import InputError
from highlights.ingest import CONVERTERS, read_source

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"


def texts(path: Path) -> list[str]:
    return [b.text for b in read_source(path).blocks]


@pytest.mark.parametrize(
    ("encoding", "prefix", "newline"),
    [
        ("gb18030", b"", "\n"),
        ("utf-16", b"", "\n"),  # Python writes a BOM
        ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
        ("utf-8", codecs.BOM_UTF8, "\r\n"),
        ("utf-8", b"", "\r"),
    ],
)
def test_sample_in_other_encodings_reads_the_same(
    sample_path: Path, tmp_path: Path, encoding: str, prefix: bytes, newline: str
) -> None:
    text = sample_path.read_text(encoding="utf-8")
    copy = tmp_path / "sample.txt"
    copy.write_bytes(prefix + text.replace("\n", newline).encode(encoding))
    assert texts(copy) == texts(sample_path)


def test_big5_traditional_text(tmp_path: Path) -> None:
    text = "示例市舉行科技創新大會\n會議指出,全市研發經費投入強度達到2.8%。\n"
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    doc = read_source(path)
    assert [b.text for b in doc.blocks] == text.split("\n")[:2]
    assert doc.source.encoding.replace("_", "").lower().startswith(("big5", "cp950"))


def test_gbk_simplified_text(tmp_path: Path) -> None:
    text = "示例县召开乡村振兴推进会\n会议强调,要坚持农业农村优先发展。\n"
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gbk"))
    assert texts(path) == text.split("\n")[:2]


def test_source_info(sample_path: Path) -> None:
    doc = read_source(sample_path)
    assert doc.source.format == "txt"
    assert doc.source.encoding == "utf-8"
    assert doc.source.bytes == sample_path.stat().st_size
    assert len(doc.source.sha256) == 64
    assert len(doc.blocks) == 26  # one block per line, nothing repaired yet


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\r\n \xe3\x80\x80 \n", "whitespace"),
        ("image.txt", PNG_HEADER + bytes(range(256)) * 4, "PNG image"),
        ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "JPEG image"),
        ("binary.md", bytes(range(256)) * 16, "binary"),
        ("nobody.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article"),
        ("tags.html", b"<p>  </p><div></div>", "no article"),
    ],
)
def test_unusable_input_is_refused_with_one_line(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_source(path)
    line = info.value.line()
    assert str(path) in line and reason in line
    assert "\n" not in line
    assert list(tmp_path.iterdir()) == [path]  # nothing written


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "missing.txt")


def test_markdown_structure(data_dir: Path) -> None:
    doc = read_source(data_dir / "release-en.md")
    assert doc.source.format == "md"
    kinds = [(b.kind, b.level) for b in doc.blocks]
    assert kinds[0] == ("heading", 1)
    assert ("heading", 2) in kinds and ("heading", 3) in kinds
    leads = {b.lead_in: b.text for b in doc.blocks if b.lead_in}
    assert leads == {
        "Expanding Access to Capital:": (
            "Loans of up to $250,000 at 3.5% interest, approved within 10 days."
        ),
        "Training and Mentoring:": (
            "Free workshops in 12 cities, led by volunteers from Acme's finance team."
        ),
    }
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        "Applications open August 1",
        "Decisions within 10 business days",
        "No fees for the first year",
    ]


def test_markdown_chinese_lead_ins(data_dir: Path) -> None:
    doc = read_source(data_dir / "notice-hant.md")
    leads = [b.lead_in for b in doc.blocks if b.lead_in]
    assert leads == ["指導思想:", "主要目標:"]
    assert sum(b.kind == "list_item" for b in doc.blocks) == 3


def test_html_page_main_text(data_dir: Path) -> None:
    doc = read_source(data_dir / "news-hant.html")
    assert doc.source.format == "html"
    body = "\n".join(b.text for b in doc.blocks)
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].text == "示例市舉行科技創新大會"
    assert "</p>" not in body and "&lt;" not in body and "&nbsp;" not in body
    assert "首頁" not in body and "版權所有" not in body  # nav and footer are not the article
    assert [b.text for b in doc.blocks if b.kind == "list_item"] == [
        "引進高層次人才560人;",
        "新建院士(專家)工作站8個。",
    ]


def test_html_fragment(data_dir: Path) -> None:
    doc = read_source(data_dir / "fragment-hans.html")
    assert doc.blocks[0].kind == "heading"
    assert "&统筹" in doc.blocks[1].text  # entities decoded
    assert [b.lead_in for b in doc.blocks if b.lead_in] == ["一是:", "二是:"]
    assert [b.kind for b in doc.blocks].count("list_item") == 2


def test_wrapped_text_joins_lines(data_dir: Path) -> None:
    blocks = read_source(data_dir / "wrapped-en.txt").blocks
    assert [b.kind for b in blocks] == [
        "paragraph",
        "paragraph",
        "paragraph",
        "list_item",
        "list_item",
    ]
    assert blocks[1].text.startswith(
        "COLUMBUS, March 3, 2022 - Acme Corporation opened a new plant"
    )
    assert "\n" not in blocks[1].text


def test_registry_order() -> None:
    # Plain text accepts everything, so it must be tried last.
    assert [c.format for c in CONVERTERS][-1] == "txt"


def test_utf8_with_a_few_broken_bytes_is_read_and_the_damage_reported(
    sample_path: Path, tmp_path: Path
) -> None:
    from highlights.normalise import normalise

    raw = sample_path.read_bytes()
    cut = raw.index("全會由市委常委會主持".encode())
    path = tmp_path / "broken.txt"
    path.write_bytes(raw[:cut] + b"\xff\xfe" + raw[cut:])
    article = normalise(read_source(path))
    assert any("\ufffd" in spot.snippet for spot in article.report.damage)
    assert len(article.report.unrepaired()) == 2


def test_chinese_markdown_with_one_paragraph_per_line(sample_path: Path, tmp_path: Path) -> None:
    # No blank lines: CommonMark would make the whole sample one paragraph.
    path = tmp_path / "sample.md"
    path.write_bytes(sample_path.read_bytes())
    assert texts(path) == texts(sample_path)


def test_wrapped_chinese_markdown_lines_join(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.md"
    path.write_text(
        "# 標題\n\n全會指出,黨的十八大以來,習近平總書記\n高瞻遠矚、審時度勢。\n", "utf-8"
    )
    assert texts(path) == ["標題", "全會指出,黨的十八大以來,習近平總書記高瞻遠矚、審時度勢。"]
