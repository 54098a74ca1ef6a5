"""A write-up's history for its readers: publications, updates, follow-ups and
maturity decisions, and the text compared between two published versions."""
