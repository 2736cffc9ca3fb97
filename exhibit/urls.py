"""Every address: the exhibit's pages and the classroom's."""

from django.urls import include, path

from exhibit.page_urls import urlpatterns as exhibit_pages

urlpatterns = [*exhibit_pages, path("", include("classroom.urls"))]

handler400 = "exhibit.views.bad_request"
handler404 = "exhibit.views.not_found"
handler500 = "exhibit.views.server_error"
