"""A photo story: a wire's pictures with their captions and a line or two of text. What the
pictures show is the story, not captions to drop around it."""

from __future__ import annotations

from highlights.model import Block, Report

__all__ = ["as_photo_story"]

PICTURES_MIN = 3  # captions: fewer are pictures beside a story
TEXT_SHARE = 0.5  # of the captions' length: less text than this around them tells no story


def as_photo_story(
    kept: list[tuple[int, Block]], pictures: list[tuple[int, str]], report: Report
) -> list[tuple[int, Block]]:
    """The kept blocks, then what the pictures show when they are the story:
    all the text there is, or far more than the text around them (`深秋时节，田间地头依然是一派
    忙碌的景象。` over twelve captioned pictures of farm work)."""
    shown = sum(len(text) for _, text in pictures)
    text = sum(len(block.text) for _, block in kept)
    if kept and (len(pictures) < PICTURES_MIN or text >= TEXT_SHARE * shown):
        return kept
    at = {index for index, _ in kept}
    captions = [(index, Block(text=caption)) for index, caption in pictures if index not in at]
    report.count("captions_as_text", len(captions))
    return [*kept, *captions]  # the text the pictures illustrate opens the story: its headline
