"""A WordPress export (WXR) saved as a text file is read as the page of posts it stands for.

The export's shape follows WordPress's own format (an RSS channel with ``wp:author`` entries naming each login,
then one ``<item>`` a post: ``title``, ``dc:creator``, ``content:encoded`` in CDATA, ``wp:post_type``,
``wp:status``, comments); the posts here are written in our own words.
"""

from __future__ import annotations

from bench.labels import stream_through
from pipeline.records import Article
from pipeline.text import wxr

HEAD = ('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/'
        'modules/content/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:wp="http://wordpress.org/export/'
        '1.2/"\n>\n<channel>\n\t<title>Quince Lane Kitchen</title>\n\t<wp:wxr_version>1.2</wp:wxr_version>\n'
        "\t<wp:author><wp:author_login><![CDATA[mfarouk]]></wp:author_login><wp:author_display_name><![CDATA[Mariam "
        "Farouk]]></wp:author_display_name></wp:author>\n"
        "\t<wp:author><wp:author_login><![CDATA[tb]]></wp:author_login><wp:author_display_name><![CDATA[Tomás "
        "Bergin]]></wp:author_display_name></wp:author>\n")


def item(title: str, login: str, content: str, status: str = "publish") -> str:
    return (f"\t<item>\n\t\t<title>{title}</title>\n\t\t<dc:creator><![CDATA[{login}]]></dc:creator>\n"
            f"\t\t<content:encoded><![CDATA[{content}]]></content:encoded>\n"
            f"\t\t<wp:post_type><![CDATA[post]]></wp:post_type>\n\t\t<wp:status><![CDATA[{status}]]></wp:status>\n"
            "\t\t<wp:comment><wp:comment_content><![CDATA[Lovely, thank you!]]></wp:comment_content></wp:comment>\n"
            "\t</item>\n")


JAM = ("Quince jam sets better than almost any other, because the fruit is full of pectin.\n\n"
       "<h3>Peel nothing</h3>\nThe skins hold most of the colour and the pectin, so chop the fruit whole.\n\n"
       "<h3>Cook it slowly</h3>\nA long, gentle boil turns the pulp from cream to deep pink.")
BREAD = "Soda bread needs no rising, which is why it is the first loaf I teach anyone who asks me how to bake."


def articles(tmp_path, text: str) -> list[Article]:
    path = tmp_path / "export.txt"
    path.write_text(text, encoding="utf-8")
    return sorted((r for r in stream_through([str(path)], "segment") if isinstance(r, Article)),
                  key=lambda a: a.source.part)


def test_one_post_s_export_gives_its_title_writer_and_text(tmp_path):
    (post,) = articles(tmp_path, HEAD + item("Quince Jam &amp; Why It Sets", "mfarouk", JAM) + "</channel>\n</rss>\n")
    assert (post.title, post.author) == ("Quince Jam & Why It Sets", "Mariam Farouk")
    assert "Peel nothing" in post.text and "wp:post_type" not in post.text
    assert "Lovely, thank you" not in post.text  # a comment is not the post


def test_each_post_of_an_export_is_an_article_and_drafts_are_left_out(tmp_path):
    text = (HEAD + item("Quince Jam", "mfarouk", JAM) + item("An Unfinished Idea", "tb", "Notes.", status="draft")
            + item("Soda Bread For Beginners", "tb", BREAD) + "</channel>\n</rss>\n")
    found = [(a.title, a.author) for a in articles(tmp_path, text)]
    assert found == [("Quince Jam", "Mariam Farouk"), ("Soda Bread For Beginners", "Tomás Bergin")]


def test_an_export_cut_off_inside_a_post_keeps_the_posts_before_the_cut(tmp_path):
    # a scraper's copy that ends mid-item, and a run of items that never close: the whole posts are still read
    cut = item("Soda Bread For Beginners", "tb", BREAD)[:120]
    found = [(a.title, a.author) for a in articles(tmp_path, HEAD + item("Quince Jam", "mfarouk", JAM) + cut)]
    assert found == [("Quince Jam", "Mariam Farouk")]
    assert wxr.wxr_to_html(HEAD + "<item>" * 50) == wxr.wxr_to_html(HEAD)


def test_what_is_an_export():
    assert wxr.is_wxr(HEAD)
    assert not wxr.is_wxr('<?xml version="1.0"?><rss version="2.0"><channel><title>News feed</title>')
    assert not wxr.is_wxr("We moved the blog from WordPress; the <wp:wxr_version> tag told us which export it was.")


def test_stored_paragraphs_become_paragraphs_and_markup_stays():
    assert wxr._paragraphs("One.\n\nTwo lines\nof one paragraph.\n\n<ul><li>a</li></ul>") == (
        "<p>One.</p>\n<p>Two lines\nof one paragraph.</p>\n<ul><li>a</li></ul>")


FEED = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/'
        'content/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n>\n<channel>\n\t<title>Quince Lane Kitchen</title>\n'
        "\t<copyright>Posts on Quince Lane Kitchen are licensed CC BY 4.0.</copyright>\n")


def feed_item(title: str, writer: str, content: str) -> str:
    return (f"\t<item>\n\t\t<title>{title}</title>\n\t\t<dc:creator><![CDATA[{writer}]]></dc:creator>\n"
            "\t\t<description><![CDATA[A short summary of the post [&#8230;]]]></description>\n"
            f"\t\t<content:encoded><![CDATA[{content}]]></content:encoded>\n\t</item>\n")


def test_a_feed_carrying_whole_posts_gives_one_article_a_post_under_the_channel_s_licence(tmp_path):
    text = (FEED + feed_item("Quince Jam", "Mariam Farouk", JAM) + feed_item("Soda Bread", "Tomás Bergin", BREAD)
            + "</channel>\n</rss>\n")
    found = [(a.title, a.author, a.licence.tag) for a in articles(tmp_path, text)]
    assert found == [("Quince Jam", "Mariam Farouk", "CC-BY-4.0"), ("Soda Bread", "Tomás Bergin", "CC-BY-4.0")]


def test_a_feed_of_summaries_only_is_no_export_of_posts():
    summaries = FEED + "\t<item><title>Quince Jam</title><description>Why it sets.</description></item>\n"
    assert not wxr.is_feed(summaries) and not wxr.is_wxr(summaries)
    assert wxr.is_feed(FEED + feed_item("Quince Jam", "Mariam Farouk", JAM))


def _module_feed(channel_lines: str) -> str:
    head = FEED.replace("\t<copyright>Posts on Quince Lane Kitchen are licensed CC BY 4.0.</copyright>\n",
                        channel_lines)
    loaf = (BREAD + "\n\n<h3>Mix it cold</h3>\nCold buttermilk keeps the crumb tender, so take it from the fridge "
            "last.\n\n<h3>Bake it at once</h3>\nThe soda starts working the moment it is wet: into the oven it goes.")
    return (head + feed_item("Quince Jam", "Mariam Farouk", JAM) + feed_item("Soda Bread", "Tomás Bergin", loaf)
            + "</channel>\n</rss>\n")


def test_the_channel_s_creative_commons_module_licence_covers_every_post_beside_its_bare_copyright(tmp_path):
    channel = ("\t<copyright>Copyright 2026 Quince Lane Kitchen</copyright>\n"
               "\t<creativeCommons:license>http://creativecommons.org/licenses/by-nc/3.0/</creativeCommons:license>\n")
    assert [a.licence.tag for a in articles(tmp_path, _module_feed(channel))] == ["CC-BY-NC-3.0", "CC-BY-NC-3.0"]


def test_a_feed_with_only_its_bare_copyright_states_no_licence(tmp_path):
    channel = "\t<copyright>Copyright 2026 Quince Lane Kitchen</copyright>\n"
    assert [a.licence.tag for a in articles(tmp_path, _module_feed(channel))] == ["NOASSERTION", "NOASSERTION"]


def test_an_item_s_own_creative_commons_licence_outranks_the_channel_s_for_that_post_alone(tmp_path):
    channel = "\t<creativeCommons:license>http://creativecommons.org/licenses/by-nc/3.0/</creativeCommons:license>\n"
    own = "<creativeCommons:license>http://creativecommons.org/licenses/by-nd/4.0/</creativeCommons:license>"
    text = _module_feed(channel).replace("\t\t<title>Quince Jam</title>\n", f"\t\t<title>Quince Jam</title>{own}\n")
    assert [a.licence.tag for a in articles(tmp_path, text)] == ["CC-BY-ND-4.0", "CC-BY-NC-3.0"]
    # the same licence as the channel's, repeated on an item, changes nothing
    same = text.replace("by-nd/4.0", "by-nc/3.0")
    assert [a.licence.tag for a in articles(tmp_path, same)] == ["CC-BY-NC-3.0", "CC-BY-NC-3.0"]
