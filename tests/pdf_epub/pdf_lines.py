"""Lines of a PDF as pdftotext -bbox-layout places them."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

Line = tuple[float, float, float, float, str]  # xMin, yMin, xMax, yMax, text


def pdf_lines(pdf: Path, first: int, last: int) -> list[list[Line]]:
    """Per page, every line's (xMin, yMin, xMax, yMax, text) from pdftotext -bbox-layout."""
    xml = subprocess.run(["pdftotext", "-f", str(first), "-l", str(last), "-bbox-layout",
                          str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pattern = r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>'
    return [[(float(a), float(b), float(c), float(d), "".join(re.findall(r">([^<]*)</word>", w)))
             for a, b, c, d, w in re.findall(pattern, page, re.S)]
            for page in re.findall(r"<page [^>]*>(.*?)</page>", xml, re.S)]


def visual_lines(pdf: Path) -> list[str]:
    """The text of each line as drawn: pdftotext's pieces on one baseline joined left to right.
    (A mark set half-width by `halt` keeps its full-width advance in the font's widths, so
    pdftotext sees the next mark overlap it and starts a "line" there: `”` / `，培育`.)"""
    out: list[str] = []
    for page in pdf_lines(pdf, 1, page_count(pdf)):
        rows: dict[int, list[tuple[float, str]]] = {}
        for x0, _, _, y1, text in page:
            rows.setdefault(round(y1), []).append((x0, text))
        out += ["".join(t for _, t in sorted(row)) for _, row in sorted(rows.items())]
    return out


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
