#!/usr/bin/env python3
"""Print the median of each criterion benchmark of the last `cargo bench` run, and its ratio to
the floor of its group (the benchmark whose name starts with "floor").

    cargo bench --bench report && python3 benches/medians.py
"""
import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
rows = []
for est in sorted(root.glob("**/new/estimates.json")):
    bench = json.loads((est.parent / "benchmark.json").read_text())
    median_ns = json.loads(est.read_text())["median"]["point_estimate"]
    rows.append((bench.get("group_id", ""), bench.get("full_id", est.parent.parent.name), median_ns))
floors = {g: m for g, name, m in rows if name.split("/")[-1].startswith("floor")}
floor_any = next((m for g, name, m in rows if name.startswith("floor")), None)


def fmt(ns):
    for unit, div in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= div:
            return f"{ns / div:.3f} {unit}"
    return f"{ns:.1f} ns"


print(f"{'benchmark':60} {'median':>12} {'x floor':>8}")
for group, name, m in rows:
    floor = floors.get(group) or floor_any
    ratio = f"{m / floor:.2f}" if floor else "-"
    print(f"{name:60} {fmt(m):>12} {ratio:>8}")
