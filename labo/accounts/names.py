"""Display names that would pass for the Labo's staff or for the site itself."""

import re
import unicodedata

from anyascii import anyascii

# Cyrillic and Greek lowercase letters that look like Latin ones but transliterate
# to another letter (Cyrillic es, U+0441, becomes « s »); anyascii handles every
# other script, the accents and the fullwidth and mathematical letters.
LOOKALIKES = str.maketrans("свнрхуѕһԁԛԝνρχ", "cbhpxysbdqwvpx")
# Digits and signs read as letters; l and 1 fold with i, so both sides compare alike.
LEET = str.maketrans("0134@5$7l|!", "oieaasstiii")
# Compared as prefixes of the name's letters, spaces and punctuation removed.
STAFF_STEMS = ("coordinat", "moderat", "administrat", "webmaster")
# Compared as whole words: as stems they would also match ordinary words.
STAFF_WORDS = ("admin", "modo", "staff", "labo", "unml", "arml", "dgefp")


def name_skeleton(name: str) -> str:
    """The name's words folded to plain lowercase ASCII look-alikes: case, accents,
    invisible characters, look-alike letters and spelled-out letters removed."""
    visible = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    folded = anyascii(visible.casefold().translate(LOOKALIKES)).casefold()
    folded = folded.translate(LEET).replace("rn", "m").replace("vv", "w")
    words = re.findall(r"[a-z]+", folded)
    # "A d m i n" and "A.D.M.I.N" read as one word.
    return " ".join(re.sub(r"\b(\w) (?=\w\b)", r"\1", " ".join(words)).split())


_STEMS = tuple(name_skeleton(stem) for stem in STAFF_STEMS)
_WORDS = frozenset(name_skeleton(word) for word in STAFF_WORDS)


def imitates_staff(name: str) -> bool:
    """Whether the name reads like a staff role (coordination, moderation,
    administration) or like the Labo or its network's bodies."""
    skeleton = name_skeleton(name)
    joined = skeleton.replace(" ", "")
    return any(stem in joined for stem in _STEMS) or bool(
        _WORDS.intersection(skeleton.split())
    )
