"""An English first sentence read as a headline would put it: no `Today` before it, and an
organisation that the sentence names in full and by its initials named by its initials."""

from __future__ import annotations

import re

from highlights.normalise.en_tense import COMPANY_FORM, RELEASE_VERBS, in_present

__all__ = ["as_headline", "english_headline", "past_first_item", "shortened"]

# `Today the United Nations Development Programme (UNDP) and…`: when is the dateline's business
_WHEN = re.compile(
    r"^(?:Today|Yesterday|This (?:week|morning|afternoon)"
    r"|On (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?=\S)"  # `On Tuesday, the University…`
)
# `the United States Agency for International Development (USAID)`: the name, then its initials
_NAMED = re.compile(
    r"\b(?:[Tt]he )?(?:[A-Z][\w’'.-]*)(?: (?:[A-Z][\w’'.-]*|of|for|and|on|the|in|&))*"
    r" \((?P<initials>[A-Z][A-Za-z&]{1,9})\)"
)


# `…in the southwest China's autonomous region, according to local authorities`: who said so
_ATTRIBUTED = re.compile(r",\s+(?:according to|as reported by)\s[^,]{2,80}$")


def as_headline(sentence: str) -> str:
    """`Today the United Nations Development Programme (UNDP) and the United States Agency for
    International Development (USAID) have agreed…` → `UNDP and USAID have agreed…`."""
    text = _ATTRIBUTED.sub("", _WHEN.sub("", sentence))
    text = _NAMED.sub(_by_initials, text)
    return text[:1].upper() + text[1:] if text != sentence else sentence


def _by_initials(m: re.Match[str]) -> str:
    """The name its initials stand for, by them; `the Central Committee of the Communist Party
    of China (CPC)`: only the end of it (`the Central Committee of the CPC`)."""
    words = m[0][: m.start("initials") - m.start() - 2].split(" ")
    for start in range(len(words)):
        if words[start][:1].isupper() and _initialled(words[start:], m["initials"]):
            before = [] if set(words[:start]) <= {"The", "the"} else words[:start]
            return " ".join([*before, m["initials"]])
    return m[0]


def _initialled(words: list[str], initials: str) -> bool:
    """The initials are the name's: `UNDP` of `United Nations Development Programme`, `DOL` of
    `Department of Labor` (its small words counted or not)."""
    words = [w for w in words if w not in ("The", "the")]
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    every = "".join(w[0] for w in words if w != "&").upper()
    return initials.replace("&", "").upper() in (capitals, every)


EN_HEADLINE = 100  # characters: an English clause longer than this is cut for a title
# `The … Department of Civil Engineering in the College of Engineering was awarded`: where the
# subject sits, between it and its verb, is no headline's
_SUBJECT_PLACED = re.compile(
    r"^(?P<who>[A-Z][^,;]{2,80}?) (?:in|at|within) the [A-Z][\w&.'’ ]{2,60}?"
    r" (?P<done>(?:was|were|has been|have been|is|are|will be) [a-z]+ed\b)"
)
# the subject, its verb and its object: up to the first phrase after them
_DONE_TO = re.compile(
    r"^[A-Z][^,;]{2,80}? (?:was|were|has been|have been|is|are|will be|has|have) [a-z]+(?:ed|en)?"
    r"(?: [^ ,;]+){1,6}?(?= (?:from|by|for|to|with|at|on|under|through|during|after|in|as) )"
)
# words a headline does not end on: a phrase goes on after them
_WEAK_END = re.compile(
    r"\s+(?:to|and|or|in|for|by|with|of|the|a|an|on|at|from|that|which|as|its|their|his|her)$",
    re.IGNORECASE,
)


def shortened(clause: str) -> str:
    """An English clause longer than a headline, cut after a whole word and before a phrase
    its last words would open (`…by the U.S. Military to initiate` → `…by the U.S. Military`);
    a shorter clause, or Chinese, as it was."""
    if len(clause) <= EN_HEADLINE or not clause.isascii():
        return clause
    clause = _SUBJECT_PLACED.sub(r"\g<who> \g<done>", clause, count=1)
    if (did := _DONE_TO.match(clause)) and len(did[0]) <= EN_HEADLINE:
        return did[0]  # `… was awarded a $570,000 grant` (`from the Air Force Office…`)
    cut = clause[: EN_HEADLINE + 1].rsplit(" ", 1)[0].rstrip(" ,;:(")
    while (weaker := _WEAK_END.sub("", cut)) != cut:
        cut = weaker
    # (a phrase opened by `to`/`and`/`in`… at the cut: back to before it)
    for word in (" to ", " and ", " in ", " for ", " with "):
        at = cut.rfind(word)
        if at >= EN_HEADLINE // 2:
            return cut[:at]
    return cut


# `Intercontinental Exchange (NYSE: ICE), a leading operator of …, announced …`: the ticker
# and what the company is are the text's; who did what is the title
_EN_TICKER = re.compile(r"\s*\((?:NYSE|NASDAQ|Nasdaq|TSX|LSE|ASX|OTC\w*|AMEX)\s*:\s*[\w.]{1,8}\)")
# who: a name of up to six words, its company form after a comma too (`Acme, Inc.`); never a
# time or a place (`On Tuesday, the University of Texas… received…`: no appositive follows)
_NOT_WHO = (
    r"(?!(?:On|In|At|By|For|From|With|After|Before|During|Since|Last|This|Next|Today|Yesterday|"
    r"Earlier|Later|When|While|As|Over|Under|Throughout)\b)"
)
# (`The Yang di-Pertuan Agong`: a title's particle in lower case, joined by its hyphen)
_WHO = (
    rf"(?P<who>{_NOT_WHO}[A-Z][\w&.'’-]*(?: (?:[a-z]{{1,3}}-)?[A-Z&][\w&.'’-]*){{0,5}}"
    rf"{COMPANY_FORM}?)"
)
_EN_APPOSITIVE = re.compile(
    rf"^{_WHO},\s+(?:a|an|the)\s[^,;]{{3,160}}?,\s+"
    r"(?=[a-z])"
)
# `The Honourable Pablo Rodriguez, Minister of Canadian Heritage and Multiculturalism, announces…`:
# a person's office, set off by commas, is no headline's; nor is their honorific
_EN_OFFICE = re.compile(
    rf"^{_WHO},\s+(?:the\s+)?(?:(?:Vice|Deputy|Acting"
    r"|Senior|Executive|Chief|Managing|Parliamentary|Prime|Associate|Assistant)[ -])?(?:Minister"
    r"|Secretary|President|Chair(?:man|woman|person)?|Director|Mayor|Governor|Premier|Officer|CEO"
    r"|Founder|Head|Leader|Senator|Representative|Commissioner|Ambassador|Member|Professor"
    r"|Attorney General)\b[^;]{0,160}?,\s+(?=[a-z])"
)
# `The Chief Executive, Mr Sam Hou Fai, today called on…`: the office, then the person's name
# (`Al-Sultan Abdullah Ri’ayatuddin Al-Mustafa Billah Shah today decreed…`: no comma after it)
_EN_NAMED = re.compile(
    rf"^{_WHO},\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Madam|Sir|Dato['’] Sri|Datuk|Tan Sri)\.?\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,6},?\s+(?=(?:today|yesterday)\s+[a-z]+ed\b)"
)
_HONORIFIC = re.compile(r"^(?:The\s+)?(?:Right\s+)?(?:Honourable|Honorable|Hon\.)\s+(?=[A-Z])")
# `CTI Industries Corporation, a maker of balloons, films and packaging, today announced…`: an
# appositive that lists, up to the day the news names
_EN_APPOSITIVE_TO_DAY = re.compile(
    rf"^{_WHO},\s+(?:a|an|the)\s[^;]{{3,240}}?,\s+"
    r"(?:today|yesterday|this week|recently)\s+(?=[a-z])"  # the day goes with it: no headline's
)
# `Access Pharmaceuticals, Inc., a company developing treatments in oncology, cancer care and
# diabetes, announced…`: an appositive that lists, up to the verb the release opens with
_EN_APPOSITIVE_TO_VERB = re.compile(
    rf"^{_WHO},\s+(?:a|an|the)\s[^;]{{3,240}}?,\s+(?=(?:{RELEASE_VERBS})\b)"
)


# what the news is set against, before its own clause: no headline's words
_CONCEDED = re.compile(r"^(?:Though|Although|Even though|While|Whereas|Despite)\b[^,;]{3,140},\s+")


def english_headline(sentence: str) -> str:
    """A release's first sentence as its headline would say it: no ticker, no appositive, the
    organisation by its initials, the verb in the present (`Intercontinental Exchange (NYSE:
    ICE), a leading operator of…, announced…` → `Intercontinental Exchange announces…`)."""
    sentence = as_headline(_EN_TICKER.sub("", sentence))  # `Today the … (UNDP)`: `UNDP`
    sentence = _AUX_ASIDE.sub(r"\g<aux> ", sentence)  # `…will, as always, support…`
    if (concession := _CONCEDED.match(sentence)) and sentence[concession.end() :][:1].isalpha():
        rest = sentence[concession.end() :]  # `Though PFAS make headlines daily, a new paper…`
        sentence = rest[:1].upper() + rest[1:]
    sentence = _HONORIFIC.sub("", sentence)
    to_day = _EN_APPOSITIVE_TO_DAY.match(sentence)
    office = _EN_OFFICE.match(sentence) and not to_day
    appositive = _EN_APPOSITIVE_TO_DAY if to_day else _EN_OFFICE if office else _EN_APPOSITIVE
    appositive = _EN_NAMED if not to_day and _EN_NAMED.match(sentence) else appositive
    if not to_day and not office and _EN_APPOSITIVE_TO_VERB.match(sentence):
        appositive = _EN_APPOSITIVE_TO_VERB  # (the list's commas are no appositive's end)
    headline = in_present(appositive.sub(r"\g<who> ", sentence, count=1))
    # `…appoints 12 more Cabinet officials yesterday, adding to its ranks…`: what followed from
    # it, and the day, are the story's, not its headline's
    if (tail := _FOLLOWS_ON.search(headline)) and len(headline[: tail.start()].split()) >= 4:
        headline = _DAY_LAST.sub("", headline[: tail.start()])
    return headline


# an aside set off by commas between the verb's parts: `will, as always, support`
_AUX_ASIDE = re.compile(
    r"\b(?P<aux>will|would|can|could|shall|should|may|might|must|has|have|had|is|are|was|were)"
    r",\s+[a-z]+(?:\s+[a-z]+){0,2},\s+(?=[a-z])"
)
_FOLLOWS_ON = re.compile(r",\s+(?:adding|saying|bringing|making|marking|raising|taking)\b.*$")
_DAY_LAST = re.compile(
    r"\s+(?:yesterday|today|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last (?:week|night))$"
)


EN_TITLE_WORDS = 4  # an English first clause of fewer words is a list's first item, no title


def past_first_item(sentence: str) -> str | None:
    """`Businesses, jobseekers and workers in the Goulburn Valley are the big winners, thanks…`
    → up to the comma after which the words say something (`…are the big winners`); None when
    the sentence opens with no list of common words (`VANCOUVER, BRITISH COLUMBIA--…`, `St.
    Paul, MN –`: a dateline's place)."""
    parts = sentence.split(", ")
    if len(parts) < 2 or len(parts[0].split()) >= EN_TITLE_WORDS or not parts[1][:1].islower():
        return None
    if parts[1].split()[0] in _SETS_OFF:  # `The Government, in the interest of…, will`: an aside
        return None
    for k in range(2, len(parts) + 1):
        head = ", ".join(parts[:k])
        if len(head.split()) >= EN_TITLE_WORDS + k - 1:
            return head if re.search(r"\b(?:and|or)\b", head) else None  # a list ends so
    return None


_SET_OFF_WORDS = "in on at for with by from as of to the a an which who whose and or"
_SETS_OFF = frozenset(_SET_OFF_WORDS.split())
