"""sandbox layer (see docs/architecture.md)."""
