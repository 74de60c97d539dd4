"""Round 12 (issue 16): a news portal in another language names its editorial desk in the markup ("Redaksi Kabar
Kota") while the page's byline names the writer ("Penulis: NAME | Editor: NAME"). The desk and the site's name name
the site, not a writer, so the visible byline outranks it as it outranks the site's own name (SPEC: the visible
byline outranks markup naming the site's team). The desk words come from the language tables (``desk``). Pages in
our own words, in languages no labelled page used for it."""

from __future__ import annotations

import pytest

from tests.conftest import html_author as author_of

PORTAL = ("<html><head><title>{title} - {site}</title><meta name='author' content='{meta}'></head><body>"
          "<article><h1>{title}</h1><div class='article__author'>{byline}</div>"
          "<p>{text}</p></article></body></html>")
TEXT_ES = ("El agua es la factura que más crece sin que nadie lo note, y basta con cambiar algunos hábitos de la "
           "casa para que baje en pocas semanas sin renunciar a nada importante.")


@pytest.mark.parametrize(("meta", "site", "byline", "writer"), [
    ("Redacción El Diario Norte", "El Diario Norte", "Por Lucía Fernández Ortega", "Lucía Fernández Ortega"),
    ("Redakce Zahradní noviny", "Zahradní noviny", "Autor: Jana Dvořáková", "Jana Dvořáková"),
    ("Redazione Gazzetta del Lago", "Gazzetta del Lago", "Autore: Marco Bellini", "Marco Bellini"),
])
def test_the_sites_desk_in_the_markup_gives_way_to_the_byline_shown(meta, site, byline, writer):
    html = PORTAL.format(title="Cinco formas de gastar menos agua", site=site, meta=meta, byline=byline,
                         text=TEXT_ES)
    assert author_of(html) == writer


def test_a_desk_of_another_site_is_not_this_sites():
    # the desk named is not the page's site: the usual order of the credits decides (the markup's author first)
    html = PORTAL.format(title="Cinco formas de gastar menos agua", site="El Diario Norte",
                         meta="Redacción Agua Hoy", byline="Por Lucía Fernández Ortega", text=TEXT_ES)
    assert author_of(html) != "Lucía Fernández Ortega"
