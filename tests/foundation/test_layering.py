"""The library never imports Prefect: flows/ is the only place that does."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import highlights
for info in pkgutil.walk_packages(highlights.__path__, "highlights."):
    importlib.import_module(info.name)
leaked = sorted(m for m in sys.modules if m == "prefect" or m.startswith("prefect."))
print(len(leaked))
"""


def test_library_imports_no_prefect() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0", done.stdout + done.stderr
