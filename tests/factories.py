"""Test data built through the real models and Wagtail's tree API."""

import datetime
import itertools
import time

import factory
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.contrib.auth import get_user_model
from wagtail.rich_text import RichText

from experiences.models import ExperiencePage
from experiences.taxonomy.models import Audience, Territory, TerritoryKind, Theme

_sequence = itertools.count(1)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"membre{n}@labo.example")
    email = factory.SelfAttribute("username")
    password = factory.django.Password("mot-de-passe-de-test")


def totp_activate(user):
    """Give the user an authenticator app, as the admin requires of staff; returns
    the secret so that a test can compute codes."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret):
    """The code the member's authenticator app shows now."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def staff_with_mfa(**fields):
    """An account (e.g. `is_superuser=True`) that may open the admin: it has an
    authenticator app."""
    user = UserFactory(**fields)
    totp_activate(user)
    return user


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Thème de test {n}")
    slug = factory.Sequence(lambda n: f"theme-test-{n}")


class AudienceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Audience

    name = factory.Sequence(lambda n: f"Public de test {n}")
    slug = factory.Sequence(lambda n: f"public-test-{n}")


class MissionLocaleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Territory

    kind = TerritoryKind.MISSION_LOCALE
    name = factory.Sequence(lambda n: f"Mission locale de test {n}")
    parent = factory.LazyFunction(lambda: Territory.objects.get(key="departement-33"))


def department(code):
    return Territory.objects.get(key=f"departement-{code.lower()}")


def region(code):
    return Territory.objects.get(key=f"region-{code.lower()}")


def experience_page(parent, *, themes=None, audiences=(), tags=(), **fields):
    """A published write-up under `parent`, every required field filled."""
    number = next(_sequence)
    values = {
        "title": f"Expérience de test {number}",
        "slug": f"experience-test-{number}",
        "summary": "Des rendez-vous en visio pour les jeunes éloignés.",
        "territory": department("33"),
        "start_date": datetime.date(2024, 1, 15),
        "context": RichText("<p>Un territoire rural, peu de transports.</p>"),
        "objectives": "<ul><li>Réduire les déplacements</li></ul>",
        "steps": [
            ("step", {"title": "Préparer", "description": "Choisir l'outil."}),
        ],
        "results": "<p>40 jeunes ont suivi au moins un rendez-vous.</p>",
        **fields,
    }
    page = ExperiencePage(**values)
    page.themes = themes if themes is not None else [ThemeFactory()]
    page.audiences = list(audiences)
    page.tags.set(list(tags))
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def approved_member(*groups, display_name="", **fields):
    """An account the coordination approved, in the given Wagtail groups: it may
    post, report and follow discussions."""
    from django.contrib.auth.models import Group

    from labo.accounts.models import ProfileStatus
    from labo.accounts.services import profile_ensure

    user = UserFactory(**fields)
    user.groups.add(*Group.objects.filter(name__in=groups))
    profile = profile_ensure(user=user)
    profile.display_name = display_name
    profile.status = ProfileStatus.APPROVED
    profile.save()
    user.profile = profile
    return user


def staff_member(*groups, review_region=None, **fields):
    """An approved account of the staff groups given, with its second factor set
    (the admin asks for it), limited to a region's code when one is given."""
    user = approved_member(*groups, **fields)
    totp_activate(user)
    if review_region:
        user.profile.review_region = region(review_region)
        user.profile.save()
    return user
