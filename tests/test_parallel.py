"""Fused per-document stages in a worker pool give exactly what one process gives."""

from pathlib import Path

from pipeline.parallel import compose
from pipeline.records import Article, Source
from pipeline.stage import Stage
from pipeline.stats import StageStats
from tests import parallel_stage


def make_records(n):
    out = []
    for i in range(n):
        source = Source(path=f"doc{i:04d}.txt", sha256=f"{i:064x}", size=1, format="txt")
        text = f"doc {i} DROP" if i % 7 == 0 else f"doc {i} words"
        out.append(Article(id=Article.make_id(source), source=source, text=text))
    return out


def run_with(workers, n=300, chunk=16):
    steps = [Stage(parallel_stage.STAGE, parallel_stage.ShoutConfig(), StageStats(f"shout{k}")) for k in range(2)]
    out = list(compose(steps, workers, chunk=chunk)(iter(make_records(n))))
    return out, steps


def test_two_workers_match_one_worker_exactly():
    one, steps1 = run_with(1)
    two, steps2 = run_with(2)
    assert [r.id for r in one] == [r.id for r in two]
    assert [r.text for r in one] == [r.text for r in two]
    for a, b in zip(steps1, steps2, strict=True):
        assert a.stats.as_dict() == b.stats.as_dict()
        assert [d.record_id for d in a.stats.drops] == [d.record_id for d in b.stats.drops]
    first = steps2[0].stats.as_dict()
    assert first["total"] == 300 and first["forwarded"] == 300 - 43 and first["counters"]["shouted"] == 257
    assert all(r.text.isupper() for r in two)


def test_non_parallel_steps_break_fusion_and_keep_order():
    seen = []

    def spy(stream):
        for r in stream:
            seen.append(r.id)
            yield r

    steps = [Stage(parallel_stage.STAGE, parallel_stage.ShoutConfig(), StageStats("a")), spy,
             Stage(parallel_stage.STAGE, parallel_stage.ShoutConfig(), StageStats("b"))]
    records = make_records(50)
    out = list(compose(steps, 2, chunk=8)(iter(records)))
    assert seen == [r.id for r in out] == [r.id for r in records if "DROP" not in r.text]


def test_whole_chain_on_damaged_corpus_is_identical_with_two_workers(runner, tmp_path):
    """Repair and boilerplate learn from the whole run in the parent, then run per record in workers."""
    from bench.scale_corpus import write_jsonl
    from tests.conftest import invoke, load_manifest, tree_bytes

    corpus = tmp_path / "pages.jsonl"
    write_jsonl(corpus, 150)
    out1, out2 = tmp_path / "w1", tmp_path / "w2"
    assert invoke(runner, "-q", "--workers", "1", "run", str(corpus), str(out1)).exit_code == 0
    assert invoke(runner, "-q", "--workers", "2", "run", str(corpus), str(out2)).exit_code == 0
    assert tree_bytes(out1) == tree_bytes(out2)
    manifest = load_manifest(out2)
    assert manifest["stages"]["repair"]["counters"]["repparttar"] > 0
    assert manifest["learned"]["repair"]["markers"]


def test_the_cli_chain_repairs_in_the_workers_and_gives_what_one_worker_gives(runner, tmp_path, monkeypatch):
    """A chain spelled out on the command line (repair without --explain) sends repair to the worker pool, as
    ``run`` does: it binds repair's explain printer as None, which once kept the stage in this process (round 20:
    two workers idled while the parent repaired the run). Same bytes with one worker and two."""
    from bench.scale_corpus import write_jsonl
    from pipeline import parallel
    from tests.conftest import invoke, tree_bytes

    corpus = tmp_path / "pages.jsonl"
    write_jsonl(corpus, 150)
    pooled: list[list[str]] = []
    made = parallel.FusedSteps.__init__

    def spy(self, steps, pool, chunk):
        pooled.append([s.name for s in steps])
        made(self, steps, pool, chunk)

    monkeypatch.setattr(parallel.FusedSteps, "__init__", spy)
    outs = {}
    for workers in ("1", "2"):
        outs[workers] = tmp_path / f"w{workers}"
        chain = ["read-jsonl", str(corpus), "repair", "boilerplate", "segment", "dedup", "tips", "write",
                 str(outs[workers])]
        assert invoke(runner, "-q", "--workers", workers, *chain).exit_code == 0
    assert pooled == [["repair"], ["boilerplate", "segment"], ["tips"]]  # (two workers only: one runs here)
    assert tree_bytes(outs["1"]) == tree_bytes(outs["2"])


def _scale_records(tmp_path, n=200):
    from bench.scale_corpus import write_jsonl
    from pipeline.stages import read

    corpus = tmp_path / "pages.jsonl"
    write_jsonl(corpus, n)
    return list(read.run([str(corpus)], read.ReadConfig(), StageStats("read")))


def test_corpus_passes_observed_in_workers_learn_what_one_process_learns(tmp_path):
    """Repair's markers and boilerplate's repeated lines: observed in chunks by workers and merged in order, they
    are what the one-process loop over the sampled texts learns, also when the learning budget ends mid-chunk."""
    from pipeline.repairs.markers import LearnConfig, MarkerLearner
    from pipeline.stages import boilerplate, repair

    records = _scale_records(tmp_path)
    texts = [r.text for r in records if isinstance(r, Article)]
    budget = sum(map(len, texts)) // 3 + 17  # ends inside a chunk
    config = repair.RepairConfig(learn_max_chars=budget)
    serial = MarkerLearner(LearnConfig(config.min_marker_count, config.min_marker_docs,
                                       config.min_marker_similarity))
    for chosen in repair.sample(records, config):  # the corpus pass as one loop over the sample
        serial.observe(chosen.text)
    expected = serial.result()
    lines = boilerplate.LineStats(boilerplate.BoilerplateConfig())
    for record in compose([Stage(repair.STAGE, config, StageStats("repair"))], 1)(iter(records)):
        lines.add(record.text)  # boilerplate learns from the repaired text

    for workers in (1, 2):
        stages = [Stage(repair.STAGE, config, StageStats("repair")),
                  Stage(boilerplate.STAGE, boilerplate.BoilerplateConfig(), StageStats("boilerplate"))]
        list(compose(stages, workers, chunk=16)(iter(_scale_records(tmp_path))))
        learned = stages[0].stats.learned
        assert learned["sample"] == expected.report["sample"] and learned["sample"]["characters"] < 2 * budget
        assert learned["candidates"] == expected.report["candidates"]
        assert learned["line_break_marker"] == expected.report["line_break_marker"]
        assert stages[1].stats.learned == lines.summary()
        assert stages[1].stats.learned["repeated_lines"] > 0


def test_workers_start_with_repair_data_loaded_by_the_forkserver():
    """Each worker used to load the language model and word lists itself (~1.5 s of CPU per worker per run).
    A fresh interpreter each: a process has one forkserver, started with the preload of its first pool."""
    import subprocess
    import sys

    from pipeline.stages import repair

    script = ("import sys\nfrom pipeline.parallel import Pool\nfrom tests import parallel_stage\n"
              "if __name__ == '__main__':\n    pool = Pool(1, sys.argv[1:])\n"
              "    print(pool.get().submit(parallel_stage.repair_data_loaded).result())\n    pool.close()\n")
    for preload, expected in (([], "(0, 0)"), (list(repair.STAGE.preload), "(1, 1)")):
        out = subprocess.run([sys.executable, "-c", script, "tests.parallel_stage", *preload], capture_output=True,
                             text=True, check=True, cwd=str(Path(__file__).resolve().parent.parent)).stdout
        assert out.strip() == expected


def test_repair_learns_from_a_sample_chosen_by_content_whatever_the_order_of_the_run(tmp_path):
    """Issue 19: repair learns markers from learn_max_chars of the run. Taken as the run's first characters, the
    sample (and so the markers and every repaired text) changed when inputs were renamed or reordered; chosen by
    the texts' hashes it is the same set in the same order, with 1 or 2 workers, and each record is repaired as
    it is in the run in input order."""
    from pipeline.stages import repair

    records = _scale_records(tmp_path)
    budget = sum(len(r.text) for r in records if isinstance(r, Article)) // 4
    config = repair.RepairConfig(learn_max_chars=budget)
    chosen = [r.text for r in repair.sample(records, config)]
    assert chosen == [r.text for r in repair.sample(records[::-1], config)]
    assert budget <= sum(map(len, chosen)) < budget + max(map(len, chosen)) and len(chosen) < len(records) // 2
    results = []
    for workers, order in ((1, 1), (2, 1), (1, -1), (2, -1)):
        stage = Stage(repair.STAGE, config, StageStats("repair"))
        out = list(compose([stage], workers, chunk=8)(iter(_scale_records(tmp_path)[::order])))
        assert [r.id for r in out] == [r.id for r in records[::order]]
        results.append(({r.id: (r.text, r.repairs) for r in out}, stage.stats.learned))
    assert all(result == results[0] for result in results[1:])
    assert results[0][1]["sample"]["characters"] == sum(map(len, chosen))


def test_boilerplate_learns_from_what_the_repair_workers_observed_without_sending_the_run_again(tmp_path):
    """Issue 19: the repaired records are observed for boilerplate's corpus pass by the workers that repaired
    them (returned with them), not sent to the workers a second time; what is learned is what one process
    learns, and the output is the same."""
    from pipeline import parallel
    from pipeline.stages import boilerplate, repair

    def chain():
        return [Stage(repair.STAGE, repair.RepairConfig(), StageStats("repair")),
                Stage(boilerplate.STAGE, boilerplate.BoilerplateConfig(), StageStats("boilerplate"))]

    one = chain()
    expected = [r.text for r in compose(one, 1)(iter(_scale_records(tmp_path)))]
    sent = []
    get = parallel.Pool.get

    def counting(pool):
        executor = get(pool)
        if not getattr(executor, "counted", False):
            submit = executor.submit
            executor.submit = lambda fn, *args: sent.append(getattr(fn, "__name__", "")) or submit(fn, *args)
            executor.counted = True
        return executor

    two = chain()
    parallel.Pool.get = counting
    try:
        got = [r.text for r in compose(two, 2, chunk=16)(iter(_scale_records(tmp_path)))]
    finally:
        parallel.Pool.get = get
    assert got == expected
    assert two[1].stats.learned == one[1].stats.learned and one[1].stats.learned["repeated_lines"] > 0
    assert "run_tasks_observing" in sent and sent.count("observe") == len(range(0, 200, 16))  # repair's only


def test_records_cross_between_processes_as_their_field_values():
    """Issue 19: each record crosses between tipline and a worker twice per worker group. Pickled the way a slots
    dataclass pickles by default (a state list set field by field) it cost twice what its class called with its
    field values costs; the pool's pickler now does that, and the copy is the record, nested parts and shared
    ones (two parts of one page share their Source) included."""
    import pickle
    import pickletools
    from multiprocessing.reduction import ForkingPickler

    from pipeline.records import AuthorBio, Cluster, Licence, Relation, Tip

    source = Source("a/b.txt", "ab" * 32, 10, "txt", encoding="utf-8", line=3, part=1)
    article = Article(id="a" * 16, source=source, text="Smile.", title="T", author="Jo",
                      author_bio=AuthorBio("Jo writes.", ["jo@x.org"], ["http://x.org"]),
                      licence=Licence("CC-BY-4.0", "Jo", 2020, "CC BY", ["keep-links"]), flags=["spun"],
                      scores={"spun": 0.5}, repairs={"markers": 2}, meta={"page_parts": 2},
                      duplicate_of=Relation("b" * 16, 0.9, "minhash-jaccard", "date"),
                      cluster=Cluster("c" * 16, "a" * 16, 2, ["a" * 16, "b" * 16], ["a/b.txt"], "article"))
    tip = Tip(id="t" * 16, article_id="a" * 16, position=1, of=1, headline="Smile", text="Smile.",
              form="paragraph", source=source)
    blob = bytes(ForkingPickler.dumps([article, tip]))
    copy = pickle.loads(blob)
    assert copy == [article, tip] and copy[0].source is copy[1].source
    assert "BUILD" not in {op.name for op, _, _ in pickletools.genops(blob)}  # no state set field by field


def test_the_pool_starts_while_a_corpus_pass_reads_a_run_of_more_than_one_chunk(monkeypatch):
    """Issue 19: the workers' start (the forkserver imports the stages and loads their data) overlaps the corpus
    pass's reading of the run, once the run is known to be more than one chunk; a run of one chunk still starts
    no worker. The output is one process's."""
    from pipeline import parallel

    read = [0]
    started: list[int] = []
    start_soon = parallel.Pool.start_soon
    monkeypatch.setattr(parallel.Pool, "start_soon", lambda pool: started.append(read[0]) or start_soon(pool))

    def source(n):
        for record in make_records(n):
            read[0] += 1
            yield record

    def run(workers, n):
        read[0] = 0
        step = Stage(parallel_stage.COUNTING, parallel_stage.ShoutConfig(), StageStats("count"))
        return [r.text for r in compose([step], workers, chunk=16)(source(n))]

    assert run(2, 300) == run(1, 300) and all(t.endswith(" of 300") for t in run(1, 300))
    assert started == [17]  # once 17 were read (more than a chunk of 16): long before the run's 300
    started.clear()
    assert run(2, 16) == run(1, 16)
    assert started == []
