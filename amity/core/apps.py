from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "amity.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.conf import settings
        from PIL import Image

        from amity.core.textcheck import guard_models

        # Every text field of our models refuses control and bidirectional characters.
        guard_models()
        # Pillow's decompression-bomb limit is Wagtail's, for every image opened here.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
