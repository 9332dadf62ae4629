"""The document's blocks line by line: a `<br/>` left in a block's text splits it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from highlights.model import Block, Report
from highlights.normalise import cleanup
from highlights.normalise.mojibake import Repair, find_remnants

__all__ = ["each_line"]


def each_line(blocks: list[Block], report: Report) -> Iterator[tuple[int, Block, list[Repair]]]:
    """Each block with its index, split at `<br/>` left in the text: the markup is reported
    (with the first line) though the split removes it; a letter-spaced page closes up."""
    spaced = cleanup.letter_spaced(blocks)
    report.count("letter_spacing", int(spaced))
    for index, whole in enumerate(cleanup.unspace(b) if spaced else b for b in blocks):
        pieces = cleanup.split_line_breaks(whole)
        report.count("line_breaks", len(pieces) - 1)
        found = find_remnants(whole.text) if pieces[1:] else []
        remnants = [r for r in found if _BREAK_MARK.search(whole.text[r.start : r.end])]
        for i, piece in enumerate(pieces):
            yield index, piece, remnants if i == 0 else []


_BREAK_MARK = re.compile(r"<|_x000[DA]_", re.IGNORECASE)  # what split_line_breaks split at
