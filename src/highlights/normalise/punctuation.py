"""Chinese punctuation: ASCII marks in Chinese context become full-width; clashes collapse.

Latin and number context keeps ASCII (3,000 · 10:30 · URLs · English sentences). The rule is
applied until nothing changes, so a second run never finds more to do (idempotent).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from highlights.normalise.fix import HAN, Fix, is_chinese, is_han

FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
# ASCII-only and bounded: an unbounded \w+@ scan is quadratic on a long line of Han text.
_URL = re.compile(
    r"(?:https?://|www\.)[^\s，。；）)]+|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+",
    re.IGNORECASE,
)
_STOPS = "，、；：。？！"
_RUN = re.compile(f"[{_STOPS}]{{2,}}")
_PRIORITY = "。；：、，"  # the strongest mark of a clashing run wins: ",。" → "。"
_SPACE_AROUND = re.compile(r" *([，。；：？！、（）]) *")
_HAN_LATIN = re.compile(rf"([{HAN}])([A-Za-z0-9])|([A-Za-z0-9%])([{HAN}])")

Span = tuple[int, int]


def _protected(text: str, protect: Sequence[Span]) -> list[bool]:
    mask = [False] * len(text)
    spans = [m.span() for m in _URL.finditer(text)] + list(protect)
    for start, end in spans:
        for i in range(max(0, start), min(len(text), end)):
            mask[i] = True
    return mask


def _neighbour(text: Sequence[str], i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(text) and text[j] == " ":
        j += step
    return text[j] if 0 <= j < len(text) else ""


def _convert_parens(chars: list[str], mask: list[bool]) -> int:
    text = "".join(chars)
    changed = 0
    for m in re.finditer(r"\(([^()]*)\)", text):
        start, end = m.start(), m.end() - 1
        if mask[start] or mask[end]:
            continue
        # Paired brackets are decided here, as a pair, never one half by the mark rule.
        mask[start] = mask[end] = True
        # Only touching characters count: "$(rm -rf /) 與" is a Latin bracket.
        before = text[start - 1] if start else ""
        after = text[end + 1] if end + 1 < len(text) else ""
        inner_han = any(is_han(ch) for ch in m.group(1))
        if inner_han or (before and is_chinese(before)) or (after and is_chinese(after)):
            chars[start], chars[end] = "（", "）"
            changed += 2
    return changed


SHARED = frozenset("“”‘’—–…·")  # marks English and Chinese text both use


def _past_shared(chars: Sequence[str], i: int, step: int, *, skip_spaces: bool) -> str:
    j = i + step
    while 0 <= j < len(chars) and (chars[j] in SHARED or (skip_spaces and chars[j] == " ")):
        j += step
    return chars[j] if 0 <= j < len(chars) else ""  # only shared marks: nothing decides


def _convert_marks(chars: list[str], mask: list[bool], chinese_text: bool) -> int:
    changed = 0
    # Two sweeps, so a run of marks touching Chinese on either side converts in one pass.
    for i in [*range(len(chars)), *range(len(chars) - 1, -1, -1)]:
        ch = chars[i]
        if ch not in FULL or mask[i]:
            continue
        # Neighbours see marks converted earlier in this pass (chars is updated in place).
        # Curly quotes, dashes and ellipses belong to both scripts: in English text the
        # character past them decides (`telescope,” says` stays English; `“好,”他說` converts).
        # In Chinese text they count as Chinese, as they always did.
        if chinese_text:
            left = _neighbour(chars, i, -1)
            right = chars[i + 1] if i + 1 < len(chars) else ""
        else:
            left = _past_shared(chars, i, -1, skip_spaces=True)
            right = _past_shared(chars, i, 1, skip_spaces=False)
        # To the right only a touching character counts: "world! 他說" ends an English sentence.
        if ch in ",:" and left.isdigit() and right.isdigit():
            continue  # 3,000 · 10:30
        if (left and is_chinese(left)) or (right and is_chinese(right)):
            chars[i] = FULL[ch]
            changed += 1
    return changed


def _convert_stops(chars: list[str], mask: list[bool], chinese_text: bool) -> int:
    """`…組織重組. 但是，…` → `…組織重組。但是，…`: an ASCII full stop right after a Han
    character, before Chinese or the end, ends a Chinese sentence. A figure's point (`3.5`), an
    ellipsis (`...`) and an English abbreviation (`U.S.`) touch no Han on their left."""
    if not chinese_text:
        return 0
    changed = 0
    for i, ch in enumerate(chars):
        if ch != "." or mask[i] or i == 0 or not is_han(chars[i - 1]):
            continue
        if i + 1 < len(chars) and chars[i + 1] == ".":
            continue
        right = _neighbour(chars, i, 1)
        if not right or is_chinese(right) or right in "“「『（":
            chars[i] = "。"
            changed += 1
    return changed


def _pair_quotes(chars: list[str], mask: list[bool], chinese_text: bool) -> int:
    """`"十四五"节能` → `“十四五”节能`: straight double quotes, paired left to right, in a
    Chinese text, where the quoted words or a neighbour are Chinese. An odd count pairs
    nothing: which one is lost cannot be told."""
    at = [i for i, ch in enumerate(chars) if ch == '"' and not mask[i]]
    if not chinese_text or len(at) % 2:
        return 0
    changed = 0
    for i, j in zip(at[::2], at[1::2], strict=True):
        near = _neighbour(chars, i, -1) + _neighbour(chars, j, 1)
        if any(is_chinese(ch) for ch in [*chars[i + 1 : j], *near]) and j - i > 1:
            chars[i], chars[j] = "“", "”"
            changed += 2
    return changed


def _collapse(match: re.Match[str]) -> str:
    run = match.group(0)
    loud = "".join(ch for ch in run if ch in "？！")
    if loud:
        return loud  # "嗎?。" → "？"; "？！" stays
    return next(mark for mark in _PRIORITY if mark in run)


def _is_chinese_text(text: str) -> bool:
    """Chinese text, where shared marks (curly quotes, dashes) count as Chinese: decided on
    the whole text, never on a piece between damaged spans."""
    han = sum(1 for ch in text if is_han(ch))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return 2 * han >= latin


def _one_pass(text: str, chinese_text: bool) -> tuple[str, int, int]:
    chars = list(text)
    mask = _protected(text, ())
    converted = _convert_parens(chars, mask)
    converted += _convert_marks(chars, mask, chinese_text)
    converted += _convert_stops(chars, mask, chinese_text)
    converted += _pair_quotes(chars, mask, chinese_text)
    new = "".join(chars)
    collapsed = sum(1 for m in _RUN.finditer(new) if not _keep(m))
    new = _RUN.sub(lambda m: m.group(0) if _keep(m) else _collapse(m), new)
    new = _SPACE_AROUND.sub(r"\1", new)
    return new, converted, collapsed


def _keep(match: re.Match[str]) -> bool:
    return set(match.group(0)) <= set("？！")


def _fix_plain(text: str, chinese_text: bool) -> tuple[str, int, int]:
    converted = collapsed = 0
    for _ in range(len(text) + 1):  # each pass changes something or ends the loop
        new, c, k = _one_pass(text, chinese_text)
        converted, collapsed = converted + c, collapsed + k
        if new == text:
            break
        text = new
    return text, converted, collapsed


def _context(ch: str) -> str:
    # A stand-in for a protected neighbour that no rule changes: Han or Latin.
    return "中" if ch and is_chinese(ch) else "a"


def fix_punctuation(text: str, protect: Sequence[Span] = ()) -> tuple[str, int, int]:
    """Return (text, marks made full-width, clashing runs collapsed).

    `protect` spans (damaged text) are kept verbatim: a "?" inside mojibake is not a question.
    """
    pieces: list[str] = []
    converted = collapsed = 0
    pos = 0
    chinese = _is_chinese_text(text)
    for start, end in [*sorted(protect), (len(text), len(text))]:
        if start < pos:
            continue
        left = _context(text[pos - 1]) if pos else ""
        right = _context(text[start]) if start < len(text) else ""
        fixed, c, k = _fix_plain(left + text[pos:start] + right, chinese)
        pieces.append(fixed[len(left) : len(fixed) - len(right)])
        pieces.append(text[start:end])
        converted, collapsed, pos = converted + c, collapsed + k, end
    return "".join(pieces), converted, collapsed


def space_han_latin(text: str) -> Fix:
    """Optional: one space between Han and Latin letters or digits (not official style)."""
    new, count = _HAN_LATIN.subn(
        lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1) else f"{m.group(3)} {m.group(4)}",
        text,
    )
    while True:  # overlapping matches such as 年2021年
        again, more = _HAN_LATIN.subn(
            lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1) else f"{m.group(3)} {m.group(4)}",
            new,
        )
        if not more:
            break
        new, count = again, count + more
    return Fix(new, count)
