"""Wagtail panels that know who is editing."""

from wagtail.admin.panels import InlinePanel


class UserInlinePanel(InlinePanel):
    """An InlinePanel whose child forms are `form` and receive the editing user
    (`for_user`), so their choices can be limited by the tenancy policy."""

    def __init__(self, relation_name, *args, form=None, **kwargs):
        super().__init__(relation_name, *args, **kwargs)
        self.form = form

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "form": self.form}

    def get_form_options(self):
        options = super().get_form_options()
        if self.form is not None:
            options["formsets"][self.relation_name].update(
                form=self.form, inherit_kwargs=["for_user"]
            )
        return options
