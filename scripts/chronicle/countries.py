"""Country codes: ISO 3166-1 alpha-2, as the registries' `country` field holds them.

The list (vocab/countries.yaml) was generated from the Unicode CLDR; it is read from a small
file because loading a locale library would slow every `chronicle validate PATH` down.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

#: Codes people write for a country whose ISO code is another.
_USUAL_MISTAKES = {"UK": "GB", "EL": "GR"}


@cache
def countries() -> dict[str, str]:
    """Return every country code with its English name."""
    text = resources.files("chronicle").joinpath("vocab/countries.yaml").read_text("utf-8")
    return yaml.load(text, Loader=yaml.CSafeLoader)


def country_problem(code: str) -> tuple[str, str] | None:
    """Return (what is wrong, how to fix it) for a code that is not a country's, else None."""
    if code in countries():
        return None
    meant = _USUAL_MISTAKES.get(code)
    if meant:
        return (f"'{code}' is not an ISO 3166-1 country code",
                f"write {meant} ({countries()[meant]})")
    return (f"'{code}' is not an ISO 3166-1 country code",
            "write the two-letter code of the country, e.g. AM (Armenia), AZ (Azerbaijan), FR (France)")
