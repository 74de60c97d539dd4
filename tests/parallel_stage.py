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


def count_records(records, config, stats) -> int:
    """A corpus pass: how many records the run holds."""
    return sum(1 for _ in records)


def run_counted(records, config, state, stats) -> Iterator:
    for record in records:
        record.text = f"{record.text} of {state}"
        yield record


def run_counting(records, config, stats) -> Iterator:
    records = list(records)
    return run_counted(records, config, count_records(records, config, stats), stats)


COUNTING = StageKind("count", per_document=True, run=run_counting, learn=count_records, run_learned=run_counted)


def in_worker(fn, *args):
    """Run ``fn(*args)`` where this is called (a worker) and say which process ran it: (pid, result)."""
    import os

    return os.getpid(), fn(*args)
