"""The bundle's ``telaah`` executable: the command line (``telaah gui`` included)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
