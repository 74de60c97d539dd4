"""Round 9 (issue 16): a Q&A page whose answer runs on in its question's line ("Q: … ? A: …", a shape real garden and
FAQ columns print), or is glued to the reader's credit by a scrape ("… — Tom, emailA: …"); and a reader's credit after
a statement that closes the question ("… compost? A friend says no. — Ines, Coldbrook"), which is no part of the
heading. Written in our own words after the shape of real newspaper garden mailbags."""

from __future__ import annotations

from tests.conftest import tip_headlines as headlines

MAILBAG = ("Our gardener answers your questions.\n\n"
           "Q: My runner beans flower but never set pods. Why? — Aled Price, Llanelli\n"
           "A: Hot dry spells stop the flowers setting. Water the roots in the evening and mulch them well.\n\n"
           "Q: Should I cut back my lavender now? — Joan Reilly, emailA: Only lightly. Cut into old wood and it "
           "rarely grows back, so trim just below the faded flowers.\n\n"
           "Q: Can I grow blueberries in a pot? A: Yes, and it is the easiest way, as they need acid soil. Use "
           "ericaceous compost and rainwater.\n\n"
           "Q: Can I put ash from the wood stove on the roses? My husband says it burns them. — Pat Evans, Mold\n"
           "A: A little in spring does no harm and adds potash. Keep it off acid-loving plants.\n\n")


def test_answers_running_on_in_the_question_line_are_cut_apart():
    assert headlines(MAILBAG) == [
        "My runner beans flower but never set pods. Why?", "Should I cut back my lavender now?",
        "Can I grow blueberries in a pot?", "Can I put ash from the wood stove on the roses? My husband says it "
        "burns them."]
