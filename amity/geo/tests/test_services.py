import pytest
from django.core.exceptions import ValidationError

from amity.geo.models import AdministrativeUnit, Level, Structure
from amity.geo.selectors import unit_by_code, unit_by_key
from amity.geo.services import admin_units_load

pytestmark = pytest.mark.django_db


def test_both_structures_are_loaded_with_the_official_counts():
    units = AdministrativeUnit.objects
    assert units.filter(structure=Structure.CURRENT, level=Level.PROVINCE).count() == 34
    assert units.filter(structure=Structure.PRE_2025, level=Level.PROVINCE).count() == 63
    assert units.filter(structure=Structure.CURRENT, level=Level.COMMUNE).count() > 3000
    assert units.filter(structure=Structure.PRE_2025, level=Level.DISTRICT).count() > 650
    assert not units.filter(structure=Structure.CURRENT, level=Level.DISTRICT).exists()


def test_loading_again_changes_nothing():
    result = admin_units_load()
    assert (result.created, result.updated) == (0, 0)
    assert result.unchanged == AdministrativeUnit.objects.count()


@pytest.mark.parametrize(
    ("old_code", "today_code"),
    [("15", "15"), ("10", "15"), ("70", "75"), ("75", "75"), ("01", "01"), ("82", "82")],
)
def test_old_provinces_roll_up_to_todays_province(old_code, today_code):
    """Yen Bai (15) and Lao Cai (10) are today's Lao Cai; Binh Phuoc (70) is Dong Nai."""
    old = AdministrativeUnit.objects.get(structure=Structure.PRE_2025, code=old_code)
    assert old.current_province.key == f"2025:{today_code}"


def test_a_district_rolls_up_through_its_old_province():
    district = AdministrativeUnit.objects.filter(
        structure=Structure.PRE_2025, level=Level.DISTRICT, parent__code="15"
    ).first()
    assert district.current_province.code == "15"
    assert district.current_province.structure == Structure.CURRENT


def test_names_in_three_languages():
    dong_nai = AdministrativeUnit.objects.get(structure=Structure.CURRENT, code="75")
    assert dong_nai.name == "Thành phố Đồng Nai"
    assert dong_nai.name_en == "Dong Nai"
    assert dong_nai.name_zh_hans.startswith("同奈")


def test_unit_by_key_accepts_unpadded_codes():
    assert unit_by_key(key="2025:1", field="f").name == "Thành phố Hà Nội"


def test_a_code_of_the_other_structure_is_refused_with_a_message_naming_it():
    # Districts exist only before 2025: a district code with today's structure is refused.
    district = AdministrativeUnit.objects.filter(level=Level.DISTRICT).first()
    with pytest.raises(ValidationError) as exc:
        unit_by_code(code=district.code, structure=Structure.CURRENT, field="locality")
    message = exc.value.message_dict["locality"][0]
    assert district.code in message
    assert str(Structure.PRE_2025.label) in message


def test_unknown_code_and_structure_are_named():
    with pytest.raises(ValidationError) as exc:
        unit_by_key(key="2025:99999", field="locality")
    assert "99999" in exc.value.message_dict["locality"][0]
    with pytest.raises(ValidationError) as exc:
        unit_by_key(key="1990:01", field="locality")
    assert "1990" in exc.value.message_dict["locality"][0]


def test_level_is_checked():
    with pytest.raises(ValidationError):
        unit_by_key(key="pre2025:001", field="provinces", level=Level.PROVINCE)


def test_a_code_as_written_wins_over_its_padded_reading():
    """Before 2025, province 75 (Dong Nai) and district 075 both exist: "75" is the
    province, "075" the district."""
    province = unit_by_code(code="75", structure=Structure.PRE_2025, field="place")
    assert (province.code, province.level) == ("75", "province")
    district = unit_by_code(code="075", structure=Structure.PRE_2025, field="place")
    assert district.code == "075" and district.level != "province"
