from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from amity.aid import api as aid
from amity.api.auth import TokenView
from amity.codelists import api as codelists
from amity.engagements import api as engagements
from amity.finance import api as finance
from amity.geo import api as geo
from amity.iati import api as iati
from amity.mobilization import api as mobilization
from amity.registry import api as registry
from amity.reports import api as reports
from amity.tenancy import api as tenancy

router = DefaultRouter()
router.register("unions", tenancy.UnionViewSet, basename="union")
router.register("organizations", registry.OrganizationViewSet, basename="organization")
router.register("certificates", registry.CertificateViewSet, basename="certificate")
router.register("aid-items", aid.AidItemViewSet, basename="aid-item")
router.register("transactions", finance.TransactionViewSet, basename="transaction")
router.register("rates", finance.RateViewSet, basename="rate")
router.register("targets", reports.TargetViewSet, basename="target")
router.register(
    "mobilization/programs", mobilization.ProgramViewSet, basename="mobilization-program"
)
router.register("mobilization/calls", mobilization.CallViewSet, basename="mobilization-call")
router.register("mobilization/pledges", mobilization.PledgeViewSet, basename="mobilization-pledge")
router.register("mobilization/appeals", mobilization.AppealViewSet, basename="mobilization-appeal")
router.register(
    "mobilization/receipts", mobilization.ReceiptViewSet, basename="mobilization-receipt"
)
router.register(
    "mobilization/coordination-plans",
    mobilization.CoordinationPlanViewSet,
    basename="mobilization-plan",
)
router.register("engagements", engagements.EngagementViewSet, basename="engagement")
router.register("partnerships", engagements.PartnershipViewSet, basename="partnership")
router.register("iati/imports", iati.IatiImportViewSet, basename="iati-import")
router.register("admin-units", geo.AdministrativeUnitViewSet, basename="admin-unit")
router.register("codelists/currencies", codelists.CurrencyViewSet, basename="currency")
router.register("codelists/countries", codelists.CountryViewSet, basename="country")
router.register(
    "codelists/organisation-types", codelists.OrganisationTypeViewSet, basename="organisation-type"
)
router.register(
    "codelists/sector-categories", codelists.SectorCategoryViewSet, basename="sector-category"
)
router.register("codelists/sectors", codelists.SectorViewSet, basename="sector")

urlpatterns = [
    path("v1/auth/token/", TokenView.as_view(), name="api-token"),
    path("v1/reports/annual/", reports.AnnualReportView.as_view(), name="api-report-annual"),
    path(
        "v1/reports/portfolio/", reports.PortfolioReportView.as_view(), name="api-report-portfolio"
    ),
    path("v1/iati/export/", iati.IatiExportView.as_view(), name="api-iati-export"),
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
]
