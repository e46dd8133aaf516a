"""Importers: one per official list format, each into the same Entity model (see base.py)."""
