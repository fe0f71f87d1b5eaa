"""Canned replies: one concept, a variant per locale, filled in correctly for the customer. No Qt."""
