"""Fixtures for the typesetting tests: a fake monospaced font and the real Noto CJK metrics."""

from __future__ import annotations

import pytest

from highlights.fonts import find_font_file
from highlights.typeset import PillowMetrics, metrics_for

CLOSING = set("，。、；：？！）」』》〉】”’")
OPENING = set("（「『《〈【“‘")


class FakeMetrics:
    """Han and full-width marks 1 em wide, ASCII half; marks inked on one side like SC fonts."""

    em = 10.0

    def advance(self, text: str, bold: bool = False) -> float:
        wide = CLOSING | OPENING | set("—…")
        return sum(self.em if ord(ch) >= 0x2E80 or ch in wide else self.em / 2 for ch in text)

    def ink(self, ch: str, bold: bool = False) -> tuple[float, float]:
        if ch in CLOSING:
            return (0.05 * self.em, 0.35 * self.em)
        if ch in OPENING:
            return (0.65 * self.em, 0.95 * self.em)
        return (0.05 * self.em, self.advance(ch) - 0.05 * self.em)


@pytest.fixture(scope="session")
def fake() -> FakeMetrics:
    return FakeMetrics()


@pytest.fixture(scope="session")
def noto() -> PillowMetrics:
    """Noto Sans CJK TC at 40 px."""
    return metrics_for(find_font_file("NotoSansCJK-Regular.ttc"),
                       find_font_file("NotoSansCJK-Bold.ttc"), 40, 3)
