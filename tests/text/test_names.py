"""Names with letters outside A-Z: every name of tests/fixtures/names in every byline shape, read exactly.

Each name is placed on its own page in each shape a page names its author (a byline at the top, a blog footer,
a bio box, a dash-line sign-off, HTML metadata and a ``.byline`` element); the page goes through the default chain
up to ``segment`` and its ``author`` must be the name as written (NFC). One test per (name, shape), so every miss
is named.
"""

from __future__ import annotations

import json
import unicodedata

import pytest

from bench.labels import ROOT, clean_through

NAMES = json.loads((ROOT / "tests" / "fixtures" / "names" / "names.json").read_text(encoding="utf-8"))["names"]

# Paragraphs long enough (20+ words) that the boilerplate stage sees one article copied, not chrome repeated.
BODY = ("Start the seedlings indoors six weeks before the last frost, on the brightest sill you have, and turn the "
        "pots every day so the stems grow straight.\n\n"
        "Harden them off for a week before planting out, leaving them outside a few more hours every day until they "
        "can stay out through a whole night.")
TXT_SHAPES = {
    "by": "Raising Tomatoes From Seed\nBy {name}\n\n{body}\n",
    "written_by": "Raising Tomatoes From Seed\n\nWritten by {name}\n\n{body}\n",
    "about_the_author": ("Raising Tomatoes From Seed\n\n{body}\n\nAbout the Author: {name} is a market gardener "
                         "who writes about vegetables for small plots.\n"),
    "posted_by_at": "Raising Tomatoes From Seed\n\n{body}\n\nPosted by {name} at 10:42 PM\n",
    "dash_signoff": "Raising Tomatoes From Seed\n\n{body}\n\n— {name}\n",
}
HTML = ("<!doctype html><html><head><title>Raising Tomatoes From Seed</title>{head}</head><body><article>"
        "<h1>Raising Tomatoes From Seed</h1>{byline}"
        "<p>Start the seedlings indoors six weeks before the last frost, on the brightest sill you have, and turn "
        "the pots every day so the stems grow straight instead of leaning towards the glass.</p>"
        "<p>Harden them off for a week before planting out, leaving them outside a few more hours every day until "
        "they can stay out through a whole night without wilting.</p></article></body></html>")
HTML_SHAPES = {
    "html_meta_author": HTML.format(head='<meta name="author" content="{name}">', byline=""),
    "html_byline": HTML.format(head="", byline='<p class="byline">By {name}</p>'),
}
SHAPES = {**{k: (v, "txt") for k, v in TXT_SHAPES.items()}, **{k: (v, "html") for k, v in HTML_SHAPES.items()}}


@pytest.fixture(scope="module")
def authors(tmp_path_factory):
    """Write every (name, shape) page, clean them all in one run, and return author by page stem."""
    folder = tmp_path_factory.mktemp("names")
    paths = []
    for n, entry in enumerate(NAMES):
        for shape, (template, ext) in SHAPES.items():
            path = folder / f"n{n:02d}_{shape}.{ext}"
            path.write_text(template.format(name=entry["name"], body=BODY), encoding="utf-8")
            paths.append(str(path))
    found: dict[str, str | None] = {}
    for article in clean_through(paths):
        found[article.source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]] = article.author
    return found


def test_the_fixture_covers_thirty_names_from_ten_languages():
    assert len(NAMES) >= 30 and len({e["language"] for e in NAMES}) >= 10
    assert all(unicodedata.is_normalized("NFC", e["name"]) and not e["name"].isascii() for e in NAMES)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("n", range(len(NAMES)), ids=[f"{e['language']}-{e['name']}" for e in NAMES])
def test_every_name_is_read_in_every_shape(authors, n, shape):
    assert authors.get(f"n{n:02d}_{shape}") == NAMES[n]["name"]
