"""Stored article texts (chronology/articles/): the reports entries cite, kept to check quotes.

A project may keep the text of the reports its entries cite, one file per report, in
`chronology/articles/` (`.md` or `.txt`). Each file starts with the front matter that
`chronicle ingest` also reads, so the same file can be ingested:

    ---
    url: https://azatutyun.am/a/31253940.html
    published: "2021-05-14"
    outlet: RFE/RL Armenian Service
    title: "France Demands 'Azeri Troop Withdrawal From Armenia'"
    also_at: [https://example.org/reprint]   # optional: other links to the same text
    ---
    The text of the report…

The folder lies outside content/, so these texts are never published on the site; only
entries' short quotes are. A source whose `url` is the `url` (or one of `also_at`) of a
stored article is checked against it: the quote must be words of the text, and the
publication dates must agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .dates import DateError, PartialDate
from .errors import Problem
from .yamlio import DataPath, Document, load_string, read_limited_text

ARTICLE_SUFFIXES = (".md", ".txt")
#: The longest stored article read (a long report is some 50 KB of text).
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
#: Typographic marks a contributor's copy may differ in without changing the words.
_SAME_MARKS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"',
                             "«": '"', "»": '"', "–": "-", "—": "-", "\u00a0": " "})
#: An ellipsis in a quote stands for left-out words: each part must be in the text, in order.
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*")


@dataclass
class StoredArticle:
    """One stored report: where it was published, when, and its text."""

    path: Path
    display: str
    urls: tuple[str, ...] = ()
    published: PartialDate | None = None
    body: str = ""
    problems: list[Problem] = field(default_factory=list)

    @cached_property
    def normal_text(self) -> str:
        return normalize(self.body)

    def contains(self, quote: str) -> bool:
        """Return True when the quote's words (parts around an ellipsis in order) are in the text."""
        parts = [p.strip(" .,;") for p in _ELLIPSIS.split(normalize(quote))]
        return _in_order([p for p in parts if p], self.normal_text)

    @cached_property
    def quoted_passages(self) -> list[str]:
        """The passages the report puts in quotation marks: words it attributes to someone."""
        return quoted_passages(self.body)

    def quotes(self, words: str) -> bool:
        """Return True when the words (parts around an ellipsis, in order) lie inside one of the
        report's quotations: they are the words of whoever it quotes, not the reporter's."""
        parts = [p.strip(" .,;'\"") for p in _ELLIPSIS.split(normalize(words))]
        parts = [p for p in parts if p]
        return bool(parts) and any(_in_order(parts, passage) for passage in self.quoted_passages)


#: Opening quotation marks and the mark that closes each (German „…“ included).
_QUOTE_MARKS = {"“": "”", "„": "“", "«": "»", '"': '"'}


def quoted_passages(text: str) -> list[str]:
    """Return the normalized passages between quotation marks, paragraph by paragraph.

    A quotation left open at the end of a paragraph (news style, when the quote goes on in
    the next one) runs to the end of that paragraph.
    """
    passages = []
    for paragraph in unicodedata.normalize("NFC", text).splitlines():
        at = 0
        while (start := _next_mark(paragraph, at)) >= 0:
            end = paragraph.find(_QUOTE_MARKS[paragraph[start]], start + 1)
            end = len(paragraph) if end < 0 else end
            passages.append(normalize(paragraph[start + 1 : end]))
            at = end + 1
    return passages


def _next_mark(paragraph: str, at: int) -> int:
    found = [i for i in (paragraph.find(mark, at) for mark in _QUOTE_MARKS) if i >= 0]
    return min(found) if found else -1


def _in_order(parts: list[str], text: str) -> bool:
    start = 0
    for part in parts:
        found = text.find(part, start)
        if found < 0:
            return False
        start = found + len(part)
    return True


def normalize(text: str) -> str:
    """Compare words, not typography: unify quote marks, dashes and white space."""
    text = unicodedata.normalize("NFC", text).translate(_SAME_MARKS)
    return re.sub(r"\s+", " ", text).strip()


def article_files(folder: Path) -> list[Path]:
    """List the stored article files, sorted (a README.md in the folder is not an article)."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.rglob("*")
        if p.suffix in ARTICLE_SUFFIXES and p.is_file() and p.name.lower() != "readme.md"
    )


def read_article(path: Path, display: str) -> StoredArticle:
    """Read one stored article; problems with its front matter are reported, never raised."""
    article = StoredArticle(path, display)
    try:
        text = read_limited_text(path, MAX_ARTICLE_BYTES)
    except (OSError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        hint = "save it as UTF-8" if isinstance(exc, UnicodeDecodeError) else "keep only the report's text"
        article.problems.append(Problem(display, 1, 1, f"cannot read the article: {exc}", hint))
        return article
    match = _FRONT_MATTER.match(text)
    if not match:
        article.problems.append(Problem(
            display, 1, 1, "a stored article needs front matter with its url and published date",
            'start the file with ---, url: https://…, published: "YYYY-MM-DD", then --- and the text',
        ))
        article.body = text
        return article
    # Front matter lines are the file's lines 2…: a Document shifted by one line.
    doc = load_string(match.group(1), display)
    article.problems += [Problem(p.path, p.line + 1, p.column, p.message, p.hint, p.severity)
                         for p in doc.problems]
    article.body = text[match.end():]
    _read_front_matter(article, doc)
    return article


def _read_front_matter(article: StoredArticle, doc: Document) -> None:
    data = doc.data if isinstance(doc.data, dict) else {}

    def problem(key: DataPath, message: str, hint: str) -> None:
        line, column = doc.position(key)
        article.problems.append(Problem(article.display, line + 1, column, message, hint))

    urls = [data.get("url")] + list(data.get("also_at") or [])
    article.urls = tuple(u for u in urls if isinstance(u, str) and u.startswith(("http://", "https://")))
    if not article.urls:
        problem(("url",), "the article's front matter has no http(s) `url`",
                "add `url:` with the report's link (other links to the same text under `also_at:`)")
    published = data.get("published")
    try:
        article.published = PartialDate.parse(published) if isinstance(published, str) else None
    except DateError as exc:
        problem(("published",), str(exc), 'write the report\'s date as "YYYY-MM-DD"')
        return
    if article.published is None:
        problem(("published",), "the article's front matter has no `published` date",
                'add `published: "YYYY-MM-DD"`, the day the report appeared')


@dataclass
class ArticleIndex:
    """The stored articles of a project, by every link they are published under."""

    articles: list[StoredArticle] = field(default_factory=list)

    @cached_property
    def by_url(self) -> dict[str, list[StoredArticle]]:
        index: dict[str, list[StoredArticle]] = {}
        for article in self.articles:
            for url in article.urls:
                index.setdefault(_url_key(url), []).append(article)
        return index

    def for_url(self, url: str) -> list[StoredArticle]:
        return self.by_url.get(_url_key(url), [])

    def problems(self) -> Iterator[Problem]:
        for article in self.articles:
            yield from article.problems


def _url_key(url: str) -> str:
    """Links differing only in scheme, a leading www. or a trailing slash name one report."""
    key = re.sub(r"^https?://(www\.)?", "", url.strip())
    return key.rstrip("/")


def read_articles(folder: Path, display: Callable[[Path], str]) -> ArticleIndex:
    """Read every stored article under a folder (display: path → the name shown in messages).

    A link leading out of the project is not read (load.list_chronology reports it).
    """
    root = folder.resolve().parent.parent
    return ArticleIndex([read_article(p, display(p)) for p in article_files(folder)
                         if p.resolve().is_relative_to(root)])


def check_source_articles(doc: Document, index: ArticleIndex) -> Iterator[Problem]:
    """A source whose article is stored quotes its words and gives its publication date."""
    sources = doc.data["sources"]
    for number, source in enumerate(sources):
        url = source.get("url") or ""  # absent when the report's address is not known
        articles = index.for_url(url) if url else []
        if not articles:
            continue
        names = " / ".join(a.display for a in articles)
        quote = source.get("quote")
        if quote and not any(a.contains(quote) for a in articles):
            yield doc.problem(
                ("sources", number, "quote"),
                f"sources[{number}].quote is not in the stored article {names}",
                "copy the words exactly from the article (mark left-out words with …), "
                "or correct the source's url",
            )
        published = source.get("published")
        dates = {str(a.published) for a in articles if a.published}
        if isinstance(published, str) and dates and published not in dates:
            yield doc.problem(
                ("sources", number, "published"),
                f"sources[{number}].published {published} differs from the stored article's "
                f"date {' / '.join(sorted(dates))} ({names})",
                "use the article's publication date, or correct the front matter of the article",
            )
    for number, claim, articles in _claims_with_articles(doc, index):
        quote = claim.get("quote")
        if quote and not any(a.contains(quote) for a in articles):
            yield doc.problem(
                ("claims", number, "quote"),
                f"claims[{number}].quote is not in the stored article "
                f"{' / '.join(a.display for a in articles)}",
                "copy the claimant's words exactly from the article (mark left-out words with …)",
            )


def _claims_with_articles(
    doc: Document, index: ArticleIndex
) -> Iterator[tuple[int, dict[str, Any], list[StoredArticle]]]:
    """Each claim whose source (by key or url) is a stored report, with that report."""
    sources = doc.data["sources"]
    by_ref: dict[str, str] = {}
    for source in sources:
        for ref in (source.get("url"), source.get("key")):
            if ref:
                by_ref[ref] = source.get("url") or ""
    for number, claim in enumerate(doc.data.get("claims") or ()):
        url = by_ref.get(claim.get("source", ""), "")
        articles = index.for_url(url) if url else []
        if articles:
            yield number, claim, articles


def check_claim_words(doc: Document, index: ArticleIndex) -> Iterator[Problem]:
    """Whose words a claim shows: `quote` only words the stored report puts in quotation
    marks (the claimant's), `paraphrase` the report's own words relaying the claim.

    A reporter's sentence ("Azerbaijan insisted that its troops did not cross") shown as a
    ministry's words would put words in its mouth.
    """
    for number, claim, articles in _claims_with_articles(doc, index):
        names = " / ".join(a.display for a in articles)
        quote, paraphrase = claim.get("quote"), claim.get("paraphrase")
        if quote and any(a.contains(quote) for a in articles) and not any(a.quotes(quote) for a in articles):
            yield doc.problem(
                ("claims", number, "quote"),
                f"claims[{number}].quote is the report's own words, not words it quotes ({names})",
                "move them to `paraphrase:` (shown as the report's words); `quote:` takes only the "
                "claimant's words, those the report puts in quotation marks",
            )
        if paraphrase and not any(a.contains(paraphrase) for a in articles):
            yield doc.problem(
                ("claims", number, "paraphrase"),
                f"claims[{number}].paraphrase is not in the stored article {names}",
                "copy the report's words exactly (mark left-out words with …)",
            )
