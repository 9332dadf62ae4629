"""Normalise: an English release with no headline is titled by its first sentence, said as a
headline would say it: not by a list's first item (`Businesses`) and not with the sentence's
subject taken for an appositive after a day (`On Tuesday, the University… received…`)."""

from __future__ import annotations

from pathlib import Path

from highlights.ingest import parse_source
from highlights.normalise import normalise
from highlights.normalise.en_headline import english_headline, past_first_item


def _title(text: str) -> str:
    return normalise(parse_source(Path("release.txt"), text.encode())).meta.title


def test_a_list_that_opens_the_first_sentence_is_not_cut_after_its_first_item() -> None:
    title = _title(
        "Businesses, jobseekers and workers in the Goulburn Valley are the big winners, thanks "
        "to a major jobs and funding boost delivered by the Coalition Government's Regional "
        "Jobs and Investment Package.\n\n"
        "Deputy Prime Minister Michael McCormack joined Federal Member for Murray Damian Drum in "
        "Shepparton today to announce the Government's contribution of more than $6.6 million.\n"
    )
    assert title == (
        "Businesses, jobseekers and workers in the Goulburn Valley are the big winners"
    )


def test_a_day_that_opens_the_first_sentence_is_no_subject_with_an_appositive() -> None:
    assert english_headline(
        "On Tuesday, the University of Texas at Dallas received 16 philanthropic gifts, "
        "totaling more than $16.8 million"
    ).startswith("The University of Texas at Dallas received 16 philanthropic gifts")


def test_a_datelines_place_is_no_list() -> None:
    assert past_first_item("VANCOUVER, BRITISH COLUMBIA--(Marketwire) GLG Life Tech…") is None
    assert past_first_item("St. Paul, MN – The Printing Industry Midwest received…") is None
    assert past_first_item("The Government, in the interest of Hong Kong, will act") is None
