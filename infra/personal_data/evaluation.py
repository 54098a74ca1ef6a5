"""Measures the personal-data detector on the evaluation sentences: recall and
precision per kind, false alarms, time per 1 000 characters, the worst adversarial
text, and the process's memory with the model loaded."""

import json
import statistics
import time
from collections import Counter
from pathlib import Path

from experiences.personal_data import KINDS, personal_data_find, personal_data_warm

SENTENCES = Path(__file__).with_name("sentences.jsonl")
ALL_KINDS = [kind for kind, _label in KINDS.values()]
ADVERSARIAL_LENGTH = 100_000


def load_sentences(path=SENTENCES):
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def expected_kinds(sentence):
    if sentence["kind"] is None:
        return set()
    return {sentence["kind"], *sentence.get("also", [])}


def found_kinds(sentence):
    field = sentence.get("field", "context")
    return {finding.kind for finding in personal_data_find({field: sentence["text"]})}


def evaluate(sentences):
    """Recall per kind (sentences of that kind where it is found), precision per
    kind (sentences where it is found that hold it), overall recall and the
    share of clean sentences with any finding."""
    found = [(sentence, found_kinds(sentence)) for sentence in sentences]
    positives = [(s, kinds) for s, kinds in found if s["kind"] is not None]
    clean = [(s, kinds) for s, kinds in found if s["kind"] is None]
    per_kind = {}
    for kind in ALL_KINDS:
        of_kind = [kinds for s, kinds in positives if s["kind"] == kind]
        flagged = [(s, kinds) for s, kinds in found if kind in kinds]
        right = [s for s, kinds in flagged if kind in expected_kinds(s)]
        per_kind[kind] = {
            "sentences": len(of_kind),
            "recall": sum(kind in kinds for kinds in of_kind) / max(1, len(of_kind)),
            "precision": len(right) / len(flagged) if flagged else 1.0,
        }
    return {
        "sentences": len(sentences),
        "positives": len(positives),
        "clean": len(clean),
        "recall": sum(bool(kinds & expected_kinds(s)) for s, kinds in positives)
        / max(1, len(positives)),
        "false_alarm_rate": sum(bool(kinds) for _s, kinds in clean)
        / max(1, len(clean)),
        "per_kind": per_kind,
        "missed": [
            s["text"] for s, kinds in positives if not kinds & expected_kinds(s)
        ],
        "false_alarms": [(s["text"], sorted(kinds)) for s, kinds in clean if kinds],
    }


def repeated(unit, prefix="", length=ADVERSARIAL_LENGTH):
    return (prefix + unit * (length // len(unit) + 1))[:length]


# Texts built to make a backtracking pattern retry from every position, or to
# make every sentence look like one about a young person for the model.
ADVERSARIAL_SHAPES = {
    "word characters without @": repeated("a"),
    "accented letters": repeated("é"),
    "dotted words": repeated("a."),
    "dots": repeated("."),
    "at signs between letters": repeated("a@"),
    "local-part characters and at signs": repeated("a.+-@"),
    "a domain with endless labels": repeated("a.", prefix="a@"),
    "digits": repeated("0"),
    "phone-like pairs": repeated("06 "),
    "international prefixes": repeated("+33 6"),
    "social-security-like groups": repeated("1 85 "),
    "spaces": repeated(" "),
    "a title and an endless name": repeated("a", prefix="Mme A"),
    "a title and endless spaces": repeated(" ", prefix="Mme"),
    "titles and names": repeated("Mme Aa "),
    "the word jeune": repeated("jeune "),
    "young people with names": repeated("Le jeune Paul Martin, 18 ans, suivi. "),
    "one endless sentence of names": repeated("Paul Martin jeune "),
    "street numbers and types": repeated("12 rue "),
    "i-milo and numbers": repeated("i-milo 12345 "),
    "handles": repeated("@aa "),
    "birth words": repeated("née le 1/1/20 "),
}


def write_up(sentences, length):
    """A write-up of about `length` characters made of the evaluation sentences."""
    texts = [s["text"] for s in sentences]
    parts, size, index = [], 0, 0
    while size < length:
        text = texts[index % len(texts)]
        parts.append(text)
        size += len(text) + 1
        index += 1
    return " ".join(parts)[:length]


def timing(sentences, runs=30):
    """Milliseconds per 1 000 characters over write-ups of 1 000 to 20 000
    characters, and the time of a 20 000-character write-up."""
    per_thousand = []
    for length in (1_000, 5_000, 20_000):
        text = write_up(sentences[length % 7 :], length)
        for _run in range(runs if length < 20_000 else max(3, runs // 5)):
            started = time.perf_counter()
            personal_data_find({"context": text})
            per_thousand.append((time.perf_counter() - started) * 1e6 / length)
    started = time.perf_counter()
    personal_data_find({"context": write_up(sentences, 20_000)})
    write_up_ms = (time.perf_counter() - started) * 1000
    per_thousand.sort()
    return {
        "p50_ms_per_1000": statistics.median(per_thousand),
        "p95_ms_per_1000": per_thousand[int(0.95 * (len(per_thousand) - 1))],
        "write_up_20000_ms": write_up_ms,
    }


def adversarial():
    """Seconds for each 100 000-character adversarial text."""
    seconds = {}
    for name, text in ADVERSARIAL_SHAPES.items():
        started = time.perf_counter()
        personal_data_find({"context": text})
        seconds[name] = time.perf_counter() - started
    return seconds


def rss_megabytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return None


def measure():
    rss_before = rss_megabytes()
    started = time.perf_counter()
    personal_data_warm()
    warm_seconds = time.perf_counter() - started
    sentences = load_sentences()
    results = evaluate(sentences)
    results["timing"] = timing(sentences)
    results["adversarial_seconds"] = adversarial()
    results["warm_seconds"] = warm_seconds
    results["rss_mb_before"] = rss_before
    results["rss_mb"] = rss_megabytes()
    results["kinds_of_sentences"] = Counter(s["kind"] or "clean" for s in sentences)
    return results
