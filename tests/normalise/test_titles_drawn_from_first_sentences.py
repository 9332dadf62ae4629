"""Normalise: titles drawn from a text's first sentence when it has no headline (held-out round
206–211): an office named with its holder's name, the fields where progress was made, who came
to the ceremony, the `了` of a completed act before a year, and a picture's source, which is no
story's source."""

from __future__ import annotations

from pathlib import Path

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.derived import condense
from highlights.normalise.en_headline import english_headline


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


def test_an_office_and_its_holders_name_leave_the_office_and_the_verb() -> None:
    title = english_headline(
        "The Chief Executive, Mr Sam Hou Fai, today called on the local Portuguese-language "
        "and English-language media to continue leveraging their unique advantages."
    )
    assert title.startswith("The Chief Executive calls on the local Portuguese-language")
    ruler = english_headline(
        "The Yang di-Pertuan Agong, Al-Sultan Abdullah Ri’ayatuddin Al-Mustafa Billah Shah "
        "today decreed that Kampung Baru be redeveloped."
    )
    assert ruler.startswith("The Yang di-Pertuan Agong today decreed that Kampung Baru")


def test_the_fields_of_the_progress_leave_the_title() -> None:
    sentence = "我國考古工作在中華文明探源工程、“考古中國”重大項目、水下考古等各方面取得重要進展"
    assert condense(sentence) == "我國考古工作取得重要進展"
    assert condense("我國在5G領域取得重要進展") == "我國在5G領域取得重要進展"  # one field: the news


def test_who_came_to_the_ceremony_is_no_part_of_its_title() -> None:
    page = _article(
        "9月25日，湛江開放大學隆重舉行了2021年秋季新生開學典禮暨表彰大會，校領導及學校各科室"
        "負責人出席典禮。\n會上，黨委副書記宣讀了表彰決定。\n圖片來源:吳志聰、團委學生會\n"
    )
    assert page.meta.title == "湛江開放大學隆重舉行2021年秋季新生開學典禮暨表彰大會"
    assert page.meta.source is None  # whose pictures, not whose story


def test_a_pictures_source_gives_no_source_field() -> None:
    credit = find_chrome("圖片來源:吳志聰")
    assert credit is None or "source" not in credit.fields
    stamp = find_chrome("發布時間：2024-05-06 來源：中央社")
    assert stamp is not None and stamp.fields.get("source") == "中央社"
