from __future__ import annotations

import hashlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from highlights.slug import make_slug

SHA = hashlib.sha256(b"x").hexdigest()


def test_chinese_title_becomes_pinyin_with_hash() -> None:
    slug = make_slug("中共自貢市委十二屆十二次全會公報", SHA)
    assert slug.startswith("zhong-gong-zi-gong-shi-wei")
    assert slug.endswith("-" + SHA[:8])


def test_english_title_keeps_words() -> None:
    assert (
        make_slug("Expanding Access to Capital!", SHA) == f"expanding-access-to-capital-{SHA[:8]}"
    )


def test_same_title_different_source_differs() -> None:
    other = hashlib.sha256(b"y").hexdigest()
    assert make_slug("Title", SHA) != make_slug("Title", other)


@pytest.mark.parametrize("title", ["../../etc/passwd", '/ \\ : * ? " < > |', "..", "", "😀😀"])
def test_hostile_titles_cannot_form_a_path(title: str) -> None:
    slug = make_slug(title, SHA)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
    assert slug not in {".", ".."}


@given(st.text(max_size=200))
def test_any_title_gives_a_safe_bounded_slug(title: str) -> None:
    slug = make_slug(title, SHA)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)
    assert len(slug) <= 48 + 9


def test_rejects_a_non_hex_digest() -> None:
    with pytest.raises(ValueError):
        make_slug("t", "../../zz")
