"""The customer's world: locale inference, etiquette, local time and holidays, money, draft checks.

No Qt. Facts come from ``resources/countries`` and ``resources/draft_checks`` (each with its
sources); code holds no country's facts.
"""
