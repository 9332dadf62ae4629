"""What the warm publish host and its clients share, without importing Prefect: where the host
listens, the fingerprint of the settings it was started with, and the messages they exchange.

A request and its answers are JSON lines on a Unix socket in the shared server's folder
(mode 0700, the socket 0600: only this user can talk to it).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flows.console import PREFECT_DEFAULTS

SWITCH = "HIGHLIGHTS_WARM_HOST"
SOCKET = "host.sock"
RECORD = "host.json"  # written by the host once it listens: {"pid", "fingerprint"}
WANTED = "host-wanted.json"  # a client's environment, for the keeper's next host

# The environment that shapes a run (settings, fonts, caches, Prefect): a host started with
# other values would publish differently, so a client whose values differ is not served.
_EXACT = {
    "SOURCE_DATE_EPOCH",
    "TZ",
    "LANG",
    "LANGUAGE",
    "PATH",
    "HOME",
    "TMPDIR",
    "PYTHONPATH",
    "PYTHONHASHSEED",
    "DO_NOT_TRACK",
    "FONTCONFIG_FILE",
    "FONTCONFIG_PATH",
    "XDG_CACHE_HOME",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_DATA_DIRS",
}
_PREFIXES = ("HIGHLIGHTS_", "PREFECT_", "LC_")
_IGNORED = {SWITCH, "HIGHLIGHTS_SERVER_IDLE_MINUTES", "PREFECT_API_URL"}  # not about a run


def enabled(env: Mapping[str, str] = os.environ) -> bool:
    return env.get(SWITCH, "1").strip().lower() not in {"0", "false", "no", "off"}


def relevant_env(env: Mapping[str, str]) -> dict[str, str]:
    return {
        key: value
        for key, value in env.items()
        if (key in _EXACT or key.startswith(_PREFIXES)) and key not in _IGNORED
    }


def _code_stamp() -> list[object]:
    """Where the code is and when it last changed: a host must not run older code."""
    stamp: list[object] = [sys.executable]
    for module in ("highlights", "flows"):
        folder = Path(sys.modules[module].__file__ or ".").parent
        files = list(folder.rglob("*.py"))
        stamp += [str(folder), len(files), max((p.stat().st_mtime_ns for p in files), default=0)]
    return stamp


def fingerprint(env: Mapping[str, str]) -> str:
    """The run-shaping environment (with Prefect's defaults as every command sets them) and
    the code: equal fingerprints publish the same bytes."""
    import highlights  # noqa: F401  (for _code_stamp)

    values = relevant_env(env)
    for key, value in PREFECT_DEFAULTS.items():
        values.setdefault(key, value)
    data = json.dumps([sorted(values.items()), _code_stamp()], ensure_ascii=True)
    return hashlib.sha256(data.encode()).hexdigest()


def other_server_maybe(env: Mapping[str, str] = os.environ, cwd: Path | None = None) -> bool:
    """A Prefect server other than the shared local one may be configured (environment, the
    active profile, or a settings file in the working folder), found without importing Prefect.
    When unsure, True: the cold path then asks Prefect itself."""
    if env.get("PREFECT_API_URL"):
        return True
    here = cwd or Path.cwd()
    if (here / "prefect.toml").exists():
        return True
    for name, mark in ((".env", "PREFECT_"), ("pyproject.toml", "tool.prefect")):
        try:
            if mark in (here / name).read_text(errors="replace"):
                return True
        except OSError:
            pass
    home = Path(env.get("PREFECT_HOME") or "~/.prefect").expanduser()
    profiles = Path(env.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        data = tomllib.loads(profiles.read_text())
    except FileNotFoundError:
        return False  # Prefect's own defaults: no server named
    except (OSError, ValueError):
        return True
    active = env.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    profile = data.get("profiles", {}).get(active, {})
    return not isinstance(profile, dict) or bool(profile.get("PREFECT_API_URL"))


@contextmanager
def address(folder: Path) -> Iterator[str]:
    """The socket's address; a path too long for a Unix socket (108 bytes) goes through the
    folder's descriptor in /proc instead."""
    path = str(folder / SOCKET)
    if len(os.fsencode(path)) < 100:
        yield path
        return
    fd = os.open(folder, os.O_PATH | os.O_DIRECTORY)
    try:
        yield f"/proc/self/fd/{fd}/{SOCKET}"
    finally:
        os.close(fd)


def send(sock: socket.socket, message: dict[str, Any]) -> None:
    sock.sendall(json.dumps(message, ensure_ascii=True).encode() + b"\n")


def messages(sock: socket.socket) -> Iterator[dict[str, Any]]:
    """The JSON lines received, until the other end closes."""
    with sock.makefile("rb") as stream:
        for line in stream:
            found = json.loads(line)
            if isinstance(found, dict):
                yield found


def read_one(sock: socket.socket) -> dict[str, Any] | None:
    """One JSON line, read byte by byte: nothing after it is taken from the socket."""
    line = bytearray()
    while not line.endswith(b"\n"):
        chunk = sock.recv(1)
        if not chunk:
            return None
        line += chunk
    found = json.loads(line)
    return found if isinstance(found, dict) else None


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        found = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Atomically (a reader never sees half a file)."""
    part = path.with_name(f".{path.name}.{os.getpid()}")
    part.write_text(json.dumps(data) + "\n")
    os.replace(part, path)
