"""`python -m infra.bench <command> [options]` from the repository root, with
DJANGO_SETTINGS_MODULE (default labo.settings.dev):

- run: the whole benchmark, written to BENCHMARKS.md (`make bench`);
- generate --experiences N: the demo site plus N generated write-ups;
- measure: one seeded database's sections, in JSON (started by `run`)."""

import importlib
import os
import sys

import django

COMMANDS = ("run", "generate", "measure")


def main(argv):
    if len(argv) < 2 or argv[1] not in COMMANDS:
        sys.exit(__doc__)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "labo.settings.dev")
    django.setup()
    # Imported once Django is set up: the commands import models.
    command = importlib.import_module(f"infra.bench.commands.{argv[1]}")
    command.Command().run_from_argv(["python -m infra.bench", *argv[1:]])


if __name__ == "__main__":
    main(sys.argv)
