"""`python -m infra.personal_data [--benchmarks BENCHMARKS.md]`: the personal-data
detector's figures, printed; with --benchmarks, also written into that file as a
section of its own (replaced if it is there, added at the end otherwise)."""

import argparse
import re
from pathlib import Path

from infra.personal_data.evaluation import measure

HEADING = "## Personal-data detector"


def percent(value):
    return f"{100 * value:.1f} %"


def markdown(results):
    timing = results["timing"]
    worst_name, worst = max(results["adversarial_seconds"].items(), key=lambda i: i[1])
    lines = [
        HEADING,
        "",
        "`make bench-personal-data` (`python -m infra.personal_data`): the detector of "
        "`experiences/personal_data/` on `infra/personal_data/sentences.jsonl` "
        f"({results['positives']} sentences with a young person's data, "
        f"{results['clean']} clean but tricky ones). See docs/personal-data.md.",
        "",
        "| kind | sentences | recall | precision |",
        "| --- | ---: | ---: | ---: |",
    ]
    for kind, figures in results["per_kind"].items():
        lines.append(
            f"| {kind} | {figures['sentences']} | {percent(figures['recall'])} "
            f"| {percent(figures['precision'])} |"
        )
    lines += [
        "",
        f"- Recall over the sentences with personal data: {percent(results['recall'])}",
        "- False alarms over the clean sentences: "
        f"{percent(results['false_alarm_rate'])}",
        "- Detection time per 1 000 characters (write-ups of 1 000 to 20 000 "
        f"characters): p50 {timing['p50_ms_per_1000']:.1f} ms, "
        f"p95 {timing['p95_ms_per_1000']:.1f} ms; a 20 000-character write-up: "
        f"{timing['write_up_20000_ms']:.0f} ms",
        f"- Worst of {len(results['adversarial_seconds'])} adversarial texts of "
        f"100 000 characters: {worst:.2f} s ({worst_name})",
        f"- Process memory (VmRSS) with the model loaded: {results['rss_mb']:.0f} MB "
        f"({results['rss_mb_before']:.0f} MB before loading it; loading took "
        f"{results['warm_seconds']:.1f} s)",
        "",
    ]
    return "\n".join(lines)


def write_section(path, section):
    path = Path(path)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.M | re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _match: section + "\n", text)
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + section
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(prog="python -m infra.personal_data")
    parser.add_argument("--benchmarks", help="a Markdown file to write the section to")
    parser.add_argument("--verbose", action="store_true", help="list misses")
    arguments = parser.parse_args()
    results = measure()
    section = markdown(results)
    print(section)
    if arguments.verbose:
        for text in results["missed"]:
            print("missed:", text)
        for text, kinds in results["false_alarms"]:
            print("false alarm:", kinds, text)
    if arguments.benchmarks:
        write_section(arguments.benchmarks, section)


if __name__ == "__main__":
    main()
