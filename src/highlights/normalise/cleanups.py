"""The character clean-up rules, in the order they run: each names the count it reports."""

from __future__ import annotations

from collections.abc import Callable

from highlights.normalise import cleanup
from highlights.normalise.fix import Fix
from highlights.normalise.marks import (
    drop_caption_marks,
    drop_noise_tokens,
    drop_script_timings,
    drop_summary_label,
    space_glued_commas,
)

__all__ = ["CLEANUP"]

# entities and tags first (what they hide is text), spaces last (every rule may leave some)
CLEANUP: tuple[tuple[str, Callable[[str], Fix]], ...] = (
    ("entities", cleanup.decode_entities),
    ("stray_tags", cleanup.strip_tags),
    ("jammer", cleanup.drop_jammer),
    ("control_chars", cleanup.remove_controls),
    ("unicode_nfc", cleanup.to_nfc),
    ("lost_indent", cleanup.drop_lost_indent),
    ("note_marks", cleanup.drop_note_marks),
    ("backtick_apostrophes", cleanup.backtick_apostrophes),
    ("caption_marks", drop_caption_marks),
    ("noise_tokens", drop_noise_tokens),
    ("script_timings", drop_script_timings),
    ("summary_label", drop_summary_label),
    ("glued_commas", space_glued_commas),
    ("whitespace", cleanup.normalise_spaces),
)
