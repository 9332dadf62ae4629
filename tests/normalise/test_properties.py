"""Property tests: normalising twice equals once, clean text is unchanged, real brackets survive."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from highlights.model import Block, Document, SourceInfo
from highlights.normalise import normalise, normalise_text
from highlights.normalise.pinyin import readings, remove_glosses

HAN = "中國共產黨自貢市全會提出创新发展产业经济要求目标们安"
MESSY = [
    *HAN,
    *"(chǎn)",
    "(chǎn)",
    "(dang)",
    "(an)",
    "(Apple)",
    "(GDP)",
    "(PM2.5)",
    "(二)",
    "(2021年)",
    "（",
    "）",
    "(",
    ")",
    ",",
    "，",
    "、",
    "。",
    ";",
    ":",
    "?",
    "!",
    "；",
    "！",
    " ",
    "  ",
    "\u3000",
    "\u00a0",
    "\t",
    "a",
    "Z",
    "word",
    "3",
    "3.5%",
    "2021-07-15",
    ".",
    "“",
    "”",
    "—",
    "http://x.cn/a?b=1,2",
    "?lián)",
    "㈨",
    "\ufffd",
    "</p>",
    "&amp;",
    "\x07",
]
messy_text = st.lists(st.sampled_from(MESSY), max_size=40).map("".join)

# Clean official Chinese: runs of Han separated by single full-width marks, ending with 。
clean_clause = st.text(alphabet=HAN, min_size=1, max_size=12)
clean_chinese = st.lists(
    st.tuples(clean_clause, st.sampled_from(["，", "、", "；", "：", "。", "！", "？"])),
    min_size=1,
    max_size=8,
).map(lambda parts: "".join(c + p for c, p in parts)[:-1] + "。")
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
clean_english = st.lists(
    st.tuples(words, st.sampled_from([" ", ", ", "; ", ": "])), min_size=1
).map(lambda parts: "".join(w + s for w, s in parts).strip(" ,;:").capitalize() + ".")
parenthetical = st.one_of(
    st.sampled_from(["Apple", "GDP", "PM2.5", "二", "院所", "2021年", "2021—2025年", "WTO", "含"]),
    st.from_regex(r"[A-Z]{2,5}", fullmatch=True),
    st.from_regex(r"(19|20)[0-9]{2}年", fullmatch=True),
    st.text(alphabet=HAN, min_size=1, max_size=6),
)
SOURCE = SourceInfo(path="x.txt", sha256="0" * 64, encoding="utf-8", format="txt", bytes=0)


@given(messy_text)
@example(text="??\xa0中")  # an indent lost to `??` before a no-break space
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_text_rules_are_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(st.lists(messy_text, min_size=1, max_size=6))
@example(lines=["中2021-07-152021-07-152021-07-15"])  # a title lost one stamp per pass
@example(lines=["中中中中中中中中中?lián);“2021-07-15"])  # Chinese or not: the whole text decides
@example(lines=["(chǎn)中中c(chǎn);“2021-07-15"])  # …and the stamp's removal changes nothing
@example(  # two lines equal only once their marks are full-width: one repeat, in both runs
    lines=[
        "中中中中(dang)中中中;中中中中中中中http://x.cn/a?b=1,2中中中;中中中中;中",
        "中中中中(dang)中中中；中中中中中中中http://x.cn/a?b=1,2中中中;中中中中;中",
    ]
)
@example(lines=["中中中中2021-07-15,中,2021-07-15"])  # …and kept the comma before it
@example(lines=["，:"])  # a title of marks alone
@example(lines=["“", "中"])  # …whose line then leaves the text
@example(lines=["?,?中"])  # `？？` is punctuation, not an indent decoded as `??`
@example(lines=["“&amp;中?lián)"])  # no "repair" that loses more characters than it reads
@example(lines=[" ??lián)"])  # a lost indent after a space is one too (a title loses it later)
@example(lines=["http://x.cn/a?b=1,2 ，"])  # a bare link is chrome before and after ` ，` goes
@example(lines=["中中中中中中中中中中中中word中c中,", "中http://x.cn/a?b=1,2"])  # the next line
@example(lines=["中" * 33 + "2021-07-15?lián)", "中"])  # …names the piece only as a headline
@example(  # a title drawn from the first paragraph is cleaned as a headline line is
    lines=[
        "中中中(dang)(chǎn)(chǎn)2021-07-15中2021-07-15,中中中中中中(dang)(chǎn)中中中中中中中中中中中"
        "(dang)(chǎn)中word(chǎn)(chǎn)"
    ]
)
@example(lines=["，:3"])  # digits and marks name nothing
@example(lines=["()", "中"])  # nor does a line that cleans to nothing: the title is below it
@example(lines=["中" * 16 + "?lián)2021-07-15", "中" * 16 + "?lián)"])  # title again, no stamp
@example(lines=["中" * 16 + "㈨2021-07-15", "中" * 14 + "?lián)"])  # a menu line once unstamped
@example(lines=["中", "，:"])  # a line of marks alone goes before its marks are full-width
@example(lines=["中", ", ，"])  # …and once the spaces between them are gone
@example(lines=["http://x.cn/a?b=1,2！2021-07-15"])  # a title measured once its stamp is off
@example(lines=["http://x.cn/a?b=1,2；2021-07-15"])  # …and a bare link is no title
@example(lines=["中中中中http://x.cn/a?b=1,2!2021-07-15"])  # …that ends like a sentence then
@example(lines=["word（中", "中word"])  # a half bracket comes off only a title that stays one
@example(lines=["中中中(dang),,中中中中中中2021-07-15,"])  # a stamp measured once `,,` is one mark
@example(lines=["中中中中要求", ")中"])  # a said headline's second line, no space before `）`
@example(lines=["中中中中要求", "(chǎn)中"])  # …and a gloss the joined lines make is one
@example(lines=["2021-07-15(chǎn),2021-07-15"])  # a date and what brackets hold name nothing
@example(lines=["中", "！ ;"])  # marks alone with a space between them
@example(lines=["中中中中要求", "中?lián)", "中中中中中中"])  # a damaged line ends a said headline
@example(lines=["wordword", "word", "wordword", "word"])  # the title's pieces about its repeat
@example(lines=["中中中中中（),", "中中中中中"])  # an empty link's brackets, a mark after them
@example(lines=["—chttp://x.cn/a?b=1,2,"])  # a dash line, its title then its subtitle
@example(lines=["word?—"])  # a line in lower case, its title as it was
@settings(max_examples=150, deadline=None)
def test_normalising_an_article_twice_equals_once(lines: list[str]) -> None:
    doc = Document(source=SOURCE, blocks=[Block(text=line) for line in lines if line.strip()])
    if not doc.blocks:
        return
    once = normalise(doc)
    head = [once.meta.title, once.meta.subtitle or ""]
    again_doc = Document(
        source=SOURCE, blocks=[Block(text=t) for t in head if t] + list(once.blocks)
    )
    twice = normalise(again_doc)
    assert twice.blocks == once.blocks
    assert twice.meta.title == once.meta.title
    assert twice.meta.subtitle == once.meta.subtitle


@given(clean_chinese)
def test_clean_chinese_is_unchanged(text: str) -> None:
    assert normalise_text(text) == text


@given(clean_english)
@example(text="A a; a: a.")  # short words before their marks are writing, not a forum's noise
def test_clean_english_is_unchanged(text: str) -> None:
    assert normalise_text(text) == text


@given(clean_clause, parenthetical, clean_clause)
def test_real_parentheticals_survive(before: str, inner: str, after: str) -> None:
    text = f"{before}({inner}){after}"
    assert normalise_text(text) == f"{before}（{inner}）{after}"


@given(st.sampled_from(HAN), st.data())
def test_any_reading_of_the_character_is_a_gloss(han: str, data: st.DataObject) -> None:
    options = sorted(readings(han))
    if not options:
        return
    syllable = data.draw(st.sampled_from(options))
    assert remove_glosses(f"{han}({syllable})是") == (f"{han}是", 1)
