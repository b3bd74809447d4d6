"""Reads app.yaml and builds Settings, turning every mistake into one line that names the key at fault."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from chatbot.errors import ConfigError
from chatbot.school.settings import SECRET_NAMES, SECTIONS, Settings, default_config_path

EDGE_SECTIONS_GROUP = "countersign.sections"


def load_settings(path: Path | None = None) -> Settings:
    """Settings from app.yaml (`path`, else $CHATBOT_CONFIG, else ./app.yaml if present) and the environment."""
    named = path is not None
    if path is None:
        path, named = default_config_path()
    data = _read_yaml(path) if named or path.exists() else {}
    edges = {key: data.pop(key) for key in list(data) if key not in SECTIONS}  # _read_yaml let only edges through
    try:
        return Settings(**data, edges=edges, config_dir=path.resolve().parent)
    except ValidationError as error:
        raise ConfigError(_describe(error, path)) from None


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"Configuration file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"Cannot read the configuration file {path}: {error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path} is not valid YAML{where}") from None
    data = {} if data is None else data
    if not isinstance(data, dict):
        raise ConfigError(f"{path} must be a mapping of sections ({', '.join(SECTIONS)})")
    _check_top_level(data, path)
    return data


def edge_sections() -> frozenset[str]:
    """Sections owned by a chat platform's adapter, declared in its package's entry points; the core keeps them
    as written and the adapter validates them, so a new platform needs no change here."""
    from importlib.metadata import entry_points

    return frozenset(point.name for point in entry_points(group=EDGE_SECTIONS_GROUP))


def _check_top_level(data: dict[str, Any], path: Path) -> None:
    for key in data:
        if str(key).lower() in SECRET_NAMES or str(key).lower() == "redis_url":
            raise ConfigError(
                f"{path}: {key} is a secret; set it in the environment ({str(key).upper()}), not app.yaml"
            )
        if key not in SECTIONS and key not in (edges := edge_sections()):
            known = ", ".join((*SECTIONS, *sorted(edges)))
            raise ConfigError(f"{path}: unknown key {key!r} (known sections: {known})")
        if key not in SECTIONS and not isinstance(data[key], dict):
            raise ConfigError(f"{path}: {key} must be a mapping of keys")


def _describe(error: ValidationError, path: Path) -> str:
    first = error.errors()[0]
    location = ".".join(str(part) for part in first["loc"])
    source = _source_of(first["loc"], path)
    if first["type"] == "extra_forbidden":
        return f"{source}: unknown key {location!r}"
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{source}: {location}: {message}"


def _source_of(loc: tuple[Any, ...], path: Path) -> str:
    variable = "__".join(str(part).upper() for part in loc[:2])
    if any(name.upper().startswith(variable) for name in os.environ):
        return f"environment variable {variable}"
    return str(path)
