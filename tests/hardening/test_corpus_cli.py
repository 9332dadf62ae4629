"""The whole hostile corpus in ONE `highlights publish` run (Prefect's embedded server starts once).

Every failed article gets exactly one `error: <file>: <reason> (<hint>)` line, the exit status
is non-zero, nothing prints a traceback, the good articles of the batch (the sample last) are
published completely, and nothing is left half-written. Time and memory are bounded generously
to catch hangs and blow-ups; speed itself is measured in bench/, not here.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hardening_support import (
    ROOT,
    SAMPLE,
    Corpus,
    check_published,
    published_folders,
    staging_leftovers,
)

HIGHLIGHTS = Path(sys.executable).with_name("highlights")
TIMEOUT_S = 900  # a hang, not a slow run: 29 inputs take minutes on a busy 2-core machine
MAX_RSS_MB = 2000  # a blow-up, not a target: the 500 MB target is measured in bench/


def _run(args: list[str], cwd: Path) -> tuple[int, str, str, float]:
    """Run a command, return (status, stdout, stderr, peak RSS of the child in MB)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
    # A session of its own: on a hang, Prefect's server child goes too (it holds the pipes).
    with subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, start_new_session=True) as proc:
        try:
            stdout, stderr = proc.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            stdout, stderr = proc.communicate(timeout=60)
            progress = [line for line in stderr.splitlines() if line.startswith("[")]
            pytest.fail(f"highlights publish hung for {TIMEOUT_S} s at {progress[-1:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return proc.returncode, stdout, stderr, usage.ru_maxrss / 1024


@pytest.mark.slow
def test_the_whole_corpus_in_one_cli_batch(corpus: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "out"
    missing = tmp_path / "does-not-exist.txt"
    paths = [case.path for case in corpus.cases] + [missing, SAMPLE]
    started = time.monotonic()
    status, stdout, stderr, rss_mb = _run(
        [str(HIGHLIGHTS), "publish", *map(str, paths), "--out", str(out)], cwd=ROOT
    )
    elapsed = time.monotonic() - started
    report = f"\n--- stdout\n{stdout[-4000:]}\n--- stderr\n{stderr[-6000:]}"

    assert "Traceback" not in stderr + stdout, report
    assert "internal error" not in stderr, report
    assert status == 1, f"exit status {status} although articles failed{report}"

    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    failed: set[Path] = set()
    for path in paths:
        mine = [line for line in errors if line.startswith(f"error: {path}: ")]
        assert len(mine) <= 1, f"{path.name}: {len(mine)} error lines{report}"
        if mine:
            failed.add(path)
    assert len(errors) == len(failed), f"error lines that name no input file{report}"
    assert f"{len(failed)} of {len(paths)} articles failed" in stderr, report

    assert missing in failed and SAMPLE not in failed, report
    for case in corpus.cases:
        if case.expect == "ok":
            assert case.path not in failed, f"{case.name} should publish{report}"
        if case.expect == "fail":
            assert case.path in failed, f"{case.name} should be refused{report}"

    done = [path for path in paths if path not in failed]
    lines = [line for line in stdout.splitlines() if line.strip()]
    assert len(lines) == len(done), f"one output folder per published article{report}"
    folders = {Path(line.removesuffix(" (unchanged)")) for line in lines}
    for folder in folders:
        assert folder.parent == out, f"published outside the output folder: {folder}"
        check_published(folder)
    assert set(published_folders(out)) == folders, "folders that no article reported"
    assert staging_leftovers(out) == [], "half-written work left in .staging"

    assert rss_mb < MAX_RSS_MB, f"peak memory {rss_mb:.0f} MB"
    print(f"corpus batch: {len(paths)} inputs, {len(failed)} refused, {elapsed:.0f} s, "
          f"peak {rss_mb:.0f} MB")
    for line in errors:
        print(line)
