from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static


@hooks.register("construct_main_menu")
def hide_wagtail_help(request, menu_items):
    # Wagtail's help menu points at its own editor guide on the internet, about pages
    # and images that Amity's staff do not use.
    menu_items[:] = [item for item in menu_items if item.name != "help"]


@hooks.register("insert_global_admin_js")
def start_panels_without_inline_scripts():
    # See amity/admin-init.js: what Wagtail's inline scripts did, allowed by the CSP.
    return format_html('<script src="{}"></script>', versioned_static("amity/admin-init.js"))


@hooks.register("construct_admin_api", order=100)  # after wagtail.documents' and images'
def list_only_the_callers_documents_and_images(router):
    from amity.core.admin_api import CheckedDocumentsAPIViewSet, CheckedImagesAPIViewSet

    router.register_endpoint("documents", CheckedDocumentsAPIViewSet)
    router.register_endpoint("images", CheckedImagesAPIViewSet)
