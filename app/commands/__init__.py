"""The sub-commands of ``telaah``, every one of them a module here.

Each module has ``register(commands)`` adding its sub-parser(s) with ``run=`` defaults;
``app.cli.COMMAND_MODULES`` lists the modules and ``app.cli.COMMANDS_OF_MODULE`` the
commands each one registers, so that a run imports only the module of its own command.
"""
