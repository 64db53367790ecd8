"""Font choice with its fallback chain, and files that are never left half written."""

import os

import pytest
from print_helpers import profile, text_of

from dealerdesk.printing import fonts
from dealerdesk.printing.files import write_atomically
from dealerdesk.printing.profile import save_profile


def test_a_chosen_font_that_cannot_be_used_falls_back_with_a_warning(tmp_path, font):
    bogus = tmp_path / "fake.ttf"
    bogus.write_text("not a font")
    chosen = fonts.pdf_font(str(bogus))
    assert chosen.embedded and chosen.source == font.source
    warning = fonts.font_warning(chosen, str(bogus))
    assert "fake.ttf" in warning


def test_the_chosen_font_is_used(font):
    choice = fonts.FontFile("x", font.source).value
    assert fonts.font_warning(fonts.pdf_font(choice), choice) == ""


def test_no_chinese_font_at_all_still_makes_a_pdf_and_says_why(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "known_fonts", lambda platform=None: [])
    monkeypatch.setattr(fonts, "_chosen", {})
    fallback = fonts.pdf_font("")
    assert not fallback.embedded and fallback.regular == fonts.CID_FALLBACK
    assert "not embedded" in fonts.font_warning(fallback)
    out = tmp_path / "cid.pdf"
    save_profile(profile(notes="表情😊"), out, fallback)
    assert out.stat().st_size > 1000


def test_installed_fonts_lists_only_existing_files():
    for f in fonts.installed_fonts():
        assert os.path.isfile(f.path)


def test_windows_chain_starts_with_microsoft_yahei(monkeypatch):
    monkeypatch.setenv("WINDIR", r"C:\Windows")
    names = [os.path.basename(f.path.replace("\\", "/")) for f in fonts.known_fonts("win32")]
    assert names[:2] == ["msyh.ttc", "msyh.ttf"] and "simsun.ttc" in names


def test_clean_drops_what_the_font_cannot_draw(font):
    assert font.clean("王😊建\u200d国") == "王建国"


def test_failed_write_leaves_no_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "out.pdf"

    def half(stream):
        stream.write(b"%PDF-1.4 half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, half)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        write_atomically(target, half)
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_a_document_that_fails_to_render_leaves_nothing(tmp_path, font, monkeypatch):
    from dealerdesk.printing import profile as module

    def broken(data, stream, f):
        stream.write(b"%PDF-1.4")
        raise ValueError("layout failed")

    monkeypatch.setattr(module, "render_profile", broken)
    with pytest.raises(ValueError):
        module.save_profile(profile(), tmp_path / "p.pdf", font)
    assert list(tmp_path.iterdir()) == []


def test_whole_pdf_is_written(tmp_path, font):
    out = tmp_path / "p.pdf"
    save_profile(profile(), out, font)
    assert out.read_bytes().rstrip().endswith(b"%%EOF") and "王建国" in text_of(out)
