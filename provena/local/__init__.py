"""The local Provena stack: the seven Provena services, a Keycloak-style realm and an S3 endpoint.

Install with the ``local`` extra. Nothing in the core client imports this package.
"""

STACK_VERSION = "0.1.0"
