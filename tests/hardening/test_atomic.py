"""Atomic outputs: a run killed with SIGKILL anywhere leaves the previous complete set or nothing,
and two runs on the same article at the same time never mix their files.

The runs are forked by one warm child process (kill_child.py); each republishes a short article
with the other card preset, so that a complete set of either run is recognisable by its card
sizes. Only the PNG renderer runs: the swap into place is the same for every format.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hardening_support import ROOT, manifest_problems, sample_lines, staging_leftovers

from highlights.publish import publish_article
from highlights.settings import PngSettings, RunSettings

CHILD = Path(__file__).with_name("kill_child.py")
CARD_SIZE = {"4:5": (1080, 1350), "1:1": (1080, 1080)}
TIMEOUT_S = 300


class Runs:
    """The kill_child.py server: one warm process that forks the publishing runs."""

    def __init__(self, source: Path, out: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(source), str(out)], cwd=ROOT, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if not line:
            self.proc.kill()
            _, stderr = self.proc.communicate(timeout=TIMEOUT_S)
            pytest.fail(f"kill_child.py ended: {stderr[-3000:]}")
        return line

    def ask(self, command: str) -> tuple[list[int], int, int]:
        """Send one command; return the runs' exit codes, and the last run's event counts."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        _, codes, _, events, _, replaces = self._line().split()
        return [int(code) for code in codes.split(",")], int(events), int(replaces)

    def close(self) -> str:
        _, stderr = self.proc.communicate(timeout=TIMEOUT_S)  # closes stdin: the server ends
        return stderr


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
    """A short article published once (4:5 cards): the previous complete set."""
    lines = sample_lines()
    source = tmp_path / "article.txt"
    source.write_text("\n".join(lines[:2] + lines[7:12]) + "\n", encoding="utf-8")
    settings = RunSettings(formats=["png"], png=PngSettings(preset="4:5"))
    folder = publish_article(source, tmp_path / "out", settings)
    assert _state(folder) == "4:5"
    return source, folder


@pytest.mark.slow
def test_sigkill_at_any_point_leaves_the_previous_set_or_nothing(
    published: tuple[Path, Path],
) -> None:
    source, folder = published
    out = folder.parent
    runs = Runs(source, out)
    outcomes: dict[str, str] = {}

    def kill(spec: str) -> tuple[int, int]:
        before = _state(folder)
        wanted = _other(before)
        codes, events, replaces = runs.ask(f"run {spec} {wanted}")
        assert codes[0] in (0, -signal.SIGKILL), f"{spec}: exit {codes[0]}"
        after = _state(folder)  # asserts one complete, unmixed set when present
        # The swap is one atomic exchange: the folder is never missing once it existed.
        assert after in (before, wanted), f"{spec}: unexpected {after}"
        outcomes[spec] = {before: "previous", wanted: "new"}[after]
        return events, replaces

    # Calibrate: how many file events and os.replace calls does one republishing run make?
    events, replaces = kill("0")
    assert events >= 5 and replaces >= 1, (events, replaces)
    # Spread over the run, then right after each os.replace of the last ones: the swap of the
    # old set for the new one, where a crash is most likely to lose both.
    for point in sorted({1, events // 3, (2 * events) // 3, events - 1}):
        kill(f"e:{point}")
    for point in range(max(1, replaces - 2), replaces + 1):
        kill(f"r:{point}")
    rng = random.Random(8)
    for _ in range(2):  # and wherever the run happens to be after a random delay
        kill(f"t:{rng.uniform(0.1, 2.0):.2f}")
    stderr = runs.close()
    assert "error" not in stderr, stderr[-3000:]

    # The next run recovers whatever a killed run left behind.
    settings = RunSettings(formats=["png"], png=PngSettings(preset="1:1"))
    final = publish_article(source, out, settings)
    assert final == folder and _state(folder) == "1:1"
    print("kill points and what they left:", outcomes)


@pytest.mark.slow
def test_two_concurrent_runs_never_mix_their_files(published: tuple[Path, Path]) -> None:
    source, folder = published
    out = folder.parent
    runs = Runs(source, out)
    for _ in range(3):
        codes, _, _ = runs.ask("pair 1:1 4:5")
        assert codes == [0, 0]
        assert _state(folder) in ("1:1", "4:5")
        assert staging_leftovers(out) == [], "a finished run left half-written files"
    stderr = runs.close()
    assert "error" not in stderr, stderr[-3000:]
