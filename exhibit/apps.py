from django.apps import AppConfig


class ExhibitConfig(AppConfig):
    name = "exhibit"
    verbose_name = "Scored"

    def ready(self) -> None:
        from exhibit import checks  # noqa: F401  (registers the system checks)
