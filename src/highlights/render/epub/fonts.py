"""The EPUB's embedded fonts: each role's text cut into subsets along the fallback chain.

Three roles: the article body (serif regular), the highlights (sans regular, as the images
and the PDF set them) and headings and marks (sans bold). Each character goes to the face of
the chain that draws it (`highlights.fonts.face_runs`: CJK, a Latin face first for English,
colour emoji, rare Han), and each face used gets a subset of its own, declared as one more
family of the role's font-family list: the reader falls back from one to the next per
character, as the other renderers do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from highlights.fonts import Style, chain, css_family, face_runs
from highlights.publication import Publication
from highlights.render.epub.subset import subset_font
from highlights.render.html import css_family_name

Role = Literal["body", "sans", "bold"]
ROLES: dict[Role, tuple[Style, bool, str]] = {
    "body": ("serif", False, "Body"),
    "sans": ("sans", False, "Sans"),
    "bold": ("sans", True, "Heading"),
}
_GENERIC = {"serif": "serif", "sans": "sans-serif"}


@dataclass(frozen=True)
class Embedded:
    file: str  # the file's name in the EPUB's fonts folder
    family: str  # its CSS family name
    bold: bool
    data: bytes


def role_fonts(record: Publication, role: Role, text: str) -> list[Embedded]:
    """The subsets that draw `text` in `role`, in the chain's order."""
    style, bold, name = ROLES[role]
    faces = chain(record.theme, style, record.language)
    used: dict[int, set[str]] = {}
    for ch, k in zip(text, face_runs(text, faces), strict=True):
        if k >= 0 and ch.isprintable():
            used.setdefault(k, set()).add(ch)
    out: list[Embedded] = []
    for k in sorted(used):
        face = faces[k]
        chars = "".join(sorted(used[k]))
        if face.role == "emoji":  # the joiner its sequences (👨‍👩‍👧) are shaped with
            chars += "\u200d"
        path = face.bold if bold else face.regular
        ext = path.suffix if path.suffix in (".ttf", ".otf") else ".otf"
        n = f"-{len(out) + 1}" if out else ""  # HL-Body.otf, HL-Body-2.ttf, …
        out.append(Embedded(f"HL-{name}{n}{ext}", f"HL {name}{n.replace('-', ' ')}", bold,
                            subset_font(path, face.index, chars)))
    return out


def family_list(record: Publication, role: Role, fonts: list[Embedded]) -> str:
    """The role's CSS font-family: its subsets, then the system's faces, then the generic."""
    style = ROLES[role][0]
    names = [f'"{f.family}"' for f in fonts]
    names.append(f'"{css_family_name(css_family(record.theme, style, record.language))}"')
    return ", ".join([*names, _GENERIC[style]])
