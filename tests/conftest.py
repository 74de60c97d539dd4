"""Shared fixtures: a Click runner, the seed pages, and helpers to run the CLI and load its output."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
CLEAN = ROOT / "clean"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden files from the current output.")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def raw_copy(tmp_path) -> Path:
    """A private copy of raw/ (absolute path), so tests may add bad files beside the seeds."""
    dest = tmp_path / "raw"
    shutil.copytree(RAW, dest)
    return dest


def invoke(runner: CliRunner, *args: str, input: str | bytes | None = None):
    """Run the CLI with ``args``; never swallow an unexpected exception."""
    result = runner.invoke(cli, list(args), input=input, catch_exceptions=False)
    return result


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_manifest(out: Path) -> dict:
    with open(out / "manifest.json", encoding="utf-8") as fh:
        return json.load(fh)


def through_stage(kind, config, records, **extra):
    """Run one stage THROUGH THE PROTOCOL, as the executors do: ``learn`` over the records first (a stage that
    learns from the whole run), then ``run(records, state)``; return the outputs and the stage's stats."""
    from pipeline.stage import Stage
    from pipeline.stats import StageStats

    stage = Stage(kind, config, StageStats(kind.name), extra)
    records = list(records)
    state = stage.learn(iter(records)) if stage.learns else None
    return list(stage.run(iter(records), state)), stage.stats


def segment_page(text: str) -> list:
    """The articles segment makes of one scraped text page holding ``text``, run through the protocol."""
    from pipeline.records import Article, Source
    from pipeline.stages import segment as sg

    source = Source(path="p.txt", sha256="ab" * 32, size=len(text), format="txt")
    articles, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [Article(id=Article.make_id(source), source=source,
                                                                         text=text)])
    return articles


def only_article(text: str):
    """The one article segment makes of one scraped text page holding ``text`` (unpacking fails on none or many)."""
    (article,) = segment_page(text)
    return article


def titles_and_authors(articles) -> list[tuple[str | None, str | None]]:
    """Each article's (title, author), in order: what a page's segmentation is checked against."""
    return [(a.title, a.author) for a in articles]


def tip_headlines(text: str) -> list[str]:
    """The headline of each tip the tips stage finds in an article's text, in order."""
    from pipeline.stages.tips import split_text

    return [t.headline for t in split_text(text).tips]


def licence_tag(line: str) -> str:
    """The licence tag the statements found in ``line`` add up to (``lic.NOASSERTION`` when there are none)."""
    from pipeline.text import licence as lic

    return lic.combine(lic.find_statements(line)).tag


def html_author(html: str) -> str | None:
    """The author the HTML reader finds in a page's markup (``page_meta`` over the walked page)."""
    from pipeline.text.html_main import walk
    from pipeline.text.html_meta import page_meta

    return page_meta(walk(html)).author


def file_articles(path) -> list:
    """The articles the default chain, up to segment, makes of the page file at ``path``."""
    from bench.labels import clean_through
    from pipeline.records import Article

    return [r for r in clean_through([str(path)], "segment") if isinstance(r, Article)]


def cases(group: str, expected, inputs) -> list:
    """A table's rows for ``inputs`` that share one ``expected`` answer, each a ``pytest.param(input, expected)``
    whose id is ``group-N`` (N counts from 1), so a failing row names the shape it stands for."""
    return [pytest.param(item, expected, id=f"{group}-{n}") for n, item in enumerate(inputs, 1)]


def load_run(out: Path) -> dict:
    """The run's settings and timings (``OUT/run.json``, beside the manifest)."""
    with open(out / "run.json", encoding="utf-8") as fh:
        return json.load(fh)


def comparable_manifest(manifest: dict) -> dict:
    """The manifest without its ``run`` section (timings and worker count vary between runs)."""
    return {k: v for k, v in manifest.items() if k != "run"}


def tree_bytes(out: Path) -> dict[str, bytes]:
    """Every output file's bytes but run.json's (timings and worker count), with the manifest's run section
    removed (manifests older than issue 13 had one)."""
    files = {}
    for name in sorted(os.listdir(out)):
        if name == "run.json":
            continue
        data = (out / name).read_bytes()
        if name == "manifest.json":
            data = json.dumps(comparable_manifest(json.loads(data)), sort_keys=True).encode()
        files[name] = data
    return files


def _hypothesis_profiles() -> None:
    """CI runs hypothesis derandomized (the same examples every run), so a red build is never a dice roll;
    developers run it randomized, so new examples keep being tried."""
    from hypothesis import HealthCheck, settings

    settings.register_profile("ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile("dev", deadline=None)
    settings.load_profile("ci" if os.environ.get("CI") else "dev")


_hypothesis_profiles()
