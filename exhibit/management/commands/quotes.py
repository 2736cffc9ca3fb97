"""`manage.py quotes --json`: every quote the exhibit can show, for the quote check."""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from scenarios.evidence import QUOTES


class Command(BaseCommand):
    help = "Print every quote the exhibit can show (id, source seed file, text)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="Print a JSON array.")

    def handle(self, *args: Any, **options: Any) -> None:
        rows = [{"id": q.id, "source": q.seed, "text": q.text} for q in QUOTES.values()]
        if options["json"]:
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1))
            return
        for row in rows:
            self.stdout.write(f"{row['id']} [{row['source']}]: {row['text']}")
