"""The desk's words in the editors' languages, chosen from the browser's Accept-Language."""

from __future__ import annotations

from typing import Final

LANGS: Final = ("zh-Hans", "zh-Hant", "en")
DEFAULT_LANG: Final = "en"

# Regions that write Traditional characters; other bare `zh` tags mean Simplified.
_HANT_REGIONS: Final = {"tw", "hk", "mo", "hant"}

STRINGS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "brand": "Highlights",
        "colon": ": ",
        "progress": "Progress",
        "desk": "Editors' desk",
        "articles": "Published articles",
        "none": "Nothing published yet. Upload an article below.",
        "upload": "Publish a new article",
        "upload_hint": "A .txt, .md or .html file; PDF, EPUB and images follow.",
        "choose": "Article file",
        "submit": "Publish",
        "date": "Date",
        "cards": "Cards",
        "downloads": "Downloads",
        "pdf": "PDF",
        "epub": "EPUB",
        "long": "Long image",
        "card": "Card",
        "zip": "Everything (ZIP)",
        "back": "All articles",
        "job": "Upload",
        "queued": "Waiting for the previous article…",
        "running": "Working…",
        "done": "Published",
        "failed": "Failed",
        "skipped": "Unchanged, already published",
        "open": "Open the article",
        "not_found": "Not found",
        "bad_upload": "This file cannot be published",
        "no_file": "Choose a file first.",
        "bad_type": "Only .txt, .md and .html files can be published.",
        "too_big": "The file is too large.",
        "elapsed": "s",
        "cards_of": "key points",
    },
    "zh-Hans": {
        "brand": "长图·划重点",
        "colon": "：",
        "progress": "进度",
        "desk": "编辑台",
        "articles": "已发布的文章",
        "none": "还没有发布任何文章。请在下方上传。",
        "upload": "发布新文章",
        "upload_hint": "上传 .txt、.md 或 .html 文件，随后生成 PDF、EPUB 和图片。",
        "choose": "文章文件",
        "submit": "发布",
        "date": "日期",
        "cards": "卡片",
        "downloads": "下载",
        "pdf": "PDF",
        "epub": "EPUB",
        "long": "长图",
        "card": "卡片",
        "zip": "全部文件（ZIP）",
        "back": "全部文章",
        "job": "上传",
        "queued": "等待上一篇文章完成……",
        "running": "处理中……",
        "done": "已发布",
        "failed": "发布失败",
        "skipped": "内容未变，已发布过",
        "open": "打开文章",
        "not_found": "找不到该页面",
        "bad_upload": "无法发布此文件",
        "no_file": "请先选择文件。",
        "bad_type": "只能发布 .txt、.md 和 .html 文件。",
        "too_big": "文件太大。",
        "elapsed": "秒",
        "cards_of": "个重点",
    },
    "zh-Hant": {
        "brand": "長圖·劃重點",
        "colon": "：",
        "progress": "進度",
        "desk": "編輯台",
        "articles": "已發布的文章",
        "none": "尚未發布任何文章。請在下方上傳。",
        "upload": "發布新文章",
        "upload_hint": "上傳 .txt、.md 或 .html 檔案，隨後產生 PDF、EPUB 和圖片。",
        "choose": "文章檔案",
        "submit": "發布",
        "date": "日期",
        "cards": "卡片",
        "downloads": "下載",
        "pdf": "PDF",
        "epub": "EPUB",
        "long": "長圖",
        "card": "卡片",
        "zip": "全部檔案（ZIP）",
        "back": "全部文章",
        "job": "上傳",
        "queued": "等待上一篇文章完成……",
        "running": "處理中……",
        "done": "已發布",
        "failed": "發布失敗",
        "skipped": "內容未變，已發布過",
        "open": "開啟文章",
        "not_found": "找不到該頁面",
        "bad_upload": "無法發布此檔案",
        "no_file": "請先選擇檔案。",
        "bad_type": "只能發布 .txt、.md 和 .html 檔案。",
        "too_big": "檔案太大。",
        "elapsed": "秒",
        "cards_of": "個重點",
    },
}


def _match(tag: str) -> str | None:
    parts = tag.strip().lower().replace("_", "-").split("-")
    if parts[0] == "en":
        return "en"
    if parts[0] != "zh":
        return None
    return "zh-Hant" if any(p in _HANT_REGIONS for p in parts[1:]) else "zh-Hans"


def pick_language(accept_language: str | None, override: str | None = None) -> str:
    """The best of our languages for an Accept-Language header (q-values honoured)."""
    if override in LANGS:
        return override
    ranked: list[tuple[float, int, str]] = []
    for index, item in enumerate((accept_language or "").split(",")):
        tag, _, params = item.partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        lang = _match(tag)
        if lang and quality > 0:
            ranked.append((-quality, index, lang))
    return min(ranked)[2] if ranked else DEFAULT_LANG


def _merge() -> None:
    from highlights.desk.bundle_words import BUNDLE_WORDS
    from highlights.desk.words import WORDS

    for lang, words in WORDS.items():
        STRINGS[lang].update(words)
        STRINGS[lang].update(BUNDLE_WORDS[lang])


_merge()
