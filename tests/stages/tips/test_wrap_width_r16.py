"""The width of a hard-wrapped text with a few lines left whole (issue 16, round 16: a digest's article wrapped at
about sixty characters, its introduction's last line pasted whole at a hundred, split sentence by sentence). Our own
words."""

import textwrap

from pipeline.stages.tips.paras import paragraphs, wrap_width

POINTS = ("Sweep the chimney before the first fire. Soot left from last winter is what catches, and a sweep costs "
          "less than a callout.",
          "Check the seals on the stove door. A loose rope lets the fire run hot and eats logs twice as fast as it "
          "should.",
          "Store the logs off the ground. Wood that sits on soil drinks the rain back in all through the autumn.",
          "Buy next year's wood this spring. Logs need a summer in the wind to dry, and dry logs give twice the heat.",
          "Keep a carbon monoxide alarm near the stove. It costs little and it is the only warning you will get.")


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, 58)


def test_a_few_whole_lines_do_not_hide_the_wrapping_width():
    lines = ["A stove is only as good as the wood and the care it gets, so before the cold comes, do these five."]
    for point in POINTS:
        lines += [""] + _wrapped(point)
    lines += ["", "None of it takes more than an afternoon, and the first cold evening will be the better for it."]
    assert wrap_width(lines) is not None
    texts = [p.text for p in paragraphs("\n".join(lines))]
    assert texts[1:6] == list(POINTS)


def test_lines_of_one_sentence_each_are_no_wrapping():
    lines = ["Keep a fixed bedtime, even at weekends.", "Make the room dark and cool, and quiet.",
             "Put the phone away an hour before bed.", "Write down worries early in the evening.",
             "A long line that somebody typed whole because it was the end of the list and the end of the page."]
    assert wrap_width(lines) is None
