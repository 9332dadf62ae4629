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

__all__ = ["NewsForm", "read_news_form"]

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
