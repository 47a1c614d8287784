"""Draw SmartDesk's app icon and write it in every size the platforms need.

The mark is a council-blue rounded square with a white map pin whose head holds a
sensor dot, and two signal arcs beside it: "a place, sensed". It is drawn once at a
large size and scaled down, so every size comes from the same geometry.

    .venv/bin/python packaging/make_icons.py        # rewrites resources/icons/

Outputs (committed, so a build needs no drawing step):
  smartdesk-<N>.png for N in 16..1024, smartdesk.ico (16-256), smartdesk.icns (16-1024).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
CANVAS = 1024  # design grid; everything below is in these units
SUPERSAMPLE = 2  # draw twice as large, then downscale, for smooth edges
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

COUNCIL_BLUE = (29, 79, 145, 255)
DEEP_BLUE = (18, 52, 102, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def draw_master() -> Image.Image:
    """The icon at 1024 x 1024, RGBA, transparent outside the rounded square."""
    scale = SUPERSAMPLE
    size = CANVAS * scale
    image = Image.new("RGBA", (size, size), CLEAR)
    draw = ImageDraw.Draw(image)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return (round(x0 * scale), round(y0 * scale), round(x1 * scale), round(y1 * scale))

    # Background tile, a little inset as platform icon grids expect, with a darker
    # "ground" band under the pin; the band is clipped by the tile's own shape.
    tile = Image.new("L", (size, size), 0)
    ImageDraw.Draw(tile).rounded_rectangle(box(64, 64, 960, 960), radius=200 * scale, fill=255)
    image.paste(COUNCIL_BLUE, (0, 0, size, size), tile)
    ground = Image.new("L", (size, size), 0)
    ImageDraw.Draw(ground).rectangle(box(0, 700, CANVAS, CANVAS), fill=255)
    image.paste(DEEP_BLUE, (0, 0, size, size), ImageChops.multiply(tile, ground))

    # Map pin: a circle head and a triangle tapering to the point.
    cx, cy, r = 440, 420, 190
    draw.ellipse(box(cx - r, cy - r, cx + r, cy + r), fill=WHITE)
    draw.polygon(
        [
            (round((cx - r * 0.86) * scale), round((cy + r * 0.5) * scale)),
            (round((cx + r * 0.86) * scale), round((cy + r * 0.5) * scale)),
            (round(cx * scale), round(820 * scale)),
        ],
        fill=WHITE,
    )
    # The head's hole is the sensor: a blue ring with a white dot.
    hole = 88
    draw.ellipse(box(cx - hole, cy - hole, cx + hole, cy + hole), fill=COUNCIL_BLUE)
    dot = 38
    draw.ellipse(box(cx - dot, cy - dot, cx + dot, cy + dot), fill=WHITE)

    # Two signal arcs to the upper right of the pin.
    width = 44 * scale
    for radius in (300, 400):
        draw.arc(
            box(cx - radius, cy - radius, cx + radius, cy + radius),
            start=-60,
            end=-10,
            fill=WHITE,
            width=width,
        )
    return image.resize((CANVAS, CANVAS), Image.Resampling.LANCZOS)


def write_icons(out_dir: Path) -> list[Path]:
    """Write the PNG set, the .ico and the .icns into ``out_dir``; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    master = draw_master()
    written: list[Path] = []
    for size in PNG_SIZES:
        path = out_dir / f"smartdesk-{size}.png"
        master.resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)
        written.append(path)
    ico = out_dir / "smartdesk.ico"
    master.save(ico, sizes=[(s, s) for s in ICO_SIZES])
    written.append(ico)
    icns = out_dir / "smartdesk.icns"
    master.save(icns)  # Pillow writes every ICNS size from the 1024 master
    written.append(icns)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "icons")
    for path in write_icons(parser.parse_args().out):
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


if __name__ == "__main__":
    main()
