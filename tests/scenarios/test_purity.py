"""`scenarios/` is pure Python: it imports nothing from Django or `exhibit`."""

import ast
import subprocess
import sys
from pathlib import Path

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_in_scenarios_imports_django_or_exhibit() -> None:
    files = sorted(SCENARIOS.rglob("*.py"))
    assert len(files) >= 8
    for path in files:
        for name in imported_modules(path):
            assert not name.startswith(("django", "exhibit")), f"{path.name} imports {name}"


def test_importing_every_scenario_module_loads_no_django() -> None:
    code = (
        "import sys, importlib, pkgutil, scenarios\n"
        "for m in pkgutil.walk_packages(scenarios.__path__, 'scenarios.'): importlib.import_module(m.name)\n"
        "import scenarios.replay, scenarios.ending\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('django', 'exhibit')]\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=SCENARIOS.parent, capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
