"""The scheduled inbox: publish new or changed articles dropped into a folder, skip the rest.

The look at the inbox is the library's (`highlights.inbox`): unchanged files are recognised
from the manifests, files that failed are set aside until they change, so a quiet inbox costs a
directory scan; the `publish` flow (and its render workers) starts only when there is work.
The run ends Failed when a file failed, with the failures in its message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow
from prefect.states import Failed

from highlights.inbox import FAILED, find_sources, forget, scan, set_aside
from highlights.publish import ArticleResult
from highlights.settings import RunSettings

__all__ = ["find_sources", "inbox"]


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
    published: list[ArticleResult] = []
    if found.pending:
        from flows.publish import publish, results_of  # the pipeline loads only when needed

        published = results_of(
            publish(paths=found.pending, out=out, settings=settings, return_state=True)
        )
    by_path = {Path(r.path): r for r in published}
    results = [found.unchanged.get(p) or by_path[p] for p in sorted({*found.unchanged, *by_path})]
    for result in results:
        if result.status == "failed":
            set_aside(inbox_dir, Path(result.path), result.error or "failed")
        else:
            forget(inbox_dir, Path(result.path))  # changed since it failed, and now fine
    failed = [r for r in results if r.status == "failed"]
    if failed:
        reasons = "; ".join((r.error or r.path) for r in failed[:5])
        message = (
            f"{len(failed)} of {len(results)} inbox files failed and are set aside in "
            f"{inbox_dir / FAILED} until they change: {reasons}"
        )
        return Failed(message=message, data=results)
    return results
