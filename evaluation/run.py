"""Run the pipeline's text stages on every corpus article and total the scores."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evaluation.expected import Expected, corpus
from evaluation.score import Score, score
from highlights.cards import build_deck
from highlights.errors import HighlightsError
from highlights.ingest import read_source
from highlights.normalise import normalise
from highlights.settings import RunSettings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"


def score_one(expected: Expected, settings: RunSettings) -> Score:
    name = expected.source.relative_to(expected.source.parent.parent).as_posix()
    try:
        article = normalise(read_source(expected.source), settings.normalise)
        deck = build_deck(article, settings.cards)
    except HighlightsError as exc:
        failed = Score(name=name, layout=expected.layout, error=str(exc).splitlines()[0])
        failed.expected_cards = len(expected.deck.cards)
        failed.damage_expected = len(expected.damage)
        failed.fields_expected = len(expected.fields)
        return failed
    return score(name, expected, article, deck)


@dataclass
class Totals:
    articles: int
    headline: float  # share of articles whose headline is right
    chrome_lines: int  # deck texts carrying page chrome (must be 0)
    card_recall: float
    card_precision: float
    cut_points: int
    duplicates: int
    damage_reported: float
    metadata: float
    refused: int

    @staticmethod
    def of(scores: list[Score]) -> Totals:
        def share(num: int, den: int) -> float:
            return round(num / den, 3) if den else 1.0

        return Totals(
            articles=len(scores),
            headline=share(sum(s.headline_ok for s in scores), len(scores)),
            chrome_lines=sum(len(s.chrome) for s in scores),
            card_recall=share(
                sum(s.matched_cards for s in scores), sum(s.expected_cards for s in scores)
            ),
            card_precision=share(
                sum(s.matched_cards for s in scores), sum(s.produced_cards for s in scores)
            ),
            cut_points=sum(len(s.cut_points) for s in scores),
            duplicates=sum(len(s.duplicates) for s in scores),
            damage_reported=share(
                sum(s.damage_reported for s in scores), sum(s.damage_expected for s in scores)
            ),
            metadata=share(
                sum(s.fields_right for s in scores), sum(s.fields_expected for s in scores)
            ),
            refused=sum(bool(s.error) for s in scores),
        )


def evaluate(root: Path = CORPUS, settings: RunSettings | None = None) -> list[Score]:
    settings = settings or RunSettings()
    return [score_one(expected, settings) for expected in corpus(root)]
