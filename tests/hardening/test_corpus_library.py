"""Each hostile input through the library (`publish_article`), in-process: outputs or one line.

The two 300,000-character inputs take long to render; they go through the CLI batch only
(test_corpus_cli.py), which also bounds their time and memory.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hardening_support import (
    Case,
    Corpus,
    article_blocks,
    case_names,
    check_published,
    control_chars,
    published_folders,
    staging_leftovers,
    strings,
)

from highlights.errors import HighlightsError
from highlights.publish import prepare, publish_article
from highlights.settings import RunSettings


def _refused(case: Case, exc: HighlightsError, out: Path) -> None:
    line = exc.line()
    assert case.expect != "ok", f"{case.name} should publish, but was refused: {line}"
    assert "\n" not in line, f"error is not one line: {line!r}"
    assert "Traceback" not in line
    assert str(case.path) in line, f"the error does not name the file: {line}"
    assert exc.reason.strip(), "the error gives no reason"
    assert exc.hint.strip(), f"the error gives no hint: {line}"
    assert published_folders(out) == [], "a refused article left an output folder"
    assert staging_leftovers(out) == [], "a refused article left half-written files"


def _twin_blocks(case: Case, tmp_path: Path) -> list[dict[str, object]]:
    assert case.twin is not None
    twin = tmp_path / "twin.txt"
    twin.write_text(case.twin, encoding="utf-8")
    article = prepare(twin, RunSettings()).article
    return [block.model_dump(mode="json") for block in article.blocks]


@pytest.mark.parametrize("name", case_names(heavy=False))
def test_hostile_input_through_the_library(name: str, corpus: Corpus, tmp_path: Path) -> None:
    case = corpus.by_name(name)
    out = tmp_path / "out"
    try:
        folder = publish_article(case.path, out, RunSettings())
    except HighlightsError as exc:
        _refused(case, exc, out)
        return
    assert case.expect != "fail", f"{case.name} should have been refused ({case.note})"
    assert folder.parent == out, f"published outside the output folder: {folder}"
    check_published(folder)
    assert published_folders(out) == [folder]
    assert staging_leftovers(out) == []

    for name_ in ("article.json", "cards.json"):
        data = json.loads((folder / name_).read_text(encoding="utf-8"))
        shown = "\n".join(strings(data.get("blocks", data.get("cards"))))
        assert control_chars(shown) == [], f"{name_}: control characters left in the text"
    body = "\n".join(str(block["text"]) for block in article_blocks(folder))
    for literal in case.literals:
        assert literal in body, f"{literal!r} did not survive literally"
    if case.twin is not None:
        assert article_blocks(folder) == _twin_blocks(case, tmp_path), (
            f"{case.name} does not normalise to the same article as its UTF-8 twin"
        )


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(HighlightsError) as info:
        publish_article(missing, tmp_path / "out", RunSettings())
    assert str(missing) in info.value.line()
    assert published_folders(tmp_path / "out") == []


def test_a_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "article.txt"
    folder.mkdir()
    with pytest.raises(HighlightsError):
        publish_article(folder, tmp_path / "out", RunSettings())
