from django.urls import re_path

from experiences.history import views

# Slugs as Wagtail allows them (letters beyond ASCII included), as the PDF's
# address reads them.
urlpatterns = [
    re_path(
        r"^experiences/(?P<slug>[-\w]+)/historique/$",
        views.history,
        name="write_up_history",
    ),
    re_path(
        r"^experiences/(?P<slug>[-\w]+)/historique/comparer/$",
        views.compare,
        name="write_up_compare",
    ),
]
