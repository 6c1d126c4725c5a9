#!/usr/bin/env python3
"""Derives the report's world outline from Natural Earth's 1:110m land (public domain), as redistributed in the
npm package world-atlas 2.0.2 (ISC licence, TopoJSON): one SVG path in an equirectangular projection of 720 x 360
units (x = 2 * (longitude + 180), y = 2 * (90 - latitude)), the projection the report plots places with.

    python3 scripts/world-map.py > src/main/resources/org/dateline/report/world-land.path

Needs npm (it runs `npm pack world-atlas@2.0.2` in a temporary folder); the standard library otherwise.
"""
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path


def topology():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "world-atlas@2.0.2"], cwd=tmp, check=True, capture_output=True)
        with tarfile.open(Path(tmp) / "world-atlas-2.0.2.tgz") as tgz:
            return json.load(tgz.extractfile("package/land-110m.json"))


def decoded_arcs(topo):
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # quantized and delta-encoded
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])  # consecutive arcs share their joining point
    return points


def main():
    topo = topology()
    arcs = decoded_arcs(topo)
    parts = []
    for geometry in topo["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for indexes in polygon:
                pts = [(round(2 * (lon + 180), 1), round(2 * (90 - lat), 1)) for lon, lat in ring(arcs, indexes)]
                path = f"M{pts[0][0]:g} {pts[0][1]:g}"
                split = False
                for (px, _), (x, y) in zip(pts, pts[1:]):
                    # A ring across the antimeridian (Russia, Fiji, Antarctica) would draw a line across the
                    # whole map: lift the pen there instead, and leave that ring open.
                    jump = abs(x - px) > 360
                    split |= jump
                    path += ("M" if jump else "L") + f"{x:g} {y:g}"
                parts.append(path if split else path + "Z")
    sys.stdout.write("".join(parts) + "\n")


if __name__ == "__main__":
    main()
