"""A title drawn from the first sentence, when the text has no headline, said as a headline
says it: the person without the offices before the name (`市委副書記、市長張百順主持召開…` →
`張百順主持召開…`), and what they said without the frame (`溫家寶今天在此間表示，希望…` →
`溫家寶希望…`). Nothing changes in the text: only the title is drawn so."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN
from highlights.chars import has_han
from highlights.normalise.en_tense import COMPANY_FORM

__all__ = [
    "OFFICE",
    "clause_outside_quotes",
    "condense",
    "plenum_held",
    "subject_short_form",
    "who_said",
    "without_short_forms",
    "without_venue",
]

OFFICE = (
    r"(?:副|前)?(?:總書記|总书记|書記|书记|市長|市长|省長|省长|區長|区长|縣長|县长|州長|州长|鎮長|镇长|"
    r"行政長官|行政长官|特首|"
    r"主任|主席|總理|总理|部長|部长|局長|局长|廳長|厅长|院長|院长|總統|总统|秘書長|秘书长|"
    r"理事長|理事长|發言人|发言人|大使|常委)"
)
# `今（13）日`: Taiwan's releases put the day in brackets
_WHEN = r"(?:今天|今日|昨天|昨日|日前|近日|當天|当天|[今昨][（(]\d{1,2}[）)]日)?(?:上午|下午|晚上)?"
# a name of two or three characters, then what the person did
_DOES = (
    rf"(?={_WHEN}(?:在|赴|到|率|主持|出席|會見|会见|會晤|会晤|調研|调研|召開|召开|深入|聽取|听取|"
    r"檢查|检查|看望|慰問|慰问|參加|参加|強調|强调|指出|表示|希望|說|说|宣布|簽署|签署))"
)
# `市委副書記、市長`: offices, one or several, before a name
_OFFICE_LIST = rf"(?:[^，。、；：\s]{{0,12}}?{OFFICE}、)*[^，。、；：\s]{{0,12}}?{OFFICE}"
# (no name starts as an office's body goes on: `区人大常委` + `会党组召开…`, `主席` + `团会议…`
# are one body; `外交部发言人赵立坚主持例行记者会`: a spokesperson holding the briefing speaks for
# the office, which the headline keeps; what they said is theirs: `汪文斌：这种论调有悖事实`)
_OFFICES = re.compile(
    rf"^{_OFFICE_LIST}(?!(?<=發言人|发言人)[{HAN}]{{2,3}}{_WHEN}主持)"
    rf"(?=(?![会會党黨组組办辦委团團])[{HAN}]{{2,3}}(?:同志)?{_DOES})"
)
# `謝義維同志主持召開…`: a headline names the person without `同志`
_COMRADE = re.compile(rf"^(?P<name>[{HAN}]{{2,3}})同志(?={_DOES})")
# `溫家寶今天在此間表示，希望…`: who, then what they said
_FRAME = re.compile(
    rf"^(?P<who>[{HAN}·]{{2,12}}?){_WHEN}(?:在此間|在此间|在[^，,。]{{1,10}}?)?"
    r"(?:表示|指出|強調|强调|說|说|公布)[，,：:]\s*"
)


# `新華社受權于22日全文播發李克強總理…上所作的《政府工作報告》` → `…全文播發《政府工作報告》`:
# the day, and who delivered the report where, are the text's business
_ON_DAY = re.compile(rf"(?<=[{HAN}])(?:于|於)\d{{1,2}}日(?=[{HAN}])")
_DELIVERED_BY = re.compile(
    r"(?<=播發|播发|發布|发布|公布|刊發|刊发|刊登|審議|审议|聽取|听取)了?[^，。；《》]{4,48}?"
    r"(?:所作|所做)的(?=《|(?:政府)?工作(?:報告|报告))"  # `…審議了葉幫銳市長…所作的政府工作報告`
)


# `温家宝在…张高丽等陪同下在天津滨海新区调研`: who came along is the text's business
_ACCOMPANIED = re.compile(r"在[^，,。；在]{2,60}?陪同下(?=[在赴到])")


# `…代表大会在圆满完成了各项议程后，于上午胜利闭幕` → `…代表大会胜利闭幕` (`…后于闭幕`: its
# day gone before)
_AFTER_AGENDA = re.compile(
    r"在[^，,。；在]{2,24}?(?:后|後)[，,]?\s*(?:(?:于|於)(?:上午|下午|晚上|今天|今日)?)?"
    r"(?=(?:胜利|勝利|圆满|圓滿|隆重)?(?:闭幕|閉幕|结束|結束))"
)


# `市委副书记、市长贺懋燮，市委常委、常务副市长曹哨兵采取…检查督导…`: officials named one by
# one, then what they did together → `贺懋燮、曹哨兵采取…检查督导…`
_NAMED_ALONE = re.compile(rf"^{_OFFICE_LIST}(?P<name>[{HAN}]{{2,3}})[，,]")


def _together(sentence: str) -> str:
    names: list[str] = []
    rest = sentence
    while (alone := _NAMED_ALONE.match(rest)) and len(names) < MAX_TOGETHER:
        names.append(alone["name"])
        rest = rest[alone.end() :]
    acting = _OFFICES_ONLY.match(rest)
    if not names or not acting:
        return sentence
    return "、".join(names) + "、" + rest[acting.end() :]


MAX_TOGETHER = 4  # officials named one by one before the one who acts
_OFFICES_ONLY = re.compile(rf"^{_OFFICE_LIST}(?=[{HAN}]{{4}})")


# `市长陈岳峰以“四不两直”方式，先后深入…等地，调研督导森林防火、…等工作`: the official, how
# they went, where, then what they did: the title is who did what (`陈岳峰调研督导森林防火等工作`)
_MANNER = (
    r"(?:以[^，,。]{2,16}(?:方式|形式)|轻车简从|輕車簡從|一行|带队|帶隊|率队|率隊|冒雨|"
    r"(?:率|带领|帶領)[^，,。]{2,30}(?:负责人|負責人|负责同志|負責同志|人员|人員)|"
    r"(?:冒着|冒著|顶着|頂著|踏着|踏著)[^，,。]{1,8})"
)
_WHO_AND_HOW = re.compile(
    rf"^(?:{_OFFICE_LIST})?(?P<name>[{HAN}]{{2,3}}){_MANNER}[，,]\s*(?P<rest>[^。！？]+)"
)
_AT_WORK = re.compile(
    r"^(?:先后|先後|分别|分別|随后|隨後|并|並|还|還)?(?P<did>[^，,]{0,40}?"
    r"(?:调研|調研|督导|督導|督查|检查|檢查|视察|視察|考察|慰问|慰問|看望|走访|走訪|暗访|暗訪)"
    r"[^，,]{0,40})"
)
# `东峰镇、东游镇、…、水源乡等乡镇`, `森林防火、…和文旅经济发展等工作`: the first of a list stands
_LISTED = re.compile(
    rf"(?P<first>[^，,、《》]{{2,16}}?)(?:[、和及与與][^，,、《》]{{2,16}}?)+(?=等[{HAN}])"
)


def _at_work(sentence: str) -> str:
    how = _WHO_AND_HOW.match(sentence)
    if not how:
        return sentence
    for clause in re.split(r"[，,；;]\s*", how["rest"]):
        if work := _AT_WORK.match(clause):
            return how["name"] + _LISTED.sub(r"\g<first>", work["did"])
    return sentence


# `食物安全中心（中心）`, `香港金融管理局（金管局）`: the short form a name is given, in brackets
# `（宗乡总会）`, and as a text defines it: `（以下簡稱“海爾集團”）`, `（简称“佰仟金融”）`
_SHORT_FORM = re.compile(
    rf"(?<=[{HAN}])[（(](?:(?:以下)?(?:簡稱|简称|下稱|下称)[“「]?(?P<named>[{HAN}]{{1,6}})[”」]?"
    rf"|(?P<bare>[{HAN}]{{1,6}}))[)）]"
)


def without_short_forms(sentence: str) -> str:
    def drop(m: re.Match[str]) -> str:
        before = iter(sentence[max(0, m.start() - 20) : m.start()])
        short = m["named"] or m["bare"]
        named = all(ch in before for ch in short)  # its characters, in order, just before
        return "" if named else m[0]

    return _SHORT_FORM.sub(drop, sentence)


def subject_short_form(sentence: str) -> str:
    """`新加坡宗乡会馆联合总会（宗乡总会）于…召开…` → `宗乡总会于…召开…`: a headline names its
    subject by the short form the text gives it."""
    m = _SHORT_FORM.search(sentence, 0, SUBJECT_MAX + 8)
    name = sentence[: m.start()] if m else ""
    if not m or not name or re.search(r"[，,、；;：:]", name) or len(name) > SUBJECT_MAX:
        return sentence
    if m["named"]:
        return sentence  # `國機集團與海爾集團公司（以下簡稱“海爾集團”）`: the last name only
    short = m["bare"]
    if len(short) < SHORT_NAME_MIN:
        return sentence  # `食物安全中心（中心）`: a word that stands for it, no name to title with
    letters = iter(name)
    return short + sentence[m.end() :] if all(ch in letters for ch in short) else sentence


SUBJECT_MAX = 20  # characters: a longer opening is more than the subject's name
SHORT_NAME_MIN = 3


def condense(sentence: str) -> str:
    sentence = _at_work(_together(without_short_forms(sentence)))
    sentence = _DELIVERED_BY.sub("", _ON_DAY.sub("", sentence), count=1)
    sentence = _ACCOMPANIED.sub("", sentence, count=1)
    sentence = _AFTER_AGENDA.sub("", sentence, count=1)
    sentence = _OFFICES.sub("", sentence, count=1)
    sentence = _COMRADE.sub(r"\g<name>", sentence, count=1)
    sentence = _PROPOSED.sub(r"\g<head>", sentence, count=1)
    sentence = _LISTED_IN_BRACKETS.sub("", sentence)
    sentence = _AMID.sub("", _CITES.sub("", sentence, count=1), count=1)
    sentence = _IN_FIELDS.sub("", sentence, count=1)
    frame = _FRAME.match(sentence)
    if frame:
        said = _SAID_WHEN.sub("", sentence[frame.end() :], count=1)
        joint = "" if _WISH.match(said) else "："  # `寧吉喆：經濟恢復向好`
        sentence = frame.group("who") + joint + said
    return sentence


# `「華爾街日報」今天引述美國官員報導，拜登政府推遲…`: whose report is cited frames the news
_CITES = re.compile(
    r"^(?:[^，,。]{2,16}?(?:今天|今日|昨天|昨日)?引述[^，,。]{2,16}?(?:報導|报道|報道|报导)"
    # `據凱里市…領導小組辦公室介紹，國慶期間…`: who told the paper
    r"|(?:據|据)[^，,。]{2,40}?(?:介紹|介绍|透露|表示))[，,]\s*(?=\S)"
)
# `在中國於台灣周邊軍演之際，拜登政府推遲…`, `國慶期間，`: when it happened is the story's, not
# the title's
_AMID = re.compile(
    r"^(?:在[^，,。]{2,24}?|[^，,。]{2,8}?)(?:之際|之际|期間|期间|前夕)[，,]\s*(?=\S)"
)
# `我國考古工作在中華文明探源工程、“考古中國”重大項目、…等各方面取得重要進展`: the fields
# listed, where the progress was made; the title says it was made
_IN_FIELDS = re.compile(
    r"(?<=\S{2})在[^，,。在]{4,80}?、[^，,。]{2,80}?等?(?:各個|各个|各|多個|多个)?(?:方面|領域|领域)"
    r"(?=(?:都|均|也)?(?:取得|實現|实现|獲得|获得))"
)
# `宇城地域（宇土市、宇城市、美里町）3位首長`: what a name takes in, listed in brackets
_LISTED_IN_BRACKETS = re.compile(r"[（(][^（）()，,。]{1,20}(?:、[^（）()，,。]{1,20}){1,6}[）)]")
# `李強在政府工作報告中提出，今年發展主要預期目標是：…`: what was put forward goes on after
# the comma (`…中提出今年發展主要預期目標`)
_PROPOSED = re.compile(r"^(?P<head>[^，,。；：:]{2,30}?(?:提出|宣布|公布))[，,]\s*(?=\S)")
_WISH = re.compile(r"希望|盼|願|愿|將|将|要|會|会")
# `鄧炳強…表示，大年初一，紀律部隊的同事已經各就各位`: when it was is no part of what was said
_SAID_WHEN = re.compile(
    r"^(?:今天|今日|明天|明日|今年|明年|去年|近日|日前|目前|當前|当前|現在|现在|近年來|近年来|"
    r"(?:大年|正月)?初[一二三四五六七八九十]|除夕|新春|春節期間|春节期间)[，,]\s*(?=\S{4})"
)


_OPENS, _CLOSES = "《“「（(", "》”」）)"


_FORM_AFTER = re.compile(COMPANY_FORM + r"(?=[\s(,]|$)")


def clause_outside_quotes(text: str) -> str:
    """The first clause, not cut inside a title or a quote: `《轻舟已过万重山：“…”可以休矣》`."""
    depth = 0
    # `…launch of the Give More campaign - as the latest research shows…`: English sets a
    # clause off with a spaced dash too
    latin = not has_han(text)
    for at, ch in enumerate(text):
        depth += (ch in _OPENS) - (ch in _CLOSES and depth > 0)
        if ch in ",:" and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit():
            continue  # `2:30`, `1,000`: a figure's marks end no clause
        if ch == "," and latin and _FORM_AFTER.match(text, at):
            continue  # `Acme, Inc. announces…`: the company's form is its name's
        if depth == 0 and ch in "，；：,;:。！？":
            return text[:at]
        spaced = text[at - 1 : at] == " " == text[at + 1 : at + 2]
        if depth == 0 and latin and ch in "-–—" and spaced:
            return text[: at - 1]
    return text


# `…會議在市會展中心隆重開幕`, `…在縣府第二辦公大樓工商策進會會議室召開…`: which room or hall
# it was held in is no part of a headline (a sentence with no one before it names the place as
# its subject instead: firstpara's `_HELD_AT`)
_VENUE = re.compile(
    rf"(?<=[{HAN}」》”）)])(?:在|假座?)[^，,。在]{{0,30}}?"  # (Hong Kong's `假港麗酒店舉行`)
    r"(?:會議室|会议室|會議廳|会议厅|禮堂|礼堂|大樓|大楼|大廳|大厅|報告廳|报告厅|發布廳|发布厅|會堂|会堂|"
    r"會展中心|会展中心|辦公中心|办公中心|會議中心|会议中心|行政中心|服務中心|服务中心|"
    r"賓館|宾馆|酒店|飯店|饭店|體育館|体育馆|主會場|主会场|多功能廳|多功能厅|演播室|"
    # a school's, a square's, a museum's name (`…在浦江县曙光民工子弟学校举行`)
    r"學校|学校|小學|小学|中學|中学|廣場|广场|劇院|剧院|展覽館|展览馆|博物館|博物馆|紀念館|纪念馆|"
    r"圖書館|图书馆|文化館|文化馆|會館|会馆)"
    r"(?=(?:隆重)?(?:召开|召開|举行|舉行|开幕|開幕|闭幕|閉幕|主持))"
)


# `包江苏主持召开中国共产党福鼎市第十三届委员会第十六次全体会议`: a party committee's plenum is
# the news, not who chaired it (a cabinet's, `李强主持召开…国务院第一次全体会议`, names its head)
_CHAIRED_PLENUM = re.compile(
    rf"^[{HAN}]{{2,4}}主持(?P<held>召开|召開)(?P<plenum>[^，,。]{{4,40}}?(?:委员会|委員會)"
    r"[^，,。]{0,12}?(?:全体会议|全體會議))(?=[，,。]|$)"
)


def plenum_held(sentence: str) -> str:
    """`包江苏主持召开中国共产党福鼎市第十三届委员会第十六次全体会议` → `中国共产党福鼎市第十三届
    委员会第十六次全体会议召开`."""
    return _CHAIRED_PLENUM.sub(r"\g<plenum>\g<held>", sentence, count=1)


def without_venue(sentence: str) -> str:
    """`市十七屆人大五次會議在市會展中心隆重開幕` → `市十七屆人大五次會議隆重開幕`."""
    return _VENUE.sub("", sentence, count=1)


# `行政院长陈建仁（左）表示，台湾一直释出善意`: who said it, then what: `陈建仁…：台湾一直释出善意`
_SAID = re.compile(
    r"(?:今天|今日|昨天|昨日|日前|近日)?(?:[（(](?:左|右|中)[一二三四五六]?[)）])?"
    r"(?:表示|指出|強調|强调)$"
)
SPEAKER_MAX = 16  # characters: a longer subject is a sentence's, no speaker's name


def who_said(clause: str, said: str) -> str | None:
    """`行政院长陈建仁（左）表示` and what followed it: `行政院长陈建仁：台湾一直释出善意`."""
    saying = _SAID.search(clause)
    if saying is None or not 2 <= saying.start() <= SPEAKER_MAX:
        return None
    return f"{clause[: saying.start()]}：{said}"
