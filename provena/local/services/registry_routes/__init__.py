"""Route modules of the local registry service: the per-subtype table and its one route factory
(``table``/``factory``), general routes (``general``) and admin routes (``admin``)."""
