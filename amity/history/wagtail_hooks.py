from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import ChangeListView


@hooks.register("register_admin_urls")
def register_history_urls():
    return [path("changes/", ChangeListView.as_view(), name="amity_changes")]


@hooks.register("register_admin_menu_item")
def register_history_menu_item():
    return MenuItem(_("Change history"), reverse("amity_changes"), icon_name="history", order=900)
