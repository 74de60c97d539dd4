"""Segment (issue 19, round 4c): the cheap tests put in front of slower ones must give the answers the slower ones
give. Each gate rests on a property of the test it skips; these tests check that property on every line of the
tunable real-page parts (our own words) and on edge cases written for it."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import segment as sg
from pipeline.text import attribution as at

REALPAGES = Path(__file__).resolve().parent.parent / "fixtures" / "realpages"
TUNABLE = ("dev", "setapart", "dev3", "holdout2", "dev4", "dev6", "dev7")  # never the validation or sealed parts


def _lines() -> list[str]:
    seen: dict[str, None] = {}
    for part in TUNABLE:
        for path in sorted((REALPAGES / part).glob("*.txt")):
            for line in path.read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    seen[line.strip()] = None
    return list(seen)


LINES = _lines()

# Lines a writer's-line gate could get wrong: a name with the word for "by" before it, a credit ending in a colon,
# a name with a closing mark, a date line ending in a comma.
WRITER_EDGES = ["Von Jutta Brenner.", "Por María López,", "Ann Lee writes:", "By Ann Lee.", "By Ann Lee", "Ann Lee;",
                "— Lars Brekke —", "— Lars Brekke!", "Kwame Asante?", "Dr. Ann Lee, PhD", "Dr. Ann Lee, PhD.",
                "Ann Lee | Leeds | 3 May 2019", "Ann Lee, 3 May 2019,", "Recipe by Nguyen Lan · Serves 4.", "王晓梅",
                "Ann Lee writes from Tromsø.", "Ann Lee writes from Tromsø"]


def test_the_parts_give_the_gates_enough_lines():
    assert len(LINES) > 3000


def test_no_name_line_ends_as_the_writer_gate_skips():
    # _writer_line answers False at once for a line ending in one of NO_NAME_LINE_ENDS: name_line never reads one
    # (a degree written with stops, "NAME, Ph.D.", is the one end name_line reads: the gate lets it through)
    ends = [line for line in LINES + WRITER_EDGES if line[-1:] in sg.NO_NAME_LINE_ENDS and not at.dotted_degree(line)]
    assert len(ends) > 1000
    assert [line for line in ends if at.name_line(line) is not None] == []


def test_the_writer_gate_gives_the_answer_of_the_tests_it_skips():
    def ungated(line: str) -> bool:
        text = line.strip()
        return bool((at.is_person_name(text) or at.is_byline(text)) and at.name_line(text) is not None
                    and not sg._is_label(text) or sg._name_and_role(text))

    lines = LINES + WRITER_EDGES
    assert [sg._writer_line(line) for line in lines] == [ungated(line) for line in lines]
    assert sum(map(sg._writer_line, lines)) > 20  # the gate lets writers' lines through


SPACED = ["a b  ", " a b c d e f g h ", "a\u3000b\xa0c\u2009d", "\tA\nB\x1cC", "Ana  de la  Cruz Soto", "x " * 7,
          "one two three four five six", "one two three four five six seven"]


def test_a_name_split_stops_after_its_longest_count():
    # is_person_name splits at most MAX_NAME_TOKENS times: the same tokens when there are no more, one more element
    # than a name can have when there are
    # (is_prose the same way, at MAX_TITLE_WORDS: it only counts the words)
    for most in (at.MAX_NAME_TOKENS, at.MAX_TITLE_WORDS):
        for text in LINES + SPACED + [" ".join(["w"] * n) + " " for n in range(20)]:
            whole, capped = text.split(), text.split(None, most)
            assert capped == whole if len(whole) <= most else len(capped) == most + 1, text


def test_a_name_of_seven_words_is_no_name():
    assert at.is_person_name("Ana de la Cruz Soto")
    assert not at.is_person_name("Ana Maria Luisa Cruz Soto Perez Diaz")


FORUM_HEADS = ["Old 02-23-2015, 06:41 PM   #1", "Old 02-23-2015, 06:41 PM #1 ", "#1", " #1", "Tip #1", "Reply #12",
               "Old 02-23-2015 #1 Re: gates", "x\t#1\n", "a #1\nb", "Old 06-14-2015 #1\n", "dana_v #1"]


def test_a_dated_first_post_head_ends_in_its_number():
    # _first_post searches FIRST_POST_DATED only in a (stripped) line ending in "#1": the pattern ends so
    texts = [line.strip() for line in LINES + FORUM_HEADS]
    assert [t for t in texts if sg.FIRST_POST_DATED.search(t) and not t.endswith("#1")] == []
    assert sum(1 for t in texts if sg.FIRST_POST_DATED.search(t)) >= 4


def test_the_first_post_is_found_as_before():
    lines = ["Fixing Gates", "Old 02-23-2015, 06:41 PM   #1", "dana_v", "Join Date: Jun 2009", "Posts: 12", "Hi all."]
    assert sg._first_post(lines, list(range(len(lines)))) == (1, 2, "dana_v")
