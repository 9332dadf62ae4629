"""What a page sets before and after its headline, in the headline's own line: a release's
label (`PRESS RELEASE :`), a breadcrumb run into it, a forum's subject field; a transcript's
label and hours, a share bar, a stamp, a column's name, a file's size. `clean_title` takes
them off, over and over, until the headline is left."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES

__all__ = ["TITLE_PREFIX", "TITLE_SUFFIX", "said_once"]

TITLE_PREFIX = re.compile(
    # `Governor’s Office – News Release – X`: the office and the label before the headline
    r"^(?:[A-Z][\w’'.& ]{1,40}\s[-–—]\s(?=(?:News|Press|Media) [Rr]elease\s[-–—]))?"
    r"(?:PRESS RELEASE|NEWS RELEASE|MEDIA RELEASE|(?:Press|News|Media) [Rr]eleases?|Releases?)"
    r"\s*[:：\-–—]\s*"
    r"|^(?:SHOW|HEADLINE|TITLE):\s*(?=\S)"  # a news database's field: `SHOW: CBS EVENING NEWS`
    # `您当前的位置：中国张掖网 >> 新闻中心 >> 甘肃 如意甘肃…`: the breadcrumb run into the headline
    r"|^(?:您?当前的?位置|您的位置|你的位置|您现在的位置|現在位置|所在位置)\s*[:：]\s*"
    r"(?:[^>»\s]+\s*(?:>>|>|»)\s*)+[^>»\s]+\s+(?=\S)"
    r"|^(?:Event/Date|Event|Subject|Re|Headline|Title)\s*:\s*(?=[A-Z])"  # a release form's label
    r"|^\[(?:ARCHIVED|Archived|UPDATED|Updated)\]\s*(?=\S)"  # a CMS's mark on an old item
    r"|^For Immediate Release\s*[:.\-–—]\s*(?=\S)|^\*\*\s*(?=\S)"  # a release's label; bold left
    r"|^MEDIA ADVISORY\s*[:：]?\s*(?:[A-Z]\d{2}-\d+\s+)?"
    r"|^(?:視頻簡介|视频简介)\s*|^.{0,40}?[>»＞›]\s*正文\s*"
    r"|^(?:帖子主题|帖子主題|主题帖|主題帖|文章标题|文章標題)\s*[:：]\s*(?=\S)"  # a forum's field
    r"|^(?:原创|原創)\s+(?=\S)"  # `原创 李强主持召开…座谈会`: a post's mark, set on its line
    # (the day names which of a ministry's routine briefings: `2021年2月9日外交部发言人…
    # 主持例行记者会`)
    r"|^(?:民國|民国)?\d{2,4}年\d{1,2}月\d{1,2}日\s*[，,]?\s*(?![至到])(?=\S{6})"
    r"(?!.{0,30}例行(?:记者会|記者會|新闻发布会|新聞發布會)$)"
    r"|^(?:1\d{2}|(?:19|20)\d{2})-\d{2}-\d{2}\s+(?=\S{6})"  # `111-05-12 彰縣府挹注…`
    r"|^[\[【](?:视频|視頻|组图|組圖|图|圖|音频|音頻|直播|Video|Photos?)[\]】]\s*"
    r"|^(?:影|影音|圖|图|視頻|视频|直播)\s*[／/]\s*(?=\S{6})"  # `影／出席…典禮`: a video's mark
    # `[陕西新闻联播]刘国中主持…`: the programme or column it ran in
    r"|^[\[【][^\]】]{0,10}(?:联播|聯播|新闻|新聞|快讯|快訊|早报|早報|要闻|要聞)[\]】]\s*(?=\S)"
    # a disclosure table's `名称：…`, its label letter-spaced and its cell's bar after it
    r"|^[题題]\s*[:：]\s*|^(?:名\s*[称稱]|[标標]\s*[题題])\s*[:：]\s*[|｜]?\s*(?=\S{6})"
    r"|^(?:名\s+[称稱]|[标標]\s+[题題])\s+(?=\S{6})"  # (letter-spaced, no colon: `名        称 …`)
    # `每周一学（…）第二十届中央纪委第三次全体会议公报`: a study column's name over what it runs
    r"|^每[日周週月]一[学學读讀](?:[（(][^（）()]{4,30}[)）])?\s*(?=[^\s（(]\S{5})"
    r"|^\.\s+(?=[A-Z])"  # `. University Of Sussex Scientists…`: a bullet's stop left over
    r"|^\[ARCHIVED\]\s*(?=\S)"  # a municipal site's expired item
    # `英语文摘：Chinese vice premier…`: a column's label before an English headline
    rf"|^[{HAN_RANGES}]{{2,6}}[：:]\s*(?=[A-Z][a-z]+ [a-z])"
    # `Weather Updates | Storm blamed for at least 12 deaths`: a section's name, then the headline
    r"|^[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,2} \| (?=(?:\S+ ){3}\S)"
    # `政务服务丨济宁市人民政府关于…`, `记者节|感受军报记者的足迹与使命`: a column's name before
    # 丨 (or a bar, the rest one headline); `date 2024-03-13 Chinese…`
    r"|^[^丨｜|\s]{2,6}丨\s*(?=\S{6})"
    rf"|^[{HAN_RANGES}]{{2,6}}[|｜]\s*(?=[{HAN_RANGES}][^丨｜|]{{5,}}$)"
    r"|^[^《》\s]{2,6}》\s*(?=[^》]{6,}$)|^date\s+\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)"
)
TITLE_SUFFIX = re.compile(
    r"(?<=\S)(?:完整)?(?:文字稿|文字版|文字實錄|文字实录)\s*[·•]?(?=\s|$)"  # a transcript's label
    r"|\s+\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)(?:\s+[A-Z]{2,4})?$"  # a programme's hour: `6:00 PM EST`
    # its hours, and the year an archive filed it: `…, 3:00pm-4:00pm PDT (2024)`
    r"|,?\s+\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)\s*[-–]\s*\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)"
    r"(?:\s+[A-Z]{2,4})?(?:\s+\(\d{4}\))?$"
    r"|\.?\s+Aired\b.{0,40}$"  # a transcript's airtime: `CNN Joe Biden Town Hall. Aired 8-9p ET`
    # a speech's salutation run on after its title: `…座谈会上的讲话同志们`
    r"|(?<=讲话|講話|报告|報告|发言|發言|致辞|致辭)(?:同志们|同志們|各位代表|各位委员|各位委員)[:：]?$"
    # `…briefing on heat wave on Friday, July 19 2019`: the day the release went out
    r"|\s+on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? [A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\.?$"
    r"|\s*\[(?:[A-Z][a-z]+ )?\d{4}\]$|\s+(?:列印|打印)$|\s*\*{3,}.*$"
    r"|\s*\[(?:复制链接|複製鏈接)\]$"  # a forum thread's title: `王縣長主持…會議 [複製鏈接]`
    r"|(?<=[^\sA-Za-z0-9.])@[^\s@]{2,12}$"  # `…主持例行记者会@鬼谷一喵`: who uploaded it
    # a repost's note: `…的故事[同样也是转至强国论坛]`, `…（转载）`, `【转帖】`
    r"|(?<=\S)\s*[\[【(（][^\]】()（）]{0,12}(?:转|轉)(?:自|至|载|載|帖|发|發)[^\]】()（）]{0,12}[\]】)）]$"
    # who supplied it, the file's size, who reported: `…裁示事項/連江縣政府提供`,
    # `…施政報告[郝市長龍斌]（書面報告Pdf檔/5082KB）`
    rf"|\s*[/／][{HAN_RANGES}]{{2,12}}提供$"
    # a paper's column and its instalment: `…（图说·乡村振兴新画卷⑥)`
    r"|(?<=\S)\s*[（(][^（）()]{1,12}·[^（）()]{1,16}[①-⑳][)）]$"
    r"|\s*[（(][^（）()]{0,12}(?i:pdf|docx?|odt)檔?\s*[/／]?\s*[\d.]+\s*[KMG]B[）)]$"
    rf"|(?<=[{HAN_RANGES}])\s*\[[{HAN_RANGES}]{{0,4}}(?:市長|市长|縣長|县长)[{HAN_RANGES}]{{1,4}}\]$"
    r"|\s*(?:分享到|分享至)\s*[:：]?$"  # a share bar run into the headline
    r"|\s+(?:来源|來源)(?:\s*[:：].{0,80})?$"  # `…正式开展 来源:人民网…`: the stamp after it
    # `…赴商业集团调研 ( 2020年03月23日 )`: the day the page filed it, in brackets (a record's
    # `国台办新闻发布会辑录(2023-04-26)` is named by its day: kept)
    r"|\s*[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]$"
    rf"|(?<=[{HAN_RANGES}])\s*1\d\d\.\d{{1,2}}\.\d{{1,2}}\.?$"  # `…新章114.10.11.`: Taiwan's day
    # `光影瞬间 记录中国（新时代画卷）`: a paper's column, not a part of the title (`（草案）` is)
    rf"|(?<=[{HAN_RANGES}]{{4}})（(?![^）]*(?:稿|版|草案|试行|試行|修订|修訂|摘要|全文|节选|節選|篇|"
    rf"扩大|擴大|暂行|暫行))[{HAN_RANGES}]{{2,8}}）$"
    r"|(?<=\S)\s+[|｜]$|(?<=\S)\s*(?:[|｜]\s*){2,}$"  # `…Encourages Preparedness |`: a cell's bar
    # `城固一批产业类项目集中开工 王建军宣布开工 方红卫讲话 张雁毅出席`: who did what there
    rf"|(?<=[{HAN_RANGES}]{{6}})(?:\s+[{HAN_RANGES}]{{2,4}}(?:宣布开工|宣布開工|讲话|講話|出席|主持|致辞|致辭))"
    r"{2,}$"
    # `《…透視》(2002年3月28日)`: an episode's day (a meeting's, `…常务会议(2019年5月22日)`, stays)
    r"|(?<=》)\s*[(（](?:19|20)\d{2}年\d{1,2}月\d{1,2}日[)）]$"
    r"|\s*[(（\[【](?:附?(?:圖|图|組圖|组图|多圖|多图|圖文|图文|視頻|视频|附圖|附图|短片|錄音|录音|表|圖表|图表|"
    r"(?:with )?(?:[Pp]hotos?|[Vv]ideos?))(?:\s*[/／、及和&]\s*|$|(?=[)）\]】])))+[)）\]】]$"
    # `答問全文()(只有中文)`: an empty link's brackets, and which languages the page comes in
    r"|\s*[(（]\s*[)）][\s，,、；;：:]*$"
    r"|\s*[(（](?:只有|僅有|仅有)?(?:中文|英文|Chinese|English)(?: only)?[)）]$"
    rf"|(?<=[{HAN_RANGES}》」”]{{6}})[（(][^（）()]{{0,3}}$"  # `…答問全文（二`: cut in its bracket
    # `…政治決議 (2023年2月2日政協來賓市第五屆委員會第三次會議通過)`: when it was adopted
    r"|(?<=\S)\s*[（(]\s*(?:19|20)\d{2}\s*年[^（）()]{2,60}?(?:通過|通过|批准)\s*[)）]$"
    r"|\s*(?:列印|打印)?(?:資料|资料)?"
    r"(?:更新|發布|发布|發佈)(?:時間|时间|日期)[:：].*$|\s*\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}.*)?$"
)


TWICE_KEY = 6  # characters: a title that opens so again further on is set twice
_SENTENCE_MARK = re.compile(r"[。！？，；,;]")


def said_once(title: str) -> str:
    """`县长在…座谈会上讲话县长在…座谈会上的讲话`: a title set twice without a break, its second
    (fuller) setting; any other title as it is."""
    if len(title) < 2 * TWICE_KEY or _SENTENCE_MARK.search(title):
        return title  # (a sentence, a paragraph measured as a title: no title set twice)
    key = title[:TWICE_KEY]
    again = title.find(key, TWICE_KEY)
    if again < 0 or len(title) - again < again * 0.8 or len(set(key)) < TWICE_KEY - 1:
        return title  # (`中中中中中中…`: a run of one character is no title said twice)
    if title.find(key, again + 1) >= 0:
        return title  # set three times or more: no title said twice (and said once stays so)
    return title[again:]
