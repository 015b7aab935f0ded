import datetime

import factory
from django.utils import timezone

from amity.registry import services
from amity.registry.models import (
    CertificateType,
    LegalBasis,
    Organization,
    OrganizationKind,
    RegistrationCertificate,
)


class OrganizationFactory(factory.django.DjangoModelFactory):
    """Saved through the service, so name keys and history are as in real use."""

    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Test NGO {n}")
    kind = OrganizationKind.FOREIGN_NGO

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.organization_save(
            actor=None, organization=model_class(*args, **kwargs), allow_duplicate=True
        )


class CertificateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RegistrationCertificate

    organization = factory.SubFactory(OrganizationFactory)
    union = factory.SelfAttribute("organization.union")
    type = CertificateType.OPERATION
    number = factory.Sequence(lambda n: f"{n}/CNV-HĐ")
    legal_basis = LegalBasis.DECREE_58_2022
    issue_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    expiry_date = factory.LazyAttribute(lambda o: o.issue_date + datetime.timedelta(days=1000))
