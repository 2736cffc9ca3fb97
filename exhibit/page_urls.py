"""The exhibit's own pages: also served inside a lesson, under its address (classroom.views.walk)."""

from django.urls import path

from exhibit import views

urlpatterns = [
    path("", views.start, name="start"),
    path("walk/<slug:persona>/", views.persona_start, name="persona"),
    path("walk/<slug:persona>/<int:number>/", views.step, name="step"),
    path("walk/<slug:persona>/end/", views.ending, name="ending"),
    path("walk/<slug:persona>/end/card.png", views.ending_card, name="ending_card"),
    path("systems/", views.systems_index, name="systems"),
    path("systems/<slug:system>/", views.system_page, name="system"),
    path("compare/", views.compare_index, name="compare_index"),
    path("compare/<slug:event>/", views.compare_event, name="compare"),
    path("claims/", views.claims, name="claims"),
    path("you/", views.you_questions, name="you"),
    path("you/result/", views.you_result, name="you_result"),
    path("you/result/card.png", views.you_card, name="you_card"),
    path("sources/", views.sources_page, name="sources"),
    path("perspectives/", views.perspectives, name="perspectives"),
    path("healthz", views.healthz, name="healthz"),
]
