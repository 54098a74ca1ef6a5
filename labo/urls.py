from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from labo import health, pdf, views
from labo.api import api_router
from labo.csp import admin_csp
from labo.sitemap import SITEMAPS
from search import views as search_views

urlpatterns = [
    # Wagtail's own login form would skip allauth's rate limits and second factor.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    # The admin has its own, looser Content-Security-Policy: see labo.csp.
    path(
        "admin/",
        include(decorate_urlpatterns(wagtailadmin_urls.urlpatterns, admin_csp)),
    ),
    path("accounts/", include("allauth.urls")),
    path("profil/export/", views.profile_export, name="profile_export"),
    path("profil/", include("labo.accounts.urls")),
    path("documents/", include(wagtaildocs_urls)),
    # « Six mois après » answers and opt-outs: /contribuer/<id>/suivi/… (before the
    # contribution pages, whose patterns they share).
    path("contribuer/", include("experiences.follow_ups.urls")),
    path("contribuer/", include("experiences.urls")),
    path("discussions/", include("experiences.discussions.urls")),
    path("recherche/", search_views.search, name="search"),
    path("recherche/suggestions/", search_views.suggestions, name="search_suggestions"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}),
    path("healthz", health.healthz, name="healthz"),
    path("api/v2/", api_router.urls),
    # A write-up's or collection's PDF: its address plus "pdf/" (docs/printing.md).
    re_path(
        r"^(?P<section>experiences|dossiers)/(?P<slug>[-\w]+)/pdf/$",
        pdf.page_pdf,
        name="page_pdf",
    ),
    # A write-up's history for readers: its address plus "historique/".
    path("", include("experiences.history.urls")),
    # Wagtail sends visitors of a login-restricted page to its own login form,
    # plain Django's: it too would skip allauth's rate limits and second factor.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
]

# `make run` serves uploaded files itself, with DEBUG off as well; in production
# the proxy does.
if settings.LABO_SERVE_MEDIA:
    urlpatterns.append(
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

urlpatterns.append(path("", include(wagtail_urls)))

handler500 = "labo.errors.server_error"
