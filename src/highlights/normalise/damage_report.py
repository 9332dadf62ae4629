"""The damage an editor must see before the deck goes out, reported once the text is final:
the spots mojibake repair fixed, a text cut off mid-sentence, damage and injected spam in the
body, on the cover's title and in the lines that left the body."""

from __future__ import annotations

from dataclasses import dataclass

from highlights.model import Block, DamageSpot, Report
from highlights.normalise.cutoff import cut_off_end
from highlights.normalise.damage import find_damage, find_damage_or_spam
from highlights.normalise.injected import find_injected
from highlights.normalise.mojibake import Repair

__all__ = ["Repaired", "report_damage"]


@dataclass(frozen=True)
class Repaired:
    """The repairs per source block, and where each kept block now sits in the body."""

    fixes: dict[int, list[Repair]]
    in_body: dict[int, int]


def report_damage(
    report: Report, body: list[Block], repaired: Repaired, heads: tuple[str, str | None, str]
) -> None:
    """Add every damage spot to `report`; `heads`: the title, the subtitle and the line the
    title was read from (before spam was taken off it)."""
    _repairs(report, repaired)
    tail = cut_off_end(body)
    if tail:  # kept, but the editor must see it before a half sentence goes out
        report.count("cut_off")
        report.damage.append(
            DamageSpot(
                block=len(body) - 1,
                offset=max(0, len(body[-1].text) - len(tail)),
                snippet=tail[-24:],
                reason="the text ends mid-sentence: was the rest cut off?",
            )
        )
    for i, block in enumerate(body):
        for spot in find_damage_or_spam(block.text):
            report.damage.append(
                DamageSpot(block=i, offset=spot.start, snippet=spot.snippet, reason=spot.reason)
            )
    title, subtitle, line = heads
    spammed = line if line and find_injected(line) else None  # taken off it
    for text in filter(None, (spammed or title, subtitle)):  # the cover shows it: say so
        for spot in find_damage_or_spam(text)[:1]:
            reason = f"{spot.reason} (in the title)"
            report.damage.append(DamageSpot(block=0, offset=0, snippet=spot.snippet, reason=reason))
    for removal in report.removed:  # damage in a removed line still tells of a damaged page
        for spot in find_damage(removal.text)[:1]:
            reason = f"{spot.reason} (in a removed line, {removal.rule})"
            report.damage.append(DamageSpot(block=0, offset=0, snippet=spot.snippet, reason=reason))
    report.count("damage", len(report.unrepaired()))  # the repaired: under their own rules


def _repairs(report: Report, repaired: Repaired) -> None:
    for index in sorted(repaired.fixes):
        # a repaired line that then left the body (a byline, the headline) is still reported:
        # the editor should know the page was damaged there; it points at the first block
        where = "" if index in repaired.in_body else " in a line moved to the metadata"
        for fix in repaired.fixes[index]:
            done = f"mojibake repaired{where} ({fix.reason}): {fix.after[:12]}"
            reason = done if fix.after else f"{fix.reason} (repaired{where})"
            fixed = DamageSpot(
                block=repaired.in_body.get(index, 0),
                offset=0,
                snippet=fix.before[:24],
                reason=reason,
            )
            report.damage.append(fixed)
