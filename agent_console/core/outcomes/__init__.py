"""Outcomes of interactions: wrap-up codes, wrap-ups and corrections, follow-ups, KPIs (no Qt)."""
