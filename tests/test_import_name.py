"""``import tipline`` (issue 13): the folder ``pipeline/`` is also installed as ``tipline``, and its imports are
relative, so it works in a project that has a ``pipeline`` package of its own."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A consumer's program: its own `pipeline` comes first on sys.path (the script's folder), then it uses tipline.
CONSUMER = """
import pipeline
assert pipeline.MINE == "the consumer's own pipeline", pipeline
import tipline
from tipline import clean_text
from tipline.api import through
print(tipline.__file__)
print(clean_text(["Be proud ofrepparttar 104500 work you do."], through("repair"))[0].text)
"""


def consumer_project(where: Path) -> Path:
    (where / "pipeline").mkdir(parents=True)
    (where / "pipeline" / "__init__.py").write_text("MINE = \"the consumer's own pipeline\"\n", encoding="utf-8")
    script = where / "main.py"
    script.write_text(CONSUMER, encoding="utf-8")
    return script


def run_consumer(script: Path, env: dict[str, str] | None = None) -> list[str]:
    done = subprocess.run([sys.executable, str(script)], cwd=script.parent, capture_output=True, text=True,
                          env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_tipline_imports_beside_a_consumers_own_pipeline_package(tmp_path):
    """The installed (editable) tipline: its code is the repo's folder, none of its imports reach `pipeline`."""
    where, cleaned = run_consumer(consumer_project(tmp_path / "project"))
    assert Path(where) == ROOT / "pipeline" / "__init__.py"
    assert cleaned == "Be proud of the work you do."


@pytest.mark.slow  # builds a wheel (setuptools in an isolated build environment)
def test_tipline_in_the_consumers_program_cleans_a_text_from_a_built_wheel(tmp_path):
    """A normal install: the wheel holds the folder under both names, schemas included, and runs as `tipline`."""
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
                           capture_output=True, text=True)
    if built.returncode != 0:
        pytest.skip(f"cannot build a wheel here (no build backend reachable): {built.stderr.strip()[-300:]}")
    (wheel,) = wheels.glob("tipline-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ("pipeline", "tipline"):
        assert f"{package}/__init__.py" in names
        assert f"{package}/stages/repair.py" in names
        assert f"{package}/schemas/manifest.schema.json" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # what `pip install` puts in site-packages (pure Python)
    env = {**os.environ, "PYTHONPATH": str(site)}
    where, cleaned = run_consumer(consumer_project(tmp_path / "project"), env)
    assert Path(where) == site / "tipline" / "__init__.py"
    assert cleaned == "Be proud of the work you do."
