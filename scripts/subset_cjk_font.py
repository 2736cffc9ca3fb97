"""Rebuild static/fonts/scored-cjk.woff2: only the Chinese characters the exhibit shows.

A kiosk may have no Chinese font, and a full one is 8 MB. This keeps the few glyphs
the exhibit uses (persona names, source titles) in a file of a few kilobytes, loaded
only for those characters (CSS unicode-range).

Run after adding Chinese text:
    pip download --no-deps pylopdf-fonts-zh-cn==0.1.1 -d /tmp/font   # Noto Sans SC, OFL
    unzip /tmp/font/*.whl -d /tmp/font
    .venv/bin/python scripts/subset_cjk_font.py /tmp/font/pylopdf_fonts_zh_cn/NotoSansSC-Regular.otf
"""

import re
import sys
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "static" / "fonts" / "scored-cjk.woff2"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def characters_used() -> str:
    """Every CJK character in the domain and the templates, sorted."""
    found: set[str] = set()
    for folder, pattern in (("scenarios", "*.py"), ("templates", "*.html")):
        for path in (ROOT / folder).rglob(pattern):
            found |= set(CJK.findall(path.read_text(encoding="utf-8")))
    return "".join(sorted(found))


def main(source: str) -> None:
    text = characters_used()
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    subset.save_font(font, str(OUTPUT), options)
    print(f"{OUTPUT.relative_to(ROOT)}: {len(text)} characters, {OUTPUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
