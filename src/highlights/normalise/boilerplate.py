"""Boilerplate: captions, credits, bylines, editor and source lines, teasers, page chrome.

Nothing here is thrown away: every match is returned with its rule so that normalise() can
put names in the metadata and the removed text in the report. Patterns cover Traditional
and Simplified forms and both ASCII and full-width punctuation (this runs before the
punctuation rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from highlights.chars import HAN_RANGES as HAN
from highlights.normalise.captions import noted_caption, says_what_the_picture_shows
from highlights.normalise.chrome import find_chrome
from highlights.normalise.datelines import dateline, dateline_names
from highlights.normalise.english_credits import (
    EN_AGENCY_CAPTION,
    EN_BYLINE,
    EN_CAPTION,
    EN_EDITOR,
    EN_PAPER_BYLINE,
    EN_PHOTO_CREDIT,
    EN_POSED,
    EN_SEP,
    en_name,
)
from highlights.normalise.line_ends import trimmed_ends
from highlights.normalise.notes import strip_notes
from highlights.normalise.spam import is_spam
from highlights.normalise.zh_credits import (
    BYLINE_INLINE,
    BYLINE_LATIN,
    BYLINE_LINE,
    BYLINE_OPENING,
    BYLINE_SIGNED,
    CAPTION_MARK,
    CAPTIONS,
    DESK_EDITOR,
    EDITOR,
    EDITOR_LINE,
    EDITOR_TAIL,
    NAME_SEP,
    PLACE_REPORTED,
    REPORTER,
)

_SOURCE = re.compile(
    r"^(?:資料來源|资料来源|(?:文章|本文|本文內容|本文内容|信息|資訊|资讯)?(?:來源|来源)自?|稿源|出處|出处|(?i:Source)|"
    r"發布單位|发布单位|發布機關|发布机关|發布機構|发布机构)(?:\s*[:：]|\s(?=\S{2,12}$))\s*"
    # `SOURCE: Bethesda Hospital Foundation`: an English name, its words in capitals
    r"(?P<src>[A-Z][\w&.'’-]*(?: (?:[A-Z&][\w&.'’-]*|of|and|for|the)){0,8}(?=\s*$)|[^\s|｜（(]+)"
    r"(?:[\s|｜（(].*)?$"  # (`来源 新华社`: a space for the colon)
)
_TEASER = re.compile(
    r"戳.{0,3}(?:圖|图)|(?:劃|划)重點|划重点|長圖|长图|新鮮出爐|新鲜出炉|一起來看|一起来看|"
    r"(?:一圖|一图)(?:讀懂|读懂|看懂)|快來看|快来看|有哪些(?:重要|重點|重点)?(?:內容|内容|看點|看点)|"
    r"速覽|速览|點擊(?:查看|閱讀)|点击(?:查看|阅读)|長按|长按|(?:關注|关注)(?:我們|我们)|"
    r"[↓⬇👇▼]{2,}",
)
_ARROWS = re.compile(r"^[↓⬇👇▼↑→←\s]+$")
_CHROME = re.compile(
    r"^(?:上一篇|下一篇)|扫一扫在手机打开当前页|掃一掃在手機打開當前頁|A\s*\+\s*A\s*-|"
    r"【\s*(?:字體|字体|字號|字号)|打印本(?:頁|页)|(?:關閉|关闭)(?:窗口|本頁|本页)|^分享到|"
    r"^(?:當前位置|当前位置|您的位置|您現在的位置|您现在的位置)\s*[:：]|"
    r"^(?:首頁|首页|Home)\s*[>»/＞›]|^[^>»＞›]{1,12}(?:\s*[>»＞›]\s*[^>»＞›]{1,12}){2,}$|"
    r"^(?:\d{1,3}|第\s*\d+\s*(?:頁|页)|\d+\s*/\s*\d+)$"
)
# `原標題：…` (or under the story, in brackets), and a release's own `標題：…` field (its
# headline, among its header fields)
_ORIGINAL_TITLE = re.compile(r"^[(（]?\s*(?:原標題|原标题|原題|原题|標題|标题)\s*[:：]")
_WIRE_TITLE = re.compile(r"^\s*(?:題|题)\s*[:：]\s*\S")
# gov.uk: "The press release issued by the Ministry of Defence on 7 September 2025."
_ISSUED = re.compile(
    r"^The (?:press release|news story|speech|statement|notice) (?:was )?issued by (?:the )?"
    r"(?P<src>[A-Z0-9][^.]{2,80}?) on \d{1,2} [A-Z][a-z]+ \d{4}\.?$"
    # `The following is issued on behalf of the Hospital Authority:`, `下稿代香港金融管理局發出：`
    r"|^The following is issued on behalf of (?:the )?(?P<behalf>[A-Z][^.:]{2,80}?)\s*[:.]?$"
    r"|^(?:下稿代|下文代)(?P<office>[^，。：:\s]{2,30}?)(?:發出|发出)\s*[：:]?$"
)
# 镇政发〔2024〕7号: a document's number on a line of its own, no headline and no text
DOC_NUMBER = re.compile(r"^\S{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*[号號]。?$")
# `牟定县人民政府`: an office's name on a line of its own signs a notice or heads its site
ORGAN = re.compile(
    rf"^[{HAN}]{{2,12}}(?:人民政府|政府|委員會|委员会|辦公室|办公室|辦公廳|办公厅|人大常委會|"
    r"人大常委会|人民法院|人民檢察院|人民检察院)$"
)
# the offices a notice is sent to (主送機關), a salutation and no key point
_ADDRESSEES = re.compile(
    r"^[^。！？：:]{0,80}(?:人民政府|政府|部门|部門|机构|機構|单位|單位|委员会|委員會|机关|機關|"
    r"党委|黨委|党组|黨組|直属机构|直屬機構)[：:]$"
    r"|^各[^。！？：:，,]{1,20}[，,、][^。！？：:]{1,100}[：:]$"  # `各市人民政府，…，各高等院校：`
)
_SHORT = 40  # teasers and chrome are short; a body paragraph that mentions them is not


@dataclass
class Found:
    """What one block gave up: the remaining text and the removed pieces with their rules."""

    text: str
    removed: list[tuple[str, str]] = field(default_factory=list)  # (rule, text)
    photographers: list[str] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source: str | None = None
    outlet: str | None = None  # the newsroom named in a credit, e.g. 自貢網
    described: str = ""  # what a captioned picture shows, without its credit
    block: int = -1  # the source block it came from, once placed


_TRAILING_CHROME = re.compile(r"(?:上一篇|下一篇|返回|打印|列印|關閉|关闭|分享).*$")


def _names(raw: str) -> list[str]:
    names = (_TRAILING_CHROME.sub("", n) for n in re.split(NAME_SEP, raw.strip()))
    return [n for n in names if len(n) >= 2 and "□" not in n]  # (a lost character: no name)


_BRACKETED = re.compile(r"^[(（\[【]\s*(?P<inner>[^()（）\[\]【】]+?)\s*[)）\]】]$")


def find_heading_chrome(text: str) -> Found:
    """A heading is no caption, but a page's widget may be set as one (`Share this article`,
    `News provided by` over a wire release), and a byline (`<h3>文；…記者 張萬杰</h3>`). A
    heading with a figure names its day or its item (`# 新闻联播 2007-03-05`): the stamp
    patterns are not for it."""
    if not re.search(r"\d", text) and find_chrome(text.strip()):
        return _drop(Found(text=text), "boilerplate.chrome", text.strip())
    if byline := _byline(Found(text=text), text.strip()):
        return byline
    if label := _VIDEO_LABEL.search(text):  # `…赵乐际主持视频简介`: the video player's label
        found = Found(text=text[: label.start()].rstrip())
        found.removed.append(("boilerplate.chrome", label.group(0).strip()))
        return found
    return Found(text=text)


def _byline(found: Found, line: str) -> Found | None:
    """The line as a byline (`記者王小明／台北報導`, `文；魯中晨報記者 張萬杰`), its names read."""
    if m := BYLINE_LINE.match(line):
        names = m.group("names") or m.group("signed")
        if (filed := PLACE_REPORTED.search(line)) and names.endswith(filed["place"]):
            names = names.removesuffix(filed["place"]).rstrip(" /／")  # a place, no name
        found.reporters += _names(names)
        paper = m["signed_for"] or m["outlet"] or m["paper"] or m["first"] or m["in_paper"]
        found.outlet = _outlet(paper)
        return _drop(found, "boilerplate.byline", line)
    if m := BYLINE_LATIN.match(line):
        found.reporters += [n.strip() for n in re.split(r"[/／、,，]", m["names"])]
        found.outlet = _outlet(m["outlet"])
        return _drop(found, "boilerplate.byline", line)
    return None


_VIDEO_LABEL = re.compile(r"(?<=\S)\s*(?:视频简介|視頻簡介)$")


LONG_CAPTION = 400  # characters: a longer line ending in a credit is a story with its picture


def find_boilerplate(text: str) -> Found:
    found = Found(text=text)
    line = text.strip()
    inner = _BRACKETED.match(line)
    if inner and (EDITOR_LINE.match(inner["inner"]) or _SOURCE.match(inner["inner"])):
        line = inner["inner"]  # "（责任编辑：常艳敏）", "[ 責任編輯:王偉 ]"
    if is_spam(line):
        return _drop(found, "boilerplate.spam", line)
    line = trimmed_ends(line, found.removed)  # inline spam, widgets, a header, a caption
    if CAPTION_MARK.match(line) and len(line) <= 200:
        return _drop(found, "boilerplate.caption", line)
    for pattern in CAPTIONS:
        m = pattern.search(line)
        if m:
            # The whole line is the caption: the photo's description plus its credit.
            found.photographers += _names(m.group("names"))
            found.outlet = _outlet(m.groupdict().get("outlet") or m.groupdict().get("inner"))
            if len(line) <= LONG_CAPTION:
                found.described = line[: m.start()].strip()
                return _drop(found, "boilerplate.caption", line)
            # a page set on one line: the caption is the sentence over the credit, at its end
            above = line[: m.start()].rstrip()
            cut = max(above.rfind(mark, 0, len(above) - 1) for mark in "。！？") + 1
            found.removed.append(("boilerplate.caption", line[cut:].strip()))
            line = line[:cut].rstrip()
            break
    m = EN_CAPTION.search(line)
    if m:
        found.photographers.append(m.group("names"))
        return _drop(found, "boilerplate.caption", line)
    if (EN_AGENCY_CAPTION.search(line) and len(line) <= 600) or EN_POSED.match(line):
        return _drop(found, "boilerplate.caption", line)
    m = EN_BYLINE.match(line) or EN_PAPER_BYLINE.match(line)
    if m:
        found.reporters += [en_name(n) for n in re.split(EN_SEP, m.group("names"))]
        found.outlet = m.groupdict().get("outlet") or found.outlet
        return _drop(found, "boilerplate.byline", line)
    m = EN_PHOTO_CREDIT.search(line)
    if m and len(line) <= 600:
        names = m.group("names") or m.group("by")
        found.photographers += [en_name(names)] if names else []
        return _drop(found, "boilerplate.caption", line)
    if _ORIGINAL_TITLE.match(line) and len(line) <= 100:
        return _drop(found, "boilerplate.original_title", line)
    if noted_caption(line) or says_what_the_picture_shows(line):
        return _drop(found, "boilerplate.caption", line)
    m = EN_EDITOR.match(line)
    if m:
        found.editors += re.split(EN_SEP, m.group("names") or m.group("handle"))
        return _drop(found, "boilerplate.editor", line)
    if EDITOR_LINE.match(line):
        for m in EDITOR.finditer(line):
            found.editors += _names(m.group("names"))
        return _drop(found, "boilerplate.editor", line)
    chrome = find_chrome(line)
    if chrome and (chrome.fields or not _SOURCE.match(line)):
        found.source = chrome.fields.get("source")
        found.reporters += _names(chrome.fields.get("author", ""))
        found.editors += _names(chrome.fields.get("editor", ""))
        return _drop(found, "boilerplate.chrome", line)
    m = _SOURCE.match(line) or _ISSUED.match(line)
    if m:
        found.source = next(filter(None, m.groups()), None) if m.re is _ISSUED else m["src"]
        return _drop(found, "boilerplate.source", line)
    if DOC_NUMBER.match(line):  # kept in the report
        return _drop(found, "boilerplate.doc_number", line)
    if ORGAN.match(line):  # `咸阳市人民政府`: a notice's signature, or a site's masthead
        found.source = line
        return _drop(found, "boilerplate.signature", line)
    if _ADDRESSEES.match(line):  # `各县（市）、区人民政府，市人民政府各部门：`
        return _drop(found, "boilerplate.addressees", line)
    if byline := _byline(found, line):
        return byline
    if len(line) <= _SHORT and (_TEASER.search(line) or _ARROWS.match(line)):
        return _drop(found, "boilerplate.teaser", line)
    if len(line) <= _SHORT and _CHROME.search(line):
        return _drop(found, "boilerplate.chrome", line)
    # `中評社北京10月23日電／據新華社消息，…`: a wire quoting a wire has two datelines
    stray = _STRAY_WORD.match(line)  # `女神 本网讯(记者文洪瑛)…`: a picture's word left before it
    if stray and (behind := dateline(line[stray.end() :])) and behind[1]:
        found.removed.append(("boilerplate.caption", stray.group().strip()))
        line = line[stray.end() :]
    for _ in range(2):
        opening = dateline(line)
        if not opening:
            break
        found.outlet = found.outlet or _outlet(opening[1])
        found.reporters += _names(dateline_names(opening[0]) or "")
        found.removed.append(("boilerplate.dateline", opening[0].strip()))
        line = line[len(opening[0]) :]
    if found.removed and _WIRE_TITLE.match(line) and len(line) <= 100:
        # `中新社北京10月25日電 題：新常委亮相…`: a wire feature's own title after its dateline
        return _drop(found, "boilerplate.original_title", line)
    m = BYLINE_OPENING.match(line)
    if m:
        found.reporters += _names(m.group("names"))
        found.removed.append(("boilerplate.byline", m.group(0).strip()))
        line = line[m.end() :]
    if m := EDITOR_TAIL.search(line):
        found.reporters += _names(m["w"] or "")
        found.editors += _names(re.sub(r"(?<=\S{2})(?:摘編|摘编|整理)$", "", m.group("n")))
        found.editors += [n for d in DESK_EDITOR.finditer(m["more"]) for n in _names(d["n"])]
        found.removed.append(("boilerplate.editor", m.group(0).strip()))
        line = line[: m.start()].rstrip()
    line, notes, duties = strip_notes(line)  # a source's, a link's, a file photo's, a duty's
    found.removed[:0] = duties
    found.removed += notes
    m = BYLINE_SIGNED.search(line)
    if m:
        bare = re.sub(r"[|｜—-]", " ", m.group("bare") or "")  # `(俄通社|塔斯社)`: two names
        found.reporters += _names(m.group("names") or m.group("by") or bare)
        found.removed.append(("boilerplate.byline", m.group(0)))
        line = line[: m.start()].rstrip()
    for m in list(BYLINE_INLINE.finditer(line))[::-1]:
        names = re.sub(REPORTER, " ", m.group("names") or "")
        found.reporters[:0] = _names(names)
        found.outlet = found.outlet or _outlet(m.group("outlet") or m.group("paper"))
        found.removed.insert(0, ("boilerplate.byline", m.group(0)))
        line = (line[: m.start()] + line[m.end() :]).strip()
    # a dateline's colon alone (`央视网消息（新闻联播）：`, the story on the next line) is no text
    found.text = line if not found.removed or re.search(r"\w", line) else ""
    return found


# (`胡錫進【文匯網訊】…`: before a bracketed dateline, the space may be gone)
_STRAY_WORD = re.compile(rf"^[{HAN}]{{1,6}}(?:[ \u3000]+(?=\S)|(?=【))")


def _outlet(raw: str | None) -> str | None:
    # "本報" / "本台" ("this paper") names no newsroom, nor `驻澳门` (`驻澳门记者郑月明报道`: where
    # the reporter is posted); `据新华社…电`: "according to" is no name
    raw = raw[1:] if raw and raw[0] in "据據" and len(raw) > 2 else raw
    # (`晚报讯`: the evening paper's own story, unnamed as 本报's is)
    unnamed = raw and (raw.startswith(("本", "驻", "駐")) or raw in _OWN_PAPER)
    return raw if raw and not unnamed else None


_OWN_PAPER = frozenset(["晚报", "晚報", "晨报", "晨報", "早报", "早報"])


def _drop(found: Found, rule: str, line: str) -> Found:
    found.removed.append((rule, line))
    found.text = ""
    return found
