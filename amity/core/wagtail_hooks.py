from wagtail import hooks


@hooks.register("construct_main_menu")
def hide_wagtail_help(request, menu_items):
    # Wagtail's help menu points at its own editor guide on the internet, about pages
    # and images that Amity's staff do not use.
    menu_items[:] = [item for item in menu_items if item.name != "help"]
