"""Build src/marsad/web/static/land.json, the offline basemap of the web page.

Source: Natural Earth 1:110m land (public domain), as TopoJSON in the npm
package world-atlas@2 (ISC licence): `npm pack world-atlas@2`, unpack, then

    python scripts/build_basemap.py package/land-110m.json

Output: {"rings": [[[lon, lat], ...], ...]} rounded to 0.1 degree.
"""
import json
import sys
from pathlib import Path


def decode(topo: dict) -> list[list[list[float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append([round(x * sx + tx, 1), round(y * sy + ty, 1)])
        arcs.append(pts)

    def ring(idx: list[int]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in idx:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts if not out else pts[1:])
        return out

    rings = []
    for obj in topo["objects"].values():
        geoms = obj.get("geometries", [obj])
        for g in geoms:
            polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
            for poly in polys:
                for r in poly:
                    rings.append(ring(r))
    return rings


def main() -> None:
    topo = json.loads(Path(sys.argv[1]).read_text())
    out = Path(__file__).resolve().parents[1] / "src" / "marsad" / "web" / "static" / "land.json"
    out.write_text(json.dumps({"source": "Natural Earth 1:110m land via world-atlas@2", "rings": decode(topo)},
                              separators=(",", ":")))
    print(f"{out} ({out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
