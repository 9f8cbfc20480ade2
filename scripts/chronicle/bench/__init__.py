"""The build benchmark (`make bench`, `python -m chronicle.bench`): see __main__.py.

Its parts, each with one job: synthetic.py writes synthetic chronologies of any size;
running.py runs a command measuring wall and CPU time and peak memory; stages.py runs
`chronicle build` timing its named stages; hugo.py builds the same content/ with Hugo;
sitestats.py measures the built site; serving.py measures edit → page in `chronicle serve`.
"""

from .sitestats import nav_entries
from .synthetic import write_synthetic

__all__ = ["nav_entries", "write_synthetic"]
