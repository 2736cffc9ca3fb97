"""Hostile and broken URLs get a clear 400 or 404 in the exhibit's layout, never a 500."""

import pytest
from django.test import Client

HOSTILE = [
    ("/walk/nobody/", 404),
    ("/walk/nobody/1/", 404),
    ("/walk/nobody/end/", 404),
    ("/walk/gao-ming/0/", 404),
    ("/walk/gao-ming/99/?path=pay.games", 404),
    ("/walk/gao-ming/99999999999999999999999/?path=pay.games", 404),
    ("/walk/gao-ming/99999999999999999999999/", 400),
    ("/walk/gao-ming/-1/", 404),
    ("/walk/gao-ming/abc/", 404),
    ("/walk/GAO-MING/1/", 404),
    ("/walk/gao-ming/../../etc/passwd", 404),
    ("/walk/%00/", 404),
    ("/no/such/page", 404),
    ("/walk/gao-ming/5/", 400),
    ("/walk/gao-ming/2/?path=ignore", 400),
    ("/walk/gao-ming/4/?path=dance", 400),
    ("/walk/gao-ming/4/?path=pay&path=ignore", 400),
    ("/walk/gao-ming/4/?path=PAY", 400),
    ("/walk/gao-ming/4/?path=pay..games", 400),
    ("/walk/gao-ming/4/?path=%3Cscript%3Ealert(1)%3C/script%3E", 400),
    ("/walk/gao-ming/4/?path=" + "a." * 500, 400),
    ("/walk/gao-ming/4/?path=%F0%9F%92%A5", 400),
    ("/walk/gao-ming/5/?path=ignore.games", 400),
    ("/walk/gao-ming/end/", 400),
    ("/walk/gao-ming/end/?path=ignore.games", 400),
    ("/walk/gao-ming/end/?path=pay.games.pay", 400),
    ("/walk/gao-ming/end/?path=x", 400),
    ("/systems/nobody/", 404),
    ("/systems/Rongcheng/", 404),
    ("/systems/rongcheng/extra/", 404),
    ("/systems/%3Cscript%3E/", 404),
    ("/compare/nothing/", 404),
    ("/compare/JAYWALK/", 404),
    ("/compare/jaywalk/../../", 404),
    ("/compare/" + "a" * 300 + "/", 404),
    ("/claims/x/", 404),
]


@pytest.mark.parametrize(("url", "status"), HOSTILE)
def test_a_hostile_url_gets_a_clear_page(client: Client, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    html = response.content.decode()
    assert "<html" in html and "Start over" in html
    assert "<script>alert" not in html


@pytest.mark.parametrize(("url", "status"), HOSTILE)
def test_a_hostile_htmx_request_gets_a_fragment_with_a_way_back(
    client: Client, url: str, status: int
) -> None:
    response = client.get(
        url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="#step<>", HTTP_HX_CURRENT_URL="javascript:x"
    )
    assert response.status_code == status
    html = response.content.decode()
    assert "<html" not in html and 'id="step"' in html and "Start over" in html


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
@pytest.mark.parametrize("url", ["/walk/gao-ming/1/", "/systems/", "/compare/jaywalk/", "/claims/"])
def test_writing_methods_are_refused(client: Client, method: str, url: str) -> None:
    response = getattr(client, method)(url)
    assert response.status_code in (403, 405)


def test_a_malformed_host_header_is_a_400_not_a_500(client: Client) -> None:
    assert client.get("/", HTTP_HOST="evil.example").status_code == 400


def test_a_fault_renders_the_error_page_in_the_layout(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exhibit import panels

    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(panels, "panels", broken)
    client.raise_request_exception = False
    response = client.get("/walk/gao-ming/1/")
    assert response.status_code == 500
    assert "Start over" in response.content.decode()
