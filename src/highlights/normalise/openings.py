"""What opens a first paragraph before its news, and names nothing: the time, the occasion, the
frame (`會議指出，`), why and on whose behalf it was done, how the reporter learnt it, a review's
political preamble, a meeting's slogan; for a title drawn from the paragraph."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES

__all__ = [
    "BASIS",
    "PERIOD",
    "PERIOD_NAMED",
    "PREAMBLE",
    "SLOGAN",
    "TIME_PHRASE",
    "VERDICT",
    "unopened",
]

TIME_PHRASE = re.compile(
    # (`1030日下午，`: a day whose 月 a page lost, reported as damage, still the time)
    r"^(?:(?:(?:\d{1,4}\s?年|今年|去年|前年)\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日(?:至\d{1,2}日)?|\d{1,2}\s?日|"
    r"(?:1[0-2]|[1-9])(?:0[1-9]|[12]\d|3[01])日(?=(?:上午|中午|下午|晚上)?[，,])|今天|今日|昨天|昨日|"
    r"\d{4}\s?年(?=[，,])|"  # `2015年，面对严峻复杂的外部环境…`: the year the review covers
    r"\d{4}\s?年\s?\d{1,2}\s?月(?=[，,])|"  # `2016年12月，中共中央辦公廳…印發`: the month
    r"近日|日前|目前|今年以來|今年以来|年初以來|年初以来|"
    r"當天|当天|昨晚|今晚|當晚|当晚|"
    r"(?:清晨|深夜|夜裡|夜里)(?=[，,])|"  # `清晨，一副副红灿灿的春联…`: the hour alone
    # `今年“兩會”期間，`: while it lasted
    r"(?:今年|去年|日前)?[“「]?[^，,。“”「」]{1,10}[”」]?(?:期間|期间)(?=[，,])|"
    r"(?:正月|臘月|腊月)(?:初|二十|廿|三十)?[一二三四五六七八九十]{1,2})"  # `臘月二十六中午`
    r"(?:[（(](?:\d{1,2}月)?\d{1,2}日?[)）])?"  # `昨晚（21日）`, `昨日（7）`
    # `今天（1月21日）下午2:00，`: the hour on a clock too
    r"(?:上午|中午|下午|晚上|晚間|晚间|早上|凌晨|傍晚|晚)?(?:\d{1,2}[點点时時](?:\d{1,2}分)?|\d{1,2}[:：]\d{2})?[，,]?"
)
# `由井冈山管理局…主办，…承办的2017第八届井冈山杜鹃花节在…开幕`: who held it is the text's
_HOSTED_BY = re.compile(  # `由國務院僑辦、上海市僑辦共同組織的海外華文媒體團…` too
    r"^由[^。；]{2,120}?(?:主办|主辦|承办|承辦|协办|協辦|举办|舉辦|组织|組織|设立|設立|发起|發起|创办|創辦)"
    r"的(?=\S{4})"
)
_CUE_OPENING = re.compile(r"^(?:會議|会议|全會|全会)(?:指出|強調|强调|認為|认为|要求)[，,：:]")
# `在2026年全国两会即将召开之际，`: the occasion, not the news
_OCCASION = re.compile(
    r"^在[^，,。；]{2,40}?(?:之際|之际|前夕|期間|期间|之時|之时|之前|以來|以来)[，,]\s*(?=\S)"
    # `在…第十七届人民代表大会第二次会议上，县长…作政府工作报告`: where, then who did what
    r"|^在[^，,。；]{2,40}?(?:會議|会议|大會|大会|儀式|仪式|論壇|论坛|典禮|典礼|活動|活动)上[，,]\s*(?=\S)"
    # `中国共产党凤阳县第十三届委员会第六次全体（扩大）会议后，第三小组…`: after which meeting
    r"|^[^，,。；在]{4,50}?(?:會議|会议|大會|大会|全會|全会)(?:結束|结束|閉幕|闭幕)?(?:後|后|期間|期间)"
    r"[，,]\s*(?=\S{6})"
)
# `还有不到三个月，北京冬奥会即将拉开大幕`: a countdown sets the scene, the news follows
# `今天是嘉義縣議會第20屆第2次定期大會，章梁率縣府團隊前來進行施政報告`: what day it is sets
# the scene, what is done on it is the news
_THE_DAY = re.compile(
    r"^(?:今天|今日|明天|明日)(?:是|正值|恰逢|適逢|适逢)[^，,。；]{2,40}[，,]\s*(?=\S)"
)
_COUNTDOWN = re.compile(
    r"^(?:距[^，,。]{1,20}?)?(?:还有|還有|仅剩|僅剩|只剩)(?:不到|不足)?[\d一二三四五六七八九十两兩百]{1,3}"
    r"(?:个|個)?(?:天|月|年|周|週|小时|小時)[，,]\s*(?=\S)"
)
# `记者从市统计局获悉，`: how the reporter learnt it, not what
_LEARNT = re.compile(
    r"^(?:记者|記者|笔者|筆者)(?:近日|日前)?(?:从|從|自)(?P<source>[^，,。]{2,30}?)"
    r"(?:获悉|獲悉|了解到|瞭解到)[，,]\s*(?=\S)"
)
# `笔者从竹山县…会议获悉，该县明确…`: the place the source names is the one `该县` points back to
_THAT_PLACE = re.compile(r"^(?:该|該)(?P<unit>[县縣市区區镇鎮省])")
_PLACE = rf"[{HAN_RANGES}]{{1,6}}?"


def _past_learnt(text: str) -> str:
    """`笔者从竹山县第十九届人大三次会议获悉，该县明确…` → `竹山县明确…`."""
    if not (learnt := _LEARNT.match(text)):
        return text
    rest = text[learnt.end() :]
    if that := _THAT_PLACE.match(rest):
        place = re.match(rf"^{_PLACE}{that['unit']}", learnt["source"])
        rest = (place[0] if place else that[0]) + rest[that.end() :]
    return rest
# a meeting's slogan in two even halves before the news: `发扬民主增进团结，凝聚共识助推发展。`
SLOGAN = re.compile(r"^([^，。！？、\s]{4,9})[，,]([^，。！？、\s]{4,9})[。！]$")
# `Believe it or not, there were big local stories…`: the writer's aside before the news; `In
# celebration of its 135th anniversary, USV announced…`: the occasion before it
_EN_ASIDE = re.compile(
    r"^(?:Believe it or not|Of course|In fact|Indeed|Sure enough|As expected|Not surprisingly|"
    r"Unsurprisingly|Surprisingly|Once again|Yet again),\s+(?=[a-z])"
    r"|^(?:In (?:celebration|honou?r|recognition|observance) of|To (?:celebrate|mark|commemorate))"
    r"\s[^,]{2,80},\s+(?=\S)"
)
# `大家上午好，十四屆全國人大二次會議第二場“部長通道”采訪活動現在開始`: the host's greeting
_GREETING = re.compile(
    r"^(?:各位(?:記者朋友|记者朋友|媒體朋友|媒体朋友|網友|网友)?[，,]?\s*)?"
    r"大家(?:上午|下午|晚上|早上)?好[，,！!。]\s*(?=\S)"
)
# `为切实推进市政府决策部署的贯彻落实，市政府政务督查室…进行了督办`: why, then what was done
# (`为深入贯彻…部署，研判安全形势，明确重点任务，7月9日下午，…召开…`: why, however many
# clauses it runs to, up to the day)
_PURPOSE = re.compile(
    r"^(?:为了|為了|为(?!期)|為(?!期))(?:[^。；：]{2,80}?[，,]\s*(?=(?:\d{1,2}\s?月\s?\d{1,2}\s?日|"
    r"近日|日前)[^，,。；]{0,6}[，,])|[^，,。；：]{2,40}?[，,]\s*(?=\S{6}))"
)
# `按照中央、省委和市委部署要求，`: what it was done by, not what was done
_AS_REQUIRED = re.compile(
    r"^(?:按照|依照|遵照|根据|根據|依據|依据)[^，,。；]{2,40}?"
    r"(?:要求|部署|安排|精神|规定|規定|通知|意见|意見|计划|計劃)[，,]\s*(?=\S{4})"
)
# `受区委副书记、区长罗成委托，区委常委…龚锐主持召开…`: on whose behalf, not who did it
_ON_BEHALF = re.compile(r"^受[^，,。]{2,40}?(?:委托|委託)[，,]\s*(?=\S)")
# `作为资本市场的重要组成部分，`, `在整个机器人行业中，`, `自1978年…至今，`, `因應…連續假期，`:
# what the sentence is set in, not what it says
# `针对近期少数西方政客和媒体称，中国经济…风险，外交部发言人汪文斌…时说，这种论调有悖事实`:
# what is answered, then who answered it and what they said: the answer names the story
_ANSWERING = re.compile(
    r"^(?:针对|針對|对于|對於|就)[^。；]{2,120}?[，,]"
    r"(?=[^，,。；]{2,40}?(?:说|說|表示|指出|强调|強調|回应|回應)[，,：:])"
)
_SETTING = re.compile(
    r"^(?:(?:作为|作為)[^，,。；]{2,30}|在[^，,。；]{2,30}?(?:中|里|裡|方面|当中|當中)|"
    r"(?:自|从|從)[^，,。；]{2,30}?(?:至今|以来|以來)|"
    r"(?:因應|因应|随着|隨著|鉴于|鑑於|針對|针对|由于|由於)[^，,。；]{2,40})"
    r"(?<![称稱说說])[，,]\s*(?=\S{6})"  # `针对…媒体称，`: what they said runs past the comma
)

# a review's political preamble names nothing: `面对…压力，在县委、县政府的坚强领导下，…`,
# `全县上下坚持以习近平新时代中国特色社会主义思想为指导`
PREAMBLE = re.compile(
    r"^(?:面对|面對|在[^，,。]{2,30}(?:领导|領導|指导|指導)下|"
    r"全(?:省|市|县|縣|区|區|州|盟|旗)上下|(?:始终|始終)?(?:坚持|堅持)以)"
)
# a review's verdict on the economy (`全县经济运行总体平稳`), and the period its figures cover
VERDICT = re.compile(
    r"[，,](?P<v>全(?:市|县|縣|区|區|省|州|旗)(?:经济|經濟)[^，,。；]{2,14})(?=[，,。；]|$)"
)
PERIOD_NAMED = re.compile(
    r"(?:前[一二三]季度|第?[一二三四]季度|上半年|下半年|1\s*[-—–至]\s*\d{1,2}月|前\d{1,2}(?:个|個)月)"
)
# `根據地區生產總值統一核算結果，`, `经初步核算，`: how the figure was reached
BASIS = re.compile(
    r"^(?:(?:根据|根據|据|據|经|經)[^，,。]{0,30}?)?(?:初步)?(?:核算|测算|測算|统计|統計)(?:结果|結果)?[，,]\s*"
)

# `前三季度，全市實現…`: the period the figures cover stays with them, without its comma
PERIOD = re.compile(
    r"^(?P<period>(?:今年|(?:19|20)\d{2}年)?(?:前[一二三]季度|第?[一二三四]季度|上半年|下半年|"
    r"1\s*[-—–至]\s*\d{1,2}月|前\d{1,2}(?:个|個)月))[，,]\s*(?=\S)"
)


def unopened(text: str) -> str:
    """`text` past its openings: `11月21日，會議指出，` → what follows."""
    text = _THE_DAY.sub("", text)
    opened = _CUE_OPENING.sub("", TIME_PHRASE.sub("", text))  # `會議指出，` frames, names nothing
    opened = _ON_BEHALF.sub("", _COUNTDOWN.sub("", _OCCASION.sub("", opened)))
    opened = _SETTING.sub("", BASIS.sub("", _PURPOSE.sub("", _ANSWERING.sub("", opened))))
    opened = TIME_PHRASE.sub("", _AS_REQUIRED.sub("", opened))  # `按照…部署要求，`
    opened = TIME_PHRASE.sub("", _past_learnt(opened))  # `记者从市统计局获悉，今年以来，`
    opened = _GREETING.sub("", _EN_ASIDE.sub("", opened))
    opened = opened[:1].upper() + opened[1:] if opened[:1].islower() and opened != text else opened
    return _HOSTED_BY.sub("", opened)
