"""Round 18: a site's footer line that reserves every right in words and goes on, on the same line, with its own
conditions (a refusal or a link-back demand in words the tables do not read): the whole line is the notice, under
the comments and the related links. Pages written in our own words."""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.text import licence as lic

PAGE = """Kuzey Bahçe > Öneriler

Kışa girmeden toprağı hazırlamak

Sonbaharda toprağı dinlendirmek, bahar ekiminin yarısıdır. Her yıl aynı yatağı kullanıyorsanız bunlar işinize yarar.

Yaprakları toplayıp yatağın üstüne serin. Kış boyunca çürüyüp toprağı besler.

Kazmayı bırakın: toprağı ters çevirmek içindeki canlıları öldürür, sadece üstünü gevşetin.

Yorumlar (2)
Melek: Çok faydalı, teşekkürler.
Orhan: Yaprakları ben de kullanıyorum.

Benzer yazılar
• Balkonda domates
• Kompost nasıl yapılır

© 2019–2024 Kuzeybahce.example. {reserved} Zalaqa linki olmadan heç nə götürməyin, xahiş edirik.
"""


def licence(tmp_path, reserved: str) -> str | None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE.format(reserved=reserved), encoding="utf-8")
    [article] = [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]
    return article.licence.tag if article.licence else None


def test_a_reserving_footer_line_that_goes_on_is_the_page_s_notice(tmp_path):
    assert licence(tmp_path, "Bütün hüquqlar qorunur.") == lic.ALL_RIGHTS_RESERVED


def test_a_bare_site_mark_that_goes_on_reserves_nothing(tmp_path):
    assert licence(tmp_path, "") == lic.NOASSERTION


FEED = """Reader export - 1 entry

FEED
  Title:     Millbrook Runners - Training Log
  Link:      https://millbrook.example/log/
  Rights:    {rights}

ENTRY 1 of 1
Title:      Easing back in after a winter off
Author:     Tomasz Wiśniewski-Hale

Content:

Most of us lose more fitness over a lay-off than we admit. Come back slowly and you will be racing by spring.

Run three short easy sessions in the first week and nothing else. Keep every run conversational.

Add one longer run in the second week, no more than half as long again as the others.
"""


def feed_licence(tmp_path, rights: str) -> str | None:
    path = tmp_path / "feed.txt"
    path.write_text(FEED.format(rights=rights), encoding="utf-8")
    [article] = [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]
    return article.licence.tag if article.licence else None


def test_a_feed_s_rights_field_over_its_entries_licenses_each_entry(tmp_path):
    assert feed_licence(tmp_path, "Posts are by our members and shared under CC BY-SA 4.0.") == "CC-BY-SA-4.0"


def test_a_feed_s_rights_field_about_its_photos_licenses_no_entry(tmp_path):
    assert feed_licence(tmp_path, "Photos on this log are shared under CC BY 4.0.") != "CC-BY-4.0"
