"""The wire's dateline that opens the first paragraph: `新华社北京5月6日电`, `中新网5月6日电`,
`本报讯`, `央视网消息：`, `(中央社記者林克倫台北4日電)`; `BEIJING, Dec. 17 (Xinhua) —`,
`XI'AN, April 23 (Xinhua) --`, `WASHINGTON —`. The outlet goes to the metadata, the story
starts after it."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN

__all__ = ["dateline", "dateline_names"]

_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # 中新社北京九月二十七日電
_YEAR = r"(?:(?:19|20)\d{2}\s*年\s*)?"
_BARE_NAME = rf"(?!昨|今|前|近|上午|下午|晚|日前|當天|当天)[{HAN}·]{{2,3}}"
# a bracket after the dateline that names no one: `（記者…）` has a rule of its own, `（综合）`
_NOT_NAMES = r"(?!記者|记者|綜合|综合|圖|图|視頻|视频|完|通訊員|通讯员)"
_ZH = re.compile(
    rf"^(?:(?:[据據](?P<by>新華社|新华社|中新社|[{HAN}]{{2,8}}?(?:網|网|社|報|报|台|臺)"
    r"|[^，,。“”]{2,20}?(?:網站|网站|網|网|社|報|报|台|臺|中心)(?:《》)?)"
    # `新華社報導，…`: a wire named without `據`
    r"|(?P<wire>新華社|新华社|中新社|中央社|路透社|法新社|美聯社|美联社|共同社"
    rf"|[{HAN}]{{2,6}}?(?:全媒體|全媒体|融媒體|融媒体)))"  # `大公文匯全媒體報道，`
    r"(?:消息|報道|报道|報導|报导)[，,]\s*)"
    # `〔中央社〕`: a wire's story as a Taiwanese paper runs it, the wire in brackets alone
    r"|^〔(?P<cited>中央社|新華社|新华社|中新社|路透社|法新社|美聯社|美联社|共同社)〕\s*(?=\S)"
    # `【大紀元2月23日報導】`, `【點新聞報道】`, `【臺北訊】`: a paper's bracketed dateline
    r"|^【(?:(?P<bracket>[^【】\s]{2,8}?(?:網|网|報|报|社))|[^【】\s]{2,10}?)"
    r"(?:報導|报导|報道|报道|訊|讯)"
    # (`【环球时报报道 记者 丁雅栀】`: its reporter named in it)
    rf"(?:\s*(?:記者|记者)\s*(?P<tagged>[{HAN}·]{{2,4}}(?:[、，, ]\s*[{HAN}·]{{2,4}}){{0,3}}))?"
    r"】\s*"
    # `[环球网综合报道]`: in square brackets too
    r"|^\[(?P<squared>[^\[\]\s]{2,8}?(?:網|网|報|报|社))(?:綜合|综合)?(?:報導|报导|報道|报道|訊|讯)\]\s*"
    # `（中央社記者楊明珠東京2日專電）`: a wire's reporter, place and day in brackets
    rf"|^[(（](?:中央社|新華社|新华社|中新社)(?:記者|记者)[{HAN}]{{4,10}}?(?:{_DAY}\s*日)?"
    r"(?:專電|专电)[)）]\s*(?=\S)"
    # `(吉隆坡3日讯)`, `（新加坡讯）`: a Malaysian or Singaporean paper's, the place and the day
    rf"|^[(（][{HAN}]{{2,6}}?(?:{_DAY}\s*日)?\s*(?:訊|讯|電|电)[)）]\s*(?=\S)"
    # `2023/04/13（三星傳媒報導）`: a local outlet's day and its name, the report in brackets
    rf"|^(?:(?:19|20)\d{{2}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}\s*)?[(（][{HAN}]{{2,10}}?"
    r"(?:報導|报导|報道|报道)[)）]\s*(?=\S)"
    rf"|^【[^【】\s]{{2,10}}?(?:{_DAY}\s*月\s*)?{_DAY}\s*日\s*(?:報導|报导|報道|报道|訊|讯|專電|专电|電|电)】\s*"
    # `11月27日訊 (山東臺 葉帥)`: the day and the desk, no outlet before them
    # (`1月30日電/2017年春節…`: a slash after it, as the wire set `中评社北京1月27日电/`)
    rf"|^(?:{_DAY}\s*月\s*)?{_DAY}\s*日\s*(?:電|电|訊|讯)\s*(?:[(（][^()（）]{{2,20}}[)）])?\s*[/／]?\s*"
    r"(?=\S)"
    # `瀋陽8月14日電 (姜月恆)`: the place, the day and the reporter, the outlet left off
    rf"|^[{HAN}]{{2,6}}?(?:{_DAY}\s*月\s*)?{_DAY}\s*日\s*(?:電|电)\s*"
    rf"[(（]{_NOT_NAMES}(?P<sent>[{HAN}·]{{2,4}}(?:[、，, ][{HAN}·]{{2,4}}){{0,4}})[)）]\s*(?=\S|$)"
    # `《新華社》1月8日消息`: the outlet set in title marks, as a paper cites another
    r"|^(?:[○●◆■□]\s*)?[(（【\[《]?(?P<outlet>新華社|新华社|中新社|本報|本报|本港|本台|本網|本网|本刊|本站|"
    r"晚报|晚報|晨报|晨報|早报|早報|"  # `晚报讯 昨日(7)，…`: the evening paper's own story
    # `TNW中文站 10月14日报道`: a site named in Latin letters first, a site's edition
    rf"(?:[A-Za-z]{{2,8}})?[{HAN}]{{2,8}}?(?:網|网|社|報|报|台|臺|客戶端|客户端|新聞|新闻|頻道|频道|融媒|傳媒|传媒|站|在线|在線|"
    r"信息港|資訊港|资讯港))"
    rf"》?(?:[(（][{HAN}]{{2,10}}?(?:網|网|報|报)[)）])?"  # `荊楚網（湖北日報網）訊`: another name
    # `齊魯網·閃電新聞3月1日訊`: the site and its brand
    rf"(?:[·・][{HAN}]{{2,8}}?(?=[{HAN}]{{0,6}}?\s*(?:{_DAY}\s*月\s*)?{_DAY}\s*日))?"
    # `南海网、南海网客户端海口5月14日消息`: the site and its app
    rf"(?:[、和][{HAN}]{{2,10}}?(?:客戶端|客户端|網|网|報|报))?"
    rf"(?:(?:記者|记者)[{HAN}]{{2,3}})?"  # `中央社記者林克倫台北4日電`: the reporter, unnamed here
    # `中新网 北京7月16日电`, `中央社／ 台北26日電`: a space or a slash before the place
    rf"(?:[／/]?\s*(?P<place>[{HAN}]{{2,6}}?)?\s*{_YEAR}(?:{_DAY}\s*月\s*)?{_DAY}\s*日\s*"
    rf"(?:(?:[{HAN}]{{2,4}}?)?(?:電|电|訊|讯|消息)(?:報導|报导|報道|报道)?"  # `綜合外電報導`
    r"|報導|报导|報道|报道)"  # `TNW中文站 10月14日报道`
    # `中红网江西井冈山2017年4月9日电（刘建中、吴邦华、徐敏峰）`: the reporters in brackets
    rf"(?:\s*[(（]{_NOT_NAMES}(?P<names>[{HAN}·]{{2,4}}(?:[、，, ][{HAN}·]{{2,4}}){{0,6}})[)）])?"
    # `本報訊(張潤澤)`: the paper's own story, its reporter in brackets
    rf"|(?:訊|讯)(?:\s*[(（]{_NOT_NAMES}"
    rf"(?P<own>[{HAN}·]{{2,4}}(?:[、，, ][{HAN}·]{{2,4}}){{0,4}})[)）]"
    # `○本报讯 记者 方新苗 昨日，…`: the reporter named after it, no brackets
    rf"|\s+(?:記者|记者)\s*(?P<bare>{_BARE_NAME}(?:\s+{_BARE_NAME}){{0,3}})(?=\s))?"
    r"|消息(?:[（(][^）)]{1,10}[）)])?)[)）】\]]?\s*[：:，,／/]?\s*(?=\S|$)"
)
# A city in capitals (four letters at least: `NASA - the agency…` is no place), perhaps the
# day and the agency in brackets, then a dash: `UNITED NATIONS, 3 May (UN News) -`
_EN = re.compile(
    # `XIGAZE, Tibet, …`, `BUFFALO, N.Y. -- `: the place's state or region
    r"^(?P<place>[A-Z][A-Z'’. ]{3,30}?"
    # (in mixed case only before a wire's name: `Tehran, Iran (AP) —`, as a copying site sets it)
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,\s*[A-Z][a-z]+\s*\((?:AP|AFP|Reuters)\)\s*(?:—|–|--|-)\s))"
    r"(?:,\s*[A-Z][A-Za-z.]{1,14}"  # (`MANAGUA, Nicaragua (AP) —`: before the agency too)
    r"(?=,|\s*(?:\([A-Z][\w .&-]{1,40}\)\s*)?(?:—|–|--|-)\s+(?![A-Z][a-z]{2,8}\.?\s*\d)))?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?)?"
    r"\s*(?:\((?P<outlet>[A-Z][\w .&-]{1,40})\)\s*)?(?:—|–|--|-)\s+(?=[A-Z\"“])"
)
# `RIVERSIDE, Calif.-- May 13, 2003 -- `, `PHILADELPHIA – (January 18, 2018) -- `,
# `HAGERSTOWN, MD (August 23, 2017) - `: the city,
# perhaps its state, and the date between dashes
_EN_DATED = re.compile(
    r"^(?P<place>[A-Z][A-Z'’. ]{3,30}?)(?:,\s*[A-Z][A-Za-z.]{1,12})?\s*(?:(?:—|–|--|-)\s*\(?|\()"
    r"(?:[A-Z][a-z]{2,8}\.?\s*\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\)?"
    r"(?:\s*(?:—|–|--|-)\s+|\s*[—–:]\s*)(?=[A-Z\"“])"  # `BOSTON-Aug.19, 2008:University…`
)
# `STRATHAM, N.H., Feb. 27, 2020 /PRNewswire/ -- `: a newswire's dateline, the wire in slashes
_EN_NEWSWIRE = re.compile(  # the year may be left out: `WASHINGTON, Aug. 20 /Standard Newswire/`
    r"^[A-Z][A-Za-z'’. ]{2,30}(?:,\s*[A-Z][A-Za-z.]{1,14})?,\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)\s*"
    r"/(?P<outlet>[A-Za-z][\w .-]{2,30})/\s*(?:—|–|--|-)\s*(?=\S)"  # (`/U.S. Newswire/ --`)
)
# `ATLANTA & NEW YORK--(BUSINESS WIRE)--`: the city, perhaps the day, the wire in brackets
_EN_WIRE_BRACKETED = re.compile(  # after a relay's own mark: `/EIN News/ -- ATLANTA, …`
    r"^(?:/[A-Za-z][\w ]{1,20}/\s*(?:—|–|--|-)\s*)?"
    r"\(?[A-Z][A-Za-z'’.& ]{2,40}?(?:,\s*[A-Z][A-Za-z.]{1,14})?"  # (`(BARBERTON…`: a stray mark)
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:—|–|--|-)?\s*"
    r"\((?P<outlet>(?i:business wire|globe newswire|accesswire|marketwired?|pr newswire))"
    # (`BOYNTON BEACH, FL--(Marketwire - January 17, 2008) - `: the day in the wire's brackets)
    r"(?:\s*[-–—]\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})?\)"
    r"\s*(?:—|–|--|-)\s*"
)
# `(AP) — Severe storms…`, `…Idaho, Nov 12, 2020, Nov. 12, 2020 (GLOBE NEWSWIRE) — `: a wire
# in brackets, whatever is set before it; `-- BERNAMA`: an agency's sign-off, a line alone
_EN_WIRE_LOOSE = re.compile(
    r"^(?:[A-Z][^()\n]{0,140}?\d{4},?\s*|[A-Z][A-Z .,'’-]{2,60}\s)?"
    r"\((?P<outlet>AP|AFP|Reuters|UPI|Bernama|BERNAMA|Xinhua|"
    r"(?i:globe newswire|business wire|pr newswire|accesswire))\)\s*(?:—|–|--|-)\s*(?=\S)"
    r"|^(?:--|—|–)?\s*(?P<signed>BERNAMA|Bernama|Xinhua|XINHUA|AFP|AP|Reuters|REUTERS|IANS|PTI|ANI|"
    r"Yonhap|Kyodo)\s*$"
    # `ISLAMABAD, Apr 15 (APP):`: a place in capitals, the day, a national agency, a colon
    r"|^[A-Z][A-Z .'’-]{2,30},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2}\s+\((?P<agency>APP|PTI|IANS|ANI|UNI|KUNA|WAM|SPA|QNA|BSS|PNA|VNA|Bernama|Xinhua"
    r"|AP|AFP|Reuters)\)\s*[:—–-]\s*(?=\S)"
)
# `https://www.w3.org/, and https://www.yubico.com — 14 October 2021 — `: the issuers' sites
# stand for the city
_EN_SITES = re.compile(
    r"^(?:https?://[^\s,]+,?\s+(?:and\s+)?)+(?:—|–|--|-)\s*"  # no comma in a link: linear
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
    r"\s*(?:—|–|--|-)\s+(?=[A-Z\"“])"
)
# `(Press-News.org) Though per- and polyfluoroalkyl…`: the relay site, bracketed, opens it
_EN_SITE_BRACKETED = re.compile(
    r"^\((?P<outlet>[A-Z][\w-]{2,30}\.(?:org|com|net|info))\)\s+(?=[A-Z])"
)
# `03/22/10 — `: a newswire's day in figures, after its city and name
# (and `2012-12-05 — /travelprnews.com/ — `: a relay's day and its name between slashes)
_EN_NUMERIC_DAY = re.compile(
    r"^(?:\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}\s*(?:—|–|--|-)\s*/[\w.-]{3,40}/)"
    # (or a full stop: `02/27/2015. Faced with growing threats…`, a site's stamp on its story)
    r"(?:\s*(?:—|–|--|-)|(?<=\d)\.)\s+(?=[A-Z\"“])"
)
# `(Dallas, Texas) – `: the city and state in brackets
_EN_BRACKETED = re.compile(  # `(MANHATTAN, Kan. – February 3, 2023) — `: the day in it too
    r"^\([A-Z][A-Za-z .'’]{2,30}, [A-Z][A-Za-z.]{1,14}"
    r"(?:\s*(?:—|–|--|-)\s*(?:[A-Z][a-z]{2,8}\.?\s*\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))?"
    r"\)\s*(?:—|–|--|-)\s+(?=[A-Z\"“])"
)
# `Washington, DC – `, `Albany, N.Y. — `: a city in mixed case with its state
_EN_CITY_STATE = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, (?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]{2,}\.?) [—–-]+ "
    r"(?=[A-Z\"“])"
    # `Port Moresby, 07 June 2019– Today…`: a city in mixed case with the day
    r"|^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*(?:—|–|--|-)\s*(?=[A-Z\"“])"
)


# a programme page's labels before its rundown: `视频简介:本期节目主要内容: 全国政协…`; a
# page's date field run into the text (` date 2025-10-23 中共…`)
_PROGRAMME = re.compile(
    r"^(?:(?:视频|視頻|节目|節目)(?:简介|簡介)|本期(?:节目|節目)?(?:主要)?(?:内容|內容))\s*[:：]\s*(?=\S)"
    r"|^\s*(?i:date)\s*[:：]?\s*\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)"  # (or its month: `date 2024-05`)
)


# `BAAR, SWITZERLAND`: a release's dateline on a line of its own, over its first paragraph
_EN_PLACE_ALONE = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]{1,30}, [A-Z][A-Z.'’ -]{1,30}?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:D\.C\.|DC|[A-Z]{2}))\s*[–—-]?\s*$"  # `Washington, D.C.`
)


# `新华社照片，北京，2024年9月22日`: a wire photo story's outlet, place and day over its headline
_ZH_PHOTO = re.compile(
    r"^(?P<outlet>新華社|新华社|中新社|中新網|中新网)\s*(?:照片|圖片|图片|發|发)\s*[，,]\s*"
    rf"[{HAN}]{{2,8}}\s*[，,]\s*{_YEAR}(?:{_DAY}\s*月\s*)?{_DAY}\s*日\s*(?:[(（]?(?:電|电)[)）]?)?\s*"
)


# `刘桥镇供稿(周雪龙)为深入贯彻…`: who sent the story in and who wrote it, glued to its text
_ZH_SUPPLIED = re.compile(
    rf"^(?P<outlet>[{HAN}]{{2,12}}?)供稿\s*[(（]"
    rf"(?P<names>[{HAN}·]{{2,4}}(?:[、，, ][{HAN}·]{{2,4}}){{0,4}})[)）]\s*[：:，,]?\s*(?=\S|$)"
)

# `喬治亞州卡爾霍恩2013年1月28日電 /美通社/ --`: a release relayed by PR Newswire's Chinese wire;
# `香港, 2022年5月23日 - (亚太商讯) -`: by ACN Newswire's
_ZH_RELAYED = re.compile(
    rf"^[{HAN}·]{{2,16}}?\s*[,，]?\s*{_YEAR}(?:{_DAY}\s*月\s*)?{_DAY}\s*日\s*(?:電|电)?\s*"
    r"(?:/\s*(?P<outlet>美通社|美通社亞洲|美通社亚洲)\s*/"
    r"|[-－—]\s*[(（]\s*(?P<acn>亚太商讯|亞太商訊)\s*[)）])\s*(?:--|—|－|-)?\s*"
)


def dateline_names(opening: str) -> str | None:
    """The reporters a Chinese dateline names in brackets after it, if any."""
    if supplied := _ZH_SUPPLIED.match(opening):
        return supplied.group("names")
    m = _ZH.match(opening)
    found = (m["names"] or m["sent"] or m["own"] or m["bare"] or m["tagged"]) if m else None
    return found


def dateline(line: str) -> tuple[str, str | None] | None:
    """(the dateline, the outlet it names) if the line opens with one, else None."""
    m = _ZH_PHOTO.match(line) or _ZH_SUPPLIED.match(line) or _ZH_RELAYED.match(line)
    if m:
        return m.group(0), m.group("outlet") or m.groupdict().get("acn")
    m = _ZH.match(line) or _PROGRAMME.match(line) or _EN_PLACE_ALONE.match(line)
    if m and m.re is not _ZH:
        return m.group(0), None
    if m:
        named = m.group("outlet") or m.group("by") or m.group("wire") or m["cited"]
        return m.group(0), named or m["bracket"] or m["squared"]
    m = _EN.match(line)  # (a place in mixed case is one only before its wire's name)
    # `UNIVERSITY OF CALIFORNIA - RIVERSIDE`: a name in capitals, no sentence after its dash
    m = m if m and re.search(r"[a-z]", line[m.end() :]) else None
    if m and (len(re.sub(r"[^A-Z]", "", m.group("place"))) >= 4 or m.group("outlet")):
        return m.group(0), m.group("outlet")
    m = _EN_DATED.match(line)
    if m and len(re.sub(r"[^A-Z]", "", m.group("place"))) >= 4:
        return m.group(0), None
    m = _EN_BRACKETED.match(line)
    if m:
        return m.group(0), None
    m = _EN_NEWSWIRE.match(line) or _EN_WIRE_BRACKETED.match(line) or _EN_SITE_BRACKETED.match(line)
    if m:
        return m.group(0), m.group("outlet")
    m = _EN_WIRE_LOOSE.match(line)
    if m:
        return m.group(0), m["outlet"] or m["signed"] or m["agency"]
    m = _EN_NUMERIC_DAY.match(line)
    if m:  # the second part of `BARRINGTON, IL — (Marketwire) — 03/22/10 — `
        return m.group(0), None
    m = _EN_SITES.match(line)
    if m:
        return m.group(0), None
    m = _EN_CITY_STATE.match(line)
    return (m.group(0), None) if m else None
