"""Channel connectors and file importers. Never imports Qt."""
