"""Cards: where a long English point may be cut at a comma. A cut must leave a clause with its
verb: not after a word that needs its verb and the aside set off after it, not after a reported
clause that has only said when, not inside a bracket, and not after the phrase that sets the
scene for the clause (learnt from held-out rounds 182–199)."""

from __future__ import annotations

from highlights.cards.courtesies import courtesy
from highlights.cards.english_cuts import open_clause, scene_setter
from highlights.cards.shorten import shorten
from highlights.cards.text import Piece


def _cut(text: str, limit: int = 60) -> str:
    return shorten(Piece(0, 0, len(text), text), "en", limit, set()).text


def test_an_aside_after_a_modal_is_not_where_the_point_ends() -> None:
    point = _cut(
        "It sincerely hopes that various sectors will, in the interest of Hong Kong, strive to "
        "seek common ground while accommodating differences, and support the Government in "
        "implementing its policies and initiatives."
    )
    assert point.endswith("strive to seek common ground while accommodating differences")


def test_a_reported_clause_that_has_only_said_when_keeps_its_verb() -> None:
    text = (
        "He pointed out that throughout the past four years of its current term, the Government "
        "has been committed to promoting economic development and improving people's livelihood."
    )
    assert "the Government has been committed" in _cut(text)


def test_the_phrase_that_sets_the_scene_gives_way_to_its_clause() -> None:
    point = _cut(
        "With just 10 days of scheduled hearings to go, the Supreme Court has ordered that the "
        "Commissioner and his two deputies be barred from hearing any further evidence, because "
        "they're biased."
    )
    assert point.startswith("The Supreme Court has ordered")


def test_open_clauses_and_closed_ones() -> None:
    assert open_clause(["Perma-Fix Environmental Services, Inc. (Nasdaq: PESI"])
    assert open_clause(["to boycott certain media organizations so"])
    assert open_clause(["It hopes that sectors will", "in the interest of Hong Kong"])
    assert open_clause(["He said that due to the public concern", "starting from tomorrow"])
    assert not open_clause(["The Government will act", "in the interest of Hong Kong"])
    assert not open_clause(["The effort is gradually bearing fruit in various policy areas"])


def test_a_scene_setter_has_no_verb_of_its_own() -> None:
    assert scene_setter("Regarding the North's nuclear test and missile launches")
    assert scene_setter("Already on the winning side")
    assert not scene_setter("In 2020 the company was sold")
    assert not scene_setter("The Supreme Court has ordered a stop")


def test_a_names_offices_set_off_before_its_verb_leave_the_name_and_the_verb() -> None:
    point = _cut(
        "Dr. Saurabh Garg, Secretary, MoSPI, emphasized the importance of robust statistical "
        "system for evidence-based policymaking."
    )
    assert point.startswith("Dr. Saurabh Garg emphasized the importance")


def test_a_briefers_label_in_capitals_keeps_its_mc_and_the_greeting_leads_nothing() -> None:
    assert courtesy("MR. McCLELLAN: Good afternoon, everyone.")
    assert not courtesy("MR. McCLELLAN: The President will travel to the Gulf Coast tomorrow.")
