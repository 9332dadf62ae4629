"""Injected spam: the keyword lines a hacked page carries above its article (`免费不卡中文字幕在线|
久久…|国产…`, `电竞下注-中国电竞赛事及体育赛事平台`), written for search engines, never for readers.

A line is spam when it names several words of that trade and reads as no sentence. One or two
of the words occur in real news (`国产大飞机`, `在线教育`, `高清`), so one or two are not enough.
"""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN

SPAM_WORDS = re.compile(
    r"中文字幕|一[区區]二[区區]|[二三][区區]|不卡|[无無]码|有码|有碼|色[综綜]合|久久|精品|在[线線]|"
    r"[国國]产|[亚亞]洲|[欧歐]美|日[韩韓]|日产|日產|福利|影院|影音先[锋鋒]|高清|私拍|偷拍|自拍|午夜|"
    rf"\bAV\b|AV(?=[{HAN}])|(?<=[{HAN}])AV|成人|人人|性色|一本道|一本打道|[视視][频頻]",
    re.IGNORECASE,
)
# a betting site's (`电竞下注-中国电竞赛事及体育赛事平台`): a word only that trade uses, then
# words news uses too (`体育彩票`, `赛事平台`)
_BETTING = re.compile(
    r"下注|投注|博彩|[赌賭][场場博]|娱乐城|娛樂城|棋牌|[开開]户|竞彩|競彩|中奖|中獎"
    # a lottery app's (`购彩快3平台充值`): its games and its top-up
    r"|[购購]彩|快3|[时時][时時]彩|六合彩|北京[赛賽]车|北京[赛賽]車|PK10"
)
_BETTING_TOO = re.compile(
    r"[电電][竞競]|[赛賽]事|平台|官[网網]|体育|體育|彩票|真人|直播|[赛賽]程|足球|玩法|充值|客户端|客戶端"
)
MIN_WORDS = 4  # distinct words of the trade on one line
_SENTENCE = re.compile(r"[。！？]")


# `静电接地报警器,标准金属量器,油槽车取样器,…,标准金属量器,…`: a shop's products, listed over
# and over for search engines (a list in news names each thing once)
_KEYWORD_SEP = re.compile(r"\s*[,，|/]\s*")
KEYWORDS_MIN = 6  # items on the line
KEYWORD_MAX = 24  # characters an item has at most: a phrase, no clause
REPEATED_MIN = 2  # items said again


def _stuffed(line: str) -> bool:
    items = [item for item in _KEYWORD_SEP.split(line.strip()) if item]
    if len(items) < KEYWORDS_MIN or any(len(item) > KEYWORD_MAX for item in items):
        return False
    return len(items) - len(set(items)) >= REPEATED_MIN


def is_spam(line: str) -> bool:
    """True for a keyword line injected by spam; real text keeps its sentences."""
    if _SENTENCE.search(line):
        return False
    if _stuffed(line):
        return True
    words = {m.group(0).upper() for m in SPAM_WORDS.finditer(line)}
    betting = {m.group(0) for m in _BETTING.finditer(line)}
    if betting:
        words |= betting | {m.group(0) for m in _BETTING_TOO.finditer(line)}
    return len(words) >= MIN_WORDS


# `中国共产党澳门金沙城中心_欧洲杯足球网-【投注官网平台】第十五次代表大会`: a hacked mirror puts
# a casino's page title, underscore and all, in place of a name, mid-sentence
_INLINE = re.compile(
    r"(?:澳[门門]|威尼斯人|新?葡京|金沙|太[阳陽]城|永利|[银銀]河|皇冠|必[赢贏]|[亚亞]博|[开開]元|(?i:bet365))"
    r"[^\s，。！？、“”《》()（）_]{0,14}_[^\s，。！？、“”《》()（）_-]{2,16}(?:-【[^【】]{2,12}】)?"
)
INLINE_WORDS = 3  # distinct words of the trade in it


def inline_spam(line: str) -> list[str]:
    """The casino titles set in the line's sentences, if any."""
    found = []
    for m in _INLINE.finditer(line):
        words = {w.group(0) for p in (_BETTING, _BETTING_TOO) for w in p.finditer(m.group(0))}
        if len(words) >= INLINE_WORDS:
            found.append(m.group(0))
    return found
