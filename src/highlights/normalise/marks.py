"""Marks left inside the words by captioning and by copy-protection, not by the writer.

Live captions carry the caption editor's cue marks (`Minneapolis begins# the long healing
process in the## wake of…`); a reposting site pads a headline with asterisks (`…指导处置******`).
Neither is writing: a `#` right after a small letter or a mark and before a space is no hashtag
(`#word`) and no language name (`C#`, a capital), and four asterisks or more say nothing. So
with a line left in Markdown's italics (`*…*`) and a forum's watermark tokens (below). Each is
taken out here and reported where it was (`repaired.py`). A bulletin script's timing after a
read (`…Bel. (25 seconds)`) is the producer's, not the text's: it goes too, and is counted (no
damage: nothing was lost).
"""

from __future__ import annotations

import re

from highlights.chars import has_han
from highlights.normalise.fix import Fix

_CUE = re.compile(r"(?<=[a-z.,:;?!])#{1,2}(?=\s|$)")
_STARS = re.compile(r"\s*\*{4,}\s*")
_AROUND = 8  # characters of context each side, for the report


# `*必須充分挖掘經濟潛能、…緊密結合*`: a line set in Markdown's italics, the marks left in
_EMPHASIS = re.compile(r"^\s*\*(?=[^*\s])[^*]+(?<=[^*\s])\*\s*$")


def mark_spans(text: str) -> list[tuple[int, int]]:
    """Where the marks `drop_caption_marks` takes out are (a line of stars alone is not one)."""
    spans = [m.span() for m in _CUE.finditer(text)] + noise_spans(text)
    if _EMPHASIS.match(text):
        spans += [(text.index("*"), text.index("*") + 1), (text.rindex("*"), text.rindex("*") + 1)]
    if not _STARS.fullmatch(text):
        spans += [m.span() for m in _STARS.finditer(text)]
    return spans


def around(text: str, start: int, end: int) -> str:
    return text[max(0, start - _AROUND) : end + _AROUND]


def drop_caption_marks(text: str) -> Fix:
    """`begins# the` → `begins the`; `处置******` → `处置`; `*…*` round a line → the line (a
    line of stars alone stays for the chrome rules, which report it as a separator)."""
    new, cues = _CUE.subn("", text)
    if _EMPHASIS.match(new):
        new, cues = new.strip().strip("*"), cues + 2
    if _STARS.fullmatch(new):
        return Fix(new, cues)
    new, stars = _STARS.subn(lambda m: " " if m.start() > 0 and m.end() < len(new) else "", new)
    return Fix(new, cues + stars)


# A forum's anti-copy watermark: a lone token of random keyboard characters set between the
# Chinese (`政 府 工 作 报 告 LsMq&a-j2`, `第四次会议上 6lr<`, `温家宝 FhEfW7]0,`). A token counts
# when it carries two of the marks no word, figure or price carries, or one of them with two
# kinds of alphanumerics, or digits and both cases with a bracket (`AT&T`, `R&D`, `C#`, `#1`,
# `US$5bn`, `[1]`, `(GDP)` and an e-mail address do not).
_TOKEN = re.compile(r"(?<![!-~])[!-~]{3,12}(?![!-~])")
_ODD = frozenset("<>{}&~*^|`@#;\"\\")
_KINDS = (str.isdigit, str.islower, str.isupper)


# an address (`zhang3@163.com`), markup the tag and entity rules take (`</p>`, `&nbsp;`,
# `width="600"`), Markdown's emphasis, code and heading marks (`**2023`, `` `id` ``, `###`),
# a template's or a formula's syntax (`{{ x }}`, `{% for %}`, `\\int`, `$$`): not noise
_NOT_NOISE = re.compile(
    r"@[\w-]+\.[a-z]|://|^www\.|</?[a-z]|&#?\w+;|=[\"']|<!--|-->"
    r"|^\*\*\w|\w\*\*$|^`.*`$|^#+$|^\*+$"
    r"|\{\{|\}\}|\{%|%\}|\\[a-z]|\$\$",
    re.IGNORECASE,
)
_BRACKETS = frozenset("[]()")
MIXED = 5  # characters: a token this long of digits and both cases, bracketed, is noise


def _noise(token: str) -> bool:
    if _NOT_NOISE.search(token):
        return False
    odd = sum(c in _ODD for c in token)
    kinds = sum(any(kind(c) for c in token) for kind in _KINDS)
    bracketed = any(c in _BRACKETS for c in token)  # `[1]`, `(GDP)` alone are no noise
    mixed = kinds == len(_KINDS) and bracketed and len(token) >= MIXED  # `FhEfW7]0,`
    return odd >= 2 or (odd == 1 and kinds >= 2) or mixed


def noise_spans(text: str) -> list[tuple[int, int]]:
    """Watermark tokens in a line of Chinese (English text is left to its own rules)."""
    if not has_han(text):
        return []
    return [m.span() for m in _TOKEN.finditer(text) if _noise(m.group())]


def drop_noise_tokens(text: str) -> Fix:
    spans = noise_spans(text)
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return Fix(text, len(spans))


# `…spoke with Mr Chester about the new security checks. Bel. (25 seconds)`: a bulletin
# script's timing of each read, no part of what is said
_TIMING = re.compile(r"(?<=\S)\s*\(\s*\d{1,3}\s*(?:seconds?|secs?)\s*\)\s*$")


def drop_script_timings(text: str) -> Fix:
    new, count = _TIMING.subn("", text)
    return Fix(new, count)


# `(OTCBB: ACCP),a biopharmaceutical company…,announced`: a page that lost the space after an
# English comma (between letters only: `1,000` and `a,b` in a formula's digits stay)
_GLUED_COMMA = re.compile(r"(?<=[A-Za-z)]{2}),(?=[a-z]|[A-Z][a-z])")


def space_glued_commas(text: str) -> Fix:
    if has_han(text):
        return Fix(text, 0)  # Chinese text's ASCII commas are the punctuation rule's
    new, count = _GLUED_COMMA.subn(", ", text)
    return Fix(new, count)


# `摘要：天津大学卫津路校区内…`: a CMS's abstract label over its summary; the summary stays (it
# may be the only one), the label is no text of the story
_SUMMARY_LABEL = re.compile(r"^\s*(?:摘\s*要|内容摘要|內容摘要|内容提要|內容提要)\s*[:：]\s*(?=\S)")


def drop_summary_label(text: str) -> Fix:
    new, count = _SUMMARY_LABEL.subn("", text, count=1)
    return Fix(new, count)
