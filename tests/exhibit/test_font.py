"""The vendored font covers every Chinese character the exhibit shows."""

from pathlib import Path

from fontTools.ttLib import TTFont

from scripts.subset_cjk_font import OUTPUT, characters_used


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
