"""Measuring tools: wall time and peak memory of a child process, medians, the batch of inputs."""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "assets" / "samples" / "zigong-communique.txt"
BIN = Path(sys.executable).parent

# Fixtures of the other stages that are whole articles (not fragments) and publishable (no
# emoji, which the fonts lack); plain text or Markdown, so that pandoc reads the same file.
FIXTURES = [
    SAMPLE,
    ROOT / "tests/data/cards/qingyuan-plenum-hans.txt",
    ROOT / "tests/data/cards/night-market-hant.txt",
    ROOT / "tests/data/cards/qinghe-netzero-hant.txt",
    ROOT / "tests/data/cards/metro-three-sentences-hans.txt",
    ROOT / "tests/data/cards/smallbiz-press-en.md",
    ROOT / "tests/data/cards/library-headings-en.md",
    ROOT / "tests/data/normalise/notice-hant.md",
]

# Offline and quiet, as the CLI sets it for its users.
PREFECT_ENV = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


@dataclass
class Run:
    """One child process: wall seconds, peak resident memory (MB) of the child or of any of its
    descendants (whichever is highest), status and output."""

    seconds: float
    peak_mb: float
    status: int
    stdout: str
    stderr: str
    marks: dict[str, float] = field(default_factory=dict)  # stderr pattern → seconds after start
    tree_peak_mb: float = 0.0  # all its processes together, at the highest sample

    def json(self) -> object:
        return json.loads(self.stdout.strip().splitlines()[-1])


def run(args: Sequence[str | Path], env: dict[str, str] | None = None, cwd: Path = ROOT,
        marks: dict[str, str] | None = None, timeout: float = 1800) -> Run:
    """Run a command to its end; peak memory from the kernel's rusage of exactly that child.

    `marks` names regular expressions; the time when stderr first matches each is recorded
    (for example when the flow prints its first progress line, after Prefect has started).
    """
    full_env = {**os.environ, **(env or {})}
    patterns = {name: re.compile(p) for name, p in (marks or {}).items()}
    found: dict[str, float] = {}
    err_lines: list[str] = []
    out_chunks: list[str] = []
    start = time.perf_counter()
    proc = subprocess.Popen([str(a) for a in args], cwd=cwd, env=full_env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    tree = TreeSampler(proc.pid)
    stdout, stderr = proc.stdout, proc.stderr
    assert stdout is not None and stderr is not None
    reader = threading.Thread(target=lambda: out_chunks.append(stdout.read()), daemon=True)
    reader.start()
    for line in stderr:
        err_lines.append(line)
        now = time.perf_counter() - start
        for name, pattern in patterns.items():
            if name not in found and pattern.search(line):
                found[name] = now
    reader.join(timeout)
    _, status, usage = os.wait4(proc.pid, 0)  # the rusage of exactly this child
    seconds = time.perf_counter() - start
    tree.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    # The child's own peak, or a descendant's (render workers, Prefect's server), if higher.
    peak = max(usage.ru_maxrss / 1024, tree.peak_process_mb)
    return Run(seconds, peak, proc.returncode, "".join(out_chunks), "".join(err_lines), found,
               tree_peak_mb=tree.peak_tree_mb)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


def _status_kb(pid: int, *keys: str) -> dict[str, int]:
    found: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                if key in keys:
                    found[key] = int(value.split()[0])
    except (OSError, ValueError):
        pass
    return found


class TreeSampler:
    """Every 50 ms, the child's descendants: each one's peak RSS (VmHWM, a high-water mark, so
    a peak between samples is not missed) and the whole tree's RSS at that instant."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.pid, self.interval = pid, interval
        self.hwm: dict[int, int] = {}
        self.tree_kb = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._done.wait(self.interval):
            todo, seen, total = _children(self.pid), set(), 0
            while todo:
                pid = todo.pop()
                if pid in seen:
                    continue
                seen.add(pid)
                todo.extend(_children(pid))
                status = _status_kb(pid, "VmHWM", "VmRSS")
                self.hwm[pid] = max(self.hwm.get(pid, 0), status.get("VmHWM", 0))
                total += status.get("VmRSS", 0)
            total += _status_kb(self.pid, "VmRSS").get("VmRSS", 0)
            self.tree_kb = max(self.tree_kb, total)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    @property
    def peak_process_mb(self) -> float:
        return max(self.hwm.values(), default=0) / 1024

    @property
    def peak_tree_mb(self) -> float:
        return self.tree_kb / 1024


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def make_batch(folder: Path, count: int = 20) -> list[Path]:
    """`count` distinct articles: the sample and the other fixtures, each variant marked apart.

    Variant k > 0 of a fixture gets a closing paragraph that numbers it, so that no two inputs
    share bytes (nor output folders) and none is skipped as unchanged.
    """
    folder.mkdir(parents=True, exist_ok=True)
    bases = [path for path in FIXTURES if path.is_file()]
    paths: list[Path] = []
    for index in range(count):
        base = bases[index % len(bases)]
        variant = index // len(bases)
        text = base.read_text(encoding="utf-8")
        if variant:
            text = _variant(text, variant)
        path = folder / f"{index + 1:02d}-{base.stem}{base.suffix}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _variant(text: str, k: int) -> str:
    """The article with one more closing paragraph that numbers the variant."""
    latin = sum(ch.isascii() for ch in text) > 0.8 * len(text)
    note = (f"This is copy {k + 1} of the article, made for the benchmark."
            if latin else f"本文是第{k + 1}份副本，供效能測試使用。")
    return text.rstrip("\n") + "\n\n" + note + "\n"
