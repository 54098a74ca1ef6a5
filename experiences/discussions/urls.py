from django.urls import path, re_path

from experiences.discussions import views

urlpatterns = [
    path("<int:page_id>/", views.comment_create, name="comment_create"),
    path("<int:page_id>/suivre/", views.thread_follow, name="thread_follow"),
    path("message/<int:comment_id>/modifier/", views.comment_edit, name="comment_edit"),
    path(
        "message/<int:comment_id>/supprimer/",
        views.comment_delete,
        name="comment_delete",
    ),
    path(
        "message/<int:comment_id>/signaler/",
        views.comment_report,
        name="comment_report",
    ),
    path(
        "message/<int:comment_id>/reponse/",
        views.comment_mark_answer,
        name="comment_mark_answer",
    ),
    # Up to 18 digits: a longer number is no message (a 404, not SQLite's 500).
    re_path(
        r"^message/(?P<comment_id>[0-9]{1,18})/en-faire-une-fiche/$",
        views.comment_write_up,
        name="comment_write_up",
    ),
    path(
        "desabonnement/<str:token>/",
        views.thread_unsubscribe,
        name="discussion_unsubscribe",
    ),
]
