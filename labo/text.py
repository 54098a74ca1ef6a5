"""Plain-text hygiene for what members type: titles, names and free text."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.deconstruct import deconstructible

# Unicode's explicit directional marks, embeddings, overrides and isolates: they
# can make a name or a title read differently from what it is (U+202E reverses it).
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
LINE_BREAKS = re.compile("[ \t]*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+[ \t]*")
# The C0 and C1 control characters and DEL, except tab, line feed and carriage
# return, which a text area legitimately sends.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_bidi_controls(text):
    """`text` without bidirectional control characters."""
    return BIDI_CONTROLS.sub("", text)


def single_line(text):
    """`text` on one line: each run of line breaks becomes one space."""
    return LINE_BREAKS.sub(" ", text).strip()


def clean_title(text):
    """A title or a name as shown and sent in e-mail subjects: one line, no bidi
    controls."""
    return single_line(strip_bidi_controls(text))


@deconstructible
class ControlCharactersValidator:
    """Refuses control characters other than tab, line feed and carriage return."""

    message = (
        "Ce texte contient un caractère de contrôle invisible (code %(code)s) : "
        "retirez-le, par exemple en retapant le passage copié."
    )
    code = "control_characters"

    def __call__(self, value):
        match = CONTROL_CHARACTERS.search(str(value))
        if match:
            raise ValidationError(
                self.message,
                code=self.code,
                params={"code": f"U+{ord(match.group()):04X}"},
            )

    def __eq__(self, other):
        return isinstance(other, ControlCharactersValidator)


validate_no_control_characters = ControlCharactersValidator()


def bounded_text(length):
    """Options of a text field members type in: at most `length` characters, which
    the model checks too (Django leaves a TextField's max_length to forms), and no
    control character."""
    return {
        "max_length": length,
        "validators": [validate_no_control_characters, MaxLengthValidator(length)],
    }


def plural(count, singular, plural_form):
    """The French form for `count`: the singular for 0 and 1, as French writes
    "0 jour", "1 jour", "2 jours"."""
    return singular if abs(count) < 2 else plural_form


def french_date(value, *, with_time=False):
    """A date as French writes it, in the site's time zone: "1er septembre 2026",
    "5 décembre 2026"; with `with_time`, "5 décembre 2026 à 14:05"."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    day = "1er" if value.day == 1 else str(value.day)
    text = f"{day} {date_format(value, 'F Y')}"
    if with_time:
        text = f"{text} à {date_format(value, 'H:i')}"
    return text
