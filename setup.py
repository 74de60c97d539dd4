"""The source folder ``pipeline/`` installs under two import names: ``pipeline`` (the project's own name for it)
and ``tipline`` (the distribution's name, which does not clash with a consumer's own ``pipeline`` package).

Only the package list is computed here (every subpackage of the folder, under both names), so a new subpackage
needs no edit; everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

FOLDER = "pipeline"
ALIAS = "tipline"

subpackages = find_packages(include=[FOLDER, f"{FOLDER}.*"])
aliased = [ALIAS + name[len(FOLDER):] for name in subpackages]

setup(
    packages=subpackages + aliased,
    package_dir={ALIAS: FOLDER},
    package_data={FOLDER: ["schemas/*.json"], ALIAS: ["schemas/*.json"]},
)
