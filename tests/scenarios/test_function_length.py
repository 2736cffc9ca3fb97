"""No function in scenarios/ or exhibit/ is longer than 50 lines."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 50


def _long_functions() -> list[str]:
    found = []
    for folder in ("scenarios", "exhibit"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    length = (node.end_lineno or node.lineno) - node.lineno + 1
                    if length > LIMIT:
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_no_function_is_longer_than_fifty_lines() -> None:
    long = _long_functions()
    if long:
        pytest.fail("Functions longer than 50 lines:\n" + "\n".join(long))
