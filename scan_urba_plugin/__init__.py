def classFactory(iface):  # noqa: N802 (QGIS plugin entry point)
    from .dependencies import MissingDependenciesPlugin, missing

    problems = missing()
    if problems:
        return MissingDependenciesPlugin(iface, problems)
    from .plugin import ScanUrbaPlugin

    return ScanUrbaPlugin(iface)
