"""bench.regex_costs: the timed patterns answer exactly as the patterns do, and their costs land on the pattern and
the caller that spent them (issue 19's per-pattern profile)."""

import re

from bench import regex_costs
from bench.regex_costs import COSTS, TimedPattern, costliest, timing_compile


def _ask_for_dates(pattern, text):
    matches = pattern.finditer(text)  # (asked here: a comprehension would be a caller of its own, "<listcomp>")
    return [pattern.search(text), pattern.findall(text), list(map(re.Match.span, matches)), pattern.sub("#", text)]


def test_a_timed_pattern_answers_as_the_pattern_does_and_is_charged_per_call():
    COSTS.clear()
    timed = timing_compile(re.compile, "re")(r"\d{4}-\d\d")
    plain = re.compile(r"\d{4}-\d\d")
    text = "Fenwick Street fair: 2031-05 and again 2032-07, then none."
    found, expected = _ask_for_dates(timed, text), _ask_for_dates(plain, text)
    assert isinstance(timed, TimedPattern)
    assert found[0].span() == expected[0].span() and found[1:] == expected[1:]
    assert timed.pattern == plain.pattern and timed.flags == plain.flags  # anything else is the pattern's own
    key = ("re", plain.pattern, plain.flags)
    assert COSTS.calls[key] == 4  # search, findall, finditer, sub
    assert COSTS.ns[key] > 0
    callers = {who for (k, who), _ in COSTS.by_caller.items() if k == key}
    assert callers and all(who.endswith("(_ask_for_dates)") for who in callers)  # by line: path:line(function)


def test_the_costliest_rows_name_pattern_calls_and_caller():
    COSTS.clear()
    compile_ = timing_compile(re.compile, "re")
    slow, quick = compile_(r"(?:a|b)*c"), compile_(r"z")
    for _ in range(3):
        slow.search("ab" * 4000)
    quick.search("z")
    rows = costliest(1)
    assert [r["pattern"] for r in rows] == ["(?:a\\|b)*c"]  # the table's bars escaped
    assert rows[0]["calls"] == 3 and rows[0]["top_caller_share"] == 1.0
    assert "test_the_costliest_rows" in rows[0]["top_caller"]


def test_a_timed_pattern_compiled_again_is_passed_through():
    compile_ = timing_compile(re.compile, "re")
    timed = compile_(r"\bwren\b", re.I)
    assert compile_(timed) is timed
    assert regex_costs.short_path(__file__) == "test_bench_regex_costs.py"
