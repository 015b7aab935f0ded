from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from amity.tenancy.commands import union_option, user_option
from amity.tenancy.models import Role
from amity.tenancy.services import membership_grant


class Command(BaseCommand):
    help = "Give a user a role in a union: amity grant USERNAME --union SLUG --role ROLE."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--union", required=True, help="union slug, e.g. dong-nai")
        parser.add_argument("--role", required=True, choices=Role.values)

    def handle(self, *args, username, union, role, **options):
        user = user_option(username)
        union_obj = union_option(union)
        membership_grant(actor=None, user=user, union=union_obj, role=Role(role))
        self.stdout.write(
            _("%(username)s is now %(role)s of %(union)s.")
            % {"username": username, "role": Role(role).label, "union": union_obj.label}
        )
