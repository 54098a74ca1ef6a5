"""The coordinators' queue in the Wagtail admin, « Maturités à revoir », and its
actions on one write-up: confirm the label, ask its author. Changing or removing
a label is a publication in the page editor (see docs/maturity.md)."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied

from experiences.admin_forms import may_set_maturity
from experiences.maturity import selectors, services
from experiences.maturity.dates import queue_horizon
from experiences.maturity.forms import AuthorAskForm, ConfirmForm, QueueFilterForm
from experiences.models import ExperiencePage
from experiences.permissions import page_in_scope

PER_PAGE = 25


def queue(request):
    if not may_set_maturity(request.user):
        return permission_denied(request)
    filters = QueueFilterForm(
        request.GET, regions=selectors.queue_regions(request.user)
    )
    chosen = filters.chosen()
    pages = selectors.review_queue(user=request.user, **chosen)
    listing = Paginator(pages, PER_PAGE).get_page(request.GET.get("p"))
    # The filters kept in the pagination's links.
    query = {}
    if chosen.get("region") is not None:
        query["region"] = chosen["region"].key
    if chosen["theme"] is not None:
        query["theme"] = chosen["theme"].slug
    return TemplateResponse(
        request,
        "wagtailadmin/maturity/queue.html",
        {
            "page_title": "Maturités à revoir",
            "header_title": "Maturités à revoir",
            "header_icon": "tick",
            "filters": filters,
            "listing": listing,
            "query": query,
            "horizon": queue_horizon(),
        },
    )


def _decision_page(request, page_id):
    """The live write-up with a validated label the user may decide on, or the
    reason why not."""
    page = get_object_or_404(ExperiencePage.objects.live(), pk=page_id)
    if not page.maturity_is_validated:
        messages.error(request, "Cette fiche n'a plus de maturité validée à revoir.")
        return page, redirect("maturity_queue")
    if not page_in_scope(user=request.user, page=page):
        return page, permission_denied(request)
    return page, None


def _decision_view(
    request, page_id, *, form_class, template, act, initial=None, form_kwargs=None
):
    if not may_set_maturity(request.user):
        return permission_denied(request)
    page, refusal = _decision_page(request, page_id)
    if refusal is not None:
        return refusal
    latest = selectors.latest_decision_id(page)
    form_kwargs = form_kwargs or {}
    if request.method == "POST":
        form = form_class(request.POST, **form_kwargs)
        if form.is_valid():
            if form.cleaned_data["seen"] != latest:
                messages.warning(
                    request,
                    f"« {page.title} » : une décision vient d'être prise (dans un "
                    "autre onglet, ou par un autre membre de la coordination). "
                    "Voici la file à jour.",
                )
                return redirect("maturity_queue")
            messages.success(request, act(page, form.cleaned_data))
            return redirect("maturity_queue")
    else:
        form = form_class(initial={"seen": latest, **(initial or {})}, **form_kwargs)
    return TemplateResponse(
        request,
        template,
        {
            "page_title": page.title,
            "header_title": page.title,
            "header_icon": "tick",
            "page": page,
            "form": form,
            "edit_url": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        },
    )


def confirm(request, page_id):
    def act(page, data):
        services.maturity_confirm(
            page=page,
            user=request.user,
            review_on=data["review_on"],
            with_name=data["signature"] == "name",
        )
        return (
            f"Maturité de « {page.title} » confirmée, signée "
            f"« {page.maturity_signed_as} »."
        )

    signature = "name" if services.signs_with_name(request.user) else "coordination"
    return _decision_view(
        request,
        page_id,
        form_class=ConfirmForm,
        template="wagtailadmin/maturity/confirm.html",
        act=act,
        initial={"signature": signature},
        form_kwargs={"today": timezone.localdate()},
    )


def author_ask(request, page_id):
    def act(page, data):
        services.maturity_author_ask(
            page=page, user=request.user, message=data["message"]
        )
        return f"Courriel envoyé à l'auteur de « {page.title} »."

    return _decision_view(
        request,
        page_id,
        form_class=AuthorAskForm,
        template="wagtailadmin/maturity/author_ask.html",
        act=act,
    )
