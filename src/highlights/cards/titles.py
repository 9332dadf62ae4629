"""Card titles from the card's own words: the shortest clause that carries the card's most
telling word, cut only at clause boundaries, never a pasted pair of keywords.

`會議強調，要加快推進城市更新，協調青年工作，…` → `協調青年工作` when 青年 is the card's
keyword; English: `Expanding access to capital` from `…, expanding access to capital, …`.
"""

from __future__ import annotations

import re

from highlights.cards.courtesies import courtesy
from highlights.cards.english import unlabelled
from highlights.cards.english_titles import EN_JUNK, capital, english_head, english_title
from highlights.cards.lead_titles import NO_OPENING, lead_title, names_no_event
from highlights.cards.leads import attendance
from highlights.cards.text import Piece, display_len, keywords, to_script, words
from highlights.cards.tfidf import word_tag
from highlights.chars import HAN_RANGES as HAN
from highlights.model import Language
from highlights.normalise.derived import OFFICE, condense
from highlights.normalise.headlike import damaged
from highlights.normalise.script import detect_language

# not 、 (a list item is no title), nor an ASCII comma or colon inside a figure (1,000 · 10:30)
ZH_CLAUSE = re.compile(r"[，。；;：！？!?]|(?<!\d)[,:]|[,:](?!\d)")
# Openers that make a clause read as a sentence fragment, not a title.
ZH_OPENER = re.compile(
    r"^(?:(?:會議|会议|全會|全会|報告|报告|他|她|我們|我们|文章|通知|方案|意見|意见)"
    r"(?:指出|強調|强调|要求|認為|认为|提出|表示|說|说|指|稱|称)?|以及|並且|并且|而且|但是|"
    r"還是|还是|但|並|并|同時|同时|還|还|也|"
    r"要|將|将|則|则|而|以|從而|从而|進一步|进一步|此外|另外|其中|目前|今年|近日|今天|當天|当天|據悉|据悉|"
    r"及|以及|和|與|与|除了|包括|例如|通過|通过|透過|透过|就是|即是|也就是|屆時|届时|有關|有关|"
    r"盡管|尽管|雖然|虽然|但是|不過|不过|然而|因此|所以|而且|並且|并且|是|以至|根據|根据|按照|依照"
    r"|今\s*[（(]\d{1,3}[）)]\s*[年日])"  # `今（111）年`: Taiwan's calendar year, a time
)
# `李家超說`, `總統致詞時表示`, `…香港優勢他說`: who speaks is no title; what they said may be
ZH_SAYS = re.compile(
    r"(?:他|她|我們|我们|他們|他们)?(?:致詞時|致词时|會上|会上|並|并|也|還|还|更|則|则)?"
    r"(?:說|说|表示|指出|強調|强调|認為|认为|稱|称|介紹|介绍|透露|坦言|提到|續說|续说)$"
)
# a spoken aside between dashes, and the count a speaker opens an answer with
_ASIDE = re.compile(r"──[^─。]{1,24}──|^第[一二三四五](?=──|[，、])[，、]?")
ZH_LOOK = re.compile(r"^(?:從|从)(.{2,14}?)(?:來看|来看|看)$")


def phrase_title(
    pieces: list[Piece], language: Language, limit: float, taken: frozenset[str] = frozenset()
) -> str:
    """A short phrase of the card's own text, not one of the deck's `taken` titles; a plain
    label only when nothing fits."""
    text = ("。" if language != "en" else " ").join(p.text for p in pieces)  # no title spans two
    if language == "en":  # `Q    Sure, thanks…`, `MR. EARNEST: …`: who speaks is no title
        text = " ".join(unlabelled(p.text) for p in pieces)
        # a bilingual text: its Chinese sentences are no English title's words; a card of
        # Chinese alone is titled as Chinese
        english = _without_chinese(text) if _HAS_HAN.search(text) else text
        said_in = detect_language(text) if english != text else "en"
        if said_in != "en" and len(english.split()) < _EN_TITLE_WORDS:
            return phrase_title(pieces, said_in, limit, taken)
        text = english
    if language != "en":  # `县委常委、副县长冯大庆，…出席会议`: who attended names no card,
        # nor a speaker's courtesy (`行政長官：多謝你兩個問題。`)
        said = re.split(r"(?<=[。！？])", text)
        text = "".join(s for s in said if not attendance(s) and not courtesy(s.rstrip("。！？")))
        text = _ASIDE.sub("", text)  # `第一──我或者聽得不是太清楚──今次…`: what it says
    if language == "en":
        heads = [english_head(text), english_head(text, loose=True)]
        # the head of a later paragraph, when the first opens with a quote or a courtesy
        heads += [h for p in pieces[1:] if _plain_head(h := english_head(unlabelled(p.text)))]
        # a name (`Philip Ellison`) only when no phrase of the card's own makes a title
        found = [
            english_title(text, limit, taken),
            *heads,
            english_title(text, limit, taken, name=True),
        ]
        clean = (t for t in found if t and t not in taken and not EN_JUNK.search(t))
        title = next((t for t in clean if not courtesy(t)), "Key points")  # no `Thanks for…`
        lead = capital(lead_title(pieces[0].text)) if pieces and names_no_event(title) else ""
        return lead if lead and lead not in taken and display_len(lead) <= limit else title
    # no clause fits: its opening cut between words, or the card's most telling word
    word = next((w for w in keywords(text, 3) if display_len(w) >= 2), "")
    found = [_chinese(text, limit, taken), chinese_head(text, limit), word]
    fit = [t for t in found if t and t not in taken and not damaged(t)]  # (mojibake: no title)
    title = next(
        (t for t in fit if not ZH_WHEN.search(t)), fit[0] if fit else to_script("要點", language)
    )
    acted = _acted(text, limit) if _OFFICIAL.search(title) else ""
    # an office, or an official named by it (`市委副书记`): who did what, if the clause says
    return acted if acted and acted not in taken else title


_SENTENCE = re.compile(r"[^。！？.!?]*[。！？.!?]*\s*")  # one pass, never backtracking


def _without_chinese(text: str) -> str:
    """The text without its sentences that hold Han (`…舉行。The Fifth…` → `The Fifth…`)."""
    kept = (m[0] for m in _SENTENCE.finditer(text) if not _HAS_HAN.search(m[0]))
    return re.sub(r"\s+", " ", "".join(kept)).strip()


_HAS_HAN = re.compile(f"[{HAN}]")
_EN_TITLE_WORDS = 3  # fewer English words than this after the Chinese: the card is Chinese


_NO_HEAD_OPENING = NO_OPENING | {"good"}  # nor `Good news`
_PLAIN_WORD = re.compile(r"^[A-Za-z][a-z’'-]{2,}$")


def _plain_head(head: str) -> bool:
    """A later paragraph's head as a title: words, opening on what it is about (not `We hope`,
    `It is shaping up`, `2 DA` of a paywall's scrambled text)."""
    words = head.split()
    if not words or words[0].lower() in _NO_HEAD_OPENING:
        return False
    return sum(bool(_PLAIN_WORD.match(w)) for w in words) >= max(2, len(words) - 2)


_ZH_WEAK_END = tuple("的了和與与及在對对將将等並并是為为把被從从以受向由就于於到給给")
_ZH_AGENT = tuple("受由被")  # who the clause's object was done by or for: it goes on


def chinese_head(text: str, limit: float) -> str:
    """The first clause cut where a word ends, never on a particle: `推動城市更新`."""
    clause = _bare(ZH_CLAUSE.split(text, maxsplit=1)[0])
    out = cut = ""
    for word in words(clause):
        if display_len(out + word) > min(limit, 12):
            break
        out += word
        cut = cut if _OPEN_FIGURE.search(out) else out
    if "、" in cut and len(cut) < len(clause) and clause[len(cut)] != "、":
        cut = cut[: cut.rindex("、")]  # `桃園市鄭市長、新北市侯`: no list item cut in two
    if len(cut) < len(clause):
        cut = _unopened(cut)
    out = cut.rstrip("".join(_ZH_WEAK_END) + "、")
    if cut.endswith(_ZH_AGENT) and "了" in out and "的" in clause[len(cut) :]:
        # `听取和讨论了习近平受…委托作的工作报告`: cut before `受`, it would name whose report
        # it was; what was done is the verb and the report: `听取和讨论工作报告`
        done = out[: out.rindex("了")] + clause[clause.rindex("的") + 1 :]
        out = done if display_len(done) <= min(limit, 12) else ""
    weak = ZH_WEAK_TITLE.search(out) or not _balanced(out)
    return out if display_len(out) >= 4 and not weak else ""


_AND = frozenset("与與和同跟及")  # tagged prepositions, but as often `and`: `中国与德国`


def _unopened(cut: str) -> str:
    """`双方决定在现有中德农业` (…基础上增设): a cut inside a phrase a preposition opened, whose
    verb is beyond the cut, ends before the preposition: `双方决定`."""
    found = list(words(cut))
    opened = [i for i, w in enumerate(found) if i and word_tag(w) == "p" and w not in _AND]
    if not opened:
        return cut
    verbs = {"v", "vn", "vd"}
    if any(word_tag(w) in verbs for w in found[opened[-1] + 1 :]):
        return cut  # `会议在北京召开`: the phrase is closed by its verb
    return "".join(found[: opened[-1]])


# `將於10月19`, `增長8.`: a cut here would split a date or a figure from its unit
_OPEN_FIGURE = re.compile(r"[\d０-９][\d０-９.,．]*$|\d[年月]$|第$")  # `…市政府第` (36次)


_ITEM_NUMBER = re.compile(
    r"^(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}、)\s*"
)


def _bare(clause: str) -> str:
    """A clause without its opener (`同時`, `及`) and without a closing `他說`."""
    clause = clause.strip().lstrip("*＊•·- ")  # `* 接種季節性流感疫苗`: a list's mark run in
    clause = _ITEM_NUMBER.sub("", clause)  # `（三）與廣東省政府積極磋商`: the card has its number
    for _ in range(2):  # `同時及…`: openers can come in pairs
        clause = clause.strip()
        opener = ZH_OPENER.match(clause)
        rest = clause[opener.end() :] if opener else ""
        verb = rest.startswith(("的", "之", "了")) and not rest.startswith("了解")  # `通過了…`
        if opener and _word_ends_at(clause, opener.end()) and not verb:
            clause = rest  # not `將` of `將來可以…`, not `我們` of `我們的…`: a word of its own
    clause = ZH_LOOK.sub(r"\1", clause)  # `從科創產業領域看` → `科創產業領域`
    said = ZH_SAYS.search(clause)
    if said:
        # `全方位說好香港優勢他說` keeps what was said; `李家超說` (a name and 說) is no title
        clause = clause[: said.start()] if said.group(0)[0] in "他她我" else ""
    return clause


def _word_ends_at(text: str, at: int) -> bool:
    ends, length = set(), 0
    for word in words(text[: at + 8]):
        length += len(word)
        ends.add(length)
    return at in ends


# `村民在贵州省铜仁市…沙子坳村给桃树施肥（无人机照片）`: where it was and how it was shot
_PLACE_END = r"(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|村|街道|社区|社區)"
_UNIT = rf"(?:(?!召开|召開|举行|舉行|的|在)[{HAN}]){{1,6}}?{_PLACE_END}"  # `铜仁市`, `亚鱼乡`
_PLACED = re.compile(
    rf"在(?:{_UNIT}){{3,6}}(?:[^，。、在]{{1,12}}?基地)?(?=[^，。]{{2}})"
    r"|[（(][^（）()]{0,14}(?:照片|图片|圖片|摄|攝)[)）]$"
)
_A_PLACE = re.compile(rf"{_PLACE_END}$")


def _chinese(text: str, limit: float, taken: frozenset[str] = frozenset()) -> str:
    clauses = [_bare(c) for c in ZH_CLAUSE.split(text)]
    # what was done there (not what is left of the place: `红星村` of `在…南岳镇红星村`)
    clauses += [p for c in clauses if (p := _PLACED.sub("", c)) != c and not _A_PLACE.search(p)]
    clauses = [
        c
        for c in clauses
        if 4 <= display_len(c) <= min(limit, 14)
        and _balanced(c)
        and c not in taken
        and not ZH_WHEN.search(c)
        and "\ufffd" not in c  # a lost character is no title
        and not ZH_WEAK_TITLE.search(c)
        and not c.endswith(_ZH_WEAK_END)  # `…的進程緊密相聯的`
    ]
    if not clauses:
        return ""
    for word in keywords(text, 5):
        with_word = [c for c in clauses if word in c]
        if with_word:
            return min(with_word, key=lambda c: (abs(display_len(c) - 8), clauses.index(c)))
    return clauses[0]


# the offices a headline drops before a name, and a deputy chair's and a head's own
_OFFICIAL = re.compile(rf"(?:{OFFICE}|委員長|委员长|負責人|负责人)(?:[{HAN}]{{2,3}})?$")


def _acted(text: str, limit: float) -> str:
    """The first clause said as a headline says it, the offices before the name gone
    (`全國人大常委會副委員長、民革中央主席鄭建邦出席開幕式并講話` → `鄭建邦出席開幕式并講話`)."""
    clause = ZH_CLAUSE.split(text, maxsplit=1)[0]
    acted = condense(clause)
    return acted if acted != clause and 4 <= display_len(acted) <= limit else ""


# `比賽結束後`, `在男子110米欄複賽中`, `5月11日上午`: when or where something happened, no topic
ZH_WHEN = re.compile(
    r"^(?:在|當|当|於|于|自|從|从|隨著|随着)?[^，。、]{0,12}"
    r"(?:之後|之后|以後|以后|後|后|中|時|时|期間|期间|以來|以来|之際|之际|之前|前夕|"
    r"(?<![直不向提当當目空眼跟面超领領争爭])前)$"  # `开幕式开始前`, not `勇往直前`
    r"|^(?:\d{1,4}年)?\d{1,2}月(?:\d{1,2}[日號号])?(?:上午|下午|晚上|晚間|晚间|凌晨)?"
    r"(?:\d{1,2}[时時點点](?:\d{1,2}分)?)?$"
    r"|^在?(?:\d{1,4}年)?\d{1,2}月\d{1,2}[日號号]|\d{1,2}月\d{1,2}[日號号]$"  # `在2月3日召开`
    # `今天下午`, `推介会上`: when, or at which meeting
    r"|^(?:今天|今日|昨天|昨日|明天|當天|当天|當日|当日)(?:上午|下午|晚上|晚間|晚间|凌晨)?$"
    r"|^[^，。]{0,6}(?:会上|會上)$"
    r"|^(?:自|從|从)[^，。]{2,20}(?:之日)?起$"  # `自本通告发布之日起`: from when it holds
    r"|^(?:據|据)[^，。]{1,14}(?:報道|报道|報導|报导|消息|電|电)$"  # `據中新社…報道`: a source
)


# what leans on the rest of its sentence (`在幼有所育方面`, `由于气候的影响`, `當主人結束致辭…`,
# `對…作出`, `翟惠生答`, `如下图所示`) or is mojibake's Latin-1 (`µ±Web Server`): no title
ZH_WEAK_TITLE = re.compile(
    r"^(?:在[^，。]{1,10}方面|由于|由於|當|当)|(?:作出|做出|答|所示)$|[\u0080-\u00ff]"
    # `随着场地中央的倒计时数字`, `作为资本市场的…`: the setting, not what happened in it
    r"|^(?:随着|隨著|作为|作為|因應|因应|针对|針對|鉴于|鑑於)"
    r"|^在[^，。]{1,10}上$"  # `在强化自身建设上`: where it applies, not what
    r"|^在[^，。]{2,20}下$"  # `在國際奧委會的指導幫助下`: under whose guidance, not what
    # `在湖南省双峰县荷叶镇长塘村`, `村民`: where it happened, who did it, not what they did
    r"|^在[^，。]{2,24}(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|村|街道|社区|社區|基地)$"
    r"|^(?:村民|农民|農民|市民|居民|群众|群眾|游客|遊客|工人|学生|學生)$"
    # `這一表述`, `该项目`: what a demonstrative points back at is named elsewhere
    r"|^(?:這|这|此|該|该)(?:一|個|个|些|種|种|項|项|次|位|場|场|是|就是)"
)


def _balanced(text: str) -> bool:
    """No half of a quotation or bracket pair: `全年都要攻堅”的精神狀態` is no title."""
    pairs = ("“”", "「」", "『』", "《》", "（）", "()")
    return all(text.count(pair[0]) == text.count(pair[1]) for pair in pairs)
