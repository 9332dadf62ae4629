"""Normalise: short numbered lines one after another are a list set without bullets, and the
short line over them its heading (a report's `重点抓好十个方面工作` over `1.扎实…` `2.扎实…`,
from the hundred-and-seventh round of unseen pages)."""

from __future__ import annotations

from highlights.model import Block
from highlights.normalise.listheads import head_lists


def _blocks(*texts: str) -> list[Block]:
    return [Block(kind="paragraph", text=t) for t in texts]


def test_short_numbered_lines_in_a_row_are_a_list_under_their_heading() -> None:
    body = head_lists(
        _blocks(
            "重点抓好十个方面工作",
            "1.扎实扛牢责任推进经济量质齐升",
            "2.扎实落实科教强鲁人才兴鲁战略",
            "3.扎实推进先进制造业强省行动",
        )
    )
    assert [b.kind for b in body] == ["heading", "list_item", "list_item", "list_item"]


def test_numbered_paragraphs_stay_paragraphs() -> None:
    long = "1.全力以赴稳住经济大盘。出台稳工业26条、促进服务业恢复36条政策。"
    body = head_lists(
        _blocks("主要工作", long, "2.抢抓机遇扩大有效需求。", "3.精准施策推动产业发展。")
    )
    assert [b.kind for b in body] == ["paragraph"] * 4  # sentences, each its own paragraph


def test_two_numbered_lines_or_numbers_out_of_order_are_no_list() -> None:
    assert [b.kind for b in head_lists(_blocks("要点", "1.加快建设", "2.持续推进"))] == [
        "paragraph"
    ] * 3
    out = head_lists(_blocks("要点", "1.加快建设", "3.持续推进", "2.深化改革"))
    assert all(b.kind == "paragraph" for b in out)
