"""Reference outputs of ``tipline run`` (issue 13): content hashes of what the whole chain writes for the seed
pages (``raw/``) and for a generated corpus, with ``--workers 1`` and ``2``.

The restructuring of the runner must not change a byte of the output: ``tests/test_reference.py`` runs the chain
again and compares with the hashes committed in ``tests/reference_hashes.json``. Only the manifest's ``run``
section (timings, worker count, engine) may differ, so it is left out of the manifest's hash.

Regenerate (only when an output change is intended, and say so in the commit)::

    python -m tests.reference --update [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HASHES = ROOT / "tests" / "reference_hashes.json"
GENERATED_DOCS = 300  # a few hundred pages: several chunks of 64 per worker, still a few seconds
WORKERS = (1, 2)
OUTPUT_FILES = ("articles.jsonl", "tips.jsonl")


def write_corpora(where: Path) -> dict[str, Path]:
    """Lay out the inputs under ``where``: the seeds (a copy of raw/) and the generated corpus."""
    sys.path.insert(0, str(ROOT))
    from bench.scale_corpus import write_jsonl

    seeds = where / "raw"
    shutil.copytree(ROOT / "raw", seeds)
    generated = where / "generated"
    generated.mkdir()
    write_jsonl(generated / "pages.jsonl", GENERATED_DOCS)
    return {"seeds": seeds, "generated": generated}


def run_chain(cwd: Path, inputs: str, out: str, workers: int) -> None:
    """``tipline --workers N run INPUTS OUT`` in ``cwd`` (relative paths, so the manifest names no tmp dir)."""
    cmd = [sys.executable, "-m", "pipeline", "--no-progress", "-q", "--workers", str(workers), "run", inputs, out]
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr}")


def digest(out: Path) -> dict[str, str]:
    """Content hashes of an output directory; the manifest without its ``run`` section."""
    hashes = {name: hashlib.sha256((out / name).read_bytes()).hexdigest() for name in OUTPUT_FILES}
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest.pop("run", None)
    canonical = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode("utf-8")
    hashes["manifest.json"] = hashlib.sha256(canonical).hexdigest()
    return hashes


def produce(where: Path) -> dict[str, dict[str, str]]:
    """Run every corpus with every worker count under ``where``; return hashes keyed ``corpus/workers=N``."""
    corpora = write_corpora(where)
    result = {}
    for name, path in corpora.items():
        for workers in WORKERS:
            out = f"out-{name}-w{workers}"
            run_chain(where, path.name, out, workers)
            result[f"{name}/workers={workers}"] = digest(where / out)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help=f"write the hashes to {HASHES.relative_to(ROOT)}")
    parser.add_argument("--keep", type=Path, help="produce the outputs in this directory and keep them")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        hashes = produce(args.keep)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            hashes = produce(Path(tmp))
    text = json.dumps(hashes, indent=2, sort_keys=True) + "\n"
    if args.update:
        HASHES.write_text(text, encoding="utf-8")
    print(text, end="")


if __name__ == "__main__":
    main()
