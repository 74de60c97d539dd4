"""The stage protocol and the one plan both executors follow (issue 13): every stage of the default chain runs
through ``Stage.learn``/``Stage.run``; ``plan`` groups a chain once; pipeline/ has no import cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pipeline.api import DEFAULT_STAGES
from pipeline.records import Article, Source
from pipeline.stage import Group, Stage, StageKind, plan, run_tasks
from pipeline.stages import boilerplate, dedup, repair, segment, tips
from pipeline.stats import StageStats

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"


def article(text: str, n: int = 0, title: str | None = None) -> Article:
    source = Source(path=f"mem/{n}.txt", sha256=f"{n:064x}", size=len(text), format="txt")
    return Article(id=Article.make_id(source), source=source, text=text, title=title)


def through_protocol(kind: StageKind, config, records: list) -> tuple[list, StageStats]:
    stage = Stage(kind, config, StageStats(kind.name))
    state = stage.learn(iter(records)) if stage.learns else None
    return list(stage.run(iter(records), state)), stage.stats


def kind(name: str, per_document: bool, learns: bool = False) -> StageKind:
    return StageKind(name, per_document, run=lambda records, config, stats: iter(records),
                     learn=(lambda records, config, stats: None) if learns else None)


def stage(name: str, per_document: bool = True, learns: bool = False, **extra) -> Stage:
    return Stage(kind(name, per_document, learns), None, StageStats(name), extra)


def shape(groups: list[Group]) -> list[tuple[list[str], bool]]:
    return [([s.name if isinstance(s, Stage) else "fn" for s in g.steps], g.fused) for g in groups]


def test_plan_fuses_consecutive_per_document_stages():
    assert shape(plan([stage("a"), stage("b"), stage("c")])) == [(["a", "b", "c"], True)]


def test_plan_starts_a_group_at_a_learning_stage_and_keeps_what_follows_it():
    chain = [stage("a"), stage("learner", learns=True), stage("b")]
    assert shape(plan(chain)) == [(["a"], True), (["learner", "b"], True)]
    assert [g.learns for g in plan(chain)] == [False, True]


def test_plan_keeps_whole_run_stages_and_plain_processors_alone():
    def reader(stream):
        return stream

    chain = [reader, stage("a"), stage("whole", per_document=False), stage("b"), stage("c"), reader]
    assert shape(plan(chain)) == [(["fn"], False), (["a"], True), (["whole"], False), (["b", "c"], True),
                                  (["fn"], False)]


def test_plan_keeps_a_stage_with_in_process_arguments_out_of_the_pool():
    chain = [stage("a"), stage("explained", explain=print), stage("b")]
    assert shape(plan(chain)) == [(["a"], True), (["explained"], False), (["b"], True)]


def test_plan_fuses_a_stage_whose_in_process_arguments_are_left_unset():
    # the CLI binds repair with explain=None when --explain is not given: that is no argument to keep in this process
    chain = [stage("a"), stage("quiet", explain=None), stage("b")]
    assert shape(plan(chain)) == [(["a", "quiet", "b"], True)]


def test_plan_of_the_default_chain():
    stages = [Stage(step.kind, step.config, StageStats(step.name)) for step in DEFAULT_STAGES]
    assert shape(plan(stages)) == [(["repair"], True), (["boilerplate", "segment"], True), (["dedup"], False),
                                   (["tips"], True), (["dedup"], False)]


def test_declarations():
    assert [k.per_document for k in (repair.STAGE, boilerplate.STAGE, segment.STAGE, tips.STAGE, dedup.STAGE)] \
        == [True, True, True, True, False]
    assert dedup.STAGE.ray_transform is not None and repair.STAGE.learn is not None
    assert Stage(repair.STAGE, repair.RepairConfig(learn=False), StageStats("r")).learns is False


def test_repair_through_the_protocol_learns_and_repairs():
    records = [article(f"Page {n}: read ofrepparttar 104{n:03d} book and call repparttar 105{n:03d} man.", n)
               for n in range(4)]
    out, stats = through_protocol(repair.STAGE, repair.RepairConfig(), records)
    assert [r.text for r in out][0] == "Page 0: read of the book and call the man."
    assert all(r.repairs.get("repparttar") == 2 for r in out)
    assert stats.total == stats.forwarded == 4 and stats.counters["repparttar"] == 8


def test_boilerplate_through_the_protocol_strips_repeated_chrome():
    records = [article(f"Advice number {n} is about keeping a tidy desk every day.\nShare and Enjoy: Digg Fark", n)
               for n in range(10)]
    out, stats = through_protocol(boilerplate.STAGE, boilerplate.BoilerplateConfig(), records)
    assert [r.text for r in out] == [f"Advice number {n} is about keeping a tidy desk every day." for n in range(10)]
    assert stats.forwarded == 10 and sum(stats.counters.values()) >= 10


def test_segment_through_the_protocol_reads_the_byline():
    text = "Written by Ann Lee\nKeep a list of what you spend each week, and look at it on Sunday evening."
    out, stats = through_protocol(segment.STAGE, segment.SegmentConfig(), [article(text)])
    assert out[0].author == "Ann Lee" and out[0].text.startswith("Keep a list")
    assert stats.forwarded == 1


def test_tips_through_the_protocol_splits_a_numbered_list():
    text = ("Here are 3 tips for tired cooks.\n1. Cook rice the night before, so dinner takes ten minutes.\n"
            "2. Keep a jar of sauce in the fridge for fast meals.\n3. Chop onions once a week and freeze them.")
    out, stats = through_protocol(tips.STAGE, tips.TipsConfig(), [article(text)])
    assert [r.kind for r in out] == ["article", "tip", "tip", "tip"]
    assert out[0].tip_count == 3 and out[1].text == "Cook rice the night before, so dinner takes ten minutes."
    assert stats.total == 1


def test_dedup_through_the_protocol_drops_a_copy():
    text = "Keep a list of what you spend each week, and look at it on Sunday evening before you plan the next."
    out, stats = through_protocol(dedup.STAGE, dedup.DedupConfig(), [article(text, 1), article(text + " ", 2)])
    assert [r.source.path for r in out] == ["mem/1.txt"] and stats.counters["duplicate"] == 1


def test_a_worker_runs_the_same_tasks_with_its_own_stats():
    records = [article(f"Read ofrepparttar 10{n} book.", n) for n in range(3)]
    local = Stage(repair.STAGE, repair.RepairConfig(), StageStats("repair"))
    state = local.learn(iter(records))
    outputs, stats = run_tasks([local.task(state)], [article(f"Read ofrepparttar 10{n} book.", n) for n in range(3)])
    assert [r.text for r in outputs] == [r.text for r in local.run(iter(records), state)]
    assert stats[0].name == "repair" and stats[0].forwarded == 3


def module_imports(path: Path, name: str) -> set[str]:
    """The pipeline modules ``name`` imports at module level (what runs on import; imports inside functions
    are deferred and cannot make an import cycle fail)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            if not prefix.startswith("pipeline"):
                continue
            for alias in node.names:
                candidate = f"{prefix}.{alias.name}"
                found.add(candidate if candidate in MODULES else prefix)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("pipeline"))
    return {m for m in found if m in MODULES and m != name}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    cycles: list[list[str]] = []
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for dep in sorted(graph[node]):
            if state.get(dep) == "open":
                cycles.append(path[path.index(dep):] + [dep] if dep in path else [node, dep])
            elif dep not in state:
                visit(dep, path + [dep])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    return cycles


def test_no_import_cycles_inside_pipeline():
    graph = {name: module_imports(path, name) for name, path in MODULES.items()}
    # a package imports its __init__ first: edges to a parent package are not cycles of their own
    graph = {n: {m for m in deps if not n.startswith(m + ".")} for n, deps in graph.items()}
    assert not find_cycles(graph)
    assert "pipeline.stage" in graph["pipeline.engines.ray_engine"]  # the edges are really read
    assert "pipeline.engines.ray_dedup" not in graph["pipeline.engines.ray_engine"]


def test_the_cycle_detector_sees_a_cycle():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_imports(name):
    if name.startswith("pipeline.engines.ray"):
        pytest.importorskip("ray")
    __import__(name)
