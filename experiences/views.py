"""The contribution pages: an advisor's write-ups, outside the admin."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from experiences import services
from experiences.forms import ContributionForm
from experiences.models import ExperiencePage
from experiences.personal_data import personal_data_find
from experiences.selectors import contributions_of
from experiences.visibility import visible_pages

EDITABLE = {services.DRAFT, services.CHANGES_REQUESTED, services.PUBLISHED}


@login_required
def contribution_list(request):
    return TemplateResponse(
        request,
        "experiences/contribution_list.html",
        {
            "page_obj": contributions_of(
                request.user, page_number=request.GET.get("page")
            ),
            "can_submit": services.user_can_submit(request.user),
        },
    )


@login_required
def contribution_create(request):
    return _contribution_form(request, page=None)


@login_required
@require_GET
def contribution_reproduce(request, page_id):
    """« Je la reproduis »: a new write-up's form, pre-filled from a published one
    (nothing is saved until the member saves it)."""
    original = get_object_or_404(visible_pages(ExperiencePage), pk=page_id)
    return contribution_prefilled(
        request,
        initial=services.reproduction_initial(original=original, user=request.user),
    )


def contribution_prefilled(request, *, initial):
    """A new write-up's form with these values, sent to `contribution_create`."""
    return _contribution_form(request, page=None, initial=initial)


@login_required
def contribution_edit(request, page_id):
    page = _own_page(request, page_id)
    state, comment = services.contribution_state(page)
    if state not in EDITABLE:
        messages.info(
            request,
            "Cette fiche est en relecture : vous pourrez la modifier après "
            "la décision.",
        )
        return redirect("contribution_list")
    return _contribution_form(request, page=page, review_comment=comment)


@login_required
@require_POST
def contribution_autosave(request, page_id):
    page = _own_page(request, page_id)
    form = ContributionForm(
        request.POST, updating_published=page.first_published_at is not None, page=page
    )
    saved = form.is_valid() and services.contribution_state(page)[0] in EDITABLE
    if saved:
        services.contribution_save(
            user=request.user, cleaned_data=form.cleaned_data, page=page
        )
    return TemplateResponse(
        request,
        "experiences/includes/autosave_status.html",
        {"saved": saved, "time": timezone.localtime()},
    )


def _own_page(request, page_id):
    page = get_object_or_404(ExperiencePage, pk=page_id)
    if page.owner_id != request.user.pk:
        # Someone else's write-up does not exist, as far as this page is concerned.
        raise Http404
    return page


def _contribution_form(request, *, page, review_comment="", initial=None):
    can_submit = services.user_can_submit(request.user)
    wants_submit = request.method == "POST" and request.POST.get("action") == "submit"
    # A pending account only drafts: it learns so before any costly check runs.
    submit_refused = wants_submit and not can_submit
    submitting = wants_submit and can_submit
    new_draft_refused = page is None and not services.user_may_start_draft(request.user)
    updating_published = page is not None and page.first_published_at is not None
    findings = []
    if request.method == "POST":
        form = ContributionForm(
            request.POST,
            for_submission=submitting,
            new_draft_refused=new_draft_refused,
            updating_published=updating_published,
            page=page,
        )
        # Sending checks everything in one round: the missing fields and the
        # personal data are shown together, whichever the author fixes first.
        if submitting:
            findings = personal_data_find(form.free_text())
        if form.is_valid() and (
            not findings or form.cleaned_data["personal_data_confirmed"]
        ):
            page = services.contribution_save(
                user=request.user, cleaned_data=form.cleaned_data, page=page
            )
            if submitting:
                services.contribution_submit(user=request.user, page=page)
                messages.success(
                    request,
                    "Votre fiche est envoyée à la coordination. Vous recevrez "
                    "un e-mail à chaque décision.",
                )
                return redirect("contribution_list")
            if submit_refused:
                messages.error(
                    request,
                    "Votre compte attend sa validation par la coordination : "
                    "vous pourrez envoyer vos fiches dès qu'il sera validé. "
                    "Votre brouillon est enregistré.",
                )
            else:
                messages.success(request, "Brouillon enregistré.")
            return redirect("contribution_edit", page_id=page.pk)
    elif page is not None:
        form = ContributionForm(
            initial=services.form_initial(page),
            updating_published=updating_published,
            page=page,
        )
    else:
        profile = getattr(request.user, "profile", None)
        form = ContributionForm(
            initial=initial
            or {"territory": getattr(profile, "mission_locale_id", None)},
            new_draft_refused=new_draft_refused,
        )
    # Once the author has confirmed them, the findings stay listed beside the
    # box but no longer count as errors.
    confirmed = form.is_bound and form["personal_data_confirmed"].data
    for finding in [] if confirmed else findings:
        form.add_error(
            finding.field if finding.field in form.fields else None,
            f"Donnée personnelle possible ({finding.label}) : « {finding.text} ».",
        )
    return TemplateResponse(
        request,
        "experiences/contribution_form.html",
        {
            "form": form,
            "experience": page,
            "findings": findings,
            "review_comment": review_comment,
            "can_submit": can_submit,
        },
    )
