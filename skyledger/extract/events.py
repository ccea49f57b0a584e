"""Unscored kinds: statements, talks, meetings, visits, sanctions, ground fighting (placeholder)."""


def event_claims(info, ctx):
    return []
