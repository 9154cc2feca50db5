from django.urls import include, path

from chaperone.api import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("", include("chaperone.web.urls")),
]
