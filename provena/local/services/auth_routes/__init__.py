"""Route groups of the local auth API, one module per table of the real service.

``access``: access requests (DynamoDB request table in the real service),
``groups``: user groups with import/export/restore, ``links``: the username ↔ Person link service.
Each module exposes ``router(ctx) -> APIRouter``; ``services/auth.py`` mounts them.
"""
