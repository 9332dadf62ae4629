"""A bulletin board's news repost form (PTT's 新聞 template), where a story is pasted into
numbered fields: `1.媒體來源:` the outlet, `2.完整新聞標題:` the headline, `3.完整新聞內文:` the
text, `4.完整新聞連結 (或短網址):` its address, `5.備註:` the poster's own remark.

The form's labels are the board's, not the story's: the headline is what the post declares as
its title (as front matter would), the text the body, the outlet and the address what it
declares too. The lines above the form (the board's header: poster, time) stay, so that
normalisation reports them; the poster's remark and what follows it (signature, replies) are
the board's talk, as a page's comments are, and are not read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from highlights.chars import HAN_RANGES

__all__ = ["NewsForm", "TextView", "read_news_form", "read_text_view"]

_LABEL = re.compile(
    r"[1-5]\s*[.．、]\s*(?P<label>媒[體体][來来]源|完整新[聞闻][標标][題题]|"
    r"完整新[聞闻][內内]文|完整新[聞闻][連连][結结]|[備备][註注])[^:：\n]{0,12}[:：]"
)
_FIELDS = {"媒": "source", "完整新聞標": "title", "完整新聞內": "body", "完整新聞連": "url"}


class NewsForm:
    def __init__(self, header: str, fields: dict[str, str]) -> None:
        self.header = header  # the board's lines above the form
        self.fields = fields  # source, title, body, url: each as the post filled it in

    def text(self) -> str:
        """The story as text: the board's header, the headline, then the body."""
        parts = [self.header, self.fields.get("title", ""), self.fields.get("body", "")]
        return "\n\n".join(p for p in parts if p.strip())

    def declared(self) -> dict[str, str]:
        found = {
            "title": self.fields.get("title", ""),  # the headline, as the post filled it in
            "page_source": self.fields.get("source", ""),
            "url": self.fields.get("url", ""),
        }
        return {k: " ".join(v.split()) for k, v in found.items() if v.strip()}


_TRADITIONAL = str.maketrans("闻标题内连结体来", "聞標題內連結體來")


def _field(label: str) -> str | None:
    plain = label.translate(_TRADITIONAL)
    return next((name for key, name in _FIELDS.items() if plain.startswith(key)), None)


@lru_cache(maxsize=1)  # convert and declared read the same text in turn
def read_news_form(text: str) -> NewsForm | None:
    """The form, when the text is one (its headline and text fields both there), else None."""
    labels = list(_LABEL.finditer(text))
    names = [_field(m["label"]) for m in labels]
    if "title" not in names or "body" not in names:
        return None
    fields: dict[str, str] = {}
    for i, (m, name) in enumerate(zip(labels, names, strict=True)):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        if name is None:  # the remark: the story ends above it
            break
        fields.setdefault(name, text[m.end() : end].strip())
    return NewsForm(text[: labels[0].start()].strip(), fields)


# A forum's text view (Discuz!'s `以文本方式查看主题`): the board's breadcrumb on the first line,
# the thread's title last in it, then each post on a line of its own, `-- 作者:… -- 发布时间:… --`
# before its text. The first post is the story (a repost: `转自81.china.com` names where from);
# the replies under it are the board's talk, as a page's comments are, and are not read.
_TEXT_VIEW = re.compile(r"^以文本方式查看主题\s*-\s*(?P<crumbs>.+)$")
_POST = re.compile(
    r"^--\s*作者\s*[:：]\s*(?P<poster>[^-]{1,30}?)\s*--\s*"
    r"发布时间\s*[:：]\s*(?P<time>[\d/: -]{8,20}?)\s*--\s*(?P<text>.*)$"
)
_LINK_IN_BRACKETS = re.compile(r"\s*\((?:https?://|www\.)[^()\s]*\)")
_REPOSTED = re.compile(  # `转自81.china.com`, `转自人民网`; a bare `转自` before the text
    r"\s*转自(?:\s*(?P<site>[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})"
    rf"|(?P<outlet>[{HAN_RANGES}]{{2,8}}?(?:网|網|报|報|社|台))(?=[\s。，,|]|$))?\s*"
)


class TextView:
    def __init__(self, crumbs: str, title: str, post: re.Match[str], source: str) -> None:
        self.crumbs, self.title, self.post, self.source = crumbs, title, post, source

    def text(self) -> str:
        """The board's lines (reported), the title, then the first post's text."""
        text = self.post["text"].rstrip(" |").removeprefix(self.title).lstrip()
        while repost := _REPOSTED.match(text):  # the title's `转自…` again, and a bare `转自`
            text = text[repost.end() :].lstrip()
        if self.source:  # `…努力。转自81.china.com`: the repost's sign-off
            text = re.sub(rf"\s*转自\s*{re.escape(self.source)}$", "", text)
        header = self.post[0][: self.post.start("text")].strip()  # `-- 作者:… -- 发布时间:… --`
        return "\n\n".join([self.crumbs, header, self.title, text])

    def declared(self) -> dict[str, str]:
        found = {"title": self.title, "page_date": self.post["time"], "page_source": self.source}
        return {k: v.strip() for k, v in found.items() if v.strip()}


@lru_cache(maxsize=1)  # convert and declared read the same text in turn
def read_text_view(text: str) -> TextView | None:
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    head = _TEXT_VIEW.match(lines[0]) if lines else None
    post = next((p for line in lines[1:3] if (p := _POST.match(line))), None)
    if head is None or post is None:
        return None
    crumbs = head["crumbs"].rstrip(" |")
    last = _LINK_IN_BRACKETS.sub("", re.split(r"\s-{2,}\s", crumbs)[-1]).strip(" |")
    repost = _REPOSTED.search(last)
    title = last[: repost.start()].strip() if repost else last
    source = (repost["site"] or repost["outlet"] or "") if repost else ""
    return TextView(lines[0], title, post, source) if title else None
