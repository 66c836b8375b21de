"""The application shell: main window, menus, launch, project windows and settings."""
