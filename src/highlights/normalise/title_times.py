"""When it happened, as a title drawn from the first sentence leaves it out: the day inside
the sentence (`李強3月17日主持召開`), the weekdays and the span of days, `yesterday`, and the `了`
of a completed act (`召开了`)."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES

__all__ = ["DONE", "HELD_AFTER", "INNER_TIME", "RELATIVE_DAY", "WEEKDAYS"]

# `李強3月17日主持召開` → `李強主持召開`; never inside a date range (`2020年10月26日至29日`)
INNER_TIME = re.compile(  # after a Han character other than 年 (U+5E74); `…中心27日正式启用`
    # (and `于` before it: `…总会于9月16日上午召开`, not `定于`, `将于`)
    rf"(?<=[{HAN_RANGES}])(?:(?<![年月第至于於到])|(?<![年月第至到定将將拟擬])[于於])"
    rf"(?:\d{{1,2}}月)?\d{{1,2}}日(?:上午|下午|晚上|晚|凌晨)?"
    rf"(?=[{HAN_RANGES}])(?!至)"  # not before 至, a range
)
# a headline states what was done without `了`: `召开了` → `召开`
DONE = re.compile(
    r"(?<=召开|召開|举行|舉行|发布|發布|通过|通過|签署|簽署|开展|開展|印发|印發)了"
    # (not a count: `召开了51次全体会议`; `舉行了2021年秋季…` is no count)
    r"(?=\S)(?![\d一二三四五六七八九十两兩多]{1,3}(?:次|場|场|屆|届|個|个|項|项|輪|轮|批|期|天))"
)
_NUMERAL = r"[〇○零一二三四五六七八九十\d]"
_DAY = rf"(?:{_NUMERAL}{{4}}年)?(?:{_NUMERAL}{{1,3}}月)?{_NUMERAL}{{1,3}}日"
# `四中全會從周一（20日）至周四（23日）於北京舉行` → `四中全會於北京舉行`
WEEKDAYS = re.compile(
    rf"(?<=[{HAN_RANGES}])(?:從|从|自)?(?:周|週|星期)[一二三四五六日天](?:[（(]\d{{1,2}}日[)）])?"
    r"(?:(?:至|到)(?:周|週|星期)[一二三四五六日天](?:[（(]\d{1,2}日[)）])?)?"
    rf"(?=[{HAN_RANGES}])"
    # `海关于二○二五年十二月三十一日至二○二六年一月十二日采取…` → `海关采取…`: when it ran
    # (`…全体会议，于11月8日至11日在北京举行`, `…全体会议从12月22日至23日在河内召开`)
    rf"|(?<=[{HAN_RANGES}])[，,]?(?:于|於|从|從)(?:{_DAY}(?:至|到){_DAY})(?=[{HAN_RANGES}])"
)
# `第五屆東亞運動會昨晚在香港開幕`: a headline says no `yesterday`
RELATIVE_DAY = re.compile(
    rf"(?<=[{HAN_RANGES}])(?:今天|今日|昨天|昨日|昨晚|今晚|前天|日前|近日|[今昨][（(]\d{{1,2}}[)）]日)"
    # `今日(23日)上午`, `昨日(四月十九日)`
    r"(?:[（(](?:[\d〇一二三四五六七八九十]{1,3}月)?[\d〇一二三四五六七八九十]{1,3}日[)）])?"
    r"(?:上午|下午|晚上|晚間|晚间)?"
    r"(?=[在於于到赴與与率假]|召開|召开|舉行|举行|主持|出席|會見|会见|發布|发布|開幕|开幕|閉幕|闭幕|"
    r"宣布|宣佈|公布|公佈|前往)"
)
# `…第二次会议，1月7日上午隆重开幕`: the session, then when it opened; the headline says it once
HELD_AFTER = re.compile(
    r"[，,]\s*(?:(?:\d{1,2}月)?\d{1,2}日|今天|昨天|今日|昨日)?(?:上午|下午|晚上|晚)?"
    r"(?P<v>(?:隆重|胜利|勝利|正式|顺利|順利)?(?:开幕|開幕|闭幕|閉幕|召开|召開|举行|舉行))$"
)
