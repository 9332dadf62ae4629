"""The deck's lead: the first one or two sentences of the story before its cards, never a
name, a label, a title again, a courtesy or mojibake; or, when nothing comes before the first
section (a transcript, a speech), that section's first sentence."""

from __future__ import annotations

import re

from highlights.cards import sections
from highlights.cards.english import unlabelled
from highlights.cards.points import sentences
from highlights.cards.text import (
    BRACKETED_NOTE,
    QUESTION_TURN,
    Draft,
    Piece,
    display_len,
    strip_piece,
    title_again,
    unreadable,
)
from highlights.chars import HAN_RANGES, has_han, title_case
from highlights.model import Article, Block, Language
from highlights.normalise.datelines import dateline
from highlights.normalise.hosts import cheers
from highlights.normalise.notice_patterns import SPONSOR
from highlights.settings import CardSettings

LEAD_MIN = 8  # Han-width characters
# `220. 大家仍記得，…`: a budget speech's or a report's paragraph number, no part of what it says
# `221. 基本工程的開支…`, and a record's sub-item `（一）准予備查`: its number, not its point
PARAGRAPH_NUMBER = re.compile(
    r"^\d{1,3}[.．]\s+(?=\S)|^[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]\s*(?=\S)"
    # `3.习近平举行仪式…`: a rundown's item number run into its Chinese (never `1.5萬人`)
    rf"|^\d{{1,2}}[.．](?=[「“《{HAN_RANGES}])"
)
_NEWSROOM = r"(?:NPR|PBS|BBC|VOA|CBS|ABC|NBC|CNN|AP|RTHK|NHK)"
COURTESY = re.compile(
    # after the speaker's label, if any: `記者：特首，你好`, `行政長官：多謝你兩個問題`
    r"^(?:[^，。：:\s]{1,12}[：:]\s*)?"
    r"(?:各位[^，。！？]{0,12}(?:好|早上好|下午好|晚上好)|大家好|"
    # `各位傳媒朋友、各位香港市民，早晨`: whom a speaker greets, and the greeting
    r"(?:各位[^，。！？、]{1,12}[、，,]\s*)+(?:早晨|早安|午安|晚安|早上好|下午好|晚上好|"
    r"大家(?:早上|上午|下午|晚上)?好)|大家(?:早上|上午|下午|晚上)好|多謝各位|多谢各位|謝謝各位|"
    r"谢谢各位|"
    # `歡迎出席本月的國防部記者會`, `歡迎大家參加今天的發布會`: the welcome to the briefing
    r"(?:大家(?:早上|上午|下午|晚上)?好[，,]\s*)?(?:歡迎|欢迎)(?:大家|各位)?(?:出席|參加|参加|來到|来到)"
    r"[^。！？]{0,30}(?:記者會|记者会|發布會|发布会|吹風會|吹风会)"
    r"(?:[，,]\s*(?:現在|现在|下面)(?:開始|开始)(?:提問|提问))?|"
    r"謝謝大家|谢谢大家|謝謝|谢谢|多謝|多谢|(?:[^，。！？]{1,8}[，,]\s*)?(?:你好|您好|你們好|你们好)"
    r"|(?:多謝|多谢|謝謝|谢谢)(?:你|您)?(?:的|兩個|两个|這個|这个|幾個|几个)?(?:問題|问题)"
    # a host's welcome and the guests greeted: `歡迎您收看…《與總編面對面》欄目`, `…先生，兩位好`
    r"|(?:[^。！？]{0,40}[。！？，,]\s*)?(?:各位好[，,]\s*)?(?:歡迎|欢迎)(?:您|你|大家)?(?:收看|收聽|收听)"
    r"[^。！？]{0,60}|[^。！？]{0,60}[，,]\s*(?:兩位好|两位好|您好|你好)"
    # a host's `大家好，我是小黛，欢迎来到第73期参考信息`
    r"|(?:大家好[，,]\s*)?我是[^，。！？\s]{1,8}[，,]\s*(?:歡迎|欢迎)(?:來到|来到)[^。！？]{1,40}"
    # a council's chair thanked, or calling the next speaker: `多謝主席`, `蔣麗芸議員`, `行政長官`
    r"|(?:多謝|多谢|謝謝|谢谢)(?:代理)?主席"
    r"|[^，。！？\s]{0,8}(?:議員|议员|行政長官|行政长官|局長|局长|司長|司长)"
    # a speech's `Thank you, Jen.`, `And good afternoon, everyone.`
    r"|(?:And |Sure,? |OK,? |Okay,? |Yes,? )?(?:Thank you|Thanks|thanks)"
    r"(?: (?:all|very much|so much|everyone))?"
    r"(?:,? [A-Z][\w.'’ -]{1,40})?"
    r"|(?:And |[A-Z][a-z]+, )?[Gg]ood (?:morning|afternoon|evening)(?:,? (?:everyone|everybody|all"
    r"|[A-Z][a-z]+))?"
    # a presenter's `I'm Judy Woodruff`, `I`m Russ Mitchell`
    r"|(?:And )?I(?:'|’|`| a)m [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}"
    r"(?:,? (?:in|from) [A-Z][\w.'’ -]{1,30})?"  # `I'm Neal Conan, in Washington`
    r"|(?:Hello|Hi)(?:,? (?:everyone|everybody|all))?|Ladies and gentlemen"
    # a briefer's small talk and hand-offs: `Thank you all for being here`, `I know it's a busy
    # news day`, `With that, I will turn it over to…`, `I'll try to be as brief as I can`, a
    # sentence the speaker broke off (`I'm going to lay out --`)
    r"|(?:Thank you|Thanks)(?: all| everyone)? for (?:being here|coming(?: out)?|joining us)"
    r"(?: today| this (?:morning|afternoon))?"
    r"|(?:I know )?(?:it(?:'|’)s|there(?:'|’)s|It(?:'|’)s|It is) (?:always )?(?:a busy news day|"
    r"a lot going on)[^.!?]{0,60}"
    r"|(?:And )?[Ww]ith that,? (?:I(?:'|’)ll|I will|let me) (?:turn|hand) it (?:over )?to "
    r"[^.!?]{1,60}"
    r"|I(?:'|’)ll try to be (?:as )?brief[^.!?]{0,60}|[^.!?]{1,40}\s--"
    # `Dee Dee, how're you doing?`, `Welcome, Mr. President`: a greeting by name
    r"|(?:[A-Z][\w.'’ -]{1,30}, )?[Hh]ow(?:'re| are) you(?: doing)?"
    r"|(?:[A-Z][\w.'’ -]{1,30}, )?[Ww]elcome(?:,? (?:Mr|Mrs|Ms|Madam)\.? [A-Z][\w.'’ -]{1,30})?"
    r"|Happy (?:Monday|Tuesday|Wednesday|Thursday|Friday|New Year|holidays)"
    r"(?:,? (?:everyone|everybody|all))?|(?:So |We |I )?appreciate your patience|Special thanks to"
    r"|\((?:Laughter|Applause|Inaudible|Crosstalk)\.?\)"  # a briefing's stage direction
    # a programme's own name, and a host's and a guest's welcome: `This is TALK OF THE NATION`,
    # `Nice to have you with us`, `Thanks for having me`, `Always good to have you on the program`
    # (`It's MORNING EDITION, from NPR News`: the station's identification)
    r"|(?:And )?(?:[Tt]his is|It(?:'|’)s) (?-i:[A-Z]{2,}(?: [A-Z]{2,}){0,5})"
    r"(?:,? (?:from|on) (?-i:[A-Z]{2,5})(?: News)?)?"
    r"|(?:[A-Z][\w.'’ -]{1,30}, )?(?:(?:It's|It is|Always|[Rr]eally) )?"
    r"(?:[Nn]ice|[Gg]ood|[Gg]reat) (?:to |seeing )(?:have you|see you|you|be (?:here|with you))"
    r"(?:,? (?:sir|ma'am|too|again|thank you))*"
    r"(?: (?:with us|here|again|on the (?:program|programme|show)))?"
    r"|(?:Thanks|Thank you),? for having me(?: (?:on|here|again))?"
    r"|Welcome (?:back|to the (?:program|programme|show))(?:,? [A-Z][\w.'’-]+)?"
    # `Welcome to the "NewsHour."`, `And William Brangham joins us now.`: the host's hand-offs
    r"|(?:And )?Welcome to (?:the )?[\"“]?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}[.!]?[\"”]?"
    r"|(?:And )?(?:(?:[Oo]ur|[Tt]he) [a-z]+(?: [a-z]+)? )?(?:[A-Z][\w.'’-]+ ){1,3}"
    r"joins (?:us|me)(?: now)?(?: from [A-Z][\w .'’-]{1,40})?"
    r"|(?:And )?Joining (?:us|me) (?:now )?(?:is|are) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
    # the clock and the rundown's call: `It's half past the hour`, `here's what's happening now`,
    # `I want to thank you for joining me on CNN THIS MORNING`
    r"|It(?:'|’)s (?:half past|the top of|a quarter (?:past|to)) the hour"
    r"|(?:And )?[Hh]ere(?:'|’)s what(?:'|’)s happening (?:right )?now"
    r"|I (?:want to |just want to )?thank you (?:all )?for joining (?:me|us)(?: [^.!?]{1,60})?"
    # a newscast's sign-on: `Hello and welcome to our viewers all across the world`, `You're
    # watching Arirang News`, `Newscenter begins right now`, `It's Thursday, July 28th, 2016`,
    # `It is 9 in New York, 2 p.m. in London…`, `Bonsoir à toutes et à tous`, `Il est 20h…`
    r"|(?:Hello,? and )?[Ww]elcome to (?:our )?(?:viewers|listeners)[^.!?]{0,60}"
    r"|You(?:'|’)re (?:watching|listening to) [^.!?]{1,60}"
    r"|(?:[A-Z][\w'’-]* ){1,4}(?:begins|starts) (?:right )?now"
    r"|It(?:'|’)s (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:,? [A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?)?"
    r"|It(?: is|'s|’s) \d{1,2}(?::\d{2})?(?: ?[ap]\.?m\.?| o(?:'|’)clock)? in [A-Z].{1,80}"
    r"|Bonsoir(?: [A-Z][\w-]+)?(?:,? (?:à toutes et à tous|à tous))?|Il est \d{1,2} ?h[^.!?]{0,80}"
    # a programme's own signposts: `Tonight on Reporting Scotland`, `Also on the programme...`
    r"|(?:Tonight|Coming up|Also) on (?:the )?(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|programme|"
    r"program|show)(?:\.\.\.|…)?"
    # a bulletin's hand-off to its reporter and the reporter's sign-off: `NPR's Soraya Sarhaddi
    # Nelson has the report from Kabul`, `That's NPR's … reporting from Kabul`, `Lydia Kalitri,
    # NPR News, Washington`
    rf"|(?:That(?:'|’)s )?{_NEWSROOM}(?:'|’)s (?:[A-Z][\w.'’-]+ ){{1,4}}"
    r"(?:has (?:the|this|more on the) (?:report|story)|reports|reporting)"
    r"(?: (?:from|in) [A-Z][\w .'’-]{1,30})?"
    rf"|(?:[A-Z][\w.'’-]+ ){{1,3}}?[A-Z][\w.'’-]+, {_NEWSROOM} News, [A-Z][\w .'’-]{{1,30}}"
    r")[！!。.?？]?$"
)


# `县人大主任张阅农、县政协主席张萍列席会议`: who else attended a local meeting is a record, no
# key point; the central leadership's attendance (`政治局常委…出席會議`) is news
_ATTENDED = re.compile(
    r"(?:(?:出席|列席|参加|參加)了?(?:会议|會議|开幕式|開幕式|闭幕式|閉幕式|仪式|儀式|典礼|典禮)?"
    r"|(?:在|於|于)?主席台(?:前排)?就座)[。.]?$"
)
_ALSO_DID = re.compile(
    r"主持|讲话|講話|强调|強調|指出|要求|审议|審議|听取|聽取|通过|通過|宣布|发表|發表|致辞|致辭|"
    r"率团|率團|得到|召开|召開|举行|舉行|應|应当|必须|必須|須|需|由|中央|政治局|国家主席|國家主席|"
    r"总书记|總書記|總理|总理|党和国家|黨和國家|。."
)
# `全体县委委员、县委候补委员；…；县纪委委员；…参加了会议`: the roll of who came, by their posts
_ROLL_PART = re.compile(r"^[^，,。；：了]{2,30}$")


def attendance(text: str) -> bool:
    """Who attended a meeting, or who chaired it (`会议由市委副秘书长王志强主持`), and nothing
    else."""
    *roll, _ = text.split("；")  # (a roll of three posts or more; `县长作了报告；…列席会议`, no)
    listed = not roll or (len(roll) >= 2 and all(_ROLL_PART.match(r.strip()) for r in roll))
    attended = bool(_ATTENDED.search(text)) and listed and not _ALSO_DID.search(text)
    return attended or bool(_CHAIRED.match(text))


# (`本次新聞發布會由…新聞發言人朱鳳蓮主持`: a briefing's chair too)
_CHAIRED = re.compile(
    r"^(?:本次)?(?:会议|會議|新聞發布會|新闻发布会|發布會|发布会|記者會|记者会)由[^。，,；;]{2,40}"
    r"主持[。.]?$"
)


_POINTER = re.compile(
    r"[^，。]{1,4}(?:说|說)|【[^】]{1,4}】|[^，。]{1,4}>>|在这里|在這裡|[（(](?:参见|參見|见|見)[^（）()]{1,6}[)）]"
)


# `十九大新聞中心副主任王冬梅表示`: who spoke, what they said cut off with the page
# (never a complete sentence that ends so: `黄山有天下第一奇山之称`, `对工作进行了介绍`)
_SPEAKER_ONLY = re.compile(
    r"(?:[^，。：:；;“”「」]{2,40}(?:表示|指出|強調|强调|認為|认为|(?<![之简簡名统統堪号號俗])(?:稱|称)"
    r"|(?<![学學传傳小])(?:說|说))|[据據][^，。：:；;“”「」]{2,40}(?:介紹|介绍))[：:，,]?"
)


def hollow(text: str) -> bool:
    """`Now`, `Eastern Time`: two English words at most, no figure, say nothing; `做好`,
    `汪文斌说`, `【详情】`, `（参见下表）`: what a cut left, who spoke, a link, a pointer."""
    if has_han(text) and _SPEAKER_ONLY.fullmatch(text.strip(" 。")):
        return True  # (the figures in a speaker's title, `11日`, say nothing either)
    if re.search(r"\d", text):
        return False
    if has_han(text):  # English with curly quotes or a dash (`“Now”`) is still counted in words
        bare = text.strip(" 。！？")
        return len(bare) <= 2 or bool(_POINTER.fullmatch(bare))
    words = unlabelled(text).split()
    return bool(words) and len(words) <= 2


# a programme's box about itself: `Morning Report is a news and current affairs programme…`,
# `It broadcasts nationwide every weekday morning…`, `五至七分钟的节目涵盖时政、军事…` (its sponsor
# is `SPONSOR`); and its stage tag before a courtesy (`【片头口播】大家好`)
_BLURB = re.compile(
    r"^(?:[A-Z][\w'’.&-]*(?: [A-Z&][\w'’.&-]*){0,4}|It|The (?:programme|program|show)) is "
    r"(?:a|an|the) (?:[\w-]+ ){0,4}(?:news|current affairs|radio|television|TV|daily|weekly|"
    r"nightly|morning|evening|talk|magazine)\b[^.]{0,30}?"
    r"\b(?:programme|program|show|newscast|bulletin|podcast)\b"
    r"|^(?:It|The (?:programme|program|show)) (?:broadcasts|airs)\b[^.]{0,40}\b(?:every|each)\b"
    r"|[节節]目[^。]{0,6}(?:涵盖|涵蓋)[^。]{0,60}(?:新闻|新聞)"
)
_STAGE_TAG = re.compile(r"^【[^【】]{1,8}】\s*")


def courtesy(text: str) -> bool:
    """A courtesy, after a transcript's label too (`MR PRICE: Hello.`), or a programme's blurb."""
    bare = _STAGE_TAG.sub("", text)
    return bool(
        COURTESY.match(bare)
        or COURTESY.match(unlabelled(bare))
        or _BLURB.search(bare)
        or SPONSOR.match(bare)
    )


EN_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")


ARTICLE_IN_A_BULLET = 300  # Han-width characters: a portal set the whole story in one bullet


def plain_lead(
    article: Article, before: int, settings: CardSettings, most: int = 2
) -> tuple[str, list[Piece]]:
    """The first one or two sentences of the first paragraph before the cards."""
    language = article.meta.language
    damaged = unreadable(article)
    for i, block in enumerate(article.blocks[:before]):
        if i in damaged:
            continue  # mojibake no rule could repair: reported, never the lead
        bullet = block.kind == "list_item" and display_len(block.text) < ARTICLE_IN_A_BULLET
        if block.kind == "heading" or bullet or display_len(block.text.strip()) < LEAD_MIN:
            continue  # a lead is a sentence, not a name, a label or a summary's bullet
        if title_again(block.text, article) or _label(block.text):
            continue  # the title again (`…常務會議。`); a label (`※單位主管新聞說明會紀要：`)
        if QUESTION_TURN.match(block.text):
            continue  # `Reporter: But why…?`: the question leads to the news, it is not it
        if language != "en" and _caption(block.text, article.blocks[i + 1 : before]):
            continue  # `市委常委班子 2016年度 民主生活会召开`: a picture's caption over the story
        if language == "en" and (
            not block.text.rstrip().endswith(EN_SENTENCE_END) or _standfirst(block.text)
        ):
            continue  # a release's second standfirst (`New Report Lays-out …`), no sentence
        if BRACKETED_NOTE.fullmatch(block.text.strip()) or (
            language != "en" and _DOCUMENT_TITLE.search(block.text.strip())
        ):
            continue  # `…全会公报`, `（…全会通过）`: a document's title and adoption note
        # `1. The Ministry of Law…`: in English the number would be a sentence of its own
        number = PARAGRAPH_NUMBER.match(block.text) if language == "en" else None
        at = number.end() if number else 0
        found = sentences(Piece(i, at, len(block.text), block.text[at:]), language)
        spoken = [s for s in found if not courtesy(s.text)]  # `Thank you, Jen.` leads not
        # `魅力中國，早安海峽！` among the greetings: the programme's slogan, not the news
        found = [s for s in spoken if not cheers(s.text)] if len(spoken) < len(found) else spoken
        if language == "en":  # `People must be afforded…`: the title drawn from it, said twice
            found = [s for s in found if not title_again(s.text, article)]
        if not found:
            continue
        used = found[:1]
        both = found[0].text + found[1].text if len(found) > 1 else ""
        short = display_len(found[0].text) < settings.max_point_chars / 2
        if (most > 1 or short) and both and display_len(both) <= 2 * settings.max_point_chars:
            used = found[:2]
        if language == "en":
            text = unlabelled(" ".join(p.text for p in used))
            opening = dateline(text)  # normalise took it off; an article built by hand has it
            text = text[len(opening[0]) :] if opening else text
            return (text if text.endswith((".", "!", "?")) else text + "."), used
        text = "".join(p.text if ended(p.text) else p.text + "。" for p in used)
        text = _ANSWERED.sub("", text)  # `答：我們看到了有關報道。`: the answer, not its label
        # `一、為了回應…`, `220. 大家仍記得…`: the lead is no list item, no numbered paragraph
        return PARAGRAPH_NUMBER.sub("", sections.MARKER.sub("", text)), used
    return "", []


CAPTION_MAX = 40  # Han-width characters: a longer line without a full stop is a paragraph


def _caption(text: str, below: list[Block]) -> bool:
    """A short line with no full stop, over a paragraph that has one: a caption or a kicker,
    set where the story begins, that tells no sentence of it."""
    if display_len(text) > CAPTION_MAX or re.search("[。！？]", text):
        return False
    return any(re.search("[。！？]", b.text) and len(b.text) > 2 * len(text) for b in below[:2])


def _standfirst(text: str) -> bool:
    """A headline-like line in title case; a long sentence may name many things in capitals
    (`The Ministry of Law introduced the Land Titles (Strata) (Amendment) Bill 2026…`)."""
    return title_case(text) and len(text.split()) <= STANDFIRST_WORDS


STANDFIRST_WORDS = 18


_ANSWERED = re.compile(r"^(?:答|A)\s*[：:]\s*")


def _label(text: str) -> bool:
    """A short line that ends in a colon, no clause before it: it introduces what follows."""
    text = text.strip()
    clauses = any(c in text for c in "。！？!?；;，,、")
    return len(text) <= LABEL_MAX and text.endswith(("：", ":")) and not clauses


# a line that names a document (its title over its text) tells nothing yet
_DOCUMENT_TITLE = re.compile(
    r"^[^，。；：,;:]{4,40}(?:公報|公报|决定|決定|報告|报告|意見|意见|通知|綱要|纲要|規劃|规划|决议|決議)$"
)
LABEL_MAX = 24  # characters: `以下是…答問內容：` is a sentence that leads


SECTION_LEFT = 2  # sentences the first card keeps when its first one leads


def section_lead(drafts: list[Draft], language: Language) -> str:
    """Nothing before the first section (a programme transcript, a speech): its first sentence
    leads, and leaves the card so that no point repeats the lead."""
    body = drafts[0].body
    found = [s for s in sentences(body[0], language) if not courtesy(s.text)] if body else []
    left = len(found) - 1 + sum(len(sentences(p, language)) for p in body[1:])
    if not found or left < SECTION_LEFT:
        return ""  # the card would be left too thin: its sentences stay points
    first = found[0]
    rest = strip_piece(body[0].sub(first.end - body[0].start, len(body[0].text)), "。；，、 ")
    drafts[0].body[:1] = [rest] if rest.text else []
    text = first.text
    said = drafts[0].source.text.startswith((drafts[0].title + "：", drafts[0].title + ":"))
    said = said and bool(sections.SPEAKER.match(drafts[0].source.text))  # (no heading's words)
    text = f"{drafts[0].title}：{text}" if said else text  # a speaker's turn: who says it
    if language == "en":
        return text if text.endswith((".", "!", "?")) else text + "."
    return text if ended(text) else text + "。"


def ended(text: str) -> bool:
    """`…武器？”` ends its sentence inside the quote: no `。` after it."""
    return text.rstrip('”」』’"）)').endswith(("。", "！", "？"))
