"""The member's own pages: profile, account deletion."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from labo.accounts import services
from labo.accounts.forms import AccountDeleteForm, ProfileForm
from labo.accounts.selectors import user_is_approved


@login_required
def profile(request):
    profile = services.profile_ensure(user=request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        services.profile_update(profile=profile, **form.cleaned_data)
        messages.success(request, "Votre profil est enregistré.")
        return redirect("profile")
    context = {"form": form, "approved": user_is_approved(request.user)}
    return render(request, "labo/accounts/profile.html", context)


@login_required
def profile_delete(request):
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.account_delete(user=request.user)
        logout(request)
        messages.success(
            request,
            (
                "Votre compte est supprimé. Vos brouillons jamais envoyés le sont "
                "aussi ; les fiches publiées ou envoyées en relecture restent sur le "
                "Labo, sans votre nom."
            ),
        )
        return redirect("/")
    return render(request, "labo/accounts/profile_delete.html", {"form": form})
