"""Structured parts of a write-up: steps, indicators and resources."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Étape"), max_length=150)
    description = blocks.TextBlock(label=_("Ce qui a été fait"), max_length=5_000)
    duration = blocks.CharBlock(
        label=_("Durée"),
        max_length=100,
        required=False,
        help_text=_("Par exemple : 2 semaines."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Étape")
        template = "blocks/step_block.html"
        preview_value = {
            "title": "Former l'équipe",
            "description": "Deux demi-journées de prise en main de l'outil.",
            "duration": "1 semaine",
        }


class IndicatorBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Indicateur"), max_length=120)
    value = blocks.CharBlock(label=_("Valeur"), max_length=60)

    class Meta:
        icon = "order"
        label = _("Indicateur")
        template = "blocks/indicator_block.html"
        preview_value = {"label": "Jeunes accompagnés", "value": "84"}


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=200)
    url = blocks.URLBlock(label=_("Adresse"))

    class Meta:
        icon = "link"
        label = _("Lien")
        template = "blocks/link_block.html"


class DocumentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=200, required=False)
    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_block.html"


class ResourceBlock(blocks.StreamBlock):
    link = LinkBlock()
    document = DocumentBlock()
