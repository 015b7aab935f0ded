from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TenancyConfig(AppConfig):
    name = "amity.tenancy"
    label = "tenancy"
    verbose_name = _("Unions and memberships")

    def ready(self):
        from axes.signals import user_locked_out

        from . import signins

        user_locked_out.connect(signins.locked_out, dispatch_uid="amity-locked-out")
