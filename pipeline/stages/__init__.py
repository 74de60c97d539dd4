"""One module per stage. Each holds a frozen config dataclass, small pure helpers, and
``run(records, config, stats) -> Iterator[Record]``; none of them knows about Click."""
