"""What a finished render job means for its article: its files, or one clear error line (a
render that ran too long, a worker that died, a run that was stopped, the renderer's own)."""

from __future__ import annotations

from concurrent.futures import CancelledError, Future
from concurrent.futures.process import BrokenProcessPool

from pebble import ProcessExpired

from highlights.errors import HighlightsError
from highlights.model import OutputFile

__all__ = ["job_outcome", "stopped"]


def stopped(source: str | None) -> HighlightsError:
    return HighlightsError(source, "rendering was stopped", "the run was interrupted")


def job_outcome(
    done: Future[list[OutputFile]], kind: str, source: str | None, timeout: float
) -> list[OutputFile] | BaseException:
    try:
        return done.result()
    except TimeoutError:
        return HighlightsError(
            source,
            f"the {kind.upper()} renderer took longer than {timeout:.0f} s and was stopped",
            "set HIGHLIGHTS_RENDER_TIMEOUT to allow more, or shorten the article",
        )
    except (ProcessExpired, BrokenProcessPool):
        return HighlightsError(
            source,
            f"the {kind.upper()} renderer's process stopped",
            "it was killed or ran out of memory; the next render gets a new one",
        )
    except CancelledError:
        return stopped(source)
    except BaseException as exc:  # the renderer's own error, handed to the caller
        return exc
