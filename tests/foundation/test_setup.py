"""The system set-up script: without root it names the missing packages and the command to run."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "setup-system.sh"


def test_all_packages_present_is_silent() -> None:
    done = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""


@pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root to drop it"
)
def test_without_root_lists_missing_packages() -> None:
    # pytest's tmp_path, and the checkout itself, may sit in a root-only folder (a clone made
    # in `mktemp -d`): the unprivileged user gets its own folder with a copy of the script.
    fake = Path(tempfile.mkdtemp(prefix="fake-dpkg-"))
    fake.chmod(0o755)
    script = fake / "setup-system.sh"
    shutil.copyfile(SCRIPT, script)
    script.chmod(0o755)
    # A dpkg-query that knows no package: everything counts as missing.
    (fake / "dpkg-query").write_text("#!/bin/sh\nexit 1\n")
    (fake / "dpkg-query").chmod(0o755)
    env = {"PATH": f"{fake}:/usr/bin:/bin"}
    done = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "bash", str(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    shutil.rmtree(fake)
    assert done.returncode == 1, done.stderr
    assert "missing Debian packages:" in done.stderr
    assert "fonts-noto-cjk" in done.stderr and "libharfbuzz-subset0" in done.stderr
    assert "apt-get install" in done.stderr
