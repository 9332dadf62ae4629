"""Normalise: pages of the hundred-and-eighty-eighth to ninety-third rounds of unseen pages: a
skip link cut short and a menu's label, a site's sign-up wall, a portal's footer naming who runs
it, a digest's compilation credit, a podcast page's title of pipe-separated parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome

_LETTER = (
    "Dear Colleagues,\n\n"
    "As previously communicated, Dean Jennifer Greer has accepted the role of acting vice "
    "provost and dean liaison. It will be necessary to appoint an acting dean.\n\n"
    "I am confident in Dr. Greer's ability to aid in this transition.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main",
        "Go to Contents Go to Navigation",
        "University-wide Navigation",
        "Main Navigation",
        "Have you registered with us yet?",
        "Already registered?",
        "Register",
        "Register now to enjoy more articles and free email bulletins",
        "大连市西岗区人民政府门户网站 网站主办单位:大连市西岗区人民政府",
        "Compiled from wire service reports by Monitor staff.",
        "Langsam Gesprochene Nachrichten | Audios | DW Deutsch lernen - A podcast by DW.COM | "
        "Deutsche Welle",
    ],
)
def test_page_furniture_of_these_rounds_is_chrome(line: str) -> None:
    assert find_chrome(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Skip Lawrence, the county's clerk, said the count would finish on Friday.",
        "Voters who have not registered yet can register until October 9.",
        "Register now for the workshop, the council said, as places are limited to 40 people.",
        "The navigation season on the river opens in April.",
        "The report was compiled from wire service reports, the editor said, and then checked.",
        "网站主办单位的负责人在会上介绍了平台的建设情况。",
        "News at Ten | Storm Bert hits UK with snow",
    ],
)
def test_sentences_about_such_things_stay(line: str) -> None:
    assert find_chrome(line) is None


def test_a_skip_link_cut_short_is_never_the_headline() -> None:
    page = "Skip to main\nUniversity-wide Navigation\n\n" + _LETTER
    article = normalise(parse_source(Path("page.txt"), page.encode()))
    assert "Skip" not in article.meta.title
    assert all("Navigation" not in b.text for b in article.blocks)
