"""OCR reads the card text back (tesseract, language by script): character error rate ≤ 5%."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from highlights.model import Deck, OutputFile
from highlights.render.png import render_png
from highlights.render.png.card import BADGE_COL
from highlights.theme import load_theme

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")
QUOTES = str.maketrans("“”‘’「」『』", "\"\"''\"\"\"\"")


def normalise(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).translate(QUOTES).split())


def distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def ocr(path: Path, lang: str, margin: int, tmp: Path) -> str:
    # Numbered badges are graphics (a digit in a disc) that OCR reads as noise: blank them.
    img = Image.open(path).convert("RGB")
    img.paste((255, 255, 255), (margin - 8, 300, margin + BADGE_COL - 8, img.height - 130))
    probe = tmp / f"ocr-{path.stem}.png"
    img.save(probe)
    run = subprocess.run(["tesseract", str(probe), "-", "-l", lang, "--psm", "6"],
                         capture_output=True, text=True, check=True, timeout=120)
    return run.stdout


CASES = [("hant", "chi_tra", "formal", ["cards/03.png", "cards/06.png"]),
         ("hans", "chi_sim", "formal", ["cards/05.png"]),
         ("english", "eng", "neutral", ["cards/03.png"])]


@pytest.mark.parametrize(("deck", "lang", "theme", "cards"), CASES)
def test_ocr_recovers_card_text(deck: str, lang: str, theme: str, cards: list[str],
                                request: pytest.FixtureRequest, tmp_path: Path) -> None:
    d: Deck = request.getfixturevalue(deck)
    t = load_theme(theme)
    files: list[OutputFile] = render_png(d, t, tmp_path)
    alts = {f.path: f.alt or "" for f in files}
    for name in cards:
        expected = normalise(alts[name])
        got = normalise(ocr(tmp_path / name, lang, t.spacing.card_margin, tmp_path))
        cer = distance(expected, got) / len(expected)
        assert cer <= 0.05, f"{name}: CER {cer:.1%}\nexpected {expected}\ngot      {got}"
