"""Which language an article is written in: ingest reads English and refuses anything else.

A French, Russian or German report parsed as English yields no drafts, or worse, drafts made
of misread words; so such an input is refused before anything is extracted, with a message
naming the language found. py3langid (a naive Bayes model over byte n-grams, about 100
languages) decides; a text too short or too mixed for a confident answer is read as English.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

#: Refuse only when the model is at least this sure that the text is in another language.
CONFIDENCE = 0.9
#: Below this many words a text is not judged (a headline full of names looks like anything).
MIN_WORDS = 8
#: Languages close enough to English that the model confuses them with English on news copy
#: full of names (Nigerian Pidgin, Scots): read as English.
ENGLISH_LIKE = {"en", "pcm", "sco"}
#: Names of the languages reports most often come in; others are named by their ISO code.
NAMES = {
    "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian", "bg": "Bulgarian", "cs": "Czech",
    "da": "Danish", "de": "German", "el": "Greek", "es": "Spanish", "et": "Estonian", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian",
    "hy": "Armenian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ka": "Georgian",
    "kk": "Kazakh", "ko": "Korean", "ky": "Kyrgyz", "lt": "Lithuanian", "lv": "Latvian", "nl": "Dutch",
    "no": "Norwegian", "pl": "Polish", "ps": "Pashto", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "tg": "Tajik", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "uz": "Uzbek", "vi": "Vietnamese", "zh": "Chinese",
}


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """The most likely language of a text (ISO 639 code) and the model's confidence in it."""
    code, confidence = _identifier().classify(text[:20000])
    return str(code), float(confidence)


def foreign_language(text: str) -> str | None:
    """The name of the language a text is written in when it is surely not English, else None."""
    if len(text.split()) < MIN_WORDS:
        return None
    code, confidence = detect(text)
    if code in ENGLISH_LIKE or confidence < CONFIDENCE:
        return None
    return NAMES.get(code, f"the language with code '{code}'")
