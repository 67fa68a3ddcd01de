#!/usr/bin/env python3
"""Draw images/crying-frequency.svg: emotional crying episodes per month, women vs men.

Data (see SOURCES.md):
  - Frey, US 30-day diary study (286 women, 45 men), reported in The Washington Post, 1982-08-31:
    women 5.3, men 1.4 episodes a month.
  - ISAR, average across 31 countries (Becht & Vingerhoets, 2002, as reported by ATTN):
    women 2.7, men "about once" (drawn as 1.0 and labelled "≈1").
  - ISAR, United States sample (same source): women 3.5, men 1.9.

Usage: python3 source-text/images/make-chart.py [output.svg]
Writes a self-contained SVG (no scripts, no external references).
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

DATA = [
    # (group label line 1, line 2, women, men, men label)
    ("Frey diary study", "USA, 1982", 5.3, 1.4, "1.4"),
    ("ISAR average", "31 countries, 2002", 2.7, 1.0, "≈1"),
    ("ISAR sample", "USA, 2002", 3.5, 1.9, "1.9"),
]
WOMEN = "#8E3B63"   # contrast with white > 7:1
MEN = "#1D5C7A"     # contrast with white > 7:1
INK = "#1F1F1F"
GRID = "#D4D4D4"

W, H = 720, 470
LEFT, RIGHT, TOP, BOTTOM = 70, 30, 110, 80
PLOT_W, PLOT_H = W - LEFT - RIGHT, H - TOP - BOTTOM
YMAX = 6.0
BAR_W, GAP = 62, 10


def y(v):
    return TOP + PLOT_H - v / YMAX * PLOT_H


def main(out):
    title = "How often women and men cry"
    subtitle = "Emotional crying episodes a month, in three data sets"
    desc = ("Bar chart. Frey's US diary study, 1982: women 5.3, men 1.4. "
            "ISAR average across 31 countries, 2002: women 2.7, men about 1. "
            "ISAR United States sample: women 3.5, men 1.9. "
            "Women report crying more often than men in every data set.")
    p = []
    p.append(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
             f'role="img" aria-labelledby="chart-title chart-desc" '
             f'font-family="Helvetica, Arial, \'Noto Sans\', sans-serif">')
    p.append(f'<title id="chart-title">{escape(title)}</title>')
    p.append(f'<desc id="chart-desc">{escape(desc)}</desc>')
    p.append(f'<rect width="{W}" height="{H}" fill="#FFFFFF"/>')
    p.append(f'<text x="{LEFT}" y="32" font-size="22" font-weight="700" fill="{INK}">{escape(title)}</text>')
    p.append(f'<text x="{LEFT}" y="54" font-size="16" fill="{INK}">{escape(subtitle)}</text>')
    # legend
    lx = LEFT
    for name, col in (("Women", WOMEN), ("Men", MEN)):
        p.append(f'<rect x="{lx}" y="66" width="18" height="18" fill="{col}"/>')
        p.append(f'<text x="{lx + 26}" y="81" font-size="16" fill="{INK}">{name}</text>')
        lx += 110
    # grid and y axis
    for v in range(0, int(YMAX) + 1):
        yy = y(v)
        p.append(f'<line x1="{LEFT}" y1="{yy:.1f}" x2="{W - RIGHT}" y2="{yy:.1f}" '
                 f'stroke="{GRID if v else INK}" stroke-width="1"/>')
        p.append(f'<text x="{LEFT - 10}" y="{yy + 5:.1f}" font-size="15" text-anchor="end" fill="{INK}">{v}</text>')
    p.append(f'<text x="20" y="{TOP + PLOT_H / 2:.1f}" font-size="15" fill="{INK}" text-anchor="middle" '
             f'transform="rotate(-90 20 {TOP + PLOT_H / 2:.1f})">Times a month</text>')
    # bars
    group_w = PLOT_W / len(DATA)
    for i, (l1, l2, women, men, men_label) in enumerate(DATA):
        cx = LEFT + group_w * (i + 0.5)
        for j, (v, col, lab) in enumerate(((women, WOMEN, f"{women:.1f}"), (men, MEN, men_label))):
            x = cx - BAR_W - GAP / 2 if j == 0 else cx + GAP / 2
            p.append(f'<rect x="{x:.1f}" y="{y(v):.1f}" width="{BAR_W}" height="{y(0) - y(v):.1f}" fill="{col}"/>')
            p.append(f'<text x="{x + BAR_W / 2:.1f}" y="{y(v) - 8:.1f}" font-size="17" font-weight="700" '
                     f'text-anchor="middle" fill="{INK}">{escape(lab)}</text>')
        p.append(f'<text x="{cx:.1f}" y="{y(0) + 26:.1f}" font-size="16" font-weight="700" '
                 f'text-anchor="middle" fill="{INK}">{escape(l1)}</text>')
        p.append(f'<text x="{cx:.1f}" y="{y(0) + 46:.1f}" font-size="15" text-anchor="middle" '
                 f'fill="{INK}">{escape(l2)}</text>')
    p.append(f'<text x="{W - RIGHT}" y="{H - 8}" font-size="13" text-anchor="end" fill="#4A4A4A">'
             'Sources: Frey (Washington Post, 1982); Becht &amp; Vingerhoets (2002)</text>')
    p.append('</svg>')
    Path(out).write_text("\n".join(p) + "\n", encoding="utf-8")


if __name__ == "__main__":
    here = Path(__file__).resolve().parent.parent
    main(sys.argv[1] if len(sys.argv) > 1 else here / "source-text/images/crying-frequency.svg")
