"""Who issued a press release: the company its `About X` section names, when the text gives no
source of its own or names only the newswire that carried it (`PRNewswire`, `BUSINESS WIRE`):
the wire distributes the release, the company is its source. And the broadcaster whose people
speak in a transcript (`…, CNN ANCHOR:`). And the office or company a release with no byline or
dateline opens with, in its headline and its first sentence (`環保署撤銷…`, `Ascom announces…`)."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN
from highlights.model import Metadata, Removal
from highlights.normalise.boilerplate import find_boilerplate

__all__ = ["with_issuer"]

_WIRES = re.compile(
    r"^(?:PR ?Newswire|Business ?Wire|Globe ?Newswire|Marketwired?|ACCESSWIRE|EIN Presswire|"
    r"Accesswire|PRWeb|Newswire)(?:[-\s].*)?$",
    re.IGNORECASE,
)
# `About Synutra International, Inc.`, `About Quantum:` over the company's description
_ABOUT = re.compile(r"^About\s+(?P<name>[A-Z][\w&.,'’ -]{1,60}?)\s*:?$")
# `Synutra International Inc. (NASDAQ:SYUT) is a leading…`, `Quantum Fuel Systems…, Inc. is a`
_DESCRIBED = re.compile(
    r"^(?:About\s+\S+\s+)?(?P<name>[A-Z][\w&.,'’ -]{1,80}?)\s*(?:\([A-Z]+\s*:\s*[\w.]+\)\s*)?"
    r",?\s+(?:is|are)\s+(?:a|an|the)\b"
)


# `Constellation Brands, Inc. (NYSE: STZ and STZ.B), a leading…, reported today`: a wire's
# release opens with the company and its ticker
_LISTED = re.compile(
    r"^(?P<name>[A-Z][\w&.,'’ -]{1,80}?)\s*"
    r"\((?:NYSE|NASDAQ|Nasdaq|TSX|OTC\w*|AMEX|LSE|ASX)\b[^)]*\)"
)
WITHIN = 3  # paragraphs: where a wire's release names its company with its ticker
# `SOLEDAD O'BRIEN, CNN ANCHOR: …`: a broadcaster's transcript names its own people so
_ON_AIR = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,40},\s*(?P<outlet>CNN|PBS|NPR|BBC|ABC|CBS|NBC|FOX|MSNBC|CNBC)\b"
    r"[A-Z ]{0,30}?(?:ANCHOR|CORRESPONDENT|HOST|REPORTER)"
)


# `環保署撤銷…`, `香港海關在橫瀾島…`, `勞動部「因應…」`: a government office, what it did
_OFFICE = re.compile(
    rf"^(?P<name>[{HAN}]{{0,6}}?(?:部|署|局|處|处|廳|厅|委員會|委员会|海關|海关|政府|辦公室|办公室)"
    r"(?:辦公廳|办公厅|辦公室|办公室)?)"  # (`鄭州市政府辦公廳`: the office, not the government)
    rf"(?=[{HAN}「“])"
)
# `我代表闽清县人民政府，向大会报告政府工作`: the government whose work report it is
_REPORTS_WORK = re.compile(
    rf"我代表(?P<who>[{HAN}]{{2,12}}?)人民政府[，,]\s*向大[会會](?:作|做)?[报報]告(?:政府)?工作"
)
_ASKED = re.compile(r"^(?:問|问|Q)\s*[:：]")
_UNNAMED = frozenset(["政府", "辦公室", "办公室", "委員會", "委员会"])
# `頂端新聞·河南商報記者注意到`: a paper's story about the office, not the office's release
_REPORTER = re.compile(r"記者|记者|通讯员|通訊員")
# `Ascom announces a strategic distribution partnership`: a company, what it announces
_ANNOUNCES = re.compile(
    r"^(?P<name>[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4}) (?i:announces|announced|reports|"
    r"launches|names|appoints|receives|introduces|unveils|completes|signs|expands|releases)\b"
)
# a story by a reporter is the paper's, whoever it opens with; a Chinese wire's story (`新华社
# 北京…电`) the wire's (an English release opens with its dateline too: `BAAR, SWITZERLAND`)
_REPORTED = frozenset(["boilerplate.byline", "boilerplate.editor"])
OPENING = 120  # characters of the first paragraph that name the office again


def _opened_by(meta: Metadata, removed: list[Removal], body: list[str]) -> str | None:
    """The office a release's headline opens with, named again as its text opens, or the
    company its English headline has announce something."""
    rules = {r.rule for r in removed}
    if meta.reporters or rules & _REPORTED:
        return None
    if (m := _ANNOUNCES.match(meta.title)) is not None:
        return m["name"]
    office = _OFFICE.match(meta.title)
    if not office or not body or "boilerplate.dateline" in rules or office["name"] in _UNNAMED:
        return None  # (`政府工作报告`: no office is named)
    if any(_REPORTER.search(text) for text in body) or _ASKED.match(body[0]):
        return None  # (`問：澳大利亞政府近日…`: whom a question is about issued nothing)
    return office["name"] if office["name"] in body[0][:OPENING] else None


# `Today the U.S. Environmental Protection Agency (EPA) announced…`, `The Centre for Health
# Protection (CHP) of the Department of Health has announced…`: the body that acts, named in full
# with its initials, opens the release's first sentence
_ACTS = re.compile(
    r"^(?:Today,?\s+)?(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w.'’&-]*\s+)(?:(?:of|for|and|the)\s+|"
    r"[A-Z][\w.'’&-]*\s+){0,8}?[A-Z][\w.'’&-]*)\s+\([A-Z][A-Za-z&]{1,7}\)"
    r"(?:\s+of\s+the\s+[A-Z][\w ]{2,40}?)?\s+(?:today\s+)?(?:\([^)]{1,20}\)\s+)?"
    r"(?:has\s+|have\s+|is\s+|will\s+)?(?:announced|announces|published|released|awarded|"
    r"providing|launched|issued|reported|approved|signed|said|says)\b"
)


def _acting(body: list[str]) -> str | None:
    """The body a release's first sentence has act, named with its initials."""
    m = _ACTS.match(body[0].strip()) if body else None
    return m["name"] if m else None


_NAME_WORD = re.compile(r"^(?:[A-Z0-9&][\w&.,'’-]*|of|and|the|de)$")


def _named(name: str) -> str:
    """`Global safety equipment manufacturer MSA Safety Incorporated` → `MSA Safety
    Incorporated`: the name, without what the company is."""
    words = name.split()
    start = len(words)
    while start > 0 and _NAME_WORD.match(words[start - 1]):
        start -= 1
    while start < len(words) and not words[start][:1].isupper():
        start += 1  # (a name opens with a capital: not `of`, `and`)
    return " ".join(words[start:]) or name


def with_issuer(meta: Metadata, removed: list[Removal], body: list[str]) -> Metadata:
    """`meta` with the release's issuer as its source, where the text names none but a wire
    (`body`: the text's paragraphs, where a wire's release names its listed company)."""
    wired = bool(meta.source and _WIRES.match(meta.source))
    if meta.source and not wired:
        return meta
    about = [r.text.strip() for r in removed if r.rule == "boilerplate.about"]
    # `SOURCE: Bethesda Hospital Foundation`: the release's own field outranks the wire's name
    # (`…。（來源：環球時報）` under each of a programme's items names the item's; once, the text's)
    items = [r for r in removed if r.rule == "boilerplate.item_source"]
    rules = {"boilerplate.source", *(["boilerplate.item_source"] if len(items) == 1 else [])}
    named = [
        name
        for r in removed
        if r.rule in rules
        and (name := find_boilerplate(r.text).source)
        and not _WIRES.match(name)
    ]
    named += [m["name"] for t in about if (m := _DESCRIBED.match(t))]
    named += [m["name"] for t in about if (m := _ABOUT.match(t))]
    named += [_named(m["name"]) for t in body[:WITHIN] if wired and (m := _LISTED.match(t))]
    if not meta.source:
        named += [m["outlet"] for t in body if (m := _ON_AIR.match(t))][:1]
        named += [name] if (name := _opened_by(meta, removed, body)) else []
        named += [f"{m['who']}人民政府" for t in body[:WITHIN] if (m := _REPORTS_WORK.search(t))]
        english = meta.language == "en" and not meta.reporters
        named += [name] if english and (name := _acting(body)) else []
    if not named:
        return meta
    return meta.model_copy(update={"source": named[0].rstrip(" ,")})
