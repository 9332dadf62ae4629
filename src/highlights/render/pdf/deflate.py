"""The PDF's streams deflated at zlib's default level instead of pydyf's level 9.

pydyf (WeasyPrint's PDF writer) compresses every content stream with
`zlib.compressobj(level=9)`. On the sample that is 375 streams, 5.8 MB before compression:
level 9 takes 133 ms of a 656 ms render, level 6 (zlib's own default) 65 ms for 0.4% more
bytes, level 1 39 ms for 3.4% more (measured 2026-12-04, best of 5, bytes of the compressed
streams 1,438,517 / 1,444,391 / 1,487,485). Level 6 halves the cost for almost no size.

`use_default_level()` gives pydyf a `zlib` whose `compressobj` ignores the level it asks for;
everything else is zlib's. The bytes stay reproducible (deflate is deterministic). It checks
pydyf's code first and changes nothing if it looks different; HIGHLIGHTS_PDF_DEFLATE=9 keeps
pydyf's level.
"""

from __future__ import annotations

import os
import threading
import types
import zlib
from typing import Any

SWITCH = "HIGHLIGHTS_PDF_DEFLATE"
LEVEL = 6
_lock = threading.Lock()
_installed = False


def _level() -> int:
    raw = os.environ.get(SWITCH, "").strip()
    return int(raw) if raw in {str(n) for n in range(1, 10)} else LEVEL


def use_default_level() -> bool:
    """Install the level for pydyf's streams (once per process); True if it is in place."""
    global _installed
    level = _level()
    with _lock:
        if _installed:
            return True
        if level == 9:
            return False
        import pydyf

        data = getattr(getattr(pydyf, "Stream", None), "data", None)
        code = getattr(getattr(data, "fget", None), "__code__", None)
        if (
            getattr(pydyf, "zlib", None) is not zlib
            or code is None
            or ("compressobj" not in code.co_names or 9 not in code.co_consts)
        ):
            return False  # not the pydyf this was written for: leave it alone

        def compressobj(*args: Any, **kwargs: Any) -> Any:
            kwargs.pop("level", None)
            return zlib.compressobj(level, *args[1:], **kwargs)

        shim = types.ModuleType("zlib")
        shim.__dict__.update(vars(zlib))
        shim.compressobj = compressobj  # type: ignore[attr-defined]
        pydyf.zlib = shim
        _installed = True
        return True
