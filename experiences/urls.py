from django.urls import path, register_converter

from experiences import views


class WriteUpIdConverter:
    """A page id, up to 18 digits: a longer number is no page, and SQLite cannot
    even compare it (a 404, not a 500)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(WriteUpIdConverter, "write_up_id")

urlpatterns = [
    path("", views.contribution_list, name="contribution_list"),
    path("nouvelle/", views.contribution_create, name="contribution_create"),
    path(
        "reproduire/<write_up_id:page_id>/",
        views.contribution_reproduce,
        name="contribution_reproduce",
    ),
    path("<write_up_id:page_id>/", views.contribution_edit, name="contribution_edit"),
    path(
        "<write_up_id:page_id>/autosave/",
        views.contribution_autosave,
        name="contribution_autosave",
    ),
]
