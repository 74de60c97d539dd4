"""Round 14 (issue 16): a list whose glyphs were lost, in a language the cue words do not read, under a lead-in
ending in a colon: each point a paragraph opening with a short lead and its colon. The layout says what the points
are in any language, as it does for groups of lines (test_other_languages.py). Pages written here in our own
words."""

from __future__ import annotations

from tests.conftest import tip_headlines

SWAHILI = ("Bustani ndogo ya roshani inahitaji mpango. Haya ndiyo niliyojifunza mwaka huu:\n\n"
           "    Anza na vyungu vichache: vyungu vitano vinatosha mwaka wa kwanza. Utaweza kuvitunza vyote.\n\n"
           "    Chagua udongo mzuri: changanya mboji na mchanga kwa kiasi sawa kabla ya kupanda.\n\n"
           "    Mwagilia asubuhi: jua la mchana hukausha maji haraka sana kwenye vyungu vidogo.\n\n"
           "    Tazama majani kila siku: wadudu wakionekana mapema ni rahisi kuwaondoa kwa mkono.\n\n"
           "Nitaandika zaidi kuhusu mboji wiki ijayo. Karibuni tena!\n")


def test_colon_led_paragraphs_under_a_colon_lead_in_are_points_in_any_language():
    assert tip_headlines(SWAHILI) == ["Anza na vyungu vichache", "Chagua udongo mzuri", "Mwagilia asubuhi",
                                      "Tazama majani kila siku"]


def test_two_colon_led_paragraphs_are_too_few_to_tell_by_the_layout():
    two = SWAHILI.split("    Mwagilia")[0] + "Nitaandika zaidi kuhusu mboji wiki ijayo. Karibuni tena!\n"
    assert tip_headlines(two) == []
