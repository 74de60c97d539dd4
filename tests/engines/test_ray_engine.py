"""The Ray Data engine writes what the local engine writes, on a local Ray instance."""

import os

import pytest

from tests.conftest import RAW, invoke, load_manifest, load_run, tree_bytes

pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'tipline[ray]')")
pytestmark = pytest.mark.slow  # a Ray instance takes seconds to start; each test ~15-20 s


@pytest.fixture(scope="module")
def ray_instance():
    import ray

    os.environ.setdefault("RAY_DISABLE_USAGE_STATS", "1")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_ray_engine_matches_local_engine_on_raw_and_bad_inputs(runner, raw_copy, tmp_path, ray_instance):
    (raw_copy / "empty.txt").write_bytes(b"")
    (raw_copy / "docs.jsonl").write_text('{"text": "A tip from JSONL."}\n{broken\n')
    (raw_copy / os.fsdecode(b"bad\xffname.txt")).write_bytes(b"Water the garden early, before the heat.\n")
    local, distributed = tmp_path / "local", tmp_path / "ray"
    first = invoke(runner, "--no-progress", "run", str(raw_copy), str(local))
    second = invoke(runner, "--no-progress", "--workers", "2", "run", "--engine", "ray", str(raw_copy),
                    str(distributed))
    assert first.exit_code == second.exit_code == 1  # the empty file and the broken line are rejected
    assert tree_bytes(local) == tree_bytes(distributed)
    assert load_run(distributed)["engine"] == "ray"
    assert "empty.txt" in second.stderr and "docs.jsonl:2" in second.stderr
    assert any(e["path"].endswith("bad\\xffname.txt") and e["fate"] == "emitted"
               for e in load_manifest(distributed)["inputs"])  # a name that is not UTF-8, shown as \xff


def test_ray_engine_reads_and_writes_uris(runner, tmp_path, ray_instance):
    local, distributed = tmp_path / "local", tmp_path / "published"
    invoke(runner, "--no-progress", "run", str(RAW), str(local))
    result = invoke(runner, "--no-progress", "run", "--engine", "ray", f"file://{RAW}", f"file://{distributed}")
    assert result.exit_code == 0, result.output
    a, b = tree_bytes(local), tree_bytes(distributed)
    assert sorted(a) == sorted(b)
    # Paths in records are as given (the URI), so compare what does not name them.
    assert load_manifest(distributed)["totals"] == load_manifest(local)["totals"]
