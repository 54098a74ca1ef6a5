"""The thread under a page, and the helpers of its templates."""

from django import template

from experiences.discussions import selectors
from experiences.discussions.forms import CommentForm, ReplyForm
from experiences.discussions.text import comment_html as render_comment

register = template.Library()


@register.inclusion_tag("experiences/includes/discussion.html", takes_context=True)
def discussion_thread(context, page):
    """The page's thread as the visitor sees it, with blank forms, or the bound
    ones (with their errors) a discussion view put in `discussion_forms`."""
    request = context["request"]
    forms = context.get("discussion_forms") or {}
    user = request.user
    profile = getattr(user, "profile", None) if user.is_authenticated else None
    return {
        "page": page,
        "user": user,
        "thread": selectors.thread_for(
            page=page,
            user=user,
            order=_thread_order(request),
            page_number=request.GET.get("discussion"),
        ),
        "comment_form": forms.get("comment_form")
        or CommentForm(
            initial={"territory": getattr(profile, "mission_locale_id", None)}
        ),
        "reply_form": forms.get("reply_form"),
        "reply_to": forms.get("reply_to"),
    }


@register.filter
def comment_html(body):
    return render_comment(body)


@register.simple_tag(takes_context=True)
def reply_form_for(context, comment):
    """The reply form under a message: the submitted one, with its errors, if it
    was for this message; a blank one otherwise."""
    if context.get("reply_to") == comment.pk:
        return context["reply_form"]
    return ReplyForm.for_comment(comment.pk)


def _thread_order(request):
    """The order asked for in the address, remembered in the session for the
    next pages; otherwise the remembered one, or the latest activity first."""
    order = request.GET.get("ordre")
    if order in selectors.ORDERS:
        request.session[selectors.ORDER_SESSION_KEY] = order
        return order
    order = request.session.get(selectors.ORDER_SESSION_KEY)
    return order if order in selectors.ORDERS else selectors.ORDER_ACTIVITY
