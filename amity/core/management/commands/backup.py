from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from amity.core.backup import BackupError, backup_create


class Command(BaseCommand):
    help = "Back up the database and the media files into one file."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="the backup file (default: var/backups/amity-….tar)")

    def handle(self, *args, output=None, **options):
        try:
            result = backup_create(output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            _("Backed up %(tables)s tables (%(rows)s rows) and %(media)s media files to %(file)s.")
            % {
                "tables": len(result.tables),
                "rows": sum(result.tables.values()),
                "media": result.media_files,
                "file": result.path,
            }
        )
