"""Regenerate the fixtures from the sample: `.venv/bin/python tests/data/pdf_epub/make_fixtures.py`.

A crude stand-in for ingest/normalise/cards so the PDF and EPUB can be tested on their own.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parents[2] / "assets" / "samples" / "zigong-communique.txt"
GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
PUNCT = str.maketrans({",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"})


def clean(line: str) -> str:
    return GLOSS.sub("", line).translate(PUNCT).strip()


def source(raw: bytes, path: str) -> dict[str, object]:
    sha = hashlib.sha256(raw).hexdigest()
    return {"path": path, "sha256": sha, "encoding": "utf-8", "format": "txt", "bytes": len(raw)}


def sentences(text: str) -> list[str]:
    return [s + "。" for s in text.split("。") if s.strip()]


def zh_hant() -> dict[str, object]:
    raw = SAMPLE.read_bytes()
    lines = [clean(x) for x in raw.decode("utf-8").splitlines() if x.strip()]
    title, subtitle = lines[0], lines[1]
    body = [x for x in lines[2:] if "攝" not in x and not x.startswith(("編輯", "責任編輯"))]
    body = body[: body.index(next(x for x in body if x.startswith("全會公報新鮮")))]
    blocks = [{"kind": "paragraph", "text": x} for x in body]
    blocks.insert(5, {"kind": "heading", "text": "主要目標", "level": 1})
    cards = []
    goals = next(x for x in body if x.startswith("全會明確了"))
    general = next(x for x in body if x.startswith("全會提出了"))
    firsts = [("總體要求", "。" + general), ("主要目標", "。" + goals)]
    seconds = [p.removeprefix("全會提出，") for p in body if p.startswith("全會提出，")]
    for i, para in enumerate([a + b for a, b in firsts] + seconds):
        head, _, rest = para.partition("。")
        points = [{"text": s[:58], "highlights": [s[:4]]} for s in sentences(rest)[:4]]
        cards.append({"number": i + 1, "title": head, "points": points, "highlights": [head[:2]]})
    article = {
        "source": source(raw, "assets/samples/zigong-communique.txt"),
        "meta": {
            "title": title, "subtitle": subtitle.strip("（）"), "date": "2021-07-15",
            "place": "自貢", "source": "自貢網", "reporters": ["葉衛東"],
            "photographers": ["葉衛東"], "editors": ["舒旭暉", "吳山冠"],
            "language": "zh-Hant", "genre": "official",
        },
        "blocks": blocks,
    }
    deck = {
        "title": title, "subtitle": subtitle.strip("（）"), "date": "2021-07-15",
        "kicker": "全會公報", "lead": sentences(body[0])[0], "lead_highlights": ["2021年7月15日"],
        "cards": cards[:9], "language": "zh-Hant",
        "closing": {"source": "自貢網", "date": "2021-07-15", "editors": ["舒旭暉", "吳山冠"],
                    "reporters": ["葉衛東"], "photographers": ["葉衛東"]},
    }
    return {"article": article, "deck": deck}


def main() -> None:
    (HERE / "zh-hant.json").write_text(
        json.dumps(zh_hant(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
