#!/usr/bin/env python3
"""Builds the results table (Markdown) and chart (SVG) from BenchmarkDotNet's CSV reports.

Usage: python3 chart.py [ARTIFACTS_DIR]   (default: BenchmarkDotNet.Artifacts next to this script)
Writes results.md and results.svg next to this script. Standard library only.
"""
import csv
import glob
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTIFACTS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "BenchmarkDotNet.Artifacts")
ENGINES = ["RhaiSharp", "Jint", "NLua", "NCalc", "DynamicExpresso", "MicrosoftRulesEngine"]
COLORS = {"RhaiSharp": "#d62728", "Jint": "#1f77b4", "NLua": "#2ca02c", "NCalc": "#9467bd", "DynamicExpresso": "#ff7f0e",
          "MicrosoftRulesEngine": "#8c564b"}
BASELINES = {"CSharp", "ScopeCSharp", "DelegateCSharp", "CompileCSharp", "CSharpScan", "OneThread"}
UNITS = {"ns": 1.0, "us": 1e3, "μs": 1e3, "ms": 1e6, "s": 1e9}
SIZES = {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}
TARGETS = {
    "W1a": "≤ 10× C#, 0 B",
    "W1b": "≤ 2× C#, 0 B",
    "W1c": "≤ 30 µs; ≥ 10× faster than DynamicExpresso",
    "W2": "≤ 2× C#",
    "W3": "≤ 5× C#",
    "W4": "≤ 10× C#, ≤ 64 B/engine",
    "W7": "2 threads ≥ 1.8× 1 thread",
    "W7 server GC": "2 threads ≥ 1.8× 1 thread",
}


def nanos(text):
    m = re.match(r"([\d.,]+)\s*(\S+)", text.strip())
    return float(m.group(1).replace(",", "")) * UNITS[m.group(2)] if m else None


def size_bytes(text):
    m = re.match(r"([\d.,]+)\s*(\S+)", text.strip())
    return float(m.group(1).replace(",", "")) * SIZES[m.group(2)] if m else None


def workload(cls, row):
    w = re.match(r"W\d", cls).group(0)
    if "ServerGc" in cls:
        return f"{w} server GC"
    if row.get("Categories"):
        return row["Categories"].split(",")[0].strip()
    if row.get("Script"):
        return f"{w} {row['Script']}"
    return w


def engine(method):
    for prefix in ("Scope", "Delegate", "Compile"):
        if method.startswith(prefix) and method != prefix:
            method = method[len(prefix):]
    return method


def load():
    groups = {}
    for path in sorted(glob.glob(os.path.join(ARTIFACTS, "results", "*-report.csv"))):
        cls = os.path.basename(path)[: -len("-report.csv")].split(".")[-1]
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                w = workload(cls, row)
                g = groups.setdefault(w, {})
                g[row["Method"]] = {"mean": nanos(row["Mean"]), "alloc": size_bytes(row.get("Allocated", "") or "")}
    return groups


def w6_bytes():
    for path in glob.glob(os.path.join(ARTIFACTS, "*.log")):
        with open(path, encoding="utf-8", errors="replace") as f:
            m = re.findall(r"// W6: Rhai script (\d+) bytes", f.read())
            if m:
                return int(max(m, key=int))
    return None


def fmt_time(ns):
    if ns is None:
        return "—"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def fmt_ratio(r):
    return "—" if r is None else (f"{r:.0f}×" if r >= 100 else f"{r:.3g}×")


def fmt_bytes(b):
    if b is None:
        return "—"
    return f"{b:.0f} B" if b < 1024 else (f"{b / 1024:.3g} KB" if b < 1024 ** 2 else f"{b / 1024 ** 2:.3g} MB")


def main():
    groups = load()
    if not groups:
        sys.exit(f"no *-report.csv under {ARTIFACTS}/results")
    rows = []
    for w in sorted(groups, key=lambda k: (k[:2], k)):
        g = groups[w]
        base_name = next((m for m in g if m in BASELINES), None)
        base = g[base_name]["mean"] if base_name else None
        if w.startswith("W7"):
            def scaling(prefix):
                one, two = g.get(f"{prefix}OneThread", {}).get("mean"), g.get(f"{prefix}TwoThreads", {}).get("mean")
                return one / two if one and two else None

            rows.append({"w": w, "base": g.get("OneThread", {}).get("mean"), "ratios": {}, "ours": g.get("OneThread", {}),
                         "w7": scaling(""), "w7_csharp": scaling("CSharp"), "w7_reused": scaling("ReusedEngine")})
            continue
        ratios = {engine(m): v["mean"] / base for m, v in g.items() if m != base_name and base and v["mean"]}
        ours = next((v for m, v in g.items() if engine(m) == "RhaiSharp"), {})
        dyn = next((v for m, v in g.items() if engine(m) == "DynamicExpresso"), {})
        rows.append({"w": w, "base": base, "ratios": ratios, "ours": ours, "dyn": dyn})

    lines = ["| workload | C# mean | " + " | ".join(f"{e} ×C#" for e in ENGINES) + " | RhaiSharp alloc/op | target | met? |",
             "|---|---:|" + "---:|" * len(ENGINES) + "---:|---|---|"]
    svg_rows = []
    for r in rows:
        w, ours = r["w"], r["ours"]
        ratio = r["ratios"].get("RhaiSharp")
        alloc = ours.get("alloc")
        verdict, target = "", TARGETS.get(w, "(none: reported)")
        if w == "W1a":
            verdict = ok(ratio <= 10 and alloc == 0, f"{ratio:.0f}× (limit 10×), {fmt_bytes(alloc)} (limit 0 B)")
        elif w == "W1b":
            verdict = ok(ratio <= 2 and alloc == 0, f"{ratio:.0f}× (limit 2×), {fmt_bytes(alloc)} (limit 0 B)")
        elif w == "W1c":
            speedup = r["dyn"]["mean"] / ours["mean"] if r.get("dyn") else None
            ratio = None
            verdict = ok(ours["mean"] <= 30_000 and speedup and speedup >= 10,
                         f"{fmt_time(ours['mean'])} (limit 30 µs), {speedup:.0f}× faster than DynamicExpresso (need 10×)")
        elif w in ("W2", "W3", "W4"):
            limit = {"W2": 2, "W3": 5, "W4": 10}[w]
            good = ratio <= limit and (w != "W4" or (alloc is not None and alloc <= 64))
            verdict = ok(good, f"{ratio:.0f}× (limit {limit}×)" + (f", {fmt_bytes(alloc)}/engine (limit 64 B)" if w == "W4" else ""))
        elif w.startswith("W7"):
            verdict = ok(r["w7"] >= 1.8, f"{r['w7']:.2f}× (need 1.8×)")
            controls = [f"{label} {r[key]:.2f}×" for label, key in (("hand-written C# loop", "w7_csharp"), ("reused engine (0 B)", "w7_reused")) if r.get(key)]
            if controls:
                verdict += "; same run: " + ", ".join(controls)
        elif w == "W6":
            size = w6_bytes()
            if size and ours.get("mean"):
                target = f"MB/s: {size / 1e6 / (ours['mean'] / 1e9):.1f} (script {size / 1e6:.2f} MB)"
        peers_faster = [e for e in ENGINES[1:] if e in r["ratios"] and ratio and r["ratios"][e] < ratio]
        if peers_faster:
            verdict += f"; faster peers: {', '.join(peers_faster)}"
        cells = [fmt_ratio(r["ratios"].get(e)) for e in ENGINES]
        if w == "W1c":  # the C# baseline is already compiled (≈ 0 ns): show absolute times instead of ratios
            g = groups[w]
            cells = [fmt_time(next((v["mean"] for m, v in g.items() if engine(m) == e), None)) for e in ENGINES]
        if w.startswith("W7"):
            cells[0] = f"{r['w7']:.2f}× throughput"
        lines.append(f"| {w} | {fmt_time(r['base'])} | " + " | ".join(cells) + f" | {fmt_bytes(alloc)} | {target} | {verdict} |")
        if not w.startswith("W7") and w != "W1c":
            svg_rows.append((w, r["ratios"]))

    with open(os.path.join(HERE, "results.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "results.svg"), "w", encoding="utf-8") as f:
        f.write(svg(svg_rows))
    print("\n".join(lines))


def ok(good, detail):
    return ("met: " if good else "**missed**: ") + detail


def svg(rows):
    """Grouped horizontal bars: time relative to hand-written C# (log scale), one group per workload."""
    bar, gap, left, width, top = 11, 10, 120, 640, 50
    values = [v for _, rs in rows for v in rs.values() if v]
    lo = 10 ** math.floor(math.log10(min(min(values), 1)))
    hi = 10 ** math.ceil(math.log10(max(values)))
    x = lambda v: left + width * (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))
    height = top + sum(len(rs) * bar + gap for _, rs in rows) + 60
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 190}" height="{height}" font-family="sans-serif" font-size="11">',
           '<rect width="100%" height="100%" fill="white"/>',
           f'<text x="{left}" y="20" font-size="14" font-weight="bold">Time relative to hand-written C# (log scale, lower is better)</text>']
    decade = lo
    while decade <= hi:
        out.append(f'<line x1="{x(decade):.1f}" y1="{top - 8}" x2="{x(decade):.1f}" y2="{height - 50}" stroke="#ddd"/>')
        out.append(f'<text x="{x(decade):.1f}" y="{top - 12}" text-anchor="middle" fill="#555">{decade:g}×</text>')
        decade *= 10
    out.append(f'<line x1="{x(1):.1f}" y1="{top - 8}" x2="{x(1):.1f}" y2="{height - 50}" stroke="#000" stroke-dasharray="3,3"/>')
    y = top
    for w, rs in rows:
        engines = [e for e in ENGINES if e in rs]
        out.append(f'<text x="{left - 8}" y="{y + len(engines) * bar / 2 + 4:.1f}" text-anchor="end" font-weight="bold">{w}</text>')
        for e in engines:
            v = rs[e]
            out.append(f'<rect x="{left}" y="{y}" width="{max(x(v) - left, 1):.1f}" height="{bar - 2}" fill="{COLORS[e]}"/>')
            out.append(f'<text x="{x(v) + 4:.1f}" y="{y + bar - 3}" fill="#333">{fmt_ratio(v)}</text>')
            y += bar
        y += gap
    lx = left
    for e in ENGINES:
        out.append(f'<rect x="{lx}" y="{height - 30}" width="10" height="10" fill="{COLORS[e]}"/>')
        out.append(f'<text x="{lx + 14}" y="{height - 21}">{e}</text>')
        lx += 30 + 7 * len(e)
    out.append("</svg>\n")
    return "\n".join(out)


if __name__ == "__main__":
    main()
