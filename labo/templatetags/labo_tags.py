from django import template

register = template.Library()


@register.filter
def pages_around(paginator, number):
    """Page numbers to show around the current one; None marks a gap."""
    return [
        None if page == paginator.ELLIPSIS else page
        for page in paginator.get_elided_page_range(number, on_each_side=1, on_ends=1)
    ]


@register.filter
def plural_s(count):
    """French plural mark: "0 fiche", "1 fiche", "2 fiches"."""
    return "s" if count > 1 else ""


@register.filter
def verbose_name(instance):
    """The model's name as editors see it: "Fiche expérience", "Dossier"…"""
    return instance._meta.verbose_name
