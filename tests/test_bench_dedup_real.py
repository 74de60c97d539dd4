"""The real-shaped dedup scorer (bench/dedup_real.py): pair sets, F1, direction, and the dev labels themselves.

The set-apart labels are never loaded here: that part is scored only by `make bench`.
"""

import pytest

from bench import dedup_real as dr
from bench.dedup_real import Links, links, pair, pair_scores, parse_labels, true_pairs


def group(gid, members, original, evidence="date"):
    return {"id": gid, "members": [{"file": f, "role": r} for f, r in members], "original": original,
            "evidence": evidence if original else "none", "shape": "test"}


needs_dev = pytest.mark.skipif(not (dr.DEDUPSET / "dev" / "groups.json").exists(),
                               reason="the dev part is not written yet")

LABELS = parse_labels({"groups": [
    group("g1", [("o1", "original"), ("r1", "repost"), ("s1", "spun")], "o1"),
    group("g2", [("a2", "repost"), ("b2", "repost")], None),
], "distractors": ["d1", "d2"]})


def found(*edges):
    f = Links()
    for copy, source in edges:
        f.add(copy, source)
    return f


def test_true_pairs_are_every_pair_inside_a_group_and_none_with_distractors():
    assert true_pairs(LABELS) == {("o1", "r1"), ("o1", "s1"), ("r1", "s1"), ("a2", "b2")}


def test_pair_scores_count_each_unordered_pair_once():
    predicted = {pair("r1", "o1"), pair("o1", "s1"), pair("d1", "a2")}
    s = pair_scores(true_pairs(LABELS), predicted)
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 2)
    assert s["precision"] == pytest.approx(2 / 3) and s["recall"] == pytest.approx(0.5)
    assert s["f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_perfect_and_empty_predictions():
    truth = true_pairs(LABELS)
    assert pair_scores(truth, truth)["f1"] == 1.0
    empty = pair_scores(truth, set())
    assert (empty["precision"], empty["recall"], empty["f1"]) == (1.0, 0.0, 0.0)


def test_links_from_canonical_member_sources_and_relations():
    out = [{"id": "A", "cluster": {"canonical": "A", "member_sources": ["/x/o1", "/x/r1"]}},
           {"id": "S", "derived_from": {"id": "A"}},
           {"id": "D", "text": "no relation"}]
    f = links(out, {"A": "o1", "R": "r1", "S": "s1", "D": "d1"})
    assert f.pairs == {("o1", "r1"), ("o1", "s1"), ("r1", "s1")}  # two copies of one original are a pair
    assert f.edges == {("r1", "o1"), ("s1", "o1")}


def test_links_from_kept_duplicates_point_at_the_canonical():
    out = [{"id": "R", "cluster": {"canonical": "A"}, "duplicate_of": {"id": "A"}},
           {"id": "A", "cluster": {"canonical": "A", "member_sources": ["o1", "r1"]}}]
    f = links(out, {"A": "o1", "R": "r1"})
    assert f.pairs == {("o1", "r1")} and f.edges == {("r1", "o1")}


def test_parts_of_one_page_linked_to_each_other_make_no_pair():
    f = links([{"id": "p1", "derived_from": {"id": "p0"}}], {"p0": "a", "p1": "a"})
    assert f.pairs == set() and f.edges == set()


def judged(f):
    result, wrong_way = dr.directions(LABELS, f)
    return {d.copy: d.ok for d in result}, wrong_way


def test_direction_right_when_copies_lead_to_the_original():
    assert judged(found(("r1", "o1"), ("s1", "o1"))) == ({"r1": True, "s1": True}, [])


def test_direction_follows_a_chain_through_another_copy():
    assert judged(found(("s1", "r1"), ("r1", "o1"))) == ({"r1": True, "s1": True}, [])


def test_direction_wrong_when_the_original_is_marked_a_copy():
    assert judged(found(("o1", "r1"))) == ({"r1": False}, ["g1"])


def test_copies_linked_only_to_each_other_are_wrong_and_unlinked_copies_are_not_judged():
    assert judged(found(("s1", "r1"))) == ({"r1": False, "s1": False}, [])
    assert judged(found(("r1", "o1"))) == ({"r1": True}, [])  # s1 is a recall miss, not a direction miss


def test_groups_without_a_labelled_original_and_links_to_distractors_are_not_judged():
    assert judged(found(("a2", "b2"), ("r1", "d1"))) == ({}, [])


def test_bad_labels_are_refused_with_the_group_named():
    with pytest.raises(ValueError, match="g9: original p2 is not a member with role 'original'"):
        parse_labels({"groups": [group("g9", [("p1", "original"), ("p2", "repost")], "p2")], "distractors": []})
    with pytest.raises(ValueError, match="labelled twice"):
        parse_labels({"groups": [group("g1", [("p1", "original"), ("p1", "repost")], "p1")], "distractors": []})
    with pytest.raises(ValueError, match="null exactly when"):
        parse_labels({"groups": [dict(group("g1", [("p1", "repost")], None), evidence="date")],
                      "distractors": []})


@needs_dev
def test_dev_labels_match_the_pages_and_the_issue_counts():
    labels = dr.load("dev")
    assert len(labels.groups) >= 40 and len(labels.distractors) >= len(labels.groups)
    roles = [{r for _, r in g.members} for g in labels.groups]
    assert sum("spun" in r for r in roles) >= 8 and sum("aggregator" in r for r in roles) >= 7
    assert sum(g.original is None for g in labels.groups) >= len(labels.groups) // 8


@needs_dev
def test_the_scorer_gives_perfect_scores_to_the_labels_themselves():
    labels = dr.load("dev")
    perfect = Links()
    for g in labels.groups:
        for f in g.files:
            if f != (g.original or g.files[0]):
                perfect.add(f, g.original or g.files[0])
    result = dr.evaluate("dev", perfect)
    assert result.scores["f1"] == 1.0 and result.wrong_way == []
    assert all(d.ok for d in result.judged) and len(result.judged) == sum(
        len(g.files) - 1 for g in labels.groups if g.original)


@needs_dev
@pytest.mark.slow  # the whole chain over the dev pages
def test_the_scorer_runs_tipline_on_dev():
    result = dr.evaluate("dev")
    assert 0.0 <= result.scores["f1"] <= 1.0
    assert "pairs: precision" in dr.summary(result)


def test_a_link_whose_evidence_is_none_pairs_files_but_claims_no_direction():
    f = Links()
    f.add("r1", "o1", dr.OPEN)
    assert f.pairs == {("o1", "r1")} and f.edges == set()
    result, wrong_way = dr.directions(LABELS, f)
    assert [(d.copy, d.ok, d.why) for d in result] == [("r1", False, "linked, direction left open")]
    assert wrong_way == []


def test_a_claimed_direction_outranks_an_open_link_between_the_same_files():
    f = Links()
    f.add("r1", "o1", "date")
    f.add("r1", "o1", dr.OPEN)
    assert f.evidence == {("r1", "o1"): "date"}
    assert judged(f) == ({"r1": True}, [])


def test_links_read_the_evidence_of_relations_and_mark_cluster_members():
    out = [{"id": "A", "cluster": {"canonical": "A", "member_sources": ["o1", "r1"]}},
           {"id": "S", "derived_from": {"id": "A", "evidence": "cites"}},
           {"id": "B", "derived_from": {"id": "X", "evidence": "none"}}]
    f = links(out, {"A": "o1", "R": "r1", "S": "s1", "B": "b2", "X": "a2"})
    assert f.evidence == {("r1", "o1"): "cluster", ("s1", "o1"): "cites", ("b2", "a2"): "none"}
    assert dr.open_groups(LABELS, f) == {"none": 1}


def test_the_evidence_named_on_each_right_way_copy_is_kept():
    f = Links()
    f.add("s1", "o1", "date")
    f.add("r1", "s1", "containment")
    result, _ = dr.directions(LABELS, f)
    assert {d.copy: (d.ok, d.said) for d in result} == {"s1": (True, "date"), "r1": (True, "containment")}
