"""Regenerate the shipped JSON Schemas from the record types: ``python -m pipeline.schemas`` (then review the
diff: a change to a record type is a change to what consumers load)."""

from __future__ import annotations

from importlib import resources

from . import RECORD_NAMES, json_schema_text


def main() -> None:
    folder = resources.files(__package__)
    for name in RECORD_NAMES:
        path = folder.joinpath(f"{name}.schema.json")
        new = json_schema_text(name)
        if path.read_text(encoding="utf-8") != new:
            with open(str(path), "w", encoding="utf-8") as fh:
                fh.write(new)
            print(f"updated {path}")


if __name__ == "__main__":
    main()
