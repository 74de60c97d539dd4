"""Round 12 (issue 16): a reply quoting the answer's items repeats them; it adds no tips. A forum thread's answer
lists its points; a later reply quotes the first one or two ("Quote: Originally Posted by …", "NAME wrote:"), cut
where the quoter stopped and wrapped anew, so the words were not the same text twice and the quoted items counted
again. An item of another list whose first paragraph, whitespace aside, opens an earlier tip repeats that tip.
Threads written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

ANSWER = ("Bleeding a radiator takes five minutes. Work through it like this:\n\n"
          "1. Turn the heating off and let the radiators cool. Hot water sprays and scalds.\n"
          "2. Hold a cloth under the valve and turn the key a quarter turn. You will hear the air hiss out.\n"
          "3. Close the valve as soon as water drips. Any longer and you are emptying the system.\n"
          "4. Check the boiler pressure afterwards. Top it up to one bar if it has dropped.\n\n")


def _heads(body: str) -> list[str]:
    return [t.headline for t in split_text(body).tips]


def test_a_reply_quoting_two_items_adds_no_tips():
    reply = ("Quote:\nOriginally Posted by hearthandhome\n"
             "1. Turn the heating off and let the radiators\ncool. Hot water sprays and scalds.\n"
             "2. Hold a cloth under the valve and turn the key a quarter turn.\n\n"
             "Did exactly this and the bedroom one is warm again. Thanks!\n")
    assert _heads(ANSWER + reply) == [
        "Turn the heating off and let the radiators cool.",
        "Hold a cloth under the valve and turn the key a quarter turn.",
        "Close the valve as soon as water drips.", "Check the boiler pressure afterwards."]


def test_a_bulleted_quote_under_a_wrote_line():
    reply = ("pipefitter_jo wrote:\n"
             "• Close the valve as soon as water drips. Any longer\n"
             "• Check the boiler pressure afterwards.\n\n"
             "This. People forget the pressure every time.\n")
    assert len(_heads(ANSWER + reply)) == 4


def test_two_lists_whose_items_only_open_alike_keep_both():
    second = ("Before winter, also:\n\n"
              "• Check the boiler pressure before the first cold night, not after.\n"
              "• Turn the heating on for an hour in September to find the cold radiators.\n")
    assert len(_heads(ANSWER + second)) == 6


METHODS = ("Two ways to start basil from seed. The windowsill way is slower but needs nothing you do not own.\n\n"
           "On the windowsill\n\n"
           "1. Soak the seeds\n\nLeave them in a saucer of warm water overnight so the coat softens.\n\n"
           "2. Sow them thinly\n\nScatter them on damp compost and press them in without covering them.\n\n"
           "3. Keep them warm and covered\n\nA sunny sill above a radiator and a clear bag over the pot.\n\n"
           "In a propagator\n\n"
           "1. Soak the seeds\n\nHalf an hour in tepid water is enough when the lid keeps the moisture in.\n\n"
           "2. Sow them in cells\n\nOne or two seeds to a cell saves pricking out later.\n\n"
           "3. Keep them warm\n\nSet the propagator to twenty degrees and open the vents once they sprout.\n")


def test_two_methods_with_steps_titled_alike_keep_both_steps():
    heads = _heads(METHODS)
    assert heads.count("Soak the seeds") == 2 and "Keep them warm" in heads and len(heads) == 6
