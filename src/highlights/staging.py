"""Staging folders, their locks and their clean-up, none of which ever follows a link.

`<out>/.staging/` holds each run's folder until it is complete, the per-article lock files and
the renderers' scratch folders. A killed run leaves its folder behind: folders and lock files
untouched for a day are swept, through a descriptor of `.staging` itself (O_NOFOLLOW) and
without following any link inside it, so nothing outside the output folder is ever removed.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from highlights.errors import HighlightsError

STAGING = ".staging"
STALE_AFTER_S = 24 * 3600  # no run takes a day: a staging folder this old was left by a kill
TEMP_PREFIXES = ("highlights-pdf-", "highlights-epub-", "highlights-warm-")  # older versions


def staging_root(out_root: Path) -> Path:
    """`<out>/.staging`, created if needed; a link there is refused: runs would write (and the
    sweep delete) wherever it points."""
    parent = out_root / STAGING
    parent.mkdir(parents=True, exist_ok=True)
    if parent.is_symlink() or not stat.S_ISDIR(os.lstat(parent).st_mode):
        raise HighlightsError(
            parent, "is a symbolic link, not a folder", "remove it: highlights creates it itself"
        )
    return parent


def new_staging_dir(out_root: Path, slug: str) -> Path:
    parent = staging_root(out_root)
    sweep_staging(out_root)
    return Path(tempfile.mkdtemp(prefix=f"{slug}-", dir=parent))


def _open_dir(path: Path) -> int | None:
    try:
        return os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None  # missing, or a link: nothing to sweep


def sweep_staging(out_root: Path, max_age_s: float = STALE_AFTER_S) -> list[Path]:
    """Remove what killed runs left in `<out>/.staging` (untouched for `max_age_s`): their
    folders and stale lock files. Links are never followed, only ever looked at."""
    removed: list[Path] = []
    fd = _open_dir(out_root / STAGING)
    if fd is None:
        return removed
    now = time.time()
    try:
        with os.scandir(fd) as entries:
            for entry in entries:
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue  # removed meanwhile by its own run
                if now - info.st_mtime <= max_age_s:
                    continue
                if stat.S_ISDIR(info.st_mode):
                    # dir_fd: rmtree works through descriptors and never follows a link.
                    shutil.rmtree(entry.name, dir_fd=fd, ignore_errors=True)
                elif stat.S_ISREG(info.st_mode) and entry.name.endswith(".lock"):
                    if not _remove_stale_lock(fd, entry.name):
                        continue
                else:
                    continue
                removed.append(out_root / STAGING / entry.name)
    finally:
        os.close(fd)
    sweep_temp(max_age_s)
    return removed


def remove_folder(parent: Path, name: str) -> bool:
    """Remove `parent/name` (a folder, not a link) through a descriptor of `parent` opened
    without following links: nothing outside `parent` can be reached."""
    fd = _open_dir(parent)
    if fd is None:
        return False
    try:
        if not stat.S_ISDIR(os.stat(name, dir_fd=fd, follow_symlinks=False).st_mode):
            return False
        shutil.rmtree(name, dir_fd=fd, ignore_errors=True)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def sweep_folders(parent: Path, max_age_s: float = STALE_AFTER_S) -> list[str]:
    """Remove the folders in `parent` untouched for `max_age_s`; links are left alone."""
    fd = _open_dir(parent)
    if fd is None:
        return []
    removed: list[str] = []
    now = time.time()
    try:
        with os.scandir(fd) as entries:
            for entry in entries:
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if stat.S_ISDIR(info.st_mode) and now - info.st_mtime > max_age_s:
                    shutil.rmtree(entry.name, dir_fd=fd, ignore_errors=True)
                    removed.append(entry.name)
    finally:
        os.close(fd)
    return removed


def _open_lock(name: str, dir_fd: int | None = None) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
    return os.open(name, flags, 0o600, dir_fd=dir_fd)


def _remove_stale_lock(dir_fd: int, name: str) -> bool:
    """Unlink a lock file only while holding it, and only if it is still the file at its name:
    a run that opened it meanwhile then finds another file and tries again."""
    try:
        fd = _open_lock(name, dir_fd)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return False  # in use
    try:
        if os.stat(name, dir_fd=dir_fd, follow_symlinks=False).st_ino == os.fstat(fd).st_ino:
            os.unlink(name, dir_fd=dir_fd)
            return True
        return False
    except OSError:
        return False
    finally:
        os.close(fd)  # closing releases the lock


@contextmanager
def slug_lock(out_root: Path, slug: str) -> Iterator[None]:
    """The per-article lock: `<out>/.staging/<slug>.lock`, never through a link."""
    path = staging_root(out_root) / f"{slug}.lock"
    while True:
        fd = _open_lock(str(path))
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            current = os.stat(path, follow_symlinks=False).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            current = False
        if current:
            break
        os.close(fd)  # swept while we waited: lock the file now at that name
    try:
        os.utime(fd)  # in use today: not stale
        yield
    finally:
        os.close(fd)


@contextmanager
def work_dir(out_dir: Path, what: str) -> Iterator[Path]:
    """A renderer's scratch folder inside its staging folder, not in /tmp: whatever way a run
    ends, it goes with the staging folder (discarded, or swept after a day)."""
    with tempfile.TemporaryDirectory(prefix=f".work-{what}-", dir=out_dir) as tmp:
        yield Path(tmp)


def sweep_temp(max_age_s: float = STALE_AFTER_S) -> None:
    """Scratch folders that earlier versions left in the system's temporary folder."""
    root = tempfile.gettempdir()
    now, uid = time.time(), os.getuid()
    try:
        names = [n for n in os.listdir(root) if n.startswith(TEMP_PREFIXES)]
    except OSError:
        return
    fd = _open_dir(Path(root))
    if fd is None:
        return
    try:
        for name in names:
            try:
                info = os.stat(name, dir_fd=fd, follow_symlinks=False)
            except OSError:
                continue
            mine = info.st_uid == uid and stat.S_ISDIR(info.st_mode)
            if mine and now - info.st_mtime > max_age_s:
                shutil.rmtree(name, dir_fd=fd, ignore_errors=True)
    finally:
        os.close(fd)


def umask() -> int:
    """This process's umask, read without changing it (other threads may be creating files)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    old = os.umask(0o022)
    os.umask(old)
    return old


def share_like_umask(folder: Path) -> None:
    """Give a folder made by mkdtemp (always 0700) the mode the umask asks for, so that a desk or
    web server running as another user can read the published set (0755 under umask 022)."""
    try:
        os.chmod(folder, 0o777 & ~umask())
    except OSError as exc:
        if exc.errno != errno.ENOENT:
            raise
