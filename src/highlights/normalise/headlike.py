"""What a headline looks like: a short line near the top that names the piece and does not
end like a sentence; never mojibake, a date, a document number or an office's name. Shared by
the search for the headline (`headline`) and the title drawn from the first paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from highlights.chars import HAN_RANGES, count_han, has_han
from highlights.model import Block
from highlights.normalise.boilerplate import DOC_NUMBER, ORGAN
from highlights.normalise.damage import find_damage
from highlights.normalise.editions import DATED_EDITION, archived_edition
from highlights.normalise.injected import find_injected
from highlights.normalise.mojibake import commonness
from highlights.normalise.sites import site_title, without_site
from highlights.normalise.title_marks import TITLE_PREFIX, TITLE_SUFFIX, said_once

SCAN = 12  # blocks looked at for a headline
HEAD_MAX_ZH = 48  # characters: a longer line is a paragraph
HEAD_MAX_EN = 160
LONG_TITLE = 100  # a first paragraph used as the title is cut to its first clause
SENTENCE_END = tuple("。！？；：，、.;:,!?…")
DATE_LED = re.compile(
    r"^(?:民國|民国)?\d{2,4}\s*年\s*\d{1,2}\s*月|^\d{4}[-/.]\d{1,2}"
    r"|^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}, \d{4}\b"  # `October 22, 2019 report`: the page's stamp
)
# a month run straight into what happened in it (`107年6月份提供本府新聞稿47篇`,
# `2023年1月全国CPI同比上涨2.1%`) is a headline about that month, not the page's date stamp
# (`2015年1月12日至1月18日政府主要活動圖片`: a span of days, what the page shows of it)
_MONTH_HEAD = re.compile(
    rf"^(?:民國|民国)?\d{{2,4}}年\d{{1,2}}月份?(?=[{HAN_RANGES}A-Za-z])(?!份)"
    rf"|^\d{{2,4}}年\d{{1,2}}月\d{{1,2}}日[至到](?:\d{{2,4}}年)?(?:\d{{1,2}}月)?\d{{1,2}}日"
    rf"(?=[{HAN_RANGES}])"
)
HEAD_MIN_HAN = 4  # Han characters a Chinese headline has at the least
LONG_HEAD_ZH = 90  # a headline without commas may run to this (臺北市政府 titles)
_CLAUSES = re.compile(r"[，,。；;]")
_ONE_QUESTION = re.compile(r"^[^。！？!?“「『]{8,}[？?]$")
HEAD_MIN_ZH = 6  # characters: shorter lines near the top are menus (新聞與活動, 常見問答)
# a mirror's page title: the headline in brackets, then a keyword it is listed under
_SPAM_TITLE = re.compile(r"^\[(?P<title>[^\[\]]{8,80})\]\s*[^\[\]\s]{2,12}$")
# `二、…`, and a digest's `1.「金眺繪莒」…` (never the figure of `1.5萬人…`)
_SECTION_NUMBER = re.compile(
    rf"^(?:[一二三四五六七八九十]{{1,3}}、|\d{{1,2}}[.．、]\s*(?=[「“《{HAN_RANGES}])"
    rf"|[（(]\d{{1,2}}[）)]\s*(?=[「“《{HAN_RANGES}])"  # `（1）工信部…`: a rundown's item
    # `（体育）（1）乒乓球——…`: a wire's photo story, filed under its column and numbered
    rf"|(?:[（(][{HAN_RANGES}]{{2,8}}[）)]){{1,2}}(?:[（(]\d{{1,2}}[）)])?(?=[「“《{HAN_RANGES}]{{2}}))\s*(?=\S)"
)
_EDITION = re.compile(rf"^([{HAN_RANGES}]{{2,6}})\s+((?:19|20)\d{{2}})-(\d{{1,2}})-(\d{{1,2}})$")
# a player's or a sign-in's button run into it: `NPR 2010-08-18(在线收听`, `…(打卡有礼)`
_BUTTON = re.compile(r"\s*[(（](?:在线收听|在線收聽|点击收听|點擊收聽|打卡有礼|打卡有禮)[)）]?$")
# `NPR 2010-08-18`: an English programme's edition, named as it is (its name alone says nothing)
_EN_EDITION = re.compile(
    r"^(?!(?:Posted|Published|Updated|Last|Date|Dated|Released|Issued|Created|Modified|Filed)\b)"
    r"[A-Z][\w&'’ ]{1,30}\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}$"
)
_COMPACT_DATE = re.compile(r"[(（]?\b((?:19|20)\d{2})(\d{2})(\d{2})\b[)）]?")
_DATE_ONLY = re.compile(
    r"^(?:中華民國|中华民国)?"  # `中華民國91年3月19日星期二`
    r"[\d\s年月日:：/.\-()（）星期週周一二三四五六七八九十〇○零O日天時时分AMPamp]+"  # `二OO八年`
    r"(?:上午|下午|中午|晚上|晚間|晚间|晚|早上|凌晨|傍晚)?$"  # `4月7日晚`: when, not what
)


def date_alone(text: str) -> bool:
    """`2021-07-15`, `2021-07-15(chǎn)`: a date, with what brackets hold, names nothing."""
    return bool(_DATE_ONLY.match(re.sub(r"[(（][^()（）]*[)）]", "", text) or "-"))
# a headline may ask (`…透露了什么信號?`), or exclaim in two parts (`徐榛蔚縣府太脫線！…網直呼
# 解氣！`; one exclamation alone may be a greeting, `…媒體朋友,大家好!`); a quoted question is
# someone's words
# a letterhead's name alone: an office (`U.S. Department of State`), its holder (`President
# George W. Bush`, `MINISTER FOR HEALTH AND AGED CARE`); and the day a programme greets with
# (`今天是2019年9月24日星期二`)
NAME_ONLY = re.compile(
    r"^(?:The )?(?:U\.S\. |United States |UK |HM )?(?:Department|Ministry|Office|Bureau|Embassy)"
    r" (?:of|for) (?:the )?[A-Z][\w&'’-]*(?: (?:of |and |the )?[A-Z][\w&'’-]*){0,4}$"
    r"|^(?:President|Prime Minister|Vice President|Secretary|Senator|Governor|Mayor) "
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}$"
    r"|(?-i:^(?:THE )?(?:HON\.? )?(?:ASSISTANT |SHADOW )?(?:MINISTER|SECRETARY|TREASURER)\b"
    r"[A-Z ,&'’-]*$)"
    r"|^(?:今天是|今日是)[\d年月日〇一二三四五六七八九十]{4,14}(?:星期|周|週)[一二三四五六日天]$"
)
_ASKS = re.compile(
    r"^[^“「『\"'](?:.{5,}[^”」』\"'][？?]|[^！？?]{4,}[！？?\s：][^！？?\s][^！？?]{2,}！"
    # `張明新：從“矇查查”到“中國新聞獎”！`: who, then what they did, exclaimed (not `他說：…！`)
    r"|[^“「『\"'：:，。]{1,11}(?<![說说道稱称示出])：[^！？?。]{5,}！)$"
)
AGENCY_TITLE = re.compile(r"^[题題]\s*[:：][^。！？!?]{2,60}$")  # 中新社北京…電 題：…
LABEL = re.compile(r"^[^\W\d_]{2,8}[:：]$")  # `院長提示：`
_SYMBOLS = re.compile(r"^[\W_]+$")
# `| Fri, Mar 15, 2024`, `Monday 16 March 2020 - 2:27 PM`: a stamp in English words, no headline
_EN_DATE_ONLY = re.compile(
    r"^[\W_]*(?:(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|"
    r"Thu(?:rs?)?|Fri|Sat|Sun|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
    r"|\d{1,4}(?:st|nd|rd|th)?|[AaPp]\.?[Mm]\.?|[ECMP][SD]T|GMT|UTC|HKT|BST|CET)[\s,.:/|–—-]*){2,}$"
)
_LATIN = re.compile(r"[A-Za-z]")
_PRICE_LAST = re.compile(r"\s\d+\.\d{2,}\s*(?:\([+-]?\d[\d.]*\))?(?:\s+\S)?$")
_AMOUNTS = re.compile(r"\d[\d.,]*(?:[億亿萬万千百]\d[\d.,]*)*[億亿萬万千百元股%點点]*")
_RUN_TOGETHER = re.compile(r"[a-z][A-Z]")  # (`iPhone`, `McDonald`, `YouTube`: one or two)
RUN_TOGETHER = 4
_HOME_GLUED = re.compile(r"\bHome(?=[A-Z][a-z])")


@dataclass
class Head:
    title: str
    subtitle: str | None
    body: list[Block]
    masthead: list[str] = field(default_factory=list)  # lines above the headline, removed
    line: str = ""  # the headline's line as found (`民國113年6月6日第3907次會議`: its date)


# `鲁政发〔2014〕20号《山东省人民政府关于…的实施意见》`: a page's title, the number first
_NUMBERED = re.compile(
    r"^[^\s《》]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*[号號]\s*《(?P<title>[^《》]{4,80})》$"
)


def clean_title(title: str) -> str:
    """`PRESS RELEASE : X [May 2025]` → `X`; `[视频]X` → `X`; `(20221012)` → `2022年10月12日`;
    `鲁政发〔2014〕20号《X》` → `X`."""
    title = title.strip()
    for start, end in reversed(find_injected(title)):  # `m88明升体育网址-…实施意见`: spam's
        title = (title[:start].rstrip(" -_|｜") + " " + title[end:].lstrip(" -_|｜")).strip()
    if spam := _SPAM_TITLE.match(title):  # `[…主要數據公報(第1號)]第五次人口普查`
        title = spam["title"]
    title = _BUTTON.sub("", title)
    numbered = _NUMBERED.match(title)
    title = numbered["title"] if numbered else title
    # `二、2024年國民經濟…主要預期目標和任務`: an excerpt opens at a section's heading
    title = _SECTION_NUMBER.sub("", title) if len(title) >= 12 else title
    edition = _EDITION.match(title)
    if edition:  # `新闻联播 2013-06-12`: a programme's edition is named by its date
        name, year, month, day = edition.groups()
        return f"{name} {year}年{int(month)}月{int(day)}日"
    if _EN_EDITION.match(title):
        return title
    dated = DATED_EDITION.match(title)
    if dated:  # `2009年1月28日新闻联播文字版`: the edition's transcript, named date first
        year, month, day, compact_month, compact_day, name = dated.groups()
        month, day = month or compact_month, day or compact_day
        return f"{name} {year}年{int(month)}月{int(day)}日"
    while (cut := TITLE_SUFFIX.sub("", TITLE_PREFIX.sub("", title))) != title:
        # `X 2021-07-15 2021-07-15`: every stamp comes off, and the comma it leaves, so that a
        # second pass agrees
        title = cut.rstrip(" ，,、；;：:")
    if _LATIN.search(title) and not has_han(title):  # `Transcripts For WRC News4 At 6 20140918`
        # (`…in Burnt Chimney tonight-`: a script's dash to the next)
        return without_site(archived_edition(title)).rstrip("-–— ")
    title = title.rstrip("；;，,、")  # `…回升向好趋势；`: an item of a list, its mark left
    title = said_once(_BEFORE_ABOUT.sub("", title))  # `东阳市人民政府办公室 关于印发…`: no gap
    title = _COMPACT_DATE.sub(lambda m: f"{m[1]}年{int(m[2])}月{int(m[3])}日", title).strip()
    return without_site(title)  # `… 至少17死29伤 – 法国国际广播电台 - RFI`: the site goes


_BEFORE_ABOUT = re.compile(rf"(?<=[{HAN_RANGES}])\s+(?=(?:关于|關於|關于)[{HAN_RANGES}《“])")


EN_HEAD_WORDS = 4  # an English line of fewer words near the top is a name or a menu


# `【2019年11月学习材料】`, `…党员学习推荐材料`: a post that collects pasted articles is named
# for the collection; the headline is the pasted article's
_COLLECTION = re.compile(
    r"(?:学习|學習)(?:材料|资料|資料|专栏|專欄)[】\]]?$|(?:推荐|推薦|参考|參考)(?:材料|资料|資料|阅读|閱讀)$"
    # `Press releases and news notes`: a newsroom's listing, named for what it lists
    r"|(?i:^(?:press|news|media) (?:releases|centre|center|room)(?: (?:and|&) [a-z ]{2,30})?$)"
    r"|^【[^【】]{2,8}】$"  # `【国家发展大势】`: a programme's or a page's section, named short
    r"|^每[日周週月]一[学學读讀](?:[（(][^（）()]{4,30}[)）])?$"  # `每周一学（2021年…）`
    # `Key Highlights`: a story's box of bullets, labelled, above its text
    r"|(?i:^(?:key )?(?:highlights|takeaways|points)$|^(?:story )?highlights$)"
)


def names_collection(text: str) -> bool:
    return bool(_COLLECTION.search(text))


def is_headline(text: str) -> bool:
    # measured as the title will read: `114年01月13日總統接見…` is the headline behind its
    # date, `…1,2!2021-07-15` one that ends like a sentence once its stamp is off
    text = clean_title(text) or text
    if not clean_title(text) or damaged(text):
        return False
    if not text or _SYMBOLS.match(text) or _DATE_ONLY.match(text) or _EN_DATE_ONLY.match(text):
        return False
    if DATE_LED.match(text) and not _MONTH_HEAD.match(text):
        return False
    if DOC_NUMBER.match(text) or names_collection(text) or ADOPTION_NOTE.match(text):
        return False
    if _EN_EDITION.match(text):
        return True  # `NPR 2010-08-18`: a programme's edition, its day its figures
    if NAME_ONLY.match(text):
        return False  # `U.S. Department of State`, `President George W. Bush`: who, not what
    if len(_RUN_TOGETHER.findall(text)) >= RUN_TOGETHER or _HOME_GLUED.search(text):
        # `Global EngagementUC HomeAbout UC…`, `BBC HomeExplore the BBC`: a menu's links, their
        # spaces lost (a home link glued to the next says so at once)
        return False
    if _CODE_OR_DOMAIN.search(text):
        return False  # `return [`: a script's line; `6 bxss.me`: a scanner's probe
    two_sentences = "。" in text.rstrip("。")
    if _LABEL_ROW.match(text) or _SIGN_IN.search(text) or two_sentences or _BANNER.match(text):
        # `節目內容 欄目介紹 主創人員`: a page's tabs; `星洲网 登录`: its account link;
        # `我县召开…交流会。县委常委…出席会议`: two sentences, a lead
        return False
    # `NPR News: 12-13-2025 4PM EST`: figures and no Han, English all the same
    words = len(_EN_WORD.findall(text))  # a phone number's `ext.` makes no English
    latin = len(_LATIN.findall(text)) > len(text) / 2 or (not count_han(text) and words >= 2)
    limit = HEAD_MAX_EN if latin else HEAD_MAX_ZH
    question = not latin and len(text) <= LONG_TITLE and _ONE_QUESTION.match(text)
    if (
        len(text) > limit
        and not question
        and (latin or len(text) > LONG_HEAD_ZH or _CLAUSES.search(text))
    ):
        return False  # longer than a headline, unless a Taiwanese one set with spaces, or the
        # question an FAQ answers (`徵詢庭於…終結後，再次評議，…是否還需要提案至大法庭？`)
    if len(text) < (4 if latin else HEAD_MIN_ZH) or ORGAN.match(text):
        return False
    if latin and len(text.split()) < 2:
        return False  # `NEWS`, `Menu`: one word is a label, no English headline
    if _PRICE_LAST.search(text):
        return False  # `1美元兌馬幣 4.7545`, `富時100 11221.82(-59.11)`: a market's ticker
    if not latin and count_han(_AMOUNTS.sub("", text)) < HEAD_MIN_HAN:
        return False  # `1元 10元 50元`: amounts on buttons; `成交量 42億6639萬7900股`: a ticker
    # `…persists across the U.S.`: the initials' own full stop, one sentence with no other end
    initials = bool(_INITIALS_LAST.search(text)) and not _EN_STOP_INSIDE.search(text[:-1])
    ends = text.endswith(SENTENCE_END) and not _ASKS.search(text) and not initials
    if _SPOKEN.match(text) or _BACK_TO.match(text):
        # `“我的名字叫紫禁城，…却从未停止。”`: someone's words, quoted whole; `会议由…主持`: a
        # sentence of the report, its meeting named before
        return False
    # `Media advisory - Minister Garneau to announce…`: the release's kind, then its headline
    return not ends and (site_title(text) == text or bool(_KIND_FIRST.match(text)))


_INITIALS_LAST = re.compile(r"(?-i:\s(?:[A-Z]\.){2,3})$")
_EN_STOP_INSIDE = re.compile(r"[a-z]{2}[.!?]\s")

_KIND_FIRST = re.compile(
    r"^(?:Media advisory|News release|Press release|Media release|Backgrounder)\s+[-–—]\s+(?=\S)",
    re.IGNORECASE,
)


_BACK_TO = re.compile(
    r"^(?:会议|會議|全会|全會)(?:由|指出|强调|強調|要求|认为|認為|听取|聽取|审议|審議|号召|號召|决定|決定|"
    r"传达|傳達)"  # (not `会议通过…决议`: a session's headline may open so)
)
# `（2026年2月10日…第七次会议通过）`: when a resolution was adopted, over its text
ADOPTION_NOTE = re.compile(
    r"^[（(]\s*(?:19|20)\d{2}\s*年[^（）()]{2,60}?(?:通過|通过|批准|公布)\s*[)）]$"
)
_EN_WORD = re.compile(r"[A-Za-z]{2,}")
_CODE_OR_DOMAIN = re.compile(
    # (`華人今日網 chinesedaily.com`: a site's name and its domain, its masthead)
    r"(?:[\[{(`]|=>|;)\s*$|^(?:\d+\s+|\S{2,10}\s+)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$"
)
_LABEL_ROW = re.compile(rf"^[{HAN_RANGES}]{{2,4}}(?:\s+[{HAN_RANGES}]{{2,4}}){{2,}}$")
# `端 × 華爾街日報廣場`: two brands' joint column; `搜狐 ChinaRen 17173 焦点房地产 搜狗`: a
# portal's links, short words of any script in a row
_BANNER = re.compile(
    r"^[^\s×]{1,12}\s+×\s+[^\s×]{1,14}$"
    rf"|^(?=.*[{HAN_RANGES}])(?:[^\s，。、：:！？,.!?]{{1,8}}\s+){{3,}}[^\s，。、：:！？,.!?]{{1,8}}$"
)
_SIGN_IN = re.compile(
    r"\s(?:登录|登入|登錄|注册|註冊|登出|(?i:log ?in|sign ?in|sign ?up))$"
    # `The White House Skip Main Navigation In Focus`: a page's skip link among its menu
    r"|\b(?i:skip (?:to )?(?:main )?(?:navigation|content))\b"
    # `中国教育在线> 高等继续教育> 学术交流> …`: a breadcrumb, however it is spaced
    r"|[>»›＞][^>»›＞]+[>»›＞]|^[^>»›＞]{1,12}\s[>»›＞]\s[^>»›＞]{1,12}$"
)
_SPOKEN = re.compile(r"^[“「][^“”「」]{4,}[。！？!?…][”」]$")


def damaged(text: str) -> bool:
    """Mojibake is never a title: Han text that is not everyday Chinese."""
    if find_damage(text):
        return True
    return count_han(text) >= 4 and commonness(text) < 0.75


def is_paragraph(text: str) -> bool:
    """Body text: the search for a headline stops here, so no text is taken for masthead."""
    return len(text) > (HEAD_MAX_EN if _LATIN.search(text[:20]) else HEAD_MAX_ZH)


# `现在，我代表市人民政府，向大会报告工作`: a government's work report, read out under no title
_REPORTS_WORK = re.compile(
    r"我代表(?P<who>[^，,。]{0,16}?)(?:人民政府|[国國][务務]院)[，,]\s*向大[会會](?:作|做)?"
    r"(?P<report>[报報])告(?:政府)?工作"
)


def work_report_title(lines: list[str]) -> str | None:
    """`市政府工作报告`, named by the report's own opening words, or None."""
    for line in lines:
        if m := _REPORTS_WORK.search(line):
            return f"{m['who']}政府工作{m['report']}告"
    return None
