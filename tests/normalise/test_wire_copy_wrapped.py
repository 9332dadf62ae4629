"""Ingest and normalise: a newswire's release copied as wrapped lines, its dateline's opening
bracket a stray mark (`(BARBERTON, Ohio--(BUSINESS WIRE)--`), a bracket closed mid-sentence at
a line's end (rules from the hundred-and-twelfth round of unseen pages)."""

from __future__ import annotations

from pathlib import Path

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate

_RELEASE = """(BARBERTON, Ohio--(BUSINESS WIRE)--
Babcock & Wilcox Enterprises, Inc. (NYSE:BW) (B&W) announced today it
has reached an agreement with joint venture developers Industrial
Commercial Properties LLC (ICP) and Industrial Realty Group, LLC (IRG)
to lease new office space in the renovated East End development in
Akron, Ohio, and that its Barberton and Copley operations will relocate
to this new space in 2019. The lease agreement is for an initial term of
15 years. Additionally, B&W announced it is relocating its corporate
headquarters to Ohio from Charlotte, N.C.
B&W anticipates its employees will move into the new space when
renovations are complete in the third quarter of 2019, while the
relocation of its corporate headquarters to Barberton is effective
immediately. The company also intends to continue operating a parts
warehouse at its Copley facility.
"""


def _article(text: str) -> Article:
    return normalise(parse_source(Path("release.txt"), text.encode()))


def test_a_wire_dateline_with_a_stray_bracket_is_no_headline() -> None:
    article = _article(_RELEASE)
    assert "BUSINESS WIRE" not in article.meta.title
    assert not any("BUSINESS WIRE" in b.text for b in article.blocks)


def test_a_bracket_closed_at_a_wrapped_lines_end_goes_on_in_the_next_line() -> None:
    first = _article(_RELEASE).blocks[0].text
    assert "Industrial Realty Group, LLC (IRG) to lease new office space" in first


def test_a_chinese_line_closed_by_a_bracket_stays_its_own() -> None:
    # an author's line with offices in brackets, over a page's print link
    page = (
        "淺談醫護人員勞動權益保障\n\n"
        "周廼寬(財團法人中華法學研究院醫事法研究中心主任/臺大醫院外科部加護病房外科主任)\n"
        "print列印此文章\n\n"
        "「醫事人員」泛指依法領有專門職業證書之醫師、中醫師、牙醫師、藥師、醫事檢驗師、護理師。\n"
    )
    assert not any("主任)print" in b.text or "主任）print" in b.text for b in _article(page).blocks)


def test_a_wires_dateline_with_the_day_in_its_brackets_goes_to_the_metadata() -> None:
    hit = find_boilerplate(
        "BOYNTON BEACH, FL--(Marketwire - January 17, 2008) - As the final touches are being "
        "made to Bethesda Memorial Hospital's latest Center of Excellence."
    )
    assert hit.text.startswith("As the final touches")
    assert hit.removed[0][0] == "boilerplate.dateline"
