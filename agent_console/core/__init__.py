"""Domain layer: models, queries and services. Never imports Qt."""
