"""`make bench`'s batch line, paired with an earlier tree: `python -m bench.flowpair --before DIR`.

Each round, in each tree (its own PREFECT_HOME, so its own shared server and warm host, with
that tree first on PYTHONPATH for the command, the keeper, the host and the workers): four
one-article commands (as `make bench` runs before its batch), then `highlights publish` of a
batch of distinct articles; and once per round the `weasyprint` command (on the HTML our PDF
renderer makes) and the `pandoc` command on the same articles. Printed per round: ms per
article of each tree and of the commands, and each tree's ratio to the commands of its round.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bench.commands import _variant, stop_server
from bench.measure import BIN, PREFECT_ENV, ROOT, make_batch, run


def _batch(folder: Path, count: int, mark: str) -> list[Path]:
    paths = make_batch(folder, count)
    for path in paths:
        path.write_text(path.read_text(encoding="utf-8") + f"\n\n{mark}\n", encoding="utf-8")
    return paths


def _tree_env(tree: Path, home: Path) -> dict[str, str]:
    env = {**PREFECT_ENV, "PREFECT_HOME": str(home)}
    if tree != ROOT:
        env["PYTHONPATH"] = f"{tree / 'src'}{os.pathsep}{tree}"
    return env


def _ok_seconds(args: list[str | Path], env: dict[str, str], cwd: Path) -> float:
    done = run(args, env=env, cwd=cwd)
    if done.status != 0:
        raise SystemExit(f"{args[:2]} failed:\n{done.stderr[-2000:]}")
    return done.seconds


def _commands(batch: list[Path], work: Path) -> float:
    """Seconds of the weasyprint and pandoc commands on the batch, as `make bench` runs them."""
    import pypandoc

    out = work / "baseline"
    out.mkdir(parents=True, exist_ok=True)
    html = run([sys.executable, "-m", "bench.worker", "html", work / "html", *batch])
    pages = html.json()["html"]  # type: ignore[index]
    pandoc = pypandoc.get_pandoc_path()
    total = 0.0
    for index, (page, source) in enumerate(zip(pages, batch, strict=True)):
        total += _ok_seconds([BIN / "weasyprint", page, out / f"{index}.pdf"], {}, ROOT)
        total += _ok_seconds(
            [pandoc, "-f", "markdown+hard_line_breaks", source, "-o", out / f"{index}.epub"],
            {},
            ROOT,
        )
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.flowpair")
    parser.add_argument("--before", type=Path, required=True, help="an earlier tree's folder")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--singles", type=int, default=4)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="highlights-flowpair-"))
    trees = {"before": args.before.resolve(), "after": ROOT}
    envs = {name: _tree_env(tree, work / f"home-{name}") for name, tree in trees.items()}
    ratios: dict[str, list[float]] = {name: [] for name in trees}
    try:
        for name, tree in trees.items():  # each tree's server and host, started before timing
            command = [BIN / "highlights", "publish", "--out", work / f"out-{name}"]
            _ok_seconds([*command, _variant(work / "first", 0)], envs[name], tree)
        for round_ in range(args.rounds):
            batch = _batch(work / f"batch{round_}", args.batch, f"round {round_}")
            line = [f"round {round_}:"]
            for name, tree in trees.items():
                command = [BIN / "highlights", "publish", "--out", work / f"out-{name}"]
                for k in range(args.singles):
                    single = _variant(work / f"single-{name}", round_ * 100 + k + 1)
                    _ok_seconds([*command, single], envs[name], tree)
                copy = [work / name / f"r{round_}" / p.name for p in batch]  # same bytes
                for source, target in zip(batch, copy, strict=True):
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(source, target)
                seconds = _ok_seconds([*command, *copy], envs[name], tree)
                ratios[name].append(seconds)
                line.append(f"{name} {seconds / args.batch * 1000:.0f} ms/article")
            base = _commands(batch, work / f"cmd{round_}") / args.batch
            for name in trees:
                ratios[name][-1] = ratios[name][-1] / args.batch / base
            line.append(
                f"commands {base * 1000:.0f} ms/article; ratios "
                + ", ".join(f"{name} {ratios[name][-1]:.2f}" for name in trees)
            )
            print(" ".join(line), flush=True)
        print(
            "median ratios: "
            + ", ".join(
                f"{name} {statistics.median(values):.2f}" for name, values in ratios.items()
            )
        )
    finally:
        for env in envs.values():
            stop_server(env)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
