"""The bundle's ``telaah-gui`` executable: the workbench, without a console on Windows."""

import sys

from app.gui_entry import main

if __name__ == "__main__":
    sys.exit(main())
