"""allauth's sign-up, login and password-reset forms with the Labo's labels
(ACCOUNT_FORMS). Apart from labo.accounts.forms, which allauth imports while
building its own forms (ACCOUNT_SIGNUP_FORM_CLASS)."""

from allauth.account.forms import LoginForm, ResetPasswordForm, SignupForm

EMAIL_LABEL = "Adresse e-mail"


def _email_field(form, *, name, label=EMAIL_LABEL, help_text=""):
    field = form.fields[name]
    field.label = label
    field.help_text = help_text
    # The label says it; a placeholder repeating it only disappears on typing.
    field.widget.attrs.pop("placeholder", None)


def _no_placeholders(form):
    for field in form.fields.values():
        field.widget.attrs.pop("placeholder", None)


class LaboSignupForm(SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _email_field(
            self,
            name="email",
            label="Adresse e-mail professionnelle",
            help_text=(
                "Celle de votre Mission locale ou de votre structure : elle aide la "
                "coordination à reconnaître le réseau. Elle ne s'affiche nulle part."
            ),
        )
        _no_placeholders(self)


class LaboLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _email_field(self, name="login")
        _no_placeholders(self)


class LaboResetPasswordForm(ResetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _email_field(self, name="email")
