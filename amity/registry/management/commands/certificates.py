import json

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from amity.registry.models import CertificateStatus, RegistrationCertificate
from amity.tenancy.selectors import union_by_slug


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
        try:
            union = union_by_slug(options["union"], field="--union")
        except ValidationError as exc:
            raise CommandError(" ".join(exc.message_dict["--union"])) from exc
        certificates = RegistrationCertificate.objects.for_union(union)
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(
                    _("Unknown user “%(username)s”.") % {"username": options["user"]}
                )
            certificates = certificates.visible_to(user)
        certificates = (
            certificates.with_status_in(options["status"] or CertificateStatus.values)
            .select_related("organization")
            .order_by("expiry_date", "number")
        )
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
        for row in rows:
            self.stdout.write("{number:<18} {expiry_date} {status:<9} {organization}".format(**row))
