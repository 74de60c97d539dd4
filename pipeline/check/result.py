"""What a check reports: one :class:`Finding` per failure, and the :class:`CheckResult` that lists them (``limit``
per rule) and counts them all."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .config import CheckConfig

# Rules about a share of the whole corpus: each record counted is a finding (JSON lists them), but the text form
# says the failure once, naming the records, instead of repeating one line per article.
SHARE_RULES = ("noassertion-share", "duplicate-rate", "empty-text-rate")


@dataclass(frozen=True, slots=True)
class Finding:
    """One failure: which rule, where (file, 1-based line, record id) and what is wrong."""

    rule: str
    file: str
    line: int | None
    record_id: str | None
    message: str

    def text(self, short: bool = False) -> str:
        """Return the one-line, grep-friendly form: ``file:line: [rule] id: message`` (``short``: file name only).

        >>> f = Finding("repparttar", "clean/articles.jsonl", 3, "9bf77c11249ff70f", "text: 30 markers")
        >>> f.text()
        'clean/articles.jsonl:3: [repparttar] 9bf77c11249ff70f: text: 30 markers'
        >>> f.text(short=True)
        'articles.jsonl:3: [repparttar] 9bf77c11249ff70f: text: 30 markers'
        """
        file = os.path.basename(self.file) if short else self.file
        where = f"{file}:{self.line}" if self.line is not None else file
        who = f"{self.record_id}: " if self.record_id else ""
        return f"{where}: [{self.rule}] {who}{self.message}"


@dataclass
class CheckResult:
    """The outcome of one check: the findings listed (``limit`` per rule) and all of them counted."""

    path: str
    config: CheckConfig
    findings: list[Finding] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    records: Counter = field(default_factory=Counter)  # records read, by kind
    files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # rules that could not run, and why

    @property
    def ok(self) -> bool:
        return not self.counts

    def add(self, finding: Finding) -> None:
        if finding.rule in self.config.ignore:
            return
        self.counts[finding.rule] += 1
        if self.counts[finding.rule] <= self.config.limit:
            self.findings.append(finding)

    def as_dict(self) -> dict[str, Any]:
        """The JSON form printed by ``--format json``."""
        return {
            "path": self.path,
            "ok": self.ok,
            "files": self.files,
            "records": dict(sorted(self.records.items())),
            "thresholds": {
                "max_noassertion_share": self.config.max_noassertion_share,
                "max_duplicate_rate": self.config.max_duplicate_rate,
                "max_empty_rate": self.config.max_empty_rate,
            },
            "ignored": list(self.config.ignore),
            "counts": dict(sorted(self.counts.items())),
            "findings": [
                {"file": f.file, "line": f.line, "record_id": f.record_id, "rule": f.rule, "message": f.message}
                for f in self.findings
            ],
            "notes": self.notes,
        }

    def text_lines(self) -> Iterator[str]:
        """The text form: one line per finding (one per rule for a corpus share, naming its records), and a line
        for each other rule whose findings were cut at the limit."""
        shares: dict[str, list[Finding]] = {}
        for f in self.findings:
            if f.rule in SHARE_RULES:
                shares.setdefault(f.rule, []).append(f)
        said: set[str] = set()
        for f in self.findings:
            if f.rule not in SHARE_RULES:
                yield f.text()
            elif f.rule not in said:  # the rule's one line, where its first finding was
                said.add(f.rule)
                yield self._share_line(shares[f.rule])
        for name, n in sorted(self.counts.items()):
            if n > self.config.limit and name not in SHARE_RULES:
                yield f"{self.path}: [{name}] ... and {n - self.config.limit} more (--limit {self.config.limit})"

    def _share_line(self, findings: list[Finding]) -> str:
        first, n = findings[0], self.counts[findings[0].rule]
        ids = ", ".join(f.record_id or "?" for f in findings)
        more = f" ... and {n - len(findings)} more (--limit {self.config.limit})" if n > len(findings) else ""
        return f"{first.file}: [{first.rule}] {first.message}: {ids}{more}"

    def summary(self) -> str:
        """One line for stderr."""
        seen = ", ".join(f"{n} {k}(s)" for k, n in sorted(self.records.items())) or "no records"
        if self.ok:
            return f"tipline check: {self.path}: passed ({seen})"
        rules = ", ".join(f"{name} ({n})" for name, n in sorted(self.counts.items()))
        return f"tipline check: {self.path}: {sum(self.counts.values())} failure(s) in {seen}: {rules}"
