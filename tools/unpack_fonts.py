"""Turn the shared Noto Sans SC web fonts (WOFF2) into plain TrueType files for resources/.

    python tools/unpack_fonts.py ../shared/fonts   # needs fontTools and brotli (dev only)

Qt decompresses a WOFF2 font (Brotli) every time it is registered: about 115 ms for each
Chinese weight, at every start. The same glyphs as TrueType register in well under 1 ms,
for 1.4 MB more on disk per weight. The glyphs, names and licence (OFL) are unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = {
    "noto-sans-sc-chinese-simplified-400-normal.woff2": "NotoSansSC-Regular.ttf",
    "noto-sans-sc-chinese-simplified-700-normal.woff2": "NotoSansSC-Bold.ttf",
}


def main(shared: Path) -> None:
    for source, target in FONTS.items():
        font = TTFont(shared / source)
        font.flavor = None  # plain sfnt: no WOFF2 wrapper, no Brotli
        font.save(ROOT / "resources" / "fonts" / target)
        print(f"{source} -> resources/fonts/{target}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "fonts"))
