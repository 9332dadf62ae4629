"""The page shown twice (a mobile and a desktop copy): later copies of a paragraph leave the
text, reported, decided on the finished text so that a second run agrees. A forum's slogan
sown through a repost (`TVBNOW 含有熱門話題…資訊。` three times) leaves it too."""

from __future__ import annotations

import re
from collections import Counter

from highlights.chars import HAN_RANGES
from highlights.model import Block, Removal, Report
from highlights.normalise.editions import DATED_EDITION
from highlights.normalise.hosts import cheers

__all__ = ["drop_repeats", "slogan_echoes", "title_tags", "twice_set_caption"]

REPEAT_MIN = 20  # characters: a paragraph this long met again is the page shown twice
SOWN_MIN = 12  # Han characters: a sentence this long met three times was sown, not written
SOWN_TIMES = 3


def drop_repeats(
    finished: list[Block], kept: list[tuple[int, Block]], stamp: int | None, report: Report
) -> int | None:
    """The page shown twice (a mobile and a desktop copy): later copies leave, decided on the
    finished text so that a second run agrees. Returns the stamp's index, shifted."""
    _drop_sown(finished, kept, report)
    seen: set[str] = set()
    repeats: list[int] = []
    listed = _sibling_links([b.text for b in finished])
    editions = [j for j, block in enumerate(finished) if DATED_EDITION.match(block.text)]
    again = set(editions[1:])
    flat = [_UNSPACED.sub("", block.text) for block in finished]
    for j, block in enumerate(finished):
        summary = _summarises(flat, j)  # the page's description, set over its text
        # (`2023年03月26日今日新闻联播主要内容文字版完整版` under `2023年3月26日央视新闻联播`:
        # the edition named again, as its contents' label)
        if _repeated(block.text, seen) or not block.text or j in listed or j in again or summary:
            repeats.append(j)
        seen.add(block.text)
    for j in reversed(repeats):
        if finished[j].text:
            rule = "boilerplate.links" if j in listed else "boilerplate.repeat"
            report.count(rule)
            text, index = finished[j].text, kept[j][0]
            report.removed.append(Removal(rule=rule, text=text, block=index))
        del finished[j], kept[j]
        stamp = stamp - 1 if stamp is not None and j < stamp else stamp
    return stamp


SUMMARY_MIN = 30  # characters: a shorter line may open the text it heads
_UNSPACED = re.compile(r"\s+")


def _summarises(flat: list[str], j: int) -> bool:
    """`…调度会议强调 紧盯目标 压实责任 … 7月18日，市长苏永忠主持召开2022年市政府` over
    `…调度会议强调` / `紧盯目标 压实责任…` / …: a page's description, the lines under it said
    again on one line and cut short."""
    said = flat[j]  # (each block's text without its spaces)
    if len(said) < SUMMARY_MIN:
        return False
    lines = flat[j + 1 : j + 8]
    below = "".join(lines)
    ends = {len("".join(lines[: k + 1])) for k in range(len(lines))}
    # it says more than the next line (a headline over a lead that opens with its words is
    # none), and stops inside a line (`…主持召开2022年市政府`): a headline set on one line and
    # again on several is the page's headline, whole
    spans = bool(lines) and len(said) > len(lines[0]) + SUMMARY_MIN // 3
    cut = len(said) not in ends
    return spans and cut and len(below) > len(said) and below.startswith(said[:-2])


SIBLINGS = 4  # lines alike but for a number, one under another: a menu of editions
SIBLING_MAX = 40  # characters
_NUMBER = re.compile(r"[0-9０-９]+|[一二三四五六七八九十百零〇○]+")


def _sibling_links(texts: list[str]) -> set[int]:
    """`中國共產黨第十九次全國代表大會` over `…第十八次…` over `…第十七次…`: a site's list of
    its editions, issues or years, each line the same but for its number."""
    listed: set[int] = set()
    run: list[int] = []
    for j, text in enumerate([*texts, ""]):
        short = 0 < len(text) <= SIBLING_MAX and not _SENTENCE.search(text)
        masked = _NUMBER.sub("#", text) if short and _NUMBER.search(text) else None
        if run and masked is not None and masked == _NUMBER.sub("#", texts[run[-1]]):
            run.append(j)
            continue
        listed.update(run if len(run) >= SIBLINGS else [])
        run = [j] if masked is not None else []
    return listed | _scattered(texts)


SCATTERED = 3  # lines alike but for a number, between paragraphs: a gallery's pictures
# …that name something in Han (`图1`, `附件2` are a figure's, a file's labels; `Duration: 4'06"`
# a programme's story's length, which parts its stories)
SCATTERED_HAN = 6


def _scattered(texts: list[str]) -> set[int]:
    """`新茂山2018年第17 期(…现场会)24` under one paragraph, `…现场会)235` under the next:
    the pictures' file names or alt texts set through the story, the same but for a number."""
    masks: dict[str, list[int]] = {}
    for j, text in enumerate(texts):
        if 0 < len(text) <= SIBLING_MAX and not _SENTENCE.search(text) and _NUMBER.search(text):
            masks.setdefault(_NUMBER.sub("#", text), []).append(j)
    return {
        j
        for mask, found in masks.items()
        if len(found) >= SCATTERED
        and len(_HAN.findall(mask)) >= SCATTERED_HAN
        and len({texts[j] for j in found}) == len(found)  # (the same line again: a repeat)
        for j in found
    }


def _repeated(text: str, seen: set[str]) -> bool:
    """A paragraph met again: the page shown twice (a mobile and a desktop copy). Titles may
    repeat (a programme's contents, then each story under its title): only sentences count."""
    return len(text) >= REPEAT_MIN and text in seen and bool(_SENTENCE.search(text))


_SENTENCE = re.compile(r"[。！？!?]|\.(?:\s|$)")


_SENTENCES = re.compile(r"[^。！？!?]*[。！？!?]+|[^。！？!?]+$")
_NOT_HAN = re.compile(f"[^{HAN_RANGES}]+")
_HAN = re.compile(f"[{HAN_RANGES}]")
_ENDED = re.compile(r"[。！？!?]\s*$")  # a sentence: a title said again is a contents list


def _drop_sown(finished: list[Block], kept: list[tuple[int, Block]], report: Report) -> None:
    """A sentence said three times or more, whatever noise is stuck to it, is kept where it
    is first said: a forum's slogan sown through a repost, a lead repeated under each photo."""

    def key(sentence: str) -> str:
        return _NOT_HAN.sub("", sentence) if _ENDED.search(sentence) else ""

    split = [_SENTENCES.findall(block.text) for block in finished]
    counts = Counter(k for sentences in split for s in sentences if len(k := key(s)) >= SOWN_MIN)
    sown = {k for k, n in counts.items() if n >= SOWN_TIMES}
    if not sown:
        return
    said: set[str] = set()
    for j, (block, sentences) in enumerate(zip(finished, split, strict=True)):
        keep: list[str] = []
        for sentence in sentences:
            k = key(sentence)
            if k in sown and k in said:
                report.count("boilerplate.sown")
                removal = Removal(rule="boilerplate.sown", text=sentence.strip(), block=kept[j][0])
                report.removed.append(removal)
                continue
            said.add(k)
            keep.append(sentence)
        if len(keep) < len(sentences):
            finished[j] = block.model_copy(update={"text": "".join(keep).strip()})


CAPTION_MAX = 40  # characters: a picture's caption, not a paragraph
CAPTION_MIN = 6  # letters: fewer name nothing in a picture


def twice_set_caption(title: str, body: list[Block], report: Report) -> list[Block]:
    """`盧市長與各區區長視訊開會` set twice in a row under the headline (a picture's alt text
    and its caption) leaves the text, reported; no sentence, it would make a poor lead."""
    if not title or len(body) < 3 or body[0].text != body[1].text:
        return body
    text = body[0].text.strip()
    if len(text) > CAPTION_MAX or _SENTENCE.search(text) or body[0].kind != "paragraph":
        return body
    if len(re.findall(r"[^\W\d_]", text)) < CAPTION_MIN or re.search(r"[()（）]", text):
        return body  # `))`, `(PM2.5)`: no words to show a picture; `(dang)…`: a gloss
    for _ in range(2):
        report.count("boilerplate.caption")
        report.removed.append(Removal(rule="boilerplate.caption", text=text, block=0))
    return body[2:]


def slogan_echoes(body: list[Block], masthead: list[str], report: Report) -> list[Block]:
    """`魅力中國，早安海峽` between a programme's items, its greeting further up opening with the
    same words: the programme's slogan said again, no point of the story (reported)."""
    kept: list[Block] = []
    for block in body:
        text = block.text.strip()
        said = block.kind == "paragraph" and cheers(text)
        earlier = [*masthead, *(b.text for b in kept)]
        if said and any(_words(line).startswith(_words(text)) for line in earlier):
            report.count("boilerplate.repeat")
            report.removed.append(Removal(rule="boilerplate.repeat", text=block.text, block=0))
            continue
        kept.append(block)
    return kept


def _words(text: str) -> str:
    return re.sub(r"[\W_]", "", text)


# `【新华网|水利部：8月份…洪水】他要求，…`: a copying site's tag of the story's own title,
# stuck to the start of its paragraphs
_TAG = re.compile(r"^\s*【(?P<tag>[^【】]{4,80})】\s*(?=\S)")


def title_tags(title: str, body: list[Block], report: Report) -> list[Block]:
    """The body without the bracketed copies of its title that open its paragraphs (reported)."""
    key = _words(title)
    if len(key) < TAG_TITLE_MIN:
        return body
    out: list[Block] = []
    for i, block in enumerate(body):
        m = _TAG.match(block.text)
        if m and _words(m["tag"]).endswith(key):
            report.count("boilerplate.repeat")
            report.removed.append(Removal(rule="boilerplate.repeat", text=m.group(0), block=i))
            block = block.model_copy(update={"text": block.text[m.end() :]})
        out.append(block)
    return out


TAG_TITLE_MIN = 6  # characters of a title: a shorter one is a word a tag may hold anyway
