"""The portal's languages as Wagtail locales (Wagtail creates only the default one)."""

from django.conf import settings
from django.db import migrations


def add_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(add_locales, migrations.RunPython.noop)]
