from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from amity.geo.services import admin_units_load


class Command(BaseCommand):
    help = "Load Vietnam's administrative units (since and before 1 July 2025)."

    def handle(self, *args, **options):
        result = admin_units_load()
        self.stdout.write(
            _(
                "Administrative units: %(created)s created, %(updated)s updated, "
                "%(unchanged)s unchanged."
            )
            % {"created": result.created, "updated": result.updated, "unchanged": result.unchanged}
        )
