"""The workbench against hostile requests: every byte of an edit may be hostile. Each gets one
clear refusal (HTML or JSON in the page's language), never a server error, and nothing is
written outside the output folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from highlights.desk import create_app
from highlights.desk.deckform import changes, parse
from highlights.model import Card, Deck, Point

from .conftest import make_draft, payload, publish_here, upload


def test_a_linked_desk_folder_is_refused(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / ".desk").symlink_to(elsewhere)
    with pytest.raises(RuntimeError, match="symbolic link"):
        create_app(out, publish_here)
    assert list(elsewhere.iterdir()) == []


def test_hostile_edits_are_refused_in_one_line(client: TestClient, out: Path) -> None:
    item = make_draft(client)
    good = payload(client, item)
    nested = b"[" * 200_000 + b"]" * 200_000
    for body in (nested, b"x" * (2 * 1024 * 1024), b"null", b'{"cards": "no"}',
                 json.dumps({**good, "cards": [good["cards"][0]] * 61}).encode(),
                 json.dumps({**good, "title": "x" * 5000}).encode(),
                 json.dumps({**good, "theme": {"$ne": 1}}).encode()):
        for route in ("deck", "preview"):
            answer = client.post(f"/d/{item}/{route}?lang=en", content=body,
                                 headers={"content-type": "application/json"})
            assert answer.status_code == 400, (route, body[:40], answer.text[:200])
            assert set(answer.json()) == {"error", "where"}
    for bad in ("0" * 31, "../" * 10 + "etc", "G" * 32, "%2e%2e%2f" * 4):
        assert client.get(f"/d/{bad}").status_code == 404, bad
        assert client.post(f"/d/{bad}/approve").status_code in (404, 405), bad
    for index in (-5, 10**12):  # out of range: the title card
        answer = client.post(f"/d/{item}/preview?card={index}", json=good)
        assert answer.status_code == 200 and answer.content[:3] == b"\xff\xd8\xff"
    assert client.post(f"/d/{item}/preview?card=x", json=good).status_code == 400
    assert sorted(p.name for p in out.iterdir()) == [".desk", ".inbox-uploads"]


def test_hostile_text_is_shown_as_text(client: TestClient) -> None:
    item = make_draft(client)
    edit = payload(client, item)
    edit["who"] = "Eve\n<script>alert(1)</script>\x1b[31m"
    edit["cards"][0]["points"][0]["text"] = "<img src=x onerror=alert(1)>\u0000 **重点**"
    assert client.post(f"/d/{item}/deck", json=edit).status_code == 200
    page = client.get(f"/d/{item}?lang=en").text
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script>alert(1)" not in page and "\x1b" not in page
    draft = client.app.state.desk.drafts.load(item)  # type: ignore[attr-defined]
    point = draft.deck.cards[0].points[0]
    assert point.text == "<img src=x onerror=alert(1)> 重点" and point.highlights == ["重点"]


def test_a_hostile_upload_name_stays_in_its_folder(client: TestClient, out: Path) -> None:
    answer = upload(client, "../../../../tmp/evil\n.txt", "标题\n\n第一段。\n\n第二段。".encode())
    assert answer.status_code == 303
    sources = [p.relative_to(out) for p in out.rglob("*") if p.is_file()
               and p.parent.name == "source"]
    assert len(sources) == 1 and sources[0].name.startswith("evil")
    assert sources[0].name.isprintable() and sources[0].suffix == ".txt"
    assert sources[0].parts[:2] == (".desk", "items")
    assert not Path("/tmp/evil\n.txt").exists()


def _deck(*cards: list[str]) -> Deck:
    made = [Card(number=n, title=f"t{n}", points=[Point(text=t) for t in points])
            for n, points in enumerate(cards, 1)]
    return Deck(title="T", cards=made)


def test_the_history_says_what_changed() -> None:
    old = _deck(["a", "b"], ["c"], ["d", "e"])
    sent = {"title": "T2", "theme": "neutral", "preset": "4:5", "cards": [
        {"orig": 2, "title": "t3", "points": [{"orig": 1, "text": "e"}, {"orig": 0, "text": "d"}]},
        {"orig": 0, "title": "t1", "points": [{"orig": 0, "text": "a!"}]},
        {"orig": None, "title": "new", "points": [{"orig": None, "text": "n"}]},
    ]}
    new, _, _, origins = parse(sent, old)
    assert changes(old, new, origins) == [
        ["field", "title", "T", "T2"],
        ["card_deleted", "2", "t2"],
        ["cards_moved"],
        ["points_moved", "1"],
        ["point_deleted", "2", "b"],
        ["point_edited", "2", "a", "a!"],
        ["card_added", "3", "new"],
    ]
    same = [(k, [(k, j) for j in range(len(c.points))]) for k, c in enumerate(old.cards)]
    assert changes(old, old, same) == []
    # Merge card 2 into card 1, then split card 3 before its second point.
    sent = {"title": "T", "theme": "neutral", "preset": "4:5", "cards": [
        {"orig": 0, "title": "t1", "points": [{"orig": 0, "text": "a"}, {"orig": 1, "text": "b"},
                                             {"orig": 0, "from": 1, "text": "c"}]},
        {"orig": 2, "title": "t3", "points": [{"orig": 0, "text": "d"}]},
        {"orig": None, "title": "t3", "points": [{"orig": 1, "from": 2, "text": "e"}]},
    ]}
    new, _, _, origins = parse(sent, old)
    assert changes(old, new, origins) == [
        ["card_deleted", "2", "t2"],
        ["point_moved_in", "1", "2", "c"],
        ["card_added", "3", "t3"],
        ["point_moved_in", "3", "3", "e"],
    ]


def test_a_damaged_draft_is_a_page_not_a_server_error(client: TestClient, out: Path) -> None:
    item = make_draft(client)
    (out / ".desk" / "items" / item / "deck.json").write_text("{not json")
    page = client.get(f"/d/{item}?lang=en")
    assert page.status_code == 200 and "History" in page.text and 'id="editor"' not in page.text
    assert client.post(f"/d/{item}/deck", json={}).status_code == 404
    assert client.get(f"/d/{item}/preview/1.jpg").status_code == 404
