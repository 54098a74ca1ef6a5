"""Display names: one line, no bidi controls, bounded, and no plain member may pass
for the coordination, the moderation or the Labo itself; staff messages carry a
badge in the thread."""

import pytest
from django.core.exceptions import ValidationError
from django.test import TestCase

from experiences.discussions import services
from labo.accounts import roles
from labo.accounts.forms import ProfileForm
from labo.accounts.models import Profile
from tests.factories import approved_member, experience_page, staff_with_mfa

pytestmark = pytest.mark.django_db

REFUSAL = "Ce nom est réservé à l&#x27;équipe du Labo"

IMITATIONS = [
    "Coordination nationale",
    "COORDINATION RÉGIONALE",
    "coordinatrice du réseau",
    "Modération",
    "Le modérateur",
    "Administrateur",
    "admin",
    "L'équipe du Labo",
    "Le Labo",
    "UNML",
    "ARML Nouvelle-Aquitaine",
    "Coordinati0n nationale",  # digit zero
    "\u0421oordination",  # Cyrillic capital Es
    "M\u043ed\u0435ration",  # Cyrillic o and e
    "\uff23oordination",  # fullwidth C
    "Coord\u200bination",  # zero-width space
    "C.o.o.r.d.i.n.a.t.i.o.n",
    "A d m i n",
    "Le L a b o",
]

ORDINARY = [
    "Camille B.",
    "Léa Martin, CIP",
    "Sophie Labonne",
    "Équipe numérique ML Bordeaux",
    "Badminton et numérique",
]


def profile_post(client, user, name, bio=""):
    client.force_login(user)
    return client.post("/profil/", {"display_name": name, "bio": bio})


@pytest.mark.parametrize("name", IMITATIONS)
def test_a_plain_member_cannot_take_a_staff_or_site_name(client, name):
    member = approved_member(roles.CONTRIBUTORS, display_name="Camille")
    response = profile_post(client, member, name)
    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    member.profile.refresh_from_db()
    assert member.profile.display_name == "Camille"


@pytest.mark.parametrize("name", ORDINARY)
def test_ordinary_names_are_accepted(client, name):
    member = approved_member(roles.CONTRIBUTORS)
    assert profile_post(client, member, name).status_code == 302
    member.profile.refresh_from_db()
    assert member.profile.display_name == name


@pytest.mark.parametrize(
    ("groups", "fields", "name"),
    [
        ([roles.COORDINATION], {}, "Coordination nationale"),
        ([roles.MODERATION], {}, "Modération du Labo"),
        ([], {"is_superuser": True}, "Administrateur du Labo"),
    ],
)
def test_staff_may_take_the_name_of_their_role(client, groups, fields, name):
    user = approved_member(*groups, **fields)
    assert profile_post(client, user, name).status_code == 302
    user.profile.refresh_from_db()
    assert user.profile.display_name == name


def test_the_model_refuses_a_staff_name_for_a_plain_member():
    member = approved_member(roles.CONTRIBUTORS)
    member.profile.display_name = "Modération"
    with pytest.raises(ValidationError) as refusal:
        member.profile.full_clean()
    assert "réservé à l'équipe du Labo" in str(refusal.value.message_dict)


def test_the_admin_members_form_refuses_a_staff_name_for_a_plain_member(client):
    member = approved_member(roles.CONTRIBUTORS, display_name="Camille")
    client.force_login(staff_with_mfa(is_superuser=True))
    response = client.post(
        f"/admin/snippets/accounts/profile/edit/{member.profile.pk}/",
        {
            "status": "approved",
            "display_name": "Coordination nationale",
            "mission_locale": "",
            "bio": "",
            "review_region": "",
        },
    )
    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    member.profile.refresh_from_db()
    assert member.profile.display_name == "Camille"


def test_bidi_controls_are_stripped_from_names(client):
    member = approved_member(roles.CONTRIBUTORS)
    response = profile_post(client, member, "\u202eCam\u2066ille\u200f B.")
    assert response.status_code == 302
    member.profile.refresh_from_db()
    assert member.profile.display_name == "Camille B."

    member.profile.display_name = "\u202dLéa\u202c"
    member.profile.save()
    member.profile.refresh_from_db()
    assert member.profile.display_name == "Léa"


def test_a_bidi_control_cannot_hide_a_staff_name(client):
    member = approved_member(roles.CONTRIBUTORS, display_name="Camille")
    response = profile_post(client, member, "Mod\u202aération\u202c")
    assert REFUSAL in response.content.decode()
    # Once the override is gone, the name reads as it is stored.
    assert profile_post(client, member, "\u202enoitarédoM").status_code == 302
    member.profile.refresh_from_db()
    assert member.profile.display_name == "noitarédoM"


def test_names_are_kept_on_one_line():
    member = approved_member(roles.CONTRIBUTORS)
    member.profile.display_name = "Camille\r\nB.\u2028"
    member.profile.save()
    member.profile.refresh_from_db()
    assert member.profile.display_name == "Camille B."


@pytest.mark.parametrize("field", ["display_name", "bio"])
def test_a_control_character_in_the_profile_is_refused_in_french(field):
    """Checked on the form and the model alike, whatever the request layer does."""
    member = approved_member(roles.CONTRIBUTORS, display_name="Camille")
    data = {"display_name": "Camille", "bio": "", field: "Cam\x07ille"}
    form = ProfileForm(data=data, instance=member.profile)
    assert not form.is_valid()
    assert "caractère de contrôle invisible" in str(form.errors[field])


@pytest.mark.parametrize(
    ("field", "length", "message"),
    [
        ("display_name", 81, "Le nom affiché fait au plus 80 caractères"),
        ("bio", 501, "La présentation fait au plus 500 caractères"),
    ],
)
def test_profile_texts_have_a_maximum_length_with_a_french_message(
    client, field, length, message
):
    member = approved_member(roles.CONTRIBUTORS, display_name="Camille")
    profile = Profile.objects.get(user=member)
    setattr(profile, field, "x" * length)
    with pytest.raises(ValidationError) as refusal:
        profile.full_clean()
    assert message in str(refusal.value.message_dict[field])

    texts = {"name": "Camille", "bio": "", field.replace("display_", ""): "x" * length}
    response = profile_post(client, member, **texts)
    assert message in response.content.decode()


# The thread's badge


def test_staff_messages_carry_their_role_next_to_the_name(
    client, experience_index, settings
):
    settings.LABO_COMMENT_PREMODERATED = 0
    page = experience_page(experience_index)
    coordinator = approved_member(
        roles.CONTRIBUTORS, roles.COORDINATION, display_name="Léa"
    )
    moderator = approved_member(roles.MODERATION, display_name="Sam")
    admin = approved_member(is_superuser=True, display_name="Alex")
    member = approved_member(roles.CONTRIBUTORS, display_name="Camille")
    with TestCase.captureOnCommitCallbacks(execute=True):
        for user in (coordinator, moderator, admin, member):
            services.comment_post(user=user, page=page, body=f"Bonjour de {user.pk}")
    html = client.get(page.url).content.decode()

    def author_line(user):
        article = html.split(f"Bonjour de {user.pk}")[0].rsplit("<article", 1)[1]
        return article.split('class="comment__author">')[1].split("</p>")[0]

    assert 'class="badge badge--staff">Coordination</span>' in author_line(coordinator)
    assert 'class="badge badge--staff">Modération</span>' in author_line(moderator)
    assert 'class="badge badge--staff">Administration</span>' in author_line(admin)
    assert "badge--staff" not in author_line(member)
