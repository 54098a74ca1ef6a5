"""The discussion thread under a page: post, reply, report, follow, mark an answer.

Every form works without JavaScript: post, then back to the page. With htmx the
same requests are made in the background and the thread is swapped in place.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
)

from experiences import services as content_services
from experiences import views as content_views
from experiences.discussions import selectors, services
from experiences.discussions.forms import (
    CommentForm,
    EditForm,
    ReplyForm,
    ReportForm,
)
from experiences.discussions.models import Comment, CommentKind, CommentStatus
from experiences.discussions.notifications import unsubscribe_token_read
from experiences.discussions.personal_data import review_of
from experiences.models import ExperiencePage
from experiences.visibility import visible_pages

HELD_FOR_PERSONAL_DATA = (
    "Votre message est envoyé. Comme il contient peut-être des données "
    "personnelles, la modération le relit avant de le publier : d'ici là, il "
    "apparaît pour vous seul avec la mention « en attente de relecture »."
)


@login_required
@require_POST
def comment_create(request, page_id):
    page = _discussed_page(request, page_id)
    parent = None
    if request.POST.get("parent"):
        parent = _comment(request, request.POST["parent"], page=page)
        form = ReplyForm.for_comment(parent.pk, request.POST)
    else:
        form = CommentForm(request.POST)
    if not form.is_valid():
        bound = (
            {"reply_form": form, "reply_to": parent.pk}
            if parent
            else {"comment_form": form}
        )
        return _thread_response(request, page, **bound)
    try:
        comment = services.comment_post(
            user=request.user,
            page=page,
            body=form.cleaned_data["body"],
            kind=form.cleaned_data.get("kind") or "other",
            territory=form.cleaned_data.get("territory"),
            parent=parent,
            personal_data_confirmed=form.cleaned_data["personal_data_confirmed"],
        )
    except services.PersonalDataFound as found:
        _personal_data_review(form, found)
        bound = (
            {"reply_form": form, "reply_to": parent.pk}
            if parent
            else {"comment_form": form}
        )
        return _thread_response(request, page, **bound)
    except services.DiscussionRefused as refusal:
        form.add_error(None, str(refusal))
        bound = (
            {"reply_form": form, "reply_to": parent.pk}
            if parent
            else {"comment_form": form}
        )
        return _thread_response(request, page, **bound)
    if comment.is_visible:
        messages.success(request, "Votre message est publié.")
    elif comment.held_for_personal_data:
        messages.info(request, HELD_FOR_PERSONAL_DATA)
    else:
        messages.info(
            request,
            "Votre message est envoyé. Comme pour tout nouveau membre, la modération "
            "le relit avant de le publier : il apparaît pour vous avec la mention "
            "« en attente de modération ».",
        )
    return _thread_response(request, page, anchor=f"message-{comment.pk}")


@login_required
def comment_edit(request, comment_id):
    comment = _comment(request, comment_id)
    if comment.author_id != request.user.pk:
        raise Http404
    form = EditForm(request.POST or None, initial={"body": comment.body})
    if request.method == "POST" and form.is_valid():
        try:
            comment = services.comment_edit(
                user=request.user,
                comment=comment,
                body=form.cleaned_data["body"],
                personal_data_confirmed=form.cleaned_data["personal_data_confirmed"],
            )
        except services.PersonalDataFound as found:
            _personal_data_review(form, found)
        except services.DiscussionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            if comment.is_visible:
                messages.success(request, "Votre message est modifié.")
            elif comment.held_for_personal_data:
                messages.info(request, HELD_FOR_PERSONAL_DATA)
            else:
                messages.info(
                    request,
                    "Votre message est modifié. Comme pour tout nouveau membre, la "
                    "modération relit la nouvelle version avant de la publier.",
                )
            return _back_to(comment)
    return TemplateResponse(
        request,
        "experiences/discussion_edit.html",
        {
            "comment": comment,
            "form": form,
            "page": comment.page.specific,
            "edit_minutes": settings.LABO_COMMENT_EDIT_MINUTES,
        },
    )


@login_required
def comment_delete(request, comment_id):
    comment = _comment(request, comment_id)
    if comment.author_id != request.user.pk:
        raise Http404
    if request.method == "POST":
        page = comment.page
        try:
            services.comment_delete(user=request.user, comment=comment)
        except services.DiscussionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, "Votre message est supprimé.")
        return redirect(f"{page.url}#discussion")
    return TemplateResponse(
        request,
        "experiences/discussion_delete.html",
        {"comment": comment, "page": comment.page.specific},
    )


@login_required
def comment_report(request, comment_id):
    """The report form, on its own page (with htmx, opened under the message)."""
    comment = _comment(request, comment_id)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.comment_report(
                user=request.user,
                comment=comment,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except services.DiscussionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request, "Merci : votre signalement est transmis à la modération."
            )
        return _back_to(comment)
    return TemplateResponse(
        request,
        "experiences/discussion_report.html",
        {"comment": comment, "form": form, "page": comment.page.specific},
    )


@login_required
@require_POST
def comment_mark_answer(request, comment_id):
    comment = _comment(request, comment_id)
    is_answer = request.POST.get("is_answer") != "0"
    try:
        services.comment_mark_answer(
            user=request.user, comment=comment, is_answer=is_answer
        )
    except services.DiscussionRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request,
            "Réponse retenue : la question est marquée comme répondue."
            if is_answer
            else "Cette réponse n'est plus retenue.",
        )
    return _thread_response(
        request, comment.page.specific, anchor=f"message-{comment.pk}"
    )


@login_required
@require_POST
def thread_follow(request, page_id):
    page = _discussed_page(request, page_id)
    following = request.POST.get("suivre") != "0"
    services.thread_follow(user=request.user, page=page, following=following)
    messages.success(
        request,
        "Vous suivez cette discussion : un e-mail vous prévient de chaque "
        "nouveau message."
        if following
        else "Vous ne suivez plus cette discussion.",
    )
    return _thread_response(request, page)


# The signed token in the URL is the authorization, and a mail client's one-click
# POST (RFC 8058, body "List-Unsubscribe=One-Click") carries no CSRF token.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def thread_unsubscribe(request, token):
    """The link in notification e-mails, no sign-in needed. Opening it only asks
    (link scanners open every link); the button or the mail client posts."""
    try:
        if request.method == "POST":
            page = services.thread_unfollow_by_token(token)
            template = "experiences/discussion_unsubscribed.html"
        else:
            _, page = unsubscribe_token_read(token)
            template = "experiences/discussion_unsubscribe.html"
    except (signing.BadSignature, ValueError, TypeError):
        return HttpResponseBadRequest(
            "Ce lien de désabonnement n'est pas valide : il a peut-être été "
            "coupé. Vous pouvez ne plus suivre une discussion depuis sa page."
        )
    return TemplateResponse(request, template, {"page": page.specific})


def _personal_data_review(form, found):
    """Shows the form again with the passages found, the text as it was sent."""
    form.personal_data = review_of(form.cleaned_data["body"], found.findings)
    form.add_error(
        "body",
        "Vérifiez les passages surlignés au-dessus du message : réécrivez-les, "
        "ou envoyez quand même pour que la modération relise.",
    )


@login_required
@require_GET
def comment_write_up(request, comment_id):
    """« En faire une fiche »: a new write-up's form, pre-filled from the author's
    own « J'ai testé » message and from the write-up it is about, which the new
    one reproduces. Anyone else's message, another kind, a hidden or deleted
    message, or a write-up nobody may read: not found."""
    comment = get_object_or_404(
        Comment.objects.filter(
            author=request.user,
            kind=CommentKind.TESTED,
            status__in=[CommentStatus.PUBLISHED, CommentStatus.PENDING],
            page__in=visible_pages(ExperiencePage).values("pk"),
        ).select_related("page__experiencepage"),
        pk=comment_id,
    )
    initial = content_services.reproduction_initial(
        original=comment.page.experiencepage, user=request.user
    )
    # The message tells how the practice went where its author tried it: the
    # results of the new write-up, which takes none from the original.
    initial["results"] = comment.body
    if comment.territory_id:
        initial["territory"] = comment.territory_id
    return content_views.contribution_prefilled(request, initial=initial)


def _discussed_page(request, page_id):
    page = get_object_or_404(visible_pages(), pk=page_id).specific
    if not getattr(page, "has_discussion", False):
        raise Http404
    return page


def _comment(request, comment_id, page=None):
    """A message this user can see (anything else does not exist for them)."""
    comments = Comment.objects.filter(selectors.visible_to(request.user))
    if page is not None:
        comments = comments.filter(page=page)
    try:
        return get_object_or_404(comments.select_related("page"), pk=int(comment_id))
    except (TypeError, ValueError):
        raise Http404 from None


def _back_to(comment):
    return redirect(f"{comment.page.url}#message-{comment.pk}")


def _thread_response(request, page, *, anchor="discussion", **forms):
    """After a success, back to the page (post/redirect/get); after an error, the
    page with the bound form and its messages. htmx picks the thread out of
    either response, so the same views serve both."""
    if not forms:
        return redirect(f"{page.url}#{anchor}")
    context = page.get_context(request)
    context["discussion_forms"] = forms
    return TemplateResponse(request, page.get_template(request), context)
