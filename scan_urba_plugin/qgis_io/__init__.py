"""Adapters between QGIS (layers, files, databases) and the QGIS-free core."""
