import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from amity.reports import params as report_params
from amity.reports.render import FORMATS, filename, render
from amity.tenancy.commands import user_option


def _messages(exc: ValidationError) -> str:
    return "; ".join(
        f"--{field.replace('_', '-')}: {' '.join(messages)}"
        for field, messages in exc.message_dict.items()
    )


class Command(BaseCommand):
    help = (
        "Write a union's annual report (`annual`) or portfolio snapshot (`portfolio`) as "
        "JSON, XLSX, PDF or HTML, in Vietnamese, English or Chinese."
    )

    def add_arguments(self, parser):
        reports = parser.add_subparsers(dest="report", required=True)
        for name in ("annual", "portfolio"):
            sub = reports.add_parser(name)
            sub.add_argument("--union", required=True, help="a union's slug, or 'all'")
            if name == "annual":
                sub.add_argument("--year", required=True)
                sub.add_argument("--half", choices=["1", "2"])
            else:
                sub.add_argument("--as-of", required=True, help="YYYY-MM-DD")
            sub.add_argument("--currency", default="VND", help="ISO 4217 code, default VND")
            sub.add_argument("--lang", default=None, help="vi, en or zh-hans")
            sub.add_argument("--format", default="json", choices=FORMATS)
            sub.add_argument("--output", help="file to write; default: standard output")
            sub.add_argument("--user", help="report only what this user may see")

    def handle(self, *args, **options):
        user = user_option(options["user"]) if options.get("user") else None
        try:
            params = report_params.parse(
                user=user,
                union=options["union"],
                currency=options["currency"],
                language=options["lang"],
                format=options["format"],
                year=options.get("year"),
                half=options.get("half"),
                as_of=options.get("as_of"),
                report=options["report"],
            )
        except ValidationError as exc:
            raise CommandError(_messages(exc)) from exc
        report = report_params.build(params)
        content = render(report, params.format)
        output = options.get("output")
        if output:
            with open(output, "wb") as file:
                file.write(content)
            self.stderr.write(f"{output} ({filename(report, params.format)})")
        elif params.format in ("json", "html"):
            self.stdout.write(content.decode())
        else:
            if sys.stdout.isatty():
                raise CommandError(
                    _("--format %(format)s writes a binary file: give --output PATH.")
                    % {"format": params.format}
                )
            sys.stdout.buffer.write(content)
