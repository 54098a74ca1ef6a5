"""Finds what looks like personal data of a young person in a write-up's text, so
the author can anonymise it before sending it for review (docs/personal-data.md).

Microsoft Presidio's analyzer runs this package's recognizers only: French
formats (recognizers.py) and the names of young people, found by spaCy's French
pipeline and kept or dismissed by the words around them (names.py)."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

# Fields whose person names are the staff's, never a young person's: "Équipe et
# contact". E-mails, phones and the rest are still looked for there: the author
# confirms a team's address in one click, a young person's must not slip by.
STAFF_FIELDS = frozenset({"team", "contact_email", "contact_name", "contact_phone"})

# Presidio's entity, then the Finding's kind and label.
KINDS = {
    "EMAIL": ("email", "adresse e-mail"),
    "PHONE": ("phone", "numéro de téléphone"),
    "NIR": ("nir", "numéro de sécurité sociale"),
    "PERSON": ("name", "nom d'un jeune"),
    "ADDRESS": ("address", "adresse postale"),
    "HANDLE": ("handle", "compte de réseau social"),
    "FRANCE_TRAVAIL": ("france_travail", "identifiant France Travail"),
    "IMILO": ("imilo", "numéro de dossier i-milo"),
    "BIRTH": ("birth", "date de naissance"),
}
# Names are not looked for in these either: lists of tools and keywords.
NAMELESS_FIELDS = STAFF_FIELDS | {"tools", "tags"}
SCORE_THRESHOLD = 0.5


@dataclass(frozen=True)
class Finding:
    field: str
    kind: str
    label: str
    text: str
    start: int
    end: int


@cache
def analyzer():
    """Presidio's analyzer with this package's recognizers and none of its own,
    built once per process."""
    # Presidio and spaCy load on first use: importing them takes a second or
    # more, which every manage.py command and test process would pay.
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

    from experiences.personal_data.names import (
        WindowedSpacyEngine,
        YoungPersonNameRecognizer,
    )
    from experiences.personal_data.recognizers import LANGUAGE, pattern_recognizers

    class WordsAroundDecide(ContextAwareEnhancer):
        """The recognizers weigh the words around a match themselves."""

        def __init__(self):
            super().__init__(0, 0, 0, 0)

        def enhance_using_context(self, text, raw_results, *args, **kwargs):
            return raw_results

    registry = RecognizerRegistry(
        recognizers=[*pattern_recognizers(), YoungPersonNameRecognizer()],
        supported_languages=[LANGUAGE],
    )
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=WindowedSpacyEngine(),
        supported_languages=[LANGUAGE],
        default_score_threshold=SCORE_THRESHOLD,
        context_aware_enhancer=WordsAroundDecide(),
    )


def personal_data_find(texts: Mapping[str, str]) -> list[Finding]:
    """Findings in `texts`, a mapping of field name to plain text, in the order of
    the fields, then of their place in the text."""
    engine = analyzer()
    language = engine.supported_languages[0]
    everything = list(KINDS)
    but_names = [entity for entity in KINDS if entity != "PERSON"]
    budget = engine.nlp_engine.budget
    findings = []
    for field, text in texts.items():
        if not text:
            continue
        staff = field in NAMELESS_FIELDS
        artifacts = engine.nlp_engine.process_text(
            text, language, budget=0 if staff else budget
        )
        budget -= artifacts.read
        results = engine.analyze(
            text,
            language,
            entities=but_names if staff else everything,
            nlp_artifacts=artifacts,
        )
        findings.extend(
            Finding(field, *KINDS[r.entity_type], text[r.start : r.end], r.start, r.end)
            for r in sorted(results, key=lambda r: (r.start, r.end))
        )
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
    """Loads the analyzer and spaCy's model, so that the first request does not
    wait for them (a gunicorn worker calls it as it starts)."""
    analyzer()
    personal_data_find({"warm": "Le jeune Paul Martin, 18 ans, suivi en CEJ."})
