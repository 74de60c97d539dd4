""""Step one foot back", "Point two fingers down": an imperative whose object opens with a number word is no
"Step one:" counter, so the paragraph carries no list marker and cannot break a numbered list of moves (issue 16,
round 14: a fitness how-to lost its last move). Our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import paragraphs

MOVES = """Ten minutes of these before a run warms every joint that a run will ask for, and all of them fit in a hall.

1. Ankle circles

Lift one heel and draw slow circles with the toes, ten each way, then swap feet.

2. Walking lunge

Step one foot forward into a long stride and lower the back knee towards the floor, then bring the back foot through.

3. Leg swings

Hold a wall and swing one leg forward and back like a pendulum, twenty times on each side.

4. Arm sweeps

Sweep both arms in wide circles, forwards then backwards, until the shoulders feel loose.
"""


def test_a_verb_with_a_number_word_is_no_counter():
    marked = {p.text.split()[0]: p.marker for p in paragraphs(MOVES)}
    assert marked["Step"] is None


def test_the_moves_after_it_stay_in_the_list():
    assert [t.headline for t in split_text(MOVES).tips] == ["Ankle circles", "Walking lunge", "Leg swings",
                                                            "Arm sweeps"]


def test_a_counter_with_its_mark_still_numbers():
    assert paragraphs("Step one: soak the beans overnight in cold water.")[0].marker is not None
