"""Train the line-role model (issue 16) and write its weights to ``pipeline/text/line_roles_table.py``.

Deterministic: the examples are collected in part and page order (``bench.line_roles.collect``), the feature
vocabulary is sorted, and the model is a conditional logit (a logistic model that ranks one article's candidates
against each other and against "none"), L2-regularised, fitted by a fixed number of full-batch Adam steps from
zero weights (numpy only, no randomness). The "fallback" mode's threshold is chosen by leaving one training part
out. The table's header names the training parts, the date they last changed and a checksum of their pages and
labels, so ``tests/text/test_line_roles.py`` can tell a stale table (and, marked slow, retrains and compares).

    python -m bench.train_line_roles            # train on every tuned part (TRAINING), write the table
    python -m bench.train_line_roles --check    # exit 1 when the shipped table differs from a fresh training
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import textwrap
from collections import Counter
from pathlib import Path

import numpy as np

from bench.line_roles import MODES, ROLES, TRAINING, Example, collect, view
from bench.real_pages import REALPAGES
from bench.util import write_or_check

TABLE = Path(__file__).resolve().parent.parent / "pipeline" / "text" / "line_roles_table.py"
MIN_COUNT = 2  # a feature seen fewer times in training gets no weight (it would only memorise one page)
L2 = 1e-3  # per-example penalty on the weights' squares
STEPS = 600
RATE = 0.05
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 20))  # the fallback threshold's grid
# the fallback threshold is chosen on at most this many folds of the training parts (parts dealt round-robin in
# their order): a fit per fold, so leave-one-part-out over seventeen parts costs four fits, not sixteen
MAX_FOLDS = 4
DIGITS = 4  # weights are rounded in the table: the file stays readable and the same on every machine
MIN_WEIGHT = 0.01  # a smaller weight moves no probability by more than a percent: left out of the table
Tables = dict[str, dict[str, tuple[float, float, dict[str, float]]]]  # role -> mode -> (bias, threshold, weights)


def _design(examples: list[Example], role: str, mode: str) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray,
                                                                   np.ndarray, np.ndarray]:
    """The sparse design of the examples: the sorted vocabulary (features seen at least ``MIN_COUNT`` times), the
    (row, column) pairs of every candidate's features, each candidate's article (group) and whether it is the
    answer, and per group whether the answer is "none"."""
    rows: list[tuple[tuple[str, ...], float, int]] = []
    none: list[float] = []
    for g, e in enumerate(examples):
        for c in view(e.candidates[role], mode):
            rows.append((c.features, float(e.label[role] is not None and c.value == e.label[role]), g))
        none.append(float(e.label[role] is None))
    counts = Counter(f for feats, _, _ in rows for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: k for k, f in enumerate(vocab)}
    r_idx, c_idx = [], []
    for r, (feats, _, _) in enumerate(rows):
        for f in sorted(set(feats)):
            if f in index:
                r_idx.append(r)
                c_idx.append(index[f])
    return (vocab, np.array(r_idx, dtype=np.int64), np.array(c_idx, dtype=np.int64),
            np.array([g for _, _, g in rows], dtype=np.int64), np.array([y for _, y, _ in rows]), np.array(none))


def fit(examples: list[Example], role: str, mode: str) -> tuple[float, float, dict[str, float]]:
    """Bias, threshold and weights of the model of ``role`` as ``mode`` sees the candidates.

    The model ranks one article's candidates against each other and against "none" (a softmax over the article's
    candidates and a learned score for "none"; an article whose answer is no candidate and not "none" teaches
    nothing): the answer is the best candidate when its score beats "none". In the table's terms the bias is minus
    the score of "none", so a candidate is the answer when the logistic of its score reaches one half."""
    vocab, rr, cc, group, y, none = _design(examples, role, mode)
    n, d, g = len(y), len(vocab), len(none)
    taught = (np.bincount(group, weights=y, minlength=g) > 0) | (none > 0)
    filled = np.bincount(group, minlength=g) > 0
    w, b = np.zeros(d), 0.0  # b: the score of "none"
    m, v, mb, vb = np.zeros(d), np.zeros(d), 0.0, 0.0
    for step in range(1, STEPS + 1):
        score = np.bincount(rr, weights=w[cc], minlength=n)
        top = np.maximum(b, np.maximum.reduceat(score, _starts(group, g))) if n else np.full(g, b)
        top = np.where(filled, top, b)  # an article without candidates: "none" alone
        e_row = np.exp(score - top[group])
        e_none = np.exp(b - top)
        z = np.bincount(group, weights=e_row, minlength=g) + e_none
        z_pos = np.bincount(group, weights=e_row * y, minlength=g) + e_none * none
        z_pos = np.where(taught, z_pos, 1.0)
        grad_row = e_row / z[group] - np.where(y > 0, e_row / z_pos[group], 0.0)
        grad_row *= taught[group]
        grad_none = (e_none / z - none * e_none / z_pos) * taught
        gw = np.bincount(cc, weights=grad_row[rr], minlength=d) / g + L2 * w
        gb = float(grad_none.sum()) / g
        m, v = 0.9 * m + 0.1 * gw, 0.999 * v + 0.001 * gw * gw
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        corr1, corr2 = 1 - 0.9 ** step, 1 - 0.999 ** step
        w -= RATE * (m / corr1) / (np.sqrt(v / corr2) + 1e-8)
        b -= RATE * (mb / corr1) / (np.sqrt(vb / corr2) + 1e-8)
    weights = {f: round(float(w[k]), DIGITS) for k, f in enumerate(vocab) if abs(w[k]) >= MIN_WEIGHT}
    return round(-float(b), DIGITS), 0.5, weights


def _starts(group: np.ndarray, g: int) -> np.ndarray:
    """The first row of each group (groups are contiguous and in order; an empty group borrows a neighbour's
    start, and its maximum is then replaced by "none"'s score)."""
    starts = np.searchsorted(group, np.arange(g))
    return np.minimum(starts, max(len(group) - 1, 0))


def folds(examples: list[Example]) -> list[frozenset[str]]:
    """The training parts of ``examples`` (in their order) dealt round-robin into at most ``MAX_FOLDS`` folds."""
    parts = list(dict.fromkeys(e.part for e in examples))
    return [frozenset(parts[k::MAX_FOLDS]) for k in range(min(MAX_FOLDS, len(parts)))]


def fallback_threshold(examples: list[Example], role: str) -> float:
    """The threshold at which the model alone speaks where the rules found nothing ("fallback" mode), chosen
    honestly: leave one fold of the training parts out (:func:`folds`), fit on the others, and take the grid value
    that answers most of the held-out articles the rules left empty (ties: the lowest)."""
    from pipeline.text.line_roles import choose

    scored: list[tuple[float, str | None, str | None]] = []  # (model's best p, its value, the label)
    for held in folds(examples):
        bias, _, weights = fit([e for e in examples if e.part not in held], role, "model")
        for e in examples:
            if e.part in held and e.rules[role] is None:
                value, p = choose(view(e.candidates[role], "model"), weights, bias, 0.0)
                scored.append((p, value, e.label[role]))

    def hits(t: float) -> int:
        return sum((value if p >= t else None) == label for p, value, label in scored)

    return max(THRESHOLDS, key=lambda t: (hits(t), -t))


def labels_checksum(parts: tuple[str, ...] = TRAINING) -> str:
    """SHA-256 (first 16 hex) over the training parts' labels and pages: the table is stale when it changes."""
    digest = hashlib.sha256()
    for part in parts:
        folder = REALPAGES / part
        for path in sorted(folder.iterdir()):
            if path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def labels_date(parts: tuple[str, ...] = TRAINING) -> str:
    """The date of the last commit that changed the training parts (``git log``), "uncommitted" without git."""
    import subprocess

    root = REALPAGES.parent.parent.parent
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%cs", "--", *(str(REALPAGES / p) for p in parts)],
                             cwd=root, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return out or "uncommitted"


def render(tables: Tables, fallback: dict[str, float],
           n_examples: int) -> str:
    """The table module's source."""
    lines = [
        '"""Weights of the learned line-role model (``line_roles.py``), written by',
        "``python -m bench.train_line_roles``, never by hand.",
        "",
        "Training data: the real-shaped labelled parts (tests/fixtures/realpages/)",
        *textwrap.wrap(", ".join(TRAINING), 110),
        f"{n_examples} labelled articles, last changed {labels_date()};",
        f"pages and labels checksum {labels_checksum()}.",
        "Per role and mode: (bias, threshold, weights): a candidate's probability is the logistic of the bias plus its",
        "features' weights; the best candidate is the answer when its probability reaches the threshold.",
        '"""',
        "",
        f'TRAINING_CHECKSUM = "{labels_checksum()}"',
        "# 'fallback' mode: the model alone answers where the rules found nothing when its best candidate reaches",
        "# this probability (chosen by leaving one training part out: bench/train_line_roles.fallback_threshold)",
        f"FALLBACK_THRESHOLD = {fallback!r}",
        "",
    ]
    for role in ROLES:
        lines.append(f"{role.upper()}: dict[str, tuple[float, float, dict[str, float]]] = {{")
        for mode in MODES:
            bias, threshold, weights = tables[role][mode]
            lines.append(f'    "{mode}": ({bias!r}, {threshold!r}, {{')
            for f in sorted(weights):
                lines.append(f"        {f!r}: {weights[f]!r},")
            lines.append("    }),")
        lines.append("}")
        lines.append("")
    return "\n".join(lines)


def fit_tables(examples: list[Example]) -> tuple[Tables, dict[str, float]]:
    """Every role's and mode's (bias, threshold, weights), and the fallback thresholds, trained on ``examples``."""
    tables = {role: {mode: fit(examples, role, mode) for mode in MODES} for role in ROLES}
    return tables, {role: fallback_threshold(examples, role) for role in ROLES}


def train(examples: list[Example] | None = None) -> str:
    examples = examples if examples is not None else collect(TRAINING)
    return render(*fit_tables(examples), len(examples))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.train_line_roles", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped table instead of writing")
    args = parser.parse_args(argv)
    return write_or_check(TABLE, train(), args.check, "python -m bench.train_line_roles")


if __name__ == "__main__":
    sys.exit(main())
