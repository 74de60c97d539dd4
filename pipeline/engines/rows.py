"""The rows Ray datasets carry: one pickled object each, tagged by ``kind``.

A ``record``, a stage's ``stats`` from one batch, or an ``input`` file the reader saw (dedup adds its own
``dedup_doc`` rows while it works). Stats and inputs are merged on the driver, so the manifest accounts for
everything.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from typing import Any

from ..records import Record

KIND_RECORD, KIND_STATS, KIND_INPUT = "record", "stats", "input"


def rows(kind: str, objects: Iterable[Any]) -> list[dict[str, Any]]:
    """Tag and pickle ``objects`` as rows of ``kind``."""
    return [{"kind": kind, "blob": pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)} for obj in objects]


def batch(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Columns of a batch from its rows.

    >>> batch([{"kind": "record", "blob": b"x"}])
    {'kind': ['record'], 'blob': [b'x']}
    """
    return {"kind": [r["kind"] for r in rows], "blob": [r["blob"] for r in rows]}


def split_batch(columns: dict[str, Any]) -> tuple[list[Record], list[dict[str, Any]]]:
    """Split a batch into its records and the other rows (stats, inputs), which are passed through."""
    records, others = [], []
    for kind, blob in zip(columns["kind"], columns["blob"], strict=True):
        if kind == KIND_RECORD:
            records.append(pickle.loads(blob))
        else:
            others.append({"kind": kind, "blob": blob})
    return records, others
