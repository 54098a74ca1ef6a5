"""Editorial blocks shared by standard pages and strategy notes."""

from wagtail import blocks


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = "Intertitre"
        template = "blocks/heading_block.html"
        form_classname = "title"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Citation")
    source = blocks.CharBlock(label="Source", required=False)

    class Meta:
        icon = "openquote"
        label = "Citation"
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "Le numérique ne remplace pas le lien, il l'élargit.",
            "source": "Une conseillère",
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label="Paragraphe",
        icon="pilcrow",
        features=["bold", "italic", "link", "ol", "ul"],
    )
    quote = QuoteBlock()
