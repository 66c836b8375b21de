"""``telaah-gui``: the workbench started without a console (desktop launchers, Windows).

``telaah-gui [PROJECT]`` is ``telaah gui [PROJECT]``; a file manager passes the
double-clicked project as the one argument.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as cli_main

    arguments = list(sys.argv[1:] if argv is None else argv)
    return cli_main(arguments if arguments[:1] in (["--version"], ["--help"])
                    else ["gui", *arguments])


if __name__ == "__main__":
    sys.exit(main())
