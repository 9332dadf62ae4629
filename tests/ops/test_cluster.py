"""A real Prefect server on loopback, a process work pool and worker, and a served inbox.

Everything runs as separate processes, as on a cluster: `prefect server start`, `prefect
worker start`, `highlights deploy` and `highlights serve`. Every wait is bounded and every
process is stopped, whatever happens.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from flows.server import local_server, stop

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
BIN = Path(sys.executable).parent
RUN_TIMEOUT = 420.0  # two articles in a fresh process on a busy 2-core machine
FINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


@pytest.fixture(scope="module")
def cluster_env(
    tmp_path_factory: pytest.TempPathFactory, postgres_url: str | None
) -> Iterator[dict[str, str]]:
    """A server with its own PREFECT_HOME, on PostgreSQL where installed (else SQLite)."""
    home = tmp_path_factory.mktemp("prefect-home")
    database = {"PREFECT_API_DATABASE_CONNECTION_URL": postgres_url} if postgres_url else {}
    env = {
        **database,
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_WORKER_QUERY_SECONDS": "1",
        "PREFECT_WORKER_PREFETCH_SECONDS": "5",
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",
    }
    with local_server(env=env, log=home / "server.log", ui=False) as api_url:
        yield {**env, "PREFECT_API_URL": api_url}


def _run(args: list[str], env: dict[str, str], timeout: float = 120) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


def _start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as handle:
        return subprocess.Popen(
            args,
            env=env,
            cwd=ROOT,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _run_deployment(api: str, name: str, parameters: dict[str, Any], wait_for: float) -> str:
    """Create a run of a deployment and wait for a final state; returns the flow run id."""
    deadline = time.monotonic() + 60
    while True:  # `serve` registers its deployment a moment after it starts
        found = httpx.get(f"{api}/deployments/name/{name}", timeout=10)
        if found.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert found.status_code == 200, found.text
    run = httpx.post(
        f"{api}/deployments/{found.json()['id']}/create_flow_run",
        json={"parameters": parameters},
        timeout=10,
    )
    assert run.status_code in (200, 201), run.text
    run_id: str = run.json()["id"]
    deadline = time.monotonic() + wait_for
    state = ""
    while time.monotonic() < deadline:
        state = httpx.get(f"{api}/flow_runs/{run_id}", timeout=10).json()["state"]["type"]
        if state in FINAL:
            break
        time.sleep(2)
    assert state == "COMPLETED", f"flow run {run_id} ended {state or 'nowhere'}"
    return run_id


def _check_article(folder: Path) -> None:
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert {"manifest.json", "article.json", "cards.json", "long.png", "cover.png"} <= files
    pdf = folder / f"{folder.name}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert (folder / f"{folder.name}.epub").read_bytes()[:2] == b"PK"
    assert any(name.startswith("cards/") for name in files)


def _worker_publishes(env: dict[str, str], tmp_path: Path, papers: list[str]) -> str:
    """Deploy `publish` to a new process pool, start a worker, run it; returns the run id."""
    out = tmp_path / "shared-out"
    _run([str(BIN / "prefect"), "work-pool", "create", "it-pool", "--type", "process"], env)
    printed = _run(
        [str(BIN / "highlights"), "deploy", "--pool", "it-pool", "--name", "it", "--out", str(out)],
        env,
    )
    assert "deployment publish/it" in printed
    worker = _start(
        [str(BIN / "prefect"), "worker", "start", "--pool", "it-pool", "--type", "process"],
        env,
        tmp_path / "worker.log",
    )
    try:
        api = env["PREFECT_API_URL"]
        run_id = _run_deployment(api, "publish/it", {"paths": papers}, RUN_TIMEOUT)
    except BaseException:
        print((tmp_path / "worker.log").read_text(errors="replace")[-4000:])
        raise
    finally:
        stop(worker)
    folders = sorted(p for p in out.iterdir() if not p.name.startswith("."))
    assert len(folders) == len(papers), folders
    for folder in folders:
        _check_article(folder)
    return run_id


def test_process_worker_runs_the_deployment(
    cluster_env: dict[str, str], tmp_path: Path, sample_path: Path
) -> None:
    papers = [str(sample_path), str(DATA / "riverside-library-en.md")]
    run_id = _worker_publishes(cluster_env, tmp_path, papers)
    artifacts = httpx.post(
        f"{cluster_env['PREFECT_API_URL']}/artifacts/filter",
        json={"artifacts": {"flow_run_id": {"any_": [run_id]}}},
        timeout=10,
    ).json()
    assert "publish-run" in {a["key"] for a in artifacts}
    home = Path(cluster_env["PREFECT_HOME"])
    if "PREFECT_API_DATABASE_CONNECTION_URL" in cluster_env:  # the runs went to PostgreSQL
        assert not (home / "prefect.db").exists()


def test_served_inbox_runs_on_the_server(cluster_env: dict[str, str], tmp_path: Path) -> None:
    """`serve` next to a deployed inbox: distinct deployments (inbox/serve, inbox/inbox), and
    the deployed one keeps its work pool, its parameters and its pause."""
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(DATA / "riverside-library-en.md", inbox / "riverside.md")
    past = time.time() - 60  # settled: not a file still being copied
    os.utime(inbox / "riverside.md", (past, past))
    api = cluster_env["PREFECT_API_URL"]
    _run([str(BIN / "prefect"), "work-pool", "create", "inbox-pool", "--type", "process"],
         cluster_env)
    printed = _run([str(BIN / "highlights"), "deploy", "--pool", "inbox-pool", "--flow", "inbox",
                    "--inbox", "elsewhere", "--paused"], cluster_env)
    assert "deployment inbox/inbox" in printed and "paused" in printed
    before = httpx.get(f"{api}/deployments/name/inbox/inbox", timeout=10).json()
    assert before["paused"] and before["work_pool_name"] == "inbox-pool"
    assert before["parameters"]["inbox_dir"] == str(ROOT / "elsewhere")  # made absolute
    serve = _start(
        [
            str(BIN / "highlights"),
            "serve",
            "--inbox",
            str(inbox),
            "--out",
            str(out),
            "--cron",
            "0 0 1 1 *",
        ],  # the schedule is registered; the test triggers a run now
        cluster_env,
        tmp_path / "serve.log",
    )
    try:
        _run_deployment(api, "inbox/serve", {}, RUN_TIMEOUT)
        deployment = httpx.get(f"{api}/deployments/name/inbox/serve", timeout=10).json()
        assert deployment["schedules"][0]["schedule"]["cron"] == "0 0 1 1 *"
        assert deployment["work_pool_name"] is None
    except BaseException:
        print((tmp_path / "serve.log").read_text(errors="replace")[-4000:])
        raise
    finally:
        stop(serve)
    after = httpx.get(f"{api}/deployments/name/inbox/inbox", timeout=10).json()
    assert (after["work_pool_name"], after["paused"], after["parameters"]) == (
        "inbox-pool", True, before["parameters"])
    folders = [p for p in out.iterdir() if not p.name.startswith(".")]
    assert len(folders) == 1
    _check_article(folders[0])


def test_serve_refuses_a_deployment_it_did_not_create(
    cluster_env: dict[str, str], tmp_path: Path
) -> None:
    api = cluster_env["PREFECT_API_URL"]
    found = httpx.get(f"{api}/deployments/name/inbox/serve", timeout=10)
    if found.status_code == 200:  # left by the test above: not this test's subject
        httpx.delete(f"{api}/deployments/{found.json()['id']}", timeout=10)
    flow_id = httpx.post(f"{api}/flows/", json={"name": "inbox"}, timeout=10).json()["id"]
    made = httpx.post(
        f"{api}/deployments/", json={"name": "serve", "flow_id": flow_id}, timeout=10
    )
    assert made.status_code in (200, 201), made.text
    try:
        done = subprocess.run(
            [str(BIN / "highlights"), "serve", "--inbox", str(tmp_path), "--out", str(tmp_path)],
            env=cluster_env, capture_output=True, text=True, timeout=120, cwd=ROOT, check=False,
        )
    finally:
        httpx.delete(f"{api}/deployments/{made.json()['id']}", timeout=10)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "inbox/serve exists and was not created by `highlights serve`" in done.stderr
