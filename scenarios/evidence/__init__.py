"""Quotes and outside sources, one module per system; `scenarios.sources` collects them."""
