"""Atomic outputs: a run killed with SIGKILL anywhere leaves the previous complete set or nothing,
and two runs on the same article at the same time never mix their files.

The runs are child processes (kill_child.py) that republish the sample with the other card
preset, so that a complete set of either run is recognisable by its card sizes.
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hardening_support import ROOT, SAMPLE, manifest_problems, staging_leftovers

from highlights.publish import publish_article
from highlights.settings import PngSettings, RunSettings

CHILD = Path(__file__).with_name("kill_child.py")
CARD_SIZE = {"4:5": (1080, 1350), "1:1": (1080, 1080)}
TIMEOUT_S = 300


def _child(
    source: Path, out: Path, preset: str, kill_at: int, wait: bool = False
) -> subprocess.Popen[str]:
    args = [sys.executable, str(CHILD), str(source), str(out), preset, str(kill_at)]
    if wait:
        args.append("--wait")
    return subprocess.Popen(args, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _state(folder: Path) -> str | None:
    """The preset of the complete set in `folder`, None when absent; fails on a mixed set."""
    if not folder.exists():
        return None
    problems = manifest_problems(folder)
    assert not problems, f"{folder.name} is not one complete set: {problems}"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    preset = str(manifest["settings"]["png"]["preset"])
    for entry in manifest["files"]:
        if entry["path"].startswith("cards/"):
            assert (entry["width"], entry["height"]) == CARD_SIZE[preset], (
                f"{entry['path']} is {entry['width']}x{entry['height']}, "
                f"but the manifest's settings say {preset}: files of two runs mixed"
            )
    return preset


def _other(preset: str | None) -> str:
    return "4:5" if preset == "1:1" else "1:1"


@pytest.fixture
def published(tmp_path: Path) -> tuple[Path, Path]:
    """The sample published once (4:5): the previous complete set."""
    source = tmp_path / "article.txt"
    shutil.copyfile(SAMPLE, source)
    out = tmp_path / "out"
    folder = publish_article(source, out, RunSettings(png=PngSettings(preset="4:5")))
    assert _state(folder) == "4:5"
    return source, folder


@pytest.mark.slow
def test_sigkill_at_any_point_leaves_the_previous_set_or_nothing(
    published: tuple[Path, Path], tmp_path: Path
) -> None:
    source, folder = published
    out = folder.parent

    # Calibrate on a copy: how many file events does one republishing run make?
    calib = tmp_path / "calib"
    shutil.copytree(out, calib)
    proc = _child(source, calib, _other(_state(folder)), 0)
    stdout, stderr = proc.communicate(timeout=TIMEOUT_S)
    assert proc.returncode == 0, stderr[-3000:]
    total = int(stdout.split("events ")[1].split()[0])
    assert total >= 5, stdout

    # Every file event of the last stretch (the swap into place) and some spread before it.
    points = sorted({1, 2, total // 4, total // 2, (3 * total) // 4,
                     *range(max(1, total - 5), total + 1)})
    outcomes: dict[int, str] = {}
    for point in points:
        before = _state(folder)
        wanted = _other(before)
        proc = _child(source, out, wanted, point)
        _, stderr = proc.communicate(timeout=TIMEOUT_S)
        assert proc.returncode in (0, -signal.SIGKILL), f"kill point {point}: {stderr[-3000:]}"
        after = _state(folder)  # asserts a complete, unmixed set when present
        assert after in (before, wanted, None), f"kill point {point}: unexpected {after}"
        outcomes[point] = {before: "previous", wanted: "new", None: "absent"}[after]
        assert "Traceback" not in stderr, stderr[-3000:]

    # A run killed after a random delay (wherever it happens to be).
    rng = random.Random(8)
    for _ in range(3):
        before = _state(folder)
        proc = _child(source, out, _other(before), 0, wait=True)
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline().strip() == "ready"
        proc.stdin.write("go\n")
        proc.stdin.flush()
        try:
            proc.wait(timeout=rng.uniform(0.05, 3.0))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=TIMEOUT_S)
        assert _state(folder) in (before, _other(before), None)

    # And the next run recovers whatever a killed run left behind.
    final = publish_article(source, out, RunSettings(png=PngSettings(preset="1:1")))
    assert final == folder and _state(folder) == "1:1"
    print("kill points and what they left:", outcomes)


@pytest.mark.slow
def test_two_concurrent_runs_never_mix_their_files(published: tuple[Path, Path]) -> None:
    source, folder = published
    out = folder.parent
    for _ in range(3):
        procs = [_child(source, out, preset, 0, wait=True) for preset in ("1:1", "4:5")]
        for proc in procs:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:
            _, stderr = proc.communicate(timeout=TIMEOUT_S)
            assert proc.returncode == 0, stderr[-3000:]
        assert _state(folder) in ("1:1", "4:5")
        assert staging_leftovers(out) == [], "a finished run left half-written files"
