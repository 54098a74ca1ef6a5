from django.urls import path

from experiences.follow_ups import views

urlpatterns = [
    path("<int:page_id>/suivi/", views.follow_up_answer, name="follow_up_answer"),
    path(
        "suivi/sans-e-mail/<str:token>/",
        views.follow_up_opt_out,
        name="follow_up_opt_out",
    ),
]
