"""A betting site's name injected into a hacked page's text (`办公厅明升ms88注册 进一步…`,
`m88明升体育网址-…`): reported, never published unseen. The words it replaced are lost, so the
text is not repaired: the editor must see the spot."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN

__all__ = ["find_injected"]

_INJECTED = re.compile(
    # a brand of letters and digits glued to the trade's words (`ms88注册`, `m88明升体育网址`)
    rf"[A-Za-z]{{1,4}}\d{{2,4}}[{HAN}]{{0,4}}?(?:注册|註冊|网址|網址|官网|官網|娱乐|娛樂|体育网址|體育網址)"
    rf"|(?<=[{HAN}])[A-Za-z]{{1,4}}\d{{2,4}}(?:注册|註冊)"
    # names only that trade uses
    r"|尊龙凯时|尊龍凱時|凯发k8|凱發k8|澳门新葡京|澳門新葡京|明升(?=[A-Za-z]{1,3}\d{2,3})|"
    r"(?<=\d)明升|九游会|九游會|bet365|必威体育|必威體育|开云体育|開雲體育|乐鱼体育|樂魚體育|亚博体育|亞博體育"
    # a casino's brand glued into a sentence (`建设澳门金沙博彩娱乐平台域副中心城市`)
    r"|(?:金沙)?博彩(?:娱乐|娛樂)平台|金沙博彩|(?<=[A-Za-z])捕[鱼魚][游遊][戏戲]|球盟[会會]"
    # an SEO page's name for itself (`《开云手机官网入口·(中国)官方网站安全生产…》`)
    r"|[^，。、\s《》“”]{2,10}(?:官网入口|官網入口)·?[(（]中[国國][)）](?:官方网站|官方網站)"
    r"|(?:登录|登錄)入口(?:网页版|網頁版)"
    # a lottery tipster's (`管家婆正版全年免费资料`, `新澳门六开彩`)
    r"|管家婆(?:[^，。、\s《》“”]{0,10}?(?:资料|資料|彩图|彩圖|一肖|一码|一碼))?"
    r"|(?:正版|精准|精準)?(?:全年)?(?:免费|免費)(?:资料|資料)(?:大全)?|[新老]?澳[门門]六[开開]彩",
    re.IGNORECASE,
)


def find_injected(text: str) -> list[tuple[int, int]]:
    """Where a betting site's name sits in the text, merged where they touch."""
    spans: list[tuple[int, int]] = []
    for m in _INJECTED.finditer(text):
        if spans and m.start() <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], m.end()))
        else:
            spans.append((m.start(), m.end()))
    return spans
