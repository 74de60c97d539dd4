"""The labelled real texts of bench_real_text_tips: labels that can be scored, a third set apart."""

import doctest

from bench import bench_real_text_tips as rt


def test_every_text_has_one_label_and_a_third_is_set_apart():
    advises, setapart = rt.load_labels()
    data = __import__("json").loads(rt.LABELS.read_text(encoding="utf-8"))
    assert not set(data["advice"]) & set(data["not-advice"])  # a text advises or not, never both
    assert len(advises) == len(data["advice"]) + len(data["not-advice"]) == 324  # round 15's 120, 16's 124, 17's 80
    assert setapart <= set(advises) and 0.25 <= len(setapart) / len(advises) <= 0.40
    assert all(i.startswith(("aeb:", "traf:")) for i in advises)  # ids naming the corpus's pages: no text here


def test_round_16s_ids_are_set_apart_by_their_hash():
    import hashlib

    advises, setapart = rt.load_labels()
    for numbered, named in ROUND_16_SAMPLE + ROUND_17_SAMPLE:
        assert named in advises  # the rule of the file's _about: the first byte of a hash of the numbered id below 86
        assert (named in setapart) == (hashlib.sha256(("setapart:" + numbered).encode()).digest()[0] < 86)


# Three of round 16's and three of round 17's labelled texts: the id they were drawn and split by (numbered by
# position, until round 22) and the id naming their page since
ROUND_16_SAMPLE = (("real-137", "aeb:c50845a7158af12ee75acea301a3ea0dad1e848d6b9dbdb43ba7f2d825b2528b"),
                   ("real-951", "traf:mein-schoener-garten.de-topinabur"),
                   ("real-924", "traf:ledevoir.com.trottinettes"))
ROUND_17_SAMPLE = (("real-801", "traf:emotion.de.selfcare"), ("real-1148", "traf:wochenblatt.com-Heinen-Essen"),
                   ("real-971", "traf:nationalrail.co.uk.disruptions"))


def test_the_score_counts_precision_and_recall_over_the_ids_asked():
    advises = {"a": True, "b": False, "c": False}
    assert rt.score(advises, {"a"}, {"a", "b", "c"})[3:] == ["1/1 (100 %)", "1/1 (100 %)", "3/3 (100 %)"]
    assert rt.score(advises, {"a", "b", "c"}, {"a", "b", "c"})[3] == "1/3 (33 %)"


def test_doctests_of_the_bench():
    assert doctest.testmod(rt).failed == 0
