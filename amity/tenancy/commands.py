"""What `amity` commands that take --union or --user share: the lookup, and an error
that names what was not found."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from .models import Union
from .selectors import union_by_slug


def union_option(slug: str, option: str = "--union") -> Union:
    try:
        return union_by_slug(slug, field=option)
    except ValidationError as exc:
        raise CommandError(" ".join(exc.message_dict[option])) from exc


def user_option(username: str):
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(_("Unknown user “%(username)s”.") % {"username": username})
    return user
