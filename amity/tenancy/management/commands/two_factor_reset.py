from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from amity.tenancy.twofactor import two_factor_reset


class Command(BaseCommand):
    help = (
        "Remove a person's authenticator app (a lost phone): they set up a new one at their "
        "next sign-in. Kept in their union's history."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            removed = two_factor_reset(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(_("There is no user “%(name)s”.") % {"name": username}) from None
        self.stdout.write(
            _("Two-factor sign-in reset for %(name)s (%(count)s authenticator removed).")
            % {"name": username, "count": removed}
        )
