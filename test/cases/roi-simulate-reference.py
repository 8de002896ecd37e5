"""Independent reference values for ROI_SIMULATE (test/cases/cross-host.ts cites this file).

Re-implements, without the project's code, what docs/functions.md states: Mulberry32 (Tommy Ettinger,
2017; bryc/code jshash/PRNGs.md) seeded with `seed`, per trial a benefit then a cost drawn by the
inverse CDF of their triangular distributions, ROI = (benefit - cost) / cost, P10/P50/P90 by
numpy.percentile's default "linear" method (= Excel PERCENTILE.INC), and the share of trials with ROI > 0.

Run: python3 test/cases/roi-simulate-reference.py
"""
import math

import numpy as np

M32 = 0xFFFFFFFF


def imul(a, b):
    return (a * b) & M32


def mulberry32(seed):
    state = seed & M32

    def nxt():
        nonlocal state
        state = (state + 0x6D2B79F5) & M32
        t = imul(state ^ (state >> 15), 1 | state)
        t = ((t + imul(t ^ (t >> 7), 61 | t)) & M32) ^ t
        return ((t ^ (t >> 14)) & M32) / 4294967296.0

    return nxt


def triangular(u, low, likely, high):
    width = high - low
    if width == 0:
        return low
    if u * width < likely - low:
        return low + math.sqrt(u * width * (likely - low))
    return high - math.sqrt((1 - u) * width * (high - likely))


def simulate(b_low, b_likely, b_high, c_low, c_likely, c_high, trials=10000, seed=1):
    nxt = mulberry32(seed)
    rois = np.empty(trials)
    for t in range(trials):
        b = triangular(nxt(), b_low, b_likely, b_high)
        c = triangular(nxt(), c_low, c_likely, c_high)
        rois[t] = (b - c) / c
    p10, p50, p90 = np.percentile(rois, [10, 50, 90])
    return [float(p10), float(p50), float(p90), float(np.mean(rois > 0))]


if __name__ == "__main__":
    for args in [
        (90000, 200000, 400000, 80000, 100000, 140000),
        (90000, 200000, 400000, 80000, 100000, 140000, 100000, 7),
        (50000, 120000, 200000, 90000, 100000, 130000, 1000, 42),
        (100000, 100000, 300000, 100000, 100000, 100000, 100, 0),
        (50000, 120000, 200000, 90000, 100000, 130000, 10000, 2),
    ]:
        print(args, repr(simulate(*args)))
