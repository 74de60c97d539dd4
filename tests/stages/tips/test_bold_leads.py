"""Round 5 (issue 16): a tip's bold lead on an HTML page. The spec heads a tip by its bold lead when it has one; in
``<li><strong>Dim the lights</strong> at nine every evening.</li>`` the lead runs on into the sentence, so neither
the first sentence nor a colon finds it once the markup is gone. Read keeps each block's opening bold words
(``Article.html_leads``, a hand-off written only until tips uses it); the tips stage heads a tip by the one its text
opens with. Pages written here in our own words."""

from __future__ import annotations

from pipeline.records import Article, Source, to_dict
from pipeline.stages.tips import split_text
from pipeline.text.extract import html_to_text

PAGE = """<html><head><title>Evenings that end in sleep</title></head><body><article>
<h1>Evenings that end in sleep</h1>
<p>A calm evening is a list of things to do, not a list of things to avoid. These four work for me.</p>
<ul>
<li><strong>Lower the lamps</strong> at the same hour every night, weekends too.</li>
<li><strong>Park your phone</strong> in the hall, charging, out of reach of the bed.</li>
<li><strong>Write down tomorrow's first job</strong> so it stops circling in your head.</li>
<li><strong>Warm your feet</strong>, with socks or a bottle, a little before you lie down.</li>
</ul>
<p>Give it a fortnight before you judge it.</p>
</article></body></html>"""


def test_read_keeps_the_bold_words_a_block_opens_with():
    doc = html_to_text(PAGE)
    assert doc.leads == ["Lower the lamps", "Park your phone", "Write down tomorrow's first job", "Warm your feet"]
    assert "<strong>" not in doc.text and "Lower the lamps at the same hour" in doc.text  # the text is as before


def test_bold_inside_a_sentence_is_no_lead():
    doc = html_to_text("<html><body><p>Most evenings I <b>really</b> try to stop by nine, and it mostly works "
                       "for the whole family, even the dog.</p></body></html>")
    assert doc.leads == []


def test_a_tip_opening_with_a_run_on_bold_lead_is_headed_by_it():
    doc = html_to_text(PAGE)
    tips = split_text(doc.text, leads=doc.leads).tips
    assert [t.headline for t in tips] == ["Lower the lamps", "Park your phone", "Write down tomorrow's first job",
                                          "Warm your feet"]
    assert tips[0].text == "Lower the lamps at the same hour every night, weekends too."  # the text stays whole
    # without the markup's leads the first sentence heads each tip, as before
    assert split_text(doc.text).tips[0].headline == "Lower the lamps at the same hour every night, weekends too."


def test_a_bold_lead_that_is_its_own_sentence_changes_nothing():
    body = "Three habits:\n• Lower the lamps. Do it at nine.\n• Park your phone. The hall is fine.\n• Warm your feet."
    leads = ["Lower the lamps.", "Park your phone."]
    assert [t.headline for t in split_text(body, leads=leads).tips] == [
        t.headline for t in split_text(body).tips]


POINTS = ("A dog that comes back when called can run free, and a dog that runs free is calmer at home.\n\n"
          "Begin in the kitchen. Call from one room to the next and pay the moment she arrives.\n\n"
          "Keep the word special. A word shouted a hundred times for nothing means nothing.\n\n"
          "Pay in real food. Cheese or chicken, not the dry biscuits from the bag.\n\n"
          "Never call her to scold her. A dog called for a telling-off learns to stay away.\n\n")
LAST = "Practise on a long line in the field before you ever let go of the lead."


def test_a_short_last_point_opening_with_a_bold_lead_as_the_others_do_is_a_point():
    leads = ["Begin in the kitchen.", "Keep the word special.", "Pay in real food.", "Never call her to scold her.",
             "Practise on a long line"]
    tips = split_text(POINTS + LAST + "\n", leads=leads).tips
    assert [t.headline for t in tips][-2:] == ["Never call her to scold her.", "Practise on a long line"]


def test_the_same_short_last_paragraph_without_bold_leads_is_the_conclusion():
    tips = split_text(POINTS + LAST + "\n").tips
    assert [t.headline for t in tips][-1] == "Never call her to scold her."


def test_the_leads_are_handed_to_tips_through_jsonl_and_never_written_past_it():
    from pipeline.records import from_dict
    from pipeline.stages.tips import TipsConfig, split_article

    source = Source(path="p.html", sha256="0" * 64, size=1, format="html")
    article = Article(id="1" * 16, source=source, text="Lower the lamps at nine.", html_leads=["Lower the lamps"])
    assert to_dict(article)["html_leads"] == ["Lower the lamps"]  # a stage run alone reads them back from JSONL
    assert from_dict(to_dict(article)).html_leads == ["Lower the lamps"]
    done, _, _ = split_article(article, TipsConfig())
    assert "html_leads" not in to_dict(done) and article.html_leads == ["Lower the lamps"]
