"""The personal-data detector's evaluation: `python -m infra.personal_data` (or
`make bench-personal-data`) prints recall and precision per kind on the sentences
of sentences.jsonl, false alarms on the clean ones, detection time and memory.
Not installed with the site: run from the repository root."""
