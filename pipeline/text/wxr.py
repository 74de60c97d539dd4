"""A WordPress export (WXR: an RSS file with ``wp:`` fields) read as the web page it stands for (issue 16).

A site's export holds each post's title, its writer's login (``dc:creator``, named in full by the channel's
``wp:author`` entries) and its text (``content:encoded``, in WordPress's stored form: paragraphs split by blank
lines, headings and lists as HTML). Scraped and saved as text, it reaches tipline as markup, and read as a page
its title and writer stand in XML tags no text rule reads. Rebuilt as HTML (one ``<article>`` a post, its title
an ``<h1>``, the writer in ``<meta name="author">`` and a byline) it goes the HTML way like any saved page.

Read by finding tags in the text, not with an XML parser: an export cut off by a scraper, or with a stray ``&``
in a title, is still read, and no entity in the file is ever expanded. Every search goes forward from the last
one (``_elements``), so a file of tags that never close costs one pass, not one pass per tag.
"""

from __future__ import annotations

import html
import re

WXR_MARK = re.compile(r"<wp:wxr_version>|xmlns:wp=\"http://wordpress\.org/export/")
HEAD_CHARS = 2000  # the mark stands in the channel's head, before the first post
MAX_ATTRIBUTES_CHARS = 200  # an opening tag's attributes, at most (bounds each try of an opening tag)
CDATA = re.compile(r"^\s*<!\[CDATA\[(.*?)\]\]>\s*$", re.S)
# a block WordPress stores as markup of its own (not wrapped in a paragraph when the post is shown)
BLOCK_TAG = re.compile(r"^\s*<(?:h[1-6]|ul|ol|li|blockquote|p|div|table|figure|pre|hr)\b", re.I)
SHOWN_TYPES = ("post", "page")  # attachments and menu items are no posts
HIDDEN_STATUSES = ("draft", "trash", "auto-draft", "private", "inherit")


def is_wxr(text: str) -> bool:
    """Whether a text is a WordPress export: an XML file whose head carries the export's version or namespace.

    >>> is_wxr('<?xml version="1.0"?>\\n<rss xmlns:wp="http://wordpress.org/export/1.2/">')
    True
    >>> is_wxr("<?xml version='1.0'?><rss><channel><title>Feed</title>"), is_wxr("A post about WordPress.")
    (False, False)
    """
    head = text[:HEAD_CHARS]
    return head.lstrip().startswith(("<?xml", "<rss")) and WXR_MARK.search(head) is not None


# A site's RSS feed saved as text carrying its posts whole (``content:encoded``): read like an export, a post an
# article (a feed of summaries only, ``description`` alone, is teasers and stays as it came)
FEED_MARK = re.compile(r"<rss\b")
FULL_POST = "<content:encoded>"
CC_MODULE_LICENCE = "creativeCommons:license"  # RSS 2.0's Creative Commons module: a channel's licence URL


def is_feed(text: str) -> bool:
    """Whether a text is an RSS feed whose items carry their posts whole (``content:encoded``), not an export.

    >>> is_feed('<?xml version="1.0"?><rss version="2.0"><channel><item><title>A</title>'
    ...         '<content:encoded><![CDATA[<p>Text.</p>]]></content:encoded></item>')
    True
    >>> is_feed("<?xml version='1.0'?><rss><channel><item><description>A teaser</description></item>")
    False
    """
    head = text[:HEAD_CHARS]
    return (head.lstrip().startswith(("<?xml", "<rss")) and FEED_MARK.search(head) is not None
            and FULL_POST in text and not is_wxr(text))


def _elements(text: str, tag: str) -> list[str]:
    """The insides of the ``<tag>…</tag>`` pairs in ``text``, in order; an opening tag that never closes ends the
    list (nothing after it can close either).

    >>> _elements("<item>a</item> <item>b</item><item>c", "item"), _elements("<item>" * 3, "item")
    (['a', 'b'], [])
    """
    opening, closing = f"<{tag}>", f"</{tag}>"
    found = []
    start = text.find(opening)
    while start != -1:
        end = text.find(closing, start + len(opening))
        if end == -1:
            break
        found.append(text[start + len(opening):end])
        start = text.find(opening, end + len(closing))
    return found


def _field(block: str, tag: str) -> str:
    """The text of the first ``<tag>`` in ``block``: its CDATA section's words, or its entities read.

    >>> _field('<title>Roses &amp; Ivy</title><title>Two</title>', "title"), _field("<title " * 3, "title")
    ('Roses & Ivy', '')
    """
    m = re.search(rf"<{re.escape(tag)}(?:\s[^>]{{0,{MAX_ATTRIBUTES_CHARS}}})?>", block)
    end = block.find(f"</{tag}>", m.end()) if m is not None else -1
    if m is None or end == -1:  # (no later opening tag can close if the first cannot)
        return ""
    value = block[m.end():end]
    cdata = CDATA.match(value)
    return cdata.group(1) if cdata else html.unescape(value)


def _paragraphs(content: str) -> str:
    """WordPress's stored text as HTML: a block between blank lines is a paragraph unless it is markup already.

    >>> _paragraphs("First line.\\n\\n<h3>Step</h3>\\nText under it.")
    '<p>First line.</p>\\n<h3>Step</h3>\\n<p>Text under it.</p>'
    """
    out = []
    for block in re.split(r"\n\s*\n", content.strip()):
        for part in re.split(r"(?<=</h[1-6]>)\s*\n", block.strip()):  # a heading's text on the next line
            if part.strip():
                out.append(part.strip() if BLOCK_TAG.match(part) else f"<p>{part.strip()}</p>")
    return "\n".join(out)


def _item_licence(item: str) -> str:
    """The licence URL of a feed's item (or of its channel, read before the first item), or ``""``.

    >>> _item_licence("<title>A</title><creativeCommons:license> https://creativecommons.org/licenses/by-nd/4.0/"
    ...               "</creativeCommons:license>"), _item_licence("<title>A</title>")
    ('https://creativecommons.org/licenses/by-nd/4.0/', '')
    """
    licence = _field(item, CC_MODULE_LICENCE).strip()
    return licence if licence.startswith(("http://", "https://")) else ""


def _licence_line(licence: str) -> str:
    """A post's licence URL as the closing line of its text, where the post's own words are read.

    >>> _licence_line("https://creativecommons.org/licenses/by/4.0/")
    '\\n\\nThis post is licensed under https://creativecommons.org/licenses/by/4.0/'
    >>> _licence_line("")
    ''
    """
    return f"\n\nThis post is licensed under {html.escape(licence)}" if licence else ""


def wxr_to_html(text: str) -> str:
    """The posts of a WordPress export (or of a feed carrying them whole: ``is_feed``) as one HTML page: a post an
    ``<article>``, its title an ``<h1>``, its writer (the login's display name) in a byline and, for a file of one
    writer, in ``<meta name="author">``; a feed's rights line in the page's footer.

    >>> page = wxr_to_html('<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
    ...     '<wp:author><wp:author_login><![CDATA[ann]]></wp:author_login><wp:author_display_name><![CDATA[Ann Lee]]>'
    ...     '</wp:author_display_name></wp:author><item><title>Pruning Roses</title><dc:creator><![CDATA[ann]]>'
    ...     '</dc:creator><content:encoded><![CDATA[Cut in March.]]></content:encoded><wp:post_type><![CDATA[post]]>'
    ...     '</wp:post_type><wp:status><![CDATA[publish]]></wp:status></item></channel></rss>')
    >>> "<h1>Pruning Roses</h1>" in page, '<meta name="author" content="Ann Lee">' in page
    (True, True)
    >>> "<p>Cut in March.</p>" in page
    True
    """
    names = {}
    for block in _elements(text, "wp:author"):
        login, shown = _field(block, "wp:author_login"), _field(block, "wp:author_display_name")
        if login and shown:
            names[login] = shown
    posts = []
    channel = text.split("<item>", 1)[0]
    site_licence = _item_licence(channel)
    items = _elements(text, "item")
    # an item's own licence outranks the channel's for that post (SPEC: a piece's own statement wins): once one item
    # names its own, each post's licence is written in its own text, none in the page's head (which every post
    # would take); a feed whose items name none, or only the channel's, keeps the channel's in the head
    per_post = any(_item_licence(block) not in ("", site_licence) for block in items)
    for block in items:
        kind, status = _field(block, "wp:post_type") or "post", _field(block, "wp:status") or "publish"
        if kind not in SHOWN_TYPES or status in HIDDEN_STATUSES:
            continue
        creator = _field(block, "dc:creator")
        posts.append((_field(block, "title").strip(), names.get(creator, creator).strip(),
                      _field(block, "content:encoded")
                      + (_licence_line(_item_licence(block) or site_licence) if per_post else "")))
    writers = {writer for _, writer, _ in posts if writer}
    head = f"<title>{html.escape(posts[0][0])}</title>" if len(posts) == 1 and posts[0][0] else ""
    # the channel's rights line (a feed's "copyright"), before the first post: the site's, in the page's footer
    rights = _field(channel, "copyright").strip()
    # ... and its licence in RSS's Creative Commons module (``<creativeCommons:license>URL</...>``): the site's
    # licence for every post of the feed, as a rel=license link in a page's head is (SPEC: a feed's rights line)
    if site_licence and not per_post:
        head += f'<link rel="license" href="{html.escape(site_licence)}">'
    if len(writers) == 1:
        head += f'<meta name="author" content="{html.escape(next(iter(writers)))}">'
    body = []
    for title, writer, content in posts:
        byline = f'<p class="byline">By {html.escape(writer)}</p>' if writer else ""
        body.append(f"<article><h1>{html.escape(title)}</h1>{byline}\n{_paragraphs(content)}\n</article>")
    footer = f"<footer><p>{html.escape(rights)}</p></footer>\n" if rights else ""
    return f"<html><head>{head}</head><body>\n" + "\n".join(body) + f"\n{footer}</body></html>"
