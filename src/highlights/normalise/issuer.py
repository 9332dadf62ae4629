"""Who issued a press release: the company its `About X` section names, when the text gives no
source of its own or names only the newswire that carried it (`PRNewswire`, `BUSINESS WIRE`):
the wire distributes the release, the company is its source. And the broadcaster whose people
speak in a transcript (`…, CNN ANCHOR:`)."""

from __future__ import annotations

import re

from highlights.model import Metadata, Removal

__all__ = ["with_issuer"]

_WIRES = re.compile(
    r"^(?:PR ?Newswire|Business ?Wire|Globe ?Newswire|Marketwired?|ACCESSWIRE|EIN Presswire|"
    r"Accesswire|PRWeb|Newswire)(?:[-\s].*)?$",
    re.IGNORECASE,
)
# `About Synutra International, Inc.`, `About Quantum:` over the company's description
_ABOUT = re.compile(r"^About\s+(?P<name>[A-Z][\w&.,'’ -]{1,60}?)\s*:?$")
# `Synutra International Inc. (NASDAQ:SYUT) is a leading…`, `Quantum Fuel Systems…, Inc. is a`
_DESCRIBED = re.compile(
    r"^(?:About\s+\S+\s+)?(?P<name>[A-Z][\w&.,'’ -]{1,80}?)\s*(?:\([A-Z]+\s*:\s*[\w.]+\)\s*)?"
    r",?\s+(?:is|are)\s+(?:a|an|the)\b"
)


# `Constellation Brands, Inc. (NYSE: STZ and STZ.B), a leading…, reported today`: a wire's
# release opens with the company and its ticker
_LISTED = re.compile(
    r"^(?P<name>[A-Z][\w&.,'’ -]{1,80}?)\s*"
    r"\((?:NYSE|NASDAQ|Nasdaq|TSX|OTC\w*|AMEX|LSE|ASX)\b[^)]*\)"
)
WITHIN = 3  # paragraphs: where a wire's release names its company with its ticker
# `SOLEDAD O'BRIEN, CNN ANCHOR: …`: a broadcaster's transcript names its own people so
_ON_AIR = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,40},\s*(?P<outlet>CNN|PBS|NPR|BBC|ABC|CBS|NBC|FOX|MSNBC|CNBC)\b"
    r"[A-Z ]{0,30}?(?:ANCHOR|CORRESPONDENT|HOST|REPORTER)"
)


def with_issuer(meta: Metadata, removed: list[Removal], body: list[str]) -> Metadata:
    """`meta` with the release's issuer as its source, where the text names none but a wire
    (`body`: the text's paragraphs, where a wire's release names its listed company)."""
    wired = bool(meta.source and _WIRES.match(meta.source))
    if meta.source and not wired:
        return meta
    about = [r.text.strip() for r in removed if r.rule == "boilerplate.about"]
    named = [m["name"] for t in about if (m := _DESCRIBED.match(t))]
    named += [m["name"] for t in about if (m := _ABOUT.match(t))]
    named += [m["name"] for t in body[:WITHIN] if wired and (m := _LISTED.match(t))]
    if not meta.source:
        named += [m["outlet"] for t in body if (m := _ON_AIR.match(t))][:1]
    if not named:
        return meta
    return meta.model_copy(update={"source": named[0].rstrip(" ,")})
