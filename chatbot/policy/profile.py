"""Policy profiles: which rules a school's policy turns on, how severe each is, and the clause it comes from."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from chatbot.errors import ConfigError
from chatbot.policy.finding import Severity
from chatbot.rule_ids import RULE_IDS

SeverityOrOff = Literal["block", "warn", "info", "off"]


class RuleConfig(BaseModel):
    """One rule in one profile. `with_image` applies when the draft carries an image; `variants` per kind of hit."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    severity: SeverityOrOff = "block"
    with_image: SeverityOrOff | None = None
    variants: dict[str, SeverityOrOff] = Field(default_factory=dict)
    clause: str | None = None

    @property
    def enabled(self) -> bool:
        return self.severity != "off" or self.with_image not in (None, "off")

    def severity_for(self, variant: str | None, has_image: bool) -> Severity | None:
        """The severity of a hit, or None when this kind of hit is switched off."""
        chosen = self.severity
        if variant is not None and variant in self.variants:
            chosen = self.variants[variant]
        if has_image and self.with_image is not None:
            chosen = self.with_image
        return None if chosen == "off" else Severity(chosen)


class Profile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    title: str
    source: str | None = None
    posting_windows: list[str] = Field(default_factory=list)
    trip_hold: bool = False  # a post from a trip in progress waits until the trip lead says the group has left
    rules: dict[str, RuleConfig]

    @field_validator("rules")
    @classmethod
    def _known(cls, value: dict[str, RuleConfig]) -> dict[str, RuleConfig]:
        unknown = sorted(set(value) - set(RULE_IDS))
        if unknown:
            raise ValueError(f"unknown rule id {unknown[0]!r}")
        return value


PROFILE_RULES_SHAPE = (
    "profile {name!r}: rules must be a mapping of rule id to a severity (block, warn, info or off) or to "
    "{{severity: …, clause: …}}"
)


def builtin_profiles() -> list[str]:
    folder = resources.files("chatbot.policy") / "profiles"
    return sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))


def load_profile(name_or_path: str, base_dir: Path | None = None) -> Profile:
    """A built-in profile by name (`parsloes`), or a school's own YAML file by path (which may extend a built-in)."""
    raw = _raw_profile(name_or_path, base_dir)
    parent = raw.pop("extends", None)
    base = _raw_profile(str(parent), base_dir) | {"name": raw.get("name")} if parent else {"rules": {}}
    raw = _merge(base, raw)
    raw.pop("extends", None)
    try:
        return Profile.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"profile {name_or_path!r}: {where}: {first['msg']}") from None


def _raw_profile(name_or_path: str, base_dir: Path | None) -> dict[str, Any]:
    if name_or_path in builtin_profiles():
        text = (resources.files("chatbot.policy") / "profiles" / f"{name_or_path}.yaml").read_text(encoding="utf-8")
    else:
        path = Path(name_or_path)
        path = path if path.is_absolute() or base_dir is None else base_dir / path
        if not (name_or_path.endswith((".yaml", ".yml")) and path.is_file()):
            known = ", ".join(builtin_profiles())
            raise ConfigError(f"Unknown policy profile {name_or_path!r} (built-in profiles: {known}; or a .yaml path)")
        text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        raise ConfigError(f"profile {name_or_path!r} is not valid YAML") from None
    if not isinstance(data, dict):
        raise ConfigError(f"profile {name_or_path!r} must be a mapping with name, title and rules")
    return data


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = {**base, **{k: v for k, v in override.items() if k != "rules"}}
    rules = {rule: dict(config) for rule, config in _rules(base).items()}
    for rule, config in _rules(override).items():
        rules[rule] = {**rules.get(rule, {}), **config}
    merged["rules"] = rules
    return merged


def _rules(raw: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A profile's rules, each as a mapping; `pupil-name: block` is shorthand for `pupil-name: {severity: block}`,
    as in app.yaml's `policy.rules`."""
    rules = raw.get("rules") or {}
    if not isinstance(rules, dict):
        raise ConfigError(PROFILE_RULES_SHAPE.format(name=raw.get("name") or "?"))
    return {str(rule): _rule(config, raw) for rule, config in rules.items()}


def _rule(config: Any, raw: dict[str, Any]) -> dict[str, Any]:
    if isinstance(config, str | bool):  # YAML reads an unquoted off as False
        return {"severity": "off" if config is False else str(config)}
    if config is None or isinstance(config, dict):
        return dict(config or {})
    raise ConfigError(PROFILE_RULES_SHAPE.format(name=raw.get("name") or "?"))
