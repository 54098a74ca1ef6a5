from django.urls import path

from experiences import views

urlpatterns = [
    path("", views.contribution_list, name="contribution_list"),
    path("nouvelle/", views.contribution_create, name="contribution_create"),
    path(
        "reproduire/<int:page_id>/",
        views.contribution_reproduce,
        name="contribution_reproduce",
    ),
    path("<int:page_id>/", views.contribution_edit, name="contribution_edit"),
    path(
        "<int:page_id>/autosave/",
        views.contribution_autosave,
        name="contribution_autosave",
    ),
]
