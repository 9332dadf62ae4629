"""Page chrome: the lines a web page wraps around an article (skip links, widgets, share bars,
publish-time lines, breadcrumbs, rules of `****`), in Simplified, Traditional and English.

A line is chrome when it is short and matches a pattern of `chrome_patterns`; publish-time
lines also give up the date, source and author they carry (the caller puts them in the
metadata).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from highlights.chars import HAN_RANGES as HAN
from highlights.chars import count_han
from highlights.normalise.chrome_patterns import CHROME, TICKER
from highlights.normalise.disclaimers import DISCLAIMER
from highlights.normalise.editions import DATED_EDITION, PROGRAMMES
from highlights.normalise.furniture_patterns import FURNITURE, MENU_LINE
from highlights.normalise.galleries import GALLERY
from highlights.normalise.notice_patterns import ADDRESSED_STAMP, NOTICE, SPONSOR
from highlights.normalise.punctuation import fix_punctuation

# (`【采访视频见 http://tv.people.com.cn/…】`: in brackets, `见` for the colon)
_LABELLED_LINK = re.compile(
    r"^[^\s:：。，]{2,12}[:：]\s*https?://\S+$|^【[^【】\s]{2,12}\s*https?://\S+\s*】$"
)
_HASHTAGS = re.compile(r"^(?:#[^\s#]+\s*){2,}$")
SHORT = 60  # chrome is a line of its own; a paragraph that mentions 打印 is not chrome

# A line that opens with a date (and time) and is no sentence: the page's publish line.
_SPAN = re.compile(r"\s*(?:至|到|~|～|－|—|–)\s*(?:\d{2,4}年)?\d{1,2}月?")
_DATED = re.compile(
    r"^[(（\[]?\s*(?:文章正文)?(?:[发發]布[时時][间間][:：]\s*)?(?:\d{2,4}[-/.年\s]\s*\d{1,2}[-/.月]\s*\d{1,2}日?"
    r"|\d{2,3}-\d{2}-\d{2})"
)

# the Market Abuse Regulation's notice over a listed company's announcement
_MAR_NOTICE = re.compile(r"\bdeemed to constitute inside information\b")
# a public radio station's blurb for the network show it carries, over the show's stories:
# `For nearly three decades, NPR's Morning Edition has prepared listeners…`, `Since its debut in
# 1979, Morning Edition has garnered…`, `A bi-coastal, 24-hour news operation, Morning Edition is…`
_SHOW_BLURB = re.compile(
    r"^(?:[A-Z][^.]{0,80}?,\s+)?(?:NPR's\s+)?[\"“]?(?:Morning Edition|All Things Considered|"
    r"Weekend Edition(?: Saturday| Sunday)?|Talk of the Nation)[\"”]?\s+"
    r"(?:has (?:prepared|taken|garnered|brought)|is hosted by|draws|airs|brings)\b"
)

# "发布时间：2024-05-06 10:00 来源：示例网 作者：张三 浏览量：123"
_KEY = (
    r"發布時間|发布时间|發佈時間|發布日期|发布日期|發表時間|发表时间|發表日期|发表日期|更新時間|更新时间|"
    r"日期|時間|时间|"
    r"發布者|发布者|發佈者|發布單位|发布单位|發布機構|发布机构|發布|发布|發佈|"
    r"來源|来源|作者|編輯|编辑|責任編輯|责任编辑|瀏覽|浏览|點擊|点击|閱讀|阅读|字號|字号|Posted|"
    r"Published|Updated|Date|Source|Author|By|地址|[电電]話|[电電]话|[传傳]真|[邮郵]箱|Email|Tel|Fax|"
    # a government page's disclosure table (`索引号: … 组配分类: …`, `信息分类: 通知 发布机构: …`)
    r"索引[号號]|[组組]配分[类類]|信息分[类類]|主[题題]分[类類]|[体體]裁分[类類]|生成日期|[发發]文日期|"
    r"成文日期|[发發]文[机機][关關]|文[号號]|生效[时時][间間]|[废廢]止[时時][间間]|名[称稱]|[关關][键鍵][词詞]|"
    r"[内內]容概述|公[开開]方式"
)
# `首次上稿 09-28 22:58`, `更新時間 09-29 06:21`: a label and when, nothing else
_LABELLED_STAMP = re.compile(
    rf"^[{HAN}]{{2,6}}\s*[:：]?\s*(?:\d{{4}}[-/.])?\d{{1,2}}[-/.]\d{{1,2}}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?$"
)
# `本篇文章256字，读完约1分钟`, `阅读时间约3分钟`: a reading time
_READING_TIME = re.compile(
    r"^(?:(?:本篇|本文|全文)(?:文章)?共?\d+字[，,]?\s*)?(?:预计|預計)?(?:阅读|閱讀|读完|讀完)"
    r"(?:时间|時間|需要?)?[:：]?\s*(?:约|約|大约|大約)?\d+\s*分(?:钟|鐘)$"
)
_CLOCKED = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}")
_FIELD = re.compile(
    # (`圖片來源:吳志聰`: whose pictures, not whose story)
    rf"(?<!圖片)(?<!图片)(?P<key>{_KEY})\s*(?:次數|次数|量|數|数)?\s*[:：]\s*"
    # (`作者:  语音阅读:`: an empty field, then a read-aloud button's label)
    rf"(?P<value>(?!语音|語音)(?:(?!{_KEY})[^\s:：|｜()（）])*(?:\s\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)"
)


# what punctuation would change: ASCII marks, runs of marks, spaces beside full-width ones
_FIXABLE = re.compile(r'[,;:?!()"]|[，、；：。？！]{2}| [，。；：？！、（）]|[，。；：？！、（）] ')


# `！ ;` too, and a bracket left of a link (`[`)
_MARKS_ONLY = re.compile(r"^[,，、;；:：。?？!！\[\]【】][,，、;；:：。?？!！\[\]【】\s]*$")
_DATA_URI = re.compile(
    r"</?[A-Za-z]{1,10}>|data:image/[^\s<>]*|\b[a-z]{1,8}=\"[^\"]{0,200}\"|\s"
)


# a line of tags alone (`<ins id="aazt7"><big id="aazt7"></big></ins>`, `1. <video …>`), and a
# page's script left in its text (`location.href = '…'; } else {…`, `this.width=(screen.width…`)
_TAGS_ONLY = re.compile(
    r"^(?:\d{1,2}\.\s*)?(?:\s*</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*\s*/?>)+\s*$"
    # an ASP.NET page's directive (`<%@ Page Title="" Language="C#" … %>`)
    r"|^\ufeff?\s*<%[@=#:]?.*%>\s*$"
    # (as the clean-up leaves them, their attributes and brackets gone: `<acronym <label <menu`)
    r"|^(?:\d{1,2}\.\s*)?(?:\s*</?[A-Za-z][\w-]*)+\s*$"
)
_SCRIPT = re.compile(
    r"document\.(?:getElementById|write|cookie)|location\.href\s*=|navigator\.(?:appName|userAgent)|"
    r"screen\.width|this\.(?:width|height)\s*=|window\.(?:open|location|onload)|function\s*\(\)\s*\{|"
    r"\bexports\.\w+\s*=|module\.exports|=>\s*\{|\b(?:var|const|let)\s+\w+\s*=\s*[\w'\"+(\[{]"
)
SCRIPT_HAN = 2  # a line of script carries no Chinese to speak of
_ADDRESSED = re.compile(ADDRESSED_STAMP)


@dataclass
class Chrome:
    line: str
    fields: dict[str, str] = field(default_factory=dict)  # source, date, author when given


# `新闻联播 2021-12-15`: a programme's edition, named by its day (a title, not the page's stamp;
# `2009年1月28日 新闻联播`, the day first, is one)
_EDITION_DATED = re.compile(rf"^(?:每日|今日)?{PROGRAMMES}\s+(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}$")
# a disclosure table's title field, a document's name (`名 称: | …关于转发《…》的通知 | ||`): the
# headline, not the table's chrome (a row of several fields, `名称: … 文号: …`, is)
_TITLE_FIELD = re.compile(
    r"^(?:名\s*[称稱]|[标標]\s*[题題])\s*[:：]\s*[|｜]?\s*[^|｜:：]{2,60}?(?:关于|關於|關于)[^|｜:：]{4,120}"
    r"(?:\s*[|｜])*\s*$"
)


def find_chrome(line: str) -> Chrome | None:
    """The line as chrome (with any publish fields it carries), or None."""
    text = line.strip()
    if _TITLE_FIELD.match(text) or _EDITION_DATED.match(text):
        return None
    if _MARKS_ONLY.match(text):
        return Chrome(text)  # marks alone (`，:`) say nothing
    if "data:image/" in text and len(_DATA_URI.sub("", text)) < 12:
        return Chrome(text[:SHORT] + "…")  # `<image>data:image/png;base64,…`: a picture inlined
    if _LABELLED_LINK.match(text):  # `重溫直播:https://www.facebook.com/…`: a link, however long
        return Chrome(text)
    if _HASHTAGS.match(text):  # `#WorldNewsTonight #DavidMuir #News`: a page's tags, however many
        return Chrome(text[:SHORT] + ("…" if len(text) > SHORT else ""))
    if TICKER.match(text) or GALLERY.match(text):  # other stories' headlines, a gallery's
        return Chrome(text)
    if _TAGS_ONLY.match(text) or (_SCRIPT.search(text) and count_han(text) <= SCRIPT_HAN):
        return Chrome(text[:SHORT] + ("…" if len(text) > SHORT else ""))  # markup, a script
    if _SHOW_BLURB.match(text) and len(text) <= SHORT * 12:
        return Chrome(text[:SHORT] + "…")
    if _MAR_NOTICE.search(text) and len(text) <= SHORT * 12:  # a legal notice, however long
        return Chrome(text[:SHORT] + "…")
    if DISCLAIMER.search(text) and len(text) <= SHORT * 12:
        return Chrome(text[:SHORT] + "…")
    if len(text) > SHORT * 8:
        return None
    # measured as the text will read once normalised (`,,` → `，`, `(x) 中` → `（x）中`): a
    # line is chrome or not the same before and after
    if _FIXABLE.search(text):
        text = fix_punctuation(text)[0]
    text = text.rstrip("，,、；;").rstrip()  # a stray comma does not make chrome into text
    if not text:  # marks alone once their spaces are gone (`, ，`)
        return Chrome(line.strip()) if line.strip() else None
    if len(text) > SHORT * 4:
        return None
    if _titled_links(text) or _LABELLED_STAMP.match(text) or _READING_TIME.match(text):
        return Chrome(text)
    if SPONSOR.match(text):  # `Support for NPR comes from…`
        return Chrome(text)
    if NOTICE.search(text):  # (a stamp's fields still tell: `http://… 2018年01月27日 来源：…`)
        named = {m["key"]: m["value"] for m in _FIELD.finditer(text) if m["value"]}
        return Chrome(text, _named(named) if _ADDRESSED.match(text) else {})
    if text.endswith(("。", "！", "？")):
        return None  # chrome does not end like a sentence
    fields = {m["key"]: m["value"] for m in _FIELD.finditer(text) if m["value"]}
    first = _FIELD.search(text)
    said = first is not None and re.search(r"[。！？]", text[: first.start()])  # `…全覆盖。(编辑…`
    # a day with its clock time counts as a field (`我有话说 2020-10-10 09:44:25来源：新华网`)
    clocked = int(bool(_CLOCKED.search(_FIELD.sub("", text))))
    if len(_FIELD.findall(text)) + clocked >= 2 and len(text) <= SHORT * 2 and not said:
        return Chrome(text, _named(fields))
    menu = len(text) <= SHORT * 4 and MENU_LINE.match(text)
    if menu or (len(text) <= SHORT and (CHROME.search(text) or FURNITURE.search(text))):
        # a stamp names its source (`2024-09-18 10:20 来源：人民网`); a line that opens with the
        # field is the source line itself, which has a rule of its own
        return Chrome(text, {} if _FIELD.match(text) else _named(fields))
    dated = _DATED.match(text) if not DATED_EDITION.match(text) else None  # a transcript's title
    if first is not None and first.start() == 0 and re.match(r"\d{4}", first["value"]):
        dated = first  # `发表日期：2011-02-12 点击`: the stamp's field opens the line
    rest = text[dated.end() :] if dated else ""
    # `2015年1月12日至1月18日政府主要活動圖片`: a span of days names what the page covers
    spans = dated is not None and _SPAN.match(rest) is not None
    # (`2022年8月19日外交部发言人汪文斌`: the day and who, over what they did on the next line)
    spans = spans or bool(_SPOKESPERSON.search(rest))
    if dated and not spans and len(text) <= SHORT and not re.search(r"[，,、。；;！!？?]", rest):
        rest = _FIELD.sub("", rest)
        if len(re.findall(rf"[{HAN}A-Za-z]", rest)) <= 12:  # a stamp, not a sentence
            return Chrome(text, _named(fields))
    return None


_SPOKESPERSON = re.compile(r"[发發]言人")
_LINK_TITLE = re.compile(r"\|\s*([^\s|]{2,12})")
LINK_TITLES = 3


def _titled_links(text: str) -> bool:
    """`Newsletter|星洲网 Newsletter 联络我们|星洲网 联络我们 登广告|星洲网 …`: a menu whose
    links carry the site's name as their title; no text repeats one name after each bar."""
    names = _LINK_TITLE.findall(text)
    return any(names.count(name) >= LINK_TITLES for name in set(names))


_SOURCE_KEYS = frozenset(
    [
        "來源",
        "来源",
        "Source",
        "發布者",
        "发布者",
        "發佈者",
        "發布單位",
        "发布单位",
        "發布機構",
        "发布机构",
    ]
)


def _named(fields: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in fields.items():
        if key in _SOURCE_KEYS:
            if not re.fullmatch(r"[A-Za-z]{0,4}\d+", value):  # `sp20241121` is an id, no source
                out.setdefault("source", value)
        elif key in ("作者", "Author", "By"):
            out.setdefault("author", value)
        elif key in ("編輯", "编辑", "責任編輯", "责任编辑"):
            out.setdefault("editor", value)
        elif re.match(r"\d{4}", value):
            out.setdefault("date", value)
    return out
