"""The labelled real texts of bench_real_text_tips: labels that can be scored, a third set apart."""

import doctest

from bench import bench_real_text_tips as rt


def test_every_text_has_one_label_and_a_third_is_set_apart():
    advises, setapart = rt.load_labels()
    data = __import__("json").loads(rt.LABELS.read_text(encoding="utf-8"))
    assert not set(data["advice"]) & set(data["not-advice"])  # a text advises or not, never both
    assert len(advises) == len(data["advice"]) + len(data["not-advice"]) == 324  # round 15's 120, 16's 124, 17's 80
    assert setapart <= set(advises) and 0.25 <= len(setapart) / len(advises) <= 0.40
    assert all(i.startswith("real-") for i in advises)  # ids of the corpus's lines: no text copied here


def test_round_16s_ids_are_set_apart_by_their_hash():
    import hashlib

    advises, setapart = rt.load_labels()
    added = [i for i in advises if i in ROUND_16_SAMPLE + ROUND_17_SAMPLE]
    assert len(added) == 6
    for i in added:  # the rule of the file's _about: the first byte of a hash of the id below 86
        assert (i in setapart) == (hashlib.sha256(("setapart:" + i).encode()).digest()[0] < 86)


ROUND_16_SAMPLE = ("real-137", "real-951", "real-924")  # three of round 16's labelled ids
ROUND_17_SAMPLE = ("real-801", "real-1148", "real-971")  # three of round 17's


def test_the_score_counts_precision_and_recall_over_the_ids_asked():
    advises = {"a": True, "b": False, "c": False}
    assert rt.score(advises, {"a"}, {"a", "b", "c"})[3:] == ["1/1 (100 %)", "1/1 (100 %)", "3/3 (100 %)"]
    assert rt.score(advises, {"a", "b", "c"}, {"a", "b", "c"})[3] == "1/3 (33 %)"


def test_doctests_of_the_bench():
    assert doctest.testmod(rt).failed == 0
