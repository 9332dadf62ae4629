"""A title drawn from the first paragraph when the text has no headline: its first sentence,
or the first clause, without its time phrase and frame (`11月21日，全會在福州召開。` →
`全會在福州召開`); the paragraph stays in the text."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES, has_han
from highlights.model import Block
from highlights.normalise.derived import (
    clause_outside_quotes,
    condense,
    plenum_held,
    subject_short_form,
    who_said,
    without_short_forms,
    without_venue,
)
from highlights.normalise.en_headline import english_headline, past_first_item, shortened
from highlights.normalise.headlike import (
    ADOPTION_NOTE,
    HEAD_MAX_ZH,
    LONG_TITLE,
    NAME_ONLY,
    SCAN,
    SENTENCE_END,
    Head,
    clean_title,
    damaged,
    date_alone,
    is_headline,
)
from highlights.normalise.hosts import (
    EN_HELLO,
    EN_WELCOME,
    GREETING,
    HOST_OPENING,
    WELCOME,
    cheers,
    rush_transcript,
)
from highlights.normalise.mojibake import commonness
from highlights.normalise.openings import (
    BASIS,
    PERIOD,
    PERIOD_NAMED,
    PREAMBLE,
    SLOGAN,
    TIME_PHRASE,
    VERDICT,
    unopened,
)
from highlights.normalise.sentences import cut_title, first_clause, first_sentence
from highlights.normalise.title_times import (
    DONE,
    HELD_AFTER,
    INNER_TIME,
    RELATIVE_DAY,
    WEEKDAYS,
)

__all__ = ["first_paragraph"]

FIRST_PARAGRAPH = 20  # characters: with no headline, a shorter line above the text is a menu
# a menu's line ends in no full stop: a short line that does is the text's first sentence
_FULL_STOP = "。"
LISTED = 3  # enumeration commas: a sentence that lists so much is no headline
# `…通過公報，全文如下`: the clause that hands over to the text is no part of a title
_LEAD_IN = re.compile(
    r"[，,]\s*(?:全文如下|現將|现将|以下[為为是]|如下).*$"
    # `…常务会议，副市长李云齐、李峰…及相关单位参加`: who attended is no part of a title
    r"|[，,][^，,。]{4,80}(?:参加|參加|出席|列席)(?:会议|會議)?$"
    r"|[，,]\s*由[^，,。]{2,40}(?:主持|主席)$"  # `…縣務會議，由縣長陳福海主持`: who chaired it
    # `…第15次常务会议，区委副书记、区长班兆龙主持会议并讲话`: who chaired it, and spoke
    r"|[，,][^，,。]{2,40}主持(?:会议|會議)?(?:并|並)?(?:讲话|講話|作讲话|作講話|发表讲话|發表講話)?$"
)
# `…第二場“部長通道”采訪活動現在開始`: the host opens the event; what it is names it
_BEGINS_NOW = re.compile(r"(?<=\S{6})(?:采訪|采访|採訪)?(?:活動|活动)?(?:現在|现在)(?:開始|开始)$")
_NEWS_FOLLOWS = re.compile(r"(?:好消息|喜訊|喜讯|大消息|新消息)$")
_SAYS_END = re.compile(r"(?:宣布|宣佈|透露)$")
# a Chinese sentence's names in Latin letters, its ticker, its quoted short name, in brackets
_LATIN_ASIDE = re.compile(rf"(?<=[{HAN_RANGES}])(?:\s*[(（][A-Za-z\"“][^()（）]{{1,60}}[)）])+\s*")
# a meeting its name does not tell, or by who attends only (`召開全區領導干部會議`); not a
# standing meeting (`召開市政府常務會議`), whose name tells
_MET = re.compile(
    r"(?:召开|召開|举行|舉行)"
    r"(?![^，,、]{0,10}(?:常务|常務|常委|全体|全體|党组|黨組|办公|辦公|主席|务虚|務虛))"
    r"(?!第[\d一二三四五六七八九十百]+次)[^，,、]{0,10}"  # (`召开第138次（扩大）会议`: numbered)
    r"(?:会议|會議)$"
)
_SESSION = re.compile(r"(?:会议|會議)$")
_CONVEYED = re.compile(r"^(?:重点|重點|专题|專題)?(?:传达|傳達|学习|學習|研究|部署|听取|聽取)")
_WHEN_SAYING = re.compile(
    rf"(?<=[{HAN_RANGES}」”》]{{6}})(?:時|时)(?:表示|指出|強調|强调|說|说|致詞|致词|致辭|致辞)$"
)
_LINK = re.compile(r"^(?:https?://|www\.)\S+$")  # a bare link is chrome once alone
_OPEN_BRACKET = re.compile(r"[(（][^()（）]*$")
_SPEAKER = re.compile(rf"^[{HAN_RANGES}·]{{2,12}}[：:](?=\S)")
_PUT = re.compile(r"提出|表示|指出|宣布|宣佈|明確|明确")
_COPULA = re.compile(rf"(?<=[{HAN_RANGES}]{{4}})(?:是|為|为)$")
UNREADABLE = 0.5  # share of everyday characters under which a line is mojibake, naming nothing
ACCENTED = 0.05  # share of an English line's letters beyond ASCII: more, and it is mojibake


def first_paragraph(blocks: list[Block]) -> Head:
    """No headline line: the first paragraph's first sentence names the piece, without its
    time phrase (`11月21日，全會在福州召開。` → `全會在福州召開`); the paragraph stays.
    Short lines above it (menus such as 新聞與活動) are the page's masthead."""
    readable = [
        i
        for i, b in enumerate(blocks[:SCAN])
        # measured as a title would be: a stamp after a short line makes it no paragraph
        if (len(clean_title(b.text)) >= FIRST_PARAGRAPH or b.text.rstrip().endswith(_FULL_STOP))
        and _readable(b.text)
        and not ADOPTION_NOTE.match(b.text.strip())  # `（…會議通過）` over a resolution's text
    ]
    # `-- Xi said…`: a summary's bullets above the story; its first paragraph names it
    first = readable[0] if readable else 0
    # `張議長、陳副議長、各位議員女士先生、媒體朋友，大家好！`: a speech greets before it speaks
    spoken = [i for i in readable if not GREETING.match(blocks[i].text)]
    spoken = [i for i in spoken if not cheers(blocks[i].text)] or spoken
    at = next((i for i in spoken if blocks[i].kind != "list_item"), first)
    head = _first_paragraph_at(blocks[at:])
    masthead = [*(b.text for b in blocks[:at]), *head.masthead]
    title = "" if "\ufffd" in head.title else head.title  # lost characters title nothing
    return Head(title, head.subtitle, head.body, masthead)


# `經市政府同意，現將《牡丹江市防治慢性病中長期規劃》印發給你們`: a notice that sends a document
# (more than one: the first, and `等`)
_ISSUED = re.compile(
    r"(?:現將|现将)《(?P<name>[^《》]{4,60})》(?P<more>(?:[、和及與与]?《[^《》]{4,60}》)*)(?:等)?"
    r"(?P<verb>印發|印发|轉發|转发|發布|发布)(?:給|给)?(?:你們|你们)"
)
ISSUED_WITHIN = 200  # characters: past its opening, a notice cites documents, it sends none
# a resolution's adoption note before its text: `（2023年2月3日義烏市…第二次會議通過）`
_ADOPTED = re.compile(
    r"^[（(]\s*(?:19|20)\d{2}\s*年[^（）()]{2,60}?(?:通過|通过|批准|公布)\s*[)）]\s*(?=\S)"
)
# `總編輯張景為、大陸新聞中心主任白德華、…王銘義一行3人`: a party is named by who leads it
_PARTY = re.compile(r"^(?P<first>[^、，。]{2,30}?)(?:、[^、，。]{2,30}?){1,8}(?=一行)")
# `??`: characters lost to a wrong encoding, a sentence's end among them, further in than this
_LOST_MARKS = re.compile(r"\?{2,}")
LOST_END_AFTER = 12
# an e-paper's subtitle run into the text: the day after the space opens the story
_NEXT_DAY = re.compile(
    r"(?<=[^\s\d])\s+(?:\d{1,2}月)?\d{1,2}[日号號](?:上午|下午|晚上|晚間|晚间)?$"
)
# `以“破除城鄉二元結構 推動鄉村全面振興”為主題的第七屆莫干山會議…`: the theme is no headline
_THEMED = re.compile(r"^以[“「][^“”「」]{2,40}[”」][為为]主[題题]的(?=\S{6})")
# `在上海市疾控中心举行…发布会`: with no one before it, where it was held is the subject
_HELD_AT = re.compile(
    rf"^在(?P<place>[{HAN_RANGES}]{{2,20}}?)(?=举行|舉行|召开|召開|开幕|開幕|闭幕|閉幕)"
)
_QA_LABEL = re.compile(r"^(?:問|问|答|Q|A)\s*[:：]\s*(?=\S)")
_QUOTED = re.compile(r"“[^“”]{1,30}”|「[^「」]{1,30}」")


def _unless_damaged(quote: re.Match[str]) -> str:
    """A quoted name with a lost character (`“大美臨汾?我的家鄉”`) leaves a drawn title."""
    return "" if damaged(quote[0]) else quote[0]


def _first_paragraph_at(blocks: list[Block]) -> Head:
    first = blocks[0]
    text = " ".join(filter(None, [first.lead_in, first.text]))
    if not first.lead_in and (glued := _GLUED_HEAD.match(text)):
        # `壹基金闖年關 依舊是1月11日，深圳…`: the headline, its line break lost, then the story
        story = first.model_copy(update={"text": glued["story"]})
        return Head(glued["head"], None, [story, *blocks[1:]])
    text = _QA_LABEL.sub("", text)  # `問：澳大利亞政府近日發表了…`: the question, not its label
    title = clean_title(text)  # measured as the title will read (`…！2021-07-15` ends so)
    if date_alone(title):
        return Head("", None, blocks)  # `2021-07-15(chǎn)`: a stamp, not a headline
    # (a headline holds no full stop: `7月23日，我县召开…交流会。县委常委…出席会议` is a lead)
    short = len(text) <= HEAD_MAX_ZH and _FULL_STOP not in title
    if short and NAME_ONLY.match(title) and len(blocks) > 1:
        under = _first_paragraph_at(blocks[1:])  # `MINISTER MARK BUTLER`: who, over the text
        return Head(under.title, under.subtitle, under.body, [first.text, *under.masthead])
    if short and not title.endswith(SENTENCE_END) and not _LINK.match(title):
        again = 1  # the line under it may say it again, without the stamp: once is enough
        while again < len(blocks) and clean_title(blocks[again].text) == title:
            again += 1
        return Head(title, None, blocks[again:], [b.text for b in blocks[1:again]])
    if rushed := rush_transcript(text):  # `This is a rush transcript from "Special Report"…`
        return Head(rushed, None, blocks)
    if welcome := WELCOME.search(text):  # a host's welcome names the programme
        return Head(f"《{welcome['name'] or welcome['bare']}》", None, blocks, [])
    welcome = EN_WELCOME.search(text[:ISSUED_WITHIN]) or EN_HELLO.match(text)
    if welcome:  # `Thanks for checking out…`, `Hello, this is the Global News Podcast from…`
        return Head(" ".join(w[:1].upper() + w[1:] for w in welcome["name"].split()), None, blocks)
    if issued := _ISSUED.search(text[:ISSUED_WITHIN]):  # a notice names what it sends out
        more = "等" if issued["more"] else ""
        return Head(f"{issued['verb']}《{issued['name']}》{more}", None, blocks, [])
    text = _ADOPTED.sub("", text) or text  # `（2023年2月3日…會議通過）`: when it was adopted
    paragraph = text.rstrip("".join(SENTENCE_END))  # never the title whole: it stays the text
    for _ in range(2):  # `AMNA NAWAZ: And I'm Amna Nawaz.`, then `On the "NewsHour" tonight:`
        text = HOST_OPENING.sub("", text, count=1) or text
    opened = unopened(text)
    if damaged(first_clause(opened)) and not damaged(first_clause(text)):
        opened = text  # `在整个机器人行业中，除去军狱澳承┨…`: the setting, rather than damage
    if opened.startswith(("是", "為", "为")) and opened != text:
        opened = text  # `10月1日是新中国57岁的生日`: the day is what the sentence is about
    if PREAMBLE.match(opened) and (verdict := VERDICT.search(opened)):
        # `…，全市經濟持續恢復增長。` / `前三季度，全市實現…`: the review's verdict, for its period
        period = next(filter(None, (PERIOD_NAMED.search(b.text[:60]) for b in blocks[1:3])), None)
        return Head((period[0] if period else "") + verdict["v"], None, blocks)
    if PREAMBLE.match(opened) and (below := _after_preamble(blocks)):
        return below  # `面对严峻复杂的外部环境…`: the year's review opens; the figures name it
    opened = PERIOD.sub(r"\g<period>", BASIS.sub("", opened))
    sentence = first_sentence(opened)
    if (lost := _LOST_MARKS.search(sentence)) and lost.start() >= LOST_END_AFTER:
        sentence = sentence[: lost.start()]  # `…工作專題會??h長高寒，…`: a lost `。縣`, its end
    slogan = SLOGAN.match(sentence)
    even = slogan is not None and len(slogan[1]) == len(slogan[2])
    if even and (rest := opened[len(sentence) :].strip()):
        sentence = first_sentence(TIME_PHRASE.sub("", rest))  # `发扬民主增进团结，凝聚共识…。`
    sentence = INNER_TIME.sub("", WEEKDAYS.sub("", sentence, count=1))
    sentence = sentence.rstrip("".join(SENTENCE_END))
    sentence = RELATIVE_DAY.sub("", without_short_forms(subject_short_form(sentence)), count=1)
    sentence = condense(_LEAD_IN.sub("", _BEGINS_NOW.sub("", sentence)))
    sentence = DONE.sub("", sentence, count=1)  # `…召开了第三十八届…` → `…召开第三十八届…`
    sentence = INNER_TIME.sub("", sentence)  # (a day after a short form's brackets, gone now)
    sentence = _PARTY.sub(r"\g<first>", sentence, count=1)  # `張景為、白德華…一行`: `張景為一行`
    sentence = _THEMED.sub("", sentence, count=1)
    sentence = _HELD_AT.sub(r"\g<place>", sentence, count=1)
    sentence = HELD_AFTER.sub(r"\g<v>", plenum_held(without_venue(sentence)))
    sentence = _LATIN_ASIDE.sub("", sentence)  # `莫霍克工業公司 (Mohawk Industries, Inc.)`
    sentence = english_headline(sentence)  # `CAF has today welcomed…` → `CAF welcomes…`
    speaker = _SPEAKER.match(sentence)  # `指揮中心：網路流傳…`: the clause is what was said
    said = sentence[speaker.end() :] if speaker else sentence
    clause = (speaker[0] if speaker else "") + clause_outside_quotes(said)
    clause = _OPEN_BRACKET.sub("", clause).rstrip()  # `Ferro Corporation (NYSE: FOE), …`
    if sentence[len(clause) : len(clause) + 1] in ("：", ":"):
        item = re.split(r"[，；,;。]", sentence[len(clause) + 1 :], maxsplit=1)[0]
        clause = _COPULA.sub("", clause)  # `…主要預期目標是：`: what it is follows
        if re.search(r"\d", item) and len(clause + item) < HEAD_MAX_ZH and not _PUT.search(clause):
            # `…主要预期目标：地区生产总值增长7%以上`: a bare label takes its first figure; who
            # put the targets forward (`李強在政府工作報告中提出…目標`) names them already
            clause += "：" + item
    clause = _WHEN_SAYING.sub("", clause)  # `…出席國際記者會時表示，`: where it was said
    clause = _NEXT_DAY.sub("", clause)  # `…签名宣传活动 10月1日`: the next sentence's day
    # what the news is (`國發會宣布好消息，8月景氣燈號轉為…綠燈`), what the meeting was for
    # (`…组织召开会议，重点传达…会议精神`)
    told = re.split(r"[，；,;。]", said)[1:2]
    met = bool(told and _MET.search(clause) and _CONVEYED.match(told[0]))
    met = met and is_headline(f"{clause}，{told[0]}")  # (what it conveyed in a few words)
    # (`莫霍克工業公司今天宣布，該公司已經達成了…協議`: what was announced is the news)
    says = bool(told and _SAYS_END.search(clause) and is_headline(f"{clause}，{told[0]}"))
    if told and (_NEWS_FOLLOWS.search(clause) or met or says):
        clause += "，" + told[0]
    elif told and (quoted := who_said(clause, told[0])) and is_headline(quoted):
        clause = quoted
    # the first sentence, else its first clause; a sentence of three clauses is no headline
    # (nor one that lists who came: `…县长办公会，县领导张海军、郭杰、索剑峰…参加`)
    listed = sentence.count("、") >= LISTED
    whole = [sentence] if len(re.findall(r"[，,]", sentence)) < 2 and not listed else []
    whole = [] if _REMARK.search(sentence) else whole  # `…，這也是…的創新之舉`: a remark on it
    whole = [] if _ATTENDED.search(sentence) else whole  # `…，校領導…出席典禮`: who came
    named = bool(told) and not met and _CONVEYED.match(told[0]) and _SESSION.search(clause)
    whole = [] if named else whole  # `…召开第32次常委会会议，传达学习…`: the session is the news
    # (an English clause past a headline's length: up to a phrase's end, `ENGlobal receives an
    # award … by the U.S. Military`, rather than the name before its first comma)
    for candidate in (*whole, clause, _QUOTED.sub(_unless_damaged, clause), shortened(clause)):
        if candidate != paragraph and is_headline(candidate):
            return Head(clean_title(candidate), None, blocks)  # drawn from the paragraph
    if damaged(clause) and len(blocks) > 1 and not damaged(blocks[1].text):
        # `會議全面?zhèn)鬟_（dá）了…`: a damaged sentence names nothing; the next one may
        below = _first_paragraph_at(blocks[1:])
        if below.title and not damaged(below.title) and is_headline(below.title):
            # the text keeps what the next block keeps: a short one that became the title goes
            return Head(below.title, None, [blocks[0], *below.body])
    short = len(text) <= LONG_TITLE and not _LINK.match(clean_title(text))
    short = short and not text.rstrip().endswith(("：", ":"))  # `…解读如下：` leads into the text
    if short and _FULL_STOP not in text.rstrip(_FULL_STOP):  # (two sentences are a lead's)
        return Head(clean_title(text), None, blocks[1:])  # a short first paragraph: the title
    # (past its day: `2024年3月28日，高唐县人民政府印发了…`)
    dated = TIME_PHRASE.sub("", text) or text
    clause = _OPEN_BRACKET.sub("", re.split(r"[，。；：！？,;:!?]", dated, maxsplit=1)[0]).rstrip()
    if not has_han(text) and (items := past_first_item(first_sentence(text))):
        clause = _OPEN_BRACKET.sub("", items).rstrip(" .")  # (not `Businesses`, an item)
    return Head(cut_title(clean_title(clause)), None, blocks)


# a headline of a few words, a space, then a story of sentences
_GLUED_HEAD = re.compile(
    rf"^(?P<head>[{HAN_RANGES}]{{4,16}})[ \u3000]+"
    rf"(?P<story>[{HAN_RANGES}][^。！？]{{4,}}?[，,].*[。！？].*)$",
    re.DOTALL,
)
_ATTENDED = re.compile(
    r"[，,][^，,。]{2,40}(?:出席|參加|参加|到場|到场)了?(?:典禮|典礼|會議|会议|活動|活动|儀式|仪式)?$"
)
_REMARK = re.compile(r"[，,]\s*(?:這|这)(?:也|就|又)?(?:是|為|为|標誌著|标志着|意味著|意味着)")


def _after_preamble(blocks: list[Block]) -> Head | None:
    """The title of the first paragraph after a preamble's, headings passed over."""
    for at, block in enumerate(blocks[1:SCAN], start=1):
        if block.kind == "paragraph" and len(block.text) >= FIRST_PARAGRAPH:
            below = _first_paragraph_at(blocks[at:])
            if below.title and not PREAMBLE.match(below.title):
                return Head(below.title, None, [*blocks[:at], *below.body])
            return None
    return None


def _readable(text: str) -> bool:
    """Common Chinese, or plain ASCII text (English has no Han to be common); never text that
    opens with characters lost to a wrong code page (`内�概况�根据…`), which no title may show."""
    if "\ufffd" in text[:HEAD_MAX_ZH]:
        return False
    if has_han(text):
        return commonness(text) >= UNREADABLE
    # English: its letters plain, a name's accent here and there (`Sergio Ramírez`) allowed
    letters = [c for c in text if c.isalpha()]
    return sum(not c.isascii() for c in letters) <= ACCENTED * len(letters)
