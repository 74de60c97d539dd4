"""The base install (issue 18): `pip install .` into an empty venv has none of the extras and runs `tipline run`
on the seeds; Parquet and the report say which extra they need (exit 2)."""

from __future__ import annotations

import pytest

from bench.install_size import NOT_IN_BASE, measure


@pytest.mark.slow  # a fresh venv and a full `pip install .`: about a minute
def test_pip_install_into_an_empty_venv_runs_the_seeds_without_the_extras(tmp_path):
    result = measure(tmp_path)
    assert result["run_exit"] == 0 and result["articles"], result["run_stderr"]
    assert result["absent"] == list(NOT_IN_BASE)
    assert result["parquet_exit"] == 2 and "tipline[parquet]" in result["parquet_stderr"]
    assert result["report_exit"] == 2 and "tipline[report]" in result["report_stderr"]
    assert result["venv_mb"] < 400, result["venv_mb"]  # 226 MB measured (bench/results.md); ray alone is ~400
