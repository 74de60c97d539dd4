"""The base install (issue 18): ``pip install .`` into a fresh venv, its size on disk, and ``tipline run`` on the
seeds with nothing else installed.

    python -m bench.install_size [--results bench/results.md]     # also: make install-check

The size is the whole venv (pip and setuptools included, about 20 MB of it), measured with ``du``. With
``--results`` the section "Install size (issue 18)" of the results file is replaced.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Install size (issue 18)"
NOT_IN_BASE = ("ray", "pandas", "pyarrow", "datasketch", "matplotlib", "scipy")


def du_mb(path: Path) -> float:
    """Megabytes ``path`` takes on disk (``du -sk``; blocks, as a user sees it)."""
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0]) / 1024


def measure(where: Path, root: Path = ROOT) -> dict[str, Any]:
    """Install ``root`` into a fresh venv under ``where``; run the seeds with it; return what was seen."""
    venv = where / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    started = time.perf_counter()
    installed = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(root)], capture_output=True,
                               text=True)
    if installed.returncode != 0:
        raise RuntimeError(f"pip install . failed:\n{installed.stderr[-2000:]}")
    seconds = time.perf_counter() - started
    absent = [m for m in NOT_IN_BASE if subprocess.run(
        [str(python), "-c", f"import importlib.util, sys; sys.exit(importlib.util.find_spec({m!r}) is None)"]
    ).returncode == 1]
    out = where / "clean"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    run = subprocess.run([str(venv / "bin" / "tipline"), "--no-progress", "run", str(root / "raw"), str(out)],
                         capture_output=True, text=True, cwd=where, env=env)
    parquet = subprocess.run([str(venv / "bin" / "tipline"), "run", "--format", "parquet", str(root / "raw"),
                              str(where / "p")], capture_output=True, text=True, cwd=where, env=env)
    report = subprocess.run([str(venv / "bin" / "tipline"), "report", str(out), "-o", str(where / "r.html")],
                            capture_output=True, text=True, cwd=where, env=env)
    site = next((venv / "lib").glob("python3*/site-packages"))
    return {"venv_mb": du_mb(venv), "site_packages_mb": du_mb(site), "install_seconds": seconds,
            "absent": absent, "run_exit": run.returncode, "run_stderr": run.stderr,
            "articles": (out / "articles.jsonl").exists(), "parquet_exit": parquet.returncode,
            "parquet_stderr": parquet.stderr.strip(), "report_exit": report.returncode,
            "report_stderr": report.stderr.strip()}


def markdown(result: dict[str, Any], full_mb: float | None) -> str:
    lines = [f"## {TITLE}", "",
             "`pip install .` into a fresh venv (`python -m bench.install_size`, or `make install-check`): the base "
             "package only, measured with `du -sk` on the whole venv (pip and setuptools included).", "",
             "| install | size on disk |", "| --- | ---: |",
             f"| base (`pip install .`) | {result['venv_mb']:.0f} MB "
             f"(site-packages {result['site_packages_mb']:.0f} MB) |"]
    if full_mb is not None:
        lines.append(f"| everything `make test` installs (`.[test]`: parquet, report, ray, the five loaders) "
                     f"| {full_mb:.0f} MB ({full_mb / result['venv_mb']:.1f}× the base) |")
    def last(text: str) -> str:
        return text.splitlines()[-1] if text else ""

    lines += ["", f"Not installed by the base: {', '.join(result['absent'])}. With it, `tipline run raw/ clean/` "
                  f"exited {result['run_exit']}; `tipline run --format parquet` exited {result['parquet_exit']} "
                  f"(\"{last(result['parquet_stderr'])}\"); `tipline report` exited {result['report_exit']} "
                  f"(\"{last(result['report_stderr'])}\").", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, help="replace this section of a results Markdown file")
    parser.add_argument("--full-venv", type=Path, default=None,
                        help="a fresh venv with `pip install '.[test]'`, measured for comparison")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tipline-install-") as tmp:
        result = measure(Path(tmp))
    full = du_mb(args.full_venv) if args.full_venv is not None else None
    text = markdown(result, full)
    print(text)
    if args.results:
        from bench.__main__ import merge_sections

        previous = args.results.read_text(encoding="utf-8") if args.results.exists() else "# results\n"
        head = previous.split("\n## ")[0].rstrip("\n") + "\n"
        args.results.write_text(head + "\n" + "\n".join(merge_sections(previous, [text])), encoding="utf-8")
    if result["run_exit"] != 0 or not result["articles"]:
        sys.exit(f"tipline run failed in the base install:\n{result['run_stderr']}")


if __name__ == "__main__":
    main()
