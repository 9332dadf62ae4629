"""Themes: data in `assets/themes/<name>/theme.toml`, read by the PDF, EPUB and PNG renderers."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from highlights.errors import HighlightsError, shown
from highlights.model import Language
from highlights.paths import themes_dir

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Colors(_Part):
    primary: str  # header band, badges
    accent: str  # gold / accent details on the primary colour
    on_primary: str  # text on the primary colour
    background: str  # page and card background
    panel: str  # lead panel
    text: str
    muted: str  # footer, captions
    term: str  # highlighted terms' text colour
    highlighter: str  # the translucent highlighter stroke behind key terms
    highlighter_alpha: float = 0.55
    rule: str  # thin rules between sections
    ribbon: str = "#FFFFFF"  # the date ribbon on the header band
    on_ribbon: str | None = None  # text on the ribbon; the primary colour when unset


class Fonts(_Part):
    sans_family: str = "Noto Sans CJK"  # CSS family name stem; the script suffix is added
    serif_family: str = "Noto Serif CJK"
    sans_regular: str = "NotoSansCJK-Regular.ttc"
    sans_bold: str = "NotoSansCJK-Bold.ttc"
    serif_regular: str = "NotoSerifCJK-Regular.ttc"
    serif_bold: str = "NotoSerifCJK-Bold.ttc"


class Sizes(_Part):
    """Pixel sizes for the 1080-px-wide images; the PDF scales them to points."""

    kicker: int = 30
    title: int = 72
    title_min: int = 56
    lead: int = 35
    card_title: int = 48
    point: int = 34
    point_min: int = 30
    footer: int = 26
    badge: int = 40
    card_point: int = 44  # points on a card image start here and shrink down to point_min
    cover_title: int = 84  # title on the cover card; shrinks down to title_min


class Spacing(_Part):
    margin: int = 72
    section_gap: int = 56
    line_height: float = 1.65
    header_height: int = 680
    card_margin: int = 80  # side margin of card images (hanging marks stay inside it)


class Theme(_Part):
    name: str
    label: str
    colors: Colors
    fonts: Fonts = Fonts()
    sizes: Sizes = Sizes()
    spacing: Spacing = Spacing()
    kicker: dict[str, str] = {}  # default kicker text per language
    logo: str | None = None  # file name inside the theme folder

    @property
    def folder(self) -> Path:
        return themes_dir() / self.name

    def logo_path(self) -> Path | None:
        return self.folder / self.logo if self.logo else None


def available_themes() -> list[str]:
    return sorted(p.parent.name for p in themes_dir().glob("*/theme.toml"))


def check_theme_name(name: str) -> None:
    """A theme is a folder name in assets/themes, never a path (`../x` is refused)."""
    folder = themes_dir() / name
    if (
        not _NAME.fullmatch(name)
        or name not in available_themes()
        or not folder.resolve().is_relative_to(themes_dir().resolve())
    ):
        choices = ", ".join(available_themes()) or "none installed"
        raise HighlightsError(
            None,
            f"unknown theme {shown(name)!r}: themes are names in assets/themes",
            f"choose one of: {choices}",
        )


def load_theme(name: str) -> Theme:
    check_theme_name(name)
    path = themes_dir() / name / "theme.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Theme(name=name, **data)
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        first = str(exc).splitlines()[0]
        raise HighlightsError(path, f"invalid theme: {first}", "fix the theme file") from exc


def pick_theme(requested: str, language: Language, official: bool) -> Theme:
    """`auto`: the formal red-and-gold theme for Chinese official texts, neutral otherwise."""
    if requested != "auto":
        return load_theme(requested)
    return load_theme("formal" if official and language != "en" else "neutral")
