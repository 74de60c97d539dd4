"""Stage options from a file: ``[tool.tipline.<stage>]`` in pyproject.toml, or ``--config FILE`` (TOML), and
``run --set STAGE.KEY=VALUE``.

Every key is a field of the stage's config dataclass (``dedup.threshold`` is ``DedupConfig.threshold``), so a
field a stage adds is settable with no change here. Keys and values are checked before anything runs: an unknown
section or key, or a value of the wrong type, is a :class:`SettingsError` naming it (with "did you mean"), which
the CLI turns into exit 2. Precedence: the config's defaults, then the file, then the command line.
"""

from __future__ import annotations

import dataclasses
import difflib
import sys
import typing
from typing import Any

from .stages import boilerplate, dedup, repair, segment, tips

CONFIGS: dict[str, type] = {
    "repair": repair.RepairConfig,
    "boilerplate": boilerplate.BoilerplateConfig,
    "segment": segment.SegmentConfig,
    "dedup": dedup.DedupConfig,
    "tips": tips.TipsConfig,
}
OTHER_SECTIONS = ("check",)  # read by their own command (tipline check: pipeline.check.config)

Settings = dict[str, dict[str, Any]]  # stage -> {field: value}


class SettingsError(ValueError):
    """A bad section, key or value in a config file or ``--set``; the message is one line naming it."""


def did_you_mean(word: str, known: typing.Iterable[str]) -> str:
    """A " (did you mean 'x'?)" hint for a misspelt ``word``, or ``""``.

    >>> did_you_mean("treshold", ["threshold", "bands"]), did_you_mean("zzz", ["threshold"])
    (" (did you mean 'threshold'?)", '')
    """
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def sections_of(data: dict[str, Any], from_pyproject: bool) -> dict[str, Any]:
    """The tipline sections of a parsed TOML file: ``[tool.tipline.*]`` of a pyproject.toml; in another file
    either ``[tool.tipline.*]`` or top-level ``[<stage>]`` tables.

    >>> sections_of({"tool": {"tipline": {"dedup": {"threshold": 0.3}}}}, True)
    {'dedup': {'threshold': 0.3}}
    >>> sections_of({"dedup": {"threshold": 0.3}}, False)
    {'dedup': {'threshold': 0.3}}
    """
    tool = data.get("tool", {}).get("tipline") if isinstance(data.get("tool"), dict) else None
    if tool is not None or from_pyproject:
        return tool if isinstance(tool, dict) else {}
    return data


def validate(sections: dict[str, Any], origin: str, prefix: str = "tool.tipline.") -> Settings:
    """Check every section and key of ``sections`` against the stage configs; return the typed values.

    ``-`` in keys reads as ``_`` (``min-docs`` = ``min_docs``).

    >>> validate({"dedup": {"threshold": 0.3}}, "x.toml")
    {'dedup': {'threshold': 0.3}}
    >>> validate({"dedup": {"treshold": 0.3}}, "x.toml")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pipeline.settings.SettingsError: x.toml: unknown key 'treshold' in [tool.tipline.dedup] (did you mean ...?)
    >>> validate({"dedupe": {}}, "x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pipeline.settings.SettingsError: x: unknown section [tool.tipline.dedupe] (did you mean [tool.tipline.dedup]?...
    """
    out: Settings = {}
    known_sections = (*CONFIGS, *OTHER_SECTIONS)
    for section, table in sections.items():
        if section in OTHER_SECTIONS:
            continue
        if section not in CONFIGS:
            close = difflib.get_close_matches(section, known_sections, n=1, cutoff=0.6)
            hint = f"did you mean [{prefix}{close[0]}]?; " if close else ""
            raise SettingsError(f"{origin}: unknown section [{prefix}{section}] ({hint}sections: "
                                f"{', '.join(known_sections)})")
        if not isinstance(table, dict):
            raise SettingsError(f"{origin}: [{prefix}{section}] must be a table of options, not {table!r:.40}")
        for key, value in table.items():
            out.setdefault(section, {})[_field(section, key, origin, prefix)] = value
    for section, values in out.items():
        for key, value in values.items():
            values[key] = coerce(section, key, value, origin, prefix)
        build(section, values, origin)  # the config's own checks (ranges, names) run now, before anything else
    return out


def _field(section: str, key: str, origin: str, prefix: str) -> str:
    name = key.replace("-", "_")
    names = [f.name for f in dataclasses.fields(CONFIGS[section])]
    if name not in names:
        raise SettingsError(f"{origin}: unknown key {key!r} in [{prefix}{section}]{did_you_mean(name, names)}")
    return name


def coerce(section: str, key: str, value: Any, origin: str, prefix: str = "tool.tipline.") -> Any:
    """Check ``value`` against the type of the config field; a list becomes a tuple.

    >>> coerce("tips", "forms", ["bullet"], "x"), coerce("dedup", "threshold", 1, "x")
    (('bullet',), 1.0)
    >>> coerce("dedup", "threshold", "high", "x.toml")
    Traceback (most recent call last):
    ...
    pipeline.settings.SettingsError: x.toml: [tool.tipline.dedup] threshold = 'high': expected a number
    """
    hint = typing.get_type_hints(CONFIGS[section])[key]
    optional = type(None) in typing.get_args(hint)
    if optional and value is None:
        return None
    base = next((h for h in typing.get_args(hint) if h is not type(None)), hint) if optional else hint
    where = f"{origin}: [{prefix}{section}] {key} = {value!r:.60}"
    if typing.get_origin(base) is tuple:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise SettingsError(f"{where}: expected a list of strings")
        return tuple(value)
    if base is bool:
        if type(value) is not bool:
            raise SettingsError(f"{where}: expected true or false")
        return value
    if base is int:
        if type(value) is not int:
            raise SettingsError(f"{where}: expected a whole number")
        return value
    if base is float:
        if type(value) not in (int, float):
            raise SettingsError(f"{where}: expected a number")
        return float(value)
    if base is str:
        if not isinstance(value, str):
            raise SettingsError(f"{where}: expected a string")
        return value
    raise SettingsError(f"{where}: this option cannot be set from a file")  # pragma: no cover - no such field yet


def build(section: str, values: dict[str, Any], origin: str, base: Any = None) -> Any:
    """The stage's config with ``values`` applied over ``base`` (default: its defaults); its own checks run.

    >>> build("dedup", {"threshold": 2.0}, "--set")
    Traceback (most recent call last):
    ...
    pipeline.settings.SettingsError: --set: dedup: threshold must be in (0, 1], got 2.0
    """
    try:
        return dataclasses.replace(base if base is not None else CONFIGS[section](), **values)
    except ValueError as exc:
        raise SettingsError(f"{origin}: {section}: {exc}") from None


def parse_set(items: typing.Iterable[str]) -> dict[str, Any]:
    """Parse ``--set STAGE.KEY=VALUE`` items into sections; VALUE is read as a TOML value (``0.3``, ``true``,
    ``["bullet"]``), else as a plain string.

    >>> parse_set(["dedup.threshold=0.3", "dedup.index=out/.index", "tips.forms=['bullet']"])
    {'dedup': {'threshold': 0.3, 'index': 'out/.index'}, 'tips': {'forms': ['bullet']}}
    """
    out: dict[str, Any] = {}
    for item in items:
        name, sep, text = item.partition("=")
        section, dot, key = name.strip().partition(".")
        if not sep or not dot or not section or not key:
            raise SettingsError(f"--set {item!r}: expected STAGE.KEY=VALUE, e.g. dedup.threshold=0.3")
        out.setdefault(section, {})[key] = _toml_value(text.strip())
    return out


def _toml_value(text: str) -> Any:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def merge(*layers: Settings) -> Settings:
    """Later layers win, key by key.

    >>> merge({"dedup": {"threshold": 0.5, "bands": 16}}, {"dedup": {"threshold": 0.3}})
    {'dedup': {'threshold': 0.3, 'bands': 16}}
    """
    out: Settings = {}
    for layer in layers:
        for section, values in layer.items():
            out.setdefault(section, {}).update(values)
    return out
