"""Site-wide pages: the home page and plain editorial pages."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from labo.blocks import BodyBlock


class HomePage(Page):
    intro = models.TextField(
        "accroche",
        blank=True,
        help_text="Une ou deux phrases sous le titre de l'accueil.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "experiences.ExperienceIndexPage",
        "experiences.StrategyNoteIndexPage",
        "experiences.CollectionIndexPage",
        "labo.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "accueil"

    def get_context(self, request, *args, **kwargs):
        # Not at module level: the selectors build forms from the models, which
        # Django allows only once every app's models are loaded.
        from experiences.selectors import home_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_context())
        return context


class StandardPage(Page):
    intro = models.TextField("chapeau", blank=True)
    body = StreamField(BodyBlock(), verbose_name="contenu")

    search_fields = [*Page.search_fields, index.SearchField("body")]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["labo.HomePage", "labo.StandardPage"]
    subpage_types = ["labo.StandardPage"]

    class Meta:
        verbose_name = "page simple"
        verbose_name_plural = "pages simples"
