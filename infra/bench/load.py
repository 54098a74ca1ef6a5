"""Section 3: throughput and latency under a bounded loopback load. gunicorn serves
the bench database with production settings, 2 sync workers as in the image, and
wrk sends requests as the proxy would, with the caches switched off, then on."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from infra.bench.serving import PROXY_HEADERS, gunicorn_serving, http_status
from infra.bench.stats import proc_field_kib, wrk_summary

WORKERS = 2
CONNECTIONS = 4
WARM_UP_SECONDS = 1
WRK_SCRIPT = Path(__file__).with_name("wrk_report.lua")


def wrk_version():
    """wrk's version line, or None when it is not installed."""
    if shutil.which("wrk") is None:
        return None
    # wrk prints its version with the usage, and exits 1.
    output = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    return " ".join((output.stdout + output.stderr).split()[:2])


def load_measure(*, paths, seconds, environment, progress):
    """{cache mode: {scenarios: {label: wrk figures}, workers_peak_kib}}, the
    scenarios being {label: path}; None without wrk."""
    if wrk_version() is None:
        progress("  wrk is not installed: no load measured (apt-get install wrk)")
        return None
    results = {}
    for mode, cache, page_seconds in (("uncached", "0", "0"), ("cached", "1", "600")):
        env = environment | {
            "LABO_BENCH_CACHE": cache,
            "LABO_PAGE_CACHE_SECONDS": page_seconds,
        }
        with (
            tempfile.NamedTemporaryFile(suffix=".log") as log,
            gunicorn_serving(
                log.name,
                workers=WORKERS,
                ready_path=next(iter(paths.values())),
                env=env,
            ) as server,
        ):
            scenarios = {}
            for label, path in paths.items():
                status = http_status(server.url + path)
                if status != 200:
                    raise RuntimeError(f"{path} answers {status} under gunicorn")
                # Each worker renders and caches the page before the measure.
                wrk_run(server.url + path, seconds=WARM_UP_SECONDS)
                scenarios[label] = wrk_run(server.url + path, seconds=seconds)
                progress(
                    f"  {mode}, {label}: "
                    f"{scenarios[label]['requests_per_second']:.0f} requests/s"
                )
            peak = max(
                proc_field_kib(_read(f"/proc/{pid}/status"), "VmHWM") or 0
                for pid in _children(server.process.pid)
            )
        results[mode] = {"scenarios": scenarios, "workers_peak_kib": peak}
    return results


def wrk_run(url, *, seconds):
    headers = [
        arg for name, v in PROXY_HEADERS.items() for arg in ("-H", f"{name}: {v}")
    ]
    command = [
        "wrk",
        "--threads",
        "1",
        "--connections",
        str(CONNECTIONS),
        "--duration",
        f"{seconds}s",
        "--timeout",
        "10s",
        "--script",
        str(WRK_SCRIPT),
        *headers,
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True)
    figures = wrk_summary(output.stdout)
    figures["requests_per_second"] = figures["requests"] / (
        figures["duration_us"] / 1e6
    )
    return figures


def _children(pid):
    children = []
    for task in os.listdir(f"/proc/{pid}/task"):
        children += _read(f"/proc/{pid}/task/{task}/children").split()
    return [int(child) for child in children]


def _read(path):
    with open(path) as file:
        return file.read()
