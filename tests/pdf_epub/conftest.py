"""Publications rendered once per session: three fixtures, the real sample, and a hostile text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.render_support import record, render_kinds

from highlights.model import Article, Block, Deck
from highlights.publication import Publication
from highlights.theme import Theme, load_theme, pick_theme

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf_epub"
SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "samples" / "zigong-communique.txt"
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
EN_RELEASE = CORPUS / "en-release" / "06-uk-sizewell-c-funding.txt"  # a real English release
HOSTILE = [
    "![x](/etc/hostname) and <img src=\"file:///etc/passwd\"> stay text.",
    "<script>alert(1)</script> \\input{/etc/passwd} {{ 7*7 }} [link](http://127.0.0.1:9/)",
]


@dataclass
class Case:
    name: str
    article: Article
    deck: Deck
    theme: Theme
    out: Path

    @property
    def record(self) -> Publication:
        return record(self.deck, self.theme, self.article, self.name)

    @property
    def pdf(self) -> Path:
        return self.out / self.name / f"{self.name}.pdf"

    @property
    def epub(self) -> Path:
        return self.out / self.name / f"{self.name}.epub"

    def render(self, out: Path) -> None:
        """The cover, the PDF and the EPUB in `out/<name>/`, a staging folder of its own."""
        render_kinds(self.record, out / self.name, ("pdf", "epub"))


def load_case(name: str, theme: str, out: Path) -> Case:
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    article = Article.model_validate(data["article"])
    deck = Deck.model_validate(data["deck"])
    return Case(name, article, deck, load_theme(theme), out)


def sample_case(out: Path, name: str = "sample", path: Path = SAMPLE) -> Case:
    """The real sample (or another real article) through ingest → normalise → cards, as the
    flow runs it."""
    from highlights.cards import build_deck
    from highlights.ingest import read_source
    from highlights.normalise import normalise

    article = normalise(read_source(path))
    deck = build_deck(article)
    theme = pick_theme("auto", deck.language, article.meta.genre == "official")
    return Case(name, article, deck, theme, out)


def hostile_case(out: Path) -> Case:
    case = load_case("en", "neutral", out)
    blocks = [Block(text=text) for text in HOSTILE] + case.article.blocks
    article = case.article.model_copy(update={"blocks": blocks})
    card = case.deck.cards[0].model_copy(update={"title": HOSTILE[0][:40]})
    deck = case.deck.model_copy(update={"cards": [card, *case.deck.cards[1:]]})
    return Case("hostile", article, deck, case.theme, out)


@pytest.fixture(scope="session")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    out = tmp_path_factory.mktemp("publications")
    found = [
        load_case("zh-hant", "formal", out),
        load_case("zh-hans", "formal", out),
        load_case("en", "neutral", out),
        sample_case(out),
        sample_case(out, "en-release", EN_RELEASE),
        hostile_case(out),
    ]
    for case in found:
        case.render(out)
    return {case.name: case for case in found}
