from django import template

from experiences.discussions.forms import ReplyForm
from experiences.discussions.text import comment_html as render_comment

register = template.Library()


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
