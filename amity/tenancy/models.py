"""Unions (the tenants) and who belongs to which, in which role."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from amity.core.i18n import localized

from .querysets import UnionScopedQuerySet
from .roles import Role

__all__ = ["Membership", "Role", "Union"]


class Union(models.Model):
    """The national union (VUFO) or a provincial union of friendship organizations."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    name = models.CharField(_("name (Vietnamese)"), max_length=255)
    name_en = models.CharField(_("name in English"), max_length=255, blank=True)
    name_zh_hans = models.CharField(_("name in Chinese"), max_length=255, blank=True)
    province = models.ForeignKey(
        "geo.AdministrativeUnit",
        on_delete=models.PROTECT,
        related_name="unions",
        verbose_name=_("province"),
        limit_choices_to={"structure": "2025", "level": "province"},
    )
    is_national = models.BooleanField(
        _("national union"),
        default=False,
        help_text=_("Staff of the national union act on every union's records."),
    )
    iati_identifier = models.CharField(
        _("IATI organisation identifier"),
        max_length=100,
        blank=True,
        help_text=_(
            "The union's identifier as an IATI publisher; its exports use it as the "
            "reporting organisation and as the prefix of new activity identifiers."
        ),
    )

    class Meta:
        verbose_name = _("union")
        verbose_name_plural = _("unions")
        ordering = ["-is_national", "name"]
        constraints = [
            # Only one national union.
            models.UniqueConstraint(
                fields=["is_national"],
                condition=models.Q(is_national=True),
                name="tenancy_one_national_union",
            )
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return localized(self, "name")


class MembershipQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("user", "union")


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    union = models.ForeignKey(
        Union, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("union")
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "union"], name="tenancy_one_role_per_union")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.union} · {self.get_role_display()}"
