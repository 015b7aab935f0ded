from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import Union
from .permissions import Action, union_filter


def unions_visible_to(user, action: Action = Action.VIEW):
    return Union.objects.filter(union_filter(user, action, "pk")).select_related("province")


def union_by_slug(slug: str, *, field: str = "union", queryset=None) -> Union:
    """The union with this slug, or a ValidationError naming the field and the slugs
    that would have worked."""
    queryset = Union.objects.all() if queryset is None else queryset
    union = queryset.filter(slug=slug).first()
    if union is None:
        known = ", ".join(queryset.values_list("slug", flat=True)) or "—"
        raise ValidationError(
            {
                field: _("Unknown union “%(slug)s”. Known unions: %(known)s.")
                % {"slug": slug, "known": known}
            }
        )
    return union


def unions_for_request(request):
    """The unions a request's user sees: for filters' choices (django-filter calls it)."""
    if request is None:
        return Union.objects.none()
    return unions_visible_to(request.user)
