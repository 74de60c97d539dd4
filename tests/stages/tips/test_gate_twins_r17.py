"""One reader per shape (round 17): the tips gate asks the list detector's readers instead of keeping patterns of
its own for the same lines (pipeline/stages/tips/gate.py, detect.py). Our own words throughout."""

from __future__ import annotations

from pipeline.stages.tips.detect import _roster_line
from pipeline.stages.tips.gate import _data_point

ROSTER = ("Mira Olsen, Head of Research at a seed bank", "Tom Reyes, Writer", "Kathy Marsh, Lead Engineer")
NOT_ROSTER = (
    # a reader's tip signed before it: her own words follow the colon
    "Ana Ruiz, Leeds: I freeze chopped chives in ice cubes.",
    # a footnote citing a chapter: a name and a comma, then a whole reference, not a role
    "Lena Hart, Flint blades and their wear, in Moor (ed.) Early tools of the north, Bergen 2009, p. 81",
)


def test_the_gate_reads_a_person_and_her_role_as_the_detector_does():
    for line in ROSTER + NOT_ROSTER:
        assert _data_point(line) == _roster_line(line), line


def test_a_roster_line_is_data_and_a_signed_tip_or_a_citation_is_not():
    assert all(_data_point(line) for line in ROSTER)
    assert not any(_data_point(line) for line in NOT_ROSTER)
