from django.db import migrations, models

from amity.portal.search import search_text


def fill_titles(apps, schema_editor):
    """Entries stored before titles were kept apart get their title's terms now."""
    SearchEntry = apps.get_model("portal", "SearchEntry")
    for entry in SearchEntry.objects.select_related("page"):
        entry.title_text = search_text(entry.page.title)
        entry.save(update_fields=["title_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_banners_public_pages"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="title_text",
            field=models.TextField(default=""),
        ),
        migrations.RunPython(fill_titles, migrations.RunPython.noop),
    ]
