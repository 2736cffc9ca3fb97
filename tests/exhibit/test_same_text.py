"""Every page reads as it did before the last refactoring, word for word.

`tests/snapshots/pages.json.gz` holds the text of every page of every persona (see
`tests/exhibit/rendered.py`). A change to the domain that should not change what a
visitor reads must pass this test untouched. A deliberate change to the content is
recorded by running `make snapshot` and committing the new file with the change, so
the diff of the snapshot shows reviewers every sentence that moved.
"""

import difflib
import os

import pytest

from tests.exhibit.rendered import SNAPSHOT, load, render_all, save

pytestmark = pytest.mark.django_db


def _diff(url: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), url, url, n=1, lineterm="")
    return "\n".join(lines)


def test_every_page_reads_as_recorded() -> None:
    found = render_all()
    if os.environ.get("SCORED_UPDATE_SNAPSHOT") == "1":
        save(found)
        pytest.skip(f"wrote {len(found)} pages to {SNAPSHOT}")
    recorded = load()
    assert found.keys() == recorded.keys(), sorted(found.keys() ^ recorded.keys())[:20]
    changed = [url for url in recorded if found[url] != recorded[url]]
    diffs = [_diff(url, recorded[url], found[url]) for url in changed[:5]]
    hint = "if the change is deliberate, run `make snapshot` and commit the new snapshot with it"
    summary = f"{len(changed)} of {len(recorded)} pages read differently ({hint}):"
    assert not changed, "\n".join([summary, *diffs])
