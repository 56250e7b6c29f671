"""Imports go one way: cli → batch → pipeline → (report, compare, matcher, rules, articles) → binding → ...
A module may import only modules of a lower layer; inside binding/, only the siblings before it in BINDING."""

import ast
import tomllib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "consistency"

# Higher number = higher layer. A module may import modules with a strictly lower number.
LAYERS = {
    "__main__": 11, "cli": 10, "__init__": 10,
    "batch": 9,
    "pipeline": 8,
    "report": 7, "compare": 6, "matcher": 6, "rules": 6, "articles": 6,
    "binding": 5,
    "attribution": 4, "formats": 4, "datelines": 4,
    "normalize": 3,
    "text": 2, "lexicon": 1,
    "models": 0, "errors": 0,
}


# The matcher's helpers by concern, each above the ones it may import.
BINDING = ["syntax", "questions", "timing", "parts", "rivals"]
SUBPACKAGES = ("normalize", "binding")


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if rel.parts[0] in SUBPACKAGES else rel.stem


def siblings(path: Path) -> set[str]:
    """The modules of its own subpackage a file imports ('from .syntax import ...')."""
    return {node.module.split(".")[0] for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


def imported(path: Path) -> set[str]:
    """The package modules a file imports (relative imports; inside a subpackage, siblings do not count)."""
    in_subpackage = path.parent.name in SUBPACKAGES
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom) or node.level == 0:
            continue
        if in_subpackage and node.level == 1:
            continue  # one module using another's helpers, inside the subpackage's layer
        if node.module:
            names.add(node.module.split(".")[0])
        else:
            names.update(alias.name for alias in node.names)
    return names


def test_imports_go_one_way():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        me = module_name(path)
        for other in imported(path) - {me}:
            if other in LAYERS and LAYERS[other] >= LAYERS[me]:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {other}")
    assert wrong == []


def test_binding_modules_import_only_those_before_them():
    folder = PACKAGE / "binding"
    assert sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__") == sorted(BINDING)
    wrong = [f"{name} imports {other}" for name in BINDING for other in siblings(folder / f"{name}.py")
             if other not in BINDING[:BINDING.index(name)]]
    assert wrong == []


def bound_names(tree: ast.Module) -> list[str]:
    """The names a module binds at its top level: assigned (alone or in a tuple), annotated, defined; not an item
    set in a container ('MONTHS["setiembre"] = 9')."""
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            elements = target.elts if isinstance(target, ast.Tuple) else [target]
            names += [e.id for e in elements if isinstance(e, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_module_binds_a_name_twice():
    # A second '_COMPOUND_GAP = ...' further down a long module silently replaces the first for every function that
    # reads it, however far above: each module-level name is bound once.
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        names = bound_names(ast.parse(path.read_text(encoding="utf-8")))
        twice += [f"{path.relative_to(PACKAGE)}: {n}" for n in sorted(set(names)) if names.count(n) > 1]
    assert twice == []


def test_a_name_bound_twice_is_caught():
    tree = ast.parse("A = 1\nB: int = 2\nM = {}\nM['x'] = 3\ndef f(): pass\nA, C = 4, 5\n")
    assert bound_names(tree) == ["A", "B", "M", "f", "A", "C"]


def test_every_subpackage_is_installed():
    # A subpackage missing from pyproject's list works in an editable install and fails in a built one.
    listed = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    found = sorted(".".join(p.parent.relative_to(PACKAGE.parent).parts) for p in PACKAGE.rglob("__init__.py"))
    assert sorted(listed) == found
