"""Disclaimers strong enough to drop a line of any length as page chrome (`DISCLAIMER`): a
portal's note on what it copies, a government site's on its languages and translations, an
archived site's banner, a Taiwanese outlet's public notices."""

from __future__ import annotations

import re

__all__ = ["DISCLAIMER"]

# a portal's disclaimer on what it copies, however long (`特别声明：本站注明稿件来源为其他媒体的
# 文/图等稿件均为转载稿，并不意味着赞同其观点…`, its English twin, `文責自負 · 不代表本網立場`)
DISCLAIMER = re.compile(
    r"^(?:特别声明|特別聲明)\s*[:：]|(?:均为|均為)(?:转载稿|轉載稿)|"
    r"(?:并不|並不)(?:意味着|意味著|代表)(?:赞同|贊同|同意)其(?:观点|觀點)|"
    r"不代表本(?:站|网|網|报|報)(?:立场|立場|观点|觀點)|"
    r"\bare reprinted manuscripts\b|"
    # a government site's note on its languages: `All information on this site is based on the
    # official language of…`, `The English version is the translation… for reference only`
    r"^All information on this (?:web)?site is based on the official languages?\b|"
    r"^The English version (?:is|of this page is) (?:a |the )?translation\b.{0,120}reference only|"
    r"\bdoes not mean that (?:it|we|they) agrees? with (?:their|its) views\b|"
    # `[Please note that only the original French text issued by… may be considered official.]`
    r"^\W{0,2}(?:Please note that )?only the original (?:[A-Z][a-z]+ )?(?:text|version)\b.{0,120}"
    r"\b(?:official|authoritative|authentic)\b|"
    # a Taiwanese outlet's public notices under its story: the suicide and drug hotlines, the
    # presumption of innocence (`自殺不能解決問題，勇敢求救並非弱者…安心專線`)
    r"自殺不能解決問題|勇敢求救並非弱者|少一份毒品[，,]\s*多一分健康|戒毒諮詢專線|"
    r"文內有關法律案件之報導|在依法被判決有罪確定前均應推定為無罪|"
    # an archived government site's banner (`National Archives This is historical material
    # “frozen in time”…`); a translator's note over a minister's report
    r"^(?:National Archives\s+)?This is historical material\b|"
    r"^The following (?:content |text )?is (?:a|an) (?:unofficial )?translation\b"
)
