"""Finds what looks like personal data of a young person in a write-up's text, so
the author can anonymise it before sending it for review."""

import re
from dataclasses import dataclass

# Every pattern runs in linear time on any input: each unbounded run starts only
# where the previous character cannot extend it, so no position is retried for
# every later one (an unanchored local part made 40 000 characters take 26 s).
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
# French numbers: 06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78, 0033…
PHONE = re.compile(r"(?<!\d)(?:(?:\+|00)33\s?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)")
# Social security number (NIR): sex, year, month, department, commune, order, key.
NIR = re.compile(
    r"(?<!\d)[12][\s.]?\d{2}[\s.]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.]?(?:\d{2}|2[AB])"
    r"[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})?(?!\d)",
    re.IGNORECASE,
)
NAME = r"[A-ZÉÈÀÂÎÏÔÇ][a-zéèêëàâîïôöûüç]{1,40}(?:-[A-ZÉÈ][a-zéèêëàâîïôöûüç]{1,40})?"
SURNAME = r"[A-ZÉÈÀÂÎÏÔÇ][A-Za-zÉÈéèêëàâîïôöûüç'-]{1,60}"
# A first and last name right after a word that points at a young person.
YOUNG_PERSON_NAME = re.compile(
    r"\b(?:jeunes?|le jeune|la jeune|jeune fille|jeune homme|bénéficiaire|"
    r"Mme|Mlle|M\.|Madame|Monsieur)\s+(" + NAME + r"\s+" + SURNAME + r")"
)

KINDS = {
    "email": (EMAIL, "adresse e-mail"),
    "phone": (PHONE, "numéro de téléphone"),
    "nir": (NIR, "numéro de sécurité sociale"),
    "name": (YOUNG_PERSON_NAME, "nom et prénom d'un jeune"),
}


@dataclass(frozen=True)
class Finding:
    field: str
    kind: str
    label: str
    text: str


def personal_data_find(texts):
    """Findings in `texts`, a mapping of field name to plain text."""
    findings = []
    for field, text in texts.items():
        for kind, (pattern, label) in KINDS.items():
            for match in pattern.finditer(text or ""):
                found = match.group(match.lastindex or 0)
                findings.append(Finding(field, kind, str(label), found))
    return findings
