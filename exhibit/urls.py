"""Every address: the exhibit's pages and the classroom's."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from exhibit.page_urls import urlpatterns as exhibit_pages

# English at the unprefixed addresses, Chinese under /zh-hans/: the same pages.
urlpatterns = i18n_patterns(
    *exhibit_pages, path("", include("classroom.urls")), prefix_default_language=False
)

handler400 = "exhibit.views.bad_request"
handler404 = "exhibit.views.not_found"
handler500 = "exhibit.views.server_error"
