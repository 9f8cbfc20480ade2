"""`chronicle ingest`: news articles → draft event entries with their sources.

Flow: read (input → text + metadata) → clean (web clutter) → sentences → temporal, cues
and actors per sentence → extract (candidates grouped into drafts) → dedupe (against the
chronology) → drafts (ids, YAML, writing). run.py ties them together; benchmark.py
measures the result against gold events.
"""
