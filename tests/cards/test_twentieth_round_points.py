"""Cards: rules learnt from the eightieth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.cards import build_deck
from highlights.cards.courtesies import courtesy
from highlights.ingest import parse_source
from highlights.normalise import normalise


@pytest.mark.parametrize(
    "line",
    [
        "It's MORNING EDITION from NPR News.",
        "This is MORNING EDITION, from NPR News",
        "大家好，我是小黛，欢迎来到第73期参考信息",  # a host's welcome
    ],
)
def test_a_stations_identification_or_a_hosts_welcome_is_no_point(line: str) -> None:
    assert courtesy(line)


@pytest.mark.parametrize(
    "line",
    [
        "It's NASA that decides.",
        "It's MORNING EDITION from NPR News. The storm hit.",
        "我是一名教师，今年已经工作了三十年。",
    ],
)
def test_a_sentence_that_opens_with_capitals_is_still_a_point(line: str) -> None:
    assert not courtesy(line)


def test_one_cue_at_the_end_of_a_communiques_summary_is_no_structure() -> None:
    """`全会指出了…` once, after six paragraphs of what the plenum did: a deck of that one
    card would drop the rest; the paragraphs make the cards."""
    text = "\n".join(
        [
            "中国共产党第十九届中央委员会第六次全体会议，于11月8日至11日在北京举行并通过全会公报。",
            "中共曾在1945年、1981年分别制定《关于若干历史问题的决议》和《关于建国以来党的若干历史问题的决议》。",
            "出席这次全会的有，中央委员197人，候补中央委员151人。有关方面负责人列席会议。",
            "全会由中央政治局主持。中央委员会总书记习近平作了重要讲话。",
            "全会听取和讨论了习近平受中央政治局委托作的工作报告，审议通过了《关于召开党的第二十次全国代表大会的决议》。",
            "全会充分肯定党的十九届五中全会以来中央政治局的工作。",
            "全会总结了改革开放和社会主义现代化建设新时期党的重大成就和历史经验。",
            "全会指出了中国共产党百年奋斗的历史意义，并提出一百年来党领导人民进行伟大奋斗的十方面历史经验。",
        ]
    )
    article = normalise(parse_source(Path("plenum.txt"), text.encode()))
    assert len(build_deck(article).cards) >= 3
