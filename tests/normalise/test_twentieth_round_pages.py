"""Rules learnt from the sixty-eighth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

from tests.text_support import normalised

from highlights.normalise.cleanup import drop_jammer, jammer_spans
from highlights.normalise.injected import find_injected
from highlights.normalise.pinyin import find_glosses, remove_glosses
from highlights.normalise.repaired import repaired_spots


def test_each_glossed_word_is_one_spot_with_its_glosses() -> None:
    text = "司局長(zhǎng)昨日走進(jìn)社區(qū)，與市民同樂(lè)。"
    spots = find_glosses(text)
    assert [s.before for s in spots] == ["長(zhǎng)", "進(jìn)社區(qū)", "樂(lè)"]
    assert all(text[s.start : s.end] == s.before for s in spots)
    assert remove_glosses(text).text == "司局長昨日走進社區，與市民同樂。"


def test_a_bracketed_word_that_is_no_gloss_is_no_spot() -> None:
    assert find_glosses("蘋果(Apple)與微軟(MS)發布新品(new)") == []


def test_glosses_are_reported_where_they_were_and_the_text_is_repaired() -> None:
    article = normalised("全縣經(jīng)濟運行保持平穩(wěn)，房地產(chǎn)開發(fā)投資增長。\n" * 2)
    glossed = [d for d in article.report.damage if d.reason.startswith("pinyin gloss")]
    assert {d.snippet for d in glossed} == {"經(jīng)", "穩(wěn)", "產(chǎn)開發(fā)"}
    assert article.report.unrepaired() == []
    assert "(" not in article.body_text()


def test_forum_noise_with_double_spaces_is_dropped_and_reported() -> None:
    line = "輪戰線將於大會展開。* _; y3 S  A% G2 h&"
    assert drop_jammer(line).text == "輪戰線將於大會展開。"
    assert jammer_spans(line) == [(10, len(line))]
    [spot] = repaired_spots(line)
    assert spot.reason == "forum anti-copy noise" and "y3 S" in spot.before
    assert jammer_spans("會議 a b c d 開始") == []  # letters alone are no noise


def test_a_casino_brand_glued_into_a_sentence_is_injected_spam() -> None:
    text = "建设澳门金沙博彩娱乐平台域副中心城市，必须经过院g捕鱼游戏领导小组通过"
    assert [text[s:e] for s, e in find_injected(text)] == ["金沙博彩娱乐平台", "捕鱼游戏"]
    assert find_injected("澳門博彩業收入回升，金沙中國公布業績") == []
