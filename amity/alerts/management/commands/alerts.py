import datetime
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from amity.alerts.selectors import alerts_by_union
from amity.alerts.services import digests_send
from amity.core.i18n import format_day
from amity.tenancy.commands import union_option
from amity.tenancy.models import Union


def _day(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(
            _("--date: “%(value)s” is not a date written YYYY-MM-DD.") % {"value": value}
        ) from exc


class Command(BaseCommand):
    help = (
        "What needs attention in each union today: certificates expiring or expired, "
        "Decision 06 reports due, tasks overdue, aid items stuck in the workflow, calls "
        "past their deadline. Run daily; --email sends each union's staff a digest."
    )

    def add_arguments(self, parser):
        parser.add_argument("--union", help="only this union (slug, e.g. dong-nai)")
        parser.add_argument("--date", help="as on this day, YYYY-MM-DD (default: today)")
        parser.add_argument("--email", action="store_true", help="e-mail the digests too")
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args, **options):
        today = _day(options["date"]) if options["date"] else None
        if options["union"]:
            unions = [union_option(options["union"])]
        else:
            unions = list(Union.objects.order_by("-is_national", "name"))
        found = alerts_by_union(unions, today)
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        union.slug: [
                            {
                                "kind": a.kind,
                                "title": a.title,
                                "day": a.day.isoformat(),
                                "detail": a.detail,
                                "url": a.url,
                            }
                            for a in alerts
                        ]
                        for union, alerts in found.items()
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            for union, alerts in found.items():
                self.stdout.write(f"{union.label} ({union.slug})")
                if not alerts:
                    self.stdout.write("  " + _("Nothing needs attention."))
                for alert in alerts:
                    self.stdout.write(
                        f"  [{alert.kind_label}] {format_day(alert.day)} · {alert.title}"
                        f" · {alert.detail}"
                    )
        if options["email"]:
            sent = digests_send(unions=unions, today=today)
            self.stderr.write(_("E-mail digests sent: %(count)s") % {"count": sent})
