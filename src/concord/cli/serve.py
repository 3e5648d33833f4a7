"""Commands of this group register on concord.cli.main (being built)."""
