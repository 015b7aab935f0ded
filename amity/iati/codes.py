"""IATI codes as Amity reads them, written from the published IATI codelists
(IATI Standard, CC BY 4.0): version 1.0x's letter codes and role names mapped to 2.0x
codes, and what each code becomes here."""

from django.conf import settings

from amity.aid.models import AidKind, DonorRole
from amity.finance.models import TransactionType
from amity.registry.models import OrganizationKind

# Version 1.0x → 2.0x (IATI-Codelists version-1.05 against version-2.03).
V1_TRANSACTION_TYPES = {
    "IF": "1",  # incoming funds
    "C": "2",  # commitment
    "D": "3",  # disbursement
    "E": "4",  # expenditure
    "IR": "5",  # interest repayment
    "LR": "6",  # loan repayment
    "R": "7",  # reimbursement
    "QP": "8",  # purchase of equity
    "QS": "9",  # sale of equity
    "CG": "10",  # credit guarantee
}
V1_ACTIVITY_DATE_TYPES = {
    "start-planned": "1",
    "start-actual": "2",
    "end-planned": "3",
    "end-actual": "4",
    # Some of the oldest files say only "start" and "end": read as planned.
    "start": "1",
    "end": "3",
}
V1_ORGANISATION_ROLES = {"funding": "1", "accountable": "2", "extending": "3", "implementing": "4"}

# 2.0x codes → Amity.
TRANSACTION_TYPES = {
    "2": TransactionType.COMMITMENT,
    "3": TransactionType.DISBURSEMENT,
    "4": TransactionType.EXPENDITURE,
}
ACTIVITY_DATES = {
    "1": "planned_start",
    "2": "actual_start",
    "3": "planned_end",
    "4": "actual_end",
}
ORGANISATION_ROLES = {
    "1": DonorRole.FUNDING,
    "2": DonorRole.ACCOUNTABLE,
    "3": DonorRole.EXTENDING,
    "4": DonorRole.IMPLEMENTING,
}
# IATI OrganisationType → the registry's kinds; anything else is "other".
ORGANISATION_KINDS = {
    "10": OrganizationKind.FOREIGN_GOVERNMENT,  # government
    "11": OrganizationKind.FOREIGN_GOVERNMENT,  # local government
    "15": OrganizationKind.FOREIGN_GOVERNMENT,  # other public sector
    "21": OrganizationKind.FOREIGN_NGO,  # international NGO
    "22": OrganizationKind.FOREIGN_NGO,  # national NGO
    "23": OrganizationKind.FOREIGN_NGO,  # regional NGO
    "24": OrganizationKind.FOREIGN_NGO,  # partner country based NGO
    "30": OrganizationKind.OTHER,  # public private partnership
    "40": OrganizationKind.MULTILATERAL,
    "60": OrganizationKind.FOREIGN_NGO,  # foundation
    "70": OrganizationKind.ENTERPRISE,  # private sector
    "71": OrganizationKind.ENTERPRISE,
    "72": OrganizationKind.ENTERPRISE,
    "73": OrganizationKind.ENTERPRISE,
    "80": OrganizationKind.ACADEMIC,  # academic, training and research
}
# Kind of aid item by the activity's default aid type (AidType vocabulary 1), first by
# the whole code, then by its category letter. Budget support and pooled funds are
# programs; project-type interventions projects; experts, scholarships, in-donor costs
# and administrative costs are non-project aid. Settings may override any entry:
# AMITY_IATI_KINDS = {"D01": "project"}.
KINDS_BY_AID_TYPE = {
    "A": AidKind.PROGRAM,
    "B": AidKind.PROGRAM,
    "C": AidKind.PROJECT,
    "D": AidKind.NON_PROJECT,
    "E": AidKind.NON_PROJECT,
    "F": AidKind.NON_PROJECT,
    "G": AidKind.NON_PROJECT,
    "H": AidKind.NON_PROJECT,
}
DEFAULT_KIND = AidKind.PROJECT

# Sector vocabularies: 1 is the DAC 5-digit list Amity keeps; the others are kept as read.
DAC_SECTORS = "1"


def kind_for(aid_type: str | None, *, has_children: bool, has_parent: bool) -> str:
    """The aid item's kind: an activity with children is a program, one with a parent a
    project; otherwise by its aid type (see KINDS_BY_AID_TYPE)."""
    if has_children:
        return AidKind.PROGRAM
    if has_parent:
        return AidKind.PROJECT
    table = {**KINDS_BY_AID_TYPE, **getattr(settings, "AMITY_IATI_KINDS", {})}
    if aid_type:
        code = aid_type.strip().upper()
        return table.get(code) or table.get(code[:1]) or DEFAULT_KIND
    return DEFAULT_KIND
