"""The layer contract (.importlinter, checked by `make lint`) leaves no module out,
and user-facing strings follow one rule (docs/development.md#user-facing-strings)."""

import ast
import configparser
import pkgutil
import re
from pathlib import Path

import experiences
import labo

ROOT = Path(__file__).resolve().parent.parent


def layered_modules():
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter")
    layers = config["importlinter:contract:layers"]["layers"]
    return set(re.split(r"[\s:|]+", layers.strip()))


def package_modules():
    """The modules and sub-packages directly inside labo/ and experiences/ (search
    is one layer as a whole), migrations aside."""
    return {
        f"{package.__name__}.{module.name}"
        for package in (labo, experiences)
        for module in pkgutil.iter_modules(package.__path__)
        if module.name != "migrations"
    }


def test_every_module_of_the_packages_belongs_to_a_layer():
    assert package_modules() - layered_modules() == set()


def test_the_layers_name_only_modules_that_exist():
    assert layered_modules() - package_modules() == {"search"}


def test_user_facing_strings_are_written_in_french_without_gettext():
    """The Labo speaks French only: its strings are written as they are read, in
    Python as in templates (Django's and Wagtail's own come translated)."""
    offenders = []
    for package in ("labo", "experiences", "search"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.ImportFrom) and node.module == (
                    "django.utils.translation"
                ):
                    offenders.append(str(path.relative_to(ROOT)))
    for path in (ROOT / "templates").rglob("*.html"):
        if re.search(r"{%\s*(load i18n|trans|translate|blocktrans)", path.read_text()):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
