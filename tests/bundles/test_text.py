"""Captions, titles, alt text: in the article's language, within the platform's lengths."""

from __future__ import annotations

import json
from pathlib import Path

from highlights.bundles.limits import limits, platform_length
from highlights.bundles.text import plain, post_title, within
from highlights.model import OutputFile
from highlights.render.job import Prepared


def test_post_txt_has_headline_lead_points_source_and_hashtags(
    bundles: tuple[Path, Prepared, list[OutputFile]],
) -> None:
    stage, prepared, _ = bundles
    pub = prepared.record
    xhs = (stage / "platforms" / "xhs" / "post.txt").read_text(encoding="utf-8")
    insta = (stage / "platforms" / "instagram" / "post.txt").read_text(encoding="utf-8")
    assert insta.startswith(pub.title)  # no title limit: the whole headline
    assert platform_length(xhs.splitlines()[0]) <= 20
    for card in pub.cards:
        assert f"{card.number}. {card.title}" in insta
    assert pub.source and pub.source in insta
    tags = xhs.rstrip().splitlines()[-1].split()
    assert tags and all(t.startswith("#") and not any(c.isdigit() for c in t) for t in tags)
    assert "#" not in insta


def test_alt_text_is_the_cards_words_as_sentences(
    bundles: tuple[Path, Prepared, list[OutputFile]],
) -> None:
    stage, prepared, _ = bundles
    pub = prepared.record
    alts = json.loads((stage / "platforms" / "instagram" / "alt.json").read_text("utf-8"))
    card = pub.cards[0]
    second = alts["02.png"]
    assert second.startswith(card.title)
    assert card.points[0].text.rstrip("。.") in second
    stop = "." if pub.language == "en" else "。"
    assert second.rstrip().endswith(stop)


def test_titles_and_alt_text_are_cut_at_whole_clauses() -> None:
    title = "中共自貢市委十二屆十二次全會公報"
    assert post_title_of(title + "，全文發布", 20) == title
    assert post_title_of("Further steps to prepare Sizewell C", 20) == "Further steps to…"
    text = plain(["第一句", "第二句很長很長"], "zh-Hant")
    assert text == "第一句。第二句很長很長。"
    assert within(text, 5, "zh-Hant") == "第一句。"
    assert limits("x").max_alt == 1000


def post_title_of(title: str, limit: int) -> str:
    from highlights.model import Deck
    from highlights.publication import resolve_publication
    from highlights.theme import load_theme

    deck = Deck(title=title, cards=[])
    return post_title(resolve_publication(deck, load_theme("neutral")), limit)
