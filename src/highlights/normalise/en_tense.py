"""An English title drawn from a release's first sentence, in the tense a headline uses: `CAF
has today welcomed the launch…` → `CAF welcomes the launch…`, `UNDP and USAID have agreed to…`
→ `UNDP and USAID agree to…`, `Tibet Wednesday started construction…` → `Tibet starts…`.

Only the verbs releases open with, in a table: a lemmatiser (lemminflect) would bring numpy in
for a few dozen words, and a rule for `-ed` guesses wrong (`announced`, `started`, `planned`)."""

from __future__ import annotations

import re

__all__ = ["COMPANY_FORM", "RELEASE_VERBS", "in_present"]

# the past (or past participle) of a release's opening verb, and its present for one subject
_PRESENT = {
    "announced": "announces",
    "welcomed": "welcomes",
    "agreed": "agrees",
    "started": "starts",
    "launched": "launches",
    "received": "receives",
    "signed": "signs",
    "named": "names",
    "released": "releases",
    "reported": "reports",
    "completed": "completes",
    "opened": "opens",
    "held": "holds",
    "won": "wins",
    "awarded": "awards",
    "joined": "joins",
    "unveiled": "unveils",
    "approved": "approves",
    "celebrated": "celebrates",
    "expanded": "expands",
    "acquired": "acquires",
    "introduced": "introduces",
    "hosted": "hosts",
    "honored": "honors",
    "honoured": "honours",
    "selected": "selects",
    "appointed": "appoints",
    "partnered": "partners",
    "donated": "donates",
    "raised": "raises",
    "issued": "issues",
    "passed": "passes",
    "made": "makes",
    "took": "takes",
    "gave": "gives",
    "began": "begins",
    "led": "leads",
    "urged": "urges",
    "called": "calls",
    "warned": "warns",
    "finalized": "finalizes",
    "finalised": "finalises",
}
RELEASE_VERBS = "|".join(_PRESENT)  # as an alternation
_WORD = r"[A-Z&][\w&.'’-]*"
# `Acme, Inc.`, `ACME LTD.`: the company's form after its name, a comma before it or not
COMPANY_FORM = r"(?:,? (?:Inc|INC|Ltd|LTD|LLC|Corp|CORP|Co|plc|PLC|LP|L\.P|N\.V|S\.A|AG|GmbH)\.?)"
# `Global safety equipment manufacturer MSA Safety Incorporated today reported…`: what the
# company is, before its name
_DESCRIBED = (
    r"(?:(?:[A-Z][a-z]+ )?(?:[a-z][\w-]* ){0,4}"
    r"(?:manufacturer|provider|maker|company|firm|developer|leader|operator|supplier|producer|"
    r"retailer|insurer|bank|group|startup) )?"
)
_RELEASE_VERB = re.compile(
    rf"^{_DESCRIBED}(?P<who>{_WORD}(?: (?:{_WORD}|and|of|the|for))*?{COMPANY_FORM}?)"
    r"(?: (?:has|have))?"
    r"(?: (?:today|yesterday|this week|(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?"
    rf" (?P<verb>{RELEASE_VERBS})\b"
)
_SIBILANT = re.compile(r"(?:ch|sh|ss|x|z)es$")
# `ENGlobal announced today that it received…`: what was announced is the news
_THAT = re.compile(
    rf"^(?: (?:today|yesterday))?,? that (?:it|they) (?:has |have )?(?P<verb>{RELEASE_VERBS})\b"
)
_DAY_AFTER = re.compile(r"^ (?:today|yesterday)\b")


def in_present(sentence: str) -> str:
    """The sentence with its subject's opening verb in the present (`…has today welcomed` →
    `…welcomes`); unchanged when it opens otherwise."""
    m = _RELEASE_VERB.match(sentence)
    if m is None or m["who"].split()[-1] in ("and", "of", "the", "for"):
        return sentence
    rest = sentence[m.end() :]
    verb = m["verb"]
    if m["verb"] == "announced" and (that := _THAT.match(rest)):
        verb, rest = that["verb"], rest[that.end() :]
    present = _PRESENT[verb]
    if " and " in m["who"]:  # `UNDP and USAID agree`: two subjects take the plain form
        present = present[:-2] if _SIBILANT.search(present) else present[:-1]
    return f"{m['who']} {present}{_DAY_AFTER.sub('', rest, count=1)}"
