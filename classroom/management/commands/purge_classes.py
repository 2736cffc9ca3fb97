"""End lessons left idle, and delete lessons that ended more than the keeping time ago.

Run it daily (deploy/systemd/scored-purge-classes.timer does): `manage.py purge_classes`.
"""

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from classroom.models import Lesson


class Command(BaseCommand):
    help = "End lessons idle for SCORED_CLASS_IDLE_HOURS; delete those ended SCORED_CLASS_KEEP_DAYS ago."

    def handle(self, *args: Any, **options: Any) -> None:
        now = timezone.now()
        idle_since = now - timedelta(hours=settings.SCORED_CLASS_IDLE_HOURS)
        ended = Lesson.objects.filter(ended_at__isnull=True, active_at__lt=idle_since).update(ended_at=now)
        expired = Lesson.objects.filter(ended_at__lt=now - timedelta(days=settings.SCORED_CLASS_KEEP_DAYS))
        deleted, _ = expired.delete()
        self.stdout.write(f"ended {ended} idle lesson(s); deleted {deleted} row(s) of expired lessons")
