"""Pages of the twenty-second round: a programme's edition named by its day, in English too."""

from __future__ import annotations

import pytest

from highlights.normalise.editions import dated_edition
from highlights.normalise.headlike import clean_title


@pytest.mark.parametrize(
    ("name", "edition"),
    [
        ("Morning Edition", "Morning Edition, July 17, 2012"),
        ("Top Story with Tom Llamas", "Top Story with Tom Llamas, July 17, 2012"),
        ("World News Tonight", "World News Tonight, July 17, 2012"),
        ("WRC News4 at 6", "WRC News4 at 6, July 17, 2012"),
    ],
)
def test_an_english_programmes_name_alone_takes_its_editions_day(name: str, edition: str) -> None:
    assert dated_edition(name, "2012-07-17") == edition


@pytest.mark.parametrize(
    "headline",
    [
        "Acme Partners with Big Corp",  # a release's news, with a partner's name
        "Acme Announces Partnership with Big Corp",
        "Daily Press Briefing",  # a briefing's name: the page gives its day if it wants it
        "Global News Podcast",
    ],
)
def test_a_headline_that_is_no_programmes_name_takes_no_day(headline: str) -> None:
    assert dated_edition(headline, "2012-07-17") == headline


def test_an_archived_tv_transcripts_page_title_names_the_programme_and_its_day() -> None:
    title = clean_title("Transcripts For WRC News4 At 6 20140918")
    assert title == "WRC News4 At 6, September 18, 2014"
    assert clean_title("Transcripts For WRC News4 At 6 20141318") != title  # month 13: no day
