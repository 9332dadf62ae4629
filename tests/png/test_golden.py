"""Image similarity against golden PNGs (tests/data/groundtruth/png), with a tolerance.

`pytest --update-golden` rewrites them; look at them before committing. On a mismatch the
actual, expected and difference images are written next to the test's output image
(`<name>.actual.png`, `.expected.png`, `.diff.png`; the failure message names the folder).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from highlights.model import OutputFile

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "groundtruth" / "png"
EPSILON = 0.5  # mean absolute difference per channel, 0–255 (anti-aliasing may differ slightly)
STRONG = 0.0003  # share of pixels allowed to differ by more than 48 (a moved glyph exceeds it)


def difference_image(a: Image.Image, e: Image.Image) -> Image.Image:
    """Where the two differ, in red over a faint copy of the expected image (any size)."""
    w, h = max(a.width, e.width), max(a.height, e.height)
    pa, pe = Image.new("RGB", (w, h), "black"), Image.new("RGB", (w, h), "black")
    pa.paste(a)
    pe.paste(e)
    changed = ImageChops.difference(pa, pe).convert("L").point(lambda v: 255 if v else 0)
    faint = Image.blend(pe, Image.new("RGB", (w, h), "white"), 0.8)
    return Image.composite(Image.new("RGB", (w, h), (255, 0, 0)), faint, changed)


def assert_image_similar(actual: Image.Image, expected: Image.Image, epsilon: float,
                         name: str, where: Path) -> None:
    """Pillow's test helper, in spirit: same size and mode, average pixel difference ≤ epsilon.
    On failure the actual, expected and difference images are written into `where`."""
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
    where.mkdir(parents=True, exist_ok=True)
    stem = name.replace("/", "-").removesuffix(".png")
    a.save(where / f"{stem}.actual.png")
    e.save(where / f"{stem}.expected.png")
    difference_image(a, e).save(where / f"{stem}.diff.png")
    pytest.fail(f"{name}: {reason}; actual, expected and diff images in {where}")


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
    assert_image_similar(Image.open(out / name), Image.open(golden), EPSILON, name,
                         (out / name).parent)


def test_similarity_helper_catches_a_change(tmp_path: Path,
                                            rendered: tuple[Path, list[OutputFile]]) -> None:
    out, _ = rendered
    img = Image.open(out / "cards/03.png").convert("RGB")
    moved = ImageChops.offset(img, 0, 12)
    with pytest.raises(pytest.fail.Exception) as failed:
        assert_image_similar(moved, img, EPSILON, "self-check/moved.png", tmp_path)
    assert str(tmp_path) in str(failed.value)
    for kind in ("actual", "expected", "diff"):
        with Image.open(tmp_path / f"self-check-moved.{kind}.png") as written:
            assert written.size == img.size
    with Image.open(tmp_path / "self-check-moved.diff.png") as diff:
        assert (255, 0, 0) in {c for _, c in diff.convert("RGB").getcolors(1 << 20) or []}


def test_similarity_helper_catches_a_small_layout_change(
        tmp_path: Path, rendered: tuple[Path, list[OutputFile]]) -> None:
    """One point re-broken somewhere on a long image must fail: that is what goldens are for."""
    out, _ = rendered
    img = Image.open(out / "long.png").convert("RGB")
    changed = img.copy()
    box = (120, 2000, 600, 2060)  # one line of text moved right by one character
    changed.paste(img.crop(box), (box[0] + 34, box[1]))
    with pytest.raises(pytest.fail.Exception):
        assert_image_similar(changed, img, EPSILON, "self-check/line.png", tmp_path)
    assert (tmp_path / "self-check-line.diff.png").is_file()
