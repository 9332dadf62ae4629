"""Normalise: pages of the hundred-and-ninety-fourth round of unseen pages and after: an English
page of short items titled as one (`World Briefs`, `Yonhap News Summary`), whose items' own
headlines are no title of it; a row of skip links (`Go Search Go Contents Go to bottom`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.headline_at import roundup


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


_ITEMS = (
    "Palestinian power shifts; Arafat's condition worse\n\n"
    "CLAMART, France -- Yasser Arafat was reportedly fighting for his life Thursday at a French "
    "military hospital after losing consciousness, officials said.\n\n"
    "Suspect militant trainer deported\n\n"
    "PRAGUE -- The Czech Republic has extradited a Swedish-Lebanese national suspected of "
    "running a militant training camp to the United States, the justice ministry said.\n"
)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("World Briefs", "World Briefs"),
        ("World briefs 11/5/04", "World briefs 11/5/04"),
        ("Today's other world news in brief.", "Today's other world news in brief"),
        (
            "Go Search Go Contents Go to bottom site map\n\nYonhap News Summary",
            "Yonhap News Summary",
        ),
    ],
)
def test_a_roundup_is_titled_by_its_page_not_its_first_item(top: str, title: str) -> None:
    article = _article(f"{top}\n\n{_ITEMS}")
    assert article.meta.title == title
    assert article.meta.subtitle is None  # the first item's headline heads its own story
    assert "Palestinian power shifts" in article.blocks[0].text


@pytest.mark.parametrize(
    "line",
    [
        "Bernama news briefs leave the agency's desk every hour, its editors said.",
        "Ministers in brief talks over the budget",
        "Brief",
        "新闻简讯",
    ],
)
def test_a_sentence_or_a_headline_naming_a_brief_is_no_roundup(line: str) -> None:
    assert not roundup(line)


def test_a_row_of_skip_links_is_chrome() -> None:
    assert find_chrome("Go Search Go Contents Go to bottom site map")
    assert not find_chrome("Go Search and Rescue teams reached the village on Monday.")
