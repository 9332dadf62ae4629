"""Every word the desk shows exists in each of its languages, and every `t.key` a template or
the history asks for is there."""

from __future__ import annotations

import re

from highlights.desk.i18n import STRINGS
from highlights.desk.words import WORDS, describe
from highlights.paths import templates_dir


def test_the_languages_have_the_same_words() -> None:
    keys = {lang: set(words) for lang, words in STRINGS.items()}
    assert keys["en"] == keys["zh-Hans"] == keys["zh-Hant"]
    assert set(WORDS["en"]) <= keys["en"]


def test_every_word_the_templates_use_exists() -> None:
    used: set[str] = set()
    for template in (templates_dir() / "desk").glob("*.j2"):
        used |= set(re.findall(r"\bt\.(\w+)", template.read_text(encoding="utf-8")))
    assert used and used <= set(STRINGS["en"]), used - set(STRINGS["en"])


def test_history_entries_read_in_each_language() -> None:
    change = ["field", "title", "旧", "新"]
    assert describe(change, STRINGS["en"]) == "Headline: “旧” → “新”"
    assert describe(change, STRINGS["zh-Hans"]) == "标题：“旧”→“新”"
    assert describe(change, STRINGS["zh-Hant"]) == "標題：「旧」→「新」"
    assert describe(["point_deleted", "2", "x" * 200], STRINGS["en"]).endswith("…”")
    assert describe(["unknown", "a"], STRINGS["en"]) == "unknown a"
