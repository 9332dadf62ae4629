"""Captions that carry no credit: a line saying what the picture shows (`圖為陳冬代市長正在作
政府工作報告。`, `Image of a man on the ground…`), and the short paragraph right above a
picture's `Credit:` line."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN

__all__ = [
    "CREDIT",
    "FILE_PHOTO_INLINE",
    "is_caption_before_credit",
    "noted_caption",
    "says_what_the_picture_shows",
]

# "Image of a man on the ground painting…": a picture's description (its alt text, scraped)
_EN_IMAGE_OF = re.compile(
    r"^(?:Image|Photo|Picture|Illustration|Graphic|Photograph) (?:of|shows|showing)\b"
)
# "圖為陳冬代市長正在作政府工作報告。", "上图：…", `左上圖：`, `頂圖：`: a caption names what the
# photo shows
_PICTURE_IS = re.compile(
    r"^[(（]?\s*(?:[上下左右中]{0,2}|頂|顶|首|底)(?:圖|图)(?:說|说)?[\d一二三四五六七八九]?\s*"
    r"(?:為|为|示|：|:)"  # (`圖說：內政部次長吳堂安致詞`: the picture's legend)
    r"|^[^，。,]{2,20}(?:一览|一覽)(?:表)?[。.]$"  # `各地高温津贴一览。`: a table set as a picture
    r"|^[^\s，。,]{1,10}(?:圖片|图片)$"  # `鄧炳強fb圖片`: where a picture stood, its label
    # `中共四川省委新闻发布会现场`: the scene shown; `王一宏发言`: who is shown speaking
    r"|^[^\s，。,]{0,20}(?:会|會|会议|會議|活动|活動|仪式|儀式|典礼|典禮|比赛|比賽|论坛|論壇|"
    r"开幕式|開幕式)(?:现场|現場)(?:图|圖)?。?$|^[^\s，。,]{2,24}(?:现场|現場)(?:图|圖)?。$"
    rf"|^[{HAN}]{{2,4}}(?:发言|發言|讲话|講話|致辞|致辭)$"
    # `曹方新专辑宣传照`: a promotional photo's label
    r"|^[^\s，。,]{2,20}(?:宣传照|宣傳照|剧照|劇照|近照|资料照|資料照|写真|寫真)$"
    # `这是黄河兰州段的中山桥（6月12日无人机拍摄）。`: what is shown, when and how it was taken
    r"|^(?:这是|這是)[^。！？]{2,80}[（(][^（）()]{0,24}(?:拍摄|拍攝|照片)[)）][。.]?$"
)
# `…改善民生。 李家超。香港中通社資料圖 李家超指出…`: a file photo's caption and credit left in
# the paragraph where the picture stood
FILE_PHOTO_INLINE = re.compile(
    r"(?<=[。！？”」])\s*[^。！？，,\s]{2,12}。\s*[^\s。，,]{2,10}?(?:資料圖片?|资料图片?)\s+(?=\S)"
)
_PLACED = re.compile(r"^(?:[上下左右中]{1,2}|頂|顶|首|底)(?:圖|图)[\d一二三四五六七八九]?\s*[:：]")
_SHOWS = re.compile(r"^(?:圖|图)(?:為|为)")
_CAPTION_LINE = 150  # characters, and one sentence: a longer paragraph is the story's
CREDIT = re.compile(r"^(?:Image |Photo )?Credits?:\s")  # `Credit: NASA/Dimitri Gerondidakis`
CAPTION_BEFORE_CREDIT = 300  # characters: a caption is a sentence or two


def is_caption_before_credit(text: str) -> bool:
    """The paragraph above a picture's credit line is its caption, when it is short."""
    return len(text) <= CAPTION_BEFORE_CREDIT and not _SENTENCES_3.search(text)


_BRACKETED_CREDIT = re.compile(r"\s*[(（][^()（）。]{2,12}[)）]$")
_SENTENCES_3 = re.compile(r"(?:[.!?。！？]\s*\S.*){2}[.!?。！？]")


def _one_sentence(line: str) -> bool:
    line = _BRACKETED_CREDIT.sub("", line)  # `…會面。（政府新聞處）`: who supplied it, after
    return len(re.findall(r"[。！？!?](?=.)|\.\s+(?=[A-Z])", line.rstrip("。！？!?.）)”」 "))) == 0


# `渠務署今日舉行…落成典禮。圖示…於典禮上致辭。`: a government release's photo caption says
# the event again, then what this picture shows
# `…傾聽民意，真切掌握地方實際需求。圖／觀天下有線電視提供`: who supplied the picture, last
_SUPPLIED = re.compile(r"(?:圖|图)\s*[/／]\s*[^\s/／。]{2,20}(?:提供|攝|摄)$")
_SHOWN_AFTER = re.compile(r"^[^。！？]{8,150}。\s*(?:圖示|图示)[^。！？]{4,150}[。！？]?$")


# `李縣長與鄉親面對面互動李縣長與鄉親面對面互動`: a picture's alt text and its caption, the same
# words glued together when the page was copied; no sentence says the same thing twice over
_ALT_AND_CAPTION = re.compile(r"^(?P<said>[^。！？!?.]{6,40}?)\s?(?P=said)$")
_HAN = re.compile(f"[{HAN}]")
_ALT_HAN = 4  # different Han: fewer name nothing in a picture (`加油加油`)

# who stands where in a group photo: `左到右：副财政郑桂发、财政洪宝兴…`, `从左至右依次为…`, or
# `…会长蔡其生（左四）与理事合照`
_LINED_UP = re.compile(
    r"^(?:[（(]?(?:从|從|由)?(?:左|右)(?:到|至|起)(?:右|左)?(?:依次(?:为|為|是))?[)）]?\s*[:：，,]?)"
    r"|[（(][左右前后後中](?:[一二三四五六七八九十\d]{1,2})?[)）][^。！？]{0,40}(?:合影|合照|留影)[。]?$"
)
# `FILE PHOTO: U.S. President Donald Trump and … walk together…`, `File photo of …`: a wire's
# photo caption
_FILE_PHOTO = re.compile(r"^(?:FILE PHOTO|File photo|File Photo)(?:\s*:\s*\S|\s+of\s)")


def says_what_the_picture_shows(line: str) -> bool:
    twice = _ALT_AND_CAPTION.match(line)
    if twice and len(set(_HAN.findall(twice["said"]))) >= _ALT_HAN:
        return True
    if _SUPPLIED.search(line) and len(line) <= _CAPTION_LINE * 2:
        return True
    if _SHOWN_AFTER.match(line) or (_FILE_PHOTO.match(line) and len(line) <= _CAPTION_LINE * 4):
        return True
    if _LINED_UP.search(line) and len(line) <= _CAPTION_LINE * 2 and _one_sentence(line):
        return True
    # `左上圖：…。右上圖：…。左下圖：…`: a set of pictures, each sentence placing one
    placed = [s for s in re.split(r"(?<=[。！？])\s*", line.strip()) if s]
    # (or each saying what it shows: `圖為除夕之夜，…合影留念。圖為新華社記者李凱、王妍，…`)
    if len(placed) >= 2 and all(_PLACED.match(s) or _SHOWS.match(s) for s in placed):
        return len(line) <= _CAPTION_LINE * 4
    return (
        bool(_PICTURE_IS.match(line) or _EN_IMAGE_OF.match(line))
        and len(line) <= _CAPTION_LINE * 2
        and _one_sentence(line)
    )


# `王國慶（資料圖）`: the note under a file photo, on a line of its own
_PHOTO_NOTE = re.compile(
    r"[(（\[【]\s*(?:資料圖片?|资料图片?|資料照片?|资料照片?|示意圖|示意图|視頻截圖|视频截图|網絡圖片|网络图片|"
    r"(?P<source>圖片來源|图片来源)[^)）\]】]*|圖文無關|图文无关|"
    r"(?:擷取自|撷取自|翻攝自?|翻摄自?)[^)）\]】]{2,30}"  # `（擷取自…臉書）`
    r"|[^)）\]】(（]{2,16}(?:圖片|图片))\s*[)）\]】]{1,2}$"  # `（澳門特別行政區政府入口網站圖片）`
)
_SHOT = re.compile(r"[攝摄]\s*[)）\]】]$")
# a picture supplied by someone (`沙坪坝区公安分局供图`), the outlet that ran it after
_SUPPLIED_BY = re.compile(rf"[{HAN}](?:供图|供圖)(?:\s+[^\s，。]{{2,10}})?$")
_SUPPLIED_LINE = 80  # characters: a caption and its credit
_PHOTO_NOTE_LINE = 40  # characters: a longer line that ends so is a paragraph


def noted_caption(line: str) -> bool:
    """A line that a picture's note or credit makes a caption: `王國慶（資料圖）`."""
    note = _PHOTO_NOTE.search(line)
    # `…政見兌現逾八成（圖片來源／新竹市政府）`: a picture's source names a caption, however long
    sourced = note and note["source"] and "。" not in line[: note.start()]
    if note and (len(line) <= _PHOTO_NOTE_LINE or (sourced and len(line) <= _SUPPLIED_LINE)):
        return True
    if _SUPPLIED_BY.search(line) and len(line) <= _SUPPLIED_LINE:
        return True  # `…纸团。沙坪坝区公安分局供图 华龙网`
    # `參會領導對…進行表彰。（圖片來源：掌上梅州 賴露宇 攝）`: a photographer's credit makes the
    # sentence before it the picture's caption
    return bool(note and _SHOT.search(note[0]) and is_caption_before_credit(line[: note.start()]))
