from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from amity.core.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = "Put a backup's database and media files back in place of the current ones."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a file made by `amity backup`")
        parser.add_argument(
            "--yes", action="store_true", help="replace the current data (asked for, to be sure)"
        )

    def handle(self, *args, file, yes=False, **options):
        if not yes:
            raise CommandError(
                _(
                    "Restoring replaces everything in the database and the media files with "
                    "the backup's. Run again with --yes to do it."
                )
            )
        try:
            result = backup_restore(file)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            _("Restored %(tables)s tables (%(rows)s rows) and %(media)s media files from %(file)s.")
            % {
                "tables": len(result.tables),
                "rows": sum(result.tables.values()),
                "media": result.media_files,
                "file": result.path,
            }
        )
