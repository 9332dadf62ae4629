"""The `highlights` command as a user runs it: a batch with a bad file goes on and says why."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent / "highlights"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PREFECT_HOME": os.environ.get("PREFECT_HOME", str(Path.home() / ".prefect")),
    }
    return subprocess.run(
        [str(BIN), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600
    )


@pytest.mark.slow
def test_publish_batch_with_one_bad_file(tmp_path: Path, sample_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\n")
    out = tmp_path / "out"
    done = _run(
        "publish", str(empty), str(sample_path), "--out", str(out), "--formats", "png", cwd=tmp_path
    )
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "empty.txt" in errors[0], done.stderr
    assert "Traceback" not in done.stderr
    published = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(published) == 1 and Path(published[0]).is_dir()
    assert (Path(published[0]) / "long.png").is_file()
    assert not list(Path(published[0]).glob("*.pdf"))  # --formats png only
    assert [p.name for p in out.iterdir() if not p.name.startswith(".")] == [
        Path(published[0]).name
    ]


def test_normalise_prints_text(sample_path: Path, tmp_path: Path) -> None:
    done = _run("normalise", str(sample_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "中國共產黨自貢市第十二屆委員會第十二次全體會議，" in done.stdout
    assert "(chǎn)" not in done.stdout


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    done = _run("cards", str(tmp_path / "nope.txt"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "nope.txt" in done.stderr, done.stderr


def test_unknown_format_is_a_usage_error(tmp_path: Path, sample_path: Path) -> None:
    done = _run("publish", str(sample_path), "--formats", "pdf,docx", cwd=tmp_path)
    assert done.returncode == 2
    assert "docx" in done.stderr


@pytest.mark.slow
def test_unchanged_rerun_needs_no_flow_run(tmp_path: Path, sample_path: Path) -> None:
    out = tmp_path / "out"
    args = ("publish", str(sample_path), "--out", str(out), "--formats", "epub")
    first = _run(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "[1/1]" in first.stderr  # the flow's progress
    again = _run(*args, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == f"{first.stdout.strip()} (unchanged)"
    assert "[1/1]" not in again.stderr  # answered before starting Prefect
    changed = _run(*args[:-1], "epub,png", cwd=tmp_path)  # other settings: published again
    assert changed.returncode == 0 and "(unchanged)" not in changed.stdout
