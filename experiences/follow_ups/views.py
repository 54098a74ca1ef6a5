"""The author's « six mois après » form and the opt-out links of its e-mails."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from experiences.follow_ups import selectors, services
from experiences.follow_ups.forms import FollowUpForm
from experiences.follow_ups.models import FollowUpStatus
from experiences.follow_ups.notifications import opt_out_token, opt_out_token_read
from experiences.models import ExperiencePage
from experiences.personal_data import personal_data_find


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def follow_up_answer(request, page_id):
    page = get_object_or_404(ExperiencePage.objects.live(), pk=page_id)
    if page.owner_id != request.user.pk:
        # Someone else's write-up does not exist, as far as this page is concerned.
        raise Http404
    open_answer = selectors.open_answer(page=page, user=request.user)
    findings = []
    if request.method == "POST":
        form = FollowUpForm(request.POST)
        # Checked in the same round as the fields: every problem listed at once.
        findings = personal_data_find(form.free_text())
        if form.is_valid() and (
            not findings or form.cleaned_data["personal_data_confirmed"]
        ):
            follow_up = services.follow_up_answer(
                user=request.user,
                page=page,
                cleaned_data=form.cleaned_data,
                findings=findings,
            )
            if follow_up.status == FollowUpStatus.PUBLISHED:
                messages.success(
                    request, "Merci ! Votre suivi est publié sur la fiche."
                )
                return redirect(page.url)
            messages.success(
                request,
                "Merci ! Votre suivi est envoyé à la coordination, qui le relit avant "
                "de le publier sur la fiche. Vous pouvez le modifier d'ici là.",
            )
            return redirect("follow_up_answer", page_id=page.pk)
        confirmed = form["personal_data_confirmed"].data
        for finding in [] if confirmed else findings:
            form.add_error(
                finding.field,
                f"Donnée personnelle possible ({finding.label}) : « {finding.text} ».",
            )
    elif open_answer is not None:
        form = FollowUpForm(initial=FollowUpForm.initial_from(open_answer))
    else:
        form = FollowUpForm()
    return TemplateResponse(
        request,
        "experiences/follow_ups/answer_form.html",
        {
            "experience": page,
            "form": form,
            "findings": findings,
            "open_answer": open_answer,
            "published": selectors.follow_ups_published(page),
        },
    )


# The signed token in the URL is the authorization, and a mail client's one-click
# POST (RFC 8058, body "List-Unsubscribe=One-Click") carries no CSRF token.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def follow_up_opt_out(request, token):
    """The opt-out link of the e-mails, no sign-in needed. Opening it only asks
    (link scanners open every link); the button or the mail client posts, and the
    confirmation offers to undo it."""
    try:
        user, page = opt_out_token_read(token)
    except (signing.BadSignature, ValueError, TypeError):
        return HttpResponseBadRequest(
            "Ce lien n'est pas valide : il a peut-être été coupé. Copiez-le en "
            "entier depuis l'e-mail."
        )
    template = "experiences/follow_ups/opt_out.html"
    if request.method == "POST":
        if request.POST.get("action") == "resume":
            services.opt_in(user=user, page=page)
            template = "experiences/follow_ups/opted_in.html"
        else:
            services.opt_out(user=user, page=page)
            template = "experiences/follow_ups/opted_out.html"
    everything_url = (
        reverse("follow_up_opt_out", args=[opt_out_token(user_id=user.pk)])
        if page is not None
        else ""
    )
    return TemplateResponse(
        request, template, {"experience": page, "everything_url": everything_url}
    )
