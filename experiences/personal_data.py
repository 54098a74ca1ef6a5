"""Finds what looks like personal data of a young person in a write-up's text, so
the author can anonymise it before sending it for review."""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Fields whose person names are the staff's, never a young person's: "Équipe et
# contact". E-mails, phones and the rest are still looked for there.
STAFF_FIELDS = frozenset({"team", "contact_email", "contact_name", "contact_phone"})

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
    start: int
    end: int


def personal_data_find(texts: Mapping[str, str]) -> list[Finding]:
    """Findings in `texts`, a mapping of field name to plain text, in the order of
    the fields, then of their place in the text."""
    findings = []
    for field, text in texts.items():
        field_findings = []
        for kind, (pattern, label) in KINDS.items():
            if kind == "name" and field in STAFF_FIELDS:
                continue
            for match in pattern.finditer(text or ""):
                group = match.lastindex or 0
                field_findings.append(
                    Finding(
                        field,
                        kind,
                        str(label),
                        match.group(group),
                        match.start(group),
                        match.end(group),
                    )
                )
        findings.extend(sorted(field_findings, key=lambda f: (f.start, f.end)))
    return findings


def passages(text: str, findings: Iterable[Finding]) -> list[tuple[str, bool]]:
    """`text` cut into (segment, is_finding) in order, overlapping findings merged,
    for templates to mark the findings of one field."""
    spans = []
    for start, end in sorted((f.start, f.end) for f in findings):
        start, end = max(0, start), min(len(text), end)
        if start >= end:
            continue
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    parts = []
    position = 0
    for start, end in spans:
        if start > position:
            parts.append((text[position:start], False))
        parts.append((text[start:end], True))
        position = end
    if position < len(text):
        parts.append((text[position:], False))
    return parts


def personal_data_warm() -> None:
    """Loads what the detector needs, so that the first request does not wait."""
