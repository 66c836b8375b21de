"""Sub-commands of ``telaah`` beyond the basic ones in :mod:`app.cli`.

Each module has ``register(commands)`` adding its sub-parser(s) with ``run=`` defaults;
``app.cli.COMMAND_MODULES`` lists them.
"""
