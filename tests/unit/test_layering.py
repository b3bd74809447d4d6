"""The house rules on imports, read from tests/layers.toml: which unit may import which, and who owns each library."""

from __future__ import annotations

import ast
import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "chatbot"
RULES = tomllib.loads((ROOT / "tests" / "layers.toml").read_text())
UNITS: dict[str, dict[str, object]] = RULES["units"]
LIBRARIES: dict[str, list[str]] = RULES["libraries"]
EXCEPTIONS = {(e["module"], e["imports"]) for e in RULES.get("exceptions", [])}
OURS = ("chatbot", "handlers")


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


MODULES = {module_name(p): p for p in sorted([*CORE.rglob("*.py"), *(ROOT / "handlers").rglob("*.py")])}
IN_UNITS = sorted(set(MODULES) - set(OURS))  # the two roots hold only a docstring
CORE_MODULES = sorted(CORE.rglob("*.py"))


@cache
def imported(name: str) -> frozenset[str]:
    """Every module a module imports: ours resolved to the module (not the package), others by top name."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(MODULES[name].read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            subs = [f"{node.module}.{alias.name}" for alias in node.names]
            found.update(sub if sub in MODULES else node.module for sub in subs)
    return frozenset(found)


def imports(path: Path) -> set[str]:
    return {name.split(".")[0] for name in imported(module_name(path))}


def within(name: str, prefix: str) -> bool:
    """A module is within "a.b" when it is a.b or below it; a prefix ending in "." names a package only."""
    return name.startswith(prefix) if prefix.endswith(".") else name == prefix or name.startswith(prefix + ".")


def unit_of(name: str) -> str | None:
    candidates = [(len(m), unit) for unit, rule in UNITS.items() for m in rule["modules"] if within(name, m)]  # type: ignore[attr-defined]
    return max(candidates)[1] if candidates else None


@pytest.mark.parametrize("name", IN_UNITS)
def test_every_module_belongs_to_a_unit(name: str) -> None:
    assert unit_of(name) is not None, f"{name} is in no unit of tests/layers.toml: add it where it belongs"


@pytest.mark.parametrize("name", IN_UNITS)
def test_a_module_imports_only_what_its_unit_may(name: str) -> None:
    unit = unit_of(name)
    allowed = {unit, *UNITS[unit]["may_import"]}  # type: ignore[index, misc]
    for target in sorted(t for t in imported(name) if t.split(".")[0] in OURS and t not in OURS):
        if unit_of(target) not in allowed and not any(name == m and within(target, t) for m, t in EXCEPTIONS):
            pytest.fail(
                f"rule '{unit}' ({UNITS[unit]['about']}) may import only {sorted(allowed - {unit})}: "
                f"{name} imports {target}, of unit '{unit_of(target)}'"
            )


@pytest.mark.parametrize("name", IN_UNITS)
def test_each_outside_library_has_its_owners(name: str) -> None:
    for library in sorted(imports(MODULES[name]) & LIBRARIES.keys()):
        owners = LIBRARIES[library]
        assert any(within(name, owner) for owner in owners), f"rule '{library}': {name} imports it; only {owners} may"


def cycle_in(graph: dict[str, set[str]]) -> list[str]:
    """One cycle in a directed graph, as the path that closes it; [] when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: finished

    def visit(node: str, path: list[str]) -> list[str]:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], node, nxt] if nxt in path else [node, nxt]
            if nxt not in state and (found := visit(nxt, [*path, node])):
                return found
        state[node] = 2
        return []

    for start in sorted(graph):
        if start not in state and (found := visit(start, [])):
            return found
    return []


def test_the_rules_have_no_cycle() -> None:
    graph = {unit: set(rule["may_import"]) for unit, rule in UNITS.items()}  # type: ignore[call-overload]
    assert all(target in UNITS for targets in graph.values() for target in targets), "a rule names no unit"
    assert cycle_in(graph) == [], f"tests/layers.toml's rules import each other: {' -> '.join(cycle_in(graph))}"


def test_the_import_graph_has_no_cycle() -> None:
    graph = {name: {t for t in imported(name) if t in MODULES} for name in MODULES}
    assert cycle_in(graph) == [], f"modules import each other: {' -> '.join(cycle_in(graph))}"


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycle_in({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle_in({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_every_listed_exception_is_still_needed() -> None:
    """An exception the code no longer needs is removed from tests/layers.toml (there are none today)."""
    stale = [(module, target) for module, target in sorted(EXCEPTIONS)
             if not any(within(t, target) for t in imported(module))]  # fmt: skip
    assert stale == [], "these modules no longer import what their exception allows: remove the exceptions"


def test_policy_rules_never_read_the_clock() -> None:
    for path in (CORE / "policy").rglob("*.py"):
        source = path.read_text()
        assert ".now(" not in source and "time.time(" not in source, path


def test_modules_stay_small() -> None:
    sizes = {str(p.relative_to(ROOT)): len(p.read_text().splitlines()) for p in CORE_MODULES}
    assert {k: v for k, v in sizes.items() if v > 250} == {}


def test_the_console_script_loads_no_heavy_library_before_a_command_needs_it() -> None:
    """`chatbot check` runs in about half a second: the bot's libraries load only when `chatbot run` starts."""
    import subprocess
    import sys

    heavy = ("cv2", "numpy", "PIL", "slack_bolt", "tweepy", "atproto", "mastodon", "onnxruntime", "microsoft_teams")
    probe = f"import handlers.console.cli, sys; print([m for m in {heavy!r} if m in sys.modules])"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert loaded.stdout.strip() == "[]"


# Teams' own concepts; the core speaks of drafts, approvers and channels, never of these
TEAMS_WORDS = re.compile(
    r"microsoft|teams?[_ ]?(?:sdk|app|channel|activit|card|bot|section|secret|api)|adaptive ?card|action\.execute"
    r"|\bentra\b|\baad|azure|msal|bot ?framework|botframework|tacv2|messageid|\binvoke activit",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", CORE_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_core_knows_nothing_of_teams(path: Path) -> None:
    """Teams was added as handlers/teams/ alone: a Teams concept in chatbot/ means the core bent to fit it."""
    found = TEAMS_WORDS.findall(path.read_text())
    assert not found, f"{path.relative_to(ROOT)} mentions {sorted(set(found))}"
    assert "microsoft_teams" not in imports(path) and "handlers" not in imports(path)


def test_the_teams_section_belongs_to_the_adapter_not_the_core() -> None:
    """app.yaml's `teams:` is declared by handlers/ as an entry point; the core's own sections never list it."""
    from chatbot.school.config_loader import edge_sections
    from chatbot.school.settings import SECTIONS, Settings

    assert "teams" not in SECTIONS and "teams" not in Settings.model_fields
    assert "teams" in edge_sections()


@pytest.mark.parametrize("edge", ["handlers.slack", "handlers.teams"])
def test_no_platform_edge_imports_another(edge: str) -> None:
    """Each edge renders the core's cards itself: the Teams edge once borrowed the Slack builders' words."""
    other = "handlers.teams" if edge == "handlers.slack" else "handlers.slack"
    borrowing = {name for name in MODULES if within(name, edge) and any(within(i, other) for i in imported(name))}
    assert borrowing == set()
