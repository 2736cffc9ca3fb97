"""The vendored fonts (the browser's and the share cards') cover every Chinese character shown."""

from pathlib import Path

from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTFont

from scripts.subset_cjk_font import CARD_OUTPUT, OUTPUT, card_characters, characters_used


def test_every_chinese_character_shown_is_in_the_vendored_font() -> None:
    used = characters_used()
    assert "高" in used and "明" in used
    cmap = TTFont(str(OUTPUT)).getBestCmap()
    missing = [c for c in used if ord(c) not in cmap]
    assert missing == [], f"run scripts/subset_cjk_font.py: {missing}"


def test_the_font_ships_with_its_licence() -> None:
    licence = (OUTPUT.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence
    assert OUTPUT.stat().st_size < 20_000
    assert Path(OUTPUT).suffix == ".woff2"


def test_every_chinese_character_shown_is_in_the_card_font() -> None:
    used = characters_used()
    cmap = TTFont(str(CARD_OUTPUT)).getBestCmap()
    missing = [c for c in used if ord(c) not in cmap]
    assert missing == [], f"run scripts/subset_cjk_font.py: {missing}"


def test_the_card_font_has_latin_and_the_punctuation_of_the_exhibit() -> None:
    cmap = TTFont(str(CARD_OUTPUT)).getBestCmap()
    wanted = [chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0xA0, 0x100)]
    wanted += list("“”‘’·–—…−")
    assert [c for c in wanted if ord(c) not in cmap] == []
    assert set(card_characters()) >= set(characters_used())


def test_the_card_font_draws_quotes_and_dots_at_latin_width() -> None:
    """Noto Sans SC draws “ ” ’ · full width unless a feature says otherwise; Pillow applies none."""
    font = TTFont(str(CARD_OUTPUT))
    cmap, widths = font.getBestCmap(), font["hmtx"]
    em = font["head"].unitsPerEm
    for char in "“”‘’·":
        assert widths[cmap[ord(char)]][0] < em * 0.6, char
    pen = BoundsPen(font.getGlyphSet())
    font.getGlyphSet()[cmap[ord("…")]].draw(pen)
    assert pen.bounds is not None and pen.bounds[1] < em * 0.05, "the ellipsis sits on the baseline"


def test_the_card_font_ships_with_its_licence() -> None:
    licence = (CARD_OUTPUT.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence
    assert CARD_OUTPUT.suffix == ".otf"
    # Every character of the Chinese translation (about 1,550), on the server only: never sent to a browser.
    assert CARD_OUTPUT.stat().st_size < 500_000
