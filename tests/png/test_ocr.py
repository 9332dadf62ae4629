"""OCR reads the card text back (tesseract, language by script): character error rate ≤ 5%."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from tests.render_support import render_png

from highlights.model import Deck, OutputFile
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
    # Greyscale (ITU-R 601 luma) first: tesseract's own colour conversion drops the dark red
    # term colour and white-on-red titles, which a reader (and this luma) sees clearly.
    img = Image.open(path).convert("L")
    img.paste(255, (margin - 8, 300, margin + BADGE_COL - 8, img.height - 130))
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


@pytest.mark.slow
def test_ocr_every_card_of_the_sample(tmp_path: Path) -> None:
    """The whole sample deck, as build_deck makes it: every card image, chi_tra."""
    cards = pytest.importorskip("highlights.cards")
    from highlights.ingest import read_source
    from highlights.normalise import normalise as normalise_article

    sample = Path(__file__).resolve().parents[2] / "assets" / "samples" / "zigong-communique.txt"
    deck = cards.build_deck(normalise_article(read_source(sample)))
    theme = load_theme("formal")
    files = [f for f in render_png(deck, theme, tmp_path) if f.path.startswith("cards/")]
    rates = {}
    for f in files[1:]:  # 01 is the cover: big display type, checked by the alt test
        expected = normalise(f.alt or "")
        got = normalise(ocr(tmp_path / f.path, "chi_tra", theme.spacing.card_margin, tmp_path))
        rates[f.path] = distance(expected, got) / len(expected)
    print({k: f"{v:.1%}" for k, v in rates.items()})
    assert max(rates.values()) <= 0.05, rates
