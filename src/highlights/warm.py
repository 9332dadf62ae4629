"""Warm-ups: load fonts, caches and dictionaries before the first article needs them.

`warm_libraries` and `warm_renderers` run once in each render lane's template process
(`highlights.render.templates`, see `highlights.render.mpcontext`): fontconfig's cache, the
lane's faces and jieba's dictionary are loaded once and shared by every worker of the lane,
instead of costing each new worker a warm-up before its first article. Only what the lane's
renderers need is loaded there: every page is resident in every worker. `warm_prepare`
loads what reading and splitting need, in the calling process.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from highlights.model import (
    Article,
    Block,
    Card,
    Deck,
    Language,
    Metadata,
    Point,
    SourceInfo,
)
from highlights.render.job import Prepared, assemble, render_format
from highlights.settings import ALL_FORMATS, Format, RunSettings

log = logging.getLogger(__name__)

_TEXT: dict[Language, str] = {
    "zh-Hant": "全會強調，要堅持創新驅動。",
    "zh-Hans": "全会强调，要坚持创新驱动。",
    "en": "The council agreed to widen access to capital.",
}


def tiny_prepared(language: Language) -> Prepared:
    """A one-card article in `language`: enough to load every face the renderers use."""
    text = _TEXT[language]
    source = SourceInfo(
        path="warm-up", sha256="0" * 64, encoding="utf-8", format="txt", bytes=len(text.encode())
    )
    meta = Metadata(
        title=text[:6],
        date="2021-07-15",
        source=text[:2],
        language=language,
        genre="official" if language != "en" else "article",
    )
    article = Article(source=source, meta=meta, blocks=[Block(text=text)])
    card = Card(number=1, title=text[:4], points=[Point(text=text, highlights=[text[2:4]])])
    deck = Deck(title=text[:6], lead=text, cards=[card], language=language)
    return assemble(article, deck, RunSettings())


def warm_libraries() -> None:
    """What every renderer needs, for a lane's template: the libraries, fontconfig's cache
    (a Latin-only WeasyPrint page) and jieba's dictionary (line breaking). No CJK face: the
    lane's warm-up loads those it needs, and a PDF worker never needs Pillow's faces."""
    try:
        import weasyprint

        import highlights.render.epub
        import highlights.render.pdf
        import highlights.render.png  # noqa: F401
        from highlights.cards.jiebadict import install
        from highlights.typeset.breaks import word_ends

        install()  # jieba's dictionary in ~20 MB, shared by every worker
        word_ends("全會強調創新", "zh-Hant")
        weasyprint.HTML(string="<p>warm</p>").write_pdf()
    except Exception as exc:  # a real render reports the same problem with its own clear line
        log.debug("library warm-up failed: %s", exc)


_warmed: set[Format] = set()  # inherited by a worker forked from its lane's warm template


def warm_renderers(formats: tuple[Format, ...] = ALL_FORMATS) -> None:
    """Render a tiny Traditional Chinese article in `formats`: a new worker's fonts and caches,
    loaded before its first article (at once when its template did it already); any failure
    only costs the speed-up."""
    if _warmed.issuperset(formats):
        return
    _warmed.update(formats)
    settings = RunSettings(formats=list(formats))
    try:
        with tempfile.TemporaryDirectory(prefix="highlights-warm-") as tmp:
            prepared = tiny_prepared("zh-Hant").without_cover()  # no Pillow in the PDF lane
            for fmt in formats:
                stage = Path(tmp) / fmt
                stage.mkdir(parents=True)
                render_format(fmt, prepared, stage, settings)
    except Exception as exc:  # a real render reports the same problem with its own clear line
        log.debug("render warm-up failed: %s", exc)


def warm_prepare() -> None:
    """Read, normalise and split a tiny article: OpenCC, jieba's dictionaries, the rules."""
    from highlights.cards import build_deck
    from highlights.cards.tfidf import extract_tags
    from highlights.model import Document
    from highlights.normalise import normalise

    text = _TEXT["zh-Hant"]
    source = SourceInfo(
        path="warm-up", sha256="0" * 64, encoding="utf-8", format="txt", bytes=len(text.encode())
    )
    blocks = [Block(text=text * 2), Block(text=_TEXT["zh-Hans"] * 2), Block(text=text)]
    try:
        build_deck(normalise(Document(source=source, blocks=blocks)))
        # The TF-IDF tables and posseg's HMM (a name no dictionary has): the tiny deck above
        # does not reach them, and the first article that does paid 0.19 CPU-s for them in
        # the middle of a warm host's batch.
        extract_tags(_TEXT["zh-Hant"] + "蒲岙村的㮾梨鎮", 5, ("n", "ns", "nr"))
    except Exception as exc:  # the first real article reports the same problem clearly
        log.debug("warm-up of the text stages failed: %s", exc)
