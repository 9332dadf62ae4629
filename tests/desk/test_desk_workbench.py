"""The workbench without a browser: jobs and drafts kept on disk across a restart, error pages
in the desk's style and language, drafts kept out of the published list until approved, the
editor's deck published through the pipeline, one tile per source, search and filter."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

from highlights.desk import create_app
from highlights.desk.store import DATABASE, DESK_DIR

from .conftest import (
    BASE,
    ENGLISH,
    HANS,
    make_draft,
    payload,
    poll,
    publish_here,
    upload,
    wait_job,
)


def test_a_draft_and_its_job_survive_a_restart(out: Path, client: TestClient) -> None:
    answer = upload(client, HANS.name, HANS.read_bytes())
    job = wait_job(client, answer.headers["location"])
    item = job.item
    client.post(f"/d/{item}/deck", json={**payload(client, item), "title": "新标题"})
    with TestClient(create_app(out, publish_here), base_url=BASE) as again:  # a new process
        page = again.get(answer.headers["location"] + "?lang=en")
        assert page.status_code == 200 and 'data-status="done"' in page.text
        draft = again.get(f"/d/{item}?lang=en")
        assert draft.status_code == 200 and "新标题" in draft.text
        assert "Headline" in draft.text and "Ann" in draft.text  # the history came back too
        assert (out / DESK_DIR / DATABASE).is_file()


def test_an_interrupted_job_runs_again_after_a_restart(out: Path, client: TestClient) -> None:
    item = make_draft(client)
    database = out / DESK_DIR / DATABASE
    with sqlite3.connect(database) as db:  # as a stop in the middle of a publish leaves it
        db.execute(
            "INSERT INTO jobs VALUES ('f' || hex(randomblob(15)), 'publish', ?, 'x.txt',"
            " 'running', '[]', NULL, 0, NULL)", (item,)
        )
    with TestClient(create_app(out, publish_here), base_url=BASE) as again:
        desk = again.app.state.desk  # type: ignore[attr-defined]
        with sqlite3.connect(database) as db:
            (job_id,) = db.execute("SELECT id FROM jobs WHERE kind='publish'").fetchone()
        job = desk.queue.wait(job_id, 120)
        assert job.status == "done", job.error
        assert job.lines[0] == "restarted"
        assert desk.store.item(item).status == "published"


def test_error_pages_are_html_in_the_pages_language(client: TestClient) -> None:
    for path, method, status in [("/nowhere", "get", 404), ("/upload", "get", 405),
                                 ("/d/" + "0" * 32, "get", 404), ("/d/../../etc", "get", 404),
                                 ("/jobs/nope", "get", 404), ("/", "delete", 405)]:
        for lang, words in [("en", "<h1"), ("zh-Hans", 'lang="zh-Hans"')]:
            answer = client.request(method, f"{path}?lang={lang}")
            assert answer.status_code == status, (path, answer.status_code)
            assert answer.headers["content-type"].startswith("text/html"), path
            assert words in answer.text and "{" not in answer.text.split("<main>")[1][:200]
    assert "找不到该页面" in client.get("/nowhere?lang=zh-Hans").text
    assert "此页面不接受这种请求" in client.get("/upload?lang=zh-Hans").text
    big = client.post("/upload?lang=zh-Hant", content=b"x" * 10,
                      headers={"content-length": str(50 * 2**20),
                               "content-type": "multipart/form-data; boundary=x"})
    assert big.status_code == 413 and "檔案太大" in big.text and "<h1" in big.text


def test_an_empty_file_is_told_it_is_empty(client: TestClient, out: Path) -> None:
    for lang, words in [("en", "The file is empty."), ("zh-Hans", "文件是空的。"),
                        ("zh-Hant", "檔案是空的。")]:
        answer = upload(client, "blank.txt", b"", lang)
        assert answer.status_code == 400 and words in answer.text, lang
    none = client.post("/upload?lang=en", files={"other": ("x.txt", b"x")})
    assert "Choose a file first." in none.text
    assert not (out / DESK_DIR / "items").exists()


def test_a_draft_is_not_published_until_approved(client: TestClient, out: Path) -> None:
    item = make_draft(client)
    draft = client.app.state.desk.drafts.load(item)  # type: ignore[attr-defined]
    assert not (out / draft.item.slug).exists()  # nothing published yet
    listing = client.get("/?lang=en&status=published")
    assert draft.item.title not in listing.text
    assert draft.item.title in client.get("/?lang=en&status=draft").text
    card = client.get(f"/d/{item}/preview/1.jpg")
    assert card.status_code == 200 and card.content.startswith(b"\xff\xd8\xff")  # JPEG


def test_approval_publishes_the_editors_deck(client: TestClient, out: Path) -> None:
    item = make_draft(client)
    edit = payload(client, item)
    dropped = edit["cards"][0]["points"].pop(0)["text"]
    edit["cards"].insert(0, edit["cards"].pop())  # the last card first
    edit["title"] = "清河公园编辑过的标题"
    client.post(f"/d/{item}/deck", json=edit).raise_for_status()
    answer = client.post(f"/d/{item}/approve", data={"who": "Bo"}, follow_redirects=False)
    job = wait_job(client, answer.headers["location"])
    assert job.status == "done", job.error
    row = client.app.state.desk.store.item(item)  # type: ignore[attr-defined]
    deck = json.loads((out / row.slug / "cards.json").read_text())
    assert deck["title"] == "清河公园编辑过的标题"
    assert deck["cards"][0]["title"] == edit["cards"][0]["title"].replace("**", "")
    assert dropped.replace("**", "") not in json.dumps(deck, ensure_ascii=False)
    page = client.get(f"/d/{item}?lang=en").text
    for words in ("approved", "published", "reordered the cards", "deleted", "Bo", "Ann"):
        assert words in page, words


def test_a_refused_edit_says_what_and_where(client: TestClient) -> None:
    item = make_draft(client)
    good = payload(client, item)
    for change, key in [({"title": "  "}, "title"), ({"theme": "../../etc"}, "theme"),
                        ({"preset": "9:16"}, "preset"), ({"cards": []}, "cards")]:
        answer = client.post(f"/d/{item}/deck?lang=en", json={**good, **change})
        assert answer.status_code == 400 and answer.json()["where"] == key, change
    good["cards"][1]["points"] = []
    answer = client.post(f"/d/{item}/deck?lang=zh-Hans", json=good)
    assert answer.json() == {"error": "每张卡片至少需要一个要点", "where": "2"}
    garbage = client.post(f"/d/{item}/deck", content=b"\xff{", headers={"content-type": "x"})
    assert garbage.status_code == 400


def test_a_reupload_is_one_tile_newest_first_and_searchable(client: TestClient) -> None:
    first = make_draft(client, HANS)
    again = upload(client, "renamed.txt", HANS.read_bytes())
    assert again.headers["location"] == f"/d/{first}"  # the same source: the same article
    make_draft(client, ENGLISH)
    page = client.get("/?lang=en").text
    assert page.count('class="tile"') == 2
    english = page.index("Riverside")
    assert english < page.index("清河")  # the newer upload first
    found = client.get("/?lang=en&q=riverside").text
    assert found.count('class="tile"') == 1 and "Riverside" in found
    assert "No article matches." in client.get("/?lang=en&q=nothing-like-this").text


def test_a_republish_of_the_unchanged_source_keeps_the_editors_deck(
    client: TestClient, out: Path, tmp_path: Path
) -> None:
    from highlights.pipeline import Pipeline
    from highlights.settings import RunSettings

    item = make_draft(client)
    edit = {**payload(client, item), "title": "编辑定下的标题"}
    client.post(f"/d/{item}/deck", json=edit).raise_for_status()
    answer = client.post(f"/d/{item}/approve", follow_redirects=False)
    assert wait_job(client, answer.headers["location"]).status == "done"
    # The command line (or the inbox) publishes the same bytes again, with other settings.
    again = Pipeline(out, RunSettings(formats=["png"], theme="formal")).execute(HANS)
    assert again.status == "published", again.error
    assert json.loads((out / again.slug / "cards.json").read_text())["title"] == "编辑定下的标题"
    changed = tmp_path / HANS.name
    changed.write_bytes(HANS.read_bytes() + "\n\n另有新的一段。\n".encode())
    other = Pipeline(out, RunSettings(formats=["png"])).execute(changed)
    assert other.status == "published" and other.slug != again.slug
    assert json.loads((out / other.slug / "cards.json").read_text())["title"] != "编辑定下的标题"


def test_a_changed_source_warns_that_earlier_edits_are_not_carried_over(
    client: TestClient,
) -> None:
    first = make_draft(client, HANS)
    changed = HANS.read_bytes() + "\n\n另有新的一段。\n".encode()
    answer = upload(client, HANS.name, changed)
    second = wait_job(client, answer.headers["location"]).item
    assert second != first
    page = client.get(f"/d/{second}?lang=en").text
    assert "An earlier upload of this file" in page and f'href="/d/{first}"' in page
    assert "An earlier upload" not in client.get(f"/d/{first}?lang=en").text


def test_a_card_too_long_for_one_image_is_told_next_to_the_preview(client: TestClient) -> None:
    item = make_draft(client)
    edit = payload(client, item)
    edit["cards"][0]["points"] = [{"orig": None, "text": "清河滨水公园全面开放。" * 30}] * 5
    for lang, words in [("en", "continues on"), ("zh-Hans", "分成")]:
        answer = client.post(f"/d/{item}/preview?card=1&lang={lang}", json=edit)
        assert answer.status_code == 200 and int(answer.headers["x-images"]) > 1
        assert words in json.loads(answer.headers["x-problems"])[0]
    fine = client.post(f"/d/{item}/preview?card=1", json=payload(client, item))
    assert fine.headers["x-images"] == "1" and json.loads(fine.headers["x-problems"]) == []


def test_unpublish_then_delete(client: TestClient, out: Path) -> None:
    item = make_draft(client)
    answer = client.post(f"/d/{item}/approve", follow_redirects=False)
    assert wait_job(client, answer.headers["location"]).status == "done"
    row = client.app.state.desk.store.item(item)  # type: ignore[attr-defined]
    assert (out / row.slug / "manifest.json").is_file()
    assert client.post(f"/d/{item}/delete").status_code == 404  # published: unpublish first
    done = client.post(f"/d/{item}/unpublish", data={"who": "Cy"}, follow_redirects=False)
    assert done.status_code == 303 and not (out / row.slug).exists()
    assert not list((out / ".desk" / "decks").iterdir())
    page = client.get(f"/d/{item}?lang=en").text
    assert 'data-status="draft"' in page and "unpublished" in page and "Cy" in page
    assert row.title not in client.get("/?lang=en&status=published").text
    gone = client.post(f"/d/{item}/delete", follow_redirects=False)
    assert gone.status_code == 303 and gone.headers["location"] == "/"
    assert client.get(f"/d/{item}").status_code == 404
    assert not (out / ".desk" / "items" / item).exists()
    assert 'class="tile"' not in client.get("/").text


def test_several_files_in_one_upload(client: TestClient, out: Path) -> None:
    bad = [("article", (HANS.name, HANS.read_bytes())), ("article", ("notes.exe", b"x"))]
    refused = client.post("/upload?lang=en", files=bad, follow_redirects=False)
    assert refused.status_code == 400 and "notes.exe" in refused.text
    assert not (out / ".desk" / "items").exists()  # one bad file: nothing written at all
    both = [("article", (HANS.name, HANS.read_bytes())),
            ("article", (ENGLISH.name, ENGLISH.read_bytes()))]
    answer = client.post("/upload?lang=en", files=both, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    store = client.app.state.desk.store  # type: ignore[attr-defined]
    poll(lambda: sorted(i.status for i in store.items()) == ["draft", "draft"], 120)
    page = client.get("/?lang=en&status=draft").text
    assert page.count('class="tile"') == 2 and "Riverside" in page and "清河" in page
