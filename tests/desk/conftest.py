"""Fixtures for the desk's workbench tests: a desk over a fresh output folder that publishes
with the real pipeline in this process (fast tests), and the helpers they share."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from highlights.desk import create_app
from highlights.desk.deckform import with_marks
from highlights.pipeline import Pipeline
from highlights.records import ArticleResult
from highlights.settings import RunSettings

DATA = Path(__file__).resolve().parents[1] / "ops" / "data"
HANS = DATA / "qinghe-park-hans.txt"
ENGLISH = DATA / "riverside-library-en.md"
BASE = "http://127.0.0.1:8000"


def publish_here(
    paths: list[Path],
    out: Path,
    progress: Callable[[str], None],
    settings: RunSettings | None = None,
    override: Path | None = None,
) -> list[ArticleResult]:
    """The pipeline without Prefect, renders in this process (HIGHLIGHTS_WORKERS=0)."""
    pipeline = Pipeline(out, settings or RunSettings(), override, lambda s: progress(str(s)))
    return [pipeline.execute(path) for path in paths]


def wait_job(client: TestClient, location: str, timeout: float = 120) -> Any:
    """The finished job that a redirect to /jobs/<id> names."""
    assert location.startswith("/jobs/"), location
    job = client.app.state.desk.queue.wait(location.removeprefix("/jobs/"), timeout)  # type: ignore[attr-defined]
    assert job is not None and job.finished is not None, job
    return job


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HIGHLIGHTS_WORKERS", "0")
    return tmp_path / "out"


@pytest.fixture
def client(out: Path) -> Iterator[TestClient]:
    with TestClient(create_app(out, publish_here), base_url=BASE) as test_client:
        yield test_client


def upload(client: TestClient, name: str, data: bytes, lang: str = "en") -> Any:
    return client.post(
        f"/upload?lang={lang}", files={"article": (name, data)}, follow_redirects=False
    )


def make_draft(client: TestClient, path: Path = HANS) -> str:
    """Upload `path`, wait for its draft; the item's id."""
    answer = upload(client, path.name, path.read_bytes())
    assert answer.status_code == 303, answer.text
    job = wait_job(client, answer.headers["location"])
    assert job.status == "done", job.error
    return str(job.item)


def payload(client: TestClient, item: str) -> dict[str, Any]:
    """What the editor page sends for the saved deck, unchanged."""
    draft = client.app.state.desk.drafts.load(item)  # type: ignore[attr-defined]
    deck, row = draft.deck, draft.item
    return {
        "title": deck.title, "subtitle": deck.subtitle, "date": deck.date, "kicker": deck.kicker,
        "source": deck.closing.source, "lead": deck.lead, "theme": row.theme,
        "preset": row.preset, "who": "Ann", "reporters": "、".join(deck.closing.reporters),
        "photographers": "、".join(deck.closing.photographers),
        "editors": "、".join(deck.closing.editors),
        "cards": [
            {"orig": i, "title": with_marks(card.title, card.highlights),
             "points": [{"orig": j, "text": with_marks(p.text, p.highlights)}
                        for j, p in enumerate(card.points)]}
            for i, card in enumerate(deck.cards)
        ],
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def poll(predicate: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
