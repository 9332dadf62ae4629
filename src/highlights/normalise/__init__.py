"""Normalise: repair an ingested Document into an Article, counting every rule in a report.

Order matters: character clean-up first (so patterns see NFC text), then pinyin glosses (they
use ASCII brackets), then boilerplate (its patterns accept both punctuation widths), then
punctuation (skipping damaged spans), then script conversion, and damage is reported on the
final text so its offsets point into the article's blocks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from highlights.model import Article, Block, Document, Metadata, Removal, Report
from highlights.normalise import cleanup
from highlights.normalise.aboutness import about_head
from highlights.normalise.bio import is_author_bio
from highlights.normalise.boilerplate import Found, find_boilerplate, find_heading_chrome
from highlights.normalise.caps_heads import caps_heads
from highlights.normalise.captions import CREDIT, is_caption_before_credit
from highlights.normalise.chrome_patterns import TICKER
from highlights.normalise.clauselines import join_clause_lines
from highlights.normalise.cleanups import CLEANUP
from highlights.normalise.damage import find_damage
from highlights.normalise.damage_report import Repaired, report_damage
from highlights.normalise.decks import dashed_subtitle
from highlights.normalise.declared import declared_title, with_declared, with_page
from highlights.normalise.editions import dated_edition
from highlights.normalise.galleries import gallery_title
from highlights.normalise.headline import find_head
from highlights.normalise.issuer import with_issuer
from highlights.normalise.lines import each_line
from highlights.normalise.listheads import head_lists
from highlights.normalise.metadata import (
    find_date,
    find_genre,
    find_place,
    published_first,
    site_of,
)
from highlights.normalise.mojibake import Repair, mojibake_guard, repair_mojibake, strip_lost_indent
from highlights.normalise.photostory import as_photo_story
from highlights.normalise.pinyin import GlossStyle, gloss_style, remove_glosses
from highlights.normalise.programme_page import programme_header
from highlights.normalise.punctuation import fix_punctuation, space_han_latin
from highlights.normalise.repaired import repaired_spots
from highlights.normalise.repeats import (
    drop_repeats,
    slogan_echoes,
    title_tags,
    twice_set_caption,
)
from highlights.normalise.script import convert_script, detect_language
from highlights.normalise.sites import site_name
from highlights.normalise.sown import drop_sown_words
from highlights.normalise.tail import drop_page_tail
from highlights.normalise.translations import drop_translations
from highlights.normalise.turns import timed_turns
from highlights.normalise.watermarks import drop_watermarks
from highlights.normalise.zh_credits import clean_names
from highlights.provenance import declared_url
from highlights.settings import NormaliseSettings

__all__ = ["normalise", "normalise_text"]

DEFAULT = NormaliseSettings()  # never mutated: settings are passed in, not changed here
# `习近平在央视体验《新闻联播》演播室 |`, `| 11家爱心企业助力关爱基金成长 |`: a title cell; the
# cells under it are page chrome
_PAGE_TITLE_CELL = re.compile(r"^(?:[|｜]\s*)?(?P<title>[^|｜]*[^\W\d_][^|｜]{4,46}?)\s+[|｜]$")


def _repair(text: str, report: Report, style: GlossStyle | None = None) -> str:
    """Clean-up and pinyin: the rules that run before boilerplate is recognised. `style`: how
    the whole document was glossed (by default, how this text was)."""
    for rule, fix in CLEANUP:
        text, n = fix(text)
        report.count(rule, n)
    text, n = remove_glosses(text, style)
    report.count("pinyin_glosses", n)
    return text


def _finish(text: str, settings: NormaliseSettings, report: Report) -> str:
    """Punctuation, optional spacing and script: the rules that run on kept text."""
    protect = [(s.start, s.end) for s in find_damage(text)]
    text, converted, collapsed = fix_punctuation(text, protect)
    report.count("punctuation_fullwidth", converted)
    report.count("punctuation_collapsed", collapsed)
    if settings.space_cjk_latin:
        text, n = space_han_latin(text)
        report.count("spacing", n)
    text, n = convert_script(text, settings.script)
    report.count("script", n)
    return cleanup.normalise_spaces(text).text


def normalise_text(text: str, settings: NormaliseSettings = DEFAULT) -> str:
    """The text rules alone (no boilerplate, no metadata), for one line of body text."""
    report = Report()
    return _finish(_repair(text, report), settings, report)


_STORED = re.compile(r"^date \d{4}-\d{2}-\d{2}$")


def normalise(doc: Document, settings: NormaliseSettings = DEFAULT) -> Article:
    """Repair the document's blocks, move boilerplate to the metadata, report every change."""
    report = Report()
    kept: list[tuple[int, Block]] = []
    found: list[Found] = []
    pictures: list[tuple[int, str]] = []  # (block, what a captioned picture shows)
    repaired: dict[int, list[Repair]] = {}
    stamp: int | None = None
    opening: int | None = None  # the block the dateline opens
    style = gloss_style("\n".join(b.text for b in doc.blocks))
    guard = mojibake_guard(b.text for b in doc.blocks)  # a page that round-trips somewhere
    opened = False
    blocks = drop_sown_words(drop_watermarks(timed_turns(doc.blocks, report), report), report)
    for index, block, remnants in each_line(blocks, report):
        raw, repairs = repair_mojibake(block.text, guard)
        report.count("mojibake_repaired", len(repairs))
        raw, lost = strip_lost_indent(raw)
        repairs += lost
        repairs += repaired_spots(raw, style) + remnants
        if repairs:
            repaired.setdefault(index, []).extend(repairs)
        text = _repair(raw, report, style)
        if index == 0 and (titled := _PAGE_TITLE_CELL.match(text)):
            text = titled["title"]  # the page's first line, its title, in a table's cell
        lead = _repair(block.lead_in, report, style) if block.lead_in else None
        hit = find_boilerplate(text) if block.kind != "heading" else find_heading_chrome(text)
        if TICKER.match(raw.strip()) and hit.text:  # before clean-up closes its wide gaps (a
            hit = Found(text="", removed=[("boilerplate.chrome", raw.strip())])  # stamp's: read)
        if is_author_bio(hit.text, doc.meta.get("author") or doc.meta.get("page_author")):
            hit = Found(text="", removed=[("boilerplate.author_bio", hit.text)])
        found.append(replace(hit, block=index))
        pictures += [(index, hit.described)] if hit.described else []
        for rule, removed in hit.removed:
            report.count(rule)
            report.removed.append(Removal(rule=rule, text=removed, block=index))
        if _credits_picture(hit) and kept and is_caption_before_credit(kept[-1][1].text):
            above, caption = kept.pop()  # the picture's caption, right above its credit line
            report.count("boilerplate.caption")
            report.removed.append(
                Removal(rule="boilerplate.caption", text=caption.text, block=above)
            )
        if not kept and any(rule == "boilerplate.original_title" for rule, _ in hit.removed):
            opened = True  # the text opens with it: a page that lost its own headline
        if stamp is None and _is_stamp(hit):
            stamp = len(kept)  # the headline sits right above the page's publish stamp
        # (the store's `date 2015-07-15` before a page's first line dates the page, it opens no
        # story; a scrap left after it is no paragraph: `date 2025-08-29 晴時多雲`, its weather)
        dated = any(r == "boilerplate.dateline" and not _STORED.match(t) for r, t in hit.removed)
        if opening is None and len(hit.text.strip()) > _SCRAP and dated:
            opening = index  # the story's first paragraph, opened by its dateline
        if not hit.text and not lead:
            report.count("empty_blocks", 0 if hit.removed else 1)
            continue
        kept.append((index, block.model_copy(update={"text": hit.text, "lead_in": lead})))

    kept = as_photo_story(kept, pictures, report)  # what its pictures show is the story
    finished = [
        block.model_copy(
            update={
                "text": _finish(block.text, settings, report),
                "lead_in": _finish(block.lead_in, settings, report) if block.lead_in else None,
            }
        )
        for _, block in kept
    ]
    programme = programme_header(finished, kept, report)  # `新闻特写` over `节目简介:`
    stamp = drop_repeats(finished, kept, None if programme else stamp, report)
    found = drop_page_tail(finished, kept, report, found)  # a teaser's byline credits no one
    join_clause_lines(finished, kept, report)  # a photo story set one clause per line
    drop_translations(finished, kept, report)  # a bilingual page: its first language's text
    stamp = stamp if stamp is not None and stamp <= len(finished) else None  # not in the tail
    declared = {k: _finish(_repair(v, report), settings, report) for k, v in doc.meta.items()}
    original = _original_title(report.removed)
    named = declared_title(declared) or programme or (original if opened else None)
    opened_at = next((j for j, (i, _) in enumerate(kept) if i == opening), None)
    page_title = declared.get("page_title") or original or gallery_title(report.removed)
    head = find_head(finished, named, stamp, page_title, opened_at)
    head = head if named else about_head(finished, head)  # a site's slogan: the story's own
    # a title set on two lines is normalised once joined: a second run reads it so
    title = _finish(_repair(head.title, Report()), settings, Report())
    body = slogan_echoes(twice_set_caption(head.title, head.body, report), head.masthead, report)
    body = title_tags(title, body, report)
    subtitle, body = head.subtitle, caps_heads(head_lists(body))
    if subtitle is None and (dashed := dashed_subtitle(title)):
        title, subtitle = dashed
    for line in head.masthead:  # indices are of kept blocks: the report names the text
        report.count("boilerplate.masthead")
        report.removed.append(Removal(rule="boilerplate.masthead", text=line, block=0))
    site = site_name([*head.masthead, *(v for k, v in doc.meta.items() if k == "title")])
    masthead = [("boilerplate.masthead", t) for t in head.masthead]
    found.append(Found(text="", removed=masthead, outlet=site))  # the site: the last resort
    meta = _metadata(title, subtitle, body, found, settings, head.line)
    meta = with_declared(meta, declared)
    meta = with_issuer(with_page(meta, declared), report.removed, [b.text for b in body])
    edition = dated_edition(meta.title, meta.date, programme=bool(programme))
    meta = meta.model_copy(update={"title": edition})  # which day's edition
    meta = meta.model_copy(update={"url": declared_url(doc.meta)})  # as declared: not re-typed
    first_body = len(finished) - len(body)  # the head comes off the top of the kept blocks
    in_body = {index: position for position, (index, _) in enumerate(kept[first_body:])}
    report_damage(report, body, Repaired(repaired, in_body), (title, subtitle, head.line))
    return Article(source=doc.source, meta=meta, blocks=body, report=report)


def _original_title(removed: list[Removal]) -> str | None:
    """`原標題：…`, the wire's title of a reprinted story: the piece's name when the text opens
    with it or no line of the text is its headline (a page that lost its own)."""
    line = next((r.text for r in removed if r.rule == "boilerplate.original_title"), None)
    return re.split(r"[:：]", line, maxsplit=1)[1].strip().rstrip(")）") if line else None


def _credits_picture(hit: Found) -> bool:
    return any(
        rule in ("boilerplate.chrome", "boilerplate.caption") and CREDIT.match(text)
        for rule, text in hit.removed
    )


def _is_stamp(hit: Found) -> bool:
    """A removed publish line that names a date, a source or an author; or a source line
    with its date (`來源:橙新闻 2024-07-16 18:11`)."""
    chrome = [t for rule, t in hit.removed if rule == "boilerplate.chrome"]
    sourced = [t for rule, t in hit.removed if rule == "boilerplate.source"]
    if sourced and find_date(sourced):
        return True
    return bool(chrome) and bool(hit.source or hit.reporters or find_date(chrome))


_SCRAP = 8  # characters

_STAMPS = ("boilerplate.chrome", "boilerplate.masthead", "boilerplate.dateline")


def _dated_by(hit: Found) -> bool:
    return any(r == "boilerplate.dateline" and not t.startswith("【") for r, t in hit.removed)


def _metadata(
    title: str,
    subtitle: str | None,
    body: list[Block],
    found: list[Found],
    settings: NormaliseSettings,
    headline_line: str = "",  # the headline as found: `民國113年6月6日第3907次會議` dates it
) -> Metadata:
    def names(attr: str) -> list[str]:
        seen: dict[str, None] = {}
        for hit in found:
            for name in clean_names(getattr(hit, attr)):
                seen[_finish(name, settings, Report())] = None
        return list(seen)

    head = [t for t in (subtitle, title, headline_line) if t]
    lead = [b.text for b in body[:3]]
    removed = [text for hit in found for _, text in hit.removed]
    # the page's own publish stamp outranks a date the body happens to mention
    datelines = {t for hit in found for rule, t in hit.removed if rule == "boilerplate.dateline"}
    # …and a dateline's day (`TUCSON, AZ (Nov. 16, 2023) –`) a page's other stamps: a blog's
    # archive heads its posts by the day each was copied
    stamps = published_first(
        sorted(
            (t for hit in found for rule, t in hit.removed if rule in _STAMPS),
            key=lambda t: t not in datelines,
        )
    )
    # the outlet a dateline names wrote the story; a page's `来源：` may name only the site
    # that republished it (`中新社北京9月27日电` under `來源:中國新聞網`)
    # (a site's own bracketed mark, `【識港網訊】`, names the site that ran it: no more than that)
    wrote = (h.outlet for h in found if h.outlet and _dated_by(h))
    source = (
        next(wrote, None)
        or next((h.source for h in found if h.source), None)
        or next((h.outlet for h in found if h.outlet), None)
    )
    # `信息来源: 市人民政府办公室` over the notice signed `齐齐哈尔市人民政府办公室`: the full name
    named = [n for h in found for n in (h.source, h.outlet) if n]
    source = next((n for n in named if source and n.endswith(source) and n != source), source)
    language_text = "\n".join([title, *(b.text for b in body)])
    return Metadata(
        title=title,
        subtitle=subtitle,
        date=find_date([*head, *stamps, *lead, *removed]),
        place=find_place([*head, *lead, *removed]),
        source=_finish(site_of(source), settings, Report()) if source else None,
        reporters=names("reporters"),
        photographers=names("photographers"),
        editors=names("editors"),
        language=detect_language(language_text),
        genre=find_genre(title, subtitle, [b.text for b in body]),
    )
