"""Licences an HTML page states in its markup or in the footer extraction trims (issue 16, round 2).

Every page here is written in our own words; each case names the markup shape it reproduces.
"""

from __future__ import annotations

import json

import pytest

from bench.labels import clean_through
from pipeline.text.extract import html_to_text

BODY = ("<p>" + "Sharpen a chisel on the coarse stone first, then on the fine one, and stop when a burr forms. " * 3
        + "</p>")


def page(head: str = "", article_end: str = "", footer: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Sharpening A Chisel</title>{head}"
            f"</head><body><nav><a href='/'>Home</a> <a href='/tools'>Tools</a></nav><article><h1>Sharpening A "
            f"Chisel</h1>{BODY}{article_end}</article><footer>{footer}</footer></body></html>")


def ld(obj: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


CC_BY = "https://creativecommons.org/licenses/by/4.0/"


@pytest.mark.parametrize("html, tag", [
    # JSON-LD: the article object's license as a URL, as an object with @id, in a @graph, in a list
    (page(ld({"@context": "https://schema.org", "@type": "BlogPosting", "license": CC_BY})), "CC-BY-4.0"),
    (page(ld({"@type": "Article", "license": {"@id": "https://creativecommons.org/licenses/by-sa/4.0/"}})),
     "CC-BY-SA-4.0"),
    (page(ld({"@graph": [{"@type": "WebSite", "name": "Bench Notes"},
                         {"@type": "Article", "license": ["https://creativecommons.org/licenses/by-nc/3.0/"]}]})),
     "CC-BY-NC-3.0"),
    (page(ld({"@type": "WebPage", "mainEntity": {"@type": "Article", "license": "CC BY-SA"}})),
     "LicenseRef-cc-by-sa-unversioned"),
    # <link rel=license> in the head, <a rel="license noopener"> in the text
    (page("<link rel='license' href='https://creativecommons.org/licenses/by-nc-sa/3.0/'>"), "CC-BY-NC-SA-3.0"),
    (page(article_end="<p>Licence: <a rel='license noopener' href='https://creativecommons.org/licenses/by-nd/4.0/'>"
                      "BY-ND</a></p>"), "CC-BY-ND-4.0"),
    # schema.org microdata: <link itemprop=license>, <a itemprop=license>, <meta itemprop=license>
    (page("<link itemprop='license' href='https://creativecommons.org/licenses/by-sa/3.0/'>"), "CC-BY-SA-3.0"),
    (page(article_end="<p><a itemprop='license' href='https://creativecommons.org/licenses/by-nc/4.0/'>Licence</a>"
                      "</p>"), "CC-BY-NC-4.0"),
    (page("<meta itemprop='license' content='https://creativecommons.org/licenses/by/4.0/'>"), "CC-BY-4.0"),
    # <meta> rights: Dublin Core or the plain names, with or without a version
    (page("<meta name='dc.rights' content='Creative Commons Attribution-ShareAlike'>"),
     "LicenseRef-cc-by-sa-unversioned"),
    (page("<meta name='DCTERMS.rights' content='Creative Commons Attribution 3.0 Unported'>"), "CC-BY-3.0"),
    (page("<meta name='copyright' content='CC BY-NC'>"), "LicenseRef-cc-by-nc-unversioned"),
    (page("<meta name='license' content='cc by-sa 4.0'>"), "CC-BY-SA-4.0"),
    (page("<meta name='dcterms.rights' content='© 2021 Harbour Press. All rights reserved.'>"),
     "LicenseRef-all-rights-reserved"),
    # the site's CC line for its texts in the footer
    (page(footer="<p>Text on this blog is shared under a Creative Commons Attribution licence. Pictures are not.</p>"),
     "LicenseRef-cc-by-unversioned"),
    (page(footer="<p>© 2020 Bench Notes · Except where noted, posts here are licensed CC BY-NC 4.0.</p>"),
     "CC-BY-NC-4.0"),
    # traps: an image's licence, a bare site mark, pictures licensed, a permission line beside a site CC footer
    (page(ld({"@type": "Article", "image": {"@type": "ImageObject", "license": CC_BY}})), None),
    (page(ld({"@graph": [{"@type": "ImageObject", "license": CC_BY}, {"@type": "Article"}]})), None),
    (page("<meta name='copyright' content='© 2021 Jane Ashdown'>"), None),
    (page(footer="<p>Photos on this site are licensed under CC BY 2.0.</p>"), None),
    (page(footer="<p>Theme and logo © 2019 Bench Notes; reader contributions licensed under cc by-sa 3.0.</p>"),
     "CC-BY-SA-3.0"),
    (page(footer="<p>Reprinted with permission from the author.</p><p>Content on this site is CC BY 4.0.</p>"),
     "LicenseRef-used-with-permission"),
    # round 3: a rel=license link whose words are the article's own terms (a directory's "publisher terms" link)
    (page(article_end="<p><a rel='license' href='/publisher-terms'>Publishers may reprint this article in full, "
                      "with the resource box above</a></p>"), "LicenseRef-free-reprint"),
    (page(article_end="<p><a rel='license' href='/terms'>Reprinted with the author's permission</a></p>"),
     "LicenseRef-used-with-permission"),
    # round 3: "used with permission" only in the markup: JSON-LD's copyrightNotice or creditText, a <meta> rights
    (page(ld({"@type": "Article", "copyrightNotice": "Used with permission of the author."})),
     "LicenseRef-used-with-permission"),
    (page(ld({"@type": "NewsArticle", "creditText": "Republished from Tidewater Monthly with permission"})),
     "LicenseRef-used-with-permission"),
    (page(ld({"@type": "Article", "copyrightNotice": "© 2020 Harbour Press. All rights reserved."})),
     "LicenseRef-all-rights-reserved"),
    (page("<meta name='dc.rights' content='Shown here with the author’s permission'>"),
     "LicenseRef-used-with-permission"),
    # ... and its traps: a picture's credit text, a link's terms that name no text, a grant in a site-wide meta
    (page(ld({"@type": "Article", "image": {"@type": "ImageObject", "creditText": "Used with permission"}})), None),
    (page(article_end="<p><a rel='license' href='/terms'>Terms of use</a></p>"), None),
    (page(ld({"@type": "Article", "copyrightNotice": "© 2021 Jane Ashdown"})), None),
])
def test_a_licence_in_the_markup_or_the_trimmed_footer(html, tag):
    licence = html_to_text(html).meta.licence
    assert (licence.tag if licence is not None else None) == tag


# Shape: a syndicated copy on a CC-licensed blog: the markup licenses the site's texts, but the article says it is
# reprinted with permission. The page borrows it and can license nothing: no grant.
def test_a_permission_line_in_the_text_wins_over_the_markup_s_grant(tmp_path):
    path = tmp_path / "copy.html"
    path.write_text(page("<link rel='license' href='https://creativecommons.org/licenses/by/4.0/'>",
                         article_end="<p>This piece first appeared in the Joiners' Quarterly and is reprinted here "
                                     "with the editor's permission.</p>"))
    [article] = [r for r in clean_through([str(path)], "segment") if r.kind == "article"]
    assert article.licence.tag == "LicenseRef-used-with-permission"
