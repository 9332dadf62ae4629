"""The scheduled inbox: publish new or changed articles dropped into a folder, skip the rest.

The look at the inbox is the library's (`highlights.inbox`): unchanged files are recognised
from the manifests, files that failed are set aside until they change, so a quiet inbox costs a
directory scan; the `publish` flow (and its render workers) starts only when there is work.
The run ends Failed when a file failed, with the failures in its message.
"""

# No `from __future__ import annotations`: served runs unpickle the flow function with only
# the globals its body uses, so Prefect must get the parameter types as objects, not as names
# (a `Path` left only in a string annotation fails "InboxModel is not fully defined").
import sys
from pathlib import Path
from typing import Any

from prefect import flow
from prefect.states import Failed

from highlights.errors import shown
from highlights.inbox import SUFFIXES, find_sources, scan, settle
from highlights.records import ArticleResult
from highlights.settings import RunSettings

__all__ = ["SUFFIXES", "find_sources", "inbox"]


@flow(name="inbox")
def inbox(
    inbox_dir: Path = Path("inbox"),
    out: Path = Path("output"),
    settings: RunSettings | None = None,
    settle_seconds: float = 5.0,
) -> Any:
    """Publish every new or changed article in `inbox_dir`; one failure never stops the others.

    Returns the results of the files it looked at (set-aside files are left out), or a Failed
    state holding them when a file failed (it is then set aside)."""
    settings = settings or RunSettings()
    found = scan(inbox_dir, out, settings, settle_seconds)
    for path, refused in sorted(found.refused.items()):  # one line each, as the flow's own
        print(f"{shown(path.name)}: failed: {refused.error}", file=sys.stderr, flush=True)
    published: list[ArticleResult] = []
    if found.pending:
        from flows.publish import publish, results_of  # the pipeline loads only when needed

        published = results_of(
            publish(paths=found.pending, out=out, settings=settings, return_state=True)
        )
    settled = settle(inbox_dir, found, published)
    if settled.failure:
        return Failed(message=settled.failure, data=settled.results)
    return settled.results
