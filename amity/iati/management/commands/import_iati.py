import argparse
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from tqdm import tqdm

from amity.core.i18n import format_number
from amity.iati.models import ImportOutcome
from amity.iati.services import iati_import, summary_lines
from amity.tenancy.selectors import union_by_slug

POSTFIX_EVERY = 50  # activities between updates of the count beside the bar


def activities(count: int) -> str:
    return ngettext("%(count)s activity", "%(count)s activities", count) % {
        "count": format_number(count)
    }


class Command(BaseCommand):
    help = "Import an IATI activity file (.xml or .xml.gz, versions 1.0x and 2.0x)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--union", required=True, help="the union's slug, e.g. dong-nai")
        parser.add_argument("--dry-run", action="store_true", help="read and report, write nothing")
        parser.add_argument(
            "--progress",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="a progress bar (by default only when the terminal shows it)",
        )
        parser.add_argument(
            "--parallel",
            action=argparse.BooleanOptionalAction,
            default=True,
            help="read the file in a second process while this one writes (the default)",
        )

    def handle(self, *args, file, union, dry_run, progress=None, parallel=True, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("%(file)s: no such file.") % {"file": file})
        try:
            target = union_by_slug(union)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        bar = None
        # By default a bar only where someone watches, not when output goes to a file.
        show = progress if progress is not None else self.stderr._out.isatty()

        def advance(done, read, size):
            # By bytes of the file, which are known from the start, unlike its activities.
            nonlocal bar
            if bar is None:
                bar = tqdm(
                    total=size, unit="B", unit_scale=True, unit_divisor=1024, file=self.stderr._out
                )
            if done % POSTFIX_EVERY == 0:  # not worth formatting at every activity
                bar.set_postfix_str(activities(done), refresh=False)
            bar.update(read - bar.n)

        record = iati_import(
            path,
            union=target,
            file_name=path.name,
            dry_run=dry_run,
            progress=advance if show else None,
            # A second process reads ahead while this one writes (feed.py), unless asked not.
            parallel=parallel,
        )
        if bar is not None:
            if record.outcome == ImportOutcome.DONE:
                bar.update(bar.total - bar.n)  # the parser's last read-ahead counted too
            bar.set_postfix_str(activities(record.activities), refresh=False)
            bar.close()
        lines = summary_lines(record)
        if dry_run:
            lines.insert(0, _("Trial run: nothing was written."))
        if record.outcome == ImportOutcome.REFUSED:
            raise CommandError("\n".join(lines))
        self.stdout.write("\n".join(lines))
