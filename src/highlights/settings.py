"""Settings for one run: documented defaults, overridable from the CLI or the flow's parameters."""

from __future__ import annotations

import os
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Script = Literal["keep", "hans", "hant", "tw", "hk"]
Format = Literal["pdf", "epub", "png"]
CardPreset = Literal["4:5", "3:4", "1:1"]
ALL_FORMATS: tuple[Format, ...] = ("pdf", "epub", "png")
# Ready-to-post bundles (`highlights.bundles`, limits in assets/platforms.toml).
Platform = Literal["xhs", "instagram", "x", "wechat", "weibo", "linkedin"]
PLATFORMS: tuple[Platform, ...] = ("xhs", "instagram", "x", "wechat", "weibo", "linkedin")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NormaliseSettings(Settings):
    script: Script = "keep"  # keep the source's script, or convert with OpenCC
    space_cjk_latin: bool = False  # official Chinese style puts no space between Han and Latin


class CardSettings(Settings):
    max_cards: int = Field(default=16, ge=1)  # a news programme of 16 stories keeps them all
    min_points: int = Field(default=2, ge=1)
    max_points: int = Field(default=5, ge=1)
    max_point_chars: int = Field(default=60, ge=10)  # Han characters (Latin counts half)
    max_title_chars: int = Field(default=24, ge=4)


class PngSettings(Settings):
    preset: CardPreset = "4:5"  # 1080×1350; "3:4" 1080×1440; "1:1" 1080×1080
    long_max_height: int = Field(default=16000, ge=2000)
    image_format: Literal["png", "jpeg"] = "png"


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value.isdigit() else default


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


class InputSettings(Settings):
    """What an input may be and cost; checked before Prefect or any renderer starts. Each
    default can be changed with its environment variable (or a `publish` option)."""

    max_bytes: int = Field(  # scraped pages are well under 1 MB; the desk's upload limit
        default_factory=lambda: _env_int("HIGHLIGHTS_MAX_BYTES", 5 * 1024 * 1024), ge=1
    )
    max_lines: int = Field(  # paragraphs and list items of the article text
        default_factory=lambda: _env_int("HIGHLIGHTS_MAX_LINES", 5000), ge=1
    )
    max_chars: int = Field(  # characters of the article text (a long report is ~100,000)
        default_factory=lambda: _env_int("HIGHLIGHTS_MAX_CHARS", 500_000), ge=1
    )
    max_pages: int = Field(  # pages of the PDF, counted after layout and before writing
        default_factory=lambda: _env_int("HIGHLIGHTS_MAX_PAGES", 500), ge=1
    )
    # A link is read only when asked (and, in an inbox, only to a file inside it).
    follow_symlinks: bool = Field(default_factory=lambda: _env_flag("HIGHLIGHTS_FOLLOW_SYMLINKS"))
    # Publish an article that yields no card (a title alone, one line).
    allow_empty: bool = Field(default_factory=lambda: _env_flag("HIGHLIGHTS_ALLOW_EMPTY"))


class RunSettings(Settings):
    theme: str = "auto"  # "auto" picks formal for Chinese official texts, neutral otherwise
    formats: list[Format] = Field(default_factory=lambda: list(ALL_FORMATS))
    platforms: list[Platform] = Field(default_factory=list)  # bundles under platforms/<name>/
    normalise: NormaliseSettings = Field(default_factory=NormaliseSettings)
    cards: CardSettings = Field(default_factory=CardSettings)
    png: PngSettings = Field(default_factory=PngSettings)
    inputs: InputSettings = Field(default_factory=InputSettings)  # not part of the output
