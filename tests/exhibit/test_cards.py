"""Share cards: a 1200 x 630 PNG for every ending, labelled, legible and never a 500."""

import io
import re
from collections.abc import Iterator

import pytest
from django.test import Client
from django.utils import translation
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw

from exhibit import cards
from exhibit.cards import Card, card_for_walk, cut, fit, font, render_card
from exhibit.page_cache import STORE
from scenarios.personas import PERSONAS
from scenarios.replay import all_paths, replay
from tests.exhibit.html import Page

ENDINGS = [(slug, answers) for slug in PERSONAS for answers in all_paths(slug)]
PAPER = (0xFB, 0xFA, 0xF7)
NUMBER = re.compile(r"\d[\d,]*")
LABEL = re.compile(r"\[(Official text|Named report|Source article|Our assumption)\]")


def query(answers: tuple[str, ...]) -> str:
    return f"?path={'.'.join(answers)}" if answers else ""


def card_url(slug: str, answers: tuple[str, ...]) -> str:
    return f"/walk/{slug}/end/card.png{query(answers)}"


def opened(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


@pytest.fixture
def english() -> Iterator[None]:
    with translation.override("en"):
        yield


def colours(image: Image.Image) -> set[object]:
    return {colour for _count, colour in image.getcolors(maxcolors=1 << 24) or []}


def glyph(char: str) -> bytes:
    """The pixels of one character drawn with the card font."""
    image = Image.new("L", (90, 90))
    ImageDraw.Draw(image).text((10, 75), char, font=font(58), fill=255, anchor="ls")
    return image.tobytes()


@pytest.mark.parametrize(("slug", "answers"), ENDINGS, ids=lambda v: v if isinstance(v, str) else ".".join(v))
def test_every_ending_has_a_card(client: Client, slug: str, answers: tuple[str, ...]) -> None:
    response = client.get(card_url(slug, answers))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == "public, max-age=86400"
    assert not response.cookies and "Set-Cookie" not in response.headers
    image = opened(response.content)
    assert image.format == "PNG"
    assert image.size == (1200, 630)
    assert image.mode == "RGB"


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(("slug", "answers"), ENDINGS, ids=lambda v: v if isinstance(v, str) else ".".join(v))
def test_every_number_on_a_card_carries_its_provenance(slug: str, answers: tuple[str, ...]) -> None:
    card = card_for_walk(replay(slug, answers))
    persona = PERSONAS[slug]
    assert card.fictional_persona
    assert card.title == persona.name and card.title_zh == persona.name_zh
    assert 1 <= len(card.lines) <= cards.MAX_LINES
    assert not NUMBER.search(card.title + card.subtitle + card.footer)
    for name, state in card.lines:
        assert not NUMBER.search(name), name
        # Each number is followed by a label before the next number or the end.
        pieces = NUMBER.split(state)
        assert all(LABEL.search(after) for after in pieces[1:]), state


@pytest.mark.usefixtures("english")
def test_a_card_shows_numbers_first_then_what_changed() -> None:
    card = card_for_walk(replay("gao-ming", ("ignore", "games", "refuse")))
    names = [name for name, _state in card.lines]
    states = dict(card.lines)
    assert names[:3] == [
        "Rongcheng personal credit points",
        "Sesame Credit (Zhima Credit)",
        "The court's list of dishonest debtors",
    ]
    assert states["Rongcheng personal credit points"] == "950 points [Our assumption], Grade B [Named report]"
    assert states["Sesame Credit (Zhima Credit)"] == "589 points [Our assumption] out of 950 [Source article]"
    assert states["The court's list of dishonest debtors"] == "Listed, owes 9,000 yuan [Our assumption]"
    assert card.subtitle == "How the year ended: Still on the list"
    assert "Gao Ming is not a real person." in card.footer


def test_the_ending_page_points_og_image_at_its_card(client: Client) -> None:
    answers = ("ignore", "games", "pay")
    response = client.get(f"/walk/gao-ming/end/{query(answers)}")
    page = Page(response.content.decode())
    meta = {m.get("property") or m.get("name"): m.get("content", "") for m in page.all("meta")}
    assert meta["og:image"] == "http://testserver" + card_url("gao-ming", answers)
    assert meta["og:image:width"] == "1200" and meta["og:image:height"] == "630"
    assert meta["og:type"] == "website"
    assert meta["og:title"] == "How the year ended for Gao Ming · Scored"
    assert "fictional persona" in meta["og:description"] and "simulation" in meta["og:description"]
    assert "Gao Ming" in meta["og:image:alt"]
    assert meta["og:url"] == "http://testserver/walk/gao-ming/end/?path=ignore.games.pay"
    assert meta["twitter:card"] == "summary_large_image"
    links = [a for a in page.all("a") if a.get("href") == card_url("gao-ming", answers)]
    assert len(links) == 1 and links[0]["download"] == "scored-gao-ming.png"
    assert "Download a picture of this ending" in response.content.decode()
    assert client.get(links[0]["href"]).status_code == 200


def test_the_og_image_follows_the_scheme_of_the_request(client: Client) -> None:
    html = client.get("/walk/gao-ming/end/?path=pay.games", secure=True).content.decode()
    og = next(m for m in Page(html).all("meta") if m.get("property") == "og:image")
    assert og["content"] == "https://testserver/walk/gao-ming/end/card.png?path=pay.games"


def test_the_htmx_fragment_of_the_ending_links_the_card_too(client: Client) -> None:
    html = client.get("/walk/gao-ming/end/?path=pay.games", headers={"HX-Request": "true"}).content.decode()
    assert 'href="/walk/gao-ming/end/card.png?path=pay.games"' in html
    assert "og:image" not in html


BAD = [
    ("/walk/nobody/end/card.png", 404),
    ("/walk/nobody/end/card.png?path=pay.games", 404),
    ("/walk/GAO-MING/end/card.png?path=pay.games", 404),
    ("/walk/gao-ming/end/card.jpg?path=pay.games", 404),
    ("/walk/gao-ming/end/card.png/", 404),
    ("/walk/gao-ming/end/card.png", 400),
    ("/walk/gao-ming/end/card.png?path=ignore.games", 400),
    ("/walk/gao-ming/end/card.png?path=pay.games.pay", 400),
    ("/walk/gao-ming/end/card.png?path=dance.games", 400),
    ("/walk/gao-ming/end/card.png?path=PAY.games", 400),
    ("/walk/gao-ming/end/card.png?path=pay..games", 400),
    ("/walk/gao-ming/end/card.png?path=pay.games&path=pay.course", 400),
    ("/walk/gao-ming/end/card.png?path=%3Cscript%3E", 400),
    ("/walk/gao-ming/end/card.png?path=" + "a." * 500, 400),
    ("/walk/gao-ming/end/card.png?path=%F0%9F%92%A5", 400),
]


@pytest.mark.parametrize(("url", "status"), BAD)
def test_a_bad_card_url_gets_the_exhibits_error_page(client: Client, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    assert "Cache-Control" not in response or "max-age=86400" not in response["Cache-Control"]
    html = response.content.decode()
    assert "<html" in html and "Start over" in html
    assert "<script>" not in html
    assert not response.cookies


def test_a_card_can_be_fetched_with_head_but_not_written(client: Client) -> None:
    url = card_url("gao-ming", ("pay", "games"))
    head = client.head(url)
    assert head.status_code == 200 and head["Content-Type"] == "image/png"
    assert client.post(url).status_code in (403, 405)


def test_cards_are_drawn_once_per_process_and_the_cache_is_bounded(client: Client) -> None:
    cards.ending_png.cache_clear()
    url = card_url("gao-ming", ("appeal", "course"))
    first = client.get(url).content
    STORE.clear()  # past the page cache: the drawing itself is kept too
    second = client.get(url).content
    info = cards.ending_png.cache_info()
    assert first == second
    assert info.hits >= 1 and info.misses == 1
    assert info.maxsize is not None and info.maxsize <= 1024


@pytest.mark.usefixtures("english")
def test_the_same_card_gives_the_same_bytes() -> None:
    card = card_for_walk(replay("gao-ming", ("ignore", "course", "pay")))
    assert render_card(card) == render_card(card)
    cards.ending_png.cache_clear()
    assert cards.ending_png("gao-ming", ("ignore", "course", "pay"), "en") == render_card(card)


def test_the_card_font_has_every_persona_name() -> None:
    cmap = TTFont(str(cards.FONT_PATH)).getBestCmap()
    for persona in PERSONAS.values():
        assert [c for c in persona.name + persona.name_zh if ord(c) not in cmap] == [], persona.slug


@pytest.mark.usefixtures("english")
def test_a_chinese_name_is_drawn_with_real_glyphs() -> None:
    box = glyph("\ue000")  # a private-use character: the font's box for a missing glyph
    assert glyph("\ue001") == box
    assert len({glyph("高"), glyph("明"), box}) == 3
    # The title row with the Chinese name has ink where the one without it has paper.
    plain = opened(render_card(Card(title="Gao Ming")))
    named = opened(render_card(Card(title="Gao Ming", title_zh="高明")))
    left = cards.MARGIN + font(58).getlength("Gao Ming") + 12
    area = (round(left), 100, 700, 180)
    assert ImageChops.difference(plain.crop(area), named.crop(area)).getbbox() is not None
    assert colours(plain.crop(area)) == {PAPER}


def test_an_absurdly_long_title_is_shortened_with_an_ellipsis() -> None:
    face = font(58)
    title = "An absurdly long title that goes on " * 200
    shortened = fit(title, face, 1088)
    assert shortened.endswith("…") and len(shortened) < 80
    assert face.getlength(shortened) <= 1088
    assert fit("Gao Ming", face, 1088) == "Gao Ming"
    assert fit("Gao\nMing  ", face, 1088) == "Gao Ming"
    assert cut("12,345 points", face, face.getlength("12,345 po…"), words=True) == "12,345…"


def test_nothing_is_drawn_in_the_margin_however_long_the_text() -> None:
    long = "W" * 5000
    card = Card(
        title=long,
        title_zh="高明" * 200,
        subtitle=long,
        lines=tuple((long, f"{'1,234 points [Our assumption] ' * 40}{long}") for _ in range(12)),
        footer=" ".join([long] * 10),
        fictional_persona=True,
    )
    image = opened(render_card(card))
    assert image.size == (1200, 630)
    right_margin = image.crop((1200 - cards.MARGIN + 2, 12, 1200, 630))
    assert colours(right_margin) == {PAPER}
    bottom = image.crop((0, 622, 1200, 630))
    assert colours(bottom) == {PAPER}


@pytest.mark.usefixtures("english")
def test_a_long_state_keeps_each_label_beside_its_number() -> None:
    tags = cards._Tags(font(23), font(17))
    state = "639 points [Our assumption] out of 950 [Source article], Grade A [Named report]"
    assert tags.layout(state, 2000) == [
        ("639 points", "Our assumption"),
        (" out of 950", "Source article"),
        (", Grade A", "Named report"),
    ]
    narrow = tags.layout(state, tags.width("639 points", "Our assumption") + 60)
    assert narrow[0] == ("639 points", "Our assumption")
    assert narrow[-1][0].endswith("…")
    for text, label in narrow[1:]:
        assert not NUMBER.search(text) or label, narrow  # a number shown keeps its label


def test_a_card_says_simulation_and_fictional_persona_only_when_asked() -> None:
    # The badges are drawn in the header; a persona card has one more of them.
    persona = opened(render_card(Card(title="A", fictional_persona=True)))
    other = opened(render_card(Card(title="A")))
    header = (56, 30, 1144, 94)
    assert ImageChops.difference(persona.crop(header), other.crop(header)).getbbox() is not None
    badge = font(30).getlength("Simulation") + 36
    simulation = (round(1144 - badge), 30, 1144, 94)  # the "Simulation" badge, on the right in both
    assert ImageChops.difference(persona.crop(simulation), other.crop(simulation)).getbbox() is None
