"""Every user-facing string reaches the translation catalogue, ready for Chinese."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scenarios.personas import PERSONAS
from scenarios.systems import SYSTEMS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_makemessages_collects_domain_and_template_strings(tmp_path: Path) -> None:
    shutil.copytree(
        ROOT, tmp_path / "app", ignore=shutil.ignore_patterns(".venv", ".git", "staticfiles", "tests")
    )
    app = tmp_path / "app"
    (app / "locale").mkdir(exist_ok=True)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "zh_Hans", "--ignore=scripts"],
        cwd=app,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "exhibit.settings"},
        check=True,
        capture_output=True,
    )
    catalogue = (app / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    flat = catalogue.replace('"\n"', "")
    persona = next(iter(PERSONAS.values()))
    expected = [
        persona.steps[0].title,
        persona.steps[0].beat.text,
        *(system.name for system in SYSTEMS.values()),
        *(rule.label for system in SYSTEMS.values() for rule in system.rules),
        "What the labels mean",
        "There is no single score",
    ]
    missing = [text for text in expected if text not in flat]
    assert missing == []
