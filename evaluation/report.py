"""The eval table as Markdown (docs/eval.md) and the totals as JSON (docs/eval.json)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict

from evaluation.run import Totals
from evaluation.score import Score

GOALS = (
    ("headline", "headline right", "≥ 0.95"),
    ("chrome_lines", "chrome lines in title, lead, points", "0"),
    ("card_recall", "card recall", "≥ 0.90"),
    ("card_precision", "card precision", "≥ 0.85"),
    ("cut_points", "points cut inside a word or with …", "0"),
    ("duplicates", "duplicate points", "0"),
    ("damage_reported", "expected damage spots reported", "≥ 0.95"),
    ("metadata", "metadata fields right", ""),
    ("refused", "articles refused", "0"),
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(scores: list[Score]) -> str:
    totals = asdict(Totals.of(scores))
    lines = [
        "# Corpus evaluation",
        "",
        "Written by `make eval` (do not edit): the pipeline's deck for every article in",
        "`tests/data/corpus/`, scored against the deck an editor wrote by hand. A card matches",
        "an expected card when its title (ROUGE-L ≥ 0.6) or its points (≥ 0.4) are close. A",
        "headline is right at ROUGE-L ≥ 0.85, its dates compared by value and a plenum's name",
        "in either spelling (`中國共產黨福建省第十屆委員會第十四次全體會議`",
        "or `中共福建省委十屆十四次全會`).",
        "",
        f"{totals['articles']} articles.",
        "",
        "| total | value | goal |",
        "|---|---|---|",
    ]
    lines += [f"| {label} | {totals[key]} | {goal} |" for key, label, goal in GOALS]
    lines += ["", "## By layout", "", "| layout | articles | headline | recall | precision |"]
    lines.append("|---|---|---|---|---|")
    groups: dict[str, list[Score]] = defaultdict(list)
    for s in scores:
        groups[s.layout].append(s)
    for layout, group in sorted(groups.items()):
        t = Totals.of(group)
        row = f"| {layout} | {t.articles} | {t.headline} | {t.card_recall} | {t.card_precision} |"
        lines.append(row)
    lines += ["", "## By article", ""]
    lines.append(
        "| article | headline | our title | cards (matched/expected/ours) | chrome "
        "| cut | dup | damage | fields |"
    )
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for s in scores:
        title = _cell(s.error or s.title)[:40]
        lines.append(
            f"| {s.name} | {'✓' if s.headline_ok else '✗'} | {title} "
            f"| {s.matched_cards}/{s.expected_cards}/{s.produced_cards} | {len(s.chrome)} "
            f"| {len(s.cut_points)} | {len(s.duplicates)} "
            f"| {s.damage_reported}/{s.damage_expected} | {s.fields_right}/{s.fields_expected} |"
        )
    lines += ["", "## Details", ""]
    for s in scores:
        notes = [f"chrome in {c}" for c in s.chrome]
        notes += [f"cut point: {c[:50]}" for c in s.cut_points]
        notes += [f"duplicate: {d[:50]}" for d in s.duplicates]
        notes += [f"field {w}" for w in s.wrong_fields]
        if notes:
            lines.append(f"- **{s.name}**: " + "; ".join(_cell(n) for n in notes))
    return "\n".join(lines) + "\n"
