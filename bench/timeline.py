"""Where a batch's time goes: `python -m bench.timeline [--batch 10] [--rounds 2]`.

The `publish` flow runs as the warm host runs it (a running shared Prefect server, a warm
render pool, `renders=` the pool) over a batch of distinct articles, `--rounds` times. Each
worker's renders are traced (kind, start, end); the main process's CPU time is read before and
after, per thread (/proc/self/task). Printed per round: wall s per article, busy and idle
seconds per lane, the main process's CPU seconds (and its busiest threads), Prefect task runs.

PREFECT_HOME must be set (the run's own shared server, stopped at the end);
HIGHLIGHTS_TRACE_DIR is set here for the workers.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.measure import make_batch

TRACE = "HIGHLIGHTS_TRACE_DIR"


def traced(kind: Any, prepared: Any, stage: Path, settings: Any) -> Any:
    """`render_format` in a worker, with its start and end appended to the worker's trace."""
    from highlights.render.job import render_format

    began = time.monotonic()
    try:
        return render_format(kind, prepared, stage, settings)
    finally:
        folder = os.environ.get(TRACE)
        if folder:
            with open(Path(folder) / f"{os.getpid()}.jsonl", "a") as handle:
                rss = Path("/proc/self/status").read_text().split("VmRSS:")[1].split()[0]
                handle.write(json.dumps([kind, began, time.monotonic(), int(rss)]) + "\n")


def _threads() -> dict[str, float]:
    """CPU seconds per thread of this process, by name and id."""
    tick = os.sysconf("SC_CLK_TCK")
    found: dict[str, float] = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            stat = Path(f"/proc/self/task/{tid}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        found[f"{name}:{tid}"] = (int(fields[11]) + int(fields[12])) / tick
    return found


def _lanes(folder: Path, start: float, end: float) -> dict[str, Any]:
    per_pid: dict[str, list[tuple[str, float, float, int]]] = {}
    for file in folder.glob("*.jsonl"):
        for line in file.read_text().splitlines():
            kind, a, b, rss = json.loads(line)
            if a >= start and b <= end + 1:
                per_pid.setdefault(file.stem, []).append((kind, a - start, b - start, rss))
    report: dict[str, Any] = {}
    for pid, spans in per_pid.items():
        spans.sort(key=lambda s: s[1])
        busy = sum(b - a for _, a, b, _ in spans)
        kinds: dict[str, float] = {}
        for kind, a, b, _ in spans:
            kinds[kind] = round(kinds.get(kind, 0) + b - a, 2)
        report[pid] = {
            "busy": round(busy, 2),
            "first": round(spans[0][1], 2),
            "last": round(spans[-1][2], 2),
            "kinds": kinds,
            "spans": [(k, round(a, 2), round(b, 2), rss // 1024) for k, a, b, rss in spans],
        }
    return report


def _print_round(
    label: str,
    wall: float,
    count: int,
    cpu: float,
    threads: list[tuple[float, str]],
    lanes: dict[str, Any],
    marks: dict[str, float],
    spans: bool,
) -> None:
    busy = sum(lane["busy"] for lane in lanes.values())
    by_lane: dict[str, list[tuple[str, float, float, int]]] = {}
    for lane in lanes.values():
        by_lane.setdefault("pdf" if "pdf" in lane["kinds"] else "images", []).extend(lane["spans"])
    gaps: dict[str, list[float]] = {}
    for name, found in by_lane.items():
        found.sort(key=lambda span: span[1])
        inside = [round(b[1] - a[2], 2) for a, b in itertools.pairwise(found) if b[1] - a[2] > 0.05]
        gaps[name] = [found[0][1], *inside, round(wall - found[-1][2], 2)]
    print(
        f"{label}: {wall:.2f} s, {wall / count * 1000:.0f} ms/article; main CPU {cpu:.2f} s "
        f"({cpu / count * 1000:.0f} ms/article)"
    )
    print(f"  main threads (CPU s): {threads}")
    print(f"  Prefect server CPU: {marks.get('server_cpu', 0.0):.2f} s")
    print(f"  report_run from {marks['report']:.2f} s to {marks['reported']:.2f} s")
    print(
        f"  lanes busy {busy:.2f} s of {2 * wall:.2f} (efficiency {busy / (2 * wall):.2f}); "
        f"gaps over 50 ms (start, ..., end): {gaps}"
    )
    for pid, lane in lanes.items():
        print(
            f"  worker {pid}: busy {lane['busy']} s, first {lane['first']} last "
            f"{lane['last']} {lane['kinds']}"
        )
        if spans:
            print(f"    {lane['spans']}")
    sys.stdout.flush()


def _server_cpu() -> float:
    """CPU seconds of the shared Prefect server and its children so far: the API calls a
    flow run's tasks make are served there, on the same two cores as the renders."""
    from flows import shared_server

    from highlights import procs

    record = shared_server.read_record()
    if record is None or not record.server:
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in [record.server, *procs.descendants(record.server)]:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _articles(folder: Path, count: int, mark: str) -> list[Path]:
    """`count` distinct articles, distinct from every other call's (by `mark`)."""
    paths = make_batch(folder, count)
    for path in paths:
        path.write_text(path.read_text() + f"\n\n{mark}\n")
    return paths


def _rounds(args: argparse.Namespace, work: Path) -> None:
    import flows.publish as flow_module
    from flows.publish import publish, results_of

    import highlights.render.pool as pool_module
    from bench.timeline import traced as by_name  # pickled by its module's name
    from highlights.pipeline import quiet
    from highlights.render.pool import RenderPool
    from highlights.warm import warm_prepare

    pool_module.render_format = by_name  # type: ignore[assignment]
    marks: dict[str, float] = {}
    reports = flow_module.report_run

    def timed_report(results: Any) -> None:
        marks["report"] = time.monotonic()
        reports(results)
        marks["reported"] = time.monotonic()

    flow_module.report_run = timed_report  # type: ignore[assignment]
    warm_prepare()
    with RenderPool() as pool:
        pool.start()
        for round_ in range(args.rounds):
            pool.renew()
            time.sleep(3)  # the new workers warm up, as between a host's commands
            # As in `make bench`: single-article commands first (the host's pool is not
            # renewed before 11 articles, so a worker may be replaced mid-batch).
            for single in range(args.singles):
                one = _articles(work / f"single{round_}-{single}", 1, f"single {round_} {single}")
                results_of(
                    publish(
                        paths=one,
                        out=work / "single-out",
                        renders=pool,
                        progress=quiet,
                        return_state=True,
                    )
                )
            batch = _articles(work / f"batch{round_}", args.batch, f"round {round_}")
            threads0, cpu0, server0 = _threads(), time.process_time(), _server_cpu()
            start = time.monotonic()
            profile = cProfile.Profile() if args.profile else None
            if profile:
                profile.enable()
            state = publish(
                paths=batch,
                out=work / f"out{round_}",
                renders=pool,
                progress=quiet,
                return_state=True,
            )
            end = time.monotonic()
            if profile:
                profile.disable()
                stats = pstats.Stats(profile).sort_stats("tottime")
                stats.print_stats(25)
                ours = "pipeline|artifacts|publish|task_engine|flow_engine|output|records"
                stats.sort_stats("cumulative").print_stats(ours, 30)
            cpu = time.process_time() - cpu0
            marks["server_cpu"] = _server_cpu() - server0 + start  # printed relative to start
            threads = sorted(
                ((round(v - threads0.get(k, 0), 2), k) for k, v in _threads().items()), reverse=True
            )[:4]
            failed = [r.error for r in results_of(state) if r.status != "published"]
            assert not failed, failed
            _print_round(
                f"round {round_}",
                end - start,
                args.batch,
                cpu,
                threads,
                _lanes(Path(os.environ[TRACE]), start, end),
                {k: v - start for k, v in marks.items()},
                args.spans,
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.timeline")
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--singles", type=int, default=4, help="one-article runs before")
    parser.add_argument("--profile", action="store_true", help="cProfile the batch's calls")
    parser.add_argument("--spans", action="store_true", help="print every render span")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="highlights-timeline-"))
    (work / "trace").mkdir()
    os.environ[TRACE] = str(work / "trace")
    os.environ.setdefault("HIGHLIGHTS_WARM_HOST", "0")

    from flows.console import prefect_env

    prefect_env(False)
    from flows import shared_server

    os.environ["PREFECT_API_URL"] = shared_server.ensure()
    try:
        _rounds(args, work)
    finally:
        shared_server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
