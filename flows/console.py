"""What every command shares: Prefect's quiet, offline environment and one line per result."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from highlights.records import ArticleResult

# Prefect offline, quiet, and patient with a cold start (../shared/NOTES.md). Telemetry off:
# the server's analytics also print a "database is locked" traceback when they fail.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


def prefect_env(verbose: bool = False) -> None:
    """Set the defaults above (unless set) before Prefect is imported: it reads them once."""
    for key, value in PREFECT_DEFAULTS.items():
        if key == "PREFECT_LOGGING_LEVEL" and verbose:
            continue
        os.environ.setdefault(key, value)


def report(results: list[ArticleResult], debug: bool) -> int:
    """One line per article: its folder, or the reason it failed; non-zero if any failed."""
    failed = 0
    for result in results:
        if result.status == "failed":
            failed += 1
            print(f"error: {result.error}", file=sys.stderr)
            if debug and result.traceback:
                print(result.traceback, file=sys.stderr)
        else:
            note = " (unchanged)" if result.status == "skipped" else ""
            print(f"{result.out_dir}{note}")
    if failed:
        print(f"{failed} of {len(results)} articles failed", file=sys.stderr)
    return 1 if failed else 0
