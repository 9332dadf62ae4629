"""What a user feels, measured as whole processes: one new article through `highlights publish`
from a cold shell against the same article by hand (`pandoc` to HTML, `weasyprint`, `pandoc` to
EPUB), paired run by run; and the desk's first upload after it starts.

Both use the bench's own PREFECT_HOME, so the shared local Prefect server they start is the
bench's, stopped (`highlights server stop`) when the bench ends.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from bench.measure import BIN, PREFECT_ENV, SAMPLE, Run, median, run


def _variant(folder: Path, k: int) -> Path:
    """The sample with one extra line: a new article each time (never skipped as unchanged)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"article-{k}.txt"
    path.write_bytes(SAMPLE.read_bytes() + f"\n第{k}次測量。\n".encode())
    return path


def _ok(result: Run, what: str) -> Run:
    if result.status != 0:
        raise SystemExit(f"{what} failed:\n{result.stderr[-2000:]}")
    return result


def by_hand(pandoc: str, source: Path, out: Path) -> tuple[float, float]:
    """The three commands a user would run instead, one after another: seconds, peak MB."""
    html, pdf, epub = out / "a.html", out / "a.pdf", out / "a.epub"
    steps: list[list[str | Path]] = [
        [pandoc, "-f", "markdown+hard_line_breaks", "-s", "--metadata", "title=x", source,
         "-o", html],
        [BIN / "weasyprint", html, pdf],
        [pandoc, "-f", "markdown+hard_line_breaks", source, "-o", epub],
    ]
    runs = [_ok(run(step), str(step[0])) for step in steps]
    return sum(r.seconds for r in runs), max(r.peak_mb for r in runs)


# Another source tree's CLI on this same environment (the "before" of a change): its src/ and
# root first on sys.path, then its `highlights` main.
_OTHER_TREE = (
    "import sys; sys.path[:0] = [sys.argv[1] + '/src', sys.argv[1]]; del sys.argv[1]; "
    "from flows.cli import main; sys.exit(main())"
)


def cold_single(
    runs: int, work: Path, env: dict[str, str], before: Path | None = None
) -> dict[str, Any]:
    """`highlights publish` of a new article in a fresh process, against the commands by hand
    on the same file, alternating run by run; the very first command (which starts the shared
    server) is measured apart. With `before` (a checkout of an earlier version), its command
    runs on the same article in the same round, with its own PREFECT_HOME."""
    import pypandoc

    pandoc = pypandoc.get_pandoc_path()
    out = work / "cold-out"
    hand_out = work / "by-hand"
    hand_out.mkdir(parents=True, exist_ok=True)
    command: list[str | Path] = [BIN / "highlights", "publish", "--out", out]
    old: list[str | Path] = [sys.executable, "-c", _OTHER_TREE, str(before), "publish", "--out",
                             work / "before-out"]
    # The earlier tree's keeper is this tree's module (same environment): no warm host for it.
    old_env = {**env, "PREFECT_HOME": str(work / "before-prefect-home"),
               "HIGHLIGHTS_WARM_HOST": "0"}
    host_log = Path(env["PREFECT_HOME"]) / "highlights-server" / "host.log"
    first = _ok(run([*command, _variant(work / "cold", 0)], env=env), "first publish")
    if before is not None:  # its shared server too, started before its measured rounds
        _ok(run([*old, _variant(work / "cold", 0)], env=old_env), "the earlier first publish")
    served = _served(host_log)
    ours: list[float] = []
    hand: list[float] = []
    earlier: list[float] = []
    peaks: list[float] = [first.peak_mb]
    try:
        for k in range(1, runs + 1):
            source = _variant(work / "cold", k)
            mine = _ok(run([*command, source], env=env), "highlights publish")
            seconds, peak = by_hand(pandoc, source, hand_out)
            ours.append(mine.seconds)
            hand.append(seconds)
            peaks += [mine.peak_mb, peak]
            if before is not None:
                earlier.append(_ok(run([*old, source], env=old_env), "the earlier publish").seconds)
    finally:
        if before is not None:
            stop_server(old_env)  # the bench stops its own shared server, not this one
    ratios = [a / b for a, b in zip(ours, hand, strict=True)]
    host_mb = _host_peak_mb(host_log.parent)
    found: dict[str, Any] = {
        "first_s": first.seconds,
        "ours_s": median(ours),
        "by_hand_s": median(hand),
        "ratio": median(ratios),
        "ours_all": ours,
        "by_hand_all": hand,
        "via_host": _served(host_log) - served,  # of `runs` commands
        "host_peak_mb": host_mb,
        "peak_mb": max([*peaks, host_mb]),  # the warm host is a process of the command too
    }
    if earlier:
        found["before_s"] = median(earlier)
        found["before_ratio"] = median([a / b for a, b in zip(earlier, hand, strict=True)])
    return found


def _served(host_log: Path) -> int:
    """Commands the warm publish host ran (one line each in its log)."""
    try:
        return host_log.read_text(errors="replace").count("served pid ")
    except OSError:
        return 0


def _host_peak_mb(home: Path) -> float:
    """The highest VmHWM of the warm host and its render workers (0 without a host)."""
    from bench.measure import _status_kb
    from highlights import procs

    try:
        pid = int(json.loads((home / "host.json").read_text())["pid"])
    except (OSError, ValueError, KeyError):
        return 0.0
    peaks = [_status_kb(p, "VmHWM").get("VmHWM", 0) for p in [pid, *procs.descendants(pid)]]
    return max(peaks, default=0) / 1024


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def desk_first_upload(work: Path, env: dict[str, str], timeout: float = 300) -> dict[str, Any]:
    """Start `highlights desk`, upload a new article as soon as it answers, approve its draft,
    wait for it to be published: seconds from start to answering, and from the upload to the
    article published."""
    port, out = _free_port(), work / "desk-out"
    out.mkdir(parents=True, exist_ok=True)
    log = (work / "desk.log").open("ab")
    started = time.perf_counter()
    desk = subprocess.Popen([str(BIN / "highlights"), "desk", "--out", str(out), "--port",
                             str(port)], env={**env}, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = started + timeout
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.HTTPError:
                if time.perf_counter() > deadline or desk.poll() is not None:
                    raise SystemExit("the desk did not start") from None
                time.sleep(0.05)
        answering = time.perf_counter() - started
        upload = _variant(work / "desk", 1)
        sent = time.perf_counter()
        answer = httpx.post(f"{url}/upload", files={"article": (upload.name, upload.read_bytes())},
                            timeout=30, follow_redirects=False)
        job = answer.headers.get("location", "")
        status, page = _wait_job(url, job, deadline)
        draft = re.search(r'href="(/d/[0-9a-f]{32})"', page)  # an upload is a draft: approve it
        if status == "done" and draft:
            answer = httpx.post(f"{url}{draft.group(1)}/approve", timeout=30,
                                follow_redirects=False)
            status, page = _wait_job(url, answer.headers.get("location", ""), deadline)
        return {"answering_s": answering, "upload_s": time.perf_counter() - sent,
                "status": status}
    finally:
        desk.terminate()
        desk.wait(30)
        log.close()


def _wait_job(url: str, job: str, deadline: float) -> tuple[str, str]:
    """(status, page) of the desk's job page once the job is done or failed."""
    status, page = "", ""
    while status not in ("done", "failed") and time.perf_counter() < deadline:
        page = httpx.get(f"{url}{job}", timeout=5).text
        found = re.search(r'data-status="(\w+)"', page)
        status = found.group(1) if found else ""
        time.sleep(0.1)
    return status, page


def stop_server(env: dict[str, str]) -> None:
    subprocess.run([str(BIN / "highlights"), "server", "stop"], env=env, check=False,
                   capture_output=True)


def bench_env(work: Path) -> dict[str, str]:
    return {**PREFECT_ENV, "PREFECT_HOME": str(work / "prefect-home")}
