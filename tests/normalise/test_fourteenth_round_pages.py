"""Rules learnt from the twenty-second and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

from tests.text_support import normalised

from highlights.normalise.derived import condense


def test_when_it_was_is_no_part_of_what_an_official_said() -> None:
    said = "鄧炳強在社交網站撰文表示，大年初一，紀律部隊的同事已經各就各位，在全港服務市民。"
    assert condense(said).startswith("鄧炳強：紀律部隊的同事已經各就各位")
    article = normalised(
        "保安局局長鄧炳強29日在社交網站撰文表示,大年初一,紀律部隊的同事已經各就各位,"
        "在全港服務市民。大年初一,鄧炳強就陪同政務司司長來到羅湖口岸視察,了解人流與清關情況。",
        "鄧炳強指,見到初一早上過關暢順,特別向當值的警隊、海關及入境處同事送上果籃與曲奇。",
    )
    assert "大年初一" not in article.meta.title
    assert article.meta.title.startswith("鄧炳強：紀律部隊的同事")


def test_a_time_alone_before_a_short_saying_stays() -> None:
    # too little would be left: `今天，很好` is all that was said
    assert condense("李明表示，今天，很好。") == "李明：今天，很好。"


def test_a_transcripts_stage_direction_run_into_the_text_is_dropped() -> None:
    article = normalised(
        "PBS NewsHour full episode January 10, 2018",
        "JUDY WOODRUFF: All that and more on tonight's PBS NewsHour. (BREAK) JUDY WOODRUFF: "
        "They're still digging tonight in Southern California, where huge mudslides hit.",
        "A majority of Americans will experience poverty at some point in their lifetime. (BREAK)",
    )
    text = "\n".join(b.text for b in article.blocks)
    assert "(BREAK)" not in text
    assert "JUDY WOODRUFF: They're still digging tonight" in text
    assert any(r.text.strip() == "(BREAK)" for r in article.report.removed)


def test_a_bracketed_word_in_capitals_that_is_no_direction_stays() -> None:
    article = normalised("Council adopts plan", "The Council adopted the plan (BREAKING) today.")
    assert "(BREAKING)" in article.blocks[0].text
