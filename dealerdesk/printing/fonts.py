"""Finding, loading and embedding a Chinese font for every PDF.

The chain: the font chosen in Settings, then the platform's known Chinese TrueType fonts
(Windows: Microsoft YaHei, SimHei, SimSun...; macOS; Linux: WenQuanYi, AR PL, Droid),
then whatever fontconfig offers for Chinese, and last reportlab's built-in STSong-Light,
which always works but is not embedded (a viewer without Chinese fonts shows blanks).
Fonts with CFF outlines (Noto Sans CJK, Source Han) cannot be embedded by reportlab and
are skipped. Loading a large .ttc takes a few hundred milliseconds, so each file is
loaded once per process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from dealerdesk.i18n import translate

REGULAR = "DealerDeskSans"
BOLD = "DealerDeskSans-Bold"
CID_FALLBACK = "STSong-Light"


class FontError(Exception):
    """No font at all could be loaded: the message says what to install."""


@dataclass(frozen=True)
class FontFile:
    """A TrueType file (and face inside a .ttc) that may render Chinese."""

    label: str
    path: str
    index: int = 0

    @property
    def value(self) -> str:
        """How the choice is stored in the "pdf_font" setting."""
        return f"{self.path}#{self.index}" if self.index else self.path


@dataclass(frozen=True)
class PdfFont:
    """The fonts a document draws with: names registered in reportlab."""

    regular: str
    bold: str
    embedded: bool
    source: str  # the file used, or the CID font name
    glyphs: frozenset[int] | None  # code points the font can draw; None: unknown

    def clean(self, text: str) -> str:
        """`text` without characters the font cannot draw (emoji...), which would print
        as empty boxes or make a CID font fail."""
        if self.glyphs is not None and self.glyphs.issuperset(map(ord, text)) and not (
                "\u200d" in text or any(0xFE00 <= ord(c) <= 0xFE0F for c in text)):
            return text  # the usual case, decided without building a new string
        if self.glyphs is None:
            return "".join(ch for ch in text if ord(ch) <= 0xFFFF and not _invisible(ch))
        return "".join(ch for ch in text
                       if (ord(ch) in self.glyphs or ch in "\n\t ") and not _invisible(ch))


def _invisible(ch: str) -> bool:
    return 0xFE00 <= ord(ch) <= 0xFE0F or ch == "\u200d"


def parse_value(value: str) -> tuple[str, int]:
    """("path", index) of a stored "path#index" setting."""
    path, _, index = value.rpartition("#") if "#" in value else (value, "", "0")
    return path, int(index) if index.isdigit() else 0


def _windows() -> list[FontFile]:
    folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    names = [("Microsoft YaHei", "msyh.ttc"), ("Microsoft YaHei", "msyh.ttf"),
             ("DengXian", "Deng.ttf"), ("SimHei", "simhei.ttf"), ("SimSun", "simsun.ttc"),
             ("KaiTi", "simkai.ttf"), ("FangSong", "simfang.ttf")]
    return [FontFile(label, str(folder / name)) for folder in folders for label, name in names]


def _macos() -> list[FontFile]:
    return [
        FontFile("STHeiti", "/System/Library/Fonts/STHeiti Light.ttc"),
        FontFile("STHeiti Medium", "/System/Library/Fonts/STHeiti Medium.ttc"),
        FontFile("PingFang SC", "/System/Library/Fonts/PingFang.ttc"),
        FontFile("Songti SC", "/System/Library/Fonts/Supplemental/Songti.ttc"),
        FontFile("Arial Unicode", "/Library/Fonts/Arial Unicode.ttf"),
        FontFile("Arial Unicode", "/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
    ]


def _linux() -> list[FontFile]:
    return [
        FontFile("WenQuanYi Micro Hei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
        FontFile("WenQuanYi Zen Hei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        FontFile("WenQuanYi Micro Hei", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
        FontFile("WenQuanYi Zen Hei", "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
        FontFile("AR PL UMing", "/usr/share/fonts/truetype/arphic/uming.ttc"),
        FontFile("AR PL UKai", "/usr/share/fonts/truetype/arphic/ukai.ttc"),
        FontFile("Droid Sans Fallback",
                 "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    ]


def _bold_partner(path: str) -> str:
    """Microsoft YaHei and STHeiti ship a bold face in a second file."""
    pairs = {"msyh.ttc": "msyhbd.ttc", "msyh.ttf": "msyhbd.ttf",
             "STHeiti Light.ttc": "STHeiti Medium.ttc"}
    p = Path(path)
    partner = pairs.get(p.name)
    return str(p.with_name(partner)) if partner else ""


def _fontconfig() -> list[FontFile]:
    """Chinese fonts fontconfig knows, best first (Linux and some macOS setups)."""
    if not shutil.which("fc-match"):
        return []
    try:
        out = subprocess.run(
            ["fc-match", "-s", "-f", "%{family[0]}|%{file}|%{index}\n", ":lang=zh-cn"],
            capture_output=True, text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in out.splitlines()[:40]:
        parts = line.split("|")
        if len(parts) == 3 and parts[1].lower().endswith((".ttf", ".ttc")):
            found.append(FontFile(parts[0], parts[1], int(parts[2] or 0)))
    return found


def known_fonts(platform: str | None = None) -> list[FontFile]:
    """Candidate files for this platform, in the order they are tried (may not exist)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return _windows()
    if platform == "darwin":
        return _macos() + _fontconfig()
    return _linux() + _fontconfig()


def _usable(font: FontFile) -> bool:
    return Path(font.path).is_file() and "noto" not in Path(font.path).name.lower()


def installed_fonts() -> list[FontFile]:
    """Existing candidate files, one per path, for the choice in Settings."""
    seen: set[tuple[str, int]] = set()
    found = []
    for font in known_fonts():
        key = (os.path.normcase(font.path), font.index)
        if key not in seen and _usable(font):
            seen.add(key)
            found.append(font)
    return found


_loaded: dict[tuple[str, int], object] = {}
_failed: set[tuple[str, int]] = set()


def _load(path: str, index: int) -> object | None:
    """The reportlab TTFont for a file, loaded once; None when it cannot be embedded."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    key = (path, index)
    if key in _loaded:
        return _loaded[key]
    if key in _failed or not Path(path).is_file():
        return None
    try:
        font = TTFont(f"{REGULAR}-{len(_loaded)}", path, subfontIndex=index)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        _failed.add(key)  # CFF outlines, damaged file, no such face
        return None
    if ord("中") not in font.face.charToGlyph:
        _failed.add(key)
        return None
    _loaded[key] = font
    return font


def _register(font: object, bold: object | None) -> PdfFont:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    regular = font.fontName  # type: ignore[attr-defined]
    bold_name = bold.fontName if bold is not None else regular  # type: ignore[attr-defined]
    for f in (font, bold):
        if f is not None and f.fontName not in pdfmetrics.getRegisteredFontNames():  # type: ignore[attr-defined]
            pdfmetrics.registerFont(f)
    for is_bold, is_italic, name in ((0, 0, regular), (1, 0, bold_name), (0, 1, regular),
                                     (1, 1, bold_name)):
        addMapping(regular, is_bold, is_italic, name)
    glyphs = frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]
    return PdfFont(regular, bold_name, True, font.face.filename, glyphs)  # type: ignore[attr-defined]


def _cid_font() -> PdfFont:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    try:
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    except Exception as exc:  # reportlab without its CJK data: nothing left to try
        raise FontError(translate(
            "Printing", "No Chinese font could be loaded for the PDF. Install a Chinese "
            "TrueType font (for example WenQuanYi Micro Hei) or choose one in Settings.")) from exc
    return PdfFont(CID_FALLBACK, CID_FALLBACK, False, CID_FALLBACK, None)


_chosen: dict[str, PdfFont] = {}


def pdf_font(choice: str = "") -> PdfFont:
    """The font to draw with: `choice` ("path" or "path#index" from Settings) when it
    loads, else the first usable font of the chain; never raises unless even the
    built-in CID font is missing (FontError)."""
    if choice in _chosen:
        return _chosen[choice]
    tries = [FontFile("", *parse_value(choice))] if choice else []
    for font_file in tries + [f for f in known_fonts() if _usable(f)]:
        font = _load(font_file.path, font_file.index)
        if font is not None:
            partner = _bold_partner(font_file.path)
            bold = _load(partner, 0) if partner else None
            _chosen[choice] = _register(font, bold)
            return _chosen[choice]
    _chosen[choice] = _cid_font()
    return _chosen[choice]


def font_warning(font: PdfFont, choice: str = "") -> str:
    """A sentence for the user when the chosen font was not used or the PDF could not
    embed a Chinese font; "" when all is well."""
    if font.embedded:
        wanted = parse_value(choice)[0] if choice else ""
        if wanted and os.path.normcase(wanted) != os.path.normcase(font.source):
            return translate("Printing", "The PDF font chosen in Settings cannot be used "
                             "({file}); {used} was used instead.").format(
                file=Path(wanted).name, used=Path(font.source).name)
        return ""
    return translate(
        "Printing", "No Chinese TrueType font was found; the PDF uses a built-in font "
        "that is not embedded and may show blanks on other computers. Choose a font in "
        "Settings.")
