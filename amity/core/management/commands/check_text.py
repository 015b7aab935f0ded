from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from amity.core.textcheck import stored_text_clean, stored_text_faults


class Command(BaseCommand):
    help = (
        "List stored text that holds control or direction-reversing characters (saved "
        "before Amity refused them); with --clean, remove them, with history."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--clean",
            action="store_true",
            help="store each text without those characters (a history row per record)",
        )

    def handle(self, *args, clean=False, **options):
        faults = list(stored_text_faults())
        for fault in faults:
            self.stdout.write(
                f"{fault.model._meta.label} {fault.pk} {fault.field}: {fault.problem}"
            )
        if not faults:
            self.stdout.write(_("No stored text holds a character the text check refuses."))
            return
        if not clean:
            self.stdout.write(
                ngettext(
                    "%(count)s stored text would be refused now; run again with --clean "
                    "to remove the characters.",
                    "%(count)s stored texts would be refused now; run again with --clean "
                    "to remove the characters.",
                    len(faults),
                )
                % {"count": len(faults)}
            )
            return
        records = stored_text_clean(faults)
        self.stdout.write(
            ngettext(
                "Cleaned %(count)s text in %(records)s records; each change is in their history.",
                "Cleaned %(count)s texts in %(records)s records; each change is in their history.",
                len(faults),
            )
            % {"count": len(faults), "records": records}
        )
