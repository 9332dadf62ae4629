"""Every bundle, read back from disk, passes its platform's limits as the table states them;
the check fails, naming the limit, when a bundle breaks one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from PIL import Image

from highlights.bundles.images import draw_bundle
from highlights.bundles.limits import BundleLimitError, check, limits, platform_length
from highlights.model import OutputFile
from highlights.render.job import Prepared
from highlights.settings import PLATFORMS, RunSettings

ROOT = Path(__file__).resolve().parents[2]
TABLE = tomllib.loads((ROOT / "assets" / "platforms.toml").read_text(encoding="utf-8"))


def test_the_table_has_every_platform_and_the_date_it_was_checked() -> None:
    assert isinstance(TABLE["checked"], dt.date)
    assert set(TABLE["platforms"]) == set(PLATFORMS)
    assert TABLE["platforms"]["xhs"]["max_title"] == 20  # issue 17's figures
    assert TABLE["platforms"]["x"]["max_images"] == 4
    assert TABLE["platforms"]["weibo"]["max_height"] == 20000


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True,
                          text=True, check=True).stdout
    assert "Tagged:          yes" in info  # PDF/UA: a tagged carousel
    return [(float(w) / 0.75, float(h) / 0.75)
            for w, h in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info)]


def test_each_bundle_on_disk_passes_the_tables_limits(
    bundles: tuple[Path, Prepared, list[OutputFile]],
) -> None:
    """Read back, not trusted from the code that made them: sizes, counts, bytes, lengths."""
    stage, _, files = bundles
    for name, row in TABLE["platforms"].items():
        folder = stage / "platforms" / name
        caption = (folder / "post.txt").read_text(encoding="utf-8")
        assert caption.strip()
        if "max_caption" in row:
            assert platform_length(caption) <= row["max_caption"], name
        if "max_title" in row:
            assert platform_length(caption.splitlines()[0]) <= row["max_title"], name
        if row["kind"] == "carousel":
            pages = pdf_pages(folder / "carousel.pdf")
            assert pages and all(round(w) == row["width"] and round(h) == row["height"]
                                 for w, h in pages), pages
            continue
        images = sorted(p for p in folder.glob("*.png") if p.name != "cover.png")
        assert images, name
        assert len(images) <= row.get("max_images", 10**6), (name, len(images))
        alts = {f.path: f.alt for f in files}
        for path in images:
            with Image.open(path) as img:
                w, h = img.size
            assert w == row["width"], (path, w)
            assert h == row["height"] or row["height"] == 0, (path, h)
            assert h <= row.get("max_height", 10**6), (path, h)
            assert path.stat().st_size < row.get("max_bytes", 10**9), path
            alt = alts[path.relative_to(stage).as_posix()]
            assert alt and platform_length(alt) <= row.get("max_alt", 10**6), path
        if "cover_width" in row:
            with Image.open(folder / "cover.png") as img:
                assert img.size == (row["cover_width"], row["cover_height"])


def test_the_check_names_the_limit_a_bundle_breaks(
    bundles: tuple[Path, Prepared, list[OutputFile]],
) -> None:
    """The same bundles against tighter limits: each is refused, naming the limit."""
    _, prepared, _ = bundles
    settings = RunSettings(platforms=["xhs", "wechat"])
    xhs, _ = draw_bundle(prepared.record, "xhs", settings)
    check(xhs)  # passes as the table has it
    tighter = {"max_images": 2, "max_title": 3, "max_caption": 10, "max_alt": 5, "height": 1350}
    for field, value in tighter.items():
        with pytest.raises(BundleLimitError, match=field):
            check(xhs, dataclasses.replace(limits("xhs"), **{field: value}))
    wechat, _ = draw_bundle(prepared.record, "wechat", settings)
    with pytest.raises(BundleLimitError, match="max_bytes"):
        check(wechat, dataclasses.replace(limits("wechat"), max_bytes=1000))
    with pytest.raises(BundleLimitError, match="max_height"):
        check(wechat, dataclasses.replace(limits("wechat"), max_height=2000))


def test_a_long_image_is_split_only_between_sections(
    bundles: tuple[Path, Prepared, list[OutputFile]],
) -> None:
    """Under a lower height or byte limit the long image comes in parts, each ending where a
    section ends: the parts' heights add up to the whole, and each is within the limit."""
    from functools import partial

    from highlights.bundles.images import _long
    from highlights.render.png import long
    from highlights.render.png.callout import callout_bands
    from highlights.render.png.paint import Palette
    from highlights.render.png.provenance import provenance_band

    _, prepared, _ = bundles
    pub, settings = prepared.record, RunSettings()
    pal = Palette.of(pub.theme)
    figures = partial(callout_bands, pub=pub, theme=pub.theme, p=pal)
    bands = long.bands(pub, pub.theme, provenance_band(pub, pub.theme, pal), figures)
    edges = {sum(b.height for b in bands[:k]) for k in range(len(bands) + 1)}
    whole = _long(pub, limits("weibo"), settings)
    assert len(whole) == 1
    parts = _long(pub, dataclasses.replace(limits("weibo"), max_height=3000), settings)
    assert len(parts) > 1 and all(p.size[1] <= 3000 for p in parts)
    tops = [sum(p.size[1] for p in parts[:k]) for k in range(len(parts) + 1)]
    assert set(tops) <= edges and tops[-1] == whole[0].size[1]
    small = _long(pub, dataclasses.replace(limits("wechat"), max_bytes=len(whole[0].data) - 1),
                  settings)
    assert len(small) > 1 and all(len(p.data) < len(whole[0].data) for p in small)


@pytest.mark.parametrize("platform", ["xhs", "instagram", "x"])
def test_a_bundles_cards_set_the_points_at_one_size(
    bundles: tuple[Path, Prepared, list[OutputFile]], platform: str,
) -> None:
    """One point size for the deck in a bundle too, as in cards/ (the deck's size at the
    platform's image size), read from what draw_card noted."""
    from highlights.render.png.drawn import DrawnImage, recording

    _, prepared, _ = bundles
    settings = RunSettings(formats=["png"], platforms=[platform])  # type: ignore[list-item]
    with recording(DrawnImage("", "bundle")) as drawn:
        draw_bundle(prepared.record, platform, settings)
    sizes = {b.size for b in drawn.blocks if b.role == "point"}
    assert len(sizes) == 1, sizes
