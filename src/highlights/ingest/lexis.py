"""A news database's export (LexisNexis: `29 of 1000 DOCUMENTS`, the publication, its date,
the headline, then labelled fields `BYLINE:` `SECTION:` `LENGTH: 8869 words` over the text,
and `LOAD-DATE:` `LANGUAGE:` after it).

The labels are the database's, not the story's: the headline is what the export declares as
its title, the publication and date what it declares too, the byline its author, and a
`HIGHLIGHT:` (the programme's summary) opens the text. The export's own lines (the document's
number, the publication, the date, the fields) stay above the headline so that normalisation
reports them; the trailer's fields after the text are the database's and are not read.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

__all__ = ["LexisExport", "read_lexis_export"]

_DOCUMENTS = re.compile(r"^\s*\d{1,6}\s+of\s+\d{1,7}\s+DOCUMENTS\s*$", re.MULTILINE)
_FIELD = re.compile(r"^(?P<label>[A-Z][A-Z-]{1,24}):\s*(?P<value>.*)$")
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_DATE_LINE = re.compile(rf"^(?P<date>(?:{_MONTHS}) \d{{1,2}},? \d{{4}})\b(?:,? [A-Z][\w: ]*)?$")
_TEXT_LABELS = frozenset({"HIGHLIGHT", "BODY", "TEXT", "ABSTRACT"})  # their value is the text's
_TRAILER = frozenset(
    {"LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "DOCUMENT-TYPE", "JOURNAL-CODE", "URL"}
)
HEAD_LINES = 12  # lines: an export numbers its document at the very top
_COPYRIGHT = re.compile(r"^(?:Copyright|©)\s", re.IGNORECASE)


class LexisExport:
    def __init__(self, header: list[str], title: str, fields: dict[str, str], body: list[str]):
        self.header = header  # the export's own lines above the text: reported, not read
        self.title = title
        self.fields = fields
        self.body = body

    def text(self) -> str:
        """The export's lines, the headline, then the text."""
        return "\n\n".join([*self.header, self.title, *self.body])

    def declared(self) -> dict[str, str]:
        byline = ", ".join(n.strip() for n in self.fields.get("BYLINE", "").split(",") if n.strip())
        found = {
            "title": self.title,
            "page_source": self.fields.get("publication", ""),
            "page_date": self.fields.get("date", ""),
            "page_author": byline,
        }
        return {k: " ".join(v.split()) for k, v in found.items() if v.strip()}


def _iso(date: str) -> str:
    try:
        return datetime.strptime(date.replace(",", ""), "%B %d %Y").date().isoformat()
    except ValueError:
        return ""


@lru_cache(maxsize=1)  # convert and declared read the same text in turn
def read_lexis_export(text: str) -> LexisExport | None:
    """The export, when the text is one (numbered, dated and with its `LENGTH:`), else None."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    top = enumerate(lines[:HEAD_LINES])
    numbered = next((i for i, line in top if _DOCUMENTS.match(line)), None)
    if numbered is None or len(lines) < numbered + 4:
        return None
    publication, dated = lines[numbered + 1], _DATE_LINE.match(lines[numbered + 2])
    if not dated or not any(line.startswith("LENGTH:") for line in lines[numbered + 3 :][:20]):
        return None
    header = lines[: numbered + 3]
    fields = {"publication": publication, "date": _iso(dated["date"])}
    title: list[str] = []
    body: list[str] = []
    start = len(lines)  # where the text begins: the first plain line after the fields
    for at in range(numbered + 3, len(lines)):
        line, field = lines[at], _FIELD.match(lines[at])
        if field and field["label"] in _TEXT_LABELS:
            body.append(field["value"])
        elif field:
            fields.setdefault(field["label"], field["value"])
            header.append(line)
        elif "LENGTH" in fields:
            start = at  # the fields are over: the text begins
            break
        else:
            title.append(line)  # the headline, between the date and the fields
    for line in lines[start:]:
        field = _FIELD.match(line)
        if (field and field["label"] in _TRAILER) or _COPYRIGHT.match(line):
            break
        body.append(field["value"] if field and field["label"] in _TEXT_LABELS else line)
    if not title or not body:
        return None
    return LexisExport(header, " ".join(title), fields, body)
