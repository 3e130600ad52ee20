"""Operation tables, one module per service: every facade method declared once (see provena._operation).

The concrete classes are in provena.clients (async), provena.sync (sync) and provena.modules (the
ProvenaClient modules); they only mix these tables with a mode.
"""
