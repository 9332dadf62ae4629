"""A batch of files around the flow: what is decided before it (refused, unchanged), and how
the flow's results join those, one result per file in the order given.

The CLI and the inbox flow both use it, so that `flows/` only wires Prefect around it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from highlights.errors import shown
from highlights.precheck import check_inputs
from highlights.records import ArticleResult
from highlights.settings import RunSettings
from highlights.unchanged import split_unchanged

__all__ = ["Batch", "match_results", "plan_batch"]


def match_results(pending: list[Path], results: list[ArticleResult]) -> dict[Path, ArticleResult]:
    """The flow's result for each pending path. A published result names its file as it is,
    a failed one as shown (escaped), so both names are tried."""
    by_name = {r.path: r for r in results}
    return {p: by_name.get(str(p)) or by_name[shown(p)] for p in pending}


@dataclass
class Batch:
    """`pending` still needs the flow; `decided` holds the refused and unchanged files."""

    paths: list[Path]
    pending: list[Path] = field(default_factory=list)
    decided: dict[Path, ArticleResult] = field(default_factory=dict)

    def results(self, flown: list[ArticleResult]) -> list[ArticleResult]:
        """One result per path of the batch, in order, the flow's filling the pending ones."""
        ran = match_results(self.pending, flown) if self.pending else {}
        return [self.decided.get(p) or ran[p] for p in self.paths]


def plan_batch(
    paths: list[Path], out: Path, settings: RunSettings, *, skip_unchanged: bool = True
) -> Batch:
    """Check every file (one line per refusal, before anything starts) and, unless told not
    to (an override changes the deck, not the source), recognise the unchanged ones from
    their manifests: no Prefect and no renderer for those."""
    paths = list(paths)
    usable, refused, hashes = check_inputs(paths, settings)
    skipped: dict[Path, ArticleResult] = {}
    pending = usable
    if skip_unchanged:
        pending, skipped = split_unchanged(usable, out, settings, hashes)
    return Batch(paths=paths, pending=pending, decided={**refused, **skipped})
