"""Hostile input, as an operator or an attacker with write access to an inbox would give it:
links to files outside, pipes and devices, names that are not UTF-8 or hold a newline, huge
line counts, a title alone, extreme Markdown nesting, a theme path. Each is refused in one line
(file, what is wrong, what to do) or published, quickly, and never costs the rest of a batch.

The command-line tests here refuse every input before Prefect starts, so they are fast; the
batches that publish a good article beside the bad ones are marked slow.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from highlights.errors import InputError
from highlights.ingest import read_source
from highlights.precheck import check_inputs, inbox_sources
from highlights.settings import InputSettings, RunSettings
from highlights.staging import STAGING, new_staging_dir, sweep_staging

BIN = Path(sys.executable).parent / "highlights"
FAST_S = 20  # "answered within seconds": a process start and imports, never a read to the end


Done = subprocess.CompletedProcess[str]


def _cli(*args: str, cwd: Path, timeout: float = 600) -> tuple[Done, float]:
    started = time.monotonic()
    done = subprocess.run(
        [str(BIN), *args], capture_output=True, text=True, cwd=cwd, timeout=timeout
    )
    return done, time.monotonic() - started


def _one_error(done: subprocess.CompletedProcess[str], name: str, *words: str) -> str:
    """Exactly one `error:` line, about `name`, saying `words`; no traceback, exit 1."""
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    mine = [line for line in errors if name in line]
    assert len(mine) == 1, done.stderr
    for word in words:
        assert word in mine[0], mine[0]
    assert "(" in mine[0], f"no hint of what to do: {mine[0]}"
    return mine[0]


def test_link_to_a_file_outside_is_refused_on_the_command_line(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("全會指出，這是不應發布的秘密內容。\n" * 20, encoding="utf-8")
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "link.txt").symlink_to(secret)
    done, took = _cli("publish", "link.txt", "--out", "out", cwd=tmp_path / "work", timeout=60)
    _one_error(done, "link.txt", "symbolic link", "--follow-symlinks")
    assert took < FAST_S
    assert not (tmp_path / "work" / "out").exists() or not [
        p for p in (tmp_path / "work" / "out").iterdir() if not p.name.startswith(".")
    ]


def test_links_in_the_inbox_are_skipped_and_reported(tmp_path: Path, sample_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_bytes(sample_path.read_bytes())
    (inbox / "good.txt").write_bytes(sample_path.read_bytes())
    (inbox / "out.txt").symlink_to(outside)
    (inbox / "in.txt").symlink_to(inbox / "good.txt")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_bytes(sample_path.read_bytes())
    (inbox / "folder").symlink_to(tmp_path / "elsewhere")  # a linked folder is never entered

    paths = inbox_sources(inbox)
    assert paths == [inbox / "good.txt", inbox / "in.txt", inbox / "out.txt"]
    usable, refused, _ = check_inputs(paths, RunSettings(), root=inbox)
    assert usable == [inbox / "good.txt"]
    assert "symbolic link" in (refused[inbox / "out.txt"].error or "")
    assert refused[inbox / "out.txt"].status == "failed"

    allowed = RunSettings(inputs=InputSettings(follow_symlinks=True))
    usable, refused, _ = check_inputs(paths, allowed, root=inbox)
    assert usable == [inbox / "good.txt", inbox / "in.txt"]  # a link inside the inbox: read
    assert "outside the inbox" in (refused[inbox / "out.txt"].error or "")


def test_symlinked_staging_never_deletes_its_target(tmp_path: Path) -> None:
    target = tmp_path / "precious"
    old = target / "old-folder"
    old.mkdir(parents=True)
    (old / "keep.txt").write_text("keep me")
    (target / "old.lock").write_text("")
    day_ago = time.time() - 3 * 24 * 3600
    for path in (old, target / "old.lock"):
        os.utime(path, (day_ago, day_ago))
    out = tmp_path / "out"
    out.mkdir()
    (out / STAGING).symlink_to(target)

    assert sweep_staging(out) == []
    with pytest.raises(Exception, match="symbolic link"):
        new_staging_dir(out, "slug-12345678")
    (tmp_path / "a.txt").write_text("全會指出，要堅持。\n全會強調，要發展。\n", encoding="utf-8")
    done, took = _cli("publish", "a.txt", "--out", "out", cwd=tmp_path, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.count("error: ") == 1 and "symbolic link" in done.stderr, done.stderr
    assert took < FAST_S
    assert (old / "keep.txt").read_text() == "keep me"
    assert (target / "old.lock").exists()
    assert sorted(p.name for p in target.iterdir()) == ["old-folder", "old.lock"]


def test_stale_locks_are_swept_with_staging_folders(tmp_path: Path) -> None:
    fresh = new_staging_dir(tmp_path, "slug-12345678")
    stale = new_staging_dir(tmp_path, "slug-12345678")
    staging = tmp_path / STAGING
    (staging / "old-slug.lock").write_text("")
    (staging / "new-slug.lock").write_text("")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (staging / "link").symlink_to(elsewhere)
    day_ago = time.time() - 2 * 24 * 3600
    for path in (stale, staging / "old-slug.lock", elsewhere):
        os.utime(path, (day_ago, day_ago))
    os.utime(staging / "link", (day_ago, day_ago), follow_symlinks=False)

    removed = sorted(p.name for p in sweep_staging(tmp_path))
    assert removed == sorted([stale.name, "old-slug.lock"])
    assert fresh.is_dir() and (staging / "new-slug.lock").exists()
    assert elsewhere.is_dir() and (staging / "link").is_symlink()


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_pipes_devices_and_folders_are_answered_within_seconds(
    tmp_path: Path, kind: str
) -> None:
    if kind == "fifo":
        os.mkfifo(tmp_path / "pipe.txt")  # no writer: a blocking open would wait for ever
        name, words = "pipe.txt", ("named pipe",)
    elif kind == "dev-zero":
        name, words = "/dev/zero", ("device",)
    else:
        (tmp_path / "folder.md").mkdir()
        name, words = "folder.md", ("folder",)
    done, took = _cli("publish", name, "--out", "out", cwd=tmp_path, timeout=60)
    _one_error(done, name, *words)
    assert took < FAST_S, f"{kind}: {took:.1f} s"
    with pytest.raises(InputError):
        read_source(tmp_path / name if kind != "dev-zero" else Path(name))


def test_hundred_thousand_lines_refused_in_seconds_and_under_a_gigabyte(tmp_path: Path) -> None:
    (tmp_path / "lines.txt").write_text("字\n" * 100_000, encoding="utf-8")
    # The command in a child that reports its own peak memory (nothing else starts: the file
    # is refused before Prefect, its server or any render worker). VmHWM, not ru_maxrss:
    # Linux carries the parent's resident size over a fork into the child's ru_maxrss, so a
    # big pytest made this child look 1.6 GB large.
    script = (
        "import re, sys\n"
        "from flows.cli import main\n"
        "code = main(['publish', 'lines.txt', '--out', 'out'])\n"
        "status = open('/proc/self/status').read()\n"
        "print(re.search(r'VmHWM:\\s+(\\d+)', status).group(1), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    took = time.monotonic() - started
    *lines, peak = done.stderr.strip().splitlines()
    _one_error(
        subprocess.CompletedProcess(done.args, done.returncode, "", "\n".join(lines)),
        "lines.txt",
        "100,000 lines",
        "HIGHLIGHTS_MAX_LINES",
    )
    assert took < 60
    assert int(peak) < 1024 * 1024, f"peak {int(peak) / 1024:.0f} MB"


def test_title_only_text_is_refused(tmp_path: Path) -> None:
    (tmp_path / "title.md").write_text("# 中共自貢市委全會公報\n", encoding="utf-8")
    (tmp_path / "one-line.txt").write_text("全會指出，要堅持創新驅動發展。\n", encoding="utf-8")
    done, took = _cli("publish", "title.md", "one-line.txt", "--out", "out", cwd=tmp_path)
    _one_error(done, "title.md", "no card", "--allow-empty")
    _one_error(done, "one-line.txt", "no card")
    assert took < FAST_S


def test_fifty_thousand_nested_quotes_lose_no_text(tmp_path: Path) -> None:
    words = ["全會強調堅持創新驅動", "deeply quoted words", "最後一段文字"]
    text = (
        "# 深層引用\n\n"
        + ">" * 50_000
        + f" {words[0]}\n"
        + "> " * 50_000
        + f"{words[1]}\n\n"
        + f"{words[2]}\n"
    )
    (tmp_path / "deep.md").write_text(text, encoding="utf-8")
    started = time.monotonic()
    document = read_source(tmp_path / "deep.md")
    assert time.monotonic() - started < 10
    body = "\n".join(block.text for block in document.blocks)
    for word in words:
        assert word in body, f"{word!r} lost: {body[:200]!r}"


def test_theme_path_is_refused(tmp_path: Path, sample_path: Path) -> None:
    done, took = _cli(
        "publish", str(sample_path), "--theme", "../x", "--out", "out", cwd=tmp_path, timeout=60
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "unknown theme '../x'" in errors[0], done.stderr
    assert took < FAST_S
    assert not (tmp_path / "out").exists()


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB of nothing, read would be slow-ish
    with pytest.raises(InputError, match="more than the limit"):
        read_source(big)
    small = InputSettings(max_chars=100)
    (tmp_path / "long.txt").write_text("全會指出要堅持。\n" + "字" * 200 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="HIGHLIGHTS_MAX_CHARS"):
        read_source(tmp_path / "long.txt", small)


def _batch(folder: Path, sample: Path) -> list[str]:
    """A good article, a name that is not UTF-8 and a name with a newline."""
    data = sample.read_bytes()
    names = [os.fsdecode(name) for name in (b"good.txt", b"bad-\xff\xfe.txt", b"new\nline.txt")]
    for index, name in enumerate(names):
        # Different bytes per file, so each is its own article (not one slug three times).
        (folder / name).write_bytes(data + f"\n第{index + 1}稿。\n".encode())
    return names


@pytest.mark.slow
def test_bad_names_in_a_batch_leave_the_good_article_published(
    tmp_path: Path, sample_path: Path
) -> None:
    names = _batch(tmp_path, sample_path)
    done, _ = _cli("publish", *names, "--out", "out", "--formats", "png", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    line = _one_error(done, "bad-\\xff\\xfe.txt", "not valid UTF-8")
    assert "\n" not in line
    # The newline name publishes, and is shown escaped: no line starts with "line.txt".
    assert not any(row.startswith("line.txt") for row in done.stderr.splitlines())
    assert "new\\nline.txt: done" in done.stderr
    published = [tmp_path / row for row in done.stdout.splitlines() if row.strip()]
    assert len(published) == 2 and all((p / "long.png").is_file() for p in published)


@pytest.mark.slow
def test_inbox_run_publishes_the_good_and_reports_the_rest(
    prefect_harness: None, tmp_path: Path, sample_path: Path
) -> None:
    from flows.inbox import inbox
    from flows.publish import results_of

    inbox_dir, out = tmp_path / "inbox", tmp_path / "out"
    inbox_dir.mkdir()
    names = _batch(inbox_dir, sample_path)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(sample_path.read_bytes() + "\n秘密。\n".encode())
    (inbox_dir / "link.txt").symlink_to(secret)
    os.mkfifo(inbox_dir / "pipe.txt")
    settings = RunSettings(formats=["png"])

    state = inbox(
        inbox_dir=inbox_dir, out=out, settings=settings, settle_seconds=0, return_state=True
    )
    assert state.is_failed()  # refused files are failures: the run says so, and sets them aside
    results = results_of(state)
    by_name = {Path(r.path).name: r for r in results}
    assert by_name["good.txt"].status == "published"
    assert by_name["new\nline.txt"].status == "published"
    assert "not valid UTF-8" in (by_name["bad-\\xff\\xfe.txt"].error or "")
    assert "symbolic link" in (by_name["link.txt"].error or "")
    assert "named pipe" in (by_name["pipe.txt"].error or "")
    assert len(results) == len(names) + 2
    published = [p for p in out.iterdir() if not p.name.startswith(".")]
    assert len(published) == 2
    for folder in published:  # the secret behind the link was published nowhere
        assert "秘密" not in (folder / "article.json").read_text(encoding="utf-8")
    # set aside without reading through the link or blocking on the pipe: the next run is quiet
    again = inbox(
        inbox_dir=inbox_dir, out=out, settings=settings, settle_seconds=0, return_state=True
    )
    assert again.is_completed()
    assert all(r.status == "skipped" for r in results_of(again))
