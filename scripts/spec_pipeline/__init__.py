"""Spec pipeline: pull and pin the Provena OpenAPI documents, normalise them, generate the API packages.

Run it as ``python -m scripts.spec_pipeline --help`` from the repository root (the nox sessions do the same).
"""
