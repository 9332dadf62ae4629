"""A programme's or a speech's opening: the host's greeting and name, the cheers that set the
mood, and the welcome that names the programme (`歡迎收看…《與總編面對面》`, `Thanks for checking
out this Thursday edition of CNN Student News`): no title, or the programme's name as one."""

from __future__ import annotations

import re

__all__ = [
    "EN_HELLO",
    "EN_WELCOME",
    "GREETING",
    "HOST_OPENING",
    "WELCOME",
    "cheers",
    "rush_transcript",
]

GREETING = re.compile(
    r"^.{0,60}?(?:大家好|各位好|大家早安|大家午安|大家晚安)\s*[！!。，,]?\s*$"
    # `GEOFF BENNETT: Good evening. I'm Geoff Bennett.`: a host's greeting and name
    r"|^(?:[A-Z][A-Z.'’ -]{2,40}:\s*)?(?:Good (?:morning|afternoon|evening)[.!,]?\s*)"
    r"(?:(?:And )?I['’]m [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}[.!]?\s*)?$"
)
HOST_OPENING = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]{2,40}:\s*)?(?:(?:Good (?:morning|afternoon|evening)|"
    r"(?:And )?I['’]m [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})[.!]\s*)+(?=\S)"
    # `On the "NewsHour" tonight: The Supreme Court rules…`: the rundown's first story follows
    r"|^(?:[A-Z][A-Z.'’ -]{2,40}:\s*)?(?:Coming up )?(?:On|Tonight on) (?:the )?"
    r"[\"“]?[\w .'’-]{2,30}[\"”]? (?:tonight|today|this (?:morning|evening|week))\s*:\s*(?=[A-Z])"
    r"|^(?:Tonight|Coming up|This (?:morning|evening)) on (?:the )?[\w .'’-]{2,30}[.:]\s*(?=[A-Z])"
)
# `“井冈山山美、水美、杜鹃花美！” “多彩井冈山，最美杜鹃花！” ……`: cheers set the mood
_CHEERS = re.compile(
    r"^(?:\s*[“「][^“”「」]{2,40}[”」]\s*)+[.…。\s]*$"
    # `年年皆胜意，岁岁都欢愉。`, `早安！`: a wish in two even halves, a morning's greeting
    r"|^(?P<half>[^，。！？、\s]{4,7})[，,](?P<other>[^，。！？、\s]{4,7})[。！!]?$"
    r"|^(?:早安|早上好|晚安|晚上好|午安)[！!。]?$"
)
# `各位好，歡迎您收看…由魯健為您主持的《與總編面對面》欄目`: the programme, by its host
WELCOME = re.compile(
    r"(?:^|[。！？!?]\s*)[^。！？]{0,30}?[。！？，,]?\s*(?:各位好[，,]\s*)?(?:歡迎|欢迎)(?:您|你|大家)?"
    r"(?:收看|收聽|收听)"
    r"(?:[^。！？《]{0,40}《(?P<name>[^《》]{2,20})》|(?:由[^。！？《]{2,30}(?:出品|主持|製作|制作)的)"
    r"(?P<bare>[^。！？，,《》\s]{2,12})[。！!])"
)
# `CARL AZUZ, CNN STUDENT NEWS ANCHOR: Hey, everyone! Thanks for checking out this Thursday
# edition of CNN Student news.`: the host names the programme
EN_WELCOME = re.compile(
    r"\b(?:Welcome to|Thanks for (?:checking out|watching|tuning in to|joining us (?:for|on)))\s+"
    r"(?:this \w+ edition of\s+|today['’]s\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’&]*(?:\s+[A-Za-z][\w'’&]*){0,4}?)\s*[.!,](?:\s|$)"
)
EN_HELLO = re.compile(
    r"^(?:Hello|Hi|Good (?:morning|afternoon|evening))[,.!]?\s+(?:and welcome to|this is)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w'’&]*(?:\s+[A-Z][\w'’&]*){1,4})\s+(?:from|on|with)\b"
)


def cheers(text: str) -> bool:
    cheer = _CHEERS.match(text.strip())
    if cheer is None:
        return False
    return not cheer["half"] or len(cheer["half"]) == len(cheer["other"])  # even halves


# `This is a rush transcript from "Special Report" December 8, 2020. This copy may not be in its
# final form…`: a network's note over its transcript names the programme and its day
_RUSH = re.compile(
    r"^(?:date \S+ )?This is a rush transcript from [\"“](?P<name>[^\"”]{2,40}?),?[\"”],? "
    r"(?P<day>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
)


def rush_transcript(text: str) -> str | None:
    """`Special Report, December 8, 2020` from the network's note, or None."""
    rush = _RUSH.match(text)
    return f"{rush['name']}, {rush['day']}" if rush else None
