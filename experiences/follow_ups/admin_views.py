"""« Suivis à relire » in the Wagtail admin: the coordination's queue of
follow-ups and the page where it decides on one."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from experiences.follow_ups import selectors, services
from experiences.follow_ups.forms import DecisionForm
from experiences.follow_ups.models import FollowUpStatus
from experiences.permissions import page_in_scope

CONFIRMATIONS = {
    services.PUBLISH: "Suivi publié sur la fiche.",
    services.RETURN: "Suivi renvoyé à son auteur, avec votre note.",
    services.WITHDRAW: "Suivi retiré de la fiche.",
}


class ReviewerRequiredMixin:
    """The coordination and the administrators only, on every method."""

    def dispatch(self, request, *args, **kwargs):
        if not selectors.may_review(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class FollowUpQueueView(ReviewerRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "wagtailadmin/follow_ups/queue.html"
    page_title = "Suivis à relire"
    header_icon = "comment"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        published = self.request.GET.get("etat") == "publies"
        page_obj = selectors.review_queue(
            user=self.request.user,
            published=published,
            page_number=self.request.GET.get("p"),
        )
        return super().get_context_data(
            published=published,
            page_obj=page_obj,
            elided_page_range=page_obj.paginator.get_elided_page_range(page_obj.number),
            **kwargs,
        )


class FollowUpDecisionView(ReviewerRequiredMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "wagtailadmin/follow_ups/decision.html"
    form_class = DecisionForm
    page_title = "Relire un suivi"
    header_icon = "comment"

    @cached_property
    def follow_up(self):
        follow_up = selectors.follow_up_for_review(pk=self.kwargs["pk"])
        # Outside the reviewer's region, the follow-up does not exist for them.
        if follow_up is None or not page_in_scope(
            user=self.request.user, page=follow_up.page
        ):
            raise Http404
        return follow_up

    def get_page_subtitle(self):
        return self.follow_up.page.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("follow_ups_queue"), "label": "Suivis à relire"},
            {"url": "", "label": self.get_page_title()},
        ]

    def form_valid(self, form):
        action = form.cleaned_data["action"]
        try:
            services.follow_up_decide(
                follow_up=self.follow_up,
                reviewer=self.request.user,
                action=action,
                note=form.cleaned_data["note"],
            )
        except services.FollowUpRefused as refusal:
            form.add_error(None, str(refusal))
            return self.form_invalid(form)
        messages.success(self.request, CONFIRMATIONS[action])
        return redirect("follow_ups_queue")

    def get_context_data(self, **kwargs):
        follow_up = self.follow_up
        return super().get_context_data(
            follow_up=follow_up,
            page_url=follow_up.page.get_url(request=self.request),
            pending=follow_up.status == FollowUpStatus.PENDING,
            **kwargs,
        )
