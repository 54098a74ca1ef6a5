"""The detector on infra/personal_data/sentences.jsonl: the floors the issue sets
(`make bench-personal-data` prints the figures)."""

from collections import Counter

import pytest

from experiences.fields import FORM_FIELDS
from experiences.forms import FREE_TEXT_KINDS
from experiences.personal_data import personal_data_find
from infra.personal_data.evaluation import ALL_KINDS, evaluate, load_sentences
from labo.demo.content import demo_content


@pytest.fixture(scope="module")
def sentences():
    return load_sentences()


@pytest.fixture(scope="module")
def results(sentences):
    return evaluate(sentences)


def test_the_evaluation_set_covers_every_kind_and_as_many_clean_sentences(sentences):
    counts = Counter(sentence["kind"] for sentence in sentences)
    assert len(sentences) >= 160
    assert counts[None] >= len(sentences) / 2 - 10
    assert {kind: counts[kind] >= 8 for kind in ALL_KINDS} == dict.fromkeys(
        ALL_KINDS, True
    )


def test_recall_over_sentences_with_personal_data_is_at_least_95_percent(results):
    assert results["recall"] >= 0.95, results["missed"]


def test_false_alarms_on_clean_sentences_are_at_most_5_percent(results):
    assert results["false_alarm_rate"] <= 0.05, results["false_alarms"]


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_each_kind_is_found_and_rarely_mistaken(results, kind):
    figures = results["per_kind"][kind]
    assert figures["recall"] >= 0.85
    assert figures["precision"] >= 0.8


def flat(value):
    if isinstance(value, list):
        return "\n\n".join(flat(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(flat(item) for item in value.values())
    return str(value)


def test_the_demo_write_ups_raise_no_false_alarm():
    # 44 write-ups as the network writes them, with staff, towns, tools and
    # figures and no young person's data: every finding would be a false alarm.
    free_text = [field.name for field in FORM_FIELDS if field.kind in FREE_TEXT_KINDS]
    findings = [
        (item["title"], finding.field, finding.text)
        for item in demo_content("experiences")
        for finding in personal_data_find(
            {name: flat(item[name]) for name in free_text if item.get(name)}
        )
    ]
    assert len(demo_content("experiences")) >= 40
    assert findings == []
