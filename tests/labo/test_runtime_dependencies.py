import subprocess
import sys
from importlib.metadata import (
    PackageNotFoundError,
    distribution,
    packages_distributions,
)

import pytest
from django.conf import settings
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PROJECT_PACKAGES = ["labo", "experiences", "search"]

# Imports every module of the project with the given top-level modules made
# unimportable, as they are where only the runtime dependencies are installed.
IMPORT_EVERYTHING = """
import importlib, pkgutil, sys

blocked = set(sys.argv[1].split(","))

class TestOnly:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)

sys.meta_path.insert(0, TestOnly())
import django
django.setup()
for package in sys.argv[2:]:
    for module in pkgutil.walk_packages(
        importlib.import_module(package).__path__, f"{package}."
    ):
        importlib.import_module(module.name)
"""


def _requirements_closure(requirements, extra=""):
    """Names of the distributions the requirements install, transitively."""
    names, pending = set(), list(requirements)
    while pending:
        requirement = Requirement(pending.pop())
        if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(requirement.name)
        if name in names:
            continue
        names.add(name)
        try:
            pending.extend(distribution(name).requires or [])
        except PackageNotFoundError:
            continue  # Required by a marker-less line but not installed here.
    return names


def _test_only_modules():
    """Top-level modules installed by the test extras and by nothing at runtime."""
    labo = distribution("labo").requires
    runtime = _requirements_closure(labo)
    test_only = _requirements_closure(labo, extra="test") - runtime
    return {
        module
        for module, names in packages_distributions().items()
        if {canonicalize_name(name) for name in names} <= test_only
    }


def test_the_test_extras_are_known_to_be_test_only():
    assert {"faker", "factory", "pytest", "hypothesis"} <= _test_only_modules()


@pytest.mark.slow
def test_no_project_module_imports_a_package_of_the_test_extras():
    imported = subprocess.run(
        [
            sys.executable,
            "-c",
            IMPORT_EVERYTHING,
            ",".join(sorted(_test_only_modules())),
            *PROJECT_PACKAGES,
        ],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        # What production settings modules need to be imported at all.
        env={
            "DJANGO_SETTINGS_MODULE": "labo.settings.dev",
            "SECRET_KEY": "only-imported",
            "ALLOWED_HOSTS": "localhost",
        },
        timeout=120,
    )
    assert imported.returncode == 0, imported.stderr[-2000:]
