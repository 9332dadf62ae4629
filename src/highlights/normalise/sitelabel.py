"""Whether a title is a site's own label: the name of a section, a listing or the site itself.

`Media office archive`, `News and events`, `Online Press Release Service for New Zealand`,
`媒體`, `乡镇（街道）分站`: words a site uses for its own parts, not words of a story. Such a
line can share a word with the story under it (the country in the site's name), so whether the
story is about it says little; what it is made of says more. A story's headline that happens
to use such words (`Government services go online`) keeps its place: a label only gives way to
a line that the story under it is about.
"""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES

__all__ = ["site_label"]

# the words a site names its parts with; a story's own words are everything else
_SITE = """
    news newsroom event events media press release releases centre center room office archive
    archives portal government service services online website site home homepage latest
    breaking story stories update updates publication publications resource resources category
    categories section page pages blog blogs post posts listing feed feeds rss official main menu
    search programme programmes program programs show shows episode episodes transcript
    transcripts video videos audio podcast podcasts staff company issuing headlines top
"""
_SITE_WORDS = frozenset(_SITE.split())
_FILL = "the of and for from by on in to is are you here this about all our your at a an"
_FILLER = frozenset(_FILL.split())
_EN_WORD = re.compile(r"[A-Za-z]+")
# `新闻`, `媒體`, `分站`, `频道`: the names of a Chinese portal's parts
_ZH_SITE = re.compile(
    "新[闻聞]|媒[体體]|分站|[频頻]道|[栏欄]目|首[页頁]|[资資][讯訊]|[动動][态態]|要[闻聞]|快[讯訊]"
    "|[专專][题題]|[乡鄉][镇鎮]|街道|[视視][频頻]|[图圖]片|直播|[论論][坛壇]|[网網]站|[门門][户戶]"
    "|政[务務]|[当當]前位置|正文|列表|[栏欄]位"
)
_HAN = re.compile(f"[{HAN_RANGES}]")
_PORTAL = re.compile("(?:入口|[门門][户戶]|官方|政府)[网網]站$")
MAX_CHARS = 60  # a longer line says more than a label does
LEFT_HAN = 1  # Han characters a Chinese label may keep besides its site words


# an office's or a body's name alone (`Office of College Advancement`, `Bethesda Hospital
# Foundation`): the issuer over its release, no headline
_BODY = (
    r"Office|Department|Bureau|Ministry|Division|School|College|Faculty|Institute|Centre|Center|"
    r"Foundation|University|Council|Commission|Authority|Association|Society|Agency"
)
_JURISDICTION = r"United States|U\.S\.|U\.K\.|US|UK|EU|(?:[A-Z][a-z]+ ){0,2}State|Federal|National"
_ORGAN = re.compile(
    # (`United States Department of Defense`, `U.S. Department of Labor`: the country's first)
    rf"^(?:The )?(?:(?:{_JURISDICTION}) )?(?:{_BODY}) of [A-Z][\w&'’.-]*"
    rf"(?: (?:[A-Z&][\w&'’.-]*|of|and|for|the)){{0,6}}$"
    rf"|^[A-Z][\w&'’.-]*(?: (?:[A-Z&][\w&'’.-]*|of|and|for|the)){{0,5}} (?:{_BODY})$"
)


def site_label(title: str) -> bool:
    """Whether `title` is made of a site's words for its own parts, or names a body alone."""
    text = title.strip()
    if not text or len(text) > MAX_CHARS:
        return False
    if _ORGAN.match(text):
        return True
    if _PORTAL.search(text):
        return True  # `澳門特別行政區政府入口網站`: the site's own name
    if _HAN.search(text):
        rest = _ZH_SITE.sub("", text)
        return len(_HAN.findall(rest)) <= LEFT_HAN and len(_HAN.findall(text)) >= 2
    words = [w.lower() for w in _EN_WORD.findall(text)]
    content = [w for w in words if w not in _FILLER]
    if len(words) < 2:
        return False  # `NEWS`: one word, already no headline
    if not content:
        return True  # `You are here`: a breadcrumb's label
    return sum(w in _SITE_WORDS for w in content) * 2 >= len(content)
