"""Write assets/data/common-hanzi.txt: the Han characters that carry 99% of the character
occurrences in jieba's dictionary (weighted by word frequency), in both scripts.

Mojibake detection and repair (src/highlights/normalise/mojibake.py) score text by how much of
it is common Chinese. Run with the project's venv: `.venv/bin/python scripts/make-common-hanzi.py`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import jieba
import opencc

ROOT = Path(__file__).resolve().parent.parent
COVER = 0.99


def main() -> None:
    counts: Counter[str] = Counter()
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, freq, *_ = line.split(" ")
        for ch in word:
            if "\u3400" <= ch <= "\u9fff":
                counts[ch] += int(freq)
    total = sum(counts.values())
    kept: list[str] = []
    running = 0
    for ch, n in counts.most_common():
        kept.append(ch)
        running += n
        if running >= COVER * total:
            break
    s2t = opencc.OpenCC("s2t")
    both = sorted(set(kept) | {c for c in s2t.convert("".join(kept)) if "\u3400" <= c <= "\u9fff"})
    out = ROOT / "assets" / "data" / "common-hanzi.txt"
    lines = ["".join(both[i : i + 64]) for i in range(0, len(both), 64)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(both)} characters ({len(kept)} Simplified) → {out}")


if __name__ == "__main__":
    main()
