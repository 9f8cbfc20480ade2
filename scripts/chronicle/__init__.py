"""Chronicle: a static-site generator for sourced, reviewable crisis chronologies."""

__version__ = "0.1.0"
