"""The PySide6 user interface: the only package that imports Qt."""

from app.ui.widgets.refcount_guard import protect_singletons

protect_singletons()
