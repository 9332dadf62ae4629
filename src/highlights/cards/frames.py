"""Clauses that are no point on their own: one that only sets the scene (`從科創產業領域看`,
`10月30日`), says who speaks (`會議指出`) or why (`為表示對立法院之尊重`), joined to the clause
that follows; a bare frame with no one speaking (`強調`); a short tail (`并答記者問`)."""

from __future__ import annotations

import re

__all__ = ["BARE_FRAME", "FRAME_CLAUSE", "TAIL_CLAUSE"]

# `從科創產業領域看，到2025年，研發投入…`: a clause that only sets the scene is no point
# and so does a bare time: `10月30日，我院…舉辦了…`, `比賽伊始，副院長作了動員`
FRAME_CLAUSE = re.compile(
    r"^(?:從|从)[^，,]{1,14}(?:看|來看|来看)$|^(?:到|至|截至|截止)?\d{4}年(?:底|末)?$"
    r"|^(?:目前|當前|当前|屆時|届时)$"
    r"|^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚間|晚间|早上|中午|凌晨)?$"
    r"|^[^，,]{1,8}(?:伊始|之際|之际|前夕|期間|期间|過後|过后|之後|之后)$|^(?:再過|再过)[^，,]{1,4}$"
    r"|^[^，,]{1,8}(?:成立|結束|结束|召開|召开|出台)(?:后|後)$|^(?:此后|此後|會後|会后)$"
    r"|^(?:近年來|近年来|今年以來|今年以来|日前|近日|此前|當天|当天|當日|当日|同日|隨後|随后)$"
    # who speaks (`會議指出`, `總統致詞時表示`), a link (`與此同時`, `下一步`), a means or a basis
    # (`通過分析`, `基於各種考慮`): what follows is the point
    r"|^[^，,]{2,12}(?:說|说|表示|指出|強調|强调|認為|认为|稱|称|介紹|介绍|透露|提到|談到|谈到)$"
    r"|^(?:下一步|接下來|接下来|為此|为此|對此|对此|據悉|据悉|據了解|据了解"
    r"|如下圖所示|如下图所示|如圖所示|如图所示)$"
    r"|^(?:通過|通过|基於|基于|隨著|随着)[^，,]{1,10}$"
    # the leadership, guide or plan a task follows (`要在…坚强领导下`, `以…思想为指导`,
    # `按照中央经济工作会议部署`), and the task itself (`做好政府工作，要…`)
    r"|^要?在[^，,]{2,30}(?:领导下|領導下|指导下|指導下|基础上|基礎上)$"
    r"|^以[^，,]{2,40}(?:为指导|為指導|为引领|為引領)$"
    r"|^(?:按照|依照|遵照)[^，,]{2,24}(?:部署|要求|规划|規劃|安排)$|^[^，,]{1,4}又?指$"
    r"|^做好[^，,]{1,12}工作$"
    # why it is done (`為表示對立法院之尊重`, `为进一步加强…`): what is done follows
    r"|^(?:為了|为了|[為为](?:表示|確保|确保|使|進一步|进一步|加強|加强|推動|推动|落實|落实|配合|"
    r"因應|因应|保障))[^，,]{1,24}$"
)
_WHOM = (
    r"(?:朋友|市民|來賓|来宾|嘉賓|嘉宾|同事|同學|同学|議員|议员|代表|委員|委员|同志|領導|领导|"
    r"記者|记者|觀眾|观众|家長|家长|老師|老师|同胞|鄉親|乡亲|各界人士)"
)
_CALLED = rf"(?:各位|諸位|诸位|親愛的|亲爱的)[^，,、]{{0,8}}?{_WHOM}"  # `各位香港市民`
_COURTESY = r"(?:女士們|女士们|先生們|先生们)"
# a bare verb of saying or a link with no one saying it (`強調，要…`, `與此同時，…`) is left out
BARE_FRAME = re.compile(
    r"^(?:[并並]?(?:同時|同时)?(?:強調|强调|指出|表示|認為|认为))$"
    r"|^(?:與此同時|与此同时|同時|同时|此外|另外)$"
    # whom a speaker addresses (`各位傳媒朋友、各位香港市民`, `女士們、先生們`): no point
    rf"|^(?:{_CALLED}|{_COURTESY})(?:、(?:{_CALLED}|{_COURTESY}|[^，,、]{{0,8}}?{_WHOM}))*$"
)
# `…調解雙方的衝突，以實現停火`, `…介紹有關情況，并答記者問`: a short tail ends the clause before
TAIL_CLAUSE = re.compile(r"^(?:并|並|以|從而|从而|進而|进而)[^，,]{1,6}$")
