from django.urls import path

from classroom import pages, views

urlpatterns = [
    path("class/", views.start, name="class_start"),
    path("class/privacy/", pages.privacy, name="class_privacy"),
    path("class/guide/", pages.guide, name="class_guide"),
    path("class/guide/worksheet/", pages.worksheet, name="class_worksheet"),
    path("class/guide/answers/", pages.answers, name="class_answers"),
    path("class/t/<str:secret>/", views.dashboard, name="class_dashboard"),
    path("class/t/<str:secret>/live/", views.live, name="class_live"),
    path("class/t/<str:secret>/projector/", views.projector, name="class_projector"),
    path("class/t/<str:secret>/pattern/", views.join_pattern, name="class_pattern"),
    path("class/t/<str:secret>/do/", views.act, name="class_act"),
    path("class/t/<str:secret>/results.csv", views.results_csv, name="class_csv"),
    path("class/t/<str:secret>/summary/", views.summary, name="class_summary"),
    path("join/", views.join, name="class_join"),
    path("class/<str:code>/", views.home, name="class_home"),
    path("class/<str:code>/nickname/", views.nickname, name="class_nickname"),
    path("class/<str:code>/poll/", views.poll, name="class_poll"),
    path("class/<str:code>/results/", views.class_results, name="class_results"),
    path("class/<str:code>/opened/", views.opened, name="class_open"),
    path("class/<str:code>/<path:rest>", views.walk, name="class_walk"),
]
