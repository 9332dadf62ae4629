"""Where a long English clause is cut: before its last ` and `, a relative clause, a means, a
participle or a purpose, leaving a whole statement; and never after a word that needs the rest
of its clause (`…the community could`)."""

from __future__ import annotations

import re

from highlights.cards.english import EN_FINITE
from highlights.cards.text import display_len

__all__ = ["before_and", "before_phrase", "open_clause", "scene_setter", "weak_end"]

# ` and released £250 million…` goes on with a second predicate; `accelerating and
# scaling-up sustainable development` is one: no cut after a word in -ing
EN_AND_CLAUSE = r"(?<!ing),? and "
EN_RELATIVE = r" (?:that|which|who|where|while) "  # `…hazardous trends` / `that threaten…`
EN_ADJUNCT = (  # `…should look like` / `by providing feedback…`: the means is a cut too
    r" (?:in terms of|in order to|as well as|such as|including|because|so that|by(?= [a-z]+ing\b)) "
)
# `…will host a series of activities` / `celebrating the city's connection…`
EN_PARTICIPLE_MOD = r"(?<=[a-z]) (?=[a-z]{3,}ing (?:the|a|an|its|their|his|her|our)\b)"
_AUXILIARY = re.compile(
    r"\b(?:will|would|can|could|should|may|might|must|is|are|was|were|has|have|had|does|did)\b"
)
# `…greater access to expertise` / `to enhance the quality of…`: what it is for
EN_PURPOSE = r"(?<=[a-z]) (?=to (?!be\b)[a-z]{3,} (?:the|a|an|its|their|his|her|our|more|new)\b)"


def before_and(text: str, limit: int, most: float) -> str:
    """A long English clause cut before its last ` and ` (else before a relative clause:
    `…hazardous trends` / `that threaten…`) that leaves at least half the room: what comes
    before is a whole statement, a cut at the limit is not."""
    for joint in (EN_AND_CLAUSE, EN_RELATIVE, EN_ADJUNCT, EN_PARTICIPLE_MOD, EN_PURPOSE):
        cuts = [m.start() for m in re.finditer(joint, text)]
        fits = [c for c in cuts if limit / 2 <= display_len(text[:c]) <= most * limit]
        fits = [c for c in fits if not weak_end(text[:c])]
        if joint == EN_PURPOSE:  # `…considered likely` / `to replace her…`: its verb still to come
            fits = [c for c in fits if _AUXILIARY.search(text[:c])]
        if fits:
            return EN_DASH_TAIL.sub("", text[: fits[-1]]).rstrip(",;")
    return ""


# the words a phrase that adds detail opens with: a last resort's joint, before a word is cut
EN_PHRASE = (
    r" (?=(?:to|in|on|at|for|with|from|since|during|after|before|when|if|compared|including|"
    r"because|as|through|across|under|over|into|within|without|between|among|where|while) )"
    r"| [–—-] "
)


def before_phrase(text: str, limit: int, most: float) -> str:
    """A clause too long for any other cut, cut before the last phrase that adds detail and
    leaves at least half the room (`…measurements in nearly 20 types of tissues` / `to
    uncover…`): shorter, and no word cut off with `…`."""
    cuts = [m.start() for m in re.finditer(EN_PHRASE, text)]
    fits = [c for c in cuts if limit / 2 <= display_len(text[:c]) <= most * limit]
    closed = [c for c in fits if text[:c].count("(") == text[:c].count(")")]  # no open bracket
    fits = [c for c in closed if not weak_end(text[:c])]
    return text[: fits[-1]].rstrip(",;:") if fits else ""


# `…at the St. Elizabeth’s East Campus – an organization` (that provides…): the appositive a
# cut before its relative clause leaves says nothing
EN_DASH_TAIL = re.compile(r"\s[–—-]\s(?:an?|the)\s[^–—]{1,40}$")


# a point never ends on a word that needs the rest of its clause
_WEAK = "a an the of to for in on at by with from and or but how why what when where whether"
_MODALS = "can could will would shall should may might must"  # `…the community could`
EN_WEAK_END = frozenset(
    [*_WEAK.split(), *_MODALS.split(), "which", "that", "who", "whose", "as", "than", "into", "so"]
)


def weak_end(text: str) -> bool:
    words = text.rstrip(",;: ").split()
    return bool(words) and words[-1].lower() in EN_WEAK_END


# `He pointed out that throughout the past four years of its current term` (, the Government
# has…): a reported clause that has only said when or where, its subject and verb still to come
_ADJUNCT = re.compile(
    r"(?:throughout|in|during|after|before|since|for|with|under|despite|following|over|at|on|"
    r"by|from|amid|given|when|while|if|although|though|because|once|until|unless|as|due to|"
    r"according to|regarding|starting|beginning)\b"
)


def open_clause(parts: list[str]) -> bool:
    """A cut after these comma-separated parts leaves a clause open: the last needs the rest
    of its clause, or an aside has just closed after a word that needs its verb (`…various
    sectors will, in the interest of Hong Kong`), or a reported clause has only its adjunct."""
    if not parts:
        return False
    if weak_end(parts[-1]) or (len(parts) > 1 and weak_end(parts[-2])):
        return True
    kept = ", ".join(parts)
    if kept.count("(") > kept.count(")"):  # `…Inc. (Nasdaq: PESI` (; BSE): inside a bracket
        return True
    reported = kept.rsplit(" that ", 1)
    return len(reported) == 2 and all(_ADJUNCT.match(p) for p in reported[1].split(", "))


# `With just 10 days of scheduled hearings to go,` / `Regarding the North's nuclear test,`: a
# phrase that sets the scene for the clause after it, and is no point alone
_SCENE = re.compile(
    r"^[“\"]?(?:With|Regarding|Concerning|As for|As to|Already|In|On|At|For|From|After|Before|"
    r"During|Following|Despite|Under|Over|Through|Throughout|Amid|Given|Since|Upon|Without|"
    r"Within|Beyond|Unlike|According to|Starting|Beginning)\b"
)


def scene_setter(part: str) -> bool:
    return bool(_SCENE.match(part)) and not EN_FINITE.search(part)
