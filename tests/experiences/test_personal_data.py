import importlib
import socket
import time

import pytest

from experiences import personal_data
from experiences.personal_data import (
    STAFF_FIELDS,
    Finding,
    passages,
    personal_data_find,
    personal_data_warm,
)
from experiences.personal_data.names import NER_BUDGET, spacy_pipeline
from infra.personal_data.evaluation import ADVERSARIAL_SHAPES, repeated


def kinds(text, field="context"):
    return [(f.kind, f.text) for f in personal_data_find({field: text})]


def test_the_detector_reads_long_adversarial_texts_in_bounded_time():
    # A wall-clock bound, against the house rule, because the issue asks for this
    # one: a former e-mail pattern was quadratic (26 s for 40 000 characters),
    # and a quadratic pass over possible names took 21 s on "Mme Aa " * 14 000.
    # Each 100 000-character text takes about 1 s at worst on one idle core.
    personal_data_warm()
    seconds = {}
    for name, text in ADVERSARIAL_SHAPES.items():
        started = time.perf_counter()
        personal_data_find({"context": text})
        seconds[name] = time.perf_counter() - started
    assert max(seconds.values()) < 5, seconds
    assert sum(seconds.values()) < 30, seconds


@pytest.mark.parametrize("unit", ["Mme Aa ", "Le jeune Paul Martin, 18 ans, suivi. "])
def test_the_time_grows_linearly_with_the_text(unit):
    def duration(length):
        text = repeated(unit, length=length)
        started = time.perf_counter()
        personal_data_find({"context": text})
        return time.perf_counter() - started

    duration(10_000)
    # Four times the text, well under sixteen times the time.
    assert duration(100_000) < 8 * duration(25_000) + 0.2


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mailto:julie.martin@gmail.com.", "julie.martin@gmail.com"),
        ("(prenom+ml@sous.domaine.fr)", "prenom+ml@sous.domaine.fr"),
        (
            "écrire à jean-marc_2@ml-cantal.example, merci",
            "jean-marc_2@ml-cantal.example",
        ),
        ("deux : a@b.fr et c@d.fr", "a@b.fr"),
    ],
)
def test_the_detector_finds_e_mail_addresses_where_they_start(text, found):
    assert personal_data_find({"context": text})[0].text == found


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Il répond au 07.81.22.45.90 le soir.", "phone", "07.81.22.45.90"),
        ("Rappel au +33 6 45 78 12 09.", "phone", "+33 6 45 78 12 09"),
        ("Carte Vitale : 1 85 05 78 006 084 91.", "nir", "1 85 05 78 006 084 91"),
        ("Réf. 185057800608491 sur l'attestation.", "nir", "185057800608491"),
        (
            "Elle habite 12 rue des Lilas, 15000 Aurillac, loin de l'antenne.",
            "address",
            "12 rue des Lilas, 15000 Aurillac",
        ),
        ("Il écrit depuis @kevin_lmn sur Instagram.", "handle", "@kevin_lmn"),
        (
            "Son profil instagram.com/chloe.dmrt est public.",
            "handle",
            "instagram.com/chloe.dmrt",
        ),
        (
            "Son identifiant France Travail est 1234567A.",
            "france_travail",
            "1234567A",
        ),
        ("Voir le dossier i-milo 2098765.", "imilo", "2098765"),
        ("Né le 12/03/2006, il cherche un apprentissage.", "birth", "Né le 12/03/2006"),
        (
            "Nous avons accompagné Kevin Lemoine pendant six mois.",
            "name",
            "Kevin Lemoine",
        ),
        ("Mathis D., 17 ans, est venu avec sa mère.", "name", "Mathis D."),
        ("Yanis (18 ans) a trouvé une alternance.", "name", "Yanis"),
    ],
)
def test_the_detector_finds_each_kind(text, kind, found):
    assert (kind, found) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Contact : Claire Dubois, conseillère numérique à la Mission locale du Cantal.",
        "Notre conseillère Amélie Rigaud a animé les ateliers avec les jeunes.",
        "Les jeunes de 16 à 25 ans ont utilisé Discord et Pix avec France Travail.",
        "Emmanuel Macron a annoncé le plan « 1 jeune, 1 solution » en 2020.",
        "84 jeunes accompagnés en 2024, dont 12 nés en 2007.",
        "Nous suivons la Mission locale sur @missionlocale15.",
        "La nouvelle version d'i-milo 2024 a ralenti la saisie.",
        "Les locaux de la Mission locale, 5 rue de la République à Figeac.",
        "Réf. 185057800608436 sur l'attestation.",
    ],
)
def test_context_dismisses_staff_organisations_and_figures(text):
    assert kinds(text) == []


def test_of_two_names_only_the_young_person_s_is_a_finding():
    text = "Kevin, accompagné par sa conseillère Claire Dubois, a signé son contrat."
    assert [found for kind, found in kinds(text) if kind == "name"] == ["Kevin"]


def test_a_finding_knows_where_it_is_in_its_field():
    text = "Écrire à julie.martin@gmail.com ou au 06 12 34 56 78."
    findings = personal_data_find({"context": "rien", "results": text})
    assert [(f.field, f.kind) for f in findings] == [
        ("results", "email"),
        ("results", "phone"),
    ]
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text


def test_passages_cut_a_text_around_its_findings_and_merge_overlaps():
    text = "abc DEF ghi JKL"
    findings = [
        Finding("f", "name", "nom", "DEF", 4, 7),
        Finding("f", "name", "nom", "EF g", 5, 9),
        Finding("f", "email", "e-mail", "JKL", 12, 15),
    ]
    assert passages(text, findings) == [
        ("abc ", False),
        ("DEF g", True),
        ("hi ", False),
        ("JKL", True),
    ]
    assert passages(text, []) == [(text, False)]


def test_staff_names_are_not_findings_in_staff_fields():
    text = "Le jeune Kevin Dupont a témoigné ; écrire à kevin.dupont@gmail.com."
    assert "team" in STAFF_FIELDS
    assert [kind for kind, _found in kinds(text, field="team")] == ["email"]
    assert [kind for kind, _found in kinds(text)] == ["name", "email"]


def test_names_are_not_looked_for_in_lists_of_tools():
    assert kinds("Nextcloud Deck, Fichiers Excel partagés", field="tools") == []


def test_a_list_s_next_line_is_not_a_name():
    text = "Rendre le dossier lisible par le jeune\nAméliorer les écrits"
    assert kinds(text, field="objectives") == []


def test_names_past_the_model_s_budget_are_found_by_their_shape():
    filler = "Le jeune est venu à l'atelier de Brest avec sa mère. " * (
        NER_BUDGET // 40
    )
    findings = personal_data_find({"context": filler + "Enfin, Mathis D., 17 ans."})
    assert findings[-1].text == "Mathis D."


def test_nothing_touches_the_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the detector opened a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    personal_data.analyzer.cache_clear()
    text = "Le jeune Kevin Martin : kevin@gmail.com, https://www.instagram.com/kevin.m"
    assert {f.kind for f in personal_data_find({"context": text})} == {
        "name",
        "email",
        "handle",
    }


def test_the_model_is_loaded_once_and_warmable(monkeypatch):
    personal_data_warm()
    assert spacy_pipeline.cache_info().currsize == 1
    assert personal_data.analyzer() is personal_data.analyzer()
    calls = []
    monkeypatch.setattr(personal_data, "personal_data_warm", lambda: calls.append(1))
    import labo.wsgi

    calls.clear()
    importlib.reload(labo.wsgi)
    assert calls == [1]
