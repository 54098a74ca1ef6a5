"""Section 4: a full rebuild of the database search index, `manage.py search_index
rebuild --backend database`, in its own process: documents per second and peak
memory. A rebuild still running after its time budget is stopped, which leaves a
usable index (it is never emptied), and measured on what it wrote."""

import os
import subprocess
import sys
import threading
import time

from infra.bench.serving import ROOT
from infra.bench.stats import progress_counts


def rebuild_measure(*, environment, budget_seconds):
    """{documents, total, seconds, documents_per_second, peak_kib, stopped}; the
    rate counts from the first progress line to the last, without start-up."""
    started = time.monotonic()
    process = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "search_index",
            "rebuild",
            "--backend",
            "database",
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines = []

    def read():
        with process.stdout:
            for line in process.stdout:
                lines.append((time.monotonic(), line))

    reader = threading.Thread(target=read)
    reader.start()
    reader.join(budget_seconds)
    stopped = reader.is_alive()
    if stopped:
        process.terminate()
    # wait4, unlike Popen.wait, gives the child's resource usage.
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - started
    reader.join()
    if process.returncode and not stopped:
        output = "".join(line for _, line in lines)
        raise RuntimeError(f"search_index rebuild failed:\n{output}")
    counts = [
        (moment, progress_counts(line))
        for moment, line in lines
        if progress_counts(line)
    ]
    if not counts:
        raise RuntimeError(f"search_index rebuild showed no progress in {seconds} s")
    (first, _), (last, (done, total)) = counts[0], counts[-1]
    return {
        "documents": done,
        "total": total,
        "seconds": seconds,
        "documents_per_second": done / (last - first) if last > first else None,
        # ru_maxrss is in KiB on Linux.
        "peak_kib": usage.ru_maxrss,
        "stopped": stopped,
    }
