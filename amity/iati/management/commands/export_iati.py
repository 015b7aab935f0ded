import io
import os
import secrets
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from amity.iati.export import iati_export
from amity.tenancy.selectors import union_by_slug


class Command(BaseCommand):
    help = "Export a union's published aid items as an IATI 2.03 activity file."

    def add_arguments(self, parser):
        parser.add_argument("--union", required=True, help="the union's slug, e.g. dong-nai")
        parser.add_argument("--output", help="the file to write; standard output if not given")

    def handle(self, *args, union, output, **options):
        try:
            target = union_by_slug(union)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        if output is None:
            count = self._to_stdout(target)
            message = ngettext(
                "%(count)s activity written to standard output.",
                "%(count)s activities written to standard output.",
                count,
            ) % {"count": count}
        else:
            path = Path(output)
            try:
                count = write_atomically(
                    path, lambda stream: iati_export(union=target, stream=stream)
                )
            except OSError as exc:
                raise CommandError(
                    _("Cannot write %(path)s: %(reason)s.")
                    % {"path": path, "reason": exc.strerror or exc}
                ) from exc
            message = ngettext(
                "%(count)s activity written to %(path)s.",
                "%(count)s activities written to %(path)s.",
                count,
            ) % {"count": count, "path": path}
        self.stderr.write(message, style_func=self.style.SUCCESS)

    def _to_stdout(self, union) -> int:
        out = self.stdout._out
        buffer = getattr(out, "buffer", None)
        if buffer is not None:
            out.flush()  # what the text layer holds goes first
            count = iati_export(union=union, stream=buffer)
            buffer.flush()
            return count
        data = io.BytesIO()
        count = iati_export(union=union, stream=data)
        self.stdout.write(data.getvalue().decode("utf-8"), ending="")
        return count


def write_atomically(path: Path, write) -> int:
    """Call `write(stream)` on a new file beside `path`, then put it in `path`'s place:
    a failure leaves `path` as it was, never half a file."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # "x": a new file, with the permissions the user's umask gives any file.
        with temporary.open("xb") as stream:
            result = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return result
