"""Round 23's mend of the product-page refusal at read, found by a read-only review: a tutorial whose JSON-LD
holds only a Product (a pattern it sells) was dropped though its body is a piece under a headline and a byline.
Pages written in our own words (invented names and shops), each beside the shop page that must stay refused."""

from __future__ import annotations

import json

import pytest

from pipeline.stages.read import page_to_article
from pipeline.text.plain import ExtractError

PRODUCT = json.dumps({"@context": "https://schema.org", "@type": "Product", "name": "Cabled mitts pattern",
                      "offers": {"@type": "Offer", "price": "4.50", "priceCurrency": "GBP"}})


def page(body: str) -> bytes:
    return (f'<html><head><title>Cabled mitts</title><script type="application/ld+json">{PRODUCT}</script></head>'
            f"<body>{body}</body></html>").encode()


TUTORIAL = page("""<article><h1>How to knit cabled mitts</h1><p class="byline">By Rosa Quill</p>
<p>Cabled mitts look hard but use one trick: crossing stitches with a spare needle. Give yourself an evening.</p>
<ol><li>Cast on forty stitches on the smaller needles and join them in the round without twisting.</li>
<li>Work two inches of ribbing, then change to the larger needles for the hand.</li>
<li>Cross the cable every sixth round, holding three stitches to the front on the spare needle.</li>
<li>Bind off loosely at the knuckles so the mitt slips on easily over the hand.</li></ol>
<p>The full pattern with charts is for sale in my shop.</p></article>""")

SHOP = page("""<h1>Cabled mitts pattern</h1><p class="byline">By Rosa Quill</p>
<p>A cosy pair of mitts with a bold cable. Instant PDF download after purchase.</p>
<ul><li>Sizes S, M, L</li><li>Worsted yarn</li><li>Charted and written</li></ul>
<p>Price: 4.50 GBP</p><button>Add to basket</button>""")


def test_a_tutorial_under_its_headline_and_byline_outweighs_a_bare_product():
    article = page_to_article("mitts.html", TUTORIAL, "html")
    assert article.author == "Rosa Quill"
    assert "Cross the cable every sixth round" in article.text


def test_a_shop_page_typed_as_a_product_is_still_refused():
    with pytest.raises(ExtractError) as caught:
        page_to_article("shop.html", SHOP, "html")
    assert caught.value.reason == "product_page"
