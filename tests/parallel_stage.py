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


def repair_data_loaded() -> tuple[int, int]:
    """In a worker: whether the language model and the word list are already loaded (1) or not (0)."""
    from pipeline.repairs import language, lexicon

    return language._identifier.cache_info().currsize, lexicon._known_words.cache_info().currsize
