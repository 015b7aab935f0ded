import json

from django.core.management.base import BaseCommand

from amity.core.i18n import format_day
from amity.registry.models import CertificateStatus, RegistrationCertificate
from amity.tenancy.commands import union_option, user_option


class Command(BaseCommand):
    help = "List a union's registration certificates, e.g. the ones expiring."

    def add_arguments(self, parser):
        parser.add_argument("--union", required=True, help="union slug, e.g. dong-nai")
        parser.add_argument(
            "--status",
            action="append",
            choices=CertificateStatus.values,
            help="repeat for several; default: all",
        )
        parser.add_argument("--user", help="list only what this user may see")
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args, **options):
        union = union_option(options["union"])
        certificates = RegistrationCertificate.objects.for_union(union)
        if options["user"]:
            certificates = certificates.visible_to(user_option(options["user"]))
        certificates = (
            certificates.with_status_in(options["status"] or CertificateStatus.values)
            .select_related("organization")
            .order_by("expiry_date", "number")
        )
        certificates = list(certificates)
        rows = [
            {
                "number": c.number,
                "organization": c.organization.label,
                "type": c.type,
                "issue_date": c.issue_date.isoformat(),
                "expiry_date": c.expiry_date.isoformat(),
                "status": c.current_status,
            }
            for c in certificates
        ]
        if options["json"]:
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        # For people: dates and statuses in the operator's language.
        for c in certificates:
            status = CertificateStatus(c.current_status).label
            expiry = format_day(c.expiry_date)
            self.stdout.write(f"{c.number:<18} {expiry:<14} {status:<12} {c.organization.label}")
