"""Coaching: scorecards and their versions, reviews, scoring, calibration, comments (no Qt)."""
