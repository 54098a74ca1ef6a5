"""Demo content loaded by `manage.py seed_demo`: one account per role and the
hand-written write-ups, strategy notes and collections of `content/`."""
