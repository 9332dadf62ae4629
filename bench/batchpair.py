"""`make bench`'s batch target, paired round by round.

The flow's batch and the by-hand commands on the same articles used to be measured once each,
minutes apart: on this shared machine the load between the two moved the ratio by ±0.05 from
run to run (0.48 to 0.57 on unchanged code). Here each round runs the commands (`weasyprint`
on the HTML our PDF renderer makes, `pandoc` to EPUB, one process per article, as a user would)
and then `highlights publish` of the same batch into a fresh folder, back to back; the target
is the median of the rounds' ratios. The first round's flow run also gives the unchanged re-run.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.measure import BIN, Run, run

ROUNDS = 3
FIRST_PROGRESS = {"first_progress": r"^\[1/"}  # the flow's first progress line: Prefect is up


@dataclass
class PairedBatch:
    first: Run  # the first round's flow run
    rerun: Run  # the same command again: every article unchanged
    rounds: list[dict[str, float]] = field(default_factory=list)

    def median_ratio(self) -> float:
        return statistics.median(r["flow_s"] / r["commands_s"] for r in self.rounds)

    def median(self, key: str) -> float:
        return statistics.median(r[key] for r in self.rounds)


def _commands(batch: list[Path], html: list[Path], out: Path, pandoc: str) -> float:
    out.mkdir(parents=True, exist_ok=True)
    seconds = 0.0
    for i, (page, source) in enumerate(zip(html, batch, strict=True)):
        commands: list[list[str | Path]] = [
            [BIN / "weasyprint", page, out / f"{i}.pdf"],
            [pandoc, "-f", "markdown+hard_line_breaks", source, "-o", out / f"{i}.epub"],
        ]
        for args in commands:
            result = run(args)
            if result.status != 0:
                raise SystemExit(f"{args[0]} failed:\n{result.stderr[-2000:]}")
            seconds += result.seconds
    return seconds


def paired_batch(
    batch: list[Path], html: list[Path], work: Path, env: dict[str, str], rounds: int = ROUNDS
) -> PairedBatch:
    import pypandoc

    pandoc = pypandoc.get_pandoc_path()
    first: Run | None = None
    rerun: Run | None = None
    measured: list[dict[str, Any]] = []
    for k in range(rounds):
        commands_s = _commands(batch, html, work / f"commands-{k}", pandoc)
        publish: list[str | Path] = [BIN / "highlights", "publish", *batch, "--out",
                                     work / f"flow-{k}"]
        flow = run(publish, env=env, marks=FIRST_PROGRESS)
        if first is None:
            first, rerun = flow, run(publish, env=env, marks=FIRST_PROGRESS)
        startup = flow.marks.get("first_progress") or 0.0
        measured.append(
            {"flow_s": flow.seconds, "commands_s": commands_s, "startup_s": startup,
             "status": flow.status}
        )
    assert first is not None and rerun is not None
    return PairedBatch(first, rerun, measured)
