"""The exhibit in Simplified Chinese: a complete catalogue, every page, quotes kept verbatim."""

import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from django.test import Client
from fontTools.ttLib import TTFont

from exhibit.cards import FONT_PATH
from scenarios.evidence import QUOTES
from scenarios.evidence.quotes_zh import QUOTES_ZH
from scenarios.personas import PERSONAS
from tests.exhibit.crawl import reachable
from tests.exhibit.html import Page
from tests.exhibit.rendered import text_of

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
ENTRY = re.compile(r'^msgid "(.*?)"\n((?:".*"\n)*)msgstr(?:\[0\])? "(.*?)"\n((?:".*"\n)*)', re.M)


@cache
def messages() -> dict[str, str]:
    """msgid -> msgstr of the Chinese catalogue (plural entries by their singular)."""
    text = CATALOGUE.read_text(encoding="utf-8")
    text = re.sub(r'^msgid_plural ".*"\n(?:".*"\n)*', "", text, flags=re.M)

    def joined(first: str, rest: str) -> str:
        escaped = first + "".join(line[1:-1] for line in rest.splitlines())
        return escaped.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")

    return {joined(m[1], m[2]): joined(m[3], m[4]) for m in ENTRY.finditer(text) if joined(m[1], m[2])}


def test_the_catalogue_has_no_untranslated_and_no_fuzzy_entry() -> None:
    checked = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(CATALOGUE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert "untranslated" not in checked.stderr and "fuzzy" not in checked.stderr, checked.stderr
    assert "#, fuzzy" not in CATALOGUE.read_text(encoding="utf-8")
    assert all(messages().values())


def test_the_catalogue_holds_every_message_the_code_and_templates_have_now(tmp_path: Path) -> None:
    """makemessages over a copy of the project adds no new entry: nothing is left in English."""
    for folder in ("classroom", "exhibit", "scenarios", "templates", "locale"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__", "*.mo")
        )
    shutil.copy(ROOT / "manage.py", tmp_path)
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "manage.py", "makemessages", "-l", "zh_Hans", "-v0"],
        cwd=tmp_path,
        check=True,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(tmp_path),
            "DJANGO_SETTINGS_MODULE": "exhibit.settings",
        },
    )
    fresh = (tmp_path / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    untranslated = re.findall(r'^msgid "(.+)"\nmsgstr ""\n\n', fresh, flags=re.M)
    assert untranslated == [], untranslated[:10]


@cache
def plural_messages() -> frozenset[str]:
    """Singulars with a plural form: Chinese has one form, which follows the plural's placeholders."""
    text = CATALOGUE.read_text(encoding="utf-8")
    return frozenset(re.findall(r'^msgid "(.*)"\nmsgid_plural', text, flags=re.M))


def test_placeholders_and_tags_survive_translation() -> None:
    for english, chinese in messages().items():
        if english in plural_messages():
            continue
        for pattern in (r"%\(\w+\)[sd]", r"</?[a-z]+[^>]*>"):
            assert sorted(re.findall(pattern, english)) == sorted(re.findall(pattern, chinese)), english


# Numbers a Chinese reader writes otherwise: 1.3 billion is 13亿, a date is 年月日.
WRITTEN_IN_CHINESE = {
    "claim.comprehensive_rating": {"1.3": "13亿"},
    "claim.score_each_citizen": {"1.3": "13亿"},
    "claim.wechat_users": {"850": "8.5亿"},
    "tencent_credit.wechat_users": {"850": "8.5亿"},
    "surveillance.bbc_test": {"170": "1.7亿"},
    "claim.ant_does_not_own": {"24.01.19": "2019年1月24日"},
}


def test_every_quote_has_the_exhibits_chinese_translation_with_its_numbers() -> None:
    assert set(QUOTES_ZH) == set(QUOTES)
    for quote_id, text in QUOTES_ZH.items():
        assert CJK.search(text), quote_id
        for number in re.findall(r"\d[\d,.]*\d|\d", QUOTES[quote_id].text):
            written = WRITTEN_IN_CHINESE.get(quote_id, {}).get(number, number)
            assert written.replace(",", "") in text.replace(",", ""), (quote_id, number)


def test_a_quote_stays_in_english_with_the_translation_beside_it_labelled(client: Client) -> None:
    html = client.get("/zh-hans/sources/").content.decode()
    quote = next(iter(QUOTES.values()))
    assert f'<blockquote lang="en">{quote.text}' in html.replace("&#x27;", "'").replace("&quot;", '"')
    assert 'class="quote__translation" lang="zh-Hans"' in html
    assert "本展览的译文" in html
    assert 'class="quote__translation"' not in client.get("/sources/").content.decode()


@cache
def chinese_pages() -> tuple[str, ...]:
    return reachable("/zh-hans/")


def test_the_chinese_crawl_reaches_every_kind_of_page_and_stays_in_chinese(client: Client) -> None:
    urls = chinese_pages()
    for prefix in ("/zh-hans/walk/", "/zh-hans/systems/", "/zh-hans/compare/", "/zh-hans/claims/"):
        assert any(url.startswith(prefix) for url in urls), prefix
    assert all(url.startswith("/zh-hans/") for url in urls), [
        u for u in urls if not u.startswith("/zh-hans/")
    ]


LONG_ENGLISH = re.compile(r"^[A-Z][a-z]+(?: [a-z,']+){5,}")


@cache
def long_english_messages() -> tuple[str, ...]:
    """English sentences of the catalogue that would betray an untranslated string on a page."""
    return tuple(m for m in messages() if LONG_ENGLISH.match(m) and "%(" not in m and "<" not in m)


@pytest.mark.parametrize("url", chinese_pages())
def test_every_chinese_page_is_in_chinese(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="zh-Hans">' in html
    text = text_of(re.sub(r'<(blockquote|q|cite|span|p) lang="en".*?</\1>', "", html, flags=re.S))
    left = [m for m in long_english_messages() if m in text]
    assert left == [], left[:5]
    for persona in PERSONAS.values():
        if persona.name_zh and persona.slug in url:
            assert persona.name_zh in html


def test_every_character_of_the_chinese_catalogue_is_in_the_share_cards_font() -> None:
    cmap = TTFont(FONT_PATH).getBestCmap()
    used = {ch for text in [*messages().values(), *QUOTES_ZH.values()] for ch in CJK.findall(text)}
    missing = sorted(ch for ch in used if ord(ch) not in cmap)
    assert missing == [], "".join(missing[:50])


def test_a_share_card_in_chinese_is_drawn(client: Client) -> None:
    english = client.get("/walk/gao-ming/end/card.png?path=ignore.games.pay")
    chinese = client.get("/zh-hans/walk/gao-ming/end/card.png?path=ignore.games.pay")
    assert chinese.status_code == 200 and chinese["Content-Type"] == "image/png"
    assert chinese.content != english.content


def _story_characters(text: str) -> int:
    return len(CJK.findall(text))


def test_each_chinese_beat_fits_a_screen_as_the_english_does() -> None:
    """English: 30-70 words a beat, at most 25 a sentence. Chinese: about 1.8 characters a
    word (measured on this catalogue's beats), so 40-150 characters, at most 60 a sentence."""
    from scenarios.replay import all_paths, replay

    for persona in PERSONAS.values():
        for answers in all_paths(persona.slug):
            for frame in replay(persona.slug, answers).frames:
                chinese = messages()[frame.beat.text]
                assert 40 <= _story_characters(chinese) <= 150, chinese
                for sentence in re.split(r"[。！？]", chinese):
                    assert _story_characters(sentence) <= 60, sentence


def test_links_inside_a_chinese_page_are_chinese_pages(client: Client) -> None:
    html = client.get("/zh-hans/walk/gao-ming/4/?path=ignore").content.decode()
    for attrs in Page(html).all("a"):
        href = attrs.get("href", "")
        if href.startswith("/") and not href.startswith("/static/") and "hreflang" not in attrs:
            assert href.startswith("/zh-hans/"), href
