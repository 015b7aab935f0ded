from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from amity.reports.models import Target
from amity.reports.services import target_set
from amity.tenancy.commands import union_option, user_option


class Command(BaseCommand):
    help = "Set or list a union's yearly mobilization targets."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        setter = actions.add_parser("set")
        setter.add_argument("--union", required=True, help="union slug, e.g. dong-nai")
        setter.add_argument("--year", required=True, type=int)
        setter.add_argument("--amount", required=True)
        setter.add_argument("--currency", default="VND")
        setter.add_argument("--note", default="")
        setter.add_argument("--user", help="act as this user (checked like in the back office)")
        lister = actions.add_parser("list")
        lister.add_argument("--union", required=True)

    def handle(self, *args, **options):
        union = union_option(options["union"])
        if options["action"] == "list":
            for target in Target.objects.for_union(union).order_by("year"):
                self.stdout.write(f"{target.year} {target.amount} {target.currency_id}")
            return
        try:
            amount = Decimal(options["amount"].replace(",", "").replace("_", ""))
        except InvalidOperation:
            raise CommandError(
                _("--amount: “%(value)s” is not a number.") % {"value": options["amount"]}
            ) from None
        actor = user_option(options["user"]) if options["user"] else None
        try:
            target = target_set(
                actor=actor,
                union=union,
                year=options["year"],
                amount=amount,
                currency=options["currency"].strip().upper(),
                note=options["note"],
            )
        except ValidationError as exc:
            raise CommandError(
                "; ".join(f"{f}: {' '.join(m)}" for f, m in exc.message_dict.items())
            ) from exc
        self.stdout.write(
            f"{target.union.slug} {target.year}: {target.amount} {target.currency_id}"
        )
