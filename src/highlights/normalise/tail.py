"""The page after the story: once the editor line (`【編輯:李雪萍】`) or a `更多` / `相關新聞`
/ `Related` line has ended it, a run of short lines to the end of the text is the page's list
of other stories (`【你不知道的香港】麒麟開光 造福四方！`), not the article; a release's
`About X` boilerplate and what follows it neither."""

from __future__ import annotations

import re

from highlights.chars import has_han
from highlights.model import Block, Removal, Report
from highlights.normalise.boilerplate import Found
from highlights.normalise.headlike import SENTENCE_END

__all__ = ["drop_page_tail"]

TEASER_MAX = 50  # characters: a line of a list of other stories is a headline, not a paragraph
# `更 多`, `相關新聞`, `Related Stories`: the line that opens the page's list of other stories
_MORE = re.compile(
    r"^[【\[]?(?:更\s*多(?:新聞|新闻|資訊|资讯|視頻|视频|文章|內容|内容)?|相關新聞|相关新闻|相關閱讀|相關連結|相关链接|相關鏈接|"
    r"相关阅读|推薦閱讀|推荐阅读|延伸閱讀|延伸阅读|熱門新聞|热门新闻|熱點新聞|热点新闻|猜你喜歡|猜你喜欢|"
    r"相关稿件|相關稿件|"
    r"你可能感[兴興]趣的?|相[关關]推[荐薦]|[为為]你推[荐薦]|(?:网友|網友|发表|發表)?(?:评论|評論)|"
    r"最新文章|相[关關][热熱]文|熱門文章|热门文章|标签|標籤|推荐内容|推薦內容|"
    r"重[点點]推[荐薦]|[热熱]门推[荐薦]|[编編]辑推[荐薦]|精彩推[荐薦]|(?:新闻|新聞)推[荐薦]|"
    r"Related(?: News| Articles| Stories)?|More (?:news|stories)|Read more|"
    r"Recommended(?: for you)?|You may also like|Other (?:News|Stories|Articles|Posts) in\b.{0,40})"
    r"[】\]]?\s*[:：>»]*$",
    re.IGNORECASE,
)
_ENDS = frozenset({"boilerplate.editor"})


def _ended_at(report: Report, kept: list[tuple[int, Block]]) -> int | None:
    """The source index of the first line that ends the story, if any: removed as chrome, or
    kept as a heading of its own (`## 热点新闻` over a list of ranked teasers)."""
    ends = [
        r.block
        for r in report.removed
        if r.rule in _ENDS or (r.rule == "boilerplate.chrome" and _MORE.match(r.text.strip()))
    ]
    ends += [i for i, b in kept if b.kind == "heading" and _MORE.match(b.text.strip())]
    return min(ends) if ends else None


# `…恶意软件2025-09-29 12:00:00`: a listed story's headline and when it was posted
_POSTED = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


def _paragraph(text: str) -> bool:
    # `…“移山計劃”......`: a teaser trails off, a paragraph ends
    ends = text.endswith(("。", ".")) and not text.endswith("..")
    return (len(text) > TEASER_MAX and not _POSTED.search(text)) or ends


# `About Gilat`, `Forward-Looking Statements`: a release's boilerplate starts; the story is over
_ABOUT = re.compile(
    r"^(?:About (?!the\b|this\b|these\b|our\b|us\b)[A-Z][\w&.,'’ -]{1,60}|Forward[- ]Looking "
    r"Statements?|Safe Harbou?r Statement|Cautionary (?:Note|Statement)[\w ]{0,40})\s*:?$"
)
STORY = 2  # paragraphs before it: a release's own story


# `Meijer is a Grand Rapids, Mich.-based retailer that operates 241 supercenters… since 1934`:
# a release's boilerplate that lost its `About Meijer` line (a scraper's excerpt puts it first)
# (`We are a leading international producer and marketer of beer…`: the company as `we`)
_SELF_DESCRIBED = re.compile(
    r"^[A-Z][\w&.,'’-]*(?: [A-Z&][\w&.,'’-]*){0,5} (?:is|are) (?:(?:a|an|the|one of the) "
    r"(?:[^.]|\.(?!\s)){0,160}?"
    r"(?:company|retailer|provider|operator|firm|organi[sz]ation|manufacturer|developer|bank|"
    r"network|institution|agency|nonprofit|non-profit|charity|foundation|supplier|chain|"
    r"producer|marketer|maker|distributor|publisher|group)\b|(?:headquartered|based) in\b)"
)
_FIRM_FACTS = re.compile(
    r"\bsince (?:18|19|20)\d{2}\b|\bheadquartered\b|[\w.]-based\b|\bfounded in\b|"
    r"\bFor more information\b|\bwww\.[\w-]+\.\w+|\b(?:NYSE|NASDAQ|Nasdaq)\b|\bemploys\b|"
    r"\bsubsidiar(?:y|ies)\b|\b(?:listed|traded) on\b|\b(?:vision|mission) (?:of|is)\b|"
    r"\bin (?:over |more than )?\d+ countries\b|\bworldwide\b|\bportfolio\b"
)
SELF_DESCRIBED_MIN = 150  # characters: a company's boilerplate is a paragraph, not a clause


# `This press release contains forward-looking statements…`, `Apple, the Apple logo, Mac… are
# trademarks of Apple.`: a release's legal notices, whatever heading they lost
_LEGAL = re.compile(
    r"^(?:This (?:press |news )?release (?:may )?contains? forward-looking statements\b|"
    r"Certain statements (?:made )?in this (?:press |news )?release\b|"
    r"[^.]{2,200}\b(?:are|may be) (?:registered )?trademarks\b)"
)


# `BERNAMA provides up-to-date… via BERNAMA Wires`: an agency's blurb, its name in capitals
_AGENCY_BLURB = re.compile(
    r"^(?P<name>[A-Z]{3,12}) (?:provides|is|offers|delivers)\b.{0,200}\b(?P=name)\b"
)


def _ends_story(text: str) -> bool:
    """`About Gilat`, a legal notice, an agency's blurb: what follows is boilerplate too."""
    return bool(_ABOUT.match(text) or _LEGAL.match(text) or _AGENCY_BLURB.match(text))


def _self_described(text: str) -> bool:
    text = text.strip()
    return (
        len(text) >= SELF_DESCRIBED_MIN
        and bool(_SELF_DESCRIBED.match(text))
        and len(_FIRM_FACTS.findall(text)) >= 2
    )


def drop_about_tail(finished: list[Block], kept: list[tuple[int, Block]], report: Report) -> None:
    """Drop a release's `About X` boilerplate and what follows it, once its story is told;
    and a company's description of itself wherever a scraper left it."""
    if len(finished) > STORY:
        for j in reversed(range(len(finished))):
            if finished[j].kind == "paragraph" and _self_described(finished[j].text):
                report.count("boilerplate.about")
                text, block = finished[j].text, kept[j][0]
                report.removed.append(Removal(rule="boilerplate.about", text=text, block=block))
                del finished[j], kept[j]
    # (a heading `## About Acme` is a section: the cards leave it out as the release's context)
    at = next(
        (j for j, b in enumerate(finished) if b.kind != "heading" and _ends_story(b.text.strip())),
        None,
    )
    if at is None or sum(_paragraph(b.text) for b in finished[:at]) < STORY:
        return
    for j in reversed(range(at, len(finished))):
        report.count("boilerplate.about")
        text, block = finished[j].text, kept[j][0]
        report.removed.append(Removal(rule="boilerplate.about", text=text, block=block))
        del finished[j], kept[j]


TEASER_BLOCKS = 4  # blocks: another story's headline and its first lines, under its date
_DATE_ONLY = re.compile(r"^(?:\d{2,4}[年/.-]\d{1,2}[月/.-]\d{1,2}日?)$")


def _dated_after(report: Report, end: int) -> bool:
    """`相關新聞` / `114年02月12日` / a headline and its lead: the other story's date shows."""
    return any(
        r.block > end and r.rule == "boilerplate.chrome" and _DATE_ONLY.match(r.text.strip())
        for r in report.removed
    )


def _teased(finished: list[Block], j: int) -> bool:
    """`當局完成…強檢執法行動` over `當局完成…強檢執法行動 政府今早…`: a listed story's headline,
    then its teaser opening with that headline again."""
    above = finished[j - 1].text.strip() if j else ""
    return 0 < len(above) <= TEASER_MAX and finished[j].text.startswith(above)


def drop_page_tail(
    finished: list[Block], kept: list[tuple[int, Block]], report: Report, found: list[Found]
) -> list[Found]:
    """Drop the short lines after the story's end when nothing after it is a paragraph, and a
    release's `About X` boilerplate; what the dropped lines credited goes with them."""
    _drop_page_tail(finished, kept, report)
    return _without_tail_credits(found, report)


# `-0-`, `###`, `-30-`: a release's end mark; a wire's page may run the next release on under it
_END_MARK = re.compile(r"^(?:-0-|#\s?#\s?#|-\s?30\s?-)$")


def _drop_after_end_mark(
    finished: list[Block], kept: list[tuple[int, Block]], report: Report
) -> None:
    """What follows a release's end mark, once a story was told above it: another release."""
    marks = [
        r.block
        for r in report.removed
        if r.rule == "boilerplate.chrome" and _END_MARK.match(r.text.strip())
    ]
    if not marks:
        return
    end = min(marks)
    story = [b for b, (index, _) in zip(finished, kept, strict=True) if index < end]
    if sum(_paragraph(b.text) for b in story) < STORY:
        return
    for j in reversed(range(len(kept))):
        if kept[j][0] > end:
            report.count("boilerplate.after_end")
            removal = Removal(rule="boilerplate.after_end", text=finished[j].text, block=kept[j][0])
            report.removed.append(removal)
            del finished[j], kept[j]


def _drop_last_teaser(finished: list[Block], kept: list[tuple[int, Block]], report: Report) -> None:
    """A lone bullet closing the page, set as a headline (`• 中秋送禮新風潮 一起暖心做公益`
    under a ministry's release in a shop's feed): the next item's link, once a story was told."""
    if len(finished) < 2 or finished[-1].kind != "list_item" or finished[-2].kind == "list_item":
        return
    text = finished[-1].text.strip()
    if len(text) > TEASER_MAX or text.endswith(SENTENCE_END) or not has_han(text):
        return
    if sum(_paragraph(b.text) for b in finished[:-1]) < STORY:
        return
    report.count("boilerplate.related")
    report.removed.append(Removal(rule="boilerplate.related", text=text, block=kept[-1][0]))
    del finished[-1], kept[-1]


def _drop_page_tail(finished: list[Block], kept: list[tuple[int, Block]], report: Report) -> None:
    _drop_after_end_mark(finished, kept, report)
    _drop_last_teaser(finished, kept, report)
    _drop_next_items(finished, kept, report)
    drop_about_tail(finished, kept, report)
    end = _ended_at(report, kept)
    if end is None:
        return
    after = [
        j
        for j, (index, _) in enumerate(kept)
        if index > end or (index == end and _MORE.match(finished[j].text.strip()))
    ]
    story = [block for block, (index, _) in zip(finished, kept, strict=True) if index < end]
    if not after or not any(_paragraph(block.text) for block in story):
        return  # nothing after it, or no paragraph before it: no story ended there
    # (`03/02/2017. DARPA is working with…`: a listed story's blurb opens with its day)
    # and its headline is the line over it
    dated = {r.block for r in report.removed if r.rule == "boilerplate.dateline" and r.block > end}
    dated |= {kept[j - 1][0] for j in after if kept[j][0] in dated}
    paragraphs = any(
        _paragraph(finished[j].text) and not _teased(finished, j) and kept[j][0] not in dated
        for j in after
    )
    if paragraphs and not (len(after) <= TEASER_BLOCKS and _dated_after(report, end)):
        return  # a paragraph after it: the line ended nothing (but a dated teaser is listed)
    first = after[0]
    while first > 0 and _channel(finished[first - 1]):
        first -= 1  # `推荐` `娱乐` `体育` … `+加载更多新闻`: the channels over the list go too
    after = [*range(first, after[0]), *after] if after[0] - first >= CHANNELS else after
    for j in reversed(after):
        report.count("boilerplate.related")
        report.removed.append(
            Removal(rule="boilerplate.related", text=finished[j].text, block=kept[j][0])
        )
        del finished[j], kept[j]


# `閱讀更多`, `詳細內容`, `Read more`: a list page's link under its item; once a story of its
# own has been told above it, what follows is the page's next item (`音樂事務處樂團巡禮…`)
_NEXT_ITEM = re.compile(
    r"^[【\[]?(?:閱讀更多|阅读更多|詳細內容|详细内容|加載原文網頁|加载原文网页|閱讀原文|阅读原文|"
    r"Read more|Continue reading|Read the full (?:story|article|release)|"
    # `往下看更多文章`, `其他人也在看`: the page's other stories follow, teasers and all
    r"往下看更多文章|其他人也在看|大家都在看|看更多文章|おすすめ記事|関連記事)[】\]]?\s*[>»›…]*$",
    re.IGNORECASE,
)


def _drop_next_items(finished: list[Block], kept: list[tuple[int, Block]], report: Report) -> None:
    at = next((j for j, b in enumerate(finished) if _NEXT_ITEM.match(b.text.strip())), None)
    if at is None or sum(_paragraph(b.text) for b in finished[:at]) < STORY:
        return  # (under a one-paragraph teaser, the link opens the story itself)
    for j in reversed(range(at, len(finished))):
        report.count("boilerplate.related")
        report.removed.append(
            Removal(rule="boilerplate.related", text=finished[j].text, block=kept[j][0])
        )
        del finished[j], kept[j]


CHANNELS = 4  # short lines between the story and its list of others: the site's channels
_CHANNEL = re.compile(r"^\+?(?:加载更多|加載更多|查看更多)\S{0,4}$|^\S{1,6}$")


def _channel(block: Block) -> bool:
    return bool(_CHANNEL.match(block.text.strip())) and not _paragraph(block.text)


def _without_tail_credits(found: list[Found], report: Report) -> list[Found]:
    """The credits of the blocks dropped as other stories' teasers go with them: `本报北京8月15日电
    （记者常钦）近日，…` under `标签：` names another story's reporter."""
    tail = {r.block for r in report.removed if r.rule == "boilerplate.related"}
    return [Found(f.text, f.removed, block=f.block) if f.block in tail else f for f in found]
