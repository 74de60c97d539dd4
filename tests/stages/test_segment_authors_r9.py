"""Segment: round 9's shapes of the writer's line that hold on pages by other hands (issue 16), each page in our own
words: a host's note that opens with the guest's credit ("Guest post by NAME. ...")."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import guest_credit
from pipeline.text.html_main import walk
from pipeline.text.html_meta import page_meta


# Shape: the host's note over a guest post opens with the credit itself, the guest named in any script.
@pytest.mark.parametrize(("note", "name"), [
    ("Guest post by 박지수. Jisu teaches piano in Leeds and practises on the bus every morning. — Tom", "박지수"),
    ("Guest post by Kwame Asante-Boateng. He cycles to work through Scottish winters.", "Kwame Asante-Boateng"),
    ("[Guest post by Ilse van Dijk.] Ilse nurses in Delft.", "Ilse van Dijk"),
])
def test_a_note_opening_with_the_guest_credit_names_the_guest(note, name):
    assert guest_credit(note).name == name


def test_a_guest_credit_inside_a_sentence_about_another_post_is_no_note():
    assert guest_credit("Last year I read a guest post by Ilse van Dijk on another blog.") is None


def test_a_guest_note_in_the_post_beats_the_hosts_markup():
    html = ("<html><head><title>Piano On The Bus | Slow Practice</title><meta name='author' content='Tom Whitley'>"
            "</head><body><article><h1>Piano On The Bus</h1><p class='byline'>by Tom Whitley</p>"
            "<div class='entry-content'><div class='guest-note'><p><em>Guest post by 박지수. Jisu teaches piano in "
            "Leeds and practises fingering on the bus every morning. — Tom</em></p></div>"
            "<p>Fifteen minutes on the bus each way turned out to be enough practice time for scales.</p>"
            "<p>Tap the fingering on your knee and say the note names under your breath.</p></div></article>"
            "</body></html>")
    assert page_meta(walk(html)).author == "박지수"
