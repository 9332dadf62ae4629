"""Image similarity against golden PNGs (tests/data/groundtruth/png), with a tolerance.

`pytest --update-golden` rewrites them; look at them before committing. On a mismatch the
actual and expected images are saved into tests/png/failures/ (git-ignored).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from highlights.model import OutputFile

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "groundtruth" / "png"
FAILURES = Path(__file__).resolve().parent / "failures"
EPSILON = 0.5  # mean absolute difference per channel, 0–255 (anti-aliasing may differ slightly)
STRONG = 0.0003  # share of pixels allowed to differ by more than 48 (a moved glyph exceeds it)


def assert_image_similar(actual: Image.Image, expected: Image.Image, epsilon: float,
                         name: str) -> None:
    """Pillow's test helper, in spirit: same size and mode, average pixel difference ≤ epsilon."""
    a, e = actual.convert("RGB"), expected.convert("RGB")
    if a.size == e.size:
        delta = ImageChops.difference(a, e)
        diff = sum(ImageStat.Stat(delta).mean) / 3
        strong = delta.convert("L").point(lambda v: 255 if v > 48 else 0).histogram()[255]
        share = strong / (a.width * a.height)
        if diff <= epsilon and share <= STRONG:
            return
        reason = f"average difference {diff:.2f} (≤ {epsilon}), changed pixels {share:.3%}"
    else:
        reason = f"size {a.size} != {e.size}"
    FAILURES.mkdir(exist_ok=True)
    stem = name.replace("/", "-").removesuffix(".png")
    a.save(FAILURES / f"{stem}.actual.png")
    e.save(FAILURES / f"{stem}.expected.png")
    pytest.fail(f"{name}: {reason}; images saved in {FAILURES}")


@pytest.mark.parametrize("name", ["cover.png", "cards/01.png", "cards/03.png", "cards/05.png",
                                  "long.png"])
def test_matches_golden(name: str, rendered: tuple[Path, list[OutputFile]],
                        update_golden: bool) -> None:
    out, _ = rendered
    golden = GOLDEN / name.replace("/", "-")
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out / name, golden)
        return
    assert golden.is_file(), f"no golden {golden}: run pytest --update-golden and look at it"
    assert_image_similar(Image.open(out / name), Image.open(golden), EPSILON, name)


def test_similarity_helper_catches_a_change(tmp_path: Path,
                                            rendered: tuple[Path, list[OutputFile]]) -> None:
    out, _ = rendered
    img = Image.open(out / "cards/03.png").convert("RGB")
    moved = ImageChops.offset(img, 0, 12)
    with pytest.raises(pytest.fail.Exception):
        assert_image_similar(moved, img, EPSILON, "self-check/moved.png")
    for leftover in FAILURES.glob("self-check-*"):
        leftover.unlink()


def test_similarity_helper_catches_a_small_layout_change(
        rendered: tuple[Path, list[OutputFile]]) -> None:
    """One point re-broken somewhere on a long image must fail: that is what goldens are for."""
    out, _ = rendered
    img = Image.open(out / "long.png").convert("RGB")
    changed = img.copy()
    box = (120, 2000, 600, 2060)  # one line of text moved right by one character
    changed.paste(img.crop(box), (box[0] + 34, box[1]))
    with pytest.raises(pytest.fail.Exception):
        assert_image_similar(changed, img, EPSILON, "self-check/line.png")
    for leftover in FAILURES.glob("self-check-*"):
        leftover.unlink()
