"""Chinese credits: `(新華社記者 李濤 攝)`, `■記者 張三`, `（張柏仲報導）`, `責任編輯：王瑶`; the
patterns `find_boilerplate` reads Chinese captions, bylines and editor lines by."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN

# `□記者 趙霞 報道`, `／台北報導`, `／綜合報導`: the verb is no name, nor in one; `鞠 鹏`: a
# two-character name set with a space; `鄭□`: a name with a character the page lost
_NO_NAME = r"(?!報道|报道|報導|报导|綜合|综合)"
NAME = (
    rf"(?:(?!□)(?:{_NO_NAME}[{HAN}·•□]){{2,5}}"
    rf"|{_NO_NAME}[{HAN}][ \u3000][{HAN}](?![{HAN}]{{2}}))"
)
# `賴錦宏/北京報導`, `余采瀅／台中即時報導`: where filed from, no name
_FILED = r"(?!\s*(?:即時|即时)?(?:報道|报道|報導|报导))"
# (`…黃有容/聯合報`: after the last name's slash, the paper)
_NOT_PAPER = r"(?![^\s/／]{1,6}(?:報|报|網|网|社)\s*[)）]?$)"
NAMES = rf"{NAME}(?:[ 、,，/／]+{_NOT_PAPER}{NAME}{_FILED})*"
NAME_SEP = r"[ 、,，/／]+"
OUTLET = (
    r"[^\s,，。！？!?()（）:：]{1,8}?"
    r"(?:網|网|報|报|社|台|臺|頻道|频道|客戶端|客户端|新聞|新闻|傳媒|传媒|報業|报业)"  # `周口報業`
)
REPORTER = (
    r"(?:全媒體|全媒体|融媒體|融媒体|全媒|融媒|本報|本报|本台|本網|本网|首席|攝影|摄影|特派|特約|特约|見習|见习|實習|实习|"
    r"職工|职工)*"
    # (`采访人员`: a copying site's word for 记者, swapped so that the copy is not found)
    r"(?:記者|记者|通訊員|通讯员|編譯|编译|評論員|评论员|實習生|实习生|采访人员|採訪人員)"
)

# "…自貢網記者 葉衛東 攝", "(新華社記者 李濤 攝)", "新華社發(張三攝)", "攝影:張三".
CAPTIONS = [
    re.compile(
        rf"(?:^|(?<=[。！？!?\s)）]))(?P<outlet>{OUTLET})?{REPORTER}\s*(?P<names>{NAMES})\s*"
        r"(?:[/／]\s*(?=攝影|摄影))?"  # `記者余采瀅／攝影`
        # `中央社記者盧太城台東傳真`: a picture sent in from where the reporter was
        rf"(?:(?:攝|摄)(?:影)?|(?<=[{HAN}])[{HAN}]{{2}}(?:傳真|传真))"
        # `記者張文馨攝影／聯合報系資料照`: a picture from the paper's files
        rf"(?:\s*[／/]\s*[{HAN}]{{2,10}}?(?:資料照片?|资料照片?|提供))?"
        r"(?:\s+\d{2,4}年\d{1,2}月\d{1,2}日)?\s*$"  # `中央社記者鄭清元攝 113年11月24日`: and when
    ),
    re.compile(
        rf"(?:(?P<outlet>{OUTLET})(?:發|发)?\s*)?[(（]\s*(?:(?P<inner>{OUTLET})?{REPORTER})?"
        rf"\s*(?P<names>{NAMES})\s*(?:攝|摄)\s*[)）]\s*$"
    ),
    re.compile(rf"^(?:攝影|摄影|圖|图|圖片|图片)\s*[:：/／|｜]\s*(?P<names>{NAMES})\s*$"),
    re.compile(rf"^(?P<names>{NAMES})\s+(?:攝|摄)(?:影)?\s*$"),  # `魏志阳 李震宇 摄`: names alone
    # `…吳謙大校答記者問。呂哲 攝`: the caption's sentence, then who took the picture
    re.compile(
        rf"(?<=[。！？])\s*(?P<names>[{HAN}]{{2,3}}(?:[ 、][{HAN}]{{2,3}})?)\s+(?:攝|摄)\s*$"
    ),
    # `攝：Thomas Peter /Reuters/達志影像`: who took it, any script, then the agencies
    re.compile(
        r"(?:^|(?<=[。！？]))\s*(?:攝|摄)\s*[:：]\s*(?P<names>[^/／\s][^/／。]{1,40}?)\s*"
        r"(?:[/／][^。]{0,40})?$"
    ),
    re.compile(rf"(?P<outlet>{OUTLET})(?:發|发)\s*(?P<names>{NAMES})\s*(?:攝|摄)\s*[|｜]?\s*$"),
    # `…正式啟動對外接待服務。@新華視點 圖`: a social account's picture, no one's name
    re.compile(r"(?:^|(?<=[。！？!?\s]))[@＠][^\s@＠，。]{2,12}\s*(?P<names>)(?:圖|图)\s*$"),
    # `…作《政府工作報告》丁志平攝`: the name right after a closing mark or a space
    re.compile(rf"^.{{4,80}}?(?:(?<=[》」”』）)])|\s)(?P<names>[{HAN}]{{2,3}})\s*(?:攝|摄)\s*$"),
    # `王 哲攝（人民視覺）`: the photographer, then the agency that sells the picture
    re.compile(
        rf"(?:^|(?<=[。！？!?\s]))(?P<names>{NAMES})\s*(?:攝|摄)\s*[(（](?:人民視覺|人民视觉|視覺中國|"
        r"视觉中国|新華社|新华社|中新社|東方IC|东方IC|CFP|IC|VCG)[)）]\s*$"
    ),
]
CAPTION_MARK = re.compile(r"^[▲△▼]\s*\S")  # "▲ …": the caption under a photo
# "(全媒體記者 張三)", "(記者 張三 通訊員 李四)", "■張三", "本報記者 張三", "文/張三".
BYLINE_INLINE = re.compile(
    rf"[(（【〔]\s*(?:(?:文|圖|图)\s*[/／]\s*(?:文|圖|图)\s*)?(?P<outlet>{OUTLET})?{REPORTER}\s*(?P<names>{NAMES}(?:\s*(?:{REPORTER})\s*{NAMES})*)"
    # `〔記者吳亮儀／台北報導〕`: where the reporter filed from
    rf"(?:\s*[/／]\s*[{HAN}]{{2,4}}?\s*(?:報導|报导|報道|报道))?\s*[)）】〕]"
    # `(閩南日報記者)` opening the story: the paper's reporter, unnamed
    rf"|^[(（]\s*(?P<paper>{OUTLET}){REPORTER}\s*[)）]"
)
# "(張柏仲報導)", "（記者 張三 報道）": the reporter signs at the end of the story
BYLINE_SIGNED = re.compile(  # `…需要。(文/图 刘玺东 易赛楠)` closes the story too
    rf"[(（]\s*(?:{REPORTER})?\s*(?P<names>{NAMES})\s*(?:報導|报导|報道|报道)\s*[)）]$"
    rf"|(?<=[。！？!?])\s*[(（]\s*(?:文|撰文)\s*[/／]\s*(?:图|圖|攝影|摄影)\s*(?P<by>{NAMES})\s*[)）]$"
    # `…举行。（张巨峰）`: the reporter's name alone in brackets, closing the story
    rf"|(?<=[。！？!?”」])\s*[(（](?!待|未完|續|续|圖|图|資料|资料|附|注|記者|记者|評論員|评论员)"
    rf"(?P<bare>[{HAN}]{{2,3}}(?:[ 、|｜—-][{HAN}]{{2,3}}){{0,2}})[)）]$"  # (`(俄通社|塔斯社)`)
)
REPORTER_AHEAD = rf"[^\s，。]{{0,8}}{REPORTER}"  # a reporter named within the next few characters
# `半月谈记者 史卫燕`: a magazine's name before `记者`, not a reporter's title
_TITLED = (
    r"(?!全媒|融媒|本報|本报|本台|本網|本网|首席|攝影|摄影|特派|特約|特约|見習|见习|職工|职工)"
)
# (`◎ 葉昱呈`: a letter's writer, as a Taiwanese paper marks it)
BYLINE_LINE = re.compile(  # `（文/图 刘玺东 易赛楠）`: who wrote it and took its pictures
    # `觀天下／記者…`: a column's name first; `新重庆-重庆日报原创 记者…`: the app and the paper
    # (`聯合報／ 記者余采瀅／台中即時報導`: the paper first)
    # (`文；魯中晨報記者 張萬杰轉自澎湃新聞`: `文` (text by) before the reporter, and the site
    # the story was taken from after)
    rf"^[(（]?(?:■|□|▲|●)?\s*(?:文\s*[:：;；]\s*(?={REPORTER_AHEAD}))?"
    rf"(?:(?P<first>{OUTLET})\s*[/／]\s*|[{HAN}]{{2,6}}\s*[/／]\s*"
    rf"|[{HAN}]{{2,6}}-(?={OUTLET}))?"
    rf"(?:(?P<outlet>{OUTLET}|{_TITLED}[{HAN}]{{2,5}}?)?(?:原创|原創)?\s*{REPORTER}\s*[:：]?|■|◎|"
    r"(?:撰文|文|作者)\s*[/／|｜]"
    rf"(?:\s*(?:图|圖|攝影|摄影)\b)?|(?:撰文|作者)\s*[:：])\s*(?P<names>{NAMES}(?:\s*{REPORTER}\s*{NAMES})*)"
    # `編譯茅毅/綜合報導聯合報`: a story compiled from others, with its paper's name; `／貢寮報導`
    rf"\s*(?:[/／]?\s*(?:綜合|综合|[{HAN}]{{2,4}}?)?(?:即時|即时)?(?:報道|报道|報導|报导)(?P<paper>{OUTLET})?"
    rf"|[/／]\s*(?P<signed_for>{OUTLET})|(?:轉自|转自)\s*{OUTLET}"
    # `作者:雷收麦 《光明日报》( 2012年10月27日 06版)`: the paper, its day and page
    rf"|\s*《(?P<in_paper>{OUTLET})》\s*[(（][^()（）]{{0,24}}版\s*[)）])?\s*[)）]?$"
    # `■ 張士義/ 文`: the writer's name, then what they did
    rf"|^(?:■|□|▲|●)?\s*(?P<signed>{NAMES})\s*[/／]\s*(?:文|撰文)\s*$"
)
# `華爾街日報記者 Jeremy Page / Betsy McKay / Drew Hinshaw`: a foreign paper's reporters, in
# their own script
_LATIN_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][A-Za-z.'’]+){1,2}"
BYLINE_LATIN = re.compile(
    rf"^(?P<outlet>{OUTLET})?{REPORTER}\s*(?P<names>{_LATIN_NAME}(?:\s*[/／、,，]\s*{_LATIN_NAME})*)$"
)
# `記者王小明／台北報導`: where the reporter filed from, after the name
PLACE_REPORTED = re.compile(
    rf"[/／]\s*(?P<place>[{HAN}]{{2,4}})\s*(?:報道|报道|報導|报导)\s*[)）]?$"
)
# `記者繆魯報道：第六屆全運會…`: the reporter opens the story, after the dateline if any
BYLINE_OPENING = re.compile(  # `記者 常亮 通訊員李世釗報道：`: each role with its names
    rf"^{REPORTER}\s*(?P<names>{NAMES}(?:\s*{REPORTER}\s*{NAMES})*)\s*(?:報道|报道|報導|报导)\s*[:：]\s*(?=\S)"
)
ROLES = (
    "責任編輯|责任编辑|值班編輯|值班编辑|責編|责编|編輯|编辑|審核|审核|終審|终审|初審|初审|簽發|签发|"
    "校對|校对|編審|编审|監製|监制|統籌|统筹|美編|美编|製圖|制图|一审|二审|三审|一審|二審|三審|"
    "審稿人|审稿人|核稿"
)
NOT_ROLE = rf"(?!(?:{ROLES})\s*[:：])"
# `编辑 徐微微` / `二审 杨韬`: a role and one name on a line, a space for the colon
_SPACED = rf"\s+(?=[{HAN}]{{2,4}}\s*$)"
EDITOR = re.compile(
    rf"(?P<role>{ROLES})(?:\s*[:：]\s*|{_SPACED})(?P<names>{NAME}(?:{NAME_SEP}{NOT_ROLE}{NAME})*)"
)
EDITOR_LINE = re.compile(
    rf"^(?:\s*(?:{ROLES})\s*[:：]\s*{NAMES}\s*[|｜]?)+$|^\s*(?:{ROLES}){_SPACED}{NAME}\s*$"
)
# `…更耀眼奪目。(完) 【編輯:王瑶】`: the editor in brackets closing the story's last paragraph
# `…全覆盖。(视频编辑：王青涛 文字编辑：见红蕊)`: each desk's editor, in one bracket
_DESK = r"(?:视频|視頻|文字|图片|圖片)?"
_DESK_NAMES = rf"{NAME}(?:{NAME_SEP}(?!{_DESK}(?:{ROLES})\s*[:：]){NAME})*"
EDITOR_TAIL = re.compile(
    rf"(?<=[。！？!?”」)）])\s*[【\[（(]\s*"
    # `(作者:王嘉慧 审核:王惜时 彭振林 责任编辑:王嘉慧 校对:白春娟)`: the writer, then the desk
    # (`（譯者：陳昱婷/核稿：徐睿承）`: who translated the wire's story, then who checked it)
    rf"(?:(?:作者|撰稿人?|記者|记者|譯者|译者)\s*[:：]\s*(?P<w>{_DESK_NAMES})[\s?？/／]*)?"
    # (`（本站編輯 賈曉蕓摘編）`: the site's editor, who abridged it, named after a space)
    rf"(?:本站|本網|本网)?{_DESK}(?:{ROLES})(?:\s*[:：]\s*|\s+)(?P<n>{_DESK_NAMES})"
    rf"(?P<more>(?:\s*[/／]?\s*{_DESK}(?:{ROLES})\s*[:：]\s*{_DESK_NAMES})*)"
    r"(?:摘編|摘编|整理)?\s*[】\]）)]"
    r"(?:\s*1\d{6})?$"  # `（編輯：黃世雅）1141226`: the Central News Agency's filing day (ROC)
)
DESK_EDITOR = re.compile(rf"{_DESK}(?:{ROLES})\s*[:：]\s*(?P<n>{_DESK_NAMES})")


_NAME_MARKS = "丨|｜【】[]()（）<>《》:：,，、 \u3000"
_ROLE_BEFORE = re.compile(r"^(?:記者|记者|通訊員|通讯员|責編|责编|實習生|实习生)\s*[:：]?\s*")


def clean_names(names: list[str]) -> list[str]:
    """Each name alone, without the marks and the role a page set around it: `丨吴璇,张孙川` →
    `吴璇`, `张孙川`; `記者吳婉英` → `吳婉英`; `吉翔】` → `吉翔`."""
    out: list[str] = []
    for raw in names:
        if _FILED_FROM.match(raw):
            break  # the places named after it are no one's names (`發自香港`, `成都`)
        raw = re.sub(REPORTER, "、", _FILED_FROM.sub("", raw))  # `见习记者 侯月`: a role, no name
        for part in re.split(r"[,，、]\s*", raw):
            part = _ROLE_BEFORE.sub("", part.strip(_NAME_MARKS)).strip(_NAME_MARKS)
            part = _ROLE_AFTER.sub("", part)
            named = not _OUTLET_NAME.search(part) and not _PICTURE_NOTE.match(part)
            if len(part) >= 2 and named:
                out.append(part)
    return out


# `吳婧 陳倩兒 發自香港、成都`: where they filed from; `林雪娟攝`, `陈智 整合`: what they did
_FILED_FROM = re.compile(r"\s*(?:發自|发自)\S*$")
_ROLE_AFTER = re.compile(r"\s*(?:攝|摄|整合|綜合|综合|編譯|编译|報道|报道|報導|报导)$")
# `(档案照)`: what the picture is, under it; no one's name
_PICTURE_NOTE = re.compile(
    r"^(?:档案照|檔案照|资料照|資料照|资料图|資料圖|示意图|示意圖|截图|截圖|網圖|网图)$"
)
# `广德新闻网`, `新浪财经`: an outlet in the author's field, no person
_OUTLET_NAME = re.compile(
    r"^\S{2,}(?:網|网|新聞|新闻|財經|财经|日報|日报|晚報|晚报|傳媒|传媒|電視台|电视台)$"
)
