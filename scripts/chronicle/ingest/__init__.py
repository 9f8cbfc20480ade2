"""`chronicle ingest`: news articles → draft event entries with their sources.

Flow: read (input → text + metadata; non-English refused) → extractor (clean, sentences, the
spaCy parse, clauses, speaker versus doer, subjects, dating, verb classes: candidate events) →
grouping (one draft per day, actor and act; denials as claims) → dedupe (against the chronology
and the batch) → drafts (ids, YAML, writing). run.py ties them together; benchmark.py measures
the result against gold events.
"""
