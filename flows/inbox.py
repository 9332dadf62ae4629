"""The scheduled inbox: publish new or changed articles dropped into a folder, skip the rest.

Unchanged files are recognised before any work from the manifests already in the output folder
(same source bytes, program version and settings), so a quiet inbox costs a directory scan.
Files still being written (modified in the last `settle_seconds`) wait for the next run.
"""

# No `from __future__ import annotations`: served runs unpickle the flow function with only
# the globals its body uses, so Prefect must get the parameter types as objects, not as names
# (a `Path` left only in a string annotation fails "InboxModel is not fully defined").
from pathlib import Path

from prefect import flow

from flows.publish import publish
from highlights.precheck import SUFFIXES, check_inputs, inbox_sources
from highlights.publish import ArticleResult
from highlights.settings import RunSettings
from highlights.unchanged import split_unchanged

__all__ = ["SUFFIXES", "find_sources", "inbox"]


def find_sources(inbox_dir: Path, settle_seconds: float = 0.0) -> list[Path]:
    """Article files under the inbox, hidden files and folders excluded, in name order; links
    and other non-files are listed too, and refused one by one by `check_inputs`."""
    return inbox_sources(inbox_dir, settle_seconds)


@flow(name="inbox")
def inbox(
    inbox_dir: Path = Path("inbox"),
    out: Path = Path("output"),
    settings: RunSettings | None = None,
    settle_seconds: float = 5.0,
) -> list[ArticleResult]:
    """Publish every new or changed article in `inbox_dir`; one failure never stops the others."""
    settings = settings or RunSettings()
    paths = find_sources(inbox_dir, settle_seconds)
    # Links (unless allowed, and then only into the inbox), pipes, devices, names that are not
    # UTF-8 and files over the limits are skipped, each reported in one line.
    usable, refused, hashes = check_inputs(paths, settings, root=inbox_dir)
    todo, done = split_unchanged(usable, out, settings, hashes)
    published = publish(paths=todo, out=out, settings=settings) if todo else []
    by_path = dict(zip(todo, published, strict=True))  # the flow answers in order
    return [refused.get(p) or done.get(p) or by_path[p] for p in paths]
