"""The personal-data check on members' messages: what it finds in a text, what a
held message keeps of it, and the passages its author and the moderators read."""

from dataclasses import dataclass

from experiences.personal_data import Finding, passages, personal_data_find

BODY = "body"
# Characters shown on either side of a passage in the moderation queue.
SNIPPET_CONTEXT = 40


def findings_in(body) -> list[Finding]:
    return personal_data_find({BODY: body})


def findings_stored(findings) -> list[dict]:
    """What a held message keeps: kinds and offsets, never the passages."""
    return [
        {"kind": f.kind, "label": f.label, "start": f.start, "end": f.end}
        for f in findings
    ]


@dataclass(frozen=True)
class Snippet:
    label: str
    before: str
    text: str
    after: str


@dataclass(frozen=True)
class Review:
    """A text with its findings: `parts` cut as passages() does (the True ones
    are marked), `findings` in the order of the text."""

    text: str
    findings: list

    @property
    def parts(self):
        return passages(self.text, self.findings)

    @property
    def snippets(self):
        """Each finding with a little of the text around it."""
        text = self.text
        snippets = []
        for finding in self.findings:
            start = max(0, finding.start - SNIPPET_CONTEXT)
            end = min(len(text), finding.end + SNIPPET_CONTEXT)
            snippets.append(
                Snippet(
                    label=finding.label,
                    before=("…" if start else "") + text[start : finding.start],
                    text=finding.text,
                    after=text[finding.end : end] + ("…" if end < len(text) else ""),
                )
            )
        return snippets


def review_of(text, findings):
    return Review(text=text, findings=list(findings)) if findings else None


def stored_review(comment):
    """The review of a message from its stored findings, or None. Findings whose
    offsets no longer fit the text (it changed since) are left out."""
    body = comment.body or ""
    findings = [
        Finding(
            BODY,
            stored.get("kind", ""),
            stored.get("label", ""),
            body[stored["start"] : stored["end"]],
            stored["start"],
            stored["end"],
        )
        for stored in comment.personal_data_findings or []
        if isinstance(stored, dict)
        and isinstance(stored.get("start"), int)
        and isinstance(stored.get("end"), int)
        and 0 <= stored["start"] < stored["end"] <= len(body)
    ]
    return review_of(body, findings)
