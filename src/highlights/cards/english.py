"""English sentences as points: where a sentence really ends (`1:45 p.m. Those…` ends,
`2 p.m. EST Wednesday` goes on), and what of a long one to keep: its subject and verb, without
the opener (`During their mission,`) or the appositive (`Fischer, a colonel in…,`)."""

from __future__ import annotations

import re

from highlights.cards.offices import titles_set_off

__all__ = [
    "SAYING_WORDS",
    "ends_at_initial",
    "ends_at_time",
    "english_core",
    "unlabelled",
    "without_asides",
]

# who spoke, and so no title of what was said: `Phoenix said on Sunday`, `according to…`
SAYING_WORDS = frozenset({"says", "said", "say", "according", "adds", "added", "told", "tells"})
EN_CLOCK = re.compile(r"\b[ap]\.m\.$")
EN_CLOCK_GOES_ON = re.compile(
    r"(?:[A-Z]{1,2}[SD]T|[ECMP]T|UTC|GMT|BST|CET|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def ends_at_time(before: str, after: str) -> bool:
    """`at 1:45 p.m. Those following…` ends; `at 2 p.m. EST Wednesday` goes on."""
    return bool(EN_CLOCK.search(before)) and not EN_CLOCK_GOES_ON.match(after)


# `in Washington, D.C. The site…`: an initial before a word that opens sentences, not names
EN_INITIAL = re.compile(r"\b[A-Z]\.$")
EN_OPENS = re.compile(
    r"(?:The|This|That|These|Those|It|Its|He|She|We|They|I|In|On|At|But|And|However|A|An|There|"
    r"Our|His|Her|Their)\b"
)


def ends_at_initial(before: str, after: str) -> bool:
    """`…in Washington, D.C. The site selected…` ends; `John F. Kennedy` goes on."""
    return bool(EN_INITIAL.search(before)) and bool(EN_OPENS.match(after))


# `This funding – part of the Capital Projects Fund (CPF) – will enable…`: an aside in dashes
# or brackets says how or what else, not what; one with a figure stays (figures are points)
EN_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—\d]{3,120}?\s[–—]\s")
EN_BRACKET_ASIDE = re.compile(r"\s\((?![^()]*\d)[^()]{1,80}\)")


def without_asides(text: str) -> str:
    """`This funding – part of X (ARP) – will enable the center…` → `This funding will enable
    the center…`."""
    return EN_BRACKET_ASIDE.sub("", EN_DASH_ASIDE.sub(" ", text))


# `During their mission,`, `Prior to becoming an astronaut,`: when, not what
EN_OPENER = re.compile(
    r"^(?:During|After|Before|Prior to|Following|As part of|As an?|In addition|However|Meanwhile|"
    r"Since|While|Although|Though|When|Once|Despite|Earlier|Later|Today|Currently|"
    # `Along with supporting continuing programs,`: what else, not what
    r"Along with|Together with|In addition to|Besides|Apart from|Aside from|As well as|"
    r"In line with|In response to|"
    r"Like|Even with|Even without|Thanks to|Due to|Because of|Instead of|Amid|Given|"
    r"In celebration of|In honou?r of|In recognition of|"
    # `Also, after his government career, Clarke taught…`: a linking adverb, then the opener
    r"Also|Moreover|Furthermore|Additionally|Likewise|Similarly|Notably|Finally|Lastly|"
    r"(?:It is |It's )?[Nn]o (?:wonder|surprise)(?: then)?)\b",  # what the writer makes of it
)
# `Unlike fair market value appraisals,`, `For those on the CAUV program,`: a comparison or whom
# it concerns, however long it runs, before the statement
EN_WHOM = re.compile(r"^(?:Unlike|Regardless of|For (?:those|anyone|everyone|people)\b)")
# `Headquartered in Geneva,`, `Building on its success,`: a participle phrase describes the
# subject that follows it, no point of its own
EN_PARTICIPLE = re.compile(
    r"^[A-Z][a-z]+(?:ed|ing) (?:in|at|on|by|from|with|under|as|for|to|near|across)\b"
    r"|^To [a-z]+ (?:the|a|an|its|their|this|our)\b"  # `To mark the logo's birthday,`
)
# `Following the 10% reciprocal tariffs … announced yesterday,`: when, however long it runs
EN_TIME_PHRASE = re.compile(
    r"^(?:Following|After|Before|During|Prior to|Since|Despite|In|At|On|Under|Through|With) "
    r"(?:the|a|an|its|their)\b"
    # `After leaving the government following a thirty-year career,`: when, by what was done
    r"|^(?:After|Before|Since|Upon|On|Without|By) [a-z]{3,}ing\b"
)  # `In their paper published in Proceedings of …, the group describes…`: where, not what
# (`At an America 250 event in Mount Vernon, the Deputy Prime Minister will…`: where)
EN_GOES_ON = re.compile(r"^(?:and|or|nor)\b")  # the clause before continues
EN_APPOSITIVE = re.compile(r"^(?:a|an|the|who|which|whose|also|now|then|formerly)\b")
EN_NAME = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}$")  # `David Lammy`
# `The United Nations, in line with the relevant resolutions, remains…`: a phrase set off
# between the subject and its verb, which a cut after it would leave without a predicate
EN_SET_OFF = re.compile(
    r"^(?:in (?:line|accordance|keeping|partnership|cooperation|collaboration|consultation) with|"
    r"according to|along with|together with|as well as|under|despite|like|unlike|through|with|"
    r"[a-z]{3,}(?:ed|en) by)\b"  # `A notice, released by four departments, targeted…`
)
# `STEVENS: This is…`, `CARL AZUZ, CNN STUDENT NEWS ANCHOR: What…`, `HIGHLIGHT: On day 104…`:
# a transcript's speaker or a database's field, no part of what is said
EN_SPEAKER_LABEL = re.compile(
    # `NEAL CONAN, host:`, `Mr. SCOTT SHANE (New York Times):`: a radio transcript's labels
    # (`MR. McCLELLAN:`: a name in capitals keeps its `Mc`)
    r"^(?:(?:(?:Mr|Mrs|Ms|Dr|Prof)\. )?(?:Mc)?[A-Z][A-Z.'’-]+(?: (?:Mc)?[A-Z][A-Z.'’-]+){0,3}"
    # (`ACME, INC.(OTCBB: ACM)`: a ticker; `DONALD TRUMP (R), FORMER U.S. PRESIDENT…`)
    r"(?: \([^()]{1,60}\))?(?:, [A-Za-z][^:()]{1,60})?"
    r"|(?:Mr|Mrs|Ms|Dr|Prof)\.? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"  # subtitles' `Mr Spicer:`
    # `Secretary for Development: As I mentioned…`: an office in a government's transcript
    r"|(?:(?:Deputy|Under|Permanent) )?(?:Secretary|Minister|Director|Commissioner|Chief "
    r"Executive|Chairman|Spokes(?:man|woman|person)|Reporter)\b[^:]{0,50})"
    r":\s+(?=[A-Z\"“(])"
    r"|^Q\.?:?\s+(?=[A-Z\"“])"  # `Q    Sure, thanks, Josh.`: a briefing's question, unnamed
)


# `Speaking through an interpreter he added:`: who speaks, the quotation in the next sentence
EN_SAYS = re.compile(
    r"^(?:[A-Z][\w’' ,-]{0,60} )?(?:he|she|they|[A-Z][\w.’'-]+) "
    r"(?:added|said|says|noted|explained|continued|went on)\s*[:,]?$"
)


def unlabelled(text: str) -> str:
    return EN_SPEAKER_LABEL.sub("", text, count=1)


# `as a long, difficult and complex outbreak`: a comma inside a noun phrase joins adjectives
EN_DETERMINED = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|every|each) "
    r"(?!(?:month|year|week|day|morning|afternoon|evening|time|season|quarter)$)[a-z][\w-]*$"
)
# what a clause or a phrase of its own starts with, after a comma
EN_CLAUSE_WORD = re.compile(
    r"(?:and|but|or|nor|so|yet|which|who|whom|whose|where|when|while|as|with|including|such|"
    r"said|says|according|although|though|because|if|after|before|from|to|in|on|at|by|for|"
    r"saying|adding|noting|stressing|explaining|citing|calling|urging)\b"
)
# `Although much of our attention is on the pandemic,`: a clause that never stands alone
# `So even if you decide…,`, `Even if you don't click…,`: a condition waiting for its clause
EN_SUBORDINATE = re.compile(
    r"^[“\"]?(?:(?:So|But|And|Yet) )?(?:[Ee]ven )?"
    r"(?:[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hereas|[Ww]hen|[Oo]nce|[Ss]ince|[Ii]f|[Uu]nless|"
    # `No matter where you spend your opening day fishing,`: a condition, not the statement
    r"[Nn]o matter|[Ww]hether|[Bb]ecause|[Aa]s long as|[Aa]s soon as)\b"
)


# `delivering sustainable, long-term peace`: an adjective still waiting for its noun (after a
# verb or a preposition, not `the general public,`) before the comma, the rest of it after
EN_ADJECTIVE_END = re.compile(
    r"\b(?:[a-z]+ing|in|of|for|to|with|more|most|very) [a-z]+(?:able|ible|ive|ful|ous|ent|ant)$"
)


def _whole_noun_phrases(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        joins = out and part[:1].islower() and not EN_CLAUSE_WORD.match(part)
        last = out[-1] if out else ""
        adjectives = EN_DETERMINED.search(last) or EN_ADJECTIVE_END.search(last)
        if joins and (adjectives or EN_LIST_END.match(part)):
            out[-1] += ", " + part  # `for governments, business and civil society`
            continue
        out.append(part)
    return out


# `business and civil society to submit…`: the last items of a list that a comma opened
EN_LIST_END = re.compile(r"^[a-z][\w-]*(?: [a-z][\w-]*)? (?:and|or) [a-z]")
# `Achim Steiner, said, "Today marks…"`: who said it, before the quote a point keeps
EN_SAID_BEFORE = re.compile(
    r"^[^\"“”]{3,160}?,?\s+(?:said|says|added|noted|stated|explained)\s*[,:]\s*(?=[\"“])"
)
# `…a spirited and powerful example," he added.`: who said it, after the quote
EN_SAID_AFTER = re.compile(
    r"[,.]?\s*[\"”]\s*,?\s+(?:he|she|they|[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3})\s+"
    r"(?:said|says|added|noted|stated|explained)\b[^\"“”]{0,80}$"
)


def unframed(text: str) -> str:
    """A long quoted point without who said it: `X said, "Today marks…"` → `Today marks…`."""
    bare = EN_SAID_AFTER.sub("", EN_SAID_BEFORE.sub("", text, count=1), count=1)
    return bare.strip().lstrip('"“') if bare != text else text


EN_SPEAKER_LEFT = re.compile(r"[,.]?[\"”]\s*,?\s+[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3}$")


def balanced_quotes(text: str) -> str:
    """A point cut inside a quotation keeps no lone quote mark at either end, nor the name of
    who said it cut from its verb (`…different ministries," Jiang Jianguo`)."""
    text = EN_SPEAKER_LEFT.sub("", text)
    text = EN_SAID_TAIL.sub("", EN_SAYING_LEFT.sub(r"\1", text))
    if text[:1] == "(" and ")" not in text:
        text = text[1:]  # `(In a recent experiment…` cut before its bracket closes
    if sum(text.count(q) for q in '"“”') % 2:
        text = EN_SAID_BY_TAIL.sub("", text)
    if text[:1] in '"“' and not any(q in text[1:] for q in '"”'):
        return text[1:]
    if text[-1:] in '"”' and not any(q in text[:-1] for q in '"“'):
        return text[:-1]
    if sum(text.count(q) for q in '"“”') % 2:
        # `He noted that "there have been some corrections`: the quotation, cut, is closed
        return text.rstrip(",;: ") + ("”" if text.rfind("“") > text.rfind('"') else '"')
    return text


# `…the decision of the League," he said`: who said it, after the end of what was said
EN_SAID_TAIL = re.compile(
    r'[,.!?]?["”]\s+(?:he|she|they|[A-Z][\w.’\'-]+(?: [A-Z][\w.’\'-]+){0,3})\s+'
    r"(?:said|says|added|noted|stressed|explained|told reporters)\.?$"
)
# `…join the Visible board," said Stevens`: the same, the verb first (a quotation cut from its
# opening mark; a whole one keeps who said it)
EN_SAID_BY_TAIL = re.compile(
    r'[,.!?]?["”]\s+(?:said|says|added|noted)\s+[A-Z][\w.’\'-]+(?: [A-Z][\w.’\'-]+){0,3}\.?$'
)
# `…touching on the Resistance," pointing out`: a saying verb left with nothing said
EN_SAYING_LEFT = re.compile(
    r'[,;]?(["”])\s+(?:pointing out|adding|noting|saying|stressing|explaining|stating)(?: that)?$'
)


def _opener(part: str) -> bool:
    """When, not what: a short opener, or a subordinate clause of any length."""
    bare = part.lstrip('“"')
    short = len(part.split()) <= 8
    opens = EN_OPENER.match(bare) or EN_PARTICIPLE.match(bare)
    # `To commemorate its … and in honor of its 50th anniversary,`: why, however long it runs
    purpose = bare.startswith("To ") and bool(EN_PARTICIPLE.match(bare))
    timed = EN_SUBORDINATE.match(part) or EN_TIME_PHRASE.match(bare) or EN_WHOM.match(bare)
    return bool((opens and (short or purpose)) or timed)


def english_core(parts: list[str], notes: set[str]) -> list[str]:
    """An English sentence's clauses without its opener and its appositive: `Fischer, a colonel
    in the U.S. Air Force, was selected…` → `Fischer was selected…`. The first clause alone
    must never be the point when it is only the subject and the phrase that describes it."""
    parts = _whole_noun_phrases(parts)
    while len(parts) > 1 and _opener(parts[0]):
        notes.add("drop-opener")
        quote = parts[0][:1] if parts[0][:1] in '“"' else ""  # the quote goes on after it
        wonder = "wonder" in parts[0] or "surprise" in parts[0]  # `…no wonder then, that …`
        parts = parts[1:]
        while len(parts) > 1 and EN_GOES_ON.match(parts[0]):
            parts = parts[1:]  # `Although it sees less…, and has lower resolution…,`: still it
        parts[0] = re.sub(r"^that\s+", "", parts[0]) if wonder else parts[0]
        parts[0] = quote + parts[0][:1].upper() + parts[0][1:]
    # `In Brazil, the Senate president has tested positive, along with…`: a place opens it and
    # a clause follows, no subject and its appositive
    verb = _predicate_at(parts)
    if verb:  # `“Parasite,” the Korean…satire…, was the first film…`: never the subject alone
        notes.add("keep-predicate")
        parts = [", ".join(parts[: verb + 1]), *parts[verb + 1 :]]
    relative = len(parts) > 1 and parts[1].startswith(("who ", "which ", "whose "))
    clause = len(parts) > 1 and bool(EN_FINITE.search(parts[1])) and not relative
    if EN_PLACE_OPENER.match(parts[0]) or clause:
        return parts
    if (titled := titles_set_off(parts)) is not None:
        # `Dr. Saurabh Garg, Secretary, MoSPI, emphasized…`: the name, its offices, its verb
        notes.add("drop-appositive")
        return [parts[0] + " " + parts[titled], *parts[titled + 1 :]]
    # `Mr Shun, together with the Controller of RTHK, Miss Chan, also announced…`: a name ends it
    at = 3 if len(parts) > 3 and EN_SET_OFF.match(parts[1]) and EN_NAME.match(parts[2]) else 2
    verb_next = len(parts) > at and parts[at][:1].islower()
    named = verb_next and (EN_NAME.match(parts[1]) or EN_SET_OFF.match(parts[1]))
    if len(parts) > 2 and (EN_APPOSITIVE.match(parts[1]) or named) and len(parts[0].split()) <= 5:
        # `The Deputy Prime Minister, David Lammy, will…`: the subject, its name, its verb
        notes.add("drop-appositive")
        verb = at  # `A notice, released by…, including…, targeted…`: past every phrase set off
        while verb < len(parts) - 1 and (_set_off(parts[verb]) or _listed(parts, verb)):
            verb += 1  # (`…to drug discovery, development, and diagnostics,`: its list goes too)
        parts = [parts[0] + " " + parts[verb], *parts[verb + 1 :]]
    return parts


EN_VERB_FIRST = re.compile(r"^(?:is|are|was|were|has|have|had|will|would|can|could|remains|says)\b")


def _predicate_at(parts: list[str]) -> int:
    """Where the predicate of a subject set off by commas begins (`What happened today`,
    `what’s truly important`, `is that…`), if no clause before it has a verb; else 0."""
    verb = next((k for k, p in enumerate(parts[:6]) if k and EN_VERB_FIRST.match(p)), 0)
    set_off = verb > 1 and bool(EN_APPOSITIVE.match(parts[1]) or _set_off(parts[1]))
    if not verb or (set_off and len(parts[0].split()) <= 5) or EN_NAME.match(parts[1]):
        return 0  # `Fischer, a colonel…, was selected`: the appositive goes instead
    return 0 if any(EN_FINITE.search(p) for p in parts[:verb]) else verb


EN_PLACE_OPENER = re.compile(r"^(?:In|At|On|From|Across|Throughout|Inside|Outside)\b")
EN_FINITE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|can|could|says|said)\b")
EN_ALSO = re.compile(r"^(?:including|such as|among them|notably)\b")


def _listed(parts: list[str], k: int) -> bool:
    """`development` before `and diagnostics`, and `and diagnostics` itself: the rest of a list
    the appositive began, not the predicate."""
    if parts[k].startswith(("and ", "or ")):
        return len(parts[k].split()) <= LIST_ITEM_WORDS
    nxt = parts[k + 1] if k + 1 < len(parts) else ""
    return len(parts[k].split()) <= LIST_ITEM_WORDS and nxt.startswith(("and ", "or "))


LIST_ITEM_WORDS = 4


def _set_off(part: str) -> bool:
    return bool(EN_SET_OFF.match(part) or EN_ALSO.match(part))
