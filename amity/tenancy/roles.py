from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    STAFF = "staff", _("Staff")
    EDITOR = "editor", _("Editor")
    VIEWER = "viewer", _("Viewer")
