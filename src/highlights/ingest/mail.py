"""A forwarded e-mail (a pool report, a release sent on): the message's header (`From:`,
`Sent:`, `To:`, `Subject:`) names what the text is. Its subject is the headline (`Fwd:` and
`RE:` are the mail's, not the story's) and its date the story's date.

The header's lines and what stands above them stay in the text, over the subject set as a line
of its own, so that normalisation reports them as the page's top rather than dropping them.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["MailForward", "read_mail"]

# `From: "Eilperin, Juliet" >`, `*Sent:* Tuesday, July 31, 2018 5:36 PM` (bold in a paste)
_FIELD = re.compile(
    r"^\s*\*{0,2}(?P<label>From|Sent|Date|To|Cc|Bcc|Subject|Reply-To)\s*:\s*\*{0,2}\s*"
    r"(?P<value>.*?)\s*$"
)
_REPLY = re.compile(r"^(?:(?:Fwd?|FW|Re|RE|Aw|WG)\s*:\s*)+", re.I)  # the mail's own prefixes
SCAN = 30  # lines from the top: a header further down is a quoted message, not this one
FIELDS_MIN = 3  # header lines in a row: `From:`, `Subject:` and one more


class MailForward:
    def __init__(self, lines: list[str], header: range, fields: dict[str, str]) -> None:
        self.lines, self.header, self.fields = lines, header, fields

    @property
    def subject(self) -> str:
        return _REPLY.sub("", self.fields["Subject"]).strip(" *")

    def text(self) -> str:
        """The lines down to the header's end (reported as the top), the subject, the rest."""
        top = "\n".join(self.lines[: self.header.stop])
        rest = "\n".join(self.lines[self.header.stop :])
        return "\n\n".join([top, self.subject, rest])

    def declared(self) -> dict[str, str]:
        date = self.fields.get("Date") or self.fields.get("Sent") or ""
        found = {"title": self.subject, "page_date": date.strip(" *")}
        return {k: v for k, v in found.items() if v}


@lru_cache(maxsize=1)  # convert and declared read the same text in turn
def read_mail(text: str) -> MailForward | None:
    """The forwarded message, when the text opens with a mail header naming its subject."""
    lines = text.split("\n")
    for start in range(min(SCAN, len(lines))):
        end = start
        while end < len(lines) and _FIELD.match(lines[end]):
            end += 1
        if end - start < FIELDS_MIN:
            continue
        fields: dict[str, str] = {}
        for line in lines[start:end]:
            m = _FIELD.match(line)
            if m:
                fields.setdefault(m["label"], m["value"])
        if "From" in fields and _REPLY.sub("", fields.get("Subject", "")).strip(" *"):
            return MailForward(lines, range(start, end), fields)
        return None
    return None
