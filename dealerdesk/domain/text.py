"""Text clean-up shared by every rule: full-width to half-width, trimmed single spaces."""

from __future__ import annotations

# Full-width ASCII variants U+FF01..U+FF5E sit exactly 0xFEE0 above their ASCII twins.
_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_HALFWIDTH[0x3000] = 0x20  # ideographic space


def to_halfwidth(s: str) -> str:
    """Turn full-width ASCII (！ to ～) into plain ASCII and the ideographic space into a space."""
    return s.translate(_HALFWIDTH)


def clean_text(s: object) -> str:
    """Any value as trimmed half-width text with each run of whitespace made one space.

    None gives "". Other values go through str() first, so 12 gives "12".
    """
    if s is None:
        return ""
    return " ".join(to_halfwidth(str(s)).split())
