"""How pages' related objects read in the public API (/api/v2/): names and keys
rather than bare ids, and links only to pages that anyone may read.

Kept apart from labo.api because page models import these at class definition,
before Wagtail's API views can be imported (they need the app registry ready).
"""

from rest_framework import serializers

from experiences.visibility import is_public


class TermField(serializers.Serializer):
    """A theme or an audience."""

    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


class TerritoryField(serializers.Serializer):
    key = serializers.CharField(read_only=True)
    kind = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


def _public_link(page):
    """The page's id, title and address, or None for a draft or a private page."""
    if page is None or not is_public(page):
        return None
    return {"id": page.pk, "title": page.title, "html_url": page.full_url}


class TagNamesField(serializers.Field):
    """Free tags as sorted names; unlike Wagtail's own field, it reads the tags
    prefetched for a whole listing."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, tags):
        return sorted(tag.name for tag in tags.all())


class PublicPageField(serializers.Field):
    """A link to another page, or null when that page is a draft or private."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, page):
        return _public_link(page)


class PublicPageListField(serializers.Field):
    """The pages an ordered child relation links to, skipping drafts and private
    pages. `page_field` names the link's page; with `comment_field`, each entry
    is `{"page": …, "comment": …}`."""

    def __init__(self, *, page_field, comment_field=None, **kwargs):
        self.page_field = page_field
        self.comment_field = comment_field
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, relation):
        entries = []
        for link in relation.all():
            page = _public_link(getattr(link, self.page_field))
            if page is None:
                continue
            if self.comment_field:
                page = {"page": page, "comment": getattr(link, self.comment_field)}
            entries.append(page)
        return entries
