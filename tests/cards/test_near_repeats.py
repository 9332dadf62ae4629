"""Cards: a point nearly the same as one said before goes (a rundown's line and its story's
first sentence, a teaser and its article), unless its figures differ; a point that says the
lead again goes (from the hundred-and-fourth to twenty-seventh rounds of unseen pages)."""

from __future__ import annotations

from highlights.cards.repeats import without_repeats
from highlights.model import Card, Point


def _texts(cards: list[Card]) -> list[list[str]]:
    return [[p.text for p in c.points] for c in cards]


def test_a_point_nearly_said_before_goes() -> None:
    rundown = "Why President Obama may not be welcome on the campaign trail this fall"
    story = "Why President Obama may not be welcome on the campaign trail this fall."
    again = "President Obama may not be welcome on the campaign trail this fall, aides say"
    cards = [
        Card(number=1, title="Rundown", points=[Point(text=rundown)]),
        Card(number=2, title="Campaign", points=[Point(text=again), Point(text="Polls dip.")]),
        Card(number=3, title="Again", points=[Point(text=story)]),
    ]
    assert _texts(without_repeats(cards, set())) == [[rundown], ["Polls dip."]]


def test_points_alike_but_for_their_figures_both_stay() -> None:
    gaap = "Net loss totaled ($4.7) million, or ($0.14) per diluted share"
    other = "Non-GAAP net loss totaled ($2.6) million, or ($0.08) per diluted share"
    cards = [Card(number=1, title="Results", points=[Point(text=gaap), Point(text=other)])]
    assert _texts(without_repeats(cards, set())) == [[gaap, other]]


def test_a_point_that_says_the_lead_again_goes() -> None:
    lead = "中国共产党四川省第十一届委员会第十一次全体会议，于2022年5月25日在成都举行。"
    said = "中国共产党四川省第十一届委员会第十一次全体会议，于2022年5月25日在成都举行"
    cards = [
        Card(number=1, title="全会", points=[Point(text=said), Point(text="全会听取了工作报告")])
    ]
    assert _texts(without_repeats(cards, set(), lead=lead)) == [["全会听取了工作报告"]]
