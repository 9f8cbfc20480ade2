"""`chronicle ingest`: news articles → draft event entries with their sources.

Flow: read (input → text + metadata; non-English refused) → extractor (clean, sentences, the
spaCy parse, clauses, speaker versus doer, subjects, dating, verb classes: candidate events) →
grouping (one draft per day, actor and act; denials as claims) → dedupe (against the chronology
and the batch) → drafts (ids, YAML, writing). run.py ties them together; benchmark.py measures
the result against gold events.
"""

from __future__ import annotations

import importlib.util

from ..errors import ChronicleError

#: What ingest imports from the `ingest` extra of pyproject.toml (each distribution's module has
#: its name); the site's build and publishing never install them.
EXTRA_MODULES = ("trafilatura", "lxml_html_clean", "spacy", "py3langid", "ruamel.yaml")


def require_extra() -> None:
    """Say how to install the `ingest` extra when any of it is missing (instead of an ImportError)."""
    missing = [name for name in EXTRA_MODULES if not _importable(name)]
    if missing:
        raise ChronicleError(
            f"chronicle ingest needs the `ingest` extra, and {', '.join(missing)} "
            f"{'is' if len(missing) == 1 else 'are'} not installed: in Chronicle's folder run "
            "`pip install -r requirements-ingest.txt` (`make` does), or `pip install -e '.[ingest]'`"
        )


def _importable(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
