"""Small whole-file reads: a file's sha256, a JSON document, a TOML file.
"""

from __future__ import annotations

import hashlib
import json
import sys
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib



def file_sha256(path: str) -> tuple[str, int]:
    """Return the sha256 and size of a file, streaming."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


def read_json(path: str) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def read_toml(path: str) -> dict[str, Any]:
    """Read a TOML file (pyproject.toml); ``ValueError`` names the file when it is not valid TOML."""
    with open(path, "rb") as fh:
        try:
            return tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: not valid TOML: {exc}") from None
