"""A tiny per-document stage used to test the worker pool (importable by worker processes)."""

from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.stage import StageKind

NAME = "shout"


@dataclass(frozen=True)
class ShoutConfig:
    drop_word: str = "DROP"


def run(records, config: ShoutConfig, stats) -> Iterator:
    for record in records:
        if config.drop_word in record.text:
            stats.drop(record, "contains_drop_word")
            continue
        record.text = record.text.upper()
        stats.count("shouted")
        yield record


STAGE = StageKind(NAME, per_document=True, run=run)
