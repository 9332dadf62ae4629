"""Adjacent full-width punctuation, compressed in the PDF (clreq §3.1.6).

Debian's Noto CJK has no `chws` (contextual half-width spacing) but has `halt`: one mark of
each adjacent pair is set half-width, the one whose empty half lies between the two inks (a
closing mark's right half: `”。`, `》，`; an opening mark's left half: `，“`, `（「`). Drawn
glyph by glyph they keep a full em of air between them.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape

from highlights.chars import is_han
from highlights.presentation import term_spans
from highlights.typeset.breaks import FULLWIDTH_PUNCT, OPENING

HALT = '<span class="halt">{}</span>'
# UAX #14 treats “ ” ‘ ’ as ambiguous quotes (QU) and breaks neither before nor after them:
# 和“一干多支” is one unit, and a justified line ends two ems short. Between a Han character and
# a quote, Chinese allows the break (clreq still keeps “ off a line's end and ” off its start).
QUOTES_OPEN = frozenset("“‘")
QUOTES_CLOSE = frozenset("”’")


def halved(text: str) -> set[int]:
    """Offsets of the marks to set half-width."""
    out: set[int] = set()
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if a not in FULLWIDTH_PUNCT or b not in FULLWIDTH_PUNCT:
            continue
        if a not in OPENING:
            out.add(i - 1)  # a closing mark: its right half is air
        elif b in OPENING:
            out.add(i)  # two opening marks: the second's left half is air
    return out


def quote_breaks(text: str) -> set[int]:
    """Offsets before which a line may break although UAX #14 forbids it (see QUOTES_OPEN)."""
    out: set[int] = set()
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if (is_han(a) and b in QUOTES_OPEN) or (a in QUOTES_CLOSE and is_han(b)):
            out.add(i)
    return out


def edges(text: str, start: int, end: int, halt: set[int]) -> tuple[int, int]:
    """The marked run start..end without a full-width mark at either edge whose empty half
    faces outwards (an opening “ at the start, a closing ” or ， at the end): those get a
    highlighter stroke under their inked half only (the `open` and `close` marks)."""
    if end - start > 1 and text[start] in OPENING and start not in halt:
        start += 1
    last = text[end - 1]
    if (end - start > 1 and last in FULLWIDTH_PUNCT and last not in OPENING
            and end - 1 not in halt):
        end -= 1
    return start, end


def tight(text: str, terms: Iterable[str] = ()) -> Markup:
    """Escaped HTML of `text`: highlighted terms in <mark>, compressible marks in a halt span."""
    halt = halved(text)
    breaks = quote_breaks(text)
    marked = [False] * len(text)
    for a, b in term_spans(text, list(terms)):
        marked[a:b] = [True] * (b - a)

    def chars(a: int, b: int) -> Markup:
        # Built as plain strings (each character escaped as Markup would): a Markup object per
        # character made this a third of the PDF's HTML time.
        out: list[str] = []
        for k in range(a, b):
            if k in breaks:
                out.append("<wbr>")
            ch = str(escape(text[k]))
            out.append(HALT.format(ch) if k in halt else ch)
        return Markup("".join(out))

    parts: list[Markup] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and marked[j] == marked[i]:
            j += 1
        if not marked[i]:
            parts.append(chars(i, j))
        else:
            a, b = edges(text, i, j, halt)
            if a > i:
                parts.append(Markup('<mark class="open">{}</mark>').format(chars(i, a)))
            parts.append(Markup("<mark>{}</mark>").format(chars(a, b)))
            if b < j:
                parts.append(Markup('<mark class="close">{}</mark>').format(chars(b, j)))
        i = j
    return Markup("").join(parts)
