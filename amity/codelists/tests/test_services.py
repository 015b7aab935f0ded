import pytest

from amity.codelists.models import Country, Currency, OrganisationType, Sector
from amity.codelists.services import codelists_load
from amity.core.i18n import localized

pytestmark = pytest.mark.django_db


def test_codelists_have_labels_in_three_languages():
    vnd = Currency.objects.get(code="VND")
    assert "Vietnamese" in vnd.name_en and vnd.name_vi and vnd.name_zh_hans
    vn = Country.objects.get(code="VN")
    assert (vn.name_en, vn.name_vi, vn.name_zh_hans) == ("Vietnam", "Việt Nam", "越南")
    basic_health = Sector.objects.get(code="12220")
    assert basic_health.category_id == "122"
    assert basic_health.name_vi and basic_health.name_zh_hans
    assert OrganisationType.objects.get(code="21").name_en == "International NGO"


def test_label_follows_the_active_language():
    vn = Country.objects.get(code="VN")
    assert localized(vn, "name", "zh-hans") == "越南"
    assert localized(vn, "name", "vi") == "Việt Nam"


def test_only_currencies_in_use_are_loaded():
    assert Currency.objects.filter(code__in=["USD", "EUR", "JPY", "KRW", "CNY"]).count() == 5
    assert not Currency.objects.filter(code="DEM").exists()  # the Deutsche Mark


def test_loading_again_changes_nothing():
    assert set(codelists_load().values()) == {0}
