from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from amity.finance.services import RateImportError, rates_import


class Command(BaseCommand):
    help = "Import exchange rates from a CSV file with the header date,currency,vnd_per_unit."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--source", help="who published the rates (default: the file name)")

    def handle(self, *args, file, source, **options):
        path = Path(file)
        try:
            with path.open(encoding="utf-8-sig", newline="") as stream:
                result = rates_import(actor=None, stream=stream, source=source or path.name)
        except FileNotFoundError as exc:
            raise CommandError(_("%(file)s: no such file.") % {"file": file}) from exc
        except UnicodeDecodeError as exc:
            raise CommandError(_("%(file)s: not UTF-8 text.") % {"file": file}) from exc
        except RateImportError as exc:
            raise CommandError(
                _("%(file)s: nothing imported, %(count)s bad rows:")
                % {"file": file, "count": len(exc.problems)}
                + "\n"
                + str(exc)
            ) from exc
        self.stdout.write(
            _(
                "%(file)s: %(created)s rates added, %(updated)s changed, %(unchanged)s "
                "already there."
            )
            % {
                "file": file,
                "created": result.created,
                "updated": result.updated,
                "unchanged": result.unchanged,
            }
        )
