"""Telaah: a desktop workbench for qualitative interview analysis."""

__version__ = "0.1.0"
