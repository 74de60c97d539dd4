"""Round 27 (issue 16): a licence link inside a later post of a page of several posts is that post's own, never
the first post's; in our own words (an invented site and writers).
"""

from __future__ import annotations

from pipeline.text import licence as lic
from tests.conftest import file_articles

POST = ("<p>Most of us plan a garden in January and forget the plan by May. These habits keep mine on track.</p>"
        "<h3>Write the plan on one page</h3><p>A page fits on the shed door, where you will actually read it.</p>"
        "<h3>Plan by month, not by bed</h3><p>Jobs come round with the seasons, so list them by month.</p>"
        "<h3>Leave a fifth of it empty</h3><p>Something always fails, and a gap is where the second sowing goes.</p>")


def _archive(middle_notice: str, footer: str) -> str:
    def post(title: str, writer: str, notice: str = "") -> str:
        return (f'<article id="post-{len(title)}" class="post type-post status-publish">'
                f'<header class="entry-header"><h2 class="entry-title"><a href="/x/">{title}'
                f'</a></h2><div class="entry-meta"><span class="byline">By <span class="author vcard">{writer}'
                f'</span></span></div></header><div class="entry-content">{POST}{notice}</div>'
                '<footer class="entry-footer">Tagged <a href="/tag/planning/" rel="tag">planning</a></footer>'
                "</article>\n")
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>planning Archives - Seedbox</title>'
            '<meta property="og:site_name" content="Seedbox"></head><body>'
            '<header class="site-header"><a href="/" rel="home">Seedbox</a></header><main>'
            '<header class="page-header"><h1 class="page-title">Tag: <span>planning</span></h1>'
            '<div class="archive-description"><p>Everything our writers have said about planning.</p></div></header>\n'
            + post("Plan the year on one page", "Oksana Hrytsenko")
            + post("A calendar for the smallest plot", "Teodora Vlahović", middle_notice)
            + post("Order seed before Christmas", "Kwabena Asante-Mills")
            + f'</main><footer class="site-footer"><p class="site-info">{footer}</p></footer></body></html>')


NOTICE = ('<p class="post-licence">This article is published under a <a rel="license" '
          'href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike 4.0</a> '
          "licence.</p>")


FOOTER = "© 2026 Seedbox Media Ltd. All rights reserved. No part of this site may be reproduced without our written " \
         "permission."


def test_a_later_posts_own_licence_line_never_reaches_the_first_post(tmp_path):
    path = tmp_path / "archive.html"
    path.write_text(_archive(NOTICE, FOOTER), encoding="utf-8")
    tags = [a.licence.tag if a.licence else lic.NOASSERTION for a in file_articles(path)]
    # (the middle post's own line, trimmed here at its text's edge, is lost to it: a left-over, no false grant)
    assert tags[0] == tags[2] == lic.ALL_RIGHTS_RESERVED


def test_a_later_posts_own_licence_link_is_its_own_and_the_sites_all_rights_footer_covers_the_others(tmp_path):
    listed = ("<ol><li><strong>Sow little and often.</strong> A row every fortnight beats one glut in June.</li>"
              "<li><strong>Grow up, not out.</strong> Beans and squash on a frame leave the ground for salads.</li>"
              "<li><strong>Pick young.</strong> Small courgettes keep the plant making more.</li></ol>" + NOTICE)
    path = tmp_path / "archive.html"
    path.write_text(_archive(listed, FOOTER), encoding="utf-8")
    tags = [a.licence.tag if a.licence else lic.NOASSERTION for a in file_articles(path)]
    assert tags == [lic.ALL_RIGHTS_RESERVED, "CC-BY-SA-4.0", lic.ALL_RIGHTS_RESERVED]


def test_with_a_bare_site_footer_only_the_post_with_the_link_is_licensed(tmp_path):
    path = tmp_path / "archive.html"
    path.write_text(_archive(NOTICE, "© 2026 Seedbox"), encoding="utf-8")
    tags = [a.licence.tag if a.licence else lic.NOASSERTION for a in file_articles(path)]
    assert tags == [lic.NOASSERTION, "CC-BY-SA-4.0", lic.NOASSERTION]



def _one_post(head: str, body_link: str = "") -> str:
    return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Pedalear con frío</title>'
            f'{head}</head><body><header><a href="/">Rueda Libre</a></header><main><article><h1>Pedalear con frío</h1>'
            "<p>Mucha gente guarda la bici cuando llegan las heladas, y es una pena: con un poco de preparación el "
            "frío deja de ser una excusa. Estos son los hábitos de seis inviernos pedaleando al trabajo.</p>"
            "<h2>1. Lleva guantes finos</h2><p>Dos pares finos abrigan más que uno grueso y dejan frenar bien.</p>"
            f"{body_link}</article></main><footer><p>© 2026 Rueda Libre · Aviso legal</p></footer></body></html>")


def test_the_heads_licence_link_is_the_pages_for_every_piece_on_it():
    from pipeline.text.extract import html_to_text
    from pipeline.text.plain import PAGE_WIDE_LICENCE

    doc = html_to_text(_one_post('<link rel="license" href="https://creativecommons.org/licenses/by/4.0/">'))
    assert doc.meta.licence.tag == "CC-BY-4.0" and doc.meta.sources["licence"] == PAGE_WIDE_LICENCE
    # negation: a link in the text's own line stays where it stands (the piece's, read with it)
    inline = ('<p>Texto bajo <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.'
              "</p>")
    assert html_to_text(_one_post("", inline)).meta.sources.get("licence") != PAGE_WIDE_LICENCE
