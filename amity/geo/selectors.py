from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import AdministrativeUnit, Level, Structure


def unit_by_code(*, code: str, structure: str, field: str, level: str | None = None):
    """The unit with this code in this structure, or a ValidationError on `field` that
    says why: unknown structure, unknown code, or a code of the other structure."""
    if structure not in Structure.values:
        raise ValidationError(
            {
                field: _("Unknown structure “%(structure)s”: use one of %(choices)s.")
                % {"structure": structure, "choices": ", ".join(Structure.values)}
            }
        )
    code = str(code).strip()
    # Accept "4" for province "04" and "4" for commune "00004": codes are zero-padded.
    candidates = {code, code.zfill(2), code.zfill(3), code.zfill(5)} if code.isdigit() else {code}
    units = [
        u
        for u in AdministrativeUnit.objects.filter(code__in=candidates).order_by("code")
        if level is None or u.level == level
    ] or list(AdministrativeUnit.objects.filter(code__in=candidates).order_by("code"))
    same = [u for u in units if u.structure == structure]
    if not same and units:
        raise ValidationError(
            {
                field: _("Code %(code)s belongs to the structure “%(other)s”, not “%(structure)s”.")
                % {
                    "code": code,
                    "other": units[0].get_structure_display(),
                    "structure": Structure(structure).label,
                }
            }
        )
    if not same:
        raise ValidationError(
            {
                field: _(
                    "No administrative unit has code %(code)s in the structure “%(structure)s”."
                )
                % {"code": code, "structure": Structure(structure).label}
            }
        )
    # The code as written wins over a padded reading of it: "75" is province 75 even
    # where a district 075 exists.
    exact = [u for u in same if u.code == code]
    unit = (exact or same)[0]
    if level is not None and unit.level != level:
        raise ValidationError(
            {
                field: _("%(unit)s is a %(actual)s, not a %(expected)s.")
                % {
                    "unit": unit.name,
                    "actual": unit.get_level_display().lower(),
                    "expected": Level(level).label.lower(),
                }
            }
        )
    return unit


def unit_by_key(*, key: str, field: str, level: str | None = None):
    """A unit named 'STRUCTURE:CODE' ('2025:75', 'pre2025:70')."""
    structure, sep, code = str(key).partition(":")
    if not sep:
        raise ValidationError(
            {
                field: _("“%(key)s” is not a unit key: write STRUCTURE:CODE, e.g. 2025:75.")
                % {"key": key}
            }
        )
    return unit_by_code(code=code, structure=structure, field=field, level=level)
