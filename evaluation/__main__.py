"""`make eval`: score the corpus, print the totals, write docs/eval.md and docs/eval.json.

python -m evaluation [--no-write] [--only PATTERN] [--corpus DIR]

--corpus scores another folder laid out like tests/data/corpus (<layout>/<NN>-<name>.txt beside
its .deck.md), such as a newsroom's own articles; only the default corpus writes docs/eval.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from evaluation.report import GOALS, markdown
from evaluation.run import CORPUS, ROOT, Totals, evaluate
from highlights.errors import HighlightsError


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--only", default="", help="score only articles whose name contains this")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="folder of <layout>/<article> + .deck.md"
    )
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such folder; give a folder of <layout>/<article>.deck.md")
        return 2
    try:
        scored = evaluate(args.corpus)
    except (ValueError, HighlightsError) as exc:  # a deck file that cannot be read
        print(str(exc).splitlines()[0])
        return 2
    scores = [s for s in scored if args.only in s.name]
    totals = asdict(Totals.of(scores))
    for s in scores:
        mark = "✓" if s.headline_ok else "✗"
        print(
            f"{mark} {s.name:<44} {s.matched_cards}/{s.expected_cards}/{s.produced_cards} "
            f"chrome {len(s.chrome)} cut {len(s.cut_points)}  {(s.error or s.title)[:40]}"
        )
    print()
    for key, label, goal in GOALS:
        print(f"{label:<40} {totals[key]!s:>8}   goal {goal}")
    if not args.no_write and not args.only and args.corpus == CORPUS:
        (ROOT / "docs" / "eval.md").write_text(markdown(scores), encoding="utf-8")
        (ROOT / "docs" / "eval.json").write_text(json.dumps(totals, indent=2) + "\n")
        print("\nwritten: docs/eval.md, docs/eval.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
