"""A module-level name bound twice in the rule modules silently replaces the first binding for every function that
reads it at call time (a new `_NO_RELAPSE` once broke the recent-past step cue this way). Each name is bound once."""

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = ["forbered/tagger/rules.py", "forbered/tagger/safety_rules.py", "forbered/tagger/safety_concepts.py",
           "forbered/tagger/__init__.py", "forbered/dialogue/engine.py", "forbered/dialogue/moves.py",
           "forbered/dialogue/intents.py", "forbered/reflect.py", "forbered/texts.py", "forbered/safety.py",
           "forbered/oars/rules.py", "forbered/oars/features.py", "forbered/oars/english.py"]


def _bound(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES)
def test_module_level_names_are_bound_once(path: str) -> None:
    names = _bound(ast.parse((ROOT / path).read_text("utf-8")))
    assert [n for n, k in names.items() if k > 1] == []


def test_a_second_binding_is_found() -> None:
    assert _bound(ast.parse("_X = 1\ndef f():\n    return _X\n_X = 2\n"))["_X"] == 2
