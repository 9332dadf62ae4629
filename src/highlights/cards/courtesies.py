"""Courtesies: what a speaker or a host says to the room, not about the news (`各位記者朋友，大家
下午好！`, `Thank you, Jen.`, `I'm Judy Woodruff`, a programme's own blurb). No lead, no point,
no card title."""

from __future__ import annotations

import re

from highlights.cards.english import unlabelled
from highlights.normalise.notice_patterns import SPONSOR

__all__ = ["COURTESY", "courtesy"]

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
    r"(?:各位[^，。！？、]{1,12}[、，,]\s*)*"  # (`各位记者朋友，大家下午好，欢迎出席…`)
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
    r"|(?:Happy (?:Monday|Tuesday|Wednesday|Thursday|Friday))"  # `Happy Friday.`
    # the floor opened to questions, a question praised: `下面请各位提问`, `你提了一个非常好的问题`
    r"|(?:下面|現在|现在)(?:請|请)(?:各位|大家)?(?:記者)?(?:提問|提问)|(?:現在|现在|下面)(?:開始|开始)(?:提問|提问)"
    r"|(?:你|您)(?:提了|提的|問了|问了)(?:一个|一個|这个|這個)?(?:非常|很)?好的?(?:问题|問題)"
    r"|(?:OK,? |Okay,? )?Go ahead(?:,? [A-Z][\w.'’-]+)?"  # `Go ahead, Brian`: the floor handed on
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
