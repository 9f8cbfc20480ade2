"""Input → article: the text of a report and what is known about it (url, outlet, date).

Reading is the only step that touches files or the network, so every way an input can
be unusable (empty, binary, an unknown encoding, HTML without an article, no date) is
reported here, before anything is extracted or written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..errors import ChronicleError
from ..yamlio import load_string
from .language import foreign_language

#: File suffixes read as articles when a folder is given.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


class IngestError(ChronicleError):
    """An input that cannot become drafts; the message names the file and the fix."""


@dataclass(frozen=True)
class Metadata:
    """What is known about a report, from its file, its page or the command line."""

    url: str = ""
    title: str = ""
    outlet: str = ""
    published: str = ""
    author: str = ""

    def merged(self, override: Metadata) -> Metadata:
        """Return this metadata with every non-empty field of `override` taking precedence."""
        values = {k: v for k, v in vars(override).items() if v}
        return replace(self, **values)


@dataclass(frozen=True)
class Article:
    """A report ready for extraction: plain text plus metadata, with its publication day."""

    path: str
    text: str
    meta: Metadata
    published: date


def article_files(paths: list[Path]) -> list[Path]:
    """Expand folders into their article files (sorted), keep files as given."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
            )
            if not found:
                raise IngestError(
                    f"{path}: no article files in this folder (looked for {', '.join(ARTICLE_SUFFIXES)})"
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise IngestError(f"{path}: no such file or folder")
    return files


def read_article(path: Path, override: Metadata) -> Article:
    """Read one file as an article; raise IngestError with a fix when it cannot be used."""
    raw = path.read_bytes()
    text = decode(raw, str(path))
    if path.suffix.lower() in _HTML_SUFFIXES or _looks_like_html(text):
        body, meta = from_html(text, str(path))
    else:
        body, meta = from_text(text, str(path))
    return finish(str(path), body, meta.merged(override))


def read_url(url: str, override: Metadata, timeout: float = 20.0) -> Article:
    """Fetch a page and read it as HTML; fail with a clear message when it cannot be reached."""
    import urllib.error
    import urllib.request

    if not re.match(r"^https?://", url):
        raise IngestError(f"{url}: only http:// and https:// addresses can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": "chronicle-ingest/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) checked)
            raw = response.read()
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise IngestError(
            f"{url}: cannot be fetched ({reason}); save the page from a browser and ingest the file, "
            "with --url to keep the link"
        ) from exc
    body, meta = from_html(decode(raw, url), url)
    return finish(url, body, Metadata(url=url).merged(meta).merged(override))


def decode(raw: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with a BOM or Windows-1252/Latin-1 text."""
    if not raw.strip():
        raise IngestError(f"{name}: the file is empty; there is no article to read")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(
                f"{name}: the file starts like UTF-16 but is not valid UTF-16 ({exc.reason})"
            ) from exc
    if b"\x00" in raw[:8192] or len(_CONTROL.findall(raw[:8192].decode("latin-1"))) > 8:
        raise IngestError(
            f"{name}: this is a binary file, not text; give a .txt, .md or saved .html article"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"{name}: unreadable text encoding (not UTF-8, UTF-16 or Windows-1252/Latin-1); "
            "save the file as UTF-8 and try again"
        ) from exc


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def from_text(text: str, name: str) -> tuple[str, Metadata]:
    """Split optional YAML front matter (url, title, outlet, published, author) from the body."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, Metadata()
    doc = load_string(match.group(1), name)
    if doc.problems:
        first = doc.problems[0]
        raise IngestError(f"{name}:{first.line}: front matter: {first.message} — {first.hint}")
    data = doc.data if isinstance(doc.data, dict) else {}
    fields = {
        k: str(data[k]).strip() for k in ("url", "title", "outlet", "published", "author") if data.get(k)
    }
    return text[match.end() :], Metadata(**fields)


def from_html(html: str, name: str) -> tuple[str, Metadata]:
    """Take the main text and page metadata from saved HTML with trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, favor_precision=True, include_comments=False, include_tables=False
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(re.findall(r"\w+", text)) < 12:  # a menu or a heading is not an article
        raise IngestError(
            f"{name}: no article text found in this HTML page (only navigation or page furniture); "
            "save the article page itself, or copy its text into a .txt file"
        )
    meta = Metadata(
        url=getattr(doc, "url", None) or "",
        title=getattr(doc, "title", None) or "",
        outlet=getattr(doc, "sitename", None) or "",
        published=getattr(doc, "date", None) or "",
        author=getattr(doc, "author", None) or "",
    )
    title = meta.title
    if title and text.startswith(title):
        text = text[len(title) :].lstrip()
    return (f"{title}\n\n{text}" if title else text), meta


def finish(name: str, body: str, meta: Metadata) -> Article:
    """Check the metadata an entry needs (a day of publication, a link) and make the Article."""
    if not body.strip():
        raise IngestError(f"{name}: the file holds front matter but no article text")
    language = foreign_language(body)
    if language is not None:
        raise IngestError(
            f"{name}: the article is in {language}, not English; chronicle ingest reads English reports "
            "only, so nothing was written — ingest an English version of the report, or type its entry "
            "by hand"
        )
    if not meta.published:
        raise IngestError(
            f"{name}: no publication date; relative dates such as 'on Thursday' cannot be resolved "
            "without one — give --published YYYY-MM-DD or `published:` in the front matter"
        )
    match = _DAY.match(meta.published)
    try:
        published = date(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None
    except ValueError:
        published = None
    if published is None:
        raise IngestError(
            f"{name}: publication date '{meta.published}' is not a day in the form YYYY-MM-DD; "
            "give --published YYYY-MM-DD"
        )
    if not re.match(r"^https?://\S+$", meta.url):
        what = f"URL '{meta.url}' is not an http(s) link" if meta.url else "no URL of the report"
        raise IngestError(
            f"{name}: {what}; every source needs a link — give --url https://… or `url:` in the front matter"
        )
    meta = replace(
        meta,
        published=published.isoformat(),
        title=meta.title or _first_line(body),
        outlet=meta.outlet or _host(meta.url),
    )
    return Article(name, body, meta, published)


def _first_line(body: str) -> str:
    for line in body.splitlines():
        if line.strip():
            return line.strip()[:160]
    return "Untitled report"


def _host(url: str) -> str:
    match = re.match(r"^https?://(?:www\.)?([^/:]+)", url)
    return match.group(1) if match else url
