"""Benchmarks: ``make bench`` runs every ``bench/bench_*.py`` module and writes ``bench/results.md``."""
