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


def zh_hans(hant: dict[str, object]) -> dict[str, object]:
    """The same fixture in Simplified characters (OpenCC t2s on every string)."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    text = t2s.convert(json.dumps(hant, ensure_ascii=False))
    data: dict[str, dict[str, object]] = json.loads(text)
    data["article"]["meta"]["language"] = "zh-Hans"  # type: ignore[index]
    data["deck"]["language"] = "zh-Hans"
    data["deck"]["kicker"] = "全会公报"
    data["article"]["source"]["sha256"] = hashlib.sha256(text.encode()).hexdigest()  # type: ignore[index]
    return data


def english() -> dict[str, object]:
    blocks = [
        {"kind": "paragraph", "text": "The city council adopted a ten-year plan on Tuesday "
         "to widen access to capital for small firms, train 5,000 technicians and cut "
         "permit times in half."},
        {"kind": "heading", "level": 1, "text": "What the plan does"},
        {"kind": "list_item", "lead_in": "Expanding Access to Capital: ", "text": "a guarantee "
         "fund of $40 million will back loans to firms with fewer than 50 employees."},
        {"kind": "list_item", "lead_in": "Training: ", "text": "community colleges will run "
         "evening courses in electrical and mechanical trades."},
        {"kind": "list_item",
         "text": "Permits will be issued within 30 days, or the fee is refunded."},
        {"kind": "heading", "level": 2, "text": "Costs and timing"},
        {"kind": "paragraph", "text": "The plan costs $120 million over ten years. \u201cWe "
         "expect the first loans before the end of the year,\u201d the mayor said; officials "
         "will report on progress every six months."},
        {"kind": "paragraph", "text": "Critics said the training targets were ambitious "
         "and asked for independent audits of the guarantee fund."},
    ]
    cards = [
        {"number": 1, "title": "Capital for small firms", "highlights": ["Capital"],
         "points": [
             {"text": "A $40 million guarantee fund backs loans", "highlights": ["$40 million"]},
             {"text": "Firms with fewer than 50 employees qualify"}]},
        {"number": 2, "title": "Skills", "points": [
            {"text": "5,000 technicians trained in ten years", "highlights": ["5,000"]},
            {"text": "Evening courses at community colleges"}]},
        {"number": 3, "title": "Faster permits", "points": [
            {"text": "Permits within 30 days, or the fee is refunded", "highlights": ["30 days"]}]},
    ]
    raw = json.dumps(blocks).encode()
    return {
        "article": {
            "source": source(raw, "tests/data/pdf_epub/english.md") | {"format": "md"},
            "meta": {"title": "Council adopts ten-year plan for small business",
                     "date": "2024-03-05", "source": "City Press Office",
                     "reporters": ["Ann Lee"], "editors": ["Bo Chen"], "language": "en",
                     "genre": "press"},
            "blocks": blocks,
        },
        "deck": {"title": "Council adopts ten-year plan for small business", "date": "2024-03-05",
                 "lead": "A ten-year plan for small firms: capital, skills and faster permits.",
                 "cards": cards, "language": "en",
                 "closing": {"source": "City Press Office", "editors": ["Bo Chen"]}},
    }


def main() -> None:
    hant = zh_hant()
    for name, data in (("zh-hant", hant), ("zh-hans", zh_hans(hant)), ("en", english())):
        (HERE / f"{name}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
