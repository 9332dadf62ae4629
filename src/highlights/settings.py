"""Settings for one run: documented defaults, overridable from the CLI or the flow's parameters."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Script = Literal["keep", "hans", "hant", "tw", "hk"]
Format = Literal["pdf", "epub", "png"]
CardPreset = Literal["4:5", "3:4", "1:1"]
ALL_FORMATS: tuple[Format, ...] = ("pdf", "epub", "png")


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


class RunSettings(Settings):
    theme: str = "auto"  # "auto" picks formal for Chinese official texts, neutral otherwise
    formats: list[Format] = Field(default_factory=lambda: list(ALL_FORMATS))
    normalise: NormaliseSettings = Field(default_factory=NormaliseSettings)
    cards: CardSettings = Field(default_factory=CardSettings)
    png: PngSettings = Field(default_factory=PngSettings)
