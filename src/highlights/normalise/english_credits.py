"""English credits: `By Jane Doe and John Roe`, `(Photo: Jane Doe/Acme)`, `Edited by Jane Doe`,
`(Xinhua/Xie Huanchi)`; the patterns `find_boilerplate` reads English bylines and captions by."""

from __future__ import annotations

import re

EN_NAME = r"[A-Z][a-z.'-]+(?: [A-Z][a-z.'-]+){1,3}"
EN_NAMES = rf"{EN_NAME}(?:(?:,| and|, and) {EN_NAME})*"
EN_SEP = r",? and |, "
# `by University of Wyoming`: a release signed by its office, a name with `of` inside
EN_OFFICE = r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*(?: (?:of|for) (?:the )?[A-Z][\w.'-]+)+"
EN_BYLINE = re.compile(rf"^[Bb]y (?P<names>{EN_NAMES}|{EN_OFFICE})$")  # `by Elizabeth Boyle` too
# "By CUI JIA (China Daily) Updated: 2015-12-18 07:56": a newspaper's byline, names in capitals
EN_CAPS = r"[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){1,3}"
EN_PAPER_BYLINE = re.compile(
    rf"^By (?P<names>(?:{EN_CAPS}|{EN_NAME})(?:(?:,| and|, and) (?:{EN_CAPS}|{EN_NAME}))*)"
    r"\s*(?:\((?P<outlet>[A-Z][^()]{1,40})\))?"
    r"(?:\s*\|\s*[\w-]+(?:\.[\w-]+)+)?"  # `By Li Bingcun | chinadaily.com.cn | Updated: …`
    r"\s*(?:[|,]?\s*(?:Updated|Published|Posted)\s*:?\s*\S.*)?$"
)
# "… on Thursday. XU JINGXING/CHINA DAILY", "… [Photo by Wang Jing/China Daily]", "[Photo/Xinhua]"
EN_PHOTO_CREDIT = re.compile(
    rf"(?:(?<=[.!?\]\)] )|^)(?P<names>{EN_CAPS})/[A-Z][A-Z .&-]{{1,30}}$"
    rf"|\[(?:Photo|Photos|Image)(?: by (?P<by>{EN_NAME}))?\s*/\s*[A-Z][\w .&-]{{1,30}}\]$"
)
EN_CAPTION = re.compile(
    rf"(?:^|\(|\s)(?:Photo|Photograph|Image|Picture)(?: by|:) ?(?P<names>{EN_NAME})(?:/[^)]*)?\)?$"
)
# "… in Taipei on December 29. Photo: AP", "(Photo: Reuters)": an agency's credit ends a caption
EN_AGENCY_CAPTION = re.compile(
    r"(?:^|\(|\s)(?:Photo|Photograph|Image|Picture)s?: ?(?:[A-Z][\w.&'-]*|[A-Z]{2,})(?:/[^)]*)?\)?$"
    # `…in Beijing, Dec. 17, 2018. (Xinhua/Xie Huanchi)`: the agency and its photographer
    r"|\((?:Xinhua|AP|AFP|Reuters|CNS|VCG|IC|EPA|CFP|Kyodo|Yonhap|TASS|Getty Images|Bloomberg|"
    r"China Daily|Chinanews)/[A-Z][\w .'’-]{1,40}\)$"
    # `…(AP Photo/Vahid Salemi)`, `…(Presidential Press Service via AP, Pool)`: AP's
    r"|\((?:AP Photo/[^()]{1,40}|[A-Z][^()]{1,50}? via AP(?:, (?:Pool|File))?)\)$"
    # `…on Friday, May 16, 2008. - photo by Associated Press`: a paper's credit line
    r"|\s[-–—]\s(?:[Pp]hotos?|PHOTOS?) (?:by|courtesy of) [A-Z][\w .&'’-]{1,40}$"
    # `Legislative Speaker Han Kuo-yu (center). CNA photo May 28, 2024`: an agency's, and when
    r"|(?:^|(?<=[.!?)] ))[A-Z]{2,8} (?:file )?photo(?: [A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})?$"
)
# `Chief Executive, Mr Chui Sai On, poses for a group photo after a luncheon…`: a picture's
# caption, one sentence of its own, what the people in it are doing
EN_POSED = re.compile(
    r"^[^.!?]{0,200}\b(?:poses?|posing|posed) (?:for|with) (?:a |the )?(?:group |family |"
    r"commemorative )?(?:photo|photograph|picture)s?\b[^.!?]{0,200}\.?$"
)
# `Editor: huaxia`: a wire's desk signs with its handle, in lower case; `2017-09-01 13:13:14
# CRIENGLISH.com Web Editor: Du Lijun`: the page's stamp, its site and its web editor
EN_EDITOR = re.compile(
    r"^(?:[\d\s:/.-]*(?:\S+\.(?:com|cn|net|org)\s+)?Web Editor:|Edited by|Editing by|Editor:)"
    rf" ?(?P<names>{EN_NAMES})$"
    r"|^Editor:\s*(?P<handle>[a-z][\w.]{1,20})$"
)


def en_name(raw: str) -> str:
    """`CUI JIA` → `Cui Jia`; a name already in mixed case stays as written."""
    return raw.title() if raw.isupper() else raw
