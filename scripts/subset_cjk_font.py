"""Rebuild the exhibit's two font subsets from Noto Sans SC (SIL OFL).

1. static/fonts/scored-cjk.woff2, for browsers: only the Chinese characters the
   exhibit shows (persona names, source titles). A kiosk may have no Chinese font,
   and a full one is 8 MB; this one is a few kilobytes, loaded only for those
   characters (CSS unicode-range).
2. exhibit/fonts/scored-card.otf, for the share cards that Pillow draws
   (exhibit/cards.py): Basic Latin, Latin-1, common punctuation, the same Chinese
   characters and every character of the Chinese translation (locale/), so a card in
   either language never depends on the fonts of the server.

A Chinese page's text uses the reader's own Chinese fonts (every phone, tablet and
computer has one; a kiosk installs Debian's fonts-noto-cjk), so the browser subset stays
a few kilobytes and a first visit to a Chinese page stays small.

Run after adding Chinese text:
    pip download --no-deps pylopdf-fonts-zh-cn==0.1.1 -d /tmp/font   # Noto Sans SC, OFL
    unzip /tmp/font/*.whl -d /tmp/font
    .venv/bin/python scripts/subset_cjk_font.py /tmp/font/pylopdf_fonts_zh_cn/NotoSansSC-Regular.otf
"""

import re
import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "static" / "fonts" / "scored-cjk.woff2"
CARD_OUTPUT = ROOT / "exhibit" / "fonts" / "scored-card.otf"
LICENCE = OUTPUT.parent / "OFL.txt"
MIDDLE_DOT = "cid63126"  # Noto Sans SC's proportional U+00B7
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")

# What a card may say besides the Chinese the exhibit uses: Basic Latin, Latin-1, and
# the punctuation of the exhibit's English (curly quotes, dashes, the middle dot, the
# ellipsis that shortens long text, the minus sign of a negative change).
CARD_RANGES = ((0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x2030, 0x203A))
CARD_EXTRA = (
    "\u2212\u20ac\u2192\u3001\u3002\uff08\uff09\uff0c\uff1a\uff1b\uff01\uff1f"  # − € → 、。（），：；！？
)


def characters_used() -> str:
    """Every CJK character in the domain and the templates, sorted."""
    found: set[str] = set()
    for folder, pattern in (("scenarios", "*.py"), ("templates", "*.html")):
        for path in (ROOT / folder).rglob(pattern):
            if path.name not in TRANSLATIONS:
                found |= set(CJK.findall(path.read_text(encoding="utf-8")))
    return "".join(sorted(found))


TRANSLATIONS = {"quotes_zh.py"}  # the Chinese translation: the card font's, not the browser subset's


def translated_characters() -> str:
    """Every CJK character of the translations: a card drawn in Chinese may use any of them."""
    found: set[str] = set()
    for path in [*(ROOT / "locale").rglob("*.po"), ROOT / "scenarios" / "evidence" / "quotes_zh.py"]:
        found |= set(CJK.findall(path.read_text(encoding="utf-8")))
    return "".join(sorted(found))


def card_characters() -> str:
    """Everything the card font holds: Latin, punctuation and the CJK characters used."""
    latin = "".join(chr(code) for first, last in CARD_RANGES for code in range(first, last + 1))
    return "".join(sorted(set(latin + CARD_EXTRA + characters_used() + translated_characters())))


def proportional_punctuation(font: TTFont) -> dict[int, str]:
    """Latin-width glyphs for the punctuation that Noto Sans SC draws full width.

    A browser picks these through the font's `pwid` feature; Pillow's basic layout
    applies no features, so the card font maps the characters to them directly.
    """
    cmap = font.getBestCmap()
    gsub = font["GSUB"].table
    pwid: dict[str, str] = {}
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag == "pwid":
            for index in record.Feature.LookupListIndex:
                for table in gsub.LookupList.Lookup[index].SubTable:
                    pwid.update(getattr(getattr(table, "ExtSubTable", table), "mapping", {}))
    found = {code: pwid[glyph] for code, glyph in cmap.items() if code < 0x3000 and glyph in pwid}
    # The middle dot has no `pwid` form, but the font has one (beside the quotes).
    found[0xB7] = MIDDLE_DOT
    for code in "\u2018\u2019\u201c\u201d\u2026\u00b7":
        assert found.get(ord(code), cmap[ord(code)]) != cmap[ord(code)], f"no Latin form of {code!r}"
    return found


def write_subset(source: str, text: str, output: Path, flavor: str | None) -> None:
    options = subset.Options()
    options.flavor = flavor
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    # On a card, a character left out shows as a box rather than as nothing.
    options.notdef_outline = flavor is None
    font = subset.load_font(source, options)
    if flavor is None:  # Pillow: Latin-width quotes, ellipsis and middle dot
        remap = proportional_punctuation(font)
        for table in font["cmap"].tables:
            if table.isUnicode():
                table.cmap.update({code: glyph for code, glyph in remap.items() if code in table.cmap})
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    output.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(output), options)
    print(f"{output.relative_to(ROOT)}: {len(text)} characters, {output.stat().st_size:,} bytes")


def main(source: str) -> None:
    write_subset(source, characters_used(), OUTPUT, "woff2")
    write_subset(source, card_characters(), CARD_OUTPUT, None)
    shutil.copyfile(LICENCE, CARD_OUTPUT.parent / LICENCE.name)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
