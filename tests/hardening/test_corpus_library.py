"""Each hostile input through the library in-process: correct outputs or one clear error line.

Inputs whose hostility ends at ingest (encodings, control characters, file names) are checked
on the prepared article and deck; the others are published with every renderer. The two
300,000-character inputs go through the CLI batch only (test_corpus_cli.py), which renders
every case and bounds time and memory.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hardening_support import (
    SLUG_RE,
    Case,
    Corpus,
    case_names,
    check_published,
    control_chars,
    published_folders,
    staging_leftovers,
    strings,
)

from highlights.errors import HighlightsError
from highlights.publish import Prepared, prepare, publish_article
from highlights.settings import RunSettings


def _refused(case: Case, exc: HighlightsError, out: Path) -> None:
    line = exc.line()
    assert case.expect != "ok", f"{case.name} should publish, but was refused: {line}"
    assert "\n" not in line, f"error is not one line: {line!r}"
    assert "Traceback" not in line
    assert str(case.path) in line, f"the error does not name the file: {line}"
    assert exc.reason.strip(), "the error gives no reason"
    assert exc.hint.strip(), f"the error gives no hint: {line}"
    unnamed = [name for name in case.names if name not in line]
    assert not unnamed, f"{case.name}: the error does not name {unnamed}: {line}"
    assert published_folders(out) == [], "a refused article left an output folder"
    assert staging_leftovers(out) == [], "a refused article left half-written files"


def _check_text(case: Case, article: dict[str, object], deck: dict[str, object], tmp: Path) -> None:
    for what, data in (("article", article["blocks"]), ("deck", deck["cards"])):
        left = control_chars("\n".join(strings(data)))
        assert left == [], f"{case.name}: control characters left in the {what}: {left}"
    body = "\n".join(strings(article["blocks"]))
    if case.damaged_at is not None:
        source = article["source"]
        assert isinstance(source, dict)
        offsets = [spot["offset"] for spot in source["invalid_bytes"]]
        assert case.damaged_at in offsets, f"{case.name}: damage at {offsets}, not reported"
        assert "\ufffd" in body, f"{case.name}: the bad bytes left no U+FFFD in the text"
    for literal in case.literals:
        assert literal in body, f"{literal!r} did not survive literally"
    if case.twin is not None:
        twin = tmp / "twin.txt"
        twin.write_text(case.twin, encoding="utf-8")
        expected = prepare(twin, RunSettings()).article.model_dump(mode="json")["blocks"]
        assert article["blocks"] == expected, (
            f"{case.name} does not normalise to the same article as its UTF-8 twin"
        )


@pytest.mark.parametrize("name", case_names(heavy=False))
def test_hostile_input_through_the_library(name: str, corpus: Corpus, tmp_path: Path) -> None:
    case = corpus.by_name(name)
    assert case.expect != "any", f"{case.name}: say what must happen, not either outcome"
    out = tmp_path / "out"
    try:
        if not case.render:
            prepared: Prepared = prepare(case.path, RunSettings())
        else:
            folder = publish_article(case.path, out, RunSettings())
    except HighlightsError as exc:
        _refused(case, exc, out)
        return
    assert case.expect != "fail", f"{case.name} should have been refused ({case.note})"
    if not case.render:
        assert SLUG_RE.fullmatch(prepared.slug), f"unsafe slug {prepared.slug!r}"
        article = prepared.article.model_dump(mode="json")
        deck = prepared.deck.model_dump(mode="json")
        _check_text(case, article, deck, tmp_path)
        return
    assert folder.parent == out, f"published outside the output folder: {folder}"
    check_published(folder)
    assert published_folders(out) == [folder]
    assert staging_leftovers(out) == []
    article = json.loads((folder / "article.json").read_text(encoding="utf-8"))
    deck = json.loads((folder / "cards.json").read_text(encoding="utf-8"))
    _check_text(case, article, deck, tmp_path)


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
