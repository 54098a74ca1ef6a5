"""Pure helpers of the benchmark: percentiles of measured calls, figures and
Markdown tables, and parsers for what wrk, /proc and the index rebuild print."""

import json
import math
import re
from dataclasses import dataclass

WRK_MARKER = "WRK_JSON "


def percentile(values, fraction):
    """Nearest-rank percentile; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


@dataclass(frozen=True)
class Figure:
    """A measured value; `at_least` when calls stopped at their time budget may
    hide a larger one."""

    value: float
    at_least: bool = False

    def __str__(self):
        return ("≥ " if self.at_least else "") + _significant(self.value)


def calls_percentile(calls, fraction):
    """Percentile of [milliseconds, cut] pairs, where a cut call was stopped at its
    time budget and its milliseconds are only a lower bound."""
    if not calls:
        return None
    value = percentile([ms for ms, _cut in calls], fraction)
    return Figure(value, at_least=any(cut and ms <= value for ms, cut in calls))


def ratio(numerator, denominator):
    """How many times `numerator` is `denominator`, as a Figure; None without a
    denominator."""
    if numerator is None or denominator is None or denominator.value <= 0:
        return None
    return Figure(numerator.value / denominator.value, at_least=numerator.at_least)


def times(figure):
    return "-" if figure is None else f"{figure} x"


def milliseconds(figure):
    return "-" if figure is None else str(figure)


def _significant(value):
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def markdown_table(header, rows, *, text_columns=1):
    """A Markdown table: the first `text_columns` columns left-aligned, the
    figures after them right-aligned."""
    aligns = ["---"] * text_columns + ["---:"] * (len(header) - text_columns)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(aligns) + " |"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def sizes_parse(text):
    """The write-up counts of BENCH_SIZES ("10000 100000", commas allowed)."""
    words = text.replace(",", " ").split()
    if not words or not all(word.isdigit() and int(word) > 0 for word in words):
        raise ValueError(f"BENCH_SIZES must be positive whole numbers, not {text!r}")
    return [int(word) for word in words]


def wrk_summary(output):
    """The figures the bench's wrk script prints on its marker line."""
    for line in output.splitlines():
        if line.startswith(WRK_MARKER):
            return json.loads(line.removeprefix(WRK_MARKER))
    raise ValueError(f"wrk printed no summary:\n{output}")


def proc_field_kib(status_text, name):
    """A "Name:   1234 kB" field of /proc/<pid>/status or /proc/meminfo, in KiB."""
    match = re.search(rf"^{name}:\s+(\d+) kB$", status_text, re.MULTILINE)
    return int(match.group(1)) if match else None


def cpu_model(cpuinfo_text):
    match = re.search(r"^model name\s*:\s*(.+)$", cpuinfo_text, re.MULTILINE)
    return match.group(1).strip() if match else "unknown"


def progress_counts(line):
    """(done, total) of a progress bar line of `search_index rebuild`, else None."""
    match = re.fullmatch(r"\[[# ]*\] (\d+)/(\d+)", line.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None
