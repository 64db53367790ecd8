"""Text clean-up shared by every rule: full-width to half-width, trimmed single spaces, and no
control characters (NUL and the like), which no person types and no spreadsheet can hold."""

from __future__ import annotations

# Full-width ASCII variants U+FF01..U+FF5E sit exactly 0xFEE0 above their ASCII twins.
_HALFWIDTH: dict[int, int | None] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_HALFWIDTH[0x3000] = 0x20  # ideographic space

# Characters that XML 1.0 (and so every .xlsx file) cannot hold, and that only reach a
# record by accident (a pasted binary, a broken export): C0 controls other than tab, line
# feed and carriage return, DEL and the C1 controls, lone surrogates, U+FFFE and U+FFFF.
_CONTROLS: dict[int, int | None] = {
    code: None
    for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0),
                 *range(0xD800, 0xE000), 0xFFFE, 0xFFFF)
}
_CLEAN = {**_CONTROLS, **_HALFWIDTH}


def to_halfwidth(s: str) -> str:
    """Turn full-width ASCII (！ to ～) into plain ASCII and the ideographic space into a space."""
    return s.translate(_HALFWIDTH)


def strip_controls(s: str) -> str:
    """`s` without control characters; tab, line feed and carriage return stay."""
    return s.translate(_CONTROLS)


def has_controls(s: str) -> bool:
    """True when `s` holds a character strip_controls would remove."""
    return len(strip_controls(s)) != len(s)


def clean_text(s: object) -> str:
    """Any value as trimmed half-width text with each run of whitespace made one space.

    None gives "". Other values go through str() first, so 12 gives "12". Control
    characters are removed.
    """
    if s is None:
        return ""
    return " ".join(str(s).translate(_CLEAN).split())


def clean_lines(s: object) -> str:
    """Multi-line text (notes) as typed, without control characters and without blank
    space at either end; line breaks become plain line feeds."""
    if s is None:
        return ""
    text = strip_controls(str(s)).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()
