from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from amity.core.i18n import format_day, format_number
from amity.finance.models import Transaction
from amity.finance.transactions import revalue
from amity.tenancy.commands import union_option


class Command(BaseCommand):
    help = "Recompute the VND equivalents of transactions from the rate table; report changes."

    def add_arguments(self, parser):
        parser.add_argument("--union", help="only this union's transactions (slug)")

    def handle(self, *args, **options):
        transactions = Transaction.objects.all()
        if options["union"]:
            transactions = transactions.for_union(union_option(options["union"]))
        try:
            changes = revalue(transactions=transactions)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        for change in changes:
            tx = change.transaction
            self.stdout.write(
                _(
                    "%(item)s, %(type)s of %(date)s: %(old)s → %(new)s VND (rate %(old_rate)s → "
                    "%(new_rate)s)"
                )
                % {
                    "item": tx.item.label,
                    "type": tx.get_type_display(),
                    "date": format_day(tx.date),
                    "old": format_number(change.old_vnd),
                    "new": format_number(change.new_vnd),
                    "old_rate": format_number(change.old_rate),
                    "new_rate": format_number(change.new_rate),
                }
            )
        self.stdout.write(_("%(count)s transactions revalued.") % {"count": len(changes)})
