from django.urls import path

from exhibit import views

urlpatterns = [
    path("", views.start, name="start"),
    path("walk/<slug:persona>/", views.persona_start, name="persona"),
    path("walk/<slug:persona>/<int:number>/", views.step, name="step"),
    path("walk/<slug:persona>/end/", views.ending, name="ending"),
    path("healthz", views.healthz, name="healthz"),
]

handler400 = "exhibit.views.bad_request"
handler404 = "exhibit.views.not_found"
handler500 = "exhibit.views.server_error"
