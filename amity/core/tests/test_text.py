import pytest

from amity.core.text import fold, name_keys, strip_diacritics


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Tổ chức Oxfam", "oxfam"),
        ("OXFAM", "oxfam"),
        ("Oxfam", "oxfam"),
        ("  oxfam  ", "oxfam"),
        ("Tổ chức phi chính phủ Plan International", "planinternational"),
        ("乐施会", "乐施会"),
    ],
)
def test_name_keys_ignore_case_diacritics_and_generic_words(name, key):
    assert key in name_keys(name)


def test_acronym_country_form_of_vietnamese_documents_matches_the_acronym():
    assert name_keys("WWO/Hoa Kỳ") >= {"wwo"}
    assert name_keys("GNI/Hàn Quốc") >= {"gni"}


def test_different_names_do_not_collide():
    assert not name_keys("Oxfam Novib") & name_keys("Oxfam")


def test_strip_diacritics_handles_d_with_stroke():
    assert strip_diacritics("Đồng Nai, Lào Cai") == "Dong Nai, Lao Cai"
    assert fold("Thành phố Hồ Chí Minh") == "thanh pho ho chi minh"
