"""`make bench`: search latency beside the plain Wagtail approaches, server time and
SQL queries per page, loopback throughput, index rebuild speed and peak memory,
written to BENCHMARKS.md."""
