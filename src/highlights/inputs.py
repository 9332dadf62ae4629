"""Inputs are regular files, read once and within limits, and shown safely in messages.

A file is looked at (lstat) before it is opened, and opened with O_NONBLOCK and O_NOFOLLOW,
so a named pipe, a device such as /dev/zero or a link swapped in meanwhile is refused in
milliseconds instead of blocking or reading without end. Symbolic links are refused unless
asked for, and then, under an inbox, only when they point inside it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from highlights.errors import InputError, shown
from highlights.settings import InputSettings

__all__ = ["check_kind", "check_size", "name_problem", "read_input", "shown"]

_KINDS = (
    (stat.S_ISDIR, "is a folder, not a file", "give the article files inside it"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a file", "save the article to a file first"),
    (stat.S_ISCHR, "is a device, not a file", "give a .txt, .md or .html article file"),
    (stat.S_ISBLK, "is a device, not a file", "give a .txt, .md or .html article file"),
    (stat.S_ISSOCK, "is a socket, not a file", "give a .txt, .md or .html article file"),
)


def name_problem(path: Path) -> str | None:
    """Why a file name cannot go through the flow (Prefect's JSON needs UTF-8), or None."""
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        return "the file name is not valid UTF-8"
    return None


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_kind(path: Path, mode: int) -> None:
    for test, reason, hint in _KINDS:
        if test(mode):
            raise InputError(path, reason, hint)
    if not stat.S_ISREG(mode):
        raise InputError(path, "is not a regular file", "give a .txt, .md or .html article file")


def _check_link(path: Path, settings: InputSettings, root: Path | None) -> None:
    if not settings.follow_symlinks:
        hint = "give the file itself" + (
            ", or serve with --follow-symlinks for links inside the inbox"
            if root
            else ", or pass --follow-symlinks"
        )
        raise InputError(path, "is a symbolic link: not read", hint)
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise InputError(path, "is a broken symbolic link", "fix or remove the link") from exc
    if root is not None and not target.is_relative_to(root.resolve()):
        raise InputError(
            path, "is a symbolic link to a file outside the inbox: not read", "copy the file in"
        )


def read_input(path: Path, settings: InputSettings, root: Path | None = None) -> bytes:
    """The bytes of an article file, or InputError with one line saying what is wrong.

    `root` is the inbox: a followed link must stay inside it, and so must the file.
    """
    path = Path(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file", "check the path") from None
    if stat.S_ISLNK(info.st_mode):
        _check_link(path, settings, root)
        info = os.stat(path)
    elif root is not None and not path.resolve().is_relative_to(root.resolve()):
        raise InputError(path, "is outside the inbox (a linked folder?)", "copy the file in")
    check_kind(path, info.st_mode)  # never open a pipe or a device, even without reading
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC
    if not settings.follow_symlinks:
        flags |= os.O_NOFOLLOW
    try:
        # Opening never blocks (O_NONBLOCK: a FIFO with no writer opens at once); what was
        # opened is checked from its descriptor, so a file swapped meanwhile is seen too.
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == 40:  # ELOOP: it became a link after the lstat
            raise InputError(path, "is a symbolic link: not read", "give the file itself") from None
        raise
    with os.fdopen(fd, "rb", buffering=0) as handle:
        opened = os.fstat(fd)
        check_kind(path, opened.st_mode)
        limit = settings.max_bytes
        if opened.st_size > limit:
            raise InputError(
                path,
                f"is {_mb(opened.st_size)}, more than the limit of {_mb(limit)}",
                "split it, or raise HIGHLIGHTS_MAX_BYTES or --max-bytes",
            )
        os.set_blocking(fd, True)
        data = handle.read(limit + 1)  # bounded even if the file grows while it is read
    if len(data) > limit:
        raise InputError(
            path,
            f"grew past the limit of {_mb(limit)} while it was read",
            "publish it once it is complete, or raise HIGHLIGHTS_MAX_BYTES or --max-bytes",
        )
    return data


def check_size(path: Path, lines: int, chars: int, settings: InputSettings) -> None:
    """The article text within its limits on lines (blocks) and characters."""
    if lines > settings.max_lines:
        raise InputError(
            path,
            f"has {lines:,} lines of text, more than the limit of {settings.max_lines:,}",
            "split it, or raise HIGHLIGHTS_MAX_LINES or --max-lines",
        )
    if chars > settings.max_chars:
        raise InputError(
            path,
            f"has {chars:,} characters of text, more than the limit of {settings.max_chars:,}",
            "split it, or raise HIGHLIGHTS_MAX_CHARS or --max-chars",
        )
