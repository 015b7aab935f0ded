"""Writes to the registry. The back office, the API and the command line all come here.

Each service takes the acting user (None for the system, e.g. `amity demo`), checks the
tenancy policy, validates, saves and records the change in the history, atomically.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from amity.core.bulk import insert_all
from amity.core.fieldcheck import full_clean_fields
from amity.core.i18n import format_day
from amity.core.text import name_keys
from amity.history.services import delete_recorded, record_change, records_created, snapshot
from amity.tenancy.permissions import Action, check_actor

from .models import (
    CertificateType,
    LegalBasis,
    Organization,
    OrganizationAlias,
    OrganizationContact,
    OrganizationKind,
    OrganizationNameKey,
    RegistrationCertificate,
)

# Decree 58/2022/ND-CP: a representative office only in these cities (GSO codes,
# the same in both structures).
REPRESENTATIVE_OFFICE_PROVINCES = {"01", "48", "79"}
MAX_YEARS_UNDER_58_2022 = {
    CertificateType.OPERATION: 3,
    CertificateType.REPRESENTATIVE_OFFICE: 5,
}
CONTACT_FIELDS = ("name", "role", "email", "phone", "address", "locality")


class DuplicateOrganizationError(ValidationError):
    """The new name matches organizations the union already has."""

    def __init__(self, matches: list[Organization]):
        self.matches = matches
        names = ", ".join(f"{m.label} (#{m.pk})" for m in matches)
        super().__init__(
            {
                "name": _(
                    "This organization may already exist: %(names)s. Open it instead, or "
                    "confirm that this is a different organization."
                )
                % {"names": names}
            },
            code="duplicate",
        )


# Organizations ---------------------------------------------------------------------


def organization_duplicates(*, union, names: list[str], exclude_pk=None) -> list[Organization]:
    """Organizations of `union` whose name, translation, acronym or alias folds to the
    same key as one of `names` ('Tổ chức Oxfam', 'OXFAM' and 'Oxfam' all match)."""
    keys = set().union(*(name_keys(n) for n in names if n)) if names else set()
    if not keys:
        return []
    ids = OrganizationNameKey.objects.filter(union=union, key__in=keys).values("organization")
    matches = Organization.objects.filter(pk__in=ids)
    if exclude_pk is not None:
        matches = matches.exclude(pk=exclude_pk)
    return list(matches.order_by("name"))


def organization_keys(organization: Organization) -> list[str]:
    """The keys its names, translations, acronym and aliases fold to."""
    return sorted(set().union(*(name_keys(n) for n in organization.all_names())))


def _refresh_name_keys(organization: Organization) -> None:
    OrganizationNameKey.objects.filter(organization=organization).delete()
    OrganizationNameKey.objects.bulk_create(
        OrganizationNameKey(organization=organization, union=organization.union, key=k)
        for k in organization_keys(organization)
    )


def _check_aliases(aliases: list[str]) -> None:
    """Each alias as its field would have it (length, no control characters)."""
    field = OrganizationAlias._meta.get_field("name")
    problems = []
    for alias in aliases:
        try:
            field.run_validators(alias.strip() if alias else alias)
        except ValidationError as error:
            problems += error.messages
    if problems:
        raise ValidationError({"aliases": problems})


def _save_aliases(actor, organization: Organization, aliases: list[str]) -> None:
    wanted = list(dict.fromkeys(a.strip() for a in aliases if a and a.strip()))
    existing = {a.name: a for a in OrganizationAlias.objects.filter(organization=organization)}
    for name, alias in existing.items():
        if name not in wanted:
            delete_recorded(
                actor=actor, instance=alias, union=organization.union, parent=organization
            )
    for name in wanted:
        if name not in existing:
            alias = OrganizationAlias.objects.create(organization=organization, name=name)
            record_change(
                actor=actor,
                instance=alias,
                before=None,
                union=organization.union,
                parent=organization,
            )


def _save_contacts(actor, organization: Organization, contacts: list[dict]) -> None:
    existing = {c.pk: c for c in OrganizationContact.objects.filter(organization=organization)}
    kept = set()
    for i, data in enumerate(contacts):
        contact = existing.get(data.get("id")) or OrganizationContact(organization=organization)
        before = snapshot(contact) if contact.pk else None
        for f in CONTACT_FIELDS:
            if f in data:
                setattr(
                    contact,
                    f,
                    data[f] if data[f] is not None else (None if f == "locality" else ""),
                )
        try:
            contact.full_clean(exclude=["organization"])
        except ValidationError as exc:
            raise ValidationError(
                {f"contacts[{i}].{f}": msgs for f, msgs in exc.message_dict.items()}
            ) from exc
        contact.save()
        kept.add(contact.pk)
        record_change(
            actor=actor,
            instance=contact,
            before=before,
            union=organization.union,
            parent=organization,
        )
    for pk, contact in existing.items():
        if pk not in kept:
            delete_recorded(
                actor=actor, instance=contact, union=organization.union, parent=organization
            )


@transaction.atomic
def organizations_create(*, actor, union, organizations: list[Organization]) -> list[Organization]:
    """Create many new organizations of `union` at once, without aliases, contacts or
    fields of work: what organization_save(allow_duplicate=True) does for each, in a few
    queries, for imports that have matched them against the registry themselves. Their
    type and country must be rows the caller loaded (they are not looked up again).
    Every one is checked before any is written; the first that fails raises its
    ValidationError and nothing is written."""
    check_actor(actor, Action.ADD, union=union)
    for organization in organizations:
        if organization.pk is not None:
            raise ValueError("organizations_create takes new organizations")
        organization.union = union
        full_clean_fields(
            organization, exclude=["union", "organisation_type", "country", "fields_of_work"]
        )
    # Before they are saved: a new organization's names need no query for aliases.
    keys = [organization_keys(organization) for organization in organizations]
    insert_all(organizations)
    insert_all(
        [
            OrganizationNameKey(organization=organization, union=union, key=key)
            for organization, its_keys in zip(organizations, keys, strict=True)
            for key in its_keys
        ]
    )
    records_created(actor=actor, rows=[(o, union, None) for o in organizations])
    return organizations


@transaction.atomic
def organization_save(
    *,
    actor,
    organization: Organization,
    aliases: list[str] | None = None,
    contacts: list[dict] | None = None,
    fields_of_work=None,
    allow_duplicate: bool = False,
) -> Organization:
    """Create or change an organization. `organization` carries the new field values;
    aliases, contacts and fields of work are replaced when given."""
    creating = organization.pk is None
    before = None
    if creating:
        check_actor(actor, Action.ADD, union=organization.union)
    else:
        stored = Organization.objects.select_related("union").get(pk=organization.pk)
        check_actor(actor, Action.CHANGE, obj=stored)
        if stored.union_id != organization.union_id:
            check_actor(actor, Action.ADD, union=organization.union)
            if stored.certificates.exists():
                # Its certificates are the old union's records (numbers unique there).
                raise ValidationError(
                    {
                        "union": _(
                            "%(name)s has registration certificates in %(union)s: it cannot move "
                            "to another union."
                        )
                        % {"name": stored.label, "union": stored.union.label}
                    }
                )
        before = snapshot(stored)

    organization.full_clean(exclude=["fields_of_work"])
    _check_aliases(aliases or [])
    if not allow_duplicate:
        names = [
            organization.name,
            organization.acronym,
            organization.name_vi,
            organization.name_en,
            organization.name_zh_hans,
            *(aliases or []),
        ]
        matches = organization_duplicates(
            union=organization.union, names=names, exclude_pk=organization.pk
        )
        if matches:
            raise DuplicateOrganizationError(matches)

    organization.save()
    if fields_of_work is not None:
        organization.fields_of_work.set(fields_of_work)
    record_change(actor=actor, instance=organization, before=before, union=organization.union)
    if aliases is not None:
        _save_aliases(actor, organization, aliases)
    if contacts is not None:
        _save_contacts(actor, organization, contacts)
    _refresh_name_keys(organization)
    return organization


@transaction.atomic
def organization_delete(*, actor, organization: Organization) -> None:
    check_actor(actor, Action.DELETE, obj=organization)
    if organization.certificates.exists():
        raise ValidationError(
            _("%(name)s still has registration certificates: delete or move them first.")
            % {"name": organization.label}
        )
    for child in [*organization.aliases.all(), *organization.contacts.all()]:
        delete_recorded(actor=actor, instance=child, union=organization.union, parent=organization)
    delete_recorded(actor=actor, instance=organization, union=organization.union)


# Certificates ----------------------------------------------------------------------


def _add_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def expiry_before_issue_message(issue: datetime.date, expiry: datetime.date) -> str:
    return _("The expiry date (%(expiry)s) must be after the issue date (%(issue)s).") % {
        "expiry": format_day(expiry),
        "issue": format_day(issue),
    }


def _validate_certificate(cert: RegistrationCertificate, provinces) -> None:
    errors: dict[str, list[str]] = {}
    org = cert.organization
    if org.kind != OrganizationKind.FOREIGN_NGO:
        errors.setdefault("organization", []).append(
            _("Registration certificates are for foreign NGOs; %(name)s is a %(kind)s.")
            % {"name": org.label, "kind": org.get_kind_display()}
        )
    if cert.issue_date and cert.expiry_date:
        if cert.expiry_date <= cert.issue_date:
            errors.setdefault("expiry_date", []).append(
                expiry_before_issue_message(cert.issue_date, cert.expiry_date)
            )
        elif cert.legal_basis == LegalBasis.DECREE_58_2022 and cert.type in MAX_YEARS_UNDER_58_2022:
            years = MAX_YEARS_UNDER_58_2022[cert.type]
            if cert.expiry_date > _add_years(cert.issue_date, years):
                errors.setdefault("expiry_date", []).append(
                    _("Under Decree 58/2022/ND-CP a %(type)s lasts at most %(years)s years.")
                    % {"type": cert.get_type_display().lower(), "years": years}
                )
    if (
        cert.type == CertificateType.PROJECT_OFFICE
        and cert.legal_basis != LegalBasis.DECREE_12_2012
    ):
        errors.setdefault("type", []).append(
            _("Project-office registration exists only under Decree 12/2012/ND-CP.")
        )
    if cert.revoked_on and cert.issue_date and cert.revoked_on < cert.issue_date:
        errors.setdefault("revoked_on", []).append(
            _("A certificate cannot be revoked before it was issued.")
        )
    if provinces is not None:
        for unit in provinces:
            if unit.level != "province":
                errors.setdefault("provinces", []).append(
                    _("%(unit)s is not a province.") % {"unit": unit.name}
                )
        if cert.type == CertificateType.REPRESENTATIVE_OFFICE:
            outside = [u.name for u in provinces if u.code not in REPRESENTATIVE_OFFICE_PROVINCES]
            if outside:
                errors.setdefault("provinces", []).append(
                    _(
                        "A representative office may be only in Hanoi, Da Nang or Ho Chi Minh "
                        "City, not in %(provinces)s."
                    )
                    % {"provinces": ", ".join(outside)}
                )
    duplicate = (
        RegistrationCertificate.objects.filter(union=cert.union, number=cert.number)
        .exclude(pk=cert.pk)
        .select_related("organization")
        .first()
    )
    if duplicate is not None:
        errors.setdefault("number", []).append(
            _("Certificate number %(number)s is already recorded, for %(organization)s.")
            % {"number": cert.number, "organization": duplicate.organization.label}
        )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def certificate_save(
    *, actor, certificate: RegistrationCertificate, provinces=None, fields=None
) -> RegistrationCertificate:
    """Create or change a certificate. It belongs to its organization's union."""
    creating = certificate.pk is None
    before = None
    certificate.union = certificate.organization.union
    if creating:
        check_actor(actor, Action.ADD, union=certificate.union)
    else:
        stored = RegistrationCertificate.objects.get(pk=certificate.pk)
        check_actor(actor, Action.CHANGE, obj=stored)
        if stored.union_id != certificate.union_id:  # moved to another union's NGO
            check_actor(actor, Action.ADD, union=certificate.union)
        before = snapshot(stored)
    certificate.full_clean(exclude=["provinces", "fields", "union"], validate_constraints=False)
    _validate_certificate(certificate, provinces)
    certificate.save()
    if provinces is not None:
        certificate.provinces.set(provinces)
    if fields is not None:
        certificate.fields.set(fields)
    record_change(
        actor=actor,
        instance=certificate,
        before=before,
        union=certificate.union,
        parent=certificate.organization,
    )
    return certificate


@transaction.atomic
def certificate_delete(*, actor, certificate: RegistrationCertificate) -> None:
    check_actor(actor, Action.DELETE, obj=certificate)
    delete_recorded(
        actor=actor, instance=certificate, union=certificate.union, parent=certificate.organization
    )


@dataclass
class RevocationInput:
    revoked_on: datetime.date
    note: str = ""


@transaction.atomic
def certificate_revoke(*, actor, certificate: RegistrationCertificate, revocation: RevocationInput):
    certificate.revoked_on = revocation.revoked_on
    certificate.revocation_note = revocation.note
    return certificate_save(actor=actor, certificate=certificate)
