"""QGIS-free core: data model, standards normalisation, rules and trench-sharing engine.

Nothing under this package imports qgis; it runs on pandas and shapely 2 alone.
"""
