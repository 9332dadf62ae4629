"""A photo story set one clause per line (`金秋十月` / `风吹稻香` / `果实缀满枝头` / `处处是“秋忙”
的身影`, the pictures and their captions between the runs): each run of clause lines between two
pictures is one paragraph, its clauses joined with `，` and closed with `。`, as the reader reads
it. Only a text made mostly of such lines, with its pictures' captions, is read so: a list of
short lines elsewhere (a contents page, a list of meetings) stays."""

from __future__ import annotations

from highlights.chars import has_han
from highlights.model import Block, Report

__all__ = ["join_clause_lines"]

CLAUSE_MAX = 30  # characters: a longer line is a sentence or a paragraph of its own
RUN_MIN = 3  # lines: fewer are a heading and its line, not a text set clause by clause
SHARE_MIN = 0.8  # of the body's blocks: below this, short lines are a list or headings
PICTURES_MIN = 2  # captions removed: a photo story has its pictures between the runs
_ENDED = tuple("。！？!?；;：:…")


def _clause_line(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind == "paragraph"
        and has_han(text)
        and len(text) <= CLAUSE_MAX
        and (text.endswith("…") or not text.rstrip("”」’").endswith(_ENDED))
    )  # `满是新采摘的红辣椒、胡萝卜……`: a list trailing off ends its run, as a full stop would


def join_clause_lines(
    finished: list[Block], kept: list[tuple[int, Block]], report: Report
) -> None:
    """Join each run of clause lines whose source lines follow one another (a picture, now
    removed, parts two runs)."""
    clauses = [_clause_line(b) for b in finished]
    if len(finished) < RUN_MIN or sum(clauses) < SHARE_MIN * len(finished):
        return
    pictures = sum(r.rule == "boilerplate.caption" for r in report.removed)
    if pictures < PICTURES_MIN:
        return  # a contents page, a list of meetings: short lines, but no photo story
    parted = {r.block for r in report.removed}  # a caption, a credit: where a picture stood
    runs: list[list[int]] = []
    for j, clause in enumerate(clauses):
        here, above = kept[j][0], kept[j - 1][0] if j else -1
        follows = j > 0 and clauses[j - 1] and here == above + 1 and here not in parted
        follows = follows and not finished[j - 1].text.strip().endswith("…")
        if clause and follows and runs and runs[-1][-1] == j - 1:
            runs[-1].append(j)
        elif clause:
            runs.append([j])
    for run in reversed([r for r in runs if len(r) >= RUN_MIN]):
        parts = [finished[j].text.strip().rstrip("，,") for j in run]
        text = "，".join(parts) + ("" if parts[-1].endswith("…") else "。")
        first = run[0]
        finished[first] = finished[first].model_copy(update={"text": text})
        kept[first] = (kept[first][0], finished[first])
        for j in reversed(run[1:]):
            del finished[j], kept[j]
        report.count("clause_lines", len(run))
