"""Reads of the registry, already scoped to what the user may see."""

from django.db.models import Q

from amity.core.text import fold, name_keys

from .models import (
    CertificateStatus,
    Organization,
    OrganizationNameKey,
    RegistrationCertificate,
)


def organization_search(queryset, term: str):
    """Match any name, translation, acronym or alias, ignoring case and diacritics."""
    term = term.strip()
    if not term:
        return queryset
    # The term folded whole, and as name keys are made ("Tổ chức Oxfam" -> "oxfam").
    keys = name_keys(term) | {fold(term).replace(" ", "")}
    key_match = Q()
    for key in keys:
        key_match |= Q(key__contains=key)
    by_key = OrganizationNameKey.objects.filter(key_match).values("organization")
    return queryset.filter(
        Q(pk__in=by_key)
        | Q(name__icontains=term)
        | Q(name_vi__icontains=term)
        | Q(name_en__icontains=term)
        | Q(name_zh_hans__icontains=term)
        | Q(aliases__name__icontains=term)
    ).distinct()


def certificate_search(queryset, term: str):
    """By number, or by anything that finds its organization (names, aliases…)."""
    term = term.strip()
    if not term:
        return queryset
    organizations = organization_search(Organization.objects.all(), term).values("pk")
    return queryset.filter(Q(number__icontains=term) | Q(organization__in=organizations))


def certificates_needing_attention(user, union=None):
    """Certificates expiring or expired (not revoked) that the user may see, soonest first."""
    certificates = RegistrationCertificate.objects.visible_to(user)
    if union is not None:
        certificates = certificates.for_union(union)
    return (
        certificates.with_status_in([CertificateStatus.EXPIRING, CertificateStatus.EXPIRED])
        .select_related("organization", "union")
        .order_by("expiry_date")
    )
