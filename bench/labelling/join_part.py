"""The blind hands' ``labels-?.json`` of a part joined into its one ``labels.json`` (pages sorted, each hand's
``_about`` under ``_hands``), the per-hand files removed; prints counts only, never page text.

    python -m bench.labelling.join_part tests/fixtures/realpages/holdout23
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def join(directory: Path) -> dict:
    """The part's joined labels (nothing written).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for hand in "ab":
    ...         _ = (Path(d) / f"labels-{hand}.json").write_text(json.dumps({"_about": hand, f"m{hand}01.txt": {}}))
    ...     sorted(join(Path(d)))
    ['_about', '_hands', 'ma01.txt', 'mb01.txt']
    """
    pages: dict = {}
    hands = {}
    for path in sorted(directory.glob("labels-?.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        hands[path.stem[-1]] = {"_about": data.pop("_about", "")}
        clash = set(pages) & set(data)
        if clash:
            raise ValueError(f"two hands labelled {sorted(clash)}")
        pages.update({k: v for k, v in data.items() if not k.startswith("_")})
    return {"_about": f"{directory.name}: written blind by {len(hands)} hands; each hand's paragraph under _hands.",
            "_hands": hands, **dict(sorted(pages.items()))}


def main(argv: list[str]) -> int:
    directory = Path(argv[0])
    joined = join(directory)
    (directory / "labels.json").write_text(json.dumps(joined, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for path in directory.glob("labels-?.json"):
        path.unlink()
    pages = {k: v for k, v in joined.items() if not k.startswith("_")}
    types = Counter(v["type"] for v in pages.values())
    print(f"hands {sorted(joined['_hands'])}; pages {len(pages)}; HTML {sum(k.endswith('.html') for k in pages)}; "
          f"articles {sum(len(v['articles']) for v in pages.values())}; types {len(types)}; "
          f"most pages of one type {max(types.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
