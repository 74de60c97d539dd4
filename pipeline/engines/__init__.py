"""Execution engines beyond the local one (which lives in pipeline.parallel)."""
