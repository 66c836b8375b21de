"""``python -m app`` runs the same entry point as the ``telaah`` command."""

from app.cli import main

raise SystemExit(main())
