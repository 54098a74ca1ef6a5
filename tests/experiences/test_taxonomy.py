import pytest
from django.core.exceptions import ValidationError

from experiences.taxonomy.models import Territory, TerritoryKind, Theme
from tests.factories import MissionLocaleFactory, department, region

pytestmark = pytest.mark.django_db


def test_the_official_regions_and_departments_are_loaded():
    assert Territory.objects.filter(kind=TerritoryKind.REGION).count() == 18
    assert Territory.objects.filter(kind=TerritoryKind.DEPARTMENT).count() == 101
    assert region("75").name == "Nouvelle-Aquitaine"
    assert department("75").name == "Paris"
    assert department("75").parent == region("11")
    assert department("2A").parent.name == "Corse"
    assert department("971").parent == region("01")
    assert Theme.objects.count() == 12


def test_keys_tell_regions_departments_and_missions_locales_apart():
    mission_locale = MissionLocaleFactory(name="Mission locale des Graves")
    assert region("01").key == "region-01"
    assert department("971").key == "departement-971"
    assert mission_locale.key == "ml-mission-locale-des-graves"


def test_a_region_filter_includes_its_departments_and_missions_locales():
    mission_locale = MissionLocaleFactory(parent=department("33"))
    within = set(Territory.objects.within(region("75")))
    assert department("33") in within
    assert mission_locale in within
    assert region("75") in within
    assert department("75") not in within


def test_a_department_filter_includes_only_its_missions_locales():
    inside = MissionLocaleFactory(parent=department("33"))
    outside = MissionLocaleFactory(parent=department("40"))
    within = set(Territory.objects.within(department("33")))
    assert within == {department("33"), inside}
    assert outside not in within


def test_a_territory_cannot_be_its_own_ancestor():
    gironde = department("33")
    mission_locale = MissionLocaleFactory(parent=gironde)
    gironde.parent = mission_locale
    with pytest.raises(ValidationError) as error:
        gironde.full_clean()
    assert "rattaché à lui-même" in str(error.value)

    mission_locale.parent = mission_locale
    with pytest.raises(ValidationError):
        mission_locale.full_clean()


@pytest.mark.parametrize(
    ("kind", "parent_key", "code", "message"),
    [
        ("region", "region-75", "99", "Une région n'a pas de rattachement"),
        ("department", None, "99", "Indiquez le rattachement"),
        ("mission_locale", "region-75", "", "Le rattachement doit être : département"),
        ("department", "region-75", "", "Le code INSEE est obligatoire"),
        ("department", "region-75", "33", "Ce territoire existe déjà"),
    ],
)
def test_the_hierarchy_is_validated_with_french_messages(
    kind, parent_key, code, message
):
    territory = Territory(
        kind=kind,
        name="Nouveau territoire",
        code=code,
        parent=parent_key and Territory.objects.get(key=parent_key),
    )
    with pytest.raises(ValidationError) as error:
        territory.full_clean()
    assert message in str(error.value)
