"""compliance: screen vendor and equipment sheets against restricted-entity lists."""

__version__ = "0.1.0"
