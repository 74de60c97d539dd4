"""One module (or package) per stage, and nothing else: text helpers are in ``pipeline.text``. Each holds a frozen
config dataclass, small pure helpers, and ``run(records, config, stats) -> Iterator[Record]``; none of them knows
about Click."""
