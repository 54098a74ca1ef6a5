from django.urls import path

from labo.accounts import views

urlpatterns = [
    path("", views.profile, name="profile"),
    path("supprimer/", views.profile_delete, name="profile_delete"),
]
