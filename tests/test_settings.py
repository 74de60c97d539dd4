"""Stage options from [tool.tipline.<stage>] in pyproject.toml, --config FILE and run --set (issue 18): applied,
recorded in the manifest, and refused (exit 2, nothing written) when a key or value is wrong."""

from __future__ import annotations

import pytest

from tests.conftest import RAW, invoke, load_manifest


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder as the working directory; write its pyproject.toml with ``project(text)``."""
    monkeypatch.chdir(tmp_path)

    def write(text: str):
        (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
        return tmp_path

    return write


def test_pyproject_stage_options_apply_to_run_and_are_recorded(runner, project):
    where = project("[project]\nname = 'x'\n\n[tool.tipline.dedup]\nthreshold = 0.3\n\n"
                    "[tool.tipline.tips]\nmin-tips = 3\nforms = ['numbered', 'bullet']\n")
    result = invoke(runner, "--no-progress", "run", str(RAW), "out")
    assert result.exit_code == 0, result.output
    manifest = load_manifest(where / "out")
    assert manifest["options"]["dedup"]["threshold"] == manifest["options"]["dedup#2"]["threshold"] == 0.3
    assert manifest["options"]["dedup"]["level"] == "article" and manifest["options"]["dedup#2"]["level"] == "tip"
    assert manifest["options"]["tips"]["min_tips"] == 3
    assert manifest["options"]["tips"]["forms"] == ["numbered", "bullet"]
    assert manifest["settings"] == {"dedup": {"threshold": 0.3},
                                    "tips": {"forms": ["numbered", "bullet"], "min_tips": 3}}


def test_set_wins_over_the_file_and_is_recorded(runner, project):
    where = project("[tool.tipline.dedup]\nthreshold = 0.3\nbands = 16\nrows = 8\n")
    result = invoke(runner, "--no-progress", "run", "--set", "dedup.threshold=0.6", "--set",
                    "repair.spun-threshold=0.9", str(RAW), "out")
    assert result.exit_code == 0, result.output
    manifest = load_manifest(where / "out")
    assert manifest["options"]["dedup"]["threshold"] == 0.6 and manifest["options"]["dedup"]["bands"] == 16
    assert manifest["options"]["repair"]["spun_threshold"] == 0.9
    assert manifest["settings"]["dedup"] == {"bands": 16, "rows": 8, "threshold": 0.6}


def test_a_flag_given_on_a_stage_subcommand_wins_over_the_file(runner, project):
    where = project("[tool.tipline.dedup]\nthreshold = 0.3\ncontainment-threshold = 0.5\n")
    result = invoke(runner, "--no-progress", "read", str(RAW), "dedup", "--threshold", "0.9", "write", "out")
    assert result.exit_code == 0, result.output
    manifest = load_manifest(where / "out")
    assert manifest["options"]["dedup"]["threshold"] == 0.9
    assert manifest["options"]["dedup"]["containment_threshold"] == 0.5
    assert manifest["settings"] == {"dedup": {"containment_threshold": 0.5}}


def test_config_file_in_either_form(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for n, text in enumerate(("[dedup]\nthreshold = 0.4\n", "[tool.tipline.dedup]\nthreshold = 0.4\n")):
        (tmp_path / f"c{n}.toml").write_text(text, encoding="utf-8")
        result = invoke(runner, "--no-progress", "--config", f"c{n}.toml", "run", str(RAW), f"out{n}")
        assert result.exit_code == 0, result.output
        assert load_manifest(tmp_path / f"out{n}")["options"]["dedup"]["threshold"] == 0.4


@pytest.mark.parametrize("text, message", [
    ("[tool.tipline.dedup]\ntreshold = 0.3\n", "unknown key 'treshold' in [tool.tipline.dedup] (did you mean "
                                               "'threshold'?)"),
    ("[tool.tipline.dedupe]\nthreshold = 0.3\n", "unknown section [tool.tipline.dedupe] (did you mean "
                                                 "[tool.tipline.dedup]?"),
    ("[tool.tipline.dedup]\nthreshold = 'high'\n", "[tool.tipline.dedup] threshold = 'high': expected a number"),
    ("[tool.tipline.dedup]\nthreshold = 1.5\n", "threshold must be in (0, 1], got 1.5"),
    ("[tool.tipline.repair]\nspun-threshold = 2\n", "spun_threshold = 2.0: Invalid value for '--spun-threshold'"),
    ("[tool.tipline.tips]\nforms = ['bulleted']\n", "unknown tip form(s) bulleted"),
    ("[tool.tipline.dedup]\nlevel = 'tip'\n", "set level only for a `dedup` subcommand"),
    ("[tool.tipline]\ndedup = 3\n", "[tool.tipline.dedup] must be a table"),
    ("[tool.tipline.segment]\nline-roles = 'fallbacks'\n", "line_roles must be one of off, model"),
])
def test_a_wrong_key_or_value_exits_2_naming_it_and_writes_nothing(runner, project, text, message):
    where = project(text)
    result = invoke(runner, "--no-progress", "run", str(RAW), "out")
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "pyproject.toml" in result.stderr, result.stderr
    assert not (where / "out").exists()


@pytest.mark.parametrize("item, message", [
    ("dedup.treshold=0.3", "unknown key 'treshold' in [dedup] (did you mean 'threshold'?)"),
    ("dedup=0.3", "expected STAGE.KEY=VALUE"),
    ("tips.min_tips=0", "min_tips must be at least 1, got 0"),
    ("dedup.level=tip", "set level only for a `dedup` subcommand"),
    ("segment.line_roles=titles", "line_roles must be one of off, model"),  # a mode segment has not
])
def test_a_wrong_set_exits_2_naming_it(runner, tmp_path, item, message):
    result = invoke(runner, "run", "--set", item, str(RAW), str(tmp_path / "out"))
    assert result.exit_code == 2 and message in result.stderr, result.stderr
    assert not (tmp_path / "out").exists()


def test_check_section_is_left_to_check(runner, project):
    where = project("[tool.tipline.check]\nmax-noassertion-share = 1.0\n")
    assert invoke(runner, "--no-progress", "run", str(RAW), "out").exit_code == 0
    assert load_manifest(where / "out")["settings"] == {}


SIGNED_BELOW = ("Mending A Leaking Tap\n\nA dripping tap wastes more water in a month than most households guess, and "
                "the washer that stops it costs less than a coffee.\n\nTurn the supply off under the sink first, "
                "then open the tap to let the last of the water run out before you take anything apart.\n\n"
                "Tomasz Wiśniewski\n\nTomasz Wiśniewski fixes old plumbing in Kraków.\n")


@pytest.mark.parametrize("mode, author", [("off", None), ("author-fallback", "Tomasz Wiśniewski")])
def test_segment_line_roles_option_sets_the_mode_and_is_recorded(runner, tmp_path, mode, author):
    """`segment --line-roles MODE` reaches segment: a bare name under the text, with a bio line naming it, is left
    unread by the rules and named by the author fallback; the manifest records the mode."""
    import json

    (tmp_path / "tap.txt").write_text(SIGNED_BELOW, encoding="utf-8")
    result = invoke(runner, "--no-progress", "read", str(tmp_path / "tap.txt"), "segment", "--line-roles", mode,
                    "write", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    (article,) = [json.loads(line) for line in lines]
    assert article["author"] == author
    assert load_manifest(tmp_path / "out")["options"]["segment"]["line_roles"] == mode
