from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify
from django.utils.translation import gettext as _

from amity.geo.models import Level, Structure
from amity.geo.selectors import unit_by_code
from amity.tenancy.models import Union
from amity.tenancy.services import union_upsert


class Command(BaseCommand):
    help = (
        "Create a provincial union (or the national one) for a province of today: "
        "amity union_create --province 75"
    )

    def add_arguments(self, parser):
        parser.add_argument("--province", required=True, help="province code since 2025, e.g. 75")
        parser.add_argument("--slug", help="default: from the province's name, e.g. dong-nai")
        parser.add_argument("--national", action="store_true", help="the national union")
        parser.add_argument("--name", help="Vietnamese name; default from the province")
        parser.add_argument("--name-en", help="English name; default from the province")
        parser.add_argument("--name-zh-hans", help="Chinese name; default from the province")

    def handle(self, *args, **options):
        try:
            province = unit_by_code(
                code=options["province"],
                structure=Structure.CURRENT,
                field="--province",
                level=Level.PROVINCE,
            )
        except ValidationError as exc:
            raise CommandError(" ".join(exc.message_dict["--province"])) from exc
        slug = options["slug"] or slugify(province.name_en)
        if Union.objects.filter(slug=slug).exists():
            raise CommandError(
                _("A union with the slug “%(slug)s” already exists.") % {"slug": slug}
            )
        # The names a provincial union carries, whatever the operator's language.
        names = {
            "name": options["name"]
            or f"Liên hiệp các tổ chức hữu nghị {province.name[:1].lower()}{province.name[1:]}",
            "name_en": options["name_en"]
            or f"{province.name_en} Union of Friendship Organizations",
            "name_zh_hans": options["name_zh_hans"]
            or (f"{province.name_zh_hans}友好组织联合会" if province.name_zh_hans else ""),
        }
        try:
            union = union_upsert(
                actor=None,
                slug=slug,
                province=province,
                is_national=options["national"],
                **names,
            )
        except ValidationError as exc:
            raise CommandError(
                "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())
            ) from exc
        self.stdout.write(
            _("Union “%(union)s” created with the slug %(slug)s.")
            % {"union": union.label, "slug": union.slug}
        )
