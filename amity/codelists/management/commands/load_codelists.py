from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from amity.codelists.services import codelists_load


class Command(BaseCommand):
    help = "Load currencies, countries, organisation types and DAC sectors."

    def handle(self, *args, **options):
        for name, changed in codelists_load().items():
            self.stdout.write(
                _("%(list)s: %(count)s rows created or updated.") % {"list": name, "count": changed}
            )
