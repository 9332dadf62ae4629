"""The corpus can only get better: the scores of `make eval` against the committed figures."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest
from evaluation.expected import corpus
from evaluation.run import CORPUS, ROOT, Totals, evaluate
from evaluation.score import _same, score
from evaluation.similarity import dates_as_values, party_short_forms, rouge_l

from highlights.cards import load_override

MARGIN = 0.02  # shares may wobble this much (a tie broken differently), counts may not grow
SHARES = ("headline", "card_recall", "card_precision", "damage_reported", "metadata")
COUNTS = ("chrome_lines", "cut_points", "duplicates", "refused")


def test_every_expected_deck_loads_and_has_its_article() -> None:
    decks = corpus(CORPUS)
    assert len(decks) >= 60
    for expected in decks:
        assert expected.deck.cards, expected.source
        assert expected.layout == expected.source.parent.name, expected.source


def test_no_total_falls_below_the_committed_figures() -> None:
    committed = json.loads((ROOT / "docs" / "eval.json").read_text())
    now = asdict(Totals.of(evaluate(CORPUS)))
    worse = [f"{k}: {now[k]} < {committed[k]}" for k in SHARES if now[k] < committed[k] - MARGIN]
    worse += [f"{k}: {now[k]} > {committed[k]}" for k in COUNTS if now[k] > committed[k]]
    assert not worse, "corpus scores fell (run `make eval` and look at docs/eval.md): " + (
        "; ".join(worse)
    )


def test_rouge_l_is_token_level_and_script_blind() -> None:
    assert rouge_l("經濟社會發展", "经济社会发展") == 1.0
    assert rouge_l("NASA launches", "nasa Launches!") == 1.0
    assert rouge_l("abc", "xyz") == 0.0
    assert 0.0 < rouge_l("會議強調要推進改革", "會議指出要推進") < 1.0


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("新闻联播 2024-04-23", "新闻联播 2024年4月23日"),
        ("《新闻联播》 (20260115)", "《新闻联播》 (2026年1月15日)"),
        ("2019年03月08日新闻联播文字版", "2019年3月8日新闻联播文字版"),
        ("Xinhua 2022.7.7", "Xinhua 2022年7月7日"),
        ("12345678 人", "12345678 人"),  # not a date: no year 1234, no month 13
        ("20121315", "20121315"),
        ("2012081500", "2012081500"),
        ("CNN This Morning, October 04, 2024", "CNN This Morning, 2024年10月4日"),
        ("CNN This Morning, October 4 2024", "CNN This Morning, 2024年10月4日"),
    ],
)
def test_a_headline_compares_its_dates_by_value(written: str, value: str) -> None:
    assert dates_as_values(written) == value


@pytest.mark.parametrize(
    ("spelled_out", "short"),
    [
        (
            "中國共產黨福建省第十屆委員會第十四次全體會議在福州召開",
            "中共福建省委十届十四次全会在福州召開",
        ),
        ("中国共产党第十九届中央委员会第五次全体会议", "中共十九届五中全会"),
        ("中共十九屆五中全會公報", "中共十九屆五中全會公報"),  # short already
        ("第十屆委員會第十四次全體會議", "第十屆委員會第十四次全體會議"),  # whose, unsaid
    ],
)
def test_a_headline_compares_party_names_in_their_short_form(spelled_out: str, short: str) -> None:
    assert party_short_forms(spelled_out) == short


def test_a_spelled_out_plenum_matches_its_short_headline() -> None:
    from evaluation.score import HEADLINE_MIN

    ours = party_short_forms("中國共產黨福建省第十屆委員會第十四次全體會議在福州召開")
    assert rouge_l(party_short_forms("中共福建省委十屆十四次全會在福州召開"), ours) >= HEADLINE_MIN
    assert rouge_l(party_short_forms("中共福建省委十屆十三次全會在福州召開"), ours) < 1.0


def test_the_scorer_catches_a_bad_deck(tmp_path: Path) -> None:
    """A deck of chrome, cut points and duplicates scores badly: the scorer can fail."""
    expected = corpus(CORPUS)[0]
    from highlights.ingest import read_source
    from highlights.normalise import normalise

    article = normalise(read_source(expected.source))
    body = article.body_text()
    word_cut = body[: body.find("，") - 1] if "，" in body else body[:7]
    bad = tmp_path / "bad.md"
    bad.write_text(
        "# 跳至主要內容\n\n---\n\n## 分享到\n"
        f"- {word_cut}\n- 上一篇：無\n- 上一篇：無\n- 這是一句被截斷的話…\n",
        encoding="utf-8",
    )
    deck = load_override(bad)
    s = score("bad", expected, article, deck)
    assert not s.headline_ok
    assert len(s.chrome) >= 3
    assert len(s.duplicates) >= 1
    assert any("…" in c for c in s.cut_points)
    assert s.matched_cards <= 1


@pytest.mark.parametrize("spot, found", [("勇?lián", True), ("完全無關", False)])
def test_damage_matching(spot: str, found: bool) -> None:
    from highlights.model import Article, DamageSpot, Metadata, Report, SourceInfo

    article = Article(
        source=SourceInfo(path="x", sha256="0", encoding="utf-8", format="txt", bytes=1),
        meta=Metadata(title="t"),
        blocks=[],
        report=Report(damage=[DamageSpot(block=0, offset=0, snippet="擔當勇?lián)姑", reason="x")]),
    )
    from evaluation.score import _reported

    assert _reported(spot, article) is found


def test_eval_scores_another_folder_and_names_a_bad_one(tmp_path: Path) -> None:
    """`--corpus DIR` scores a newsroom's own folder without touching docs/eval.md."""
    import shutil
    import subprocess
    import sys

    expected = corpus(CORPUS)[0]
    layout = tmp_path / expected.layout
    layout.mkdir()
    shutil.copy(expected.source, layout / expected.source.name)
    deck = expected.source.with_name(expected.source.stem + ".deck.md")
    shutil.copy(deck, layout / deck.name)
    before = (ROOT / "docs" / "eval.md").stat().st_mtime_ns

    def run(folder: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "evaluation", "--corpus", str(folder)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )

    good = run(tmp_path)
    assert good.returncode == 0, good.stderr
    assert expected.source.name in good.stdout
    assert (ROOT / "docs" / "eval.md").stat().st_mtime_ns == before
    (layout / "99-orphan.deck.md").write_text("# 無文\n", encoding="utf-8")
    bad = run(tmp_path)
    assert bad.returncode == 2
    assert "99-orphan.deck.md" in bad.stdout and "Traceback" not in bad.stderr
    missing = run(tmp_path / "nowhere")
    assert missing.returncode == 2 and "no such folder" in missing.stdout


def test_two_facts_in_one_mould_are_no_duplicate() -> None:
    assert not _same(
        "全年林业增加值10583万元，比上年同期增长1.6%",
        "全年畜牧业增加值16363万元，比上年同期增长2.1%",
    )
    assert _same(
        "全年林业增加值10583万元，比上年同期增长1.6%", "全年林业增加值10583万元，同比增长1.6%"
    )
