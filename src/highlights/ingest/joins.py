"""Lines a plain text breaks that belong together: a short note broken inside its brackets, and
a release's contact set line by line under its label."""

from __future__ import annotations

import re

from highlights.chars import is_cjk

__all__ = ["contact_block", "join_broken_brackets"]


BROKEN_NOTE = 40  # characters: an adoption note or a bracketed date line, not a paragraph


def _unclosed(line: str) -> int:
    return line.count("(") + line.count("（") - line.count(")") - line.count("）")


def join_broken_brackets(lines: list[str]) -> list[str]:
    """`(2017年5月21日中国共产党` over `四川省第十届委员会第十次全体会议通过)`: a short note
    broken inside its brackets is one line, closed on the next."""
    out: list[str] = []
    for line in lines:
        last = out[-1] if out else ""
        closes = line.endswith((")", "）")) and _unclosed(line) < 0
        if last and _unclosed(last) > 0 and closes and max(len(last), len(line)) <= BROKEN_NOTE:
            out[-1] = last + ("" if is_cjk(last[-1]) or is_cjk(line[0]) else " ") + line
        else:
            out.append(line)
    return out


# `Contact:` over `Bridget Kennedy` / `Office of Human Services` / `732-745-4228`: a release's
# contact, set line by line; one contact, read as one line (normalise drops it whole)
_CONTACT = re.compile(r"^(?:Media |Press )?Contacts?(?: Information)?\s*:", re.IGNORECASE)
_REACH = re.compile(r"\d{3}[-. )]\s?\d{3}[-. ]\d{4}|@[\w-]+\.\w")
CONTACT_LINES = 5  # lines under the label: a name, an office, a number, an address
CONTACT_LINE = 60  # characters: a longer line is the release's text


def contact_block(lines: list[str]) -> list[str]:
    """The label and the lines under it up to a number or an address, as one line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line, i = lines[i], i + 1
        if _CONTACT.match(line):
            under = lines[i : i + CONTACT_LINES]
            reach = next((k for k, u in enumerate(under) if _REACH.search(u)), None)
            block = under[: reach + 1] if reach is not None else []
            if block and all(len(u) <= CONTACT_LINE for u in block):
                label = line.rstrip() + ("" if line.rstrip().endswith(":") else ",")
                line, i = " ".join([label, ", ".join(block)]), i + len(block)
        out.append(line)
    return out
