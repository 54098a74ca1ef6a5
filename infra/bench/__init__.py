"""`make bench`: search latency beside the plain Wagtail approaches, server time and
SQL queries per page, loopback throughput, index rebuild speed and peak memory,
written to BENCHMARKS.md; and the bulk generator of write-ups it measures. Not
installed with the site: run from the repository root, `python -m infra.bench`."""
