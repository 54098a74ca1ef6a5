"""The panel of the write-up's edit view that shows what the personal-data check
finds, field by field, with the passages marked."""

from django.utils.functional import cached_property
from wagtail.admin.panels import Panel

from experiences.admin_forms import TEXT_FIELDS, page_texts
from experiences.personal_data import passages, personal_data_find


class PersonalDataPanel(Panel):
    """Absent when the check finds nothing. After a member's refused save, it
    shows the submitted text and the confirmation box; otherwise the write-up as
    it was last saved, for the coordinators who review it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", "Données personnelles possibles")
        super().__init__(*args, **kwargs)

    def get_form_options(self):
        # The confirmation box is this panel's, shown after a refused save only;
        # unclaimed, Wagtail would render it bare under the form on every visit.
        return {"fields": ["personal_data_confirmed"]}

    class BoundPanel(Panel.BoundPanel):
        template_name = "experiences/admin/personal_data_panel.html"

        @cached_property
        def refused(self):
            return bool(getattr(self.form, "personal_data_findings", None))

        @cached_property
        def fields(self):
            """(label, passages) of each field with findings, and the findings."""
            if self.refused:
                texts = self.form.personal_data_texts
                findings = self.form.personal_data_findings
            elif self.instance is not None and self.instance.pk:
                texts = page_texts(self.instance)
                findings = personal_data_find(texts)
            else:
                return []
            shown = []
            for field in TEXT_FIELDS:
                found = [f for f in findings if f.field == field.name]
                if found:
                    text = texts[field.name]
                    shown.append((field.label, passages(text, found), found))
            return shown

        def is_shown(self):
            return bool(self.fields)

        def get_context_data(self, parent_context=None):
            return {
                **super().get_context_data(parent_context),
                "fields": self.fields,
                "refused": self.refused,
                "confirm": self.form["personal_data_confirmed"]
                if "personal_data_confirmed" in self.form.fields
                else None,
            }
