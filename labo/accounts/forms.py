"""The member's own forms: what sign-up asks besides the e-mail, profile, account
deletion."""

from django import forms

from experiences.taxonomy.forms import TerritoryChoiceField
from experiences.taxonomy.models import Territory, TerritoryKind
from labo.accounts.models import Profile
from labo.text import strip_bidi_controls


def mission_locale_field(**kwargs):
    return TerritoryChoiceField(
        queryset=Territory.objects.filter(kind=TerritoryKind.MISSION_LOCALE).order_by(
            "name"
        ),
        required=False,
        **kwargs,
    )


class SignupExtraForm(forms.Form):
    """Added to allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS): the Mission
    locale tells which regional coordination validates the account."""

    mission_locale = mission_locale_field(
        label="Votre Mission locale (facultatif)",
        empty_label="Aucune ou pas dans la liste",
        help_text=(
            "La coordination de votre région validera votre compte plus vite. Vous "
            "pourrez la changer dans votre profil."
        ),
    )

    def signup(self, request, user):
        mission_locale = self.cleaned_data.get("mission_locale")
        if mission_locale is not None:
            user.profile.mission_locale = mission_locale
            user.profile.save(update_fields=["mission_locale"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "mission_locale", "bio"]
        # Grouped by region: a flat list of every Mission locale is too long.
        field_classes = {"mission_locale": TerritoryChoiceField}
        widgets = {"bio": forms.Textarea(attrs={"rows": 5, "maxlength": 500})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("display_name", "bio"):
            self.fields[name].error_messages["max_length"] = Profile._meta.get_field(
                name
            ).error_messages["max_length"]
        display_name = self.fields["display_name"]
        display_name.required = True
        display_name.error_messages["required"] = "Indiquez un nom ou un pseudonyme."
        display_name.widget.attrs["autocomplete"] = "nickname"
        mission_locale = self.fields["mission_locale"]
        mission_locale.queryset = Territory.objects.filter(
            kind=TerritoryKind.MISSION_LOCALE
        ).order_by("name")
        mission_locale.empty_label = "Aucune (coordination, partenaire…)"
        mission_locale.help_text = "La Mission locale où vous travaillez."

    def clean_display_name(self):
        name = " ".join(strip_bidi_controls(self.cleaned_data["display_name"]).split())
        if "@" in name:
            raise forms.ValidationError(
                "Le nom affiché est public : n'y mettez pas d'adresse e-mail, "
                "un prénom ou un pseudonyme suffit."
            )
        return name


class AccountDeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=(
            "Je comprends que mon compte, mon profil, mes adresses e-mail et mes "
            "brouillons jamais envoyés seront supprimés définitivement."
        ),
        error_messages={"required": "Cochez la case pour confirmer."},
    )
    password = forms.CharField(
        label="Mot de passe",
        help_text="Votre mot de passe actuel, pour confirmer que c'est bien vous.",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("Ce mot de passe n'est pas le bon.")
        return password
