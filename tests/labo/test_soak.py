"""The pure helpers of the load script (infra/soak.py, run by `make soak`)."""

import importlib.util
import json
from pathlib import Path

from experiences.models import ExperiencePage

SOAK_PATH = Path(__file__).resolve().parents[2] / "infra" / "soak.py"
_spec = importlib.util.spec_from_file_location("soak", SOAK_PATH)
soak = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(soak)


def test_percentile_is_the_nearest_rank():
    values = list(range(1, 21))
    assert soak.percentile(values, 0.5) == 10
    assert soak.percentile(values, 0.95) == 19
    assert soak.percentile([], 0.5) is None


def test_markers_compare_finds_missing_and_duplicated_comments():
    bodies = ["Retour soak-m00-c00 : oui", "soak-m00-c00 encore", "soak-m01-c00"]
    missing, duplicated = soak.markers_compare(
        ["soak-m00-c00", "soak-m01-c00", "soak-m01-c01"], bodies
    )
    assert missing == ["soak-m01-c01"]
    assert duplicated == ["soak-m00-c00"]


def test_save_outcome_tells_saved_refused_and_errors_apart():
    refusal = json.dumps({"success": False, "error_message": "Saving will overwrite"})
    form_with_error = '<form id="page-edit-form"><li class="error">Non</li></form>'
    assert soak.save_outcome(302, "text/html", "") == "saved"
    assert soak.save_outcome(200, "application/json", '{"success": true}') == "saved"
    assert soak.save_outcome(400, "application/json", refusal) == "refused"
    assert soak.save_outcome(200, "text/html", form_with_error) == "refused"
    assert soak.save_outcome(200, "text/html", '<form id="page-edit-form">') == "error"
    assert soak.save_outcome(500, "text/html", "Erreur") == "error"


def test_stream_form_data_is_read_back_as_the_same_value():
    """The fields posted for a StreamField are those the admin form decodes."""
    block = ExperiencePage._meta.get_field("resources").stream_block
    value = block.to_python(
        [
            {
                "type": "link",
                "id": "5c4b8d8e-0d0e-4a57-a1f4-3c1b3b3f6d01",
                "value": {"title": "Service-Public", "url": "https://example.org/"},
            }
        ]
    )
    data = soak.stream_form_data(block, value, "resources")
    decoded = block.value_from_datadict(data, {}, "resources")
    assert decoded.get_prep_value() == value.get_prep_value()
