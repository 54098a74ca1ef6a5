"""The hand-written demo content, read from the JSON files of `content/`."""

import functools
import json
from importlib.resources import files


@functools.cache
def demo_content(name):
    """The parsed `content/<name>.json`: `experiences`, `strategy_notes` or
    `collections`, each a list of dicts, read once."""
    path = files(__package__) / "content" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))
