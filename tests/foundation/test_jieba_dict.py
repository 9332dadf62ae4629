"""jieba's prefix dictionary, compact (cards/jiebadict.py): the same mapping, the same words."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import jieba

from highlights.cards.jiebadict import SWITCH, PrefixDict, dict_file, install

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "assets" / "samples" / "zigong-communique.txt"
CUT = """
import sys
from pathlib import Path
import jieba
import highlights.cards.text  # installs the compact dictionary unless switched off
from highlights.typeset.breaks import word_ends
text = Path(sys.argv[1]).read_text(encoding="utf-8")
print(type(jieba.dt.FREQ).__name__)
print("/".join(jieba.cut(text)))
print("/".join(jieba.cut(text, HMM=False)))
print(sorted(word_ends(text[:200], "zh-Hant")))
"""


def test_every_key_and_count_is_jiebas() -> None:
    jieba.setLogLevel(logging.WARNING)
    own = jieba.Tokenizer()
    own.initialize()
    compact = PrefixDict(dict_file())
    assert compact.total == own.total
    assert all(compact.get(key) == count for key, count in own.FREQ.items())
    assert len(compact._offsets) == len(own.FREQ)  # nothing more
    for key in ("", "x", "中国人民银行行长", "全会强调", "自贡市委"):
        assert (key in compact) == (key in own.FREQ)
        assert compact.get(key, -1) == own.FREQ.get(key, -1)


def _cut(switch: str) -> list[str]:
    env = {**os.environ, SWITCH: switch}
    return subprocess.run([sys.executable, "-c", CUT, str(SAMPLE)], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.splitlines()


def test_jieba_cuts_the_same_words_with_it() -> None:
    compact, own = _cut("1"), _cut("0")
    assert compact[0] == "PrefixDict" and own[0] == "dict"
    assert compact[1:] == own[1:] and len("".join(compact)) > 1000


def test_a_tokenizer_that_loaded_its_own_is_left_alone() -> None:
    if isinstance(jieba.dt.FREQ, PrefixDict):
        assert install()  # installed already (by the cards' import): nothing to do
    else:
        jieba.dt.check_initialized()
        assert not install() and isinstance(jieba.dt.FREQ, dict)
