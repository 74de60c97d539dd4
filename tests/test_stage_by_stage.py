"""Every stage runs alone over JSONL (README: The CLI): a page whose markup holds several articles gives the same
articles and tips stage by stage through files as in one chain (`tipline run`) and through the API, because the
read stage's hand-off to segment (``Article.html_starts``, the later articles' opening lines) is written into the
article record until segment has used it (``tipline.article/3``), as the bold leads of a list's points are until
tips has used them (``Article.html_leads``)."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline.api import Pipeline
from pipeline.records import ARTICLE_SCHEMA, from_dict
from tests.conftest import ROOT, invoke, load_jsonl
from tests.stages.test_segment_html_articles import TWO_REPOSTS
from tests.stages.tips.test_bold_leads import PAGE as BOLD_LEADS

# Two pages of two <article>s each whose second article the text rules alone do not see (no "By" line over it):
# a club's roundup (own words, tests/fixtures/html/two-articles.html) and the segment tests' two reposts.
ROUNDUP = ROOT / "tests" / "fixtures" / "html" / "two-articles.html"
# And a list whose points open with bold words that run on into the sentence: read hands them to tips
# (``Article.html_leads``), which heads each tip by its lead.
PAGES = {"roundup": ROUNDUP.read_text(encoding="utf-8"), "reposts": TWO_REPOSTS, "bold-leads": BOLD_LEADS}
MULTI_ARTICLE = ("reposts", "roundup")
# `tipline run`'s chain, one subcommand each (dedup twice: articles, then tips)
STEPS = (("repair",), ("boilerplate",), ("segment",), ("dedup", "--level", "article"), ("tips",),
         ("dedup", "--level", "tip"))
OUTPUTS = ("articles.jsonl", "tips.jsonl")


def _page_dir(tmp_path, name):
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / f"{name}.html").write_text(PAGES[name], encoding="utf-8")
    return pages


def _chain(runner, pages, out):
    assert invoke(runner, "--workers", "1", "--no-progress", "run", str(pages), str(out)).exit_code == 0
    return out


def _stage_by_stage(runner, pages, work):
    """read, then each stage of the chain alone from the JSONL file the one before wrote, then write."""
    previous = work / "0-read.jsonl"
    assert invoke(runner, "--workers", "1", "--no-progress", "read", str(pages), "write-jsonl",
                  str(previous)).exit_code == 0
    for i, step in enumerate(STEPS, 1):
        target = work / f"{i}-{step[0]}.jsonl"
        done = invoke(runner, "--workers", "1", "--no-progress", "read-jsonl", str(previous), *step, "write-jsonl",
                      str(target))
        assert done.exit_code == 0, done.stderr
        previous = target
    out = work / "steps"
    assert invoke(runner, "--workers", "1", "--no-progress", "read-jsonl", str(previous), "write",
                  str(out)).exit_code == 0
    return out


def _three_ways(runner, tmp_path, name):
    """The page's output as one chain, stage by stage through JSONL files and through the API: the same bytes."""
    pages = _page_dir(tmp_path, name)
    chain = _chain(runner, pages, tmp_path / "chain")
    steps = _stage_by_stage(runner, pages, tmp_path)
    api = tmp_path / "api"
    Pipeline(workers=1).run(str(pages), str(api))
    for output in OUTPUTS:
        expected = (chain / output).read_bytes()
        assert (steps / output).read_bytes() == expected, output
        assert (api / output).read_bytes() == expected, output
    return chain


@pytest.mark.parametrize("name", MULTI_ARTICLE)
def test_stage_by_stage_through_jsonl_gives_the_chains_articles_and_tips(runner, tmp_path, name):
    chain = _three_ways(runner, tmp_path, name)
    articles = load_jsonl(chain / "articles.jsonl")
    assert len(articles) == 2  # the markup's two articles, split by segment
    # the hand-off is in the files between read and segment, and in no record past segment
    second = next(a["title"] for a in articles if a["source"]["part"] == 1)
    assert [record.get("html_starts") for record in load_jsonl(tmp_path / "0-read.jsonl")] == [[second]]
    for past in ("3-segment.jsonl", "6-dedup.jsonl"):
        assert all("html_starts" not in record for record in load_jsonl(tmp_path / past))
    assert all("html_starts" not in record for record in articles)


def test_bold_leads_reach_tips_stage_by_stage(runner, tmp_path):
    chain = _three_ways(runner, tmp_path, "bold-leads")
    headlines = [tip["headline"] for tip in load_jsonl(chain / "tips.jsonl")]
    assert headlines == ["Lower the lamps", "Park your phone", "Write down tomorrow's first job", "Warm your feet"]
    assert load_jsonl(tmp_path / "4-dedup.jsonl")[0]["html_leads"][0] == "Lower the lamps"  # handed on to tips ...
    for past in ("5-tips.jsonl", "6-dedup.jsonl"):
        assert all("html_leads" not in record for record in load_jsonl(tmp_path / past))  # ... and no further
    assert all("html_leads" not in record for record in load_jsonl(chain / "articles.jsonl"))


def test_the_stage_by_stage_output_passes_the_gate(runner, tmp_path):
    steps = _stage_by_stage(runner, _page_dir(tmp_path, "roundup"), tmp_path)
    checked = invoke(runner, "check", str(steps))
    assert checked.exit_code == 0, checked.output
    segment_input = tmp_path / "2-boilerplate.jsonl"  # a file that still carries the hand-off, as an output
    shutil.copy(segment_input, tmp_path / "pre.jsonl")
    out = tmp_path / "pre"
    assert invoke(runner, "--workers", "1", "--no-progress", "read-jsonl", str(tmp_path / "pre.jsonl"), "write",
                  str(out)).exit_code == 0
    assert load_jsonl(out / "articles.jsonl")[0]["html_starts"] == ["Gluing Up A Panel Without Clamps Slipping"]
    assert "[schema]" not in invoke(runner, "check", str(out)).output


def test_a_version_2_record_without_the_field_still_loads(runner, tmp_path):
    """Records written before version 3 have no html_starts key: they load (the text rules alone split them, as
    they did then) and come out in the current version."""
    pages = _page_dir(tmp_path, "roundup")
    read = tmp_path / "read.jsonl"
    assert invoke(runner, "--workers", "1", "--no-progress", "read", str(pages), "write-jsonl",
                  str(read)).exit_code == 0
    record = json.loads(read.read_text(encoding="utf-8"))
    old = {k: v for k, v in record.items() if k != "html_starts"} | {"schema": "tipline.article/2"}
    again = from_dict(old)
    assert again.html_starts == [] and again.schema == ARTICLE_SCHEMA
    legacy = tmp_path / "legacy.jsonl"
    legacy.write_text(json.dumps(old) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    done = invoke(runner, "--workers", "1", "--no-progress", "read-jsonl", str(legacy), "write", str(out))
    assert done.exit_code == 0
    [loaded] = load_jsonl(out / "articles.jsonl")
    assert loaded["schema"] == ARTICLE_SCHEMA and loaded["text"] == record["text"] and "html_starts" not in loaded
