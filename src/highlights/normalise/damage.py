"""Find damaged text (mojibake, replacement characters) and report it; never repair or drop it.

Signals are scored: a strong one (U+FFFD, private-use or enclosed CJK symbols inside Han
text, Latin-1 mojibake, a run of characters rare in both GB2312 and Big5) makes a spot on its
own; weak ones (a "?" glued between Han and letters, bare pinyin-like letters or a lone capital
between Han characters) only when two of them fall close together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from highlights.chars import is_han
from highlights.normalise.fix import HAN
from highlights.normalise.injected import find_injected
from highlights.normalise.mojibake import common_hanzi
from highlights.normalise.script import convert_script

# What UTF-8 continuation bytes 0x80–0xBF look like when read as Latin-1 or Windows-1252.
_CONT = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_STRONG = [
    (re.compile("\ufffd+"), "replacement character (bytes that could not be decoded)"),
    (re.compile(r"[\ue000-\uf8ff]+"), "private-use character"),
    (
        re.compile(
            # (`─`, U+2500, is Big5's dash: `發行特別郵票─「歲次壬辰」` in Hong Kong's releases)
            rf"(?<=[{HAN}])(?!\u2500+(?:[{HAN}「『“（]|$))[\u3200-\u32ff\u2460-\u24ff\u2500-\u257f]+"
            rf"|[\u3200-\u32ff]+(?=[{HAN}])"
        ),
        "enclosed or box-drawing symbol inside Chinese text",
    ),
    (
        re.compile(rf"(?:[\u00e4-\u00e9]{_CONT}{{2}})+|Ã{_CONT}|â€|Â[\u00a0-\u00bf]"),
        "UTF-8 read as Latin-1",
    ),
]
_STRONG += [
    (
        re.compile(rf"[?？]{{2,}}(?=[{HAN}])|(?<=[{HAN}])[?？]{{2,}}|^\s*\?{{2,}}\s*$"),
        "run of '?' (lost text)",
    ),
    # `牟政办发〔201746`: the document number lost its `〕` and `号`
    (re.compile(r"〔[^〕\n]{0,12}$"), "bracket without its pair (lost text)"),
    # `{ 2017 6 23`: a Chinese date that lost its 年 月 日
    (
        re.compile(r"(?<![\d.:])(?:19|20)\d{2} {1,2}\d{1,2} {1,2}\d{1,2}(?![\d.:])"),
        "date without 年月日 (lost text)",
    ),
    (re.compile(r"[?？][a-z\u00e0-\u01dc]+[)）]"), "'?' glued to a pinyin gloss"),
    # `区*府`, `坚持以***新时代`, `*月*日`: characters a site masked; `615日`: a day that lost 月
    (
        re.compile(
            rf"(?<=[{HAN}《“])\*(?=[{HAN}》”])|(?<=[{HAN}《“])\*{{3,}}|\*{{3,}}(?=[{HAN}》”])"
            rf"|(?<![*\w])\*(?=月)"
        ),
        "masked characters (lost text)",
    ),
    (  # (not a count of days: `共计120日`, `120日内`, `全年365日`)
        re.compile(
            r"(?<![\d.共计計约約满滿为為期限年])(?<!\d[,，])(?!36[56]日)"
            r"(?:1[0-2]|[1-9])(?:0[1-9]|[12]\d|3[01])日(?![内內以之后後])"
            # `33日，区长…`: a day no month has, as a sentence's day (not `历时45日，`)
            r"|(?<![\d.共计計约約满滿为為期限年第时時续續])(?:3[2-9]|[4-9]\d)日(?=[，,。上下晚])"
        ),
        "day without its 月 (lost text)",
    ),
    # `Itís`, `donít`, `letís`: an English apostrophe that a wrong code page made a letter
    (
        re.compile(
            r"\b(?:[Ii]t|[Dd]on|[Ww]hat|[Ll]et|[Tt]hat|[Tt]here|[Hh]e|[Ss]he|[Ww]e|[Yy]ou|[Tt]hey|"
            r"I|[Cc]an|[Ww]on|[Dd]idn|[Ii]sn|[Aa]ren|[Ww]asn|[Dd]oesn|[Hh]aven|[Ww]ouldn|[Cc]ouldn)"
            r"[íÕÒ](?:s|t|re|ve|ll|d|m)\b"
        ),
        "apostrophe decoded as a letter",
    ),
    (re.compile(rf"(?<=[{HAN}])[\u3100-\u312f€ƒ„‚]+|[\u3100-\u312f€]+(?=[{HAN}])"), "stray symbol"),
    # `Ant ónio Guterres`: a name broken where its accented letter was written apart
    (re.compile(r"\b[A-Z][a-z]{1,4} [à-öø-ÿ][a-z]{2,}\b"), "a word broken at its accent"),
    # `鄭□`: a character the page could not show (a bullet, `□記者…`, opens its line)
    (re.compile(rf"(?<=[{HAN}])□+"), "a character lost, shown as □"),
    # `We?re`, `?Today, we got`, `Copyright ? All`: a curly quote, a dash or a © that a wrong
    # code page made a '?' (never a query string's `?s=`)
    (
        re.compile(
            r"(?<=[A-Za-z])\?(?:s|t|re|ve|ll|d|m)\b(?![=&/])|(?:^|(?<=\s))\?(?=[A-Z][a-z])"
            r"|(?<=[\w.)*] )\?(?= [A-Za-z])"
        ),
        "punctuation lost as '?'",
    ),
    # `日本&quot;奥运会`: an HTML entity escaped twice, left in the text
    (re.compile(r"&(?:quot|amp|lt|gt|nbsp|apos|#\d{2,5});"), "HTML entity left as text"),
    # `適儅脩改`, `秘書処`, `縂章程`, `馬尅思`, `具躰`, `結郃`: a converter that maps one Simplified
    # character to the wrong one of its Traditional forms (in the words it breaks, never a name)
    (
        re.compile(
            r"[適相應充妥正恰]儅|儅[時然前地選年今代]|[秘書辦事]処|処[理長分置於]|脩[改正訂復]"
            r"|縂[書統理結章體的數部編]|馬尅思|具躰|躰[制系現育]|[結綜聯配融]郃|郃[作理法同]"
            # `香港廻歸`, `曏讀者`, `畱影`, `蓡與`, `竝由此`, `睏難`, `尅服`: the same converter
            r"|廻[歸應答顧憶報]|曏[讀全世外前來社各大]|畱[影下言念學意]|[保停逗]畱|蓡[與加觀]"
            r"|竝[由且不將非]|睏[難境擾]|尅服|儅[這那]"
        ),
        "a character converted to the wrong Traditional form",
    ),
]
# a question's words before a '?' (`…会不会…？`, `有没有…？`); or an exclamation just before it:
# a headline's own marks (`全线告急！特大洪水会再现？千万别以为与你无关`)
_QUESTION = re.compile(r"[嗎吗呢麼么什何哪誰谁否吧難难豈岂怎啥咋幾几！!]|多少|沒有|没有|還是|还是")
# Both widths of "?" and ")": detection must not change once punctuation has been converted.
_WEAK = [
    (re.compile(rf"(?<=[{HAN}])[?？](?=[{HAN}a-zA-Z\u00c0-\u01dc])"), "'?' inside a word"),
    (
        re.compile(rf"(?<=[{HAN}?？])[a-z\u00e0-\u01dc]+[)）]?(?=[{HAN}])"),
        "bare pinyin-like letters between Han",
    ),
    (re.compile(rf"(?<=[{HAN}])[A-Z](?=[{HAN}])"), "lone capital between Han"),
]
_RARE_RUN = 3
_GAP = 3  # signals this close belong to one spot
_BOUNDARY = set("，。；：？！、,.;:!\n “”「」（）() ")
_CONTEXT = 6


@dataclass(frozen=True)
class Spot:
    start: int
    end: int
    snippet: str
    reason: str


@lru_cache(maxsize=65536)
def is_rare(ch: str) -> bool:
    """A Han character that neither GB2312 nor Big5 holds: rare in both scripts."""
    for codec in ("gb2312", "big5"):
        try:
            ch.encode(codec)
            return False
        except UnicodeEncodeError:
            continue
    return True


def _signals(text: str) -> list[tuple[int, int, bool, str]]:
    found: list[tuple[int, int, bool, str]] = []
    for pattern, reason in _STRONG:
        found += [(m.start(), m.end(), True, reason) for m in pattern.finditer(text)]
    for pattern, reason in _WEAK:
        found += [(m.start(), m.end(), False, reason) for m in pattern.finditer(text)]
    for m in re.finditer(rf"(?<=[{HAN}])[?？](?=[{HAN}])", text):
        if not _QUESTION.search(text, max(0, m.start() - 12), m.start()):
            found.append((m.start(), m.end(), True, "'?' in place of a character"))
    found += _uncommon_runs(text)
    found += _split_pairs(text) + _stray_kana(text)
    for m in re.finditer(rf"[{HAN}]+", text):
        run_start = None
        for i in range(m.start(), m.end() + 1):
            rare = i < m.end() and is_rare(text[i])
            if rare and run_start is None:
                run_start = i
            elif not rare and run_start is not None:
                strong = i - run_start >= _RARE_RUN
                found.append((run_start, i, strong, "characters rare in both GB2312 and Big5"))
                run_start = None
    return sorted(found)


# `背景鴾H都`, `為鱄輕翵}政`, `有效嚙嬼|委員會`: a two-byte character read one byte off, its
# second byte left as an ASCII sign between Han, next to a character no one writes
# (Big5's second bytes in ASCII are `@`-`~`: never a comma, a colon or a figure)
_SPLIT_PAIR = re.compile(rf"(?<=[{HAN}])[@-~](?=[{HAN}])")
_SPLIT_NEAR = 2  # Han characters before the sign that may be the uncommon one


@lru_cache(maxsize=65536)
def _unwritten(ch: str) -> bool:
    """A Han character outside everyday Chinese in either script (`為` is `为`'s form)."""
    common = common_hanzi()
    return is_han(ch) and ch not in common and convert_script(ch, "hans").text not in common


def _split_pairs(text: str) -> list[tuple[int, int, bool, str]]:
    found = []
    for m in _SPLIT_PAIR.finditer(text):
        if any(_unwritten(c) for c in text[max(0, m.start() - _SPLIT_NEAR) : m.start()]):
            found.append((m.start() - 1, m.end(), True, "a character split, one byte as ASCII"))
    return found


# `进ー步`, `---々マ 文化傳承`: a scan read by OCR sets a kana for a stroke of a character
_KANA = re.compile(rf"(?<=[{HAN}])[\u3041-\u30ff]{{1,2}}|[\u3041-\u30ff]{{1,2}}(?=[{HAN}])")
KANA_MAX = 2  # kana in a paragraph of Chinese: more is Japanese quoted, not a scan's slips
KANA_AMONG = 20  # Han characters around them, at least


def _stray_kana(text: str) -> list[tuple[int, int, bool, str]]:
    hits = list(_KANA.finditer(text))
    if not hits or len(re.findall(r"[\u3041-\u30ff]", text)) > KANA_MAX:
        return []
    if sum(map(is_han, text)) < KANA_AMONG:
        return []
    return [(m.start(), m.end(), True, "a kana inside Chinese text (a scan misread)") for m in hits]


def _uncommon_runs(text: str) -> list[tuple[int, int, bool, str]]:
    """Runs of Han characters outside everyday Chinese: mojibake reads like this."""
    common = common_hanzi()
    found = []
    for m in re.finditer(rf"[{HAN}]{{{_RARE_RUN},}}", text):
        run_start = None
        for i in range(m.start(), m.end() + 1):
            rare = i < m.end() and text[i] not in common
            if rare and run_start is None:
                run_start = i
            elif not rare and run_start is not None:
                if i - run_start >= _RARE_RUN:
                    found.append((run_start, i, True, "run of characters rare in Chinese text"))
                run_start = None
    return found


def find_damage(text: str) -> list[Spot]:
    spots: list[Spot] = []
    cluster: list[tuple[int, int, bool, str]] = []

    def close() -> None:
        strong = any(s for _, _, s, _ in cluster)
        if cluster and (strong or len(cluster) >= 2):
            start, end = cluster[0][0], max(e for _, e, _, _ in cluster)
            reasons = list(dict.fromkeys(r for _, _, _, r in cluster))
            spots.append(
                Spot(start, end, _snippet(text, start, end), "mojibake: " + "; ".join(reasons))
            )
        cluster.clear()

    end = 0
    for signal in _signals(text):
        if cluster and signal[0] - end > _GAP:
            close()
        end = max(end, signal[1]) if cluster else signal[1]
        cluster.append(signal)
    close()
    return spots


def _snippet(text: str, start: int, end: int) -> str:
    """The damaged span widened to the surrounding phrase (up to the next punctuation)."""
    left = start
    while left > 0 and start - left < _CONTEXT and text[left - 1] not in _BOUNDARY:
        left -= 1
    right = end
    while right < len(text) and right - end < _CONTEXT and text[right] not in _BOUNDARY:
        right += 1
    return text[left:right]


_INJECTED_REASON = (
    "injected spam: a betting or lottery site's name in the text (the words it replaced are gone)"
)


def find_damage_or_spam(text: str) -> list[Spot]:
    """Damage as `find_damage` finds it, and a betting site's name injected into the text: both
    spots the editor must see before the text goes out."""
    spots = find_damage(text)
    for start, end in find_injected(text):
        spots.append(Spot(start, end, _snippet(text, start, end), _INJECTED_REASON))
    if opened := _OPEN_LAST.search(text):  # `Also staying at their posts are Lin Chia-cheng (`
        start = max(0, opened.end() - _OPEN_CONTEXT)
        spots.append(Spot(start, opened.end(), text[start : opened.end()], _OPEN_REASON))
    return sorted(spots, key=lambda s: s.start)


# a paragraph that ends right after an opening bracket: what the bracket held, and the rest of
# the paragraph, were lost (a scraper that dropped a name in another script, then the line)
_OPEN_LAST = re.compile(r"(?<=\S)\s*[(（\[［【]\s*$")
_OPEN_REASON = "text lost after an opening bracket"
_OPEN_CONTEXT = 20  # characters: the name or the words the bracket followed
