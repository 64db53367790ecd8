"""PDF fonts on a Windows PC without WenQuanYi: Microsoft YaHei, else SimHei, embedded."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from dealerdesk.printing import fonts

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
pytestmark = pytest.mark.skipif(not WQY.is_file(), reason="needs a Chinese TrueType file")


@pytest.fixture
def windows_fonts(tmp_path, monkeypatch):
    """A Windows font folder (%WINDIR%\\Fonts), empty; Linux's fonts are not looked at."""
    windir = tmp_path / "Windows 目录"
    (windir / "Fonts").mkdir(parents=True)
    monkeypatch.setenv("WINDIR", str(windir))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    windows_chain = fonts.known_fonts("win32")  # read now, with WINDIR set
    monkeypatch.setattr(fonts, "known_fonts", lambda platform=None: windows_chain)
    monkeypatch.setattr(fonts, "_chosen", {})
    monkeypatch.setattr(fonts, "_loaded", {})
    monkeypatch.setattr(fonts, "_failed", set())
    return windir / "Fonts"


def install(folder: Path, name: str) -> Path:
    """A Chinese TrueType collection under the name Windows gives it."""
    return Path(shutil.copyfile(WQY, folder / name))


def test_simhei_is_used_when_yahei_is_missing(windows_fonts):
    simhei = install(windows_fonts, "simhei.ttf")
    font = fonts.pdf_font()
    assert font.embedded and Path(font.source) == simhei
    assert font.bold == font.regular  # SimHei has no bold file of its own
    assert fonts.font_warning(font) == ""


def test_microsoft_yahei_comes_first_with_its_bold_face(windows_fonts):
    install(windows_fonts, "simhei.ttf")
    yahei = install(windows_fonts, "msyh.ttc")
    install(windows_fonts, "msyhbd.ttc")
    font = fonts.pdf_font()
    assert Path(font.source) == yahei
    assert font.bold != font.regular


def test_the_settings_list_offers_the_windows_fonts(windows_fonts):
    install(windows_fonts, "simhei.ttf")
    install(windows_fonts, "simsun.ttc")
    assert [f.label for f in fonts.installed_fonts()] == ["SimHei", "SimSun"]


def test_no_chinese_font_on_windows_still_prints_and_says_why(windows_fonts, tmp_path, store):
    from dealerdesk.services.printouts import write_call_list

    font = fonts.pdf_font()
    assert not font.embedded and fonts.font_warning(font)
    day = dt.date(2026, 11, 26)
    done = write_call_list(target=tmp_path / "calls.pdf", date_from=day, date_to=day,
                           today=day, now=dt.datetime(2026, 11, 26, 9))
    assert done.warning
    assert PdfReader(done.path).pages


def test_a_pdf_made_with_simhei_embeds_it_and_reads_back_chinese(windows_fonts, tmp_path,
                                                                 store, staff):
    from dealerdesk.services.printouts import write_call_list
    from dealerdesk.services.settings import set_settings

    set_settings({"shop_name": "诚信二手车"})
    install(windows_fonts, "simhei.ttf")
    day = dt.date(2026, 11, 26)
    done = write_call_list(target=tmp_path / "呼叫 清单.pdf", date_from=day, date_to=day,
                           today=day, now=dt.datetime(2026, 11, 26, 9))
    assert done.warning == ""
    reader = PdfReader(done.path)
    page = reader.pages[0]
    font_files = [f["/FontDescriptor"].get("/FontFile2")
                  for f in _descendant_fonts(page) if "/FontDescriptor" in f]
    assert any(font_files)  # the font travels inside the PDF
    assert "诚信二手车" in page.extract_text()


def _descendant_fonts(page):
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        for child in font.get("/DescendantFonts", []):
            yield child.get_object()
        yield font
