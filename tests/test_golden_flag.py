"""Golden files are rewritten only on request: CI must never regenerate them silently."""

from __future__ import annotations

import os


def test_update_golden_is_off_in_ci(update_golden: bool) -> None:
    if os.environ.get("CI"):
        assert not update_golden, "CI must compare with golden files, not rewrite them"
    else:
        assert isinstance(update_golden, bool)
