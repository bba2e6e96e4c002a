"""Numbers and dates as a reader of the report's language writes them (Babel's CLDR data).

Dutch: ``32.631 woorden``, ``6,01 per 1.000 woorden``, ``29 november 2026``; English: ``32,631``, ``6.01``,
``29 November 2026``. Only for prose (reports, the terminal summary); JSON, SARIF and the other machine
formats keep plain numbers and ISO dates.
"""

from __future__ import annotations

import datetime as dt

# The CLDR locale of each report language.
LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def number(value: float, lang: str) -> str:
    """*value* with the language's decimal sign and thousands separator, its decimals as given (at most 3)."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=LOCALES.get(lang, "nl_NL")))


def long_date(day: dt.date, lang: str) -> str:
    """``29 november 2026`` (nl), ``29 November 2026`` (en)."""
    from babel.dates import format_date

    return str(format_date(day, format="long", locale=LOCALES.get(lang, "nl_NL")))
