from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from amity.demo.services import DEMO_PASSWORD, demo_load


class Command(BaseCommand):
    help = "Load the reference data and the demo unions, users, NGOs and certificates."

    def handle(self, *args, **options):
        call_command("load_admin_units", verbosity=0, stdout=self.stdout)
        call_command("load_codelists", verbosity=0, stdout=self.stdout)
        result = demo_load()
        self.stdout.write(
            _("Demo data: %(orgs)s organizations, %(certs)s certificates.")
            % {"orgs": result.organizations, "certs": result.certificates}
        )
        self.stdout.write(
            _(
                "Aid portfolio: %(rates)s exchange rates, %(items)s aid items, "
                "%(transactions)s transactions."
            )
            % {
                "rates": result.rates,
                "items": result.aid_items,
                "transactions": result.transactions,
            }
        )
        mobilization = result.mobilization
        self.stdout.write(
            _(
                "Mobilization: %(calls)s calls for sponsorship, %(pledges)s pledges, "
                "%(appeals)s appeal with %(receipts)s receipts, %(plans)s coordination plans."
            )
            % {
                "calls": mobilization.calls,
                "pledges": mobilization.pledges,
                "appeals": mobilization.appeals,
                "receipts": mobilization.receipts,
                "plans": mobilization.plans,
            }
        )
        engagements = result.engagements
        self.stdout.write(
            _(
                "Diplomacy: %(engagements)s engagements with %(follow_ups)s follow-up "
                "requests, %(partnerships)s partnerships."
            )
            % {
                "engagements": engagements.engagements,
                "follow_ups": engagements.follow_ups,
                "partnerships": engagements.partnerships,
            }
        )
        portal = result.portal
        self.stdout.write(
            _(
                "Portal: %(sections)s sections, %(articles)s articles with %(translations)s "
                "translations, %(banners)s banners."
            )
            % {
                "sections": portal.sections,
                "articles": portal.articles,
                "translations": portal.translations,
                "banners": portal.banners,
            }
        )
        self.stdout.write(_("Demo logins (password “%(password)s”):") % {"password": DEMO_PASSWORD})
        for username, union, role in result.logins:
            self.stdout.write(f"  {username:<20} {union:<10} {role}")
