from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem

from amity.tenancy.menus import ScopedMenuItem, ScopedSubmenuMenuItem
from amity.tenancy.permissions import Action

from . import views


@hooks.register("register_admin_urls")
def iati_urls():
    return [
        path("iati/import/", views.import_view, name="iati_import"),
        path("iati/imports/", views.import_list_view, name="iati_imports"),
        path("iati/imports/<int:pk>/", views.import_detail_view, name="iati_import_detail"),
        path("iati/export/", views.export_view, name="iati_export"),
    ]


iati_menu = Menu(
    register_hook_name="register_iati_menu_item", construct_hook_name="construct_iati_menu"
)


@hooks.register("register_iati_menu_item")
def import_menu_item():
    return ScopedMenuItem(
        gettext_lazy("Import an IATI file"),
        reverse("iati_import"),
        icon_name="upload",
        order=1,
        action=Action.ADD,
    )


@hooks.register("register_iati_menu_item")
def imports_menu_item():
    return MenuItem(
        gettext_lazy("IATI imports"), reverse("iati_imports"), icon_name="list-ul", order=2
    )


@hooks.register("register_iati_menu_item")
def export_menu_item():
    return MenuItem(
        gettext_lazy("Export to IATI"), reverse("iati_export"), icon_name="download", order=3
    )


@hooks.register("register_admin_menu_item")
def iati_menu_item():
    return ScopedSubmenuMenuItem(gettext_lazy("IATI"), iati_menu, icon_name="globe", order=350)
