"""The download menu's words for platform bundles (merged into `i18n.STRINGS`)."""

from __future__ import annotations

from typing import Final

BUNDLE_WORDS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "platforms": "Ready-to-post bundles",
        "platforms_hint": "Drawn at each platform's size and checked against its limits, with "
                          "the caption (post.txt) and alt text; made when first asked for.",
        "bundle_zip": "ZIP",
        "bundle_files": "Files",
        "bundle_failed": "This bundle breaks a platform limit",
        "bundle_error": "This bundle could not be made",
        "caption": "Caption (post.txt)",
        "file": "File",
        "size": "Size",
    },
    "zh-Hans": {
        "platforms": "各平台发布包",
        "platforms_hint": "按各平台尺寸绘制并按其限制检查，附文案（post.txt）和替代文字；"
                          "首次请求时生成。",
        "bundle_zip": "ZIP",
        "bundle_files": "逐个文件",
        "bundle_failed": "该发布包超出平台限制",
        "bundle_error": "无法生成该发布包",
        "caption": "文案（post.txt）",
        "file": "文件",
        "size": "大小",
    },
    "zh-Hant": {
        "platforms": "各平台發布包",
        "platforms_hint": "按各平台尺寸繪製並按其限制檢查，附文案（post.txt）和替代文字；"
                          "首次請求時生成。",
        "bundle_zip": "ZIP",
        "bundle_files": "逐個檔案",
        "bundle_failed": "該發布包超出平台限制",
        "bundle_error": "無法生成該發布包",
        "caption": "文案（post.txt）",
        "file": "檔案",
        "size": "大小",
    },
}
