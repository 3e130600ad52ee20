"""The pieces of `python -m scripts.demo`: the local stack it runs against, the progress printer, and the
workflow steps (async facade in `workflow`, sync facade in `explore`, files written in `outputs`)."""
