"""What a line carries at its ends besides its text: a casino's title set in place of a name,
a player's and a share bar's buttons after a segment's title, a release's header before its
first line, and a picture's caption and credit opening a page set on one line."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN
from highlights.normalise.furniture_patterns import RELEASE_HEADER
from highlights.normalise.spam import inline_spam

__all__ = ["trimmed_ends"]

_WIDGET_TAIL = re.compile(
    r"(?<=\S)\s+(?:(?:收聽|收听|播放|下載|下载|分享|Listen|facebook|Facebook|twitter|Twitter|"
    r"WhatsApp|whatsapp|微信|微博|LINE)\s*){1,5}$"
)
# (a headline may name Facebook: a player's own word must be there)
_PLAYER_WORD = re.compile(r"收聽|收听|播放|下載|下载|分享|Listen(?=\s*[Ff]acebook)")
# `…there was reason to believe this was the case. Damon Pang reports:`: a bulletin hands over
# to its reporter's tape
_HANDS_OVER = re.compile(
    r"(?<=[.!?\"”])\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} reports\s*[:.]?$"
)
_CAPTION_FIRST = re.compile(  # (after the stamp a stored page opens with: `date 2025-11-28`)
    rf"^(?P<stamp>date \d{{4}}-\d{{2}}-\d{{2}}\s+)?"
    rf"(?P<caption>[^。！？()（）]{{2,60}}[(（][^()（）。，]{{0,12}}[{HAN}]{{2,3}}[攝摄][)）])\s*"
)


def trimmed_ends(line: str, removed: list[tuple[str, str]]) -> str:
    """The line without those pieces; each is added to `removed` as (rule, text)."""
    for spam in inline_spam(line):  # a casino's title in place of a name: the sentence stays
        removed.append(("boilerplate.spam", spam))
        line = line.replace(spam, "")
    if (widgets := _WIDGET_TAIL.search(line)) and _PLAYER_WORD.search(widgets[0]):
        # `跨境中學生今起可回港上課 有學生稱心情緊張  收聽facebook`
        removed.append(("boilerplate.chrome", widgets[0].strip()))
        line = line[: widgets.start()]
    if handover := _HANDS_OVER.search(line):
        removed.append(("boilerplate.byline", handover[0].strip()))
        line = line[: handover.start()]
    if (header := RELEASE_HEADER.match(line)) and len(line) > header.end():
        removed.append(("boilerplate.chrome", header.group(0).strip()))
        line = line[header.end() :]  # (the header's own line, alone, is chrome's business)
    if (lead := _CAPTION_FIRST.match(line)) and len(line) > lead.end():
        # `…蔣斌大校（中評社 海涵攝） 中評社北京11月28日電…`
        removed.append(("boilerplate.caption", lead["caption"].strip()))
        line = (lead["stamp"] or "") + line[lead.end() :]
    return line
