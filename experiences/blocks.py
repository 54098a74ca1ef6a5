"""Structured parts of a write-up: steps, indicators and resources."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Étape", max_length=150)
    description = blocks.TextBlock(label="Ce qui a été fait", max_length=5_000)
    duration = blocks.CharBlock(
        label="Durée",
        max_length=100,
        required=False,
        help_text="Par exemple : 2 semaines.",
    )

    class Meta:
        icon = "list-ol"
        label = "Étape"
        template = "blocks/step_block.html"
        preview_value = {
            "title": "Former l'équipe",
            "description": "Deux demi-journées de prise en main de l'outil.",
            "duration": "1 semaine",
        }


class IndicatorBlock(blocks.StructBlock):
    label = blocks.CharBlock(label="Indicateur", max_length=120)
    value = blocks.CharBlock(label="Valeur", max_length=60)

    class Meta:
        icon = "order"
        label = "Indicateur"
        template = "blocks/indicator_block.html"
        preview_value = {"label": "Jeunes accompagnés", "value": "84"}


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titre", max_length=200)
    url = blocks.URLBlock(label="Adresse")

    class Meta:
        icon = "link"
        label = "Lien"
        template = "blocks/link_block.html"


class DocumentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titre", max_length=200, required=False)
    document = DocumentChooserBlock(label="Document")

    class Meta:
        icon = "doc-full"
        label = "Document"
        template = "blocks/document_block.html"


class ResourceBlock(blocks.StreamBlock):
    link = LinkBlock()
    document = DocumentBlock()
