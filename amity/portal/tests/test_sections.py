"""Each union edits its own part of the portal: a Dong Nai editor edits and publishes the
Dong Nai section in every language, never Lao Cai's or the national pages; the national
union's editors reach the whole portal, provincial sections included. Checked both in
Wagtail's permission rules and through the back office's pages."""

import pytest

from amity.portal.models import ArticlePage
from amity.tenancy.models import Membership
from amity.testing import login, refused

pytestmark = pytest.mark.django_db


def can(user, page) -> dict[str, bool]:
    rights = page.permissions_for_user(user)
    found = {"edit": rights.can_edit(), "publish": rights.can_publish()}
    if page.specific_class.allowed_subpage_models():  # articles have no children at all
        found["add"] = rights.can_add_subpage()
    return found


def everything(page) -> dict[str, bool]:
    return dict.fromkeys(can_keys(page), True)


def nothing(page) -> dict[str, bool]:
    return dict.fromkeys(can_keys(page), False)


def can_keys(page):
    if page.specific_class.allowed_subpage_models():
        return ["edit", "publish", "add"]
    return ["edit", "publish"]


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_a_dong_nai_editor_edits_and_publishes_only_the_dong_nai_section(
    sections, make_member, role
):
    user = make_member("dong-nai", role)
    dong_nai = sections["dong-nai"]
    for page in (dong_nai["home"], dong_nai["news"], dong_nai["article"], dong_nai["home_en"]):
        assert can(user, page) == everything(page), page.title
    for key in ("lao-cai", "vufo"):
        for page in sections[key].values():
            assert can(user, page) == nothing(page), page.title


def test_the_national_editors_reach_every_section(sections, make_member):
    user = make_member("vufo", "editor")
    for key in ("vufo", "dong-nai", "lao-cai"):
        for page in sections[key].values():
            assert can(user, page) == everything(page), page.title


@pytest.mark.parametrize("role", ["viewer", "staff"])
def test_roles_that_do_not_edit_the_portal_get_no_page_rights(sections, make_member, role):
    user = make_member("dong-nai", role)
    for page in sections["dong-nai"].values():
        assert can(user, page) == nothing(page), page.title


def test_losing_the_role_takes_the_rights_away(sections, make_member):
    user = make_member("dong-nai", "editor")
    Membership.objects.filter(user=user).delete()
    user.refresh_from_db()
    article = sections["dong-nai"]["article"]
    assert can(user, article) == nothing(article)


def test_the_back_office_lets_an_editor_open_only_their_sections_pages(
    client, sections, make_member
):
    login(client, make_member("dong-nai", "editor"))
    own = sections["dong-nai"]["article"]
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    for key in ("lao-cai", "vufo"):
        other = sections[key]["article"]
        assert refused(client.get(f"/admin/pages/{other.pk}/edit/")), key
        news = sections[key]["news"]
        assert refused(client.get(f"/admin/pages/add/portal/articlepage/{news.pk}/"))


def test_an_editor_publishes_in_their_section_through_the_back_office(
    client, sections, make_member
):
    from amity.testing import form_data

    login(client, make_member("dong-nai", "editor"))
    news = sections["dong-nai"]["news"]
    url = f"/admin/pages/add/portal/articlepage/{news.pk}/"
    data = form_data(
        client.get(url),
        title="Đồng Nai tiếp đoàn tình nguyện viên",
        slug="tiep-doan",
        lead="Đoàn tình nguyện viên đến Đồng Nai.",
        published_at="2024-05-01 09:00",
        **{"action-publish": "action-publish"},
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article = ArticlePage.objects.get(slug="tiep-doan")
    assert article.live and article.get_parent().pk == news.pk

    other = sections["lao-cai"]["news"]
    other_url = f"/admin/pages/add/portal/articlepage/{other.pk}/"
    assert refused(client.post(other_url, {**data, "slug": "lan-sang"}))
    assert not ArticlePage.objects.filter(slug="lan-sang").exists()


def test_each_union_keeps_one_image_folder_whatever_the_readers_language(unions):
    from django.utils import translation

    from amity.portal.sections import union_collection

    folders = set()
    for language in ("vi", "en", "zh-hans"):
        with translation.override(language):
            folders.add(union_collection(unions["dong-nai"]).pk)
    assert len(folders) == 1
    assert union_collection(unions["lao-cai"]).pk not in folders
